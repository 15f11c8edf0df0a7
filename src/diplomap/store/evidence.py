"""Reading evidence and names back: spans with their sentences, documents of listed rows.

Evidence is stored as a JSON list of {sentence, start, end} character offsets into
documents.text (SQLite's substr counts characters, as Python does).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import PurePath
from typing import Any

from diplomap.store.filters import placeholders

CHUNK = 500  # IDs per `IN (...)` list


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of `size` items (the last one shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def doc_name(path: str | None, doc_id: str) -> str:
    """The file's base name when the document came from a file, else its ID."""
    return PurePath(path).name if path else doc_id


LABEL_WORDS = 8  # words of the text that name a document without a title


def doc_label(title: str | None, path: str | None, text: str | None) -> str | None:
    """What to call a document: its title, unless the title is only its file's stem (what
    ingest falls back to); then its first words; None when it has no text either."""
    stem = PurePath(path).stem if path else None
    if title and title.strip() and title.strip() != stem:
        return title.strip()
    words = (text or "").split()
    if not words:
        return None
    return " ".join(words[:LABEL_WORDS]) + ("…" if len(words) > LABEL_WORDS else "")


def document_items(conn: sqlite3.Connection, doc_id: str) -> dict[str, list[dict[str, Any]]]:
    """The facts and events one document states, each with its evidence spans, in the
    order of their first span."""
    facts = [{"kind": "fact", "id": r[0], "subject": r[1], "predicate": r[2], "object": r[3],
              "modality": r[4], "attrs": json.loads(r[5] or "{}"), "confidence": r[6],
              "spans": parse_evidence(r[7])}
             for r in conn.execute(
                 "SELECT f.id, f.subject, f.predicate, f.object, f.modality, m.attrs,"
                 " m.confidence, m.evidence FROM fact_mentions m JOIN facts f ON f.id = m.fact_id"
                 " WHERE m.doc_id = ?", (doc_id,))]
    events = [{"kind": "event", "id": r[0], "source": r[1], "target": r[2], "event_type": r[3],
               "mode": r[4], "date": r[5], "location": r[6], "quad": r[7], "modality": r[8],
               "intensity": r[9], "confidence": r[10], "spans": parse_evidence(r[11])}
              for r in conn.execute(
                  "SELECT id, source, target, event_type, mode, date, location, quad, modality,"
                  " intensity, confidence, evidence FROM events WHERE doc_id = ?", (doc_id,))]
    return {"facts": sorted(facts, key=_first_span), "events": sorted(events, key=_first_span)}


def _first_span(item: dict[str, Any]) -> tuple[int, str]:
    return (item["spans"][0]["start"] if item["spans"] else -1, item["id"])


def entity_rows(conn: sqlite3.Connection, ids: Iterable[str | None]) -> dict[str, dict]:
    """{id: {kind, en, ar}} of the IDs found in the entities table."""
    wanted = sorted({i for i in ids if i})
    found: dict[str, dict] = {}
    for chunk in batched(wanted, CHUNK):
        for row in conn.execute(
                f"SELECT id, kind, en, ar FROM entities WHERE id IN ({placeholders(chunk)})",
                chunk):
            found[row[0]] = {"kind": row[1], "en": row[2], "ar": row[3]}
    return found


def evidence_refs(conn: sqlite3.Connection, doc_id: str, evidence: str | list | None,
                  limit: int | None = None) -> list[dict[str, Any]]:
    """Evidence spans of one document, each with the text of its span and sentence."""
    spans = parse_evidence(evidence)
    return [ref for span in spans[:limit] if (ref := _ref(conn, doc_id, span))]


def _ref(conn: sqlite3.Connection, doc_id: str, span: dict) -> dict[str, Any] | None:
    """One reference: document metadata, span text, its sentence (one query, or two when
    the stored sentence index does not hold the span)."""
    start, end = span["start"], span["end"]
    row = conn.execute(
        "SELECT d.title, d.path, d.source, d.published, d.lang, s.idx, s.start, s.end,"
        " substr(d.text, ? + 1, ? - ?), substr(d.text, s.start + 1, s.end - s.start),"
        " substr(d.text, 1, 300) FROM documents d"
        " LEFT JOIN sentences s ON s.doc_id = d.id AND s.idx = ?"
        " AND s.start <= ? AND s.end >= ? WHERE d.id = ?",
        (start, end, start, span["sentence"], start, end, doc_id)).fetchone()
    if row is None:
        return None
    title, path, source, published, lang, s_idx, s_start, s_end, text, s_text, head = row
    if s_idx is None:
        found = conn.execute(
            "SELECT s.idx, s.start, s.end, substr(d.text, s.start + 1, s.end - s.start)"
            " FROM sentences s JOIN documents d ON d.id = s.doc_id WHERE s.doc_id = ?"
            " AND s.start <= ? AND s.end >= ? ORDER BY s.idx LIMIT 1",
            (doc_id, start, end)).fetchone()
        s_idx, s_start, s_end, s_text = found or (None, start, end, text)
    return {"doc_id": doc_id, "start": start, "end": end, "title": title,
            "label": doc_label(title, path, head), "source": source, "published": published,
            "lang": lang, "text": text, "sentence": s_idx,
            "sentence_start": s_start, "sentence_end": s_end, "sentence_text": s_text}


def parse_evidence(evidence: str | list | None) -> list[dict[str, Any]]:
    """The well-formed spans of a stored evidence list (JSON text or already parsed)."""
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


def span_texts(text: str, evidence: str | list | None) -> list[dict[str, Any]]:
    """[{start, end, text}] of each evidence span, read from the document's text."""
    return [{"start": s["start"], "end": s["end"], "text": text[s["start"]:s["end"]]}
            for s in parse_evidence(evidence)]


def with_documents(conn: sqlite3.Connection, rows: Iterable[dict[str, Any]],
                   batch: int = CHUNK) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(row, its document) for each row with a `doc_id`, reading documents a batch at a time
    (only one batch of texts is held in memory)."""
    for chunk in batched(rows, batch):
        ids = sorted({r["doc_id"] for r in chunk})
        docs = {r[0]: dict(r) for r in conn.execute(
            "SELECT id, path, title, url, lang, published, text FROM documents"
            f" WHERE id IN ({placeholders(ids)})", ids)}
        for row in chunk:
            yield row, docs.get(row["doc_id"]) or {"id": row["doc_id"], "path": None,
                                                   "title": None, "url": None, "lang": None,
                                                   "published": None, "text": ""}
