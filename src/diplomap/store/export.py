"""Write rows as a table, JSONL, CSV or Parquet (the formats every listing command offers).

JSONL and CSV are written row by row as the rows come (a listing read from the database
streams to the file), Parquet in row groups of `PARQUET_BATCH`; only a table is built
whole (it is for reading on a screen).
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

from diplomap.store.evidence import parse_evidence, with_documents
from diplomap.store.names import display_names
from diplomap.store.reviews import review_states

FORMATS = ("table", "jsonl", "csv", "parquet")
PARQUET_BATCH = 10_000


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: IO[str] | None = None,
               path: Path | None = None, columns: Sequence[str] | None = None,
               title: str | None = None) -> None:
    """Write `rows` (dicts) in `fmt`; parquet needs `path`. Without `columns`, the keys of
    the first row are the columns."""
    out = out or sys.stdout
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "parquet" and path is None:
        raise ValueError("--format parquet needs --output FILE")
    iterator = iter(rows)
    first = next(iterator, None)
    names = list(columns or (first.keys() if first is not None else []))
    stream = chain([first] if first is not None else [], iterator)
    if fmt == "jsonl":
        for row in stream:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        write_csv(stream, names, out)
    elif fmt == "parquet":
        assert path is not None
        _write_parquet(stream, names, path)
    else:
        _write_table(list(stream), names, out, title)


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: IO[str]) -> None:
    """A header line, then one line per row (lists and dicts as JSON)."""
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _flat(row.get(k)) for k in columns})


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value


def _batches(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    while batch := list(islice(rows, size)):
        yield batch


def _write_parquet(rows: Iterator[dict[str, Any]], columns: list[str], path: Path) -> None:
    """Row groups of PARQUET_BATCH rows; the first group fixes the schema (a column with no
    value there is a string column)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    try:
        for batch in _batches(rows, PARQUET_BATCH):
            data = {c: [_flat(row.get(c)) for row in batch] for c in columns}
            if writer is None:
                inferred = pa.table(data).schema
                schema = pa.schema([pa.field(f.name, pa.string()) if pa.types.is_null(f.type)
                                    else f for f in inferred])
                writer = pq.ParquetWriter(path, schema)
            writer.write_table(pa.table(data, schema=writer.schema))
    finally:
        if writer is not None:
            writer.close()
    if writer is None:
        pq.write_table(pa.table({c: [] for c in columns}) if columns else pa.table({}), path)


def _write_table(rows: Sequence[dict[str, Any]], columns: list[str], out: IO[str],
                 title: str | None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    Console(file=out, width=200 if not out.isatty() else None).print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else str(value)


# --- analysis-ready rows (issue 14): names, sentence, document, confidence, review -------------

BOM = "\ufeff"  # first in a CSV download, so that Excel reads it as UTF-8 (Arabic intact)
EVENT_EXPORT_COLUMNS = (
    "id", "date", "source", "source_name", "source_person", "source_person_name",
    "event_type", "event_type_name", "mode", "target", "target_name", "target_person",
    "target_person_name", "location", "location_name", "intensity", "quad", "modality",
    "confidence", "review", "reviewer", "reviewed_at", "sentence", "evidence_text",
    "evidence", "doc_id", "title", "url", "published", "doc_lang", "context")
FACT_EXPORT_COLUMNS = (
    "fact_id", "subject", "subject_name", "predicate", "predicate_name", "object",
    "object_name", "modality", "attrs", "confidence", "review", "reviewer", "reviewed_at",
    "sentence", "evidence_text", "evidence", "doc_id", "title", "url", "published",
    "doc_lang")
EXPORT_BATCH = 500


def export_events(conn: sqlite3.Connection, events: Iterable[dict[str, Any]],
                  lang: str = "en") -> Iterator[dict[str, Any]]:
    """Events as analysis-ready rows (EVENT_EXPORT_COLUMNS): names in `lang`, the sentence
    of the first evidence span, the document's title, URL and publication date, the
    confidence and the review; read a batch at a time as the events come."""
    from diplomap.ontology import ontology

    types = ontology().event_types
    for batch in _batches(iter(events), EXPORT_BATCH):
        keys = ("source", "target", "source_person", "target_person", "location")
        names = _names(conn, {e[k] for e in batch for k in keys}, lang)
        reviews = review_states(conn, "event", [e["id"] for e in batch])
        for event, doc in with_documents(conn, batch):
            spec = types.get(event["event_type"])
            yield {**{k: event.get(k) for k in EVENT_EXPORT_COLUMNS if k in event},
                   **{f"{k}_name": names.get(event[k]) for k in keys},
                   "event_type_name": spec.label.get(lang) if spec else None,
                   **_review_cells(reviews.get(event["id"])),
                   **_document_cells(conn, doc, event["evidence"])}


def export_facts(conn: sqlite3.Connection, statements: Iterable[dict[str, Any]],
                 lang: str = "en") -> Iterator[dict[str, Any]]:
    """Statements of facts (`queries.iter_fact_mentions`) as analysis-ready rows
    (FACT_EXPORT_COLUMNS), as `export_events` writes events."""
    from diplomap.ontology import ontology

    predicates = ontology().predicates
    for batch in _batches(iter(statements), EXPORT_BATCH):
        names = _names(conn, {f[k] for f in batch for k in ("subject", "object")}, lang)
        reviews = review_states(conn, "fact", [f["fact_id"] for f in batch])
        for fact, doc in with_documents(conn, batch):
            spec = predicates.get(fact["predicate"])
            yield {**{k: fact.get(k) for k in FACT_EXPORT_COLUMNS if k in fact},
                   "subject_name": names.get(fact["subject"]),
                   "object_name": names.get(fact["object"]),
                   "predicate_name": spec.label.get(lang) if spec else None,
                   **_review_cells(reviews.get(fact["fact_id"])),
                   **_document_cells(conn, doc, fact["evidence"])}


def _names(conn: sqlite3.Connection, ids: set[str | None], lang: str) -> dict[str, str]:
    other = "en" if lang == "ar" else "ar"
    return {i: row.get(lang) or row.get(other) or i
            for i, row in display_names(conn, ids).items()}


def _review_cells(review: dict[str, Any] | None) -> dict[str, Any]:
    review = review or {}
    return {"review": review.get("verdict") or "unreviewed",
            "reviewer": review.get("reviewer"), "reviewed_at": review.get("reviewed_at")}


def _document_cells(conn: sqlite3.Connection, doc: dict[str, Any],
                    evidence: str | list | None) -> dict[str, Any]:
    """The sentence and text of the first evidence span, and the document's citation."""
    spans = parse_evidence(evidence)
    first = spans[0] if spans else None
    sentence = None
    if first is not None and doc["text"]:
        bounds = conn.execute("SELECT start, end FROM sentences WHERE doc_id = ? AND"
                              " start <= ? AND end >= ? ORDER BY idx LIMIT 1",
                              (doc["id"], first["start"], first["end"])).fetchone()
        start, end = bounds if bounds else (first["start"], first["end"])
        sentence = doc["text"][start:end].strip()
    return {"sentence": sentence,
            "evidence_text": doc["text"][first["start"]:first["end"]] if first else None,
            "title": doc["title"], "url": doc["url"], "published": doc["published"],
            "doc_lang": doc["lang"]}
