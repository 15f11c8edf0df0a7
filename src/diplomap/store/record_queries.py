"""Listing event records (one real event with its reports) with the filters of events.

The filters mean what they mean for events (`diplomap.store.filters`), read at the record
level: actor, source, target, type, quad and modality are the record's (a PER: ID: a person
of one of its mentions); a record is dated by its date, else by its first report; doc,
source_tag and lang keep the records with at least one mention in such a document.
`groups=True` shows a multilateral event once: one row per group (its first record), with
the group's participants.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from diplomap.store.evidence import doc_name, evidence_refs
from diplomap.store.filters import Clause, EventFilters, date_clause, equals, join
from diplomap.store.queries import event_text_clause, sort_order
from diplomap.store.reviews import not_wrong, record_reviews

FETCH = 500
RECORD_COLUMNS = ("id", "event_type", "mode", "source", "target", "date", "location",
                  "intensity", "quad", "modality", "group_id", "n_mentions", "n_documents",
                  "n_sources", "first_report", "last_report")
MENTION_SQL = (
    "SELECT e.id, e.doc_id, d.path, d.source, d.lang, d.published, d.url, d.title, e.source,"
    " e.target, e.source_person, e.target_person, e.date, e.mode, e.evidence, e.confidence"
    " FROM event_links l JOIN events e ON e.id = l.event_id JOIN documents d ON d.id = e.doc_id"
    " WHERE l.record_id = ? ORDER BY d.published IS NULL, d.published, e.id")
MENTION_KEYS = ("event_id", "doc_id", "doc", "source_tag", "lang", "published", "url", "title",
                "source", "target", "source_person", "target_person", "date", "mode",
                "evidence", "confidence")


def _person(column: str, person: str) -> Clause:
    return (f"id IN (SELECT l.record_id FROM event_links l JOIN events e ON e.id = l.event_id"
            f" WHERE {column})", [person] * column.count("?"))


def _side(column: str, value: str | None) -> Clause | None:
    if value is None:
        return None
    if value.startswith("PER:"):
        return _person(f"e.{column}_person = ?", value)
    return (f"{column} = ?", [value])


def _mentions_where(clause: Clause) -> Clause:
    """Records with a report (e: events) satisfying `clause`."""
    where, params = clause
    return (f"id IN (SELECT l.record_id FROM event_links l JOIN events e ON e.id = l.event_id"
            f" WHERE {where})", params)


def _review_clauses(conn: sqlite3.Connection | None, f: EventFilters) -> list[Clause | None]:
    """Confidence (some report at least), text (some report matches) and reviews (a record
    all of whose reports are wrong is left out unless `include_wrong`)."""
    clauses: list[Clause | None] = []
    if f.min_confidence is not None:
        clauses.append(_mentions_where(("e.confidence >= ?", [f.min_confidence])))
    if f.text:
        clauses.append(_mentions_where(event_text_clause(f.text, "e.")))
    if conn is not None and not f.include_wrong:
        clauses.append(not_wrong(conn, "record", "id"))
    return clauses


# The orders a records listing can be sorted in (see queries.sort_order).
RECORD_SORTS = {"date": "coalesce(date, first_report)", "source": "source",
                "target": "target", "type": "event_type", "mode": "mode",
                "intensity": "intensity", "reports": "n_documents", "location": "location"}


def _where(f: EventFilters, groups: bool, conn: sqlite3.Connection | None = None) -> Clause:
    clauses: list[Clause | None] = list(equals([
        ("event_type", f.event_type), ("quad", f.quad), ("modality", f.modality)]))
    if f.actor is not None:
        clauses.append(_person("(e.source_person = ? OR e.target_person = ?)", f.actor)
                       if f.actor.startswith("PER:") else
                       ("(source = ? OR target = ?)", [f.actor, f.actor]))
    clauses += [_side("source", f.source), _side("target", f.target),
                date_clause("coalesce(date, first_report)", f.since, f.until)]
    documents, params = join(equals([("l.doc_id", f.doc), ("d.source", f.source_tag),
                                     ("d.lang", f.lang)]))
    if params:
        clauses.append((f"id IN (SELECT l.record_id FROM event_links l JOIN documents d"
                        f" ON d.id = l.doc_id WHERE {documents})", params))
    clauses += _review_clauses(conn, f)
    if groups:
        clauses.append(("(group_id IS NULL OR id = (SELECT min(g.id) FROM event_records g"
                        " WHERE g.group_id = event_records.group_id))", []))
    return join(clauses)


def iter_event_records(conn: sqlite3.Connection, filters: EventFilters, *,
                       limit: int | None = None, offset: int = 0, groups: bool = False,
                       mentions: bool = False, sort: str | None = None
                       ) -> Iterator[dict[str, Any]]:
    """Records matching `filters`, newest first (by date, else first report), read as they
    are consumed; `mentions` adds each record's reports with their evidence texts; `sort`
    orders by another column (`RECORD_SORTS`, "-" for descending)."""
    where, params = _where(filters, groups, conn)
    order = sort_order(sort, RECORD_SORTS, "coalesce(date, first_report) IS NULL,"
                       " coalesce(date, first_report) DESC")
    cursor = conn.execute(
        f"SELECT {', '.join(RECORD_COLUMNS)} FROM event_records WHERE {where}"
        f" ORDER BY {order}, id LIMIT ? OFFSET ?",
        (*params, -1 if limit is None else limit, offset))
    while rows := cursor.fetchmany(FETCH):
        for row in rows:
            record = dict(zip(RECORD_COLUMNS, row, strict=True))
            if groups and record["group_id"]:
                record["participants"] = group_participants(conn, record["group_id"])
            if mentions:
                record["mentions"] = record_mentions(conn, record["id"])
            yield record


def list_event_records(conn: sqlite3.Connection, filters: EventFilters, *, limit: int = 50,
                       offset: int = 0, groups: bool = False,
                       sort: str | None = None) -> list[dict[str, Any]]:
    """One page of records, each with its mentions, its review and confidence (of its
    most confident report)."""
    records = list(iter_event_records(conn, filters, limit=limit, offset=offset,
                                      groups=groups, mentions=True, sort=sort))
    for record in records:
        record["confidence"] = max((m["confidence"] for m in record["mentions"]), default=None)
    return record_reviews(conn, records)


def count_event_records(conn: sqlite3.Connection, filters: EventFilters,
                        groups: bool = False) -> int:
    where, params = _where(filters, groups, conn)
    return conn.execute(f"SELECT count(*) FROM event_records WHERE {where}",
                        params).fetchone()[0]


def record_mentions(conn: sqlite3.Connection, record_id: str,
                    evidence_limit: int = 1) -> list[dict[str, Any]]:
    """The reports of one record, oldest first: document, source tag, language, date, and
    the text of the first evidence span."""
    out = []
    for row in conn.execute(MENTION_SQL, (record_id,)):
        mention = dict(zip(MENTION_KEYS, row, strict=True))
        mention["doc"] = doc_name(mention["doc"], mention["doc_id"])
        mention["evidence"] = evidence_refs(conn, mention["doc_id"], mention["evidence"],
                                            limit=evidence_limit)
        out.append(mention)
    return out


def group_participants(conn: sqlite3.Connection, group_id: str) -> list[str]:
    """The actors of a multilateral event: every side of its records."""
    rows = conn.execute("SELECT source, target FROM event_records WHERE group_id = ?",
                        (group_id,)).fetchall()
    return sorted({x for row in rows for x in row if x})


def get_event_record(conn: sqlite3.Connection, record_id: str) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(RECORD_COLUMNS)} FROM event_records WHERE id = ?",
                       (record_id,)).fetchone()
    if row is None:
        return None
    record = dict(zip(RECORD_COLUMNS, row, strict=True))
    record["mentions"] = record_mentions(conn, record_id, evidence_limit=3)
    if record["group_id"]:
        record["participants"] = group_participants(conn, record["group_id"])
        record["group"] = [r[0] for r in conn.execute(
            "SELECT id FROM event_records WHERE group_id = ? ORDER BY id", (record["group_id"],))]
    return record


def record_of_event(conn: sqlite3.Connection, event_id: str) -> str | None:
    row = conn.execute("SELECT record_id FROM event_links WHERE event_id = ?",
                       (event_id,)).fetchone()
    return row[0] if row else None


def cite_records(records: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Records as CLI rows: their fields, the documents and source tags of their reports,
    and the first evidence of each report."""
    for record in records:
        mentions = record.pop("mentions", [])
        yield {**record, "event_ids": [m["event_id"] for m in mentions],
               "documents": [m["doc"] for m in mentions],
               "source_tags": sorted({m["source_tag"] or "" for m in mentions}),
               "evidence": [{"doc": m["doc"], "start": e["start"], "end": e["end"],
                             "text": e["text"]} for m in mentions for e in m["evidence"][:1]],
               "reports": mentions}
