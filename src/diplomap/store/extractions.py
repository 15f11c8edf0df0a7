"""Writing a document's mentions, facts and events (one transaction per document)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from diplomap.extract.model import Event, Extraction, Fact
from diplomap.ontology import ontology
from diplomap.store.db import transaction
from diplomap.store.records import forget_document, group_document

EXTRACTOR_VERSION = "rules-1"


def fact_id(fact: Fact) -> str:
    subject, obj = fact.subject, fact.object
    if fact.predicate in ontology().symmetric:
        subject, obj = sorted((subject, obj))
    raw = "\x1f".join((subject, fact.predicate, obj, fact.modality))
    return hashlib.sha1(raw.encode()).hexdigest()[:16]


def event_id(doc_id: str, event: Event) -> str:
    raw = "\x1f".join(str(x) for x in (doc_id, *event.key, event.mode))
    return hashlib.sha1(raw.encode()).hexdigest()[:16]


def _evidence(items: list) -> str:
    return json.dumps([{"sentence": e.sentence, "start": e.start, "end": e.end} for e in items])


def save_extraction(conn: sqlite3.Connection, doc_id: str, mentions: list, result: Extraction,
                    entities: list[dict], vectors: dict[str, bytes] | None = None) -> None:
    """Replace what was extracted from `doc_id` by `result`, atomically, and group its events
    into event records (`vectors`: `records.extraction_vectors` of the document, when an
    extraction worker computed them)."""
    with transaction(conn):
        seeds = forget_document(conn, doc_id)
        _clear(conn, doc_id)
        conn.executemany(
            "INSERT OR IGNORE INTO entities (id, kind, en, ar, qid) VALUES "
            "(:id, :kind, :en, :ar, :qid)", entities)
        conn.executemany(
            "INSERT OR IGNORE INTO mentions (doc_id, sentence, start, end, surface, entity_id,"
            " resolution) VALUES (?,?,?,?,?,?,?)",
            [(doc_id, m.sentence, m.start, m.end, m.text, m.entity_id, m.resolution)
             for m in mentions])
        for fact in result.facts:
            _insert_fact(conn, doc_id, fact)
        for event in result.events:
            _insert_event(conn, doc_id, event)
        conn.execute("DELETE FROM facts WHERE id NOT IN (SELECT fact_id FROM fact_mentions)")
        group_document(conn, doc_id, seeds, vectors)  # the event records across documents
        conn.execute("UPDATE documents SET extracted_at = ?, extractor = ? WHERE id = ?",
                     (datetime.now(UTC).isoformat(timespec="seconds"), EXTRACTOR_VERSION, doc_id))


def _clear(conn: sqlite3.Connection, doc_id: str) -> None:
    for table in ("mentions", "fact_mentions", "events"):
        conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))


def _insert_fact(conn: sqlite3.Connection, doc_id: str, fact: Fact) -> None:
    fid = fact_id(fact)
    conn.execute("INSERT OR IGNORE INTO facts (id, subject, predicate, object, modality)"
                 " VALUES (?,?,?,?,?)",
                 (fid, fact.subject, fact.predicate, fact.object, fact.modality))
    row = conn.execute("SELECT attrs, evidence FROM fact_mentions WHERE fact_id = ? AND doc_id = ?",
                       (fid, doc_id)).fetchone()
    if row:  # the same fact stated with other attributes in the same document
        attrs = {**fact.attrs, **json.loads(row["attrs"])}
        evidence = json.loads(row["evidence"]) + json.loads(_evidence(fact.evidence))
        conn.execute("UPDATE fact_mentions SET attrs = ?, evidence = ? WHERE fact_id = ? AND "
                     "doc_id = ?", (json.dumps(attrs, ensure_ascii=False), json.dumps(evidence),
                                    fid, doc_id))
        return
    conn.execute("INSERT INTO fact_mentions (fact_id, doc_id, attrs, confidence, evidence)"
                 " VALUES (?,?,?,?,?)",
                 (fid, doc_id, json.dumps(fact.attrs, ensure_ascii=False), fact.confidence,
                  _evidence(fact.evidence)))


def _insert_event(conn: sqlite3.Connection, doc_id: str, event: Event) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO events (id, doc_id, source, source_person, source_org, event_type,"
        " mode, context, target, target_person, date, location, intensity, quad, modality,"
        " confidence, evidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (event_id(doc_id, event), doc_id, event.source, event.source_person, event.source_org,
         event.event_type, event.mode, json.dumps(event.context), event.target,
         event.target_person, event.date, event.location, event.intensity, event.quad,
         event.modality, event.confidence, _evidence(event.evidence)))


def pending_documents(conn: sqlite3.Connection, force: bool = False) -> list[str]:
    """IDs of the documents not yet extracted (all of them with `force`)."""
    where = "" if force else "WHERE extracted_at IS NULL"
    return [r[0] for r in conn.execute(f"SELECT id FROM documents {where} ORDER BY id")]


def stored_texts(conn: sqlite3.Connection, doc_ids: Iterable[str]
                 ) -> Iterator[tuple[str, str, str, str | None]]:
    """(id, text, lang, published) of each stored document in `doc_ids` (missing ones skipped)."""
    for doc_id in doc_ids:
        row = conn.execute("SELECT text, lang, published FROM documents WHERE id = ?",
                           (doc_id,)).fetchone()
        if row is not None:
            yield doc_id, row["text"], row["lang"], row["published"]
