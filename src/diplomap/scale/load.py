"""`diplomap load`: the Parquet datasets of `diplomap batch` into the SQLite store.

Documents are loaded in the order of their IDs, as `ingest` extracts them, so that the
store is the one a plain `ingest` of the same files makes, row for row (a symmetric fact
keeps the orientation of its first document; the event summary lists its first events).
Every file of a dataset is sorted by document ID, so the datasets are merged as streams:
memory holds a few record batches per file, not the output.

Each document is written whole (document, sentences, search index, mentions, facts,
events) or not at all; a document already stored with its extraction is skipped, so a
re-run adds nothing and an interrupted load is completed by running it again.
"""

from __future__ import annotations

import heapq
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from diplomap.scale.records import CHILDREN, DATASETS
from diplomap.store.db import transaction
from diplomap.store.documents import NewDocument, insert_document
from diplomap.store.extractions import ExtractionRows, write_extraction
from diplomap.store.records import forget_decoded

BATCH = 200  # documents per transaction


class LoadError(Exception):
    """The output folder is not (or not all) the output of `diplomap batch`."""


@dataclass
class LoadSummary:
    loaded: int = 0
    skipped: int = 0  # already stored with their extraction
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"loaded": self.loaded, "skipped": self.skipped, "failed": len(self.errors),
                "errors": self.errors}


def dataset_files(output: Path, name: str) -> list[Path]:
    """The Parquet files of one dataset (Spark's _SUCCESS and .crc files left out)."""
    folder = output / name
    return sorted(p for p in folder.rglob("*.parquet")
                  if not any(part.startswith(("_", ".")) for part in p.relative_to(folder).parts))


def count_documents(output: Path) -> int:
    return sum(pq.ParquetFile(f).metadata.num_rows for f in dataset_files(output, "documents"))


def _rows(path: Path, ordered: bool) -> Iterator[dict]:
    last: tuple = ()
    for batch in pq.ParquetFile(path).iter_batches(batch_size=256):
        for row in batch.to_pylist():
            key = (row["doc_id"], row.get("seq", 0))
            if ordered and key < last:
                raise LoadError(f"{path}: rows not sorted by document (not written by "
                                "`diplomap batch`?)")
            last = key
            yield row


def _merged(output: Path, name: str) -> Iterator[dict]:
    files = dataset_files(output, name)
    return heapq.merge(*(_rows(f, True) for f in files),
                       key=lambda row: (row["doc_id"], row.get("seq", 0)))


class _Children:
    """One dataset's merged rows, taken document by document."""

    def __init__(self, rows: Iterator[dict]) -> None:
        self._rows, self._next = rows, next(rows, None)

    def take(self, doc_id: str) -> list[dict]:
        while self._next is not None and self._next["doc_id"] < doc_id:
            self._next = next(self._rows, None)  # rows of no document: not loaded
        found = []
        while self._next is not None and self._next["doc_id"] == doc_id:
            found.append(self._next)
            self._next = next(self._rows, None)
        return found


def load_output(conn: sqlite3.Connection, output: Path,
                on_doc: Callable[[str], None] | None = None) -> LoadSummary:
    """Load every document of `output` not yet stored with its extraction."""
    if not dataset_files(output, "documents"):
        raise LoadError(f"{output}: no documents dataset (run `diplomap batch` first)")
    summary = LoadSummary()
    children = {name: _Children(_merged(output, name)) for name in CHILDREN}
    documents = _merged(output, "documents")
    while batch := [row for _, row in zip(range(BATCH), documents, strict=False)]:
        try:
            with transaction(conn):
                for row in batch:
                    rows = {name: children[name].take(row["doc_id"]) for name in CHILDREN}
                    _load_document(conn, row, rows, summary)
                    if on_doc:
                        on_doc(row["doc_id"])
        except BaseException:
            forget_decoded(conn)  # rolled back: what the grouping decoded may not be stored
            raise
    return summary


def _load_document(conn: sqlite3.Connection, row: dict, rows: dict[str, list[dict]],
                   summary: LoadSummary) -> None:
    doc_id = row["doc_id"]
    stored = conn.execute("SELECT extracted_at FROM documents WHERE id = ?",
                          (doc_id,)).fetchone()
    if stored is not None and stored[0] is not None:
        summary.skipped += 1
        return
    doc = NewDocument(text=row["text"], lang=row["lang"], title=row["title"], url=row["url"],
                      path=row["path"], source=row["source"], published=row["published"])
    if doc.id != doc_id:
        summary.errors.append(f"document {doc_id}: its text does not hash to its ID, "
                              "not loaded")
        return
    if stored is None:
        sentences = [(s["start"], s["end"]) for s in rows["sentences"]]
        insert_document(conn, doc, sentences)
    write_extraction(conn, doc_id, _extraction(doc_id, rows), row["extractor"])
    summary.loaded += 1


def _extraction(doc_id: str, rows: dict[str, list[dict]]) -> ExtractionRows:
    def strip(name: str, with_doc: bool) -> list[dict]:
        columns = [c for c, _ in DATASETS[name] if c != "seq"]
        return [{**({"doc_id": doc_id} if with_doc else {}), **{c: r[c] for c in columns}}
                for r in rows[name]]

    return ExtractionRows(entities=strip("entities", False), mentions=strip("mentions", True),
                          facts=strip("facts", False),
                          fact_mentions=strip("fact_mentions", True),
                          events=strip("events", True))
