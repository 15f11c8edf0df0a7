"""`records._stored_record_row` (a record's row from SQL aggregates) is the row `_record_row`
gives its members, and mentions carry their documents' publication and source."""

from __future__ import annotations

import random
from pathlib import Path

from diplomap.store import connect, records, transaction
from test_event_records_fast_path import _document


def test_stored_record_row_is_the_record_row(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(records, "_encoder", lambda: None)
    rng = random.Random(7)
    conn = connect(tmp_path / "d.db")
    with transaction(conn):
        groupings = []
        for i in range(40):
            _document(conn, rng, f"d{i:03d}")
            groupings.append(records.Grouping(f"d{i:03d}", [],
                                              records.store_links(conn, f"d{i:03d}")))
        records.group_documents(conn, groupings)
    mentions = records._load(conn, "1 = 1", [])
    members: dict[str, list[records.Mention]] = {}
    for m in sorted(mentions, key=lambda x: x.canonical):
        members.setdefault(m.record, []).append(m)
    assert any(len(ms) > 2 for ms in members.values())
    records.forget_decoded(conn)
    for rid, ms in members.items():
        expected = records._record_row(ms)
        assert expected[0] == rid
        assert records._stored_record_row(conn, rid, ms[0]) == expected


def test_read_mentions_carry_their_documents_facts(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(records, "_encoder", lambda: None)
    rng = random.Random(3)
    conn = connect(tmp_path / "d.db")
    with transaction(conn):
        for i in range(12):
            _document(conn, rng, f"d{i:03d}")
            records.store_links(conn, f"d{i:03d}")
    stored = {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT id, published, source FROM documents")}
    mentions = records._load(conn, "1 = 1", [])
    assert len(mentions) == conn.execute("SELECT count(*) FROM event_links").fetchone()[0]
    assert {m.doc_id for m in mentions} == set(stored)
    for m in mentions:
        assert (m.event["published"], m.event["source_tag"]) == stored[m.doc_id]
