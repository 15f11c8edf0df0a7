"""Search across entities, facts, events and sentences (SQLite FTS5 table `sentence_fts`).

The index holds each sentence's words under all their readings (`diplomap.text.search`).
A query is parsed by `text.parse_query` (words ANDed, `OR`, `word*` prefixes); a query
word that the entity linker reads as a name as written (بوتين, بكين, لبنان) is searched as
written, a word it reads as a name behind proclitics (لكازاخستان) as the word and that
name, any other word under all its readings. Sentences match through the index; events
and facts through their first evidence sentence or the names of their sides; entities
through their names. Identical sentences (the same text in several documents) are one
result with their number of copies. Matches are marked in the original text (offsets and
escaped HTML).
"""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Sequence
from typing import Any

from diplomap.store.filters import Clause, EventFilters, FactFilters, join, placeholders
from diplomap.store.search_terms import fts_query, parse
from diplomap.text.search import Query, fts_expression, match_spans, search_text, words

__all__ = ["fts_query", "index_bodies", "index_document_sentences", "reindex_all", "search",
           "search_sentences"]

KINDS = ("sentence", "event", "fact", "entity")


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


def index_bodies(conn: sqlite3.Connection, doc_id: str, bodies: Sequence[str]) -> None:
    """Index a new document's sentences given their `search_text`, in sentence order (what
    `index_document_sentences` computes, computed in an ingest worker)."""
    conn.executemany("INSERT INTO sentence_fts (body, doc_id, idx) VALUES (?, ?, ?)",
                     ((body, doc_id, idx) for idx, body in enumerate(bodies)))


def reindex_all(conn: sqlite3.Connection) -> int:
    """Rebuild the whole index (after the normalisation changed); returns sentences."""
    conn.execute("DELETE FROM sentence_fts")
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
    return sum(index_document_sentences(conn, doc_id, fresh=True) for doc_id in ids)


# --- search -----------------------------------------------------------------------------------

def search(conn: sqlite3.Connection, query: str, *, kind: str = "sentence",
           lang: str | None = None, type: str | None = None, year: str | None = None,
           limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """One page of the results of one kind, the totals of every kind and notes on how the
    query was read. `type`: an event type (events, sentences holding one) or a predicate
    (facts); `year`: the publication year (sentences), the item's date (events, facts);
    `lang`: the document's language (an entity's name language for entities)."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    parsed = parse(query)
    match = fts_expression(parsed)
    out: dict[str, Any] = {"query": query, "match": match, "notes": parsed.notes,
                           "kind": kind, "limit": limit, "offset": offset}
    if match is None:
        out["notes"] = [*parsed.notes, "no word to search for"]
        return {**out, "totals": dict.fromkeys(KINDS, 0), "total": 0, "items": [],
                "next_offset": None}
    entity_ids = matching_entities(conn, parsed, lang if kind == "entity" else None)
    finders = {"sentence": _sentences, "event": _events, "fact": _facts,
               "entity": _entities}
    context = _Context(conn, parsed, match, entity_ids, lang, type, year)
    totals = {k: finders[k](context, None, 0)[1] for k in KINDS}
    items, total = finders[kind](context, limit, offset)[0], totals[kind]
    nxt = offset + limit if offset + limit < total else None
    return {**out, "totals": totals, "total": total, "items": items, "next_offset": nxt}


class _Context:
    def __init__(self, conn: sqlite3.Connection, parsed: Query, match: str,
                 entity_ids: list[str], lang: str | None, type: str | None,
                 year: str | None) -> None:
        self.conn, self.parsed, self.match, self.entity_ids = conn, parsed, match, entity_ids
        self.lang, self.type, self.year = lang, type, year


def _document_filter(lang: str | None, year: str | None, column: str = "f.doc_id"
                     ) -> Clause | None:
    clauses: list[Clause | None] = []
    if lang:
        clauses.append(("lang = ?", [lang]))
    if year:
        clauses.append(("substr(published, 1, 4) = ?", [year]))
    if not clauses:
        return None
    where, params = join(clauses)
    return f"{column} IN (SELECT id FROM documents WHERE {where})", params


def _sentences(c: _Context, limit: int | None, offset: int) -> tuple[list[dict], int]:
    """Matching sentences, identical texts once (best ranked copy), best first."""
    clauses: list[Clause | None] = [("sentence_fts MATCH ?", [c.match]),
                                    _document_filter(c.lang, c.year)]
    if c.type:
        clauses.append(("(f.doc_id, f.idx) IN (SELECT doc_id, json_extract(evidence,"
                        " '$[0].sentence') FROM events WHERE event_type = ?)", [c.type]))
    where, params = join(clauses)
    inner = f"SELECT f.body, f.doc_id, f.idx, f.rank FROM sentence_fts f WHERE {where}"
    if limit is None:
        total = c.conn.execute(f"SELECT count(DISTINCT body) FROM ({inner})",
                               params).fetchone()[0]
        return [], total
    rows = c.conn.execute(
        "SELECT g.doc_id, g.idx, g.copies, s.start, s.end,"
        " substr(d.text, s.start + 1, s.end - s.start), d.title, d.published, d.lang"
        f" FROM (SELECT doc_id, idx, min(rank) AS best, count(*) AS copies FROM ({inner})"
        " GROUP BY body ORDER BY best, doc_id, idx LIMIT ? OFFSET ?) g"
        " JOIN sentences s ON s.doc_id = g.doc_id AND s.idx = g.idx"
        " JOIN documents d ON d.id = g.doc_id ORDER BY g.best, g.doc_id, g.idx",
        (*params, limit, offset)).fetchall()
    keys = ("doc_id", "sentence", "copies", "start", "end", "text", "title", "published",
            "lang")
    items = [dict(zip(keys, r, strict=True)) for r in rows]
    for item in items:
        item.update(highlight(item["text"], c.parsed))
    return items, -1


def _events_where(c: _Context) -> Clause:
    ids = c.entity_ids
    sides = " OR ".join(f"{s} IN ({placeholders(ids)})" for s in (
        "source", "target", "source_person", "target_person", "location")) if ids else ""
    sql = ("(doc_id, json_extract(evidence, '$[0].sentence')) IN"
           " (SELECT doc_id, idx FROM sentence_fts WHERE sentence_fts MATCH ?)")
    return f"({sql}{' OR ' + sides if sides else ''})", [c.match, *(ids * 5 if ids else [])]


def _events(c: _Context, limit: int | None, offset: int) -> tuple[list[dict], int]:
    from diplomap.store.queries import count_events, list_events

    filters = EventFilters(event_type=c.type, lang=c.lang, since=c.year, until=c.year)
    where = _events_where(c)
    if limit is None:
        return [], count_events(c.conn, filters, where=where)
    items = list_events(c.conn, filters, limit=limit, offset=offset, with_evidence=True,
                        where=where)
    for item in items:
        item.update(highlight(item.get("evidence_text") or "", c.parsed))
    return items, -1


def _facts_where(c: _Context) -> Clause:
    ids = c.entity_ids
    sql = ("id IN (SELECT m.fact_id FROM fact_mentions m WHERE (m.doc_id, json_extract("
           "m.evidence, '$[0].sentence')) IN (SELECT doc_id, idx FROM sentence_fts"
           " WHERE sentence_fts MATCH ?))")
    params: list[Any] = [c.match]
    if ids:
        marks = placeholders(ids)
        sql += f" OR subject IN ({marks}) OR object IN ({marks})"
        params += ids * 2
    return f"({sql})", params


def _facts(c: _Context, limit: int | None, offset: int) -> tuple[list[dict], int]:
    from diplomap.store.queries import count_facts, list_facts

    filters = FactFilters(predicate=c.type, lang=c.lang, since=c.year, until=c.year)
    where = _facts_where(c)
    if limit is None:
        return [], count_facts(c.conn, filters, where=where)
    items = list_facts(c.conn, filters, limit=limit, offset=offset, where=where)
    for item in items:
        ref = item["evidence"][0] if item["evidence"] else None
        item.update(highlight(ref["text"] if ref else "", c.parsed))
    return items, -1


def _entities(c: _Context, limit: int | None, offset: int) -> tuple[list[dict], int]:
    ids = c.entity_ids
    if limit is None:
        return [], len(ids)
    page = ids[offset:offset + limit]
    rows = {r[0]: r for r in c.conn.execute(
        f"SELECT id, kind, en, ar FROM entities WHERE id IN ({placeholders(page)})", page)}
    items = []
    for entity_id in page:
        _, kind, en, ar = rows[entity_id]
        items.append({"id": entity_id, "kind": kind, "en": en, "ar": ar,
                      "en_marks": match_spans(en or "", c.parsed),
                      "ar_marks": match_spans(ar or "", c.parsed)})
    return items, -1


def matching_entities(conn: sqlite3.Connection, parsed: Query,
                      lang: str | None = None) -> list[str]:
    """IDs of the entities whose ID or name (English, Arabic; `lang`: that one only) has
    words matching the query (every term of an alternative), most mentioned first."""
    columns = {"en": "en", "ar": "ar"}.get(lang or "", "id || ' ' || coalesce(en, '') || ' ' ||"
                                           " coalesce(ar, '')")
    found = []
    for entity_id, names in conn.execute(f"SELECT id, {columns} FROM entities"):
        text_words = words((names or "").replace(":", " ").replace("_", " "))
        if any(all(any(t.matches(w) for w in text_words) for t in group)
               for group in parsed.alternatives):
            found.append(entity_id)
    if not found:
        return []
    counts = dict(conn.execute(
        f"SELECT entity_id, count(*) FROM mentions WHERE entity_id IN ({placeholders(found)})"
        " GROUP BY entity_id", found).fetchall())
    return sorted(found, key=lambda i: (-counts.get(i, 0), i))


def highlight(text: str, parsed: Query) -> dict[str, Any]:
    """`marks` (offsets into `text` of the matching words) and `html`: the text escaped,
    each match in <mark>."""
    spans = match_spans(text, parsed)
    parts, last = [], 0
    for start, end in spans:
        parts += [html.escape(text[last:start]), "<mark>", html.escape(text[start:end]),
                  "</mark>"]
        last = end
    parts.append(html.escape(text[last:]))
    return {"marks": [list(s) for s in spans], "html": "".join(parts)}


def search_sentences(conn: sqlite3.Connection, query: str, *, limit: int = 20,
                     offset: int = 0) -> dict[str, Any]:
    """Sentences matching `query` (best first), with their original text and document."""
    return search(conn, query, kind="sentence", limit=limit, offset=offset)
