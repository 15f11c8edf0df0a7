"""JSON endpoints under /api. Every parameter is validated (bad input: 4xx with a message)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from os import PathLike
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, Field

from diplomap import analysis as an
from diplomap.ontology import ontology
from diplomap.store import (
    DocumentFilters,
    EventFilters,
    FactFilters,
    connect,
    corpus_status,
    count_documents,
    count_events,
    count_facts,
    get_document,
    get_sentences,
    iter_events,
    list_documents,
    list_events,
    list_facts,
)
from diplomap.store.analytics import event_ids_at
from diplomap.store.evidence import doc_label, document_items
from diplomap.store.export import (
    BOM,
    EVENT_EXPORT_COLUMNS,
    FACT_EXPORT_COLUMNS,
    export_events,
    export_facts,
)
from diplomap.store.filters import DATE_RULE
from diplomap.store.names import resolve_entity, suggest
from diplomap.store.overview import corpus_overview, events_by_ids, record_anchor_events
from diplomap.store.queries import (
    EVENT_SORTS,
    get_entity,
    is_known_entity,
    iter_fact_mentions,
    list_entities,
    sort_order,
)
from diplomap.store.record_queries import (
    RECORD_COLUMNS,
    RECORD_SORTS,
    count_event_records,
    get_event_record,
    iter_event_records,
    list_event_records,
)
from diplomap.store.reviews import ReviewError, add_review, list_reviews, record_reviews
from diplomap.store.search import KINDS as SEARCH_KINDS
from diplomap.store.search import search as search_all
from diplomap.web.vocabulary import EntityKind, EventType, Modality, Predicate, Quad

router = APIRouter(prefix="/api")

ID_PATTERN = r"^[A-Za-z0-9_:.\-]{1,80}$"
DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
DOC_PATTERN = r"^[A-Za-z0-9_.\-]{1,200}$"
EXPORT_MAX = 100_000


EntityId = Annotated[str, Path(pattern=ID_PATTERN, description="Entity ID, e.g. KAZ, SCO")]
EntityName = Annotated[str, Path(min_length=1, max_length=120, description=(
    "Entity ID in any case (KAZ, kaz, SCO) or name in Arabic or English (Kazakhstan, "
    "كازاخستان, لكازاخستان): resolved as the CLI resolves it"))]
OptName = Annotated[str | None, Query(max_length=120, description=(
    "Entity ID or name (resolved as the CLI resolves it)"))]
VectorsJson = Annotated[str | None, Query(max_length=20000, description=(
    "An edited grouping as JSON, same schema as a --vectors YAML file: "
    '{"vectors": [{"id", "name": {"en", "ar"}, "members": [IDs]}], "other": {...}}; '
    "default: the focal state's own vectors"))]
OptId = Annotated[str | None, Query(pattern=ID_PATTERN)]
OptDate = Annotated[str | None, Query(pattern=DATE_PATTERN, description=DATE_RULE)]
OptDoc = Annotated[str | None, Query(pattern=DOC_PATTERN,
                                     description="Document ID, ID prefix or file name")]
OptSide = Annotated[str | None, Query(pattern=ID_PATTERN,
                                      description="Entity ID (a PER: ID matches the person)")]
OptTag = Annotated[str | None, Query(max_length=200,
                                     description="Source tag the documents were ingested with")]
Lang = Literal["ar", "en", "ru", "other"]
F = TypeVar("F", DocumentFilters, EventFilters, FactFilters)
EXPORT_CHUNK = 65536  # characters per chunk of a download
FILTERS_NOTE = ("Filters combine with AND. actor: the source or the target (the subject or "
                "the object of a fact); a PER: ID matches the persons. since/until: "
                + DATE_RULE + ". doc, source_tag, lang: of the document stating the item.")
Limit = Annotated[int, Query(ge=1, le=500)]
Count = Annotated[Literal["records", "mentions"], Query(
    description="records: one per real event however many articles report it; mentions: "
                "one per document item (the count before event records)")]
Groups = Annotated[bool, Query(description="Show a multilateral event (records sharing a "
                                           "group_id) once, with its participants")]
RECORD_EXPORT_COLUMNS = (*RECORD_COLUMNS, "event_ids", "documents", "source_tags")
Offset = Annotated[int, Query(ge=0, le=100_000)]


# --- issue 14: confidence, reviews, sorting, exports and search (types; routes at the end) ----

def _trust(min_confidence: Annotated[float | None, Query(ge=0, le=1, description=(
               "Keep the items whose confidence (the extractor's, calibrated on the dev set) "
               "is at least this"))] = None,
           include_wrong: Annotated[bool, Query(description=(
               "Keep the items an analyst reviewed wrong (left out by default)"))] = False,
           text: Annotated[str | None, Query(max_length=200, description=(
               "Words of the evidence sentence (as search reads them) or part of the name "
               "of a side, a person or the location"))] = None) -> dict[str, Any]:
    return {"min_confidence": min_confidence, "include_wrong": include_wrong,
            "text": text or None}


def _fact_trust(min_confidence: Annotated[float | None, Query(ge=0, le=1, description=(
                    "Keep the facts with a statement at least this confident"))] = None,
                include_wrong: Annotated[bool, Query(description=(
                    "Keep the facts an analyst reviewed wrong (left out by default)"))] = False
                ) -> dict[str, Any]:
    return {"min_confidence": min_confidence, "include_wrong": include_wrong}


Trust = Annotated[dict[str, Any] | None, Depends(_trust)]
FactTrust = Annotated[dict[str, Any] | None, Depends(_fact_trust)]
SORT_HELP = "Order by this column, descending with a leading '-' (e.g. -intensity): "
EventSort = Annotated[str | None, Query(max_length=20, description=SORT_HELP + ", ".join(
    EVENT_SORTS))]
RecordSort = Annotated[str | None, Query(max_length=20, description=SORT_HELP + ", ".join(
    RECORD_SORTS))]
NamesLang = Annotated[Literal["ar", "en"], Query(description=(
    "Language of the names and labels in the download (the interface's)"))]
REVIEWER_HEADER = "X-Diplomap-Reviewer"
T = TypeVar("T")


def _sorted(make: Callable[[], T]) -> T:
    """`make()`, a 422 when its sort key is unknown."""
    try:
        return make()
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc


def _reader(request: Request) -> Iterator[sqlite3.Connection]:
    with request.app.state.db.reader() as conn:
        yield conn


Conn = Annotated[sqlite3.Connection, Depends(_reader)]


def _json(data: Any) -> JSONResponse:
    return JSONResponse(data)


def _page(items: list, total: int, limit: int, offset: int, **extra: Any) -> JSONResponse:
    return _json({"total": total, "limit": limit, "offset": offset, "items": items, **extra})


def _known(conn: sqlite3.Connection, entity_id: str) -> None:
    """404 unless the ID is an entity or appears in a fact or an event."""
    if not is_known_entity(conn, entity_id):
        raise HTTPException(404, f"unknown entity {entity_id!r}")


def _resolved(conn: sqlite3.Connection, text: str) -> str:
    """The entity ID `text` names (an ID or a name); a 404 with suggestions otherwise."""
    if is_known_entity(conn, text):
        return text
    found = resolve_entity(conn, text)
    if found.id is None:
        raise HTTPException(404, {"message": f"unknown entity {text!r}",
                                  "suggestions": found.suggestions})
    return found.id


def _grouping(request: Request, vectors_json: str | None) -> an.Grouping | None:
    """An edited grouping from the request, else the server's (--vectors), else None (the
    focal state's default)."""
    if vectors_json is None:
        return request.app.state.vectors
    try:
        return an.parse_vectors(json.loads(vectors_json), "vectors")
    except (ValueError, an.VectorsError) as exc:
        raise HTTPException(422, f"vectors: {exc}") from exc


def _doc_id(conn: sqlite3.Connection, doc: str | None) -> str | None:
    """The stored ID of `doc` (an ID, ID prefix or file name), as the CLI's --doc reads it."""
    if doc is None:
        return None
    row = get_document(conn, doc)
    if row is None:
        raise HTTPException(404, f"no document {doc!r} (or the prefix is ambiguous)")
    return row["id"]


def _checked(make: Callable[[], F]) -> F:
    """Filters built by `make`, a 422 with the reason when they are inconsistent."""
    try:
        return make()
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc


@router.get("/status", summary="Corpus counts")
def status(request: Request, conn: Conn) -> JSONResponse:
    return _json(corpus_status(conn))


@router.get("/documents", summary="Documents, filtered and paginated")
def documents(request: Request, conn: Conn, lang: Lang | None = None,
              source: Annotated[str | None, Query(max_length=200,
                                                  description="Source tag of the ingest")] = None,
              since: OptDate = None, until: OptDate = None,
              q: Annotated[str | None, Query(max_length=200, description="title/path contains")]
              = None, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    filters = _checked(lambda: DocumentFilters(lang=lang, source_tag=source, since=since,
                                               until=until, query=q))
    rows = list_documents(conn, filters, limit=limit, offset=offset)
    return _page(rows, count_documents(conn, filters), limit, offset)


@router.get("/documents/{doc_id}", summary="One document: its text and sentences")
def document(request: Request, conn: Conn,
             doc_id: Annotated[str, Path(pattern=DOC_PATTERN)]) -> JSONResponse:
    row = get_document(conn, doc_id)
    if row is None:
        raise HTTPException(404, f"no document {doc_id!r} (or the prefix is ambiguous)")
    doc = dict(row)
    doc["label"] = doc_label(doc["title"], doc["path"], doc["text"][:300])
    doc["sentences"] = [{"idx": i, "start": s, "end": e, "text": doc["text"][s:e]}
                        for i, (s, e) in enumerate(get_sentences(conn, doc["id"]))]
    return _json(doc)


@router.get("/entities", summary="Entities, by kind or name")
def entities(request: Request, conn: Conn, kind: EntityKind | None = None,
             q: Annotated[str | None, Query(max_length=100)] = None,
             limit: Limit = 100, offset: Offset = 0) -> JSONResponse:
    items, total = list_entities(conn, kind=kind, query=q, limit=limit, offset=offset)
    return _page(items, total, limit, offset)


@router.get("/entities/{entity_id}", summary="One entity with its counts")
def entity(request: Request, conn: Conn, entity_id: EntityId) -> JSONResponse:
    found = get_entity(conn, entity_id)
    if found is None:
        raise HTTPException(404, f"unknown entity {entity_id!r}")
    return _json(found)


@router.get("/facts", summary="Facts with their support, filtered and paginated",
            description=FILTERS_NOTE)
def facts(request: Request, conn: Conn, actor: OptId = None, subject: OptId = None,
          predicate: Predicate | None = None, object: OptId = None,
          entity: Annotated[str | None, Query(pattern=ID_PATTERN,
                                              description="Same as actor (older name)")] = None,
          modality: Modality | None = None, since: OptDate = None, until: OptDate = None,
          doc: OptDoc = None, source_tag: OptTag = None, lang: Lang | None = None,
          limit: Limit = 50, offset: Offset = 0, trust: FactTrust = None) -> JSONResponse:
    if actor and entity and actor != entity:
        raise HTTPException(422, "actor and entity are the same filter: give one")
    doc_id = _doc_id(conn, doc)
    filters = _checked(lambda: FactFilters(
        actor=actor or entity, subject=subject, predicate=predicate, object=object,
        modality=modality, since=since, until=until, doc=doc_id, source_tag=source_tag,
        lang=lang, **(trust or {})))
    items = list_facts(conn, filters, limit=limit, offset=offset)
    names = an.entity_names(conn, {i for f in items for i in (f["subject"], f["object"])})
    return _page(items, count_facts(conn, filters), limit, offset, names=names)


def _event_filters(conn: sqlite3.Connection, actor: str | None, source: str | None,
                   target: str | None, type: str | None, quad: str | None,
                   modality: str | None, since: str | None, until: str | None,
                   doc: str | None, source_tag: str | None,
                   lang: str | None, trust: dict[str, Any] | None = None) -> EventFilters:
    doc_id = _doc_id(conn, doc)
    return _checked(lambda: EventFilters(
        actor=actor, source=source, target=target, event_type=type, quad=quad,
        modality=modality, since=since, until=until, doc=doc_id, source_tag=source_tag,
        lang=lang, **(trust or {})))


@router.get("/events", summary="PLOVER events, filtered, newest first",
            description=FILTERS_NOTE)
def events(request: Request, conn: Conn, actor: OptId = None, source: OptSide = None,
           target: OptSide = None,
           type: EventType | None = None, quad: Quad | None = None,
           modality: Modality | None = None, since: OptDate = None, until: OptDate = None,
           doc: OptDoc = None, source_tag: OptTag = None, lang: Lang | None = None,
           limit: Limit = 50, offset: Offset = 0, trust: Trust = None,
           sort: EventSort = None) -> JSONResponse:
    filters = _event_filters(conn, actor, source, target, type, quad, modality, since, until,
                             doc, source_tag, lang, trust)
    items = _sorted(lambda: list_events(conn, filters, limit=limit, offset=offset,
                                        with_evidence=True, sort=sort))
    names = an.entity_names(conn, {i for e in items for i in (
        e["source"], e["target"], e["source_person"], e["target_person"], e["location"])})
    return _page(items, count_events(conn, filters), limit, offset, names=names)


@router.get("/events/export", summary="Events as a CSV or JSONL download (same filters)",
            description="Streamed: rows are sent as they are read. " + FILTERS_NOTE)
def events_export(request: Request, conn: Conn, format: Literal["csv", "jsonl"] = "csv",
                  actor: OptId = None, source: OptSide = None, target: OptSide = None,
                  type: EventType | None = None, quad: Quad | None = None,
                  modality: Modality | None = None, since: OptDate = None,
                  until: OptDate = None, doc: OptDoc = None, source_tag: OptTag = None,
                  lang: Lang | None = None,
                  max_rows: Annotated[int, Query(ge=1, le=EXPORT_MAX)] = EXPORT_MAX,
                  trust: Trust = None, sort: EventSort = None, names: NamesLang = "en"
                  ) -> StreamingResponse:
    filters = _event_filters(conn, actor, source, target, type, quad, modality, since, until,
                             doc, source_tag, lang, trust)
    _sorted(lambda: sort_order(sort, EVENT_SORTS, ""))
    body = _export_chunks(request.app.state.db.path, filters, max_rows, format, sort=sort,
                          names=names)
    media = "text/csv; charset=utf-8" if format == "csv" else "application/x-ndjson"
    return StreamingResponse(body, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="events.{format}"'})


@router.get("/event-records", summary="Event records: one real event with its reports",
            description="Mentions of one event in several documents grouped (type, dyad, "
                        "compatible dates, location, evidence similarity), newest first, each "
                        "with its reports (documents, source tags, evidence), counts of "
                        "documents and sources and first and last report. " + FILTERS_NOTE)
def event_records(request: Request, conn: Conn, actor: OptId = None, source: OptSide = None,
                  target: OptSide = None, type: EventType | None = None,
                  quad: Quad | None = None, modality: Modality | None = None,
                  since: OptDate = None, until: OptDate = None, doc: OptDoc = None,
                  source_tag: OptTag = None, lang: Lang | None = None, groups: Groups = False,
                  limit: Limit = 50, offset: Offset = 0, trust: Trust = None,
                  sort: RecordSort = None) -> JSONResponse:
    filters = _event_filters(conn, actor, source, target, type, quad, modality, since, until,
                             doc, source_tag, lang, trust)
    items = _sorted(lambda: list_event_records(conn, filters, limit=limit, offset=offset,
                                               groups=groups, sort=sort))
    ids = {i for r in items for i in (r["source"], r["target"], r["location"],
                                      *r.get("participants", []),
                                      *(p for m in r["mentions"] for p in (
                                          m["source_person"], m["target_person"])))}
    return _page(items, count_event_records(conn, filters, groups), limit, offset,
                 names=an.entity_names(conn, ids))


@router.get("/event-records/export", summary="Event records as a CSV or JSONL download",
            description="Streamed. JSONL rows carry their mentions; CSV rows their event IDs, "
                        "documents and source tags. " + FILTERS_NOTE)
def event_records_export(request: Request, conn: Conn,
                         format: Literal["csv", "jsonl"] = "csv", actor: OptId = None,
                         source: OptSide = None, target: OptSide = None,
                         type: EventType | None = None, quad: Quad | None = None,
                         modality: Modality | None = None, since: OptDate = None,
                         until: OptDate = None, doc: OptDoc = None, source_tag: OptTag = None,
                         lang: Lang | None = None, groups: Groups = False,
                         max_rows: Annotated[int, Query(ge=1, le=EXPORT_MAX)] = EXPORT_MAX,
                         trust: Trust = None) -> StreamingResponse:
    filters = _event_filters(conn, actor, source, target, type, quad, modality, since, until,
                             doc, source_tag, lang, trust)
    body = _export_chunks(request.app.state.db.path, filters, max_rows, format,
                          records=True, groups=groups)
    media = "text/csv; charset=utf-8" if format == "csv" else "application/x-ndjson"
    return StreamingResponse(body, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="event-records.{format}"'})


@router.get("/event-records/{record_id}", summary="One event record with all its reports")
def event_record(request: Request, conn: Conn,
                 record_id: Annotated[str, Path(pattern=r"^[0-9a-f]{16}$")]) -> JSONResponse:
    found = get_event_record(conn, record_id)
    if found is None:
        raise HTTPException(404, f"no event record {record_id!r}")
    ids = {found["source"], found["target"], *found.get("participants", [])}
    return _json({**found, "names": an.entity_names(conn, ids)})


def flat_record(record: dict[str, Any]) -> dict[str, Any]:
    """A record with its mentions as lists of IDs, documents and tags (one CSV row)."""
    mentions = record.get("mentions", [])
    return {**{k: record[k] for k in RECORD_COLUMNS},
            "event_ids": [m["event_id"] for m in mentions],
            "documents": sorted({m["doc"] for m in mentions}),
            "source_tags": sorted({m["source_tag"] or "" for m in mentions})}


def _export_chunks(path: PathLike[str], filters: EventFilters, max_rows: int,
                   fmt: str, records: bool = False, groups: bool = False,
                   sort: str | None = None, names: str = "en") -> Iterator[str]:
    """The download in chunks of about EXPORT_CHUNK characters, each sent as soon as its
    rows are read, on a connection of its own (the stream runs in other threads). Event
    rows are analysis-ready (names in `names`, sentence, document, confidence, review); a
    CSV starts with a byte order mark (Excel then reads its Arabic as UTF-8)."""
    conn = connect(path, readonly=True)
    try:
        columns: tuple[str, ...] = EVENT_EXPORT_COLUMNS
        rows: Iterator[dict[str, Any]]
        if records:
            rows = (record_reviews(conn, [r])[0] for r in iter_event_records(
                conn, filters, limit=max_rows, groups=groups, mentions=True))
            if fmt == "csv":
                rows = ({**flat_record(r), "review": (r["review"] or {}).get("verdict")}
                        for r in rows)
                columns = (*RECORD_EXPORT_COLUMNS, "review")
        else:
            rows = export_events(conn, iter_events(conn, filters, limit=max_rows, sort=sort),
                                 names)
        yield from _chunks(_lines(rows, columns, fmt), EXPORT_CHUNK)
    finally:
        conn.close()


def _lines(rows: Iterator[dict[str, Any]], columns: tuple[str, ...], fmt: str
           ) -> Iterator[str]:
    if fmt == "csv":
        yield BOM
        yield from _csv_lines(rows, columns)
    else:
        yield from (json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def _csv_lines(rows: Iterator[dict[str, Any]],
               columns: tuple[str, ...] = EVENT_EXPORT_COLUMNS) -> Iterator[str]:
    """The header, then one CSV line per row (lists as JSON)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
                         for k, v in row.items()})
    yield buffer.getvalue()


def _chunks(lines: Iterator[str], size: int) -> Iterator[str]:
    parts: list[str] = []
    length = 0
    for line in lines:
        parts.append(line)
        length += len(line)
        if length >= size:
            yield "".join(parts)
            parts, length = [], 0
    if parts:
        yield "".join(parts)


@router.get("/profile/{state}", summary="Country profile: facts by section, with evidence")
def profile(request: Request, conn: Conn, state: EntityName,
            evidence: Annotated[int, Query(ge=0, le=20, description="evidence refs per fact")]
            = 3, vectors: VectorsJson = None) -> JSONResponse:
    state = _resolved(conn, state)
    return _json(an.country_profile(conn, state, evidence_limit=evidence,
                                    vectors=_grouping(request, vectors)))


@router.get("/balance/{state}", summary="Vector shares, entropy and HHI per period")
def balance(request: Request, conn: Conn, state: EntityName,
            by: Literal["year", "month"] = "year",
            ids: Annotated[int, Query(ge=0, le=1000, description="event IDs per share")] = 10,
            since: OptDate = None, until: OptDate = None,
            vectors: VectorsJson = None, count: Count = "records") -> JSONResponse:
    state = _resolved(conn, state)
    return _json(an.balance(conn, state, by, _grouping(request, vectors), ids_limit=ids,
                            since=since, until=until, count=count))


@router.get("/balance/{state}/events", summary="The events behind one share of the balance")
def balance_events(request: Request, conn: Conn, state: EntityName,
                   period: Annotated[str, Query(pattern=r"^(\d{4}(-\d{2})?)?$", description=(
                       "YYYY or YYYY-MM; empty for the undated events"))] = "",
                   vector: Annotated[str | None, Query(max_length=80)] = None,
                   by: Literal["year", "month"] = "year", vectors: VectorsJson = None,
                   limit: Annotated[int, Query(ge=1, le=1000)] = 200,
                   count: Count = "records") -> JSONResponse:
    """Each event record behind the share as its best-dated report (count=mentions: every
    report)."""
    state = _resolved(conn, state)
    ids = an.share_event_ids(conn, state, period, vector, _grouping(request, vectors), by,
                             count=count)
    shown = record_anchor_events(conn, ids[:limit]) if count == "records" else ids[:limit]
    items = events_by_ids(conn, shown)
    names = an.entity_names(conn, {i for e in items for i in (e["source"], e["target"])})
    return _json({"state": state, "period": period, "vector": vector, "total": len(ids),
                  "items": items, "names": names})


@router.get("/resolve", summary="What a typed name or ID stands for, with suggestions",
            description="Arabic or English names, codes in any case, clitics and spelling "
                        "variants; the same resolver as the CLI's.")
def resolve(request: Request, conn: Conn, q: Annotated[str, Query(min_length=1, max_length=120)],
            kind: Annotated[list[EntityKind] | None, Query()] = None) -> JSONResponse:
    found = resolve_entity(conn, q, kind)
    data = found.as_dict()
    if found.id is not None:
        data["names"] = an.entity_names(conn, [found.id])
        data["suggestions"] = suggest(conn, q, set(kind) if kind else None)
    return _json(data)


@router.get("/overview", summary="The corpus at a glance: documents by language, source "
            "and year, busiest actors, latest events")
def overview(request: Request, conn: Conn) -> JSONResponse:
    data = corpus_overview(conn)
    ids = {a["id"] for a in data["top_actors"]}
    ids |= {i for e in data["latest_events"] for i in (e["source"], e["target"])}
    data["names"] = an.entity_names(conn, ids)
    return _json(data)


@router.get("/plurals", summary="CLDR plural categories (Babel) of the interface languages")
def plurals(request: Request) -> JSONResponse:
    return _json(plural_tables())


def plural_tables() -> dict[str, dict[str, Any]]:
    """Per language, Babel's plural category of n = 0..199; the category of a larger n is
    that of 100 + n % 100 (CLDR's Arabic and English rules depend on n % 100 only)."""
    from babel import Locale

    out = {}
    for lang in ("ar", "en"):
        rule = Locale(lang).plural_form
        out[lang] = {"rule": str(rule.rules), "categories": [rule(n) for n in range(200)]}
    return out


@router.get("/dyad/{a}/{b}", summary="Events between two actors per month or year")
def dyad(request: Request, conn: Conn, a: EntityName, b: EntityName,
         by: Literal["month", "year"] = "month", count: Count = "records") -> JSONResponse:
    a, b = _resolved(conn, a), _resolved(conn, b)
    if a == b:
        raise HTTPException(422, "a dyad needs two different actors")
    return _json(an.dyad_series(conn, a, b, by, count=count))


Relation = Annotated[str | None, Query(pattern=r"^[A-Za-z_]{1,40}$", description=(
    "One relation: a predicate (member_of...), an event type (CONSULT...) or a quad (VC...)"))]


@router.get("/network", summary="Network of states and organisations (JSON or GraphML)")
def network(request: Request, conn: Conn, format: Literal["json", "graphml"] = "json",
            center: OptName = None, max_nodes: Annotated[int, Query(ge=1, le=2000)] = 80,
            min_weight: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
            layout: bool = True, relation: Relation = None, since: OptDate = None,
            until: OptDate = None) -> Response:
    center = _resolved(conn, center) if center else None
    try:
        graph = an.network(conn, center=center, vectors=request.app.state.vectors,
                           min_weight=min_weight, max_nodes=max_nodes, relation=relation,
                           since=since, until=until)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
    if format == "graphml":
        return Response(an.network_graphml(graph), media_type="application/graphml+xml",
                        headers={"Content-Disposition": 'attachment; filename="network.graphml"'})
    return _json(an.network_json(graph, layout=layout))


@router.get("/ontology", summary="The ontology: predicates, event types and modes, quads, "
            "modalities, contexts, attributes, principles, profile sections, entity kinds, "
            "with English and Arabic labels")
def ontology_data(request: Request) -> JSONResponse:
    return _json(ontology().as_dict())


@router.get("/vectors", summary="The grouping of partners into vectors in use",
            description="With a state: that state's grouping (its default vectors unless the "
                        "server was started with --vectors).")
def vectors(request: Request, conn: Conn, state: OptName = None) -> JSONResponse:
    grouping = request.app.state.vectors
    if state:
        grouping = an.focal_vectors(conn, _resolved(conn, state)) if grouping is None else (
            grouping.without(_resolved(conn, state)))
    if grouping is None:
        return _json({"source": "default", "rule": "first matching vector in order; the "
                      "default vectors are relative to each focal state", "vectors": [],
                      "other": {"id": "other", "en": "Others", "ar": "أخرى", "members": []}})
    return _json(grouping.as_dict())


# --- issue 14 (evidence viewer, network edges, compare): additions grouped here -------------

@router.get("/documents/{doc_id}/items", summary="The facts and events one document states",
            description="Each with its evidence spans (character offsets into the text), "
                        "with the names of the entities they mention.")
def document_items_view(request: Request, conn: Conn,
                        doc_id: Annotated[str, Path(pattern=DOC_PATTERN)]) -> JSONResponse:
    row = get_document(conn, doc_id)
    if row is None:
        raise HTTPException(404, f"no document {doc_id!r} (or the prefix is ambiguous)")
    items = document_items(conn, row["id"])
    ids = {i for f in items["facts"] for i in (f["subject"], f["object"])}
    ids |= {i for e in items["events"] for i in (e["source"], e["target"]) if i}
    return _json({"doc_id": row["id"], **items, "names": an.entity_names(conn, ids)})


@router.get("/network/edge", summary="What links two nodes of the network, with evidence",
            description="The facts (either direction) and the latest events (either way) "
                        "between a and b, each with its evidence; same relation and time "
                        "filters as /api/network.")
def network_edge(request: Request, conn: Conn, a: Annotated[str, Query(pattern=ID_PATTERN)],
                 b: Annotated[str, Query(pattern=ID_PATTERN)], relation: Relation = None,
                 since: OptDate = None, until: OptDate = None,
                 limit: Annotated[int, Query(ge=1, le=100)] = 20) -> JSONResponse:
    try:
        facts, events = an.relation_filters(relation, "actual", since, until)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
    fact_items = [f for x, y in ((a, b), (b, a)) if facts
                  for f in list_facts(conn, replace(facts, subject=x, object=y), limit=limit,
                                                  evidence_limit=3)]
    event_items = sorted((e for x, y in ((a, b), (b, a)) if events for e in list_events(
        conn, replace(events, source=x, target=y), limit=limit, with_evidence=True)),
        key=lambda e: e["date"] or "", reverse=True)[:limit]
    return _json({"a": a, "b": b, **an.edge_summary(conn, a, b, events), "facts": fact_items,
                  "events": event_items, "names": an.entity_names(conn, [a, b])})


@router.get("/map", summary="Where events happen: event locations with their states",
            description="Each location (a place or a state) with its number of events, first "
                        "and last date and its state; how many events have no location. With "
                        "`location`: the latest events there, with their evidence. "
                        + FILTERS_NOTE)
def event_map(request: Request, conn: Conn, actor: OptId = None, type: EventType | None = None,
              quad: Quad | None = None, since: OptDate = None, until: OptDate = None,
              location: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
              limit: Annotated[int, Query(ge=1, le=200)] = 20) -> JSONResponse:
    filters = _event_filters(conn, actor, None, None, type, quad, "actual", since, until,
                             None, None, None)
    if location is None:
        return _json(an.event_places(conn, filters))
    items = events_by_ids(conn, event_ids_at(conn, location, filters, limit))
    names = an.entity_names(conn, {i for e in items for i in (e["source"], e["target"])})
    return _json({"location": location, "items": items, "names": names})
# --- issue 14: reviews, the facts download, search (one block) --------------------------------

class ReviewIn(BaseModel):
    """A verdict on one item. `reviewer` defaults to the X-Diplomap-Reviewer header: there
    is no authentication, so "who" is what the client says."""

    kind: Literal["fact", "event", "record"]
    key: str = Field(pattern=r"^[A-Za-z0-9_:.\-]{1,80}$",
                     description="fact_id, event id, or event record id")
    verdict: Literal["right", "wrong", "unreviewed"]
    note: str | None = Field(default=None, max_length=2000)
    reviewer: str | None = Field(default=None, max_length=80)


@router.post("/reviews", summary="Mark a fact, an event or an event record right or wrong",
             description="Appends to the review history (never updated or deleted); a record's "
                         "review is stored on each of its reports. No authentication: who "
                         "reviewed is the body's `reviewer`, else the X-Diplomap-Reviewer "
                         "header, else 'anonymous'.")
def post_review(request: Request, review: ReviewIn) -> JSONResponse:
    who = review.reviewer or request.headers.get(REVIEWER_HEADER) or "anonymous"
    conn = connect(request.app.state.db.path)
    try:
        stored = add_review(conn, review.kind, review.key, review.verdict, who, review.note)
    except ReviewError as exc:
        raise HTTPException(404 if "no " in str(exc) else 422, str(exc)) from exc
    finally:
        conn.close()
    return JSONResponse({"items": stored}, status_code=201)


@router.get("/reviews", summary="The review history, newest first")
def get_reviews(request: Request, conn: Conn,
                kind: Literal["fact", "event"] | None = None,
                key: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
                verdict: Annotated[Literal["right", "wrong", "unreviewed"] | None, Query(
                    description="Items whose latest verdict is this")] = None,
                reviewer: Annotated[str | None, Query(max_length=80)] = None,
                limit: Limit = 100, offset: Offset = 0) -> JSONResponse:
    items, total = list_reviews(conn, kind=kind, key=key, verdict=verdict, reviewer=reviewer,
                                limit=limit, offset=offset)
    return _page(items, total, limit, offset)


@router.get("/facts/export", summary="Facts as a CSV or JSONL download, one row per statement",
            description="Streamed; names in `names`, the sentence, the document's title, URL "
                        "and date, confidence and review. " + FILTERS_NOTE)
def facts_export(request: Request, conn: Conn, format: Literal["csv", "jsonl"] = "csv",
                 actor: OptId = None, subject: OptId = None, predicate: Predicate | None = None,
                 object: OptId = None, modality: Modality | None = None, since: OptDate = None,
                 until: OptDate = None, doc: OptDoc = None, source_tag: OptTag = None,
                 lang: Lang | None = None, trust: FactTrust = None, names: NamesLang = "en",
                 max_rows: Annotated[int, Query(ge=1, le=EXPORT_MAX)] = EXPORT_MAX
                 ) -> StreamingResponse:
    doc_id = _doc_id(conn, doc)
    filters = _checked(lambda: FactFilters(
        actor=actor, subject=subject, predicate=predicate, object=object, modality=modality,
        since=since, until=until, doc=doc_id, source_tag=source_tag, lang=lang,
        **(trust or {})))
    body = _fact_chunks(request.app.state.db.path, filters, max_rows, format, names)
    media = "text/csv; charset=utf-8" if format == "csv" else "application/x-ndjson"
    return StreamingResponse(body, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="facts.{format}"'})


def _fact_chunks(path: PathLike[str], filters: FactFilters, max_rows: int, fmt: str,
                 names: str) -> Iterator[str]:
    conn = connect(path, readonly=True)
    try:
        rows = export_facts(conn, iter_fact_mentions(conn, filters, limit=max_rows), names)
        yield from _chunks(_lines(rows, FACT_EXPORT_COLUMNS, fmt), EXPORT_CHUNK)
    finally:
        conn.close()


@router.get("/search", summary="Search entities, facts, events and sentences",
            description="Words are ANDed; OR (capitals) between words gives alternatives; "
                        "word* matches the words that start with it. Arabic is normalised and "
                        "proclitics are read as the text engine reads them (a name such as "
                        "بوتين or لبنان is never cut). Returns a page of one kind, the totals "
                        "of every kind, the next offset and notes on how the query was read.")
def search(request: Request, conn: Conn, q: Annotated[str, Query(min_length=1, max_length=200)],
           kind: Annotated[str, Query(pattern="^(" + "|".join(SEARCH_KINDS) + ")$")
                           ] = "sentence",
           lang: Lang | None = None,
           type: Annotated[str | None, Query(max_length=40, description=(
               "An event type (events, sentences) or a predicate (facts)"))] = None,
           year: Annotated[str | None, Query(pattern=r"^\d{4}$")] = None,
           limit: Annotated[int, Query(ge=1, le=100)] = 20, offset: Offset = 0
           ) -> JSONResponse:
    if type and type not in ontology().event_types and type not in ontology().predicates:
        raise HTTPException(422, f"type: {type!r} is neither an event type nor a predicate")
    data = search_all(conn, q, kind=kind, lang=lang, type=type, year=year, limit=limit,
                      offset=offset)
    ids: set[str | None] = set()
    for item in data["items"]:
        ids |= {item.get(k) for k in ("source", "target", "subject", "object", "id")}
    data["names"] = an.entity_names(conn, {i for i in ids if i})
    return _json(data)
