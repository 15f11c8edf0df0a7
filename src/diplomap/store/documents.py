"""Reading and writing documents and their sentences."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from typing import Any

from diplomap.store.db import transaction
from diplomap.store.filters import like_literal
from diplomap.store.search import index_bodies, index_document_sentences


def document_id(text: str) -> str:
    """Content-hash ID: the same text is the same document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class NewDocument:
    text: str
    lang: str
    title: str | None = None
    url: str | None = None
    path: str | None = None
    source: str | None = None
    published: str | None = None

    @cached_property
    def id(self) -> str:
        return document_id(self.text)


def add_document(
    conn: sqlite3.Connection, doc: NewDocument, sentences: list[tuple[int, int]],
    bodies: Sequence[str] | None = None,
) -> bool:
    """Store a document and its sentences in one transaction; False if already stored.
    `bodies`: the sentences' `text.search_text`, when computed elsewhere."""
    with transaction(conn):
        return store_document(conn, doc, sentences, bodies)


def store_document(conn: sqlite3.Connection, doc: NewDocument,
                   sentences: list[tuple[int, int]], bodies: Sequence[str] | None = None
                   ) -> bool:
    """`add_document` inside the caller's transaction (a batch of documents written whole
    needs no savepoint per document: two statements each, a quarter of the batch's writing)."""
    if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone():
        return False
    insert_document(conn, doc, sentences, bodies)
    return True


def insert_document(conn: sqlite3.Connection, doc: NewDocument,
                    sentences: list[tuple[int, int]],
                    bodies: Sequence[str] | None = None) -> None:
    """Insert a new document, its sentences and their search index (inside the caller's
    transaction; `bodies`: the sentences' `text.search_text`, when computed elsewhere)."""
    conn.execute(
        "INSERT INTO documents (id, text, title, url, path, source, lang, published,"
        " ingested_at, n_chars) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (doc.id, doc.text, doc.title, doc.url, doc.path, doc.source, doc.lang,
         doc.published, datetime.now(UTC).isoformat(timespec="seconds"), len(doc.text)),
    )
    conn.executemany(
        "INSERT INTO sentences (doc_id, idx, start, end) VALUES (?,?,?,?)",
        [(doc.id, i, s, e) for i, (s, e) in enumerate(sentences)],
    )
    if bodies is None:
        index_document_sentences(conn, doc.id, fresh=True)
    else:
        index_bodies(conn, doc.id, bodies)


def get_document(conn: sqlite3.Connection, doc_id: str) -> sqlite3.Row | None:
    """A document by ID, unique ID prefix, file base name, or base name without its
    extension (`docs report` finds report.txt)."""
    row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row:
        return row
    rows = conn.execute(
        "SELECT * FROM documents WHERE id LIKE ? || '%' ESCAPE '\\'"
        " OR path LIKE '%/' || ? ESCAPE '\\' OR path = ? LIMIT 2",
        (like_literal(doc_id), like_literal(doc_id), doc_id)).fetchall()
    if not rows and doc_id and "/" not in doc_id:
        rows = conn.execute("SELECT * FROM documents WHERE path LIKE '%/' || ? || '.%'"
                            " ESCAPE '\\' LIMIT 2", (like_literal(doc_id),)).fetchall()
        rows = [r for r in rows if "." not in r["path"].rsplit("/", 1)[-1][len(doc_id) + 1:]]
    return rows[0] if len(rows) == 1 else None


def get_sentences(conn: sqlite3.Connection, doc_id: str) -> list[tuple[int, int]]:
    rows = conn.execute(
        "SELECT start, end FROM sentences WHERE doc_id = ? ORDER BY idx", (doc_id,))
    return [(r[0], r[1]) for r in rows]


def corpus_status(conn: sqlite3.Connection) -> dict[str, Any]:
    """Counts per language, source and publication year, plus totals."""
    def grouped(expr: str) -> dict[str, int]:
        rows = conn.execute(f"SELECT {expr} AS k, count(*) FROM documents GROUP BY k ORDER BY k")
        return {(r[0] if r[0] is not None else "unknown"): r[1] for r in rows}

    totals = {
        table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("documents", "sentences", "mentions", "facts", "events")
    }
    totals["extracted"] = conn.execute(
        "SELECT count(*) FROM documents WHERE extracted_at IS NOT NULL").fetchone()[0]
    return {
        "totals": totals,
        "languages": grouped("lang"),
        "sources": grouped("source"),
        "years": grouped("substr(published, 1, 4)"),
    }
