"""JSON endpoints under /api. Every parameter is validated (bad input: 4xx with a message)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from enum import Enum
from os import PathLike
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from diplomap import analysis as an
from diplomap.analysis.listing import EVENT_COLUMNS, iter_events
from diplomap.store import connect, corpus_status, count_documents, get_document, list_documents
from diplomap.store.search import search_sentences

router = APIRouter(prefix="/api")

ID_PATTERN = r"^[A-Za-z0-9_:.\-]{1,80}$"
DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
DOC_PATTERN = r"^[A-Za-z0-9_.\-]{1,200}$"
EXPORT_MAX = 100_000


class EventType(str, Enum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class Predicate(str, Enum):
    member_of = "member_of"
    founder_of = "founder_of"
    chair_of = "chair_of"
    partner_of = "partner_of"
    agreement_with = "agreement_with"
    recognized = "recognized"
    border_with = "border_with"
    invested_in = "invested_in"
    aid_to = "aid_to"
    hosts = "hosts"
    mediated = "mediated"
    proposed = "proposed"
    policy = "policy"


Quad = Literal["VC", "MC", "VK", "MK"]
Modality = Literal["actual", "planned", "negated", "hypothetical"]
EntityId = Annotated[str, Path(pattern=ID_PATTERN, description="Entity ID, e.g. KAZ, SCO")]
OptId = Annotated[str | None, Query(pattern=ID_PATTERN)]
OptDate = Annotated[str | None, Query(pattern=DATE_PATTERN,
                                      description="ISO date: YYYY, YYYY-MM or YYYY-MM-DD")]
OptDoc = Annotated[str | None, Query(pattern=DOC_PATTERN, description="Document ID")]
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=100_000)]


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
    queries = ("SELECT 1 FROM entities WHERE id = ?", "SELECT 1 FROM facts WHERE subject = ?",
               "SELECT 1 FROM facts WHERE object = ?",
               "SELECT 1 FROM event_summary WHERE source = ?",
               "SELECT 1 FROM event_summary WHERE target = ?")
    if not any(conn.execute(q + " LIMIT 1", (entity_id,)).fetchone() for q in queries):
        raise HTTPException(404, f"unknown entity {entity_id!r}")


@router.get("/status", summary="Corpus counts")
def status(request: Request, conn: Conn) -> JSONResponse:
    return _json(corpus_status(conn))


@router.get("/documents", summary="Documents, filtered and paginated")
def documents(request: Request, conn: Conn, lang: Literal["ar", "en", "ru", "other"] | None = None,
              source: Annotated[str | None, Query(max_length=200)] = None,
              since: OptDate = None, until: OptDate = None,
              q: Annotated[str | None, Query(max_length=200, description="title/path contains")]
              = None, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    filters = {"lang": lang, "source": source, "since": since, "until": until, "query": q}
    rows = [dict(r) for r in list_documents(conn, **filters, limit=limit, offset=offset)]
    return _page(rows, count_documents(conn, **filters), limit, offset)


@router.get("/documents/{doc_id}", summary="One document: its text and sentences")
def document(request: Request, conn: Conn,
             doc_id: Annotated[str, Path(pattern=DOC_PATTERN)]) -> JSONResponse:
    row = get_document(conn, doc_id)
    if row is None:
        raise HTTPException(404, f"no document {doc_id!r} (or the prefix is ambiguous)")
    doc = dict(row)
    sentences = conn.execute(
        "SELECT idx, start, end, substr(?, start + 1, end - start) FROM sentences"
        " WHERE doc_id = ? ORDER BY idx", (doc["text"], doc["id"])).fetchall()
    doc["sentences"] = [{"idx": s[0], "start": s[1], "end": s[2], "text": s[3]}
                        for s in sentences]
    return _json(doc)


@router.get("/entities", summary="Entities, by kind or name")
def entities(request: Request, conn: Conn, kind: Annotated[str | None, Query(max_length=40)] = None,
             q: Annotated[str | None, Query(max_length=100)] = None,
             limit: Limit = 100, offset: Offset = 0) -> JSONResponse:
    items, total = an.list_entities(conn, kind=kind, query=q, limit=limit,
                                    offset=offset)
    return _page(items, total, limit, offset)


@router.get("/entities/{entity_id}", summary="One entity with its counts")
def entity(request: Request, conn: Conn, entity_id: EntityId) -> JSONResponse:
    found = an.get_entity(conn, entity_id)
    if found is None:
        raise HTTPException(404, f"unknown entity {entity_id!r}")
    return _json(found)


@router.get("/facts", summary="Facts with their support, filtered and paginated")
def facts(request: Request, conn: Conn, subject: OptId = None, predicate: Predicate | None = None,
          object: OptId = None, entity: OptId = None, modality: Modality | None = None,
          doc: OptDoc = None, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    filters = an.FactFilters(subject=subject, predicate=predicate.value if predicate else None,
                             object=object, entity=entity, modality=modality, doc=doc)
    items = an.list_facts(conn, filters, limit=limit, offset=offset)
    names = an.entity_names(conn, {i for f in items for i in (f["subject"], f["object"])})
    return _page(items, an.count_facts(conn, filters), limit, offset, names=names)


def _event_filters(actor: str | None, source: str | None, target: str | None,
                   type: EventType | None, quad: str | None, modality: str | None,
                   since: str | None, until: str | None, doc: str | None) -> an.EventFilters:
    if since and until and since > until + "~":
        raise HTTPException(422, f"since ({since}) is after until ({until})")
    return an.EventFilters(actor=actor, source=source, target=target,
                           event_type=type.value if type else None, quad=quad,
                           modality=modality, since=since, until=until, doc=doc)


@router.get("/events", summary="PLOVER events, filtered, newest first")
def events(request: Request, conn: Conn, actor: OptId = None, source: OptId = None,
           target: OptId = None,
           type: EventType | None = None, quad: Quad | None = None,
           modality: Modality | None = None, since: OptDate = None, until: OptDate = None,
           doc: OptDoc = None, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    filters = _event_filters(actor, source, target, type, quad, modality, since, until, doc)
    items = an.list_events(conn, filters, limit=limit, offset=offset, with_evidence=True)
    names = an.entity_names(conn, {i for e in items for i in (e["source"], e["target"])})
    return _page(items, an.count_events(conn, filters), limit, offset, names=names)


@router.get("/events/export", summary="Events as a CSV or JSONL download (same filters)")
def events_export(request: Request, format: Literal["csv", "jsonl"] = "csv",
                  actor: OptId = None, source: OptId = None, target: OptId = None,
                  type: EventType | None = None, quad: Quad | None = None,
                  modality: Modality | None = None, since: OptDate = None,
                  until: OptDate = None, doc: OptDoc = None,
                  max_rows: Annotated[int, Query(ge=1, le=EXPORT_MAX)] = EXPORT_MAX
                  ) -> StreamingResponse:
    filters = _event_filters(actor, source, target, type, quad, modality, since, until, doc)
    rows = _export_rows(request.app.state.db.path, filters, max_rows)
    body = _csv_lines(rows) if format == "csv" else (
        json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    media = "text/csv; charset=utf-8" if format == "csv" else "application/x-ndjson"
    return StreamingResponse(body, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="events.{format}"'})


def _export_rows(path: PathLike, filters: an.EventFilters,
                 max_rows: int) -> Iterator[dict[str, Any]]:
    """Rows for a download, on a connection of its own (the stream runs in other threads)."""
    conn = connect(path, readonly=True)
    try:
        yield from iter_events(conn, filters, max_rows)
    finally:
        conn.close()


def _csv_lines(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EVENT_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
                         for k, v in row.items()})
    if buffer.tell() > 65536:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


@router.get("/profile/{state}", summary="Country profile: facts by section, with evidence")
def profile(request: Request, conn: Conn, state: EntityId,
            evidence: Annotated[int, Query(ge=0, le=20, description="evidence refs per fact")]
            = 3) -> JSONResponse:
    _known(conn, state)
    return _json(an.country_profile(conn, state, evidence_limit=evidence,
                                    vectors=request.app.state.vectors))


@router.get("/balance/{state}", summary="Vector shares, entropy and HHI per period")
def balance(request: Request, conn: Conn, state: EntityId, by: Literal["year", "month"] = "year",
            ids: Annotated[int, Query(ge=0, le=1000, description="event IDs per share")] = 10,
            since: OptDate = None, until: OptDate = None) -> JSONResponse:
    _known(conn, state)
    return _json(an.balance(conn, state, by, request.app.state.vectors, ids_limit=ids,
                            since=since, until=until))


@router.get("/dyad/{a}/{b}", summary="Events between two actors per month or year")
def dyad(request: Request, conn: Conn, a: EntityId, b: EntityId,
         by: Literal["month", "year"] = "month") -> JSONResponse:
    if a == b:
        raise HTTPException(422, "a dyad needs two different actors")
    return _json(an.dyad_series(conn, a, b, by))


@router.get("/network", summary="Network of states and organisations (JSON or GraphML)")
def network(request: Request, conn: Conn, format: Literal["json", "graphml"] = "json",
            center: OptId = None, max_nodes: Annotated[int, Query(ge=1, le=2000)] = 80,
            min_weight: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
            layout: bool = True) -> Response:
    graph = an.network(conn, center=center, vectors=request.app.state.vectors,
                       min_weight=min_weight, max_nodes=max_nodes)
    if format == "graphml":
        return Response(an.network_graphml(graph), media_type="application/graphml+xml",
                        headers={"Content-Disposition": 'attachment; filename="network.graphml"'})
    return _json(an.network_json(graph, layout=layout))


@router.get("/search", summary="Full-text search over sentences (Arabic-normalised)")
def search(request: Request, conn: Conn, q: Annotated[str, Query(min_length=1, max_length=200)],
           limit: Annotated[int, Query(ge=1, le=100)] = 20, offset: Offset = 0
           ) -> JSONResponse:
    return _json(search_sentences(conn, q, limit=limit, offset=offset))


@router.get("/vectors", summary="The grouping of partners into vectors in use")
def vectors(request: Request) -> JSONResponse:
    return _json(request.app.state.vectors.as_dict())
