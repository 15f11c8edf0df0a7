"""The query layer: documents, entities, mentions, facts and events, filtered one way.

The CLI, the HTTP API, eval and analysis all list through these functions; the meaning of
every filter is in `diplomap.store.filters`. Listings come as `iter_*` generators that
read the database as they are consumed (exports stream), `list_*` pages and `count_*`
totals answered from the indexes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from diplomap.ontology import ontology
from diplomap.store.evidence import doc_name, evidence_refs, span_texts, with_documents
from diplomap.store.filters import (
    Clause,
    DocumentFilters,
    EventFilters,
    FactFilters,
    contains,
    date_clause,
    equals,
    join,
    like_literal,
    placeholders,
)
from diplomap.store.reviews import attach_reviews, not_wrong, review_states
from diplomap.store.search_terms import fts_query

FETCH = 500  # rows fetched from SQLite at a time by the iterators
EVENT_COLUMNS = ("id", "doc_id", "source", "source_person", "source_org", "event_type", "mode",
                 "context", "target", "target_person", "date", "location", "intensity", "quad",
                 "modality", "confidence", "evidence")
FACT_COLUMNS = ("fact_id", "subject", "predicate", "object", "modality")


# --- events ---------------------------------------------------------------------------------

def _sides(entity_id: str) -> tuple[str, str]:
    """The (source, target) columns an ID is matched against: persons for PER: IDs."""
    return ("source_person", "target_person") if entity_id.startswith("PER:") else (
        "source", "target")


def _document_clause(column: str, source_tag: str | None, lang: str | None) -> Clause | None:
    if source_tag is None and lang is None:
        return None
    where, params = join(equals([("source", source_tag), ("lang", lang)]))
    return f"{column} IN (SELECT id FROM documents WHERE {where})", params


def _event_conditions(f: EventFilters) -> list[Clause | None]:
    """What an event must satisfy besides its actor and its date."""
    clauses: list[Clause | None] = list(equals([
        ("event_type", f.event_type), ("quad", f.quad), ("modality", f.modality),
        ("doc_id", f.doc)]))
    if f.source is not None:
        clauses.append((f"{_sides(f.source)[0]} = ?", [f.source]))
    if f.target is not None:
        clauses.append((f"{_sides(f.target)[1]} = ?", [f.target]))
    clauses.append(_document_clause("doc_id", f.source_tag, f.lang))
    if f.min_confidence is not None:
        clauses.append(("confidence >= ?", [f.min_confidence]))
    if f.text:
        clauses.append(event_text_clause(f.text))
    return clauses


def event_text_clause(text: str, prefix: str = "") -> Clause:
    """The event's first evidence sentence matches `text` as search does (normalised,
    clitics), or the name of its source, target, a person or its location contains it."""
    match = fts_query(text)
    named = ("SELECT id FROM entities WHERE id = ? OR en LIKE '%' || ? || '%' ESCAPE '\\'"
             " OR ar LIKE '%' || ? || '%' ESCAPE '\\'")
    literal = like_literal(text.strip())
    sides = ("source", "target", "source_person", "target_person", "location")
    sql = " OR ".join(f"{prefix}{side} IN ({named})" for side in sides)
    params: list[Any] = [text.strip(), literal, literal] * len(sides)
    if match is not None:
        sql += (f" OR ({prefix}doc_id, json_extract({prefix}evidence, '$[0].sentence')) IN"
                " (SELECT doc_id, idx FROM sentence_fts WHERE sentence_fts MATCH ?)")
        params.append(match)
    return f"({sql})", params


def _review_conditions(conn: sqlite3.Connection, f: EventFilters) -> list[Clause | None]:
    """Events reviewed wrong are left out unless `include_wrong`."""
    return [] if f.include_wrong else [not_wrong(conn, "event", "id")]


def _actor_arms(actor: str | None) -> list[Clause | None]:
    """Disjoint conditions whose union is "source or target is `actor`": one per index."""
    if actor is None:
        return [None]
    src, tgt = _sides(actor)
    return [(f"{src} = ?", [actor]), (f"{tgt} = ? AND {src} IS NOT ?", [actor, actor])]


def _date_arms(f: EventFilters) -> list[Clause | None]:
    """Disjoint conditions whose union is the date filter: dated events by their date,
    undated ones by their document's publication date."""
    own = date_clause("date", f.since, f.until)
    if own is None:
        return [None]
    published, params = date_clause("published", f.since, f.until) or ("1", [])
    return [own, (f"date IS NULL AND doc_id IN (SELECT id FROM documents WHERE {published})",
                  params)]


def _event_arms(f: EventFilters, extra: list[Clause | None] | None = None) -> list[Clause]:
    rest = [*_event_conditions(f), *(extra or [])]
    return [join([actor, date, *rest]) for actor in _actor_arms(f.actor) for date in _date_arms(f)]


# The orders an events listing can be sorted in: name -> column of the listing.
EVENT_SORTS = {"date": "date", "source": "source", "target": "target", "type": "event_type",
               "mode": "mode", "intensity": "intensity", "confidence": "confidence",
               "location": "location"}


def sort_order(sort: str | None, sorts: dict[str, str], default: str) -> str:
    """The ORDER BY of `sort` ("date", "-date": descending) among `sorts`; `default` when
    None. Empty values sort last either way. ValueError on an unknown key."""
    if not sort:
        return default
    key = sort.lstrip("-")
    if key not in sorts:
        raise ValueError(f"sort: expected one of {', '.join(sorts)} (- for descending), "
                         f"not {sort!r}")
    column, direction = sorts[key], "DESC" if sort.startswith("-") else "ASC"
    return f"{column} IS NULL, {column} {direction}"


def iter_events(conn: sqlite3.Connection, filters: EventFilters, *, limit: int | None = None,
                offset: int = 0, sort: str | None = None,
                where: Clause | None = None) -> Iterator[dict[str, Any]]:
    """Events matching `filters`, newest first (undated last), read as they are consumed;
    `sort` orders by another column (`EVENT_SORTS`, "-" for descending).

    One statement: a UNION ALL of disjoint arms (actor as source / as target, dated /
    undated), each read in order from an index and merged, so the first rows come before
    the rest is read.
    """
    columns = ", ".join(EVENT_COLUMNS)
    arms = _event_arms(filters, [*_review_conditions(conn, filters), where])
    order = sort_order(sort, EVENT_SORTS, "date DESC")
    sql = " UNION ALL ".join(f"SELECT rowid AS rid, {columns} FROM events WHERE {where}"
                             for where, _ in arms)
    if sort:  # a compound SELECT orders by plain columns only: sort the union as a table
        sql = f"SELECT * FROM ({sql})"
    sql += f" ORDER BY {order}, rid DESC"
    params = [p for _, ps in arms for p in ps]
    if limit is not None or offset:
        sql += " LIMIT ? OFFSET ?"
        params += [-1 if limit is None else limit, offset]
    cursor = conn.execute(sql, params)
    while rows := cursor.fetchmany(FETCH):
        for row in rows:
            yield _event_dict(row[1:])


def list_events(conn: sqlite3.Connection, filters: EventFilters, *, limit: int = 50,
                offset: int = 0, with_evidence: bool = False,
                sort: str | None = None, where: Clause | None = None
                ) -> list[dict[str, Any]]:
    """One page of `iter_events`; `with_evidence` adds the text of the first span; `where`
    is one more condition on the events' columns (search's)."""
    events = attach_reviews(conn, "event", list(iter_events(
        conn, filters, limit=limit, offset=offset, sort=sort, where=where)))
    if with_evidence:
        for event in events:
            refs = evidence_refs(conn, event["doc_id"], event["evidence"], limit=1)
            event["evidence_text"] = refs[0]["text"] if refs else None
    return events


def count_events(conn: sqlite3.Connection, filters: EventFilters,
                 where: Clause | None = None) -> int:
    """How many events match. With an actor: as source + as target - as both, counts that
    the (source|target, type, date) indexes answer without reading rows."""
    def count(*clauses: Clause | None) -> int:
        where, params = join([*clauses, *rest])
        return conn.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]

    rest = [*_event_conditions(filters), *_review_conditions(conn, filters), where]
    total = 0
    for date in _date_arms(filters):
        if filters.actor is None:
            total += count(date)
            continue
        (src, tgt), a = _sides(filters.actor), filters.actor
        total += (count((f"{src} = ?", [a]), date) + count((f"{tgt} = ?", [a]), date)
                  - count((f"{src} = ? AND {tgt} = ?", [a, a]), date))
    return total


def _event_dict(row: sqlite3.Row | tuple) -> dict[str, Any]:
    event = dict(zip(EVENT_COLUMNS, row, strict=True))
    for key in ("context", "evidence"):
        try:
            event[key] = json.loads(event[key] or "[]")
        except ValueError:
            event[key] = []
    return event


def cite_events(conn: sqlite3.Connection, events: Iterator[dict[str, Any]]
                ) -> Iterator[dict[str, Any]]:
    """Events with their document's name, evidence texts and citation (CLI rows)."""
    keep = ("source", "event_type", "mode", "target", "date", "intensity", "quad", "modality",
            "source_person", "target_person", "source_org", "location", "confidence", "context")
    for event, doc in with_documents(conn, events):
        yield {"doc": doc_name(doc["path"], event["doc_id"]), "doc_id": event["doc_id"],
               "id": event["id"], **{k: event[k] for k in keep},
               "evidence": span_texts(doc["text"], event["evidence"]),
               "cite": {"url": doc["url"], "title": doc["title"], "language": doc["lang"],
                        "publication": doc["published"]}}


# --- facts ----------------------------------------------------------------------------------

def _fact_date() -> str:
    """A statement's date (m: fact_mentions, d: documents): the fact's start date attribute
    (the ontology's `start_keys`), else the document's publication date."""
    keys = [f"json_extract(m.attrs, '$.{k}')" for k in ontology().start_keys]
    return f"coalesce({', '.join([*keys, 'd.published'])})"


def _mention_clause(f: FactFilters) -> Clause | None:
    """What a statement of a fact (m: fact_mentions, d: documents) must satisfy."""
    clauses = [*equals([("m.doc_id", f.doc), ("d.source", f.source_tag), ("d.lang", f.lang)]),
               date_clause(_fact_date(), f.since, f.until)]
    if f.min_confidence is not None:
        clauses.append(("m.confidence >= ?", [f.min_confidence]))
    if not any(clauses):
        return None
    return join(clauses)


def _fact_clause(f: FactFilters, prefix: str = "") -> Clause:
    """What a fact must satisfy by itself (columns of facts, with `prefix`)."""
    clauses = equals([(prefix + "subject", f.subject), (prefix + "predicate", f.predicate),
                      (prefix + "object", f.object), (prefix + "modality", f.modality)])
    if f.actor is not None:
        clauses.append((f"({prefix}subject = ? OR {prefix}object = ?)", [f.actor, f.actor]))
    return join(clauses)


def _facts_where(f: FactFilters, conn: sqlite3.Connection | None = None,
                 where: Clause | None = None) -> Clause:
    """Facts with at least one statement satisfying the document and date filters (and,
    given `conn`, not reviewed wrong unless `include_wrong`)."""
    mention = _mention_clause(f)
    own = join([_fact_clause(f), where])
    if conn is not None and not f.include_wrong:
        own = join([own, not_wrong(conn, "fact", "id")])
    if mention is None:
        return own
    statement, params = mention
    return join([own, (
        "id IN (SELECT m.fact_id FROM fact_mentions m JOIN documents d ON d.id = m.doc_id"
        f" WHERE {statement})", params)])


def list_facts(conn: sqlite3.Connection, filters: FactFilters, *, limit: int = 50,
               offset: int = 0, evidence_limit: int = 1,
               where: Clause | None = None) -> list[dict[str, Any]]:
    """One row per fact, with its support (n_documents, attrs, evidence references); `where`
    is one more condition on the facts' columns (search's)."""
    sql, params = _facts_where(filters, conn, where)
    rows = conn.execute(
        f"SELECT id, subject, predicate, object, modality FROM facts WHERE {sql}"
        " ORDER BY subject, predicate, object, id LIMIT ? OFFSET ?",
        (*params, limit, offset)).fetchall()
    facts = [dict(zip(FACT_COLUMNS, r, strict=True)) for r in rows]
    add_support_all(conn, facts, evidence_limit)
    return facts


def count_facts(conn: sqlite3.Connection, filters: FactFilters,
                where: Clause | None = None) -> int:
    sql, params = _facts_where(filters, conn, where)
    return conn.execute(f"SELECT count(*) FROM facts WHERE {sql}", params).fetchone()[0]


def iter_fact_mentions(conn: sqlite3.Connection, filters: FactFilters, *,
                       limit: int | None = None) -> Iterator[dict[str, Any]]:
    """One row per fact and document that states it (the statements matching `filters`),
    read as they are consumed."""
    wrong = None if filters.include_wrong else not_wrong(conn, "fact", "f.id")
    where, params = join([_fact_clause(filters, "f."), _mention_clause(filters), wrong])
    cursor = conn.execute(
        "SELECT f.id, f.subject, f.predicate, f.object, f.modality, m.doc_id, m.attrs,"
        " m.confidence, m.evidence FROM fact_mentions m JOIN facts f ON f.id = m.fact_id"
        f" JOIN documents d ON d.id = m.doc_id WHERE {where}"
        " ORDER BY f.subject, f.predicate, f.object, f.id, d.published, m.doc_id LIMIT ?",
        (*params, -1 if limit is None else limit))
    while rows := cursor.fetchmany(FETCH):
        for r in rows:
            yield {**dict(zip(FACT_COLUMNS, r[:5], strict=True)), "doc_id": r[5],
                   "attrs": json_dict(r[6]), "confidence": r[7], "evidence": r[8]}


def cite_fact_mentions(conn: sqlite3.Connection, mentions: Iterator[dict[str, Any]]
                       ) -> Iterator[dict[str, Any]]:
    """Statements of facts with their document's name and evidence texts (CLI rows)."""
    for m, doc in with_documents(conn, mentions):
        yield {"doc": doc_name(doc["path"], m["doc_id"]), "doc_id": m["doc_id"],
               "fact_id": m["fact_id"], "subject": m["subject"], "predicate": m["predicate"],
               "object": m["object"], "modality": m["modality"], "attrs": m["attrs"],
               "evidence": span_texts(doc["text"], m["evidence"]),
               "confidence": m["confidence"]}


def add_support_all(conn: sqlite3.Connection, facts: list[dict[str, Any]],
                    limit: int) -> None:
    """n_documents, n_sources, attrs and evidence of each fact, from its mentions (best
    first)."""
    counts = mention_counts(conn, [f["fact_id"] for f in facts])
    reviews = review_states(conn, "fact", [f["fact_id"] for f in facts])
    for fact in facts:
        fact["n_documents"], fact["n_sources"] = counts.get(fact["fact_id"], (0, 0))
        _add_support(conn, fact, limit)
        fact["review"] = reviews.get(fact["fact_id"])


def mention_counts(conn: sqlite3.Connection, fact_ids: list[str]) -> dict[str, tuple[int, int]]:
    """{fact ID: (how many documents state it, how many distinct source tags those
    documents have, untagged documents counting as one)}, as event records count them."""
    counts: dict[str, tuple[int, int]] = {}
    for i in range(0, len(fact_ids), FETCH):
        chunk = fact_ids[i:i + FETCH]
        counts.update((r[0], (r[1], r[2])) for r in conn.execute(
            "SELECT m.fact_id, count(*), count(DISTINCT coalesce(d.source, ''))"
            " FROM fact_mentions m JOIN documents d ON d.id = m.doc_id"
            f" WHERE m.fact_id IN ({placeholders(chunk)}) GROUP BY m.fact_id", chunk))
    return counts


def _add_support(conn: sqlite3.Connection, fact: dict[str, Any], limit: int) -> None:
    """attrs and evidence of one counted fact: attrs of its best-supported statement, start
    dates filled from the others."""
    fid = fact["fact_id"]
    best = conn.execute(
        "SELECT doc_id, attrs, evidence, confidence FROM fact_mentions WHERE fact_id = ?"
        " ORDER BY confidence DESC, doc_id LIMIT ?", (fid, max(limit, 1))).fetchall()
    fact["confidence"] = best[0][3] if best else None  # of its best-supported statement
    attrs = json_dict(best[0][1]) if best else {}
    start_keys = ontology().start_keys
    if fact["n_documents"] > 1 and start_keys and not any(k in attrs for k in start_keys):
        earliest = ", ".join(f"min(json_extract(attrs, '$.{k}'))" for k in start_keys)
        row = conn.execute(
            f"SELECT {earliest} FROM fact_mentions WHERE fact_id = ? AND json_valid(attrs)",
            (fid,)).fetchone()
        attrs.update({k: v for k, v in zip(start_keys, row or (), strict=False) if v})
    fact["attrs"] = attrs
    fact["evidence"] = [ref for row in best[:limit]
                        for ref in evidence_refs(conn, row[0], row[2], limit=1)]


def json_dict(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


# --- documents ------------------------------------------------------------------------------

DOCUMENT_COLUMNS = ("id", "title", "url", "path", "source", "lang", "published", "ingested_at",
                    "n_chars", "extracted_at")


def _documents_where(f: DocumentFilters) -> Clause:
    clauses = [*equals([("lang", f.lang), ("source", f.source_tag)]),
               date_clause("published", f.since, f.until)]
    if f.query:
        clauses.append(contains(("title", "path"), f.query))
    return join(clauses)


def list_documents(conn: sqlite3.Connection, filters: DocumentFilters, *, limit: int = 100,
                   offset: int = 0) -> list[dict[str, Any]]:
    """Documents (without their text), oldest first, undated last."""
    where, params = _documents_where(filters)
    rows = conn.execute(
        f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents WHERE {where}"
        " ORDER BY published IS NULL, published, id LIMIT ? OFFSET ?", (*params, limit, offset))
    return [dict(zip(DOCUMENT_COLUMNS, r, strict=True)) for r in rows]


def count_documents(conn: sqlite3.Connection, filters: DocumentFilters) -> int:
    where, params = _documents_where(filters)
    return conn.execute(f"SELECT count(*) FROM documents WHERE {where}", params).fetchone()[0]


# --- entities and mentions ------------------------------------------------------------------

ENTITY_COLUMNS = ("id", "kind", "en", "ar", "qid")


def list_entities(conn: sqlite3.Connection, *, kind: str | None = None,
                  query: str | None = None, limit: int = 100,
                  offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Entities (by kind, or whose ID or name contains `query`) and the total count."""
    clauses = equals([("kind", kind)])
    if query:
        clauses.append(contains(("id", "en", "ar"), query))
    where, params = join(clauses)
    total = conn.execute(f"SELECT count(*) FROM entities WHERE {where}", params).fetchone()[0]
    rows = conn.execute(f"SELECT {', '.join(ENTITY_COLUMNS)} FROM entities WHERE {where}"
                        " ORDER BY id LIMIT ? OFFSET ?", (*params, limit, offset)).fetchall()
    return [dict(zip(ENTITY_COLUMNS, r, strict=True)) for r in rows], total


def entity_row(conn: sqlite3.Connection, entity_id: str) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(ENTITY_COLUMNS)} FROM entities WHERE id = ?",
                       (entity_id,)).fetchone()
    return dict(zip(ENTITY_COLUMNS, row, strict=True)) if row else None


def get_entity(conn: sqlite3.Connection, entity_id: str) -> dict[str, Any] | None:
    """One entity with its counts of mentions, facts and events (None if unknown)."""
    row = entity_row(conn, entity_id)
    counts = {
        "n_mentions": conn.execute("SELECT count(*) FROM mentions WHERE entity_id = ?",
                                   (entity_id,)).fetchone()[0],
        "n_facts": count_facts(conn, FactFilters(actor=entity_id)),
        "n_events": count_events(conn, EventFilters(actor=entity_id)),
    }
    if row is None and not any(counts.values()):
        return None
    base = row or {"id": entity_id, "kind": None, "en": None, "ar": None, "qid": None}
    return {**base, **counts}


def entity_table(conn: sqlite3.Connection, kind: str | None = None) -> list[dict[str, Any]]:
    """Entities mentioned in the corpus with their counts of mentions and documents, most
    mentioned first."""
    where, params = join(equals([("e.kind", kind)]))
    rows = conn.execute(
        "SELECT e.id, e.kind, e.en, e.ar, e.qid, count(*) AS mentions,"
        " count(DISTINCT m.doc_id) AS documents FROM mentions m JOIN entities e"
        f" ON e.id = m.entity_id WHERE {where} GROUP BY e.id ORDER BY mentions DESC, e.id",
        params)
    return _dicts(rows)


def document_mentions(conn: sqlite3.Connection, doc_id: str,
                      kind: str | None = None) -> list[dict[str, Any]]:
    """The mentions of one document in text order: offsets, surface, entity, resolution."""
    where, params = join(equals([("m.doc_id", doc_id), ("e.kind", kind)]))
    rows = conn.execute(
        "SELECT m.sentence, m.start, m.end, m.surface, m.entity_id, e.kind, m.resolution"
        f" FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id WHERE {where}"
        " ORDER BY m.start", params)
    return _dicts(rows)


def _dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def is_known_entity(conn: sqlite3.Connection, entity_id: str) -> bool:
    """True if the ID is an entity or appears in a fact or an event."""
    queries = ("SELECT 1 FROM entities WHERE id = ?", "SELECT 1 FROM facts WHERE subject = ?",
               "SELECT 1 FROM facts WHERE object = ?",
               "SELECT 1 FROM event_summary WHERE source = ?",
               "SELECT 1 FROM event_summary WHERE target = ?")
    return any(conn.execute(q + " LIMIT 1", (entity_id,)).fetchone() for q in queries)
