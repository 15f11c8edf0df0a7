"""`save_extractions` inserts the rows of documents with nothing stored yet table by table
(`PendingInserts`): the database is the one a save per document gives, also when documents
read again (rows stored) sit among new ones in a batch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from diplomap.extract.model import Extraction
from diplomap.extract.pipeline import Pipeline
from diplomap.scale.parallel import _prepare
from diplomap.store import NewDocument, add_document, connect
from diplomap.store.extractions import (
    DocumentExtraction,
    PendingInserts,
    extraction_rows,
    first_of_each_id,
    save_extractions,
)
from diplomap.text import split_sentences

TEXTS = [
    "Kazakhstan and China signed a trade agreement in Astana on 3 June 2024.",
    "Russia imposed sanctions on Ukraine and expelled two diplomats in March 2022.",
    "China and Kazakhstan signed a border treaty in May 2024. Russia criticised Ukraine.",
    "Turkey's president visited Kazakhstan on 12 May 2022 and met his counterpart.",
    "Uzbekistan and Kyrgyzstan signed an agreement on their common border in 2023.",
]
WRITE_TIMES = {"ingested_at", "extracted_at", "read_ns"}


def _store(path: Path) -> tuple[sqlite3.Connection, list[tuple[str, str]]]:
    conn = connect(path)
    ids = []
    for text in TEXTS:
        doc = NewDocument(text=text, lang="en", published="2024-06-10")
        add_document(conn, doc, split_sentences(text))
        ids.append((doc.id, text))
    return conn, ids


def _prepared(pipeline: Pipeline, ids: list[tuple[str, str]]) -> list[DocumentExtraction]:
    return [_prepare(pipeline, doc_id, text, "en", "2024-06-10")[0] for doc_id, text in ids]


def _dump(conn: sqlite3.Connection) -> dict[str, list]:
    """Every row of every table in rowid (or key) order, write times aside."""
    out = {}
    for table, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                                   " AND name NOT LIKE 'sentence_fts%'"):
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                   if r[1] not in WRITE_TIMES]
        rowid = "WITHOUT ROWID" not in sql.upper()
        query = (f"SELECT {'rowid, ' * rowid}{', '.join(columns)} FROM {table}"
                 f"{' ORDER BY rowid' * rowid}")
        out[table] = [tuple(r) for r in conn.execute(query)]
    return out


def test_a_batch_with_documents_read_again_equals_inserts_per_document(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = Pipeline((), "rules")
    dumps = []
    kept: list[str] = []  # the documents `defer` kept for a later flush
    defer = PendingInserts.defer

    def spied(self: PendingInserts, conn: sqlite3.Connection, doc_id: str,
              *args: object) -> bool:
        waits = defer(self, conn, doc_id, *args)  # type: ignore[arg-type]
        if waits:
            kept.append(doc_id)
        return waits

    for deferred in (False, True):
        if not deferred:  # every document's rows inserted as it comes
            monkeypatch.setattr(PendingInserts, "defer", lambda *args: False)
        else:
            monkeypatch.setattr(PendingInserts, "defer", spied)
        conn, ids = _store(tmp_path / f"{deferred}.db")
        # documents 1 and 3 were read before: the batch replaces their rows between the
        # new documents' inserts
        save_extractions(conn, _prepared(pipeline, [ids[1], ids[3]]))
        kept.clear()
        save_extractions(conn, _prepared(pipeline, ids))
        dumps.append(_dump(conn))
        conn.close()
    # in the batch, the three new documents waited (the two read again did not): the equality below
    # compares deferred inserts with direct ones, not direct ones twice
    assert kept == [ids[0][0], ids[2][0], ids[4][0]]
    assert dumps[0] == dumps[1]
    assert all(dumps[0][t] for t in ("mentions", "facts", "events", "event_records",
                                      "event_summary"))


def test_only_documents_with_nothing_stored_or_pending_wait(tmp_path: Path) -> None:
    conn, ids = _store(tmp_path / "x.db")
    pipeline = Pipeline((), "rules")
    stored, fresh = _prepared(pipeline, ids[:2])
    save_extractions(conn, [stored])
    pending = PendingInserts()
    stamp = ("2024-06-10T00:00:00+00:00", "rules-1")
    assert not pending.defer(conn, stored.doc_id, stored.rows, stored.links or [],
                             (*stamp, stored.doc_id))
    assert pending.defer(conn, fresh.doc_id, fresh.rows, fresh.links or [],
                         (*stamp, fresh.doc_id))
    assert not pending.defer(conn, fresh.doc_id, fresh.rows, fresh.links or [],
                             (*stamp, fresh.doc_id))
    assert conn.execute("SELECT count(*) FROM events WHERE doc_id = ?",
                        (fresh.doc_id,)).fetchone()[0] == 0
    pending.flush(conn)
    events = conn.execute("SELECT count(*) FROM events WHERE doc_id = ?",
                          (fresh.doc_id,)).fetchone()[0]
    assert events == len(fresh.rows.events) > 0
    assert not pending.docs and not pending.events
    empty = extraction_rows(ids[2][0], [], Extraction(), [])  # nothing read: still new
    assert pending.defer(conn, ids[2][0], empty, [], (*stamp, ids[2][0]))


def test_write_extraction_writes_at_once_and_leaves_nothing_pending(tmp_path: Path) -> None:
    """Deferring is `save_extractions`' own: `write_extraction` takes no pending inserts,
    so no caller of it has to flush before grouping (review 17, finding 14)."""
    import inspect

    from diplomap.store.extractions import write_extraction

    assert "inserts" not in inspect.signature(write_extraction).parameters
    conn, ids = _store(tmp_path / "x.db")
    fresh = _prepared(Pipeline((), "rules"), ids[:1])[0]
    write_extraction(conn, fresh.doc_id, fresh.rows, links=fresh.links)
    assert conn.execute("SELECT count(*) FROM events WHERE doc_id = ?",
                        (fresh.doc_id,)).fetchone()[0] > 0


def test_first_of_each_id_keeps_the_first_row_of_each_in_order() -> None:
    rows = [{"id": "b", "en": "1"}, {"id": "a", "en": "2"}, {"id": "b", "en": "3"},
            {"id": "c", "en": "4"}, {"id": "a", "en": "5"}]
    assert first_of_each_id(rows) == [rows[0], rows[1], rows[3]]
    assert first_of_each_id([]) == []


def test_entities_named_by_several_documents_are_stored_as_inserted_one_by_one(
        tmp_path: Path) -> None:
    """INSERT OR IGNORE keeps the first row of an ID and gives an ignored one no rowid: the
    batch's entity rows deduplicated first store the same rows under the same rowids."""
    conn, ids = _store(tmp_path / "x.db")
    prepared = _prepared(Pipeline((), "rules"), ids)
    named = [e["id"] for p in prepared for e in p.rows.entities]
    assert len(named) > len(set(named))  # (the documents share entities)
    save_extractions(conn, prepared)
    one_by_one = connect(tmp_path / "y.db")
    one_by_one.executemany("INSERT OR IGNORE INTO entities (id, kind, en, ar, qid) VALUES"
                           " (:id, :kind, :en, :ar, :qid)",
                           [e for p in prepared for e in p.rows.entities])
    query = "SELECT rowid, * FROM entities ORDER BY rowid"
    assert conn.execute(query).fetchall() == one_by_one.execute(query).fetchall()
