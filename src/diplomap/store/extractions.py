"""Writing a document's mentions, facts and events (one transaction per document)."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter

from diplomap.extract.model import Event, Extraction, Fact
from diplomap.ontology import ontology
from diplomap.store.db import transaction
from diplomap.store.jsontext import dumps_attrs, dumps_evidence, dumps_strings
from diplomap.store.records import (
    Grouping,
    forget_decoded,
    forget_document,
    group_documents,
    link_rows,
    store_links,
)

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


def _evidence(items: list) -> list[dict]:
    return [{"sentence": e.sentence, "start": e.start, "end": e.end} for e in items]


@dataclass
class ExtractionRows:
    """The rows one document's extraction writes, column name -> value, in insertion order.

    Built without a database (`extraction_rows`), so that the store and the batch engines
    (`diplomap.scale`) write the same rows with the same IDs."""

    entities: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    fact_mentions: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)


def extraction_rows(doc_id: str, mentions: list, result: Extraction, entities: list[dict]
                    ) -> ExtractionRows:
    """The rows of one document's extraction, deduplicated as the table keys require: the
    first mention per span and entity; a fact stated twice in the document is one fact
    mention (attributes of the first statement win, evidence of both); an event ID seen
    twice keeps its last reading."""
    return _extraction_rows(doc_id, mentions, result, entities)[0]


def _extraction_rows(doc_id: str, mentions: list, result: Extraction, entities: list[dict]
                     ) -> tuple[ExtractionRows, dict[str, list[dict]]]:
    """`extraction_rows`, and each event's evidence by event ID as its JSON was written."""
    rows = ExtractionRows(entities=[dict(e) for e in entities])
    spans: set[tuple] = set()
    for m in mentions:
        if (m.start, m.end, m.entity_id) not in spans:
            spans.add((m.start, m.end, m.entity_id))
            rows.mentions.append({"doc_id": doc_id, "sentence": m.sentence, "start": m.start,
                                  "end": m.end, "surface": m.text, "entity_id": m.entity_id,
                                  "resolution": m.resolution})
    stated: dict[str, dict] = {}
    for fact in result.facts:
        fid = fact_id(fact)
        if fid in stated:  # the same fact stated with other attributes in the same document
            first = stated[fid]
            first["attrs"] = {**fact.attrs, **first["attrs"]}
            first["evidence"] = first["evidence"] + _evidence(fact.evidence)
            continue
        rows.facts.append({"id": fid, "subject": fact.subject, "predicate": fact.predicate,
                           "object": fact.object, "modality": fact.modality})
        stated[fid] = {"fact_id": fid, "doc_id": doc_id, "attrs": dict(fact.attrs),
                       "confidence": fact.confidence, "evidence": _evidence(fact.evidence)}
    rows.fact_mentions = [{**m, "attrs": dumps_attrs(m["attrs"]),
                           "evidence": dumps_evidence(m["evidence"])} for m in stated.values()]
    events: dict[str, dict] = {}
    evidence_by_event: dict[str, list[dict]] = {}
    for event in result.events:
        evidence = _evidence(event.evidence)
        row = _event_row(doc_id, event, evidence)
        events.pop(row["id"], None)  # a replaced row goes last, as INSERT OR REPLACE puts it
        events[row["id"]] = row
        evidence_by_event[row["id"]] = evidence
    rows.events = list(events.values())
    return rows, evidence_by_event


def _event_row(doc_id: str, event: Event, evidence: list[dict]) -> dict:
    return {"id": event_id(doc_id, event), "doc_id": doc_id, "source": event.source,
            "source_person": event.source_person, "source_org": event.source_org,
            "event_type": event.event_type, "mode": event.mode,
            "context": dumps_strings(event.context), "target": event.target,
            "target_person": event.target_person, "date": event.date,
            "location": event.location, "intensity": event.intensity, "quad": event.quad,
            "modality": event.modality, "confidence": event.confidence,
            "evidence": dumps_evidence(evidence)}


@dataclass
class DocumentExtraction:
    """What one document's extraction writes: its rows and, when an extraction worker
    computed them (`prepare_extraction`), its event_links rows (`records.link_rows`), so
    that the single writer only inserts them."""

    doc_id: str
    rows: ExtractionRows
    links: list[tuple] | None = None


def prepare_extraction(doc_id: str, text: str, lang: str, published: str | None,
                       mentions: list, result: Extraction, entities: list[dict]
                       ) -> DocumentExtraction:
    """Everything a document's save writes that depends on the document alone (row IDs,
    JSON, MinHash signatures), computed outside the writer. The links read each event's
    evidence as it was before its JSON was written, not decoded again."""
    rows, evidence_by_event = _extraction_rows(doc_id, mentions, result, entities)
    events = sorted((e["id"], e["event_type"], e["source"], e["target"], e["modality"],
                     e["date"], evidence_by_event[e["id"]], e["source_person"], e["target_person"],
                     e["location"]) for e in rows.events)
    sentence_entities = {(m["sentence"], m["entity_id"]) for m in rows.mentions}
    links = link_rows(doc_id, text, lang, published, sorted(sentence_entities), events)
    return DocumentExtraction(doc_id, rows, links)


def save_extraction(conn: sqlite3.Connection, doc_id: str, mentions: list, result: Extraction,
                    entities: list[dict]) -> None:
    """Replace what was extracted from `doc_id` by `result`, atomically, and group its events
    into event records."""
    rows = extraction_rows(doc_id, mentions, result, entities)
    save_extractions(conn, [DocumentExtraction(doc_id, rows)])


def save_extractions(conn: sqlite3.Connection, batch: Iterable[DocumentExtraction]) -> None:
    """Save a batch of documents' extractions in one transaction: a kill leaves each of them
    whole or absent (absent ones are still pending, and a re-run extracts them). Each is
    written in turn, then their events are grouped once for the batch (`group_documents`):
    the database is the one a transaction per document gives."""
    try:
        with transaction(conn):
            dropped: set[str] = set()
            groupings: list[Grouping] = []
            inserts = PendingInserts()
            for item in batch:
                dropped |= _fact_ids(conn, item.doc_id)
                # a document with nothing stored yet waits to be inserted with the next ones
                if item.links is not None and inserts.defer(
                        conn, item.doc_id, item.rows, item.links, _stamp(item.doc_id)):
                    groupings.append(Grouping(item.doc_id, [], item.links))
                    continue
                inserts.flush(conn)  # what is pending is written before rows are replaced
                write_extraction(conn, item.doc_id, item.rows, links=item.links,
                                 groupings=groupings)
            inserts.flush(conn)
            group_documents(conn, groupings)
            _delete_orphan_facts(conn, dropped)
    except BaseException:
        forget_decoded(conn)  # rolled back: what the grouping decoded may not be stored
        raise


def _fact_ids(conn: sqlite3.Connection, doc_id: str) -> set[str]:
    return {r[0] for r in conn.execute("SELECT fact_id FROM fact_mentions WHERE doc_id = ?",
                                       (doc_id,))}


def _delete_orphan_facts(conn: sqlite3.Connection, candidates: set[str]) -> None:
    """Drop the facts among `candidates` (those the documents stated before) that no
    document states any more: only they can have lost their last mention, so the whole
    facts table is not scanned at every save."""
    conn.executemany(
        "DELETE FROM facts WHERE id = ? AND NOT EXISTS"
        " (SELECT 1 FROM fact_mentions WHERE fact_id = facts.id)",
        [(fid,) for fid in sorted(candidates)])


def write_extraction(conn: sqlite3.Connection, doc_id: str, rows: ExtractionRows,
                     extractor: str = EXTRACTOR_VERSION,
                     links: list[tuple] | None = None,
                     groupings: list[Grouping] | None = None) -> None:
    """Replace the extraction of `doc_id` by `rows` and regroup its events into event records
    (inside the caller's transaction; `links`: its `prepare_extraction` links; `groupings`:
    the regrouping is appended there, for the caller to do with other documents')."""
    seeds = forget_document(conn, doc_id)
    _clear(conn, doc_id)
    _insert_rows(conn, rows.entities, rows.mentions, rows.facts, rows.fact_mentions,
                 rows.events)
    grouping = Grouping(doc_id, seeds, store_links(conn, doc_id, links))
    if groupings is None:  # the event records across documents
        group_documents(conn, [grouping])
    else:
        groupings.append(grouping)
    conn.execute(_STAMP, _stamp(doc_id, extractor))


_STAMP = "UPDATE documents SET extracted_at = ?, extractor = ? WHERE id = ?"


def _stamp(doc_id: str, extractor: str = EXTRACTOR_VERSION) -> tuple[str, str, str]:
    """The parameters of `_STAMP`: now, the extractor, the document."""
    return datetime.now(UTC).isoformat(timespec="seconds"), extractor, doc_id


def _insert_rows(conn: sqlite3.Connection, entities: list[dict], mentions: list[dict],
                 facts: list[dict], fact_mentions: list[dict], events: list[dict]) -> None:
    # a batch's documents name the same few entities: the first row of each is the one
    # INSERT OR IGNORE keeps (an ignored row takes no rowid), so the others need no insert
    _insert(conn, "INSERT OR IGNORE", "entities", _ENTITY_COLUMNS, first_of_each_id(entities))
    _insert(conn, "INSERT OR IGNORE", "mentions", _MENTION_COLUMNS, mentions)
    # a fact stated by several documents keeps the orientation of the first one stored
    _insert(conn, "INSERT OR IGNORE", "facts", _FACT_COLUMNS, facts)
    _insert(conn, "INSERT", "fact_mentions", _FACT_MENTION_COLUMNS, fact_mentions)
    _insert(conn, "INSERT OR REPLACE", "events", _EVENT_COLUMNS, events)


_ENTITY_COLUMNS = ("id", "kind", "en", "ar", "qid")
_MENTION_COLUMNS = ("doc_id", "sentence", "start", "end", "surface", "entity_id", "resolution")
_FACT_COLUMNS = ("id", "subject", "predicate", "object", "modality")
_FACT_MENTION_COLUMNS = ("fact_id", "doc_id", "attrs", "confidence", "evidence")
_EVENT_COLUMNS = ("id", "doc_id", "source", "source_person", "source_org", "event_type", "mode",
                  "context", "target", "target_person", "date", "location", "intensity", "quad",
                  "modality", "confidence", "evidence")


def _insert(conn: sqlite3.Connection, verb: str, table: str, columns: tuple[str, ...],
            rows: list[dict]) -> None:
    """`verb` INTO `table` the `columns` of `rows`, bound by position: a named parameter is
    looked up in its row by name for every value (10,000 documents' mentions and events:
    0.6 s of the writer's CPU)."""
    conn.executemany(f"{verb} INTO {table} ({', '.join(columns)})"
                     f" VALUES ({', '.join('?' * len(columns))})", map(itemgetter(*columns), rows))


def first_of_each_id(rows: list[dict]) -> list[dict]:
    """The first row of each "id" in `rows`, in their order."""
    first: dict[str, dict] = {}
    for row in rows:
        first.setdefault(row["id"], row)
    return list(first.values())


_STORED_ANY = ("SELECT EXISTS (SELECT 1 FROM mentions WHERE doc_id = ?1)"
               " OR EXISTS (SELECT 1 FROM fact_mentions WHERE doc_id = ?1)"
               " OR EXISTS (SELECT 1 FROM events WHERE doc_id = ?1)"
               " OR EXISTS (SELECT 1 FROM event_links WHERE doc_id = ?1)")


class PendingInserts:
    """The rows of a run of documents with nothing stored yet, inserted table by table with
    one statement each (`flush`) instead of a statement per table and document.

    Such a document's forgetting and clearing would change nothing, so its inserts can wait
    for the next document's: each table then receives the same rows in the same order as
    document by document (entities and facts keep the first one, the event summaries their
    first samples), and the database is the same. A document with something stored (read
    again) flushes what is pending before its own rows are replaced."""

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self.entities: list[dict] = []
        self.mentions: list[dict] = []
        self.facts: list[dict] = []
        self.fact_mentions: list[dict] = []
        self.events: list[dict] = []
        self.links: list[tuple] = []
        self.stamps: list[tuple[str, str, str]] = []
        self.docs: set[str] = set()

    def defer(self, conn: sqlite3.Connection, doc_id: str, rows: ExtractionRows,
              links: list[tuple], stamp: tuple[str, str, str]) -> bool:
        """Keep `doc_id`'s rows for `flush` if nothing of it is stored or pending; whether
        they were kept."""
        if doc_id in self.docs or conn.execute(_STORED_ANY, (doc_id,)).fetchone()[0]:
            return False
        self.docs.add(doc_id)
        self.entities += rows.entities
        self.mentions += rows.mentions
        self.facts += rows.facts
        self.fact_mentions += rows.fact_mentions
        self.events += rows.events
        self.links += links
        self.stamps.append(stamp)
        return True

    def flush(self, conn: sqlite3.Connection) -> None:
        """Insert what is pending (inside the caller's transaction)."""
        if not self.docs:
            return
        _insert_rows(conn, self.entities, self.mentions, self.facts, self.fact_mentions,
                     self.events)
        store_links(conn, "", self.links)
        conn.executemany(_STAMP, self.stamps)
        self._reset()


def _clear(conn: sqlite3.Connection, doc_id: str) -> None:
    for table in ("mentions", "fact_mentions", "events"):
        conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))


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
