"""`records._stored_record_row` (a record's row from SQL aggregates) is the row `_record_row`
gives its members, and mentions carry their documents' publication and source."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

from diplomap.store import connect, records, transaction
from test_event_records_fast_path import _document, grouped_store


def test_stored_record_row_is_the_record_row(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(records, "_encoder", lambda: None)
    conn = grouped_store(tmp_path / "d.db", random.Random(7), 40)
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


def _joining_events(conn, rng: random.Random, doc_id: str, text: str) -> None:
    """Events that mostly join stored records by the day (in ID order: after their anchors),
    with now and then a mode, location, source or date the records' other members lack."""
    for k in range(rng.randint(1, 2)):
        conn.execute(
            "INSERT INTO events (id, doc_id, source, source_person, event_type, mode, target,"
            " target_person, date, location, intensity, quad, modality, confidence, evidence)"
            " VALUES (?, ?, 'KAZ', NULL, 'CONSULT', ?, ?, NULL, ?, ?, 1.0, 'VC', 'actual', 0.9,"
            " ?)",
            (f"{doc_id}-{k}", doc_id, rng.choice([None] * 6 + ["visit", "call"]),
             rng.choice(["RUS", "CHN"]), rng.choice(["2024-03-01"] * 4 + ["2024-03-02", "2024-03"]),
             rng.choice([None] * 6 + ["Astana"]),
             json.dumps([{"sentence": k, "start": 0, "end": max(text.find("."), 1)}])))


def _joined_run(path: Path, seed: int, opened: list[sqlite3.Connection]) -> list[list[str]]:
    import test_event_records_fast_path as fast

    rng = random.Random(seed)
    conn = connect(path)
    opened.append(conn)
    ids = [f"d{i:03d}" for i in range(60)]
    while ids:
        batch = ids[:rng.randint(1, 8)]
        ids = ids[len(batch):]
        with transaction(conn):
            groupings = []
            for doc_id in batch:
                fast._document(conn, rng, doc_id)
                groupings.append(records.Grouping(doc_id, [], records.store_links(conn, doc_id)))
            records.group_documents(conn, groupings)
    tables = [sorted(repr(tuple(r)) for r in conn.execute(f"SELECT * FROM {t}"))
              for t in ("event_records", "event_links", "record_summary")]
    conn.close()
    return tables


def test_grown_row_is_the_stored_record_row(tmp_path: Path, monkeypatch) -> None:
    """A record that new mentions joined (`_extend`) gets its row from its stored row and
    them (`_grown_row`): the row `_stored_record_row` reads from all of its members, or
    None (then that is read); the tables are those of reclustering every region."""
    import test_event_records_fast_path as fast

    monkeypatch.setattr(records, "_encoder", lambda: None)
    monkeypatch.setattr(fast, "_events", _joining_events)
    opened: list[sqlite3.Connection] = []
    grown = records._grown_row
    outcomes: list[bool] = []

    def checked(old, anchor, joined, earlier):
        row = grown(old, anchor, joined, earlier)
        outcomes.append(row is not None)
        if row is not None:
            assert row == records._stored_record_row(opened[-1], old[0], anchor)
        return row

    monkeypatch.setattr(records, "_grown_row", checked)
    fast_tables = [_joined_run(tmp_path / f"f{seed}.db", seed, opened) for seed in range(4)]
    assert any(outcomes) and not all(outcomes)  # rows updated, and some read again
    monkeypatch.setattr(records, "_extend", lambda *args: None)
    assert fast_tables == [_joined_run(tmp_path / f"p{seed}.db", seed, opened) for seed in range(4)]


def test_grown_row_reads_again_what_it_cannot_tell() -> None:
    def mention(event_id: str, doc: str, **event: object) -> records.Mention:
        fields = {"source": "KAZ", "target": "RUS", "event_type": "CONSULT", "mode": None,
                  "date": None, "location": None, "intensity": 1.0, "quad": "VC",
                  "modality": "actual", "published": None, "source_tag": None, **event}
        return records.Mention(event_id, "b", "2024-03-01", "2024-03-01", 0, doc, 0,
                               [[0, 1]], "en", b"", frozenset(), event=fields)

    anchor = mention("e0", "d0", source_tag="wire", published="2024-03-02")
    old = ("r", "b", "KAZ", "RUS", "CONSULT", "visit", None, None, 1.0, "VC", "actual", "g",
           3, 2, 1, "2024-03-02", "2024-03-04")
    row = records._grown_row(old, anchor, [
        mention("e5", "d5", mode="visit", date="2024-03-01", published="2024-03-01",
                source_tag="wire"),
        mention("e6", "d5", date="2024-03", source_tag="wire")], set())
    assert row == ("r", "b", "KAZ", "RUS", "CONSULT", "visit", "2024-03-01", None, 1.0, "VC",
                   "actual", None, 5, 3, 1, "2024-03-01", "2024-03-04")
    new_source = records._grown_row(old, anchor, [mention("e5", "d5", source_tag="paper")],
                                    set())
    assert new_source is not None and new_source[14] == 2
    assert records._grown_row(old, anchor, [mention("e5", "d5", mode="call")], set()) is None
    assert records._grown_row(old, anchor, [mention("e5", "d5")], {"d5"}) is None
    assert records._grown_row((*old[:14], 2, *old[15:]), anchor,
                              [mention("e5", "d5", source_tag="paper")], set()) is None
