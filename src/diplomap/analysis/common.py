"""Shared helpers: entity names and evidence references read back from the documents."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from typing import Any

ORG_KINDS = {"organisation", "organization", "org", "alliance", "union"}
STATE_KINDS = {"state", "territory"}
_ISO3 = re.compile(r"^[A-Z]{3}$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9_]+$")


def entity_names(conn: sqlite3.Connection, ids: Iterable[str | None]) -> dict[str, dict]:
    """{id: {kind, en, ar}} for the IDs given (IDs absent from `entities` get kind guessed)."""
    wanted = sorted({i for i in ids if i})
    found: dict[str, dict] = {}
    for chunk in _chunks(wanted, 500):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
                f"SELECT id, kind, en, ar FROM entities WHERE id IN ({marks})", chunk):
            found[row[0]] = {"kind": row[1], "en": row[2], "ar": row[3]}
    for i in wanted:
        found.setdefault(i, {"kind": guess_kind(i), "en": None, "ar": None})
    return found


def guess_kind(entity_id: str) -> str:
    """Kind from the ID form of the ontology, for IDs the entities table lacks."""
    if ":" in entity_id:
        prefix = entity_id.split(":", 1)[0]
        return {"PER": "person", "LOC": "place", "ORG": "institution", "INIT": "initiative",
                "DOC": "document"}.get(prefix, "other")
    if _ISO3.match(entity_id):
        return "state"
    if _ACRONYM.match(entity_id):
        return "organisation"
    return "other"


def node_kind(kind: str | None, entity_id: str) -> str | None:
    """'state' or 'organisation' for network nodes; None for anything else."""
    kind = (kind or guess_kind(entity_id)).lower()
    if kind in STATE_KINDS:
        return "state"
    if kind in ORG_KINDS:
        return "organisation"
    return None


def evidence_refs(conn: sqlite3.Connection, doc_id: str, evidence: str | list | None,
                  limit: int | None = None) -> list[dict[str, Any]]:
    """Evidence spans of one document, each with the text of its span and sentence.

    `evidence` is the stored JSON list of {sentence, start, end}. The texts are read
    from documents.text at the offsets (SQLite's substr counts characters, as Python).
    """
    spans = _parse_evidence(evidence)
    return [ref for span in spans[:limit] if (ref := _ref(conn, doc_id, span))]


def _ref(conn: sqlite3.Connection, doc_id: str, span: dict) -> dict[str, Any] | None:
    """One reference: document metadata, span text, its sentence (one query, or two when
    the stored sentence index does not hold the span)."""
    start, end = span["start"], span["end"]
    row = conn.execute(
        "SELECT d.title, d.published, d.lang, s.idx, s.start, s.end,"
        " substr(d.text, ? + 1, ? - ?), substr(d.text, s.start + 1, s.end - s.start)"
        " FROM documents d LEFT JOIN sentences s ON s.doc_id = d.id AND s.idx = ?"
        " AND s.start <= ? AND s.end >= ? WHERE d.id = ?",
        (start, end, start, span["sentence"], start, end, doc_id)).fetchone()
    if row is None:
        return None
    title, published, lang, s_idx, s_start, s_end, text, s_text = row
    if s_idx is None:
        found = conn.execute(
            "SELECT s.idx, s.start, s.end, substr(d.text, s.start + 1, s.end - s.start)"
            " FROM sentences s JOIN documents d ON d.id = s.doc_id WHERE s.doc_id = ?"
            " AND s.start <= ? AND s.end >= ? ORDER BY s.idx LIMIT 1",
            (doc_id, start, end)).fetchone()
        s_idx, s_start, s_end, s_text = found or (None, start, end, text)
    return {"doc_id": doc_id, "start": start, "end": end, "title": title,
            "published": published, "lang": lang, "text": text, "sentence": s_idx,
            "sentence_start": s_start, "sentence_end": s_end, "sentence_text": s_text}


def _parse_evidence(evidence: str | list | None) -> list[dict[str, int]]:
    if evidence is None:
        return []
    items = json.loads(evidence) if isinstance(evidence, str) else evidence
    out = []
    for item in items if isinstance(items, list) else []:
        try:
            start, end = int(item["start"]), int(item["end"])
        except (KeyError, TypeError, ValueError):
            continue
        sentence = item.get("sentence")
        out.append({"start": start, "end": end,
                    "sentence": sentence if isinstance(sentence, int) else None})
    return out


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def placeholders(values: Iterable[Any]) -> str:
    return ",".join("?" * len(list(values)))
