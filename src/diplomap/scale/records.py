"""The pure function of batch extraction: one article -> the rows of its document.

`read_document` is what both batch engines (Spark, the local process pool) map over the
articles; its IDs and rows are those of the single-machine path (`ingest`): the content
hash of the text, `store.extractions.fact_id`/`event_id`, `extraction_rows`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyarrow as pa

from diplomap.extract.pipeline import Pipeline
from diplomap.ingest import Article, IngestError, ReadOptions, new_document, read_file
from diplomap.ingest.dates import normalize_date
from diplomap.store.extractions import EXTRACTOR_VERSION, extraction_rows
from diplomap.text import split_sentences

UNKNOWN_MONTH = "unknown"
_S, _I, _F = pa.string(), pa.int64(), pa.float64()

# The datasets written, each with its columns besides `doc_id` and `month`; `seq` is a row's
# place within its document (the order the single-machine path inserts it in).
DATASETS: dict[str, list[tuple[str, pa.DataType]]] = {
    "documents": [("text", _S), ("title", _S), ("url", _S), ("path", _S), ("source", _S),
                  ("lang", _S), ("published", _S), ("n_chars", _I), ("extractor", _S)],
    "sentences": [("seq", _I), ("start", _I), ("end", _I)],
    "entities": [("seq", _I), ("id", _S), ("kind", _S), ("en", _S), ("ar", _S), ("qid", _S)],
    "mentions": [("seq", _I), ("sentence", _I), ("start", _I), ("end", _I), ("surface", _S),
                 ("entity_id", _S), ("resolution", _S)],
    "facts": [("seq", _I), ("id", _S), ("subject", _S), ("predicate", _S), ("object", _S),
              ("modality", _S)],
    "fact_mentions": [("seq", _I), ("fact_id", _S), ("attrs", _S), ("confidence", _F),
                      ("evidence", _S)],
    "events": [("seq", _I), ("id", _S), ("source", _S), ("source_person", _S),
               ("source_org", _S), ("event_type", _S), ("mode", _S), ("context", _S),
               ("target", _S), ("target_person", _S), ("date", _S), ("location", _S),
               ("intensity", _F), ("quad", _S), ("modality", _S), ("confidence", _F),
               ("evidence", _S)],
}
CHILDREN = [name for name in DATASETS if name != "documents"]


def dataset_schema(name: str) -> pa.Schema:
    """A dataset's columns as stored in each Parquet file (`month` is the folder)."""
    return pa.schema([("doc_id", _S), *DATASETS[name]])


def record_schema() -> pa.Schema:
    """One row per document, its child rows nested: what the map step returns."""
    children = [(name, pa.list_(pa.struct(DATASETS[name]))) for name in CHILDREN]
    return pa.schema([("doc_id", _S), ("month", _S), *DATASETS["documents"],
                      ("grammar", pa.bool_()), *children])


def article_schema() -> pa.Schema:
    """What the read step returns: articles (kind 'doc') and problems ('error', 'warning'),
    with `file` and `ordinal` so that the first of two equal texts can be kept."""
    return pa.schema([("kind", _S), ("message", _S), ("file", _I), ("ordinal", _I),
                      ("doc_id", _S), ("text", _S), ("title", _S), ("url", _S), ("path", _S),
                      ("source", _S), ("lang", _S), ("published", _S)])


def month_of(published: str | None) -> str:
    """The partition of a document: '2024-05', '2024' for a year alone, else 'unknown'."""
    if not published:
        return UNKNOWN_MONTH
    return published[:7] if len(published) >= 7 else published[:4]


@dataclass(frozen=True)
class BatchOptions:
    """What decides the documents read from the files, as for `ingest`."""

    read: ReadOptions = field(default_factory=ReadOptions)
    source: str | None = None
    published: str | None = None  # for documents whose metadata has none (ISO)
    lexicons: tuple[str, ...] = ()


def read_articles(file_index: int, path: str, options: BatchOptions) -> Iterator[dict]:
    """The rows of `article_schema` for one input file: documents, errors and warnings."""
    default_date = normalize_date(options.published) if options.published else None
    ordinal, fallback = 0, None
    for item in read_file(Path(path), options.read):
        ordinal += 1
        base = {"file": file_index, "ordinal": ordinal}
        if isinstance(item, IngestError):
            yield {**base, "kind": "error", "message": str(item)}
            continue
        yield from _warnings(item, base)
        if item.encoding != "utf-8" and fallback is None:
            fallback = item.encoding
            yield {**base, "kind": "warning",
                   "message": f"{item.path}: decoded as {fallback} (not UTF-8)"}
        doc = new_document(item, options.source, default_date)
        yield {**base, "kind": "doc", "doc_id": doc.id, "text": doc.text, "title": doc.title,
               "url": doc.url, "path": doc.path, "source": doc.source, "lang": doc.lang,
               "published": doc.published}


def _warnings(item: Article, base: dict) -> Iterator[dict]:
    where = f"{item.path}:{item.line}" if item.line else item.path
    for note in item.warnings:
        yield {**base, "kind": "warning", "message": f"{where}: {note}"}


@lru_cache(maxsize=2)
def pipeline(lexicons: tuple[str, ...] = ()) -> Pipeline:
    """One compiled pipeline per process (a Spark Python worker, a pool worker)."""
    return Pipeline(lexicons)


def read_document(article: dict, reader: Pipeline) -> dict:
    """An article (a 'doc' row of `article_schema`) -> its document with all its rows."""
    doc_id, text, lang = article["doc_id"], article["text"], article["lang"]
    published = article["published"]
    reading = reader(text, lang, published)
    mentions = reading.doc.mentions
    rows = extraction_rows(doc_id, mentions, reading.extraction,
                           reader.entity_rows(m.entity_id for m in mentions))
    record = {key: article[key] for key in ("doc_id", "text", "title", "url", "path",
                                           "source", "lang", "published")}
    record.update(month=month_of(published), n_chars=len(text), extractor=EXTRACTOR_VERSION,
                  grammar=reading.grammar)
    record["sentences"] = [{"seq": i, "start": s, "end": e}
                           for i, (s, e) in enumerate(split_sentences(text))]
    for name in ("entities", "mentions", "facts", "fact_mentions", "events"):
        record[name] = [_child(name, i, row) for i, row in enumerate(getattr(rows, name))]
    return record


def _child(name: str, seq: int, row: dict) -> dict:
    return {"seq": seq, **{column: row[column] for column, _ in DATASETS[name][1:]}}


def read_documents(articles: Sequence[dict], lexicons: Sequence[str] = ()) -> list[dict]:
    """`read_document` over a batch with this process's pipeline."""
    reader = pipeline(tuple(lexicons))
    return [read_document(article, reader) for article in articles]


def flatten(records: Sequence[dict], name: str) -> pa.Table:
    """The rows of dataset `name` in `records` (with `month`), sorted by document and seq."""
    schema = dataset_schema(name).append(pa.field("month", _S))
    if name == "documents":
        rows = [{k: r[k] for k in schema.names} for r in records]
    else:
        rows = [{"doc_id": r["doc_id"], "month": r["month"], **child}
                for r in records for child in r[name]]
    table = pa.Table.from_pylist(rows, schema=schema)
    keys = [("doc_id", "ascending")] + ([("seq", "ascending")] if name != "documents" else [])
    return table.sort_by(keys)


def worker_env() -> dict[str, str]:
    """The environment that makes a Python worker import this diplomap (not another copy
    installed elsewhere) with this interpreter."""
    import sys

    import diplomap

    root = str(Path(diplomap.__file__).resolve().parents[1])
    paths = [root, *[p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]]
    return {"PYSPARK_PYTHON": sys.executable, "PYTHONPATH": os.pathsep.join(dict.fromkeys(paths))}
