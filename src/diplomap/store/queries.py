"""Listing facts and events with filters (shared by the CLI and the HTTP API)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import PurePath

FACT_COLUMNS = ["doc", "subject", "predicate", "object", "modality", "attrs", "evidence",
                "confidence"]
EVENT_COLUMNS = ["doc", "source", "event_type", "mode", "context", "target", "date",
                 "intensity", "quad", "modality", "source_person", "target_person",
                 "evidence", "confidence"]


def doc_name(path: str | None, doc_id: str) -> str:
    """The file's base name when the document came from a file, else its ID."""
    return PurePath(path).name if path else doc_id


def _evidence(text: str, spans: str) -> list[dict]:
    return [{"start": s["start"], "end": s["end"], "text": text[s["start"]:s["end"]]}
            for s in json.loads(spans)]


def _where(clauses: list[tuple[str, object]]) -> tuple[str, list]:
    used = [(sql, value) for sql, value in clauses if value not in (None, "")]
    if not used:
        return "", []
    params: list = []
    for sql, value in used:
        params += [value] * sql.count("?")
    return "WHERE " + " AND ".join(sql for sql, _ in used), params


def _page(limit: int | None, offset: int) -> str:
    return f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit else ""


def query_facts(conn: sqlite3.Connection, *, actor: str | None = None,
                predicate: str | None = None, since: str | None = None,
                until: str | None = None, source: str | None = None, doc: str | None = None,
                limit: int | None = None, offset: int = 0) -> list[dict]:
    """One row per fact and document that states it."""
    where, params = _where([
        ("(f.subject = ? OR f.object = ?)", actor), ("f.predicate = ?", predicate),
        ("d.source = ?", source), ("d.id = ?", doc),
        ("coalesce(json_extract(m.attrs, '$.date'), json_extract(m.attrs, '$.since'),"
         " d.published) >= ?", since),
        ("coalesce(json_extract(m.attrs, '$.date'), json_extract(m.attrs, '$.since'),"
         " d.published) <= ?", until),
    ])
    page = _page(limit, offset)
    rows = conn.execute(
        "SELECT f.id AS fact_id, f.subject, f.predicate, f.object, f.modality, m.attrs,"
        " m.confidence, m.evidence AS spans, d.id AS doc_id, d.path, d.text"
        " FROM fact_mentions m JOIN facts f ON f.id = m.fact_id JOIN documents d ON d.id = m.doc_id"
        f" {where} ORDER BY f.subject, f.predicate, f.object, d.published, d.id{page}", params)
    return [{"doc": doc_name(r["path"], r["doc_id"]), "doc_id": r["doc_id"],
             "fact_id": r["fact_id"], "subject": r["subject"], "predicate": r["predicate"],
             "object": r["object"], "modality": r["modality"], "attrs": json.loads(r["attrs"]),
             "evidence": _evidence(r["text"], r["spans"]), "confidence": r["confidence"]}
            for r in rows]


def query_events(conn: sqlite3.Connection, *, actor: str | None = None,
                 event_type: str | None = None, since: str | None = None,
                 until: str | None = None, source: str | None = None, doc: str | None = None,
                 limit: int | None = None, offset: int = 0) -> list[dict]:
    where, params = _where([
        ("(e.source = ? OR e.target = ?)", actor), ("e.event_type = ?", event_type),
        ("d.source = ?", source), ("d.id = ?", doc),
        ("coalesce(e.date, d.published) >= ?", since),
        ("coalesce(e.date, d.published) <= ?", until),
    ])
    page = _page(limit, offset)
    rows = conn.execute(
        "SELECT e.*, d.path, d.text, d.title, d.url, d.lang, d.published"
        " FROM events e JOIN documents d ON d.id = e.doc_id"
        f" {where} ORDER BY coalesce(e.date, d.published), e.id{page}", params)
    return [_event_row(r) for r in rows]


def _event_row(r: sqlite3.Row) -> dict:
    row = {"doc": doc_name(r["path"], r["doc_id"]), "doc_id": r["doc_id"], "id": r["id"]}
    for column in ("source", "event_type", "mode", "target", "date", "intensity", "quad",
                   "modality", "source_person", "target_person", "source_org", "location",
                   "confidence"):
        row[column] = r[column]
    row["context"] = json.loads(r["context"])
    row["evidence"] = _evidence(r["text"], r["evidence"])
    row["cite"] = {"url": r["url"], "title": r["title"], "language": r["lang"],
                   "publication": r["published"]}
    return row
