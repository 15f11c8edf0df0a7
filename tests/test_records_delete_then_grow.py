"""A record that loses a mention to a deleted document (the trigger events_records_delete)
keeps the row `_record_row` gives its remaining members, so a record that then grows from its
stored row (`records._grown_row`) has the row `_stored_record_row` and `rebuild` give; and a
document grouped again with only a new link counts its documents once (the `earlier` guard)."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest

from diplomap.store import connect, records, transaction
from diplomap.store.db import _statements, migrate, migrations
from test_event_records_fast_path import grouped_store

TEXT = "Kazakhstan's president met Russia's president in Astana."
FIRSTS = (5, 6, 7, 12, 13, 14, 15, 16)  # mode, date, location, counts, reports
CORPUS = 50  # random documents of the deletion tests (`grouped_store`)


@pytest.fixture(autouse=True)
def _no_encoder(monkeypatch) -> None:
    monkeypatch.setattr(records, "_encoder", lambda: None)


def _doc(conn: sqlite3.Connection, doc_id: str, *, date: str | None = None,
         mode: str | None = None, location: str | None = None,
         published: str | None = "2024-03-02", k: int = 0) -> None:
    conn.execute("INSERT OR IGNORE INTO documents (id, text, lang, published, source,"
                 " ingested_at, n_chars) VALUES (?, ?, 'en', ?, 'wire', '2024', ?)",
                 (doc_id, TEXT, published, len(TEXT)))
    conn.execute(
        "INSERT INTO events (id, doc_id, source, source_person, event_type, mode, target,"
        " target_person, date, location, intensity, quad, modality, confidence, evidence)"
        " VALUES (?, ?, 'KAZ', NULL, 'CONSULT', ?, 'RUS', NULL, ?, ?, 1.0, 'VC', 'actual', 0.9,"
        " ?)", (f"{doc_id}-{k}", doc_id, mode, date, location,
                json.dumps([{"sentence": 0, "start": 0, "end": len(TEXT)}])))


def _rows(conn: sqlite3.Connection) -> list[tuple]:
    return sorted(tuple(r) for r in conn.execute(
        f"SELECT {', '.join(records.RECORD_COLUMNS)} FROM event_records"))


def _members(conn: sqlite3.Connection) -> dict[str, list[records.Mention]]:
    records.forget_decoded(conn)
    out: dict[str, list[records.Mention]] = {}
    for m in sorted(records._load(conn, "1 = 1", []), key=lambda x: x.canonical):
        out.setdefault(m.record, []).append(m)
    return out


def test_a_record_that_loses_a_report_then_grows(tmp_path: Path, monkeypatch) -> None:
    """d1 (undated: the anchor), d2 (the month, a mode and a place), d3 (the year, published
    '') are one record; d2's document goes: the record's date, mode and location are d3's
    and none, its first report d1's; d4 joins it: its grown row is the one read from its
    members and the one `rebuild` gives."""
    grown = records._grown_row
    used: list[bool] = []

    def spy(*args):
        row = grown(*args)
        used.append(row is not None)
        return row

    monkeypatch.setattr(records, "_grown_row", spy)
    conn = connect(tmp_path / "d.db")
    for doc_id, kw in [("d1", {}), ("d2", {"date": "2024-03", "mode": "visit",
                                         "location": "Astana"}),
                       ("d3", {"date": "2024", "published": ""})]:
        with transaction(conn):
            _doc(conn, doc_id, **kw)
            records.group_document(conn, doc_id)
    [before] = _rows(conn)
    assert (before[5:8], before[12:14], before[15]) == (("visit", "2024-03", "Astana"),
                                                        (3, 3), "2024-03-02")
    with transaction(conn):
        conn.execute("DELETE FROM documents WHERE id = 'd2'")
    [after] = _rows(conn)
    [(rid, members)] = _members(conn).items()
    assert rid == after[0] == before[0] and members[0].event_id == "d1-0"
    assert after == records._stored_record_row(conn, rid, members[0]) == records._record_row(
        members)
    assert (after[5:8], after[12:17]) == ((None, "2024", None), (2, 2, 1, "2024-03-02",
                                                                 "2024-03-02"))
    used.clear()
    with transaction(conn):
        _doc(conn, "d4")
        records.group_document(conn, "d4")
    assert used == [True]  # the row grew from the stored one
    [row] = _rows(conn)
    [(_, members)] = _members(conn).items()
    assert row == records._stored_record_row(conn, rid, members[0])
    assert row[5:8] == (None, "2024", None) and row[12:14] == (3, 3)
    with transaction(conn):
        records.rebuild(conn)
    assert _rows(conn) == [row]


def _check_rows(conn: sqlite3.Connection) -> int:
    """Every record's row is `_record_row` of its remaining members in what the trigger keeps
    (its ID, anchor's fields and group stay until its region is regrouped); the records
    checked whose anchor survives are `_stored_record_row`'s whole."""
    stored = {r[0]: r for r in _rows(conn)}
    members = _members(conn)
    assert set(stored) == set(members)
    whole = 0
    for rid, ms in members.items():
        expected = records._record_row(ms)
        assert [stored[rid][i] for i in FIRSTS] == [expected[i] for i in FIRSTS], rid
        if expected[0] == rid:
            row = records._stored_record_row(conn, rid, ms[0])
            assert stored[rid][:11] + stored[rid][12:] == row[:11] + row[12:]
            whole += 1
    return whole


@pytest.mark.parametrize("seed", range(3))
def test_deleted_documents_leave_rows_read_from_the_members(tmp_path: Path, seed: int) -> None:
    conn = grouped_store(tmp_path / "d.db", random.Random(seed), CORPUS)
    ids = [f"d{i:03d}" for i in range(CORPUS)]
    rng = random.Random(seed)
    assert any(r[12] > 2 for r in _rows(conn))
    for doc_id in rng.sample(ids, 20):
        with transaction(conn):
            conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        assert _check_rows(conn)
        _check_summary(conn)


def _check_summary(conn: sqlite3.Connection) -> None:
    """record_summary counts the records by their (source, target, year, quad, modality)."""
    summary = sorted(tuple(r) for r in conn.execute(
        "SELECT source, target, year, quad, modality, n FROM record_summary"))
    counted = sorted(tuple(r) for r in conn.execute(
        "SELECT coalesce(source, ''), coalesce(target, ''), coalesce(substr(date, 1, 4), ''),"
        " quad, modality, count(*) FROM event_records GROUP BY 1, 2, 3, 4, 5"))
    assert summary == counted


def _old_trigger() -> str:
    [sql] = [sql for version, sql in migrations() if version == 4]
    [trigger] = [s for s in _statements(sql) if "TRIGGER events_records_delete" in s]
    return trigger


def test_the_migration_repairs_the_rows_of_the_old_trigger(tmp_path: Path) -> None:
    """A v5 database whose records lost mentions under v4's trigger: v6 sets their rows again;
    on a database without stale rows it changes nothing."""
    conn = grouped_store(tmp_path / "d.db", random.Random(11), CORPUS)
    ids = [f"d{i:03d}" for i in range(CORPUS)]
    tables = ("event_records", "event_links", "record_summary")

    def state() -> list[list[tuple]]:
        return [sorted(tuple(r) for r in conn.execute(f"SELECT * FROM {t}")) for t in tables]

    healthy = state()
    with transaction(conn):
        conn.execute("PRAGMA user_version = 5")
    assert 6 in [v for v, _ in migrations()] and migrate(conn) == migrations()[-1][0]
    assert state() == healthy
    with transaction(conn):  # back to v5's trigger
        conn.execute("DROP TRIGGER events_records_delete")
        conn.execute(_old_trigger())
        conn.execute("PRAGMA user_version = 5")
    with transaction(conn):
        for doc_id in random.Random(11).sample(ids, 20):
            conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    stale = _rows(conn)
    migrate(conn)
    assert _rows(conn) != stale  # some were stale, and are no longer
    assert _check_rows(conn)
    _check_summary(conn)


def test_a_document_grouped_again_with_a_new_link_counts_once(tmp_path: Path) -> None:
    """d2, already in the record with d1, gets one more event, grouped with only its link:
    the record grows by a mention, not by a document (`_grown_row` is not asked to count
    d2 again: `_grouped_documents`)."""
    conn = connect(tmp_path / "d.db")
    for doc_id in ("d1", "d2"):
        with transaction(conn):
            _doc(conn, doc_id)
            records.group_document(conn, doc_id)
    with transaction(conn):
        _doc(conn, "d2", k=1)
        links = [r for r in records._document_links(conn, "d2") if r[0] == "d2-1"]
        records.group_document(conn, "d2", links=links)
    [row] = _rows(conn)
    assert row[12:15] == (3, 2, 1)
    [(rid, members)] = _members(conn).items()
    assert row == records._stored_record_row(conn, rid, members[0])
