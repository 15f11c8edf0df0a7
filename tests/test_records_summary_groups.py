"""`records._summary_groups` (one scan of a region's links and events) gives what the two
queries `_summaries` ran before gave: per record, the aggregates of its links and the
counts of what its events name."""

from __future__ import annotations

import random
from pathlib import Path

from diplomap.store import records
from test_event_records_fast_path import grouped_store

_WHERE = "l.block = ? AND l.lo <= ? AND l.hi >= ? AND l.record_id != ''"


def _two_queries(conn, params: list) -> dict[str, list]:
    c = records._CANONICAL_SQL
    out: dict[str, list] = {}
    for rid, size, first, last, lo, hi, low, high, odd in conn.execute(
            f"SELECT record_id, count(*), min({c}), max({c}), max(lo), min(hi), min(lo),"
            f" max(hi), sum(length(lo) != 10 OR length(hi) != 10 OR rank NOT BETWEEN 0 AND 9)"
            f" FROM event_links l WHERE {_WHERE} GROUP BY record_id", params):
        assert not odd
        out[rid] = [size, first, last, lo, hi, low, high, {}]
    for rid, *named, n in conn.execute(
            "SELECT l.record_id, e.mode, e.location, e.source, e.source_person, e.target,"
            " e.target_person, count(*) FROM event_links l JOIN events e ON e.id = l.event_id"
            f" WHERE {_WHERE} GROUP BY 1, 2, 3, 4, 5, 6, 7", params):
        out[rid][7][tuple(named)] = n
    return out


def test_summary_groups_equal_the_two_queries(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(records, "_encoder", lambda: None)
    conn = grouped_store(tmp_path / "d.db", random.Random(11), 60)
    spans = conn.execute("SELECT block, min(lo), max(hi) FROM event_links"
                         " WHERE lo IS NOT NULL GROUP BY block").fetchall()
    assert spans
    checked = 0
    for block, lo, hi in spans:
        for span in ((lo, hi), (lo, lo), (hi, hi)):
            params = [block, span[1], span[0]]
            found = records._summary_groups(conn, params)
            assert found == _two_queries(conn, params)
            checked += len(found or {})
    assert checked
    conn.execute("UPDATE event_links SET rank = 12 WHERE rowid = (SELECT min(rowid) FROM"
                 " event_links WHERE block = ? AND lo IS NOT NULL)", (spans[0][0],))
    assert records._summary_groups(conn, [spans[0][0], spans[0][2], spans[0][1]]) is None
