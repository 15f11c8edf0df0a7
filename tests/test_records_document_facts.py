"""`records.document_facts` (documents' publication and source, read once per process) and
`records._stored_record_row`, which takes them from it: the row `_record_row` gives."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from diplomap.store import connect, records, transaction
from test_event_records_fast_path import _document


def _add(conn: sqlite3.Connection, doc_id: str, published: str | None, source: str | None
         ) -> None:
    conn.execute("INSERT INTO documents (id, text, lang, published, source, ingested_at,"
                 " n_chars) VALUES (?, 'x', 'en', ?, ?, '2024', 1)", (doc_id, published, source))


def test_facts_of_stored_documents_only(tmp_path: Path) -> None:
    conn = connect(tmp_path / "d.db")
    with transaction(conn):
        _add(conn, "a", "2024-03-01", "wire")
        _add(conn, "b", None, None)
    assert records.document_facts(conn, ["a", "b", "zz", "a"]) == {
        "a": ("2024-03-01", "wire"), "b": (None, None)}
    assert records.document_facts(conn, []) == {}


def test_facts_are_read_once_and_dropped_on_rollback(tmp_path: Path) -> None:
    conn = connect(tmp_path / "d.db")
    with transaction(conn):
        _add(conn, "a", "2024-03-01", "wire")
    assert records.document_facts(conn, ["a"]) == {"a": ("2024-03-01", "wire")}
    conn.execute("UPDATE documents SET source = 'changed'")  # (never done: shows the cache)
    assert records.document_facts(conn, ["a"]) == {"a": ("2024-03-01", "wire")}
    records.forget_decoded(conn)
    assert records.document_facts(conn, ["a"]) == {"a": ("2024-03-01", "changed")}


def test_facts_are_dropped_when_another_connection_commits(tmp_path: Path) -> None:
    conn, other = connect(tmp_path / "d.db"), connect(tmp_path / "d.db")
    with transaction(conn):
        _add(conn, "a", "2024-03-01", "wire")
    assert records.document_facts(conn, ["a"]) == {"a": ("2024-03-01", "wire")}
    with transaction(other):
        other.execute("UPDATE documents SET published = '2025'")
    assert records.document_facts(conn, ["a"]) == {"a": ("2025", "wire")}


def test_facts_cache_starts_again_past_its_size(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(records, "DOCUMENTS_MAX", 2)
    conn = connect(tmp_path / "d.db")
    with transaction(conn):
        for i in range(4):
            _add(conn, f"d{i}", None, f"s{i}")
    assert records.document_facts(conn, ["d0", "d1"]) == {"d0": (None, "s0"), "d1": (None, "s1")}
    assert records.document_facts(conn, ["d2", "d3"]) == {"d2": (None, "s2"), "d3": (None, "s3")}
    assert len(records._decoded(conn).documents) == 2


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
