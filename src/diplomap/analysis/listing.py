"""Filtered, paginated listings of events, facts and entities (API and CLI share them)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from diplomap.analysis.common import evidence_refs

EVENT_COLUMNS = ("id", "doc_id", "source", "source_person", "source_org", "event_type", "mode",
                 "context", "target", "target_person", "date", "location", "intensity", "quad",
                 "modality", "confidence", "evidence")
_UNTIL_PAD = "~"  # after every character of an ISO date: "2015" .. "2015~" holds 2015-12-31


@dataclass(frozen=True)
class EventFilters:
    actor: str | None = None        # source or target (a PER: ID matches the persons)
    source: str | None = None
    target: str | None = None
    event_type: str | None = None
    quad: str | None = None
    modality: str | None = None
    since: str | None = None        # ISO date prefix, inclusive
    until: str | None = None        # ISO date prefix, inclusive (until=2015 keeps 2015-12)
    doc: str | None = None


def _event_where(f: EventFilters) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (("source", f.source), ("target", f.target),
                          ("event_type", f.event_type), ("quad", f.quad),
                          ("modality", f.modality), ("doc_id", f.doc)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if f.since:
        clauses.append("date >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("date <= ?")
        params.append(f.until + _UNTIL_PAD)
    return clauses, params


def _event_parts(f: EventFilters) -> list[tuple[str, list[Any]]]:
    """WHERE clauses (with params) whose union is the filter: two when `actor` is set."""
    clauses, params = _event_where(f)
    if not f.actor:
        return [(" AND ".join(clauses) or "1", params)]
    src, tgt = ("source_person", "target_person") if f.actor.startswith("PER:") else (
        "source", "target")
    first = " AND ".join([f"{src} = ?", *clauses])
    second = " AND ".join([f"{tgt} = ?", f"{src} IS NOT ?", *clauses])
    return [(first, [f.actor, *params]), (second, [f.actor, f.actor, *params])]


def list_events(conn: sqlite3.Connection, filters: EventFilters, *, limit: int = 50,
                offset: int = 0, with_evidence: bool = False) -> list[dict[str, Any]]:
    """Events matching `filters`, newest first (undated last), stable across pages."""
    cols = ", ".join(EVENT_COLUMNS)
    parts = _event_parts(filters)
    sql = " UNION ALL ".join(
        f"SELECT * FROM (SELECT rowid AS rid, {cols} FROM events WHERE {where}"
        " ORDER BY date DESC, rowid DESC LIMIT ?)" for where, _ in parts)
    params = [p for _, ps in parts for p in (*ps, offset + limit)]
    rows = conn.execute(f"SELECT {cols} FROM ({sql}) ORDER BY date DESC, rid DESC"
                        " LIMIT ? OFFSET ?", (*params, limit, offset)).fetchall()
    events = [_event_dict(row) for row in rows]
    if with_evidence:
        for event in events:
            refs = evidence_refs(conn, event["doc_id"], event["evidence"], limit=1)
            event["evidence_text"] = refs[0]["text"] if refs else None
    return events


def iter_events(conn: sqlite3.Connection, filters: EventFilters,
                max_rows: int) -> Iterator[dict[str, Any]]:
    """Events matching `filters` for export, in pages (newest first)."""
    offset, page = 0, 1000
    while offset < max_rows:
        rows = list_events(conn, filters, limit=min(page, max_rows - offset), offset=offset)
        yield from rows
        if len(rows) < page:
            return
        offset += page


def count_events(conn: sqlite3.Connection, filters: EventFilters) -> int:
    """How many events match. With an actor: as source + as target - as both, three
    counts that the (source|target, type, date) indexes answer without reading rows."""
    def count(where: str, params: list[Any]) -> int:
        return conn.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]

    clauses, params = _event_where(filters)
    if not filters.actor:
        return count(" AND ".join(clauses) or "1", params)
    src, tgt = ("source_person", "target_person") if filters.actor.startswith("PER:") else (
        "source", "target")
    a = filters.actor
    return (count(" AND ".join([f"{src} = ?", *clauses]), [a, *params])
            + count(" AND ".join([f"{tgt} = ?", *clauses]), [a, *params])
            - count(" AND ".join([f"{src} = ?", f"{tgt} = ?", *clauses]), [a, a, *params]))


def _event_dict(row: sqlite3.Row | tuple) -> dict[str, Any]:
    event = dict(zip(EVENT_COLUMNS, row, strict=True))
    for key in ("context", "evidence"):
        try:
            event[key] = json.loads(event[key] or "[]")
        except ValueError:
            event[key] = []
    return event


@dataclass(frozen=True)
class FactFilters:
    subject: str | None = None
    predicate: str | None = None
    object: str | None = None
    entity: str | None = None       # subject or object
    modality: str | None = None
    doc: str | None = None          # facts stated in this document


def _fact_where(f: FactFilters) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (("subject", f.subject), ("predicate", f.predicate),
                          ("object", f.object), ("modality", f.modality)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if f.entity is not None:
        clauses.append("(subject = ? OR object = ?)")
        params += [f.entity, f.entity]
    if f.doc is not None:
        clauses.append("id IN (SELECT fact_id FROM fact_mentions WHERE doc_id = ?)")
        params.append(f.doc)
    return " AND ".join(clauses) or "1", params


def list_facts(conn: sqlite3.Connection, filters: FactFilters, *, limit: int = 50,
               offset: int = 0, evidence_limit: int = 1) -> list[dict[str, Any]]:
    from diplomap.analysis.profile import add_support_all

    where, params = _fact_where(filters)
    rows = conn.execute(
        f"SELECT id, subject, predicate, object, modality FROM facts WHERE {where}"
        " ORDER BY subject, predicate, object, id LIMIT ? OFFSET ?",
        (*params, limit, offset)).fetchall()
    facts = [{"fact_id": r[0], "subject": r[1], "predicate": r[2], "object": r[3],
              "modality": r[4]} for r in rows]
    add_support_all(conn, facts, evidence_limit)
    return facts


def count_facts(conn: sqlite3.Connection, filters: FactFilters) -> int:
    where, params = _fact_where(filters)
    return conn.execute(f"SELECT count(*) FROM facts WHERE {where}", params).fetchone()[0]


def list_entities(conn: sqlite3.Connection, *, kind: str | None = None,
                  query: str | None = None, limit: int = 100,
                  offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Entities (by kind, or whose ID or name contains `query`) and the total count."""
    clauses: list[str] = []
    params: list[Any] = []
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    if query:
        clauses.append("(id LIKE '%' || ? || '%' OR en LIKE '%' || ? || '%'"
                       " OR ar LIKE '%' || ? || '%')")
        params += [query, query, query]
    where = "WHERE " + " AND ".join(clauses) if clauses else ""
    total = conn.execute(f"SELECT count(*) FROM entities {where}", params).fetchone()[0]
    rows = conn.execute(f"SELECT id, kind, en, ar, qid FROM entities {where} ORDER BY id"
                        " LIMIT ? OFFSET ?", (*params, limit, offset)).fetchall()
    return [dict(zip(("id", "kind", "en", "ar", "qid"), r, strict=True)) for r in rows], total


def get_entity(conn: sqlite3.Connection, entity_id: str) -> dict[str, Any] | None:
    """One entity with its counts of mentions, facts and events (None if unknown)."""
    row = conn.execute("SELECT id, kind, en, ar, qid FROM entities WHERE id = ?",
                       (entity_id,)).fetchone()
    counts = {
        "n_mentions": conn.execute("SELECT count(*) FROM mentions WHERE entity_id = ?",
                                   (entity_id,)).fetchone()[0],
        "n_facts": conn.execute("SELECT count(*) FROM facts WHERE subject = ? OR object = ?",
                                (entity_id, entity_id)).fetchone()[0],
        "n_events": count_events(conn, EventFilters(actor=entity_id)),
    }
    if row is None and not any(counts.values()):
        return None
    base = dict(zip(("id", "kind", "en", "ar", "qid"), row, strict=True)) if row else {
        "id": entity_id, "kind": None, "en": None, "ar": None, "qid": None}
    return {**base, **counts}
