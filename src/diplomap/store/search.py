"""Full-text search over sentences (SQLite FTS5 table `sentence_fts`).

The index holds each sentence's text normalised by `diplomap.text.search_text`; a query
goes through the same function, and each of its words must match (AND).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from diplomap.text.search import search_text, search_tokens


def index_document_sentences(conn: sqlite3.Connection, doc_id: str, *, fresh: bool = False
                             ) -> int:
    """(Re)index the sentences of one document; returns how many. Idempotent.

    `fresh`: the document is new to the index, so nothing needs deleting first (the
    delete scans the whole index: doc_id is an unindexed column of the FTS table).
    """
    if not fresh:
        conn.execute("DELETE FROM sentence_fts WHERE doc_id = ?", (doc_id,))
    found = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if found is None:
        return 0
    # The text is read once and sliced here: substr() in SQL reads the whole text again for
    # every sentence, which made a large document cost the square of its length.
    text = found[0]
    rows = conn.execute("SELECT idx, start, end FROM sentences WHERE doc_id = ? ORDER BY idx",
                        (doc_id,)).fetchall()
    conn.executemany("INSERT INTO sentence_fts (body, doc_id, idx) VALUES (?, ?, ?)",
                     ((search_text(text[start:end]), doc_id, idx) for idx, start, end in rows))
    return len(rows)


def reindex_all(conn: sqlite3.Connection) -> int:
    """Rebuild the whole index (after the normalisation changed); returns sentences."""
    conn.execute("DELETE FROM sentence_fts")
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
    return sum(index_document_sentences(conn, doc_id, fresh=True) for doc_id in ids)


def fts_query(query: str) -> str | None:
    """The FTS5 MATCH expression of a user query: every normalised word, quoted."""
    tokens = [t.replace('"', "") for t in search_tokens(query)]
    tokens = [t for t in tokens if t]
    return " ".join(f'"{t}"' for t in tokens) or None


def search_sentences(conn: sqlite3.Connection, query: str, *, limit: int = 20,
                     offset: int = 0) -> dict[str, Any]:
    """Sentences matching `query` (best first), with their original text and document."""
    match = fts_query(query)
    if match is None:
        return {"query": query, "match": None, "total": 0, "items": []}
    total = conn.execute("SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH ?",
                         (match,)).fetchone()[0]
    rows = conn.execute(
        "SELECT f.doc_id, f.idx, s.start, s.end, substr(d.text, s.start + 1, s.end - s.start),"
        " d.title, d.published, d.lang FROM (SELECT doc_id, idx, rank FROM sentence_fts"
        " WHERE sentence_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?) f"
        " JOIN sentences s ON s.doc_id = f.doc_id AND s.idx = f.idx"
        " JOIN documents d ON d.id = f.doc_id ORDER BY f.rank",
        (match, limit, offset)).fetchall()
    keys = ("doc_id", "sentence", "start", "end", "text", "title", "published", "lang")
    return {"query": query, "match": match, "total": total,
            "items": [dict(zip(keys, r, strict=True)) for r in rows]}
