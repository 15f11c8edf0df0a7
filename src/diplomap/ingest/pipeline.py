"""Ingest: walk paths, read files, store documents (a batch of them per transaction)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from diplomap.ingest.dates import normalize_date
from diplomap.ingest.language import detect_language
from diplomap.ingest.readers import (
    SUFFIXES,
    Article,
    IngestError,
    ReadOptions,
    display_path,
    read_file,
)
from diplomap.store import NewDocument, transaction
from diplomap.store.documents import store_document
from diplomap.store.files import file_unchanged, record_file
from diplomap.text import search_text, split_sentences


@dataclass
class IngestSummary:
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    files: int = 0
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)
    unchanged: int = 0  # files skipped: read before and unchanged since
    # files decoded with the --encoding fallback instead of UTF-8: path -> encoding
    fallback_decoded: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "files": self.files, "stored": self.stored, "duplicates": self.duplicates,
            "failed": self.failed, "unchanged": self.unchanged, "new_ids": self.new_ids,
            "warnings": self.warnings,
            "fallback_decoded": self.fallback_decoded,
            "errors": [{"path": e.path, "line": e.line, "reason": e.reason}
                       for e in self.errors],
        }


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[IngestError]]:
    """Files named, and supported files found recursively in folders named (sorted; hidden
    ones skipped). Folder links are followed once; a link loop is reported, not followed."""
    files: list[Path] = []
    errors: list[IngestError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, loops = _walk(path)
            files += found
            errors += [IngestError(p, "symbolic link loop, not followed") for p in loops]
        elif path.is_file():
            files.append(path)
        elif path.is_symlink():
            errors.append(IngestError(path, "broken symbolic link or link loop"))
        else:
            errors.append(IngestError(path, "no such file or folder"))
    return files, errors


LARGE_FILES, LARGE_BYTES = 32, 1_000_000


def large_input(paths: Iterable[str | Path]) -> bool:
    """Whether `paths` hold enough to be worth starting extraction workers for before
    reading them: LARGE_FILES files, or LARGE_BYTES (a JSONL or CSV of many records)."""
    files, _ = collect_files(paths)
    if len(files) >= LARGE_FILES:
        return True
    total = 0
    for path in files:
        try:
            total += path.stat().st_size
        except OSError:
            continue
    return total >= LARGE_BYTES


def _walk(top: Path) -> tuple[list[Path], list[Path]]:
    files: list[Path] = []
    loops: list[Path] = []
    seen = {top.resolve()}
    for folder, dirs, names in os.walk(top, followlinks=True):
        base = Path(folder)
        for name in list(dirs):
            child = base / name
            if name.startswith("."):
                dirs.remove(name)
            elif child.is_symlink():
                real = child.resolve()
                if real == base.resolve() or real in base.resolve().parents:
                    loops.append(child)
                if real in seen:  # a loop, or a second link to a folder already read
                    dirs.remove(name)
                seen.add(real)
        for name in names:
            child = base / name
            if name.startswith(".") or child.suffix.lower() not in SUFFIXES:
                continue
            if child.is_file():
                files.append(child)
            elif child.is_symlink():
                loops.append(child)
    return sorted(files), sorted(loops)


def ingest_paths(
    conn: sqlite3.Connection,
    paths: Iterable[str | Path],
    *,
    options: ReadOptions | None = None,
    source: str | None = None,
    published: str | None = None,
    on_start: Callable[[int], None] | None = None,
    on_file: Callable[[Path], None] | None = None,
    on_record: Callable[[Path, int], None] | None = None,
    rescan: bool = False,
    reader: TextReader | None = None,
) -> IngestSummary:
    """Ingest every article under `paths`; bad files are reported, good ones stored.

    A file read before with the same options and unchanged since (size, times, inode) is
    skipped without reading it, unless `rescan`. `on_start(n)` is told how many files were
    found, `on_file(path)` when each is done, `on_record(path, n)` after each record read
    (n records of that file so far: a JSONL or CSV of thousands of records shows progress).
    `reader`: what reads a batch's texts (`read_texts`, or the same on worker processes).
    """
    options = options or ReadOptions()
    default_date = normalize_date(published) if published else None
    files, errors = collect_files(paths)
    if on_start:
        on_start(len(files))
    summary = IngestSummary(files=len(files), errors=errors, failed=len(errors))
    fingerprint = _fingerprint(options, source, default_date)
    batch = _Batch(conn, summary, reader or read_texts)
    for path in files:
        stat, shown = path.stat(), display_path(path.resolve())
        if not rescan and file_unchanged(conn, shown, fingerprint, stat):
            summary.unchanged += 1
        else:
            failed = summary.failed
            for n, item in enumerate(read_file(path, options), 1):
                _store(batch, item, summary, source, default_date)
                if on_record:
                    on_record(path, n)
            if summary.failed == failed:  # a file with errors is read again next time
                batch.files.append((shown, fingerprint, stat))
        if on_file:
            on_file(path)
    batch.close()
    return summary


# documents per write transaction: a commit writes the pages the batch touched and the
# search index's new segment (10,000 documents stored: 166 commits 2.3 s of CPU at 64 a
# batch, 49 commits 1.4 s at 256)
WRITE_BATCH = 256


TextReading = tuple[str, list[tuple[int, int]], list[str]]  # language, sentences, index
TextReader = Callable[[list[str]], Iterable[TextReading]]


def read_texts(texts: list[str]) -> list[TextReading]:
    """What storing each text needs computed from it alone: its language, its sentences
    and their search-index text (`text.search_text`). Runs on ingest worker processes too."""
    out = []
    for text in texts:
        sentences = split_sentences(text)
        out.append((detect_language(text), sentences,
                    [search_text(text[start:end]) for start, end in sentences]))
    return out


class _Batch:
    """Documents read and not yet stored, written `WRITE_BATCH` at a time in one transaction
    with the files they completed: a kill leaves each document whole or absent and a file
    recorded only with all its documents, and the write lock is held only while writing.

    A full batch's texts are handed to the `reader` (on worker processes, it reads while
    this process reads the next files) and the batch is written when the next one is full:
    documents are written in the order they were read."""

    def __init__(self, conn: sqlite3.Connection, summary: IngestSummary,
                 reader: TextReader) -> None:
        self.conn, self.summary, self.reader = conn, summary, reader
        self.documents: list[NewDocument] = []
        self.files: list[tuple[str, str, os.stat_result]] = []
        self.read: tuple[list[NewDocument], list, Iterable[TextReading]] | None = None

    def add(self, doc: NewDocument) -> None:
        self.documents.append(doc)
        if len(self.documents) >= WRITE_BATCH:
            self.flush()

    def flush(self) -> None:
        """Hand the batch to the reader; write the batch handed before."""
        if not self.documents and not self.files:
            return
        previous, self.read = self.read, (self.documents, self.files,
                                          self.reader([d.text for d in self.documents]))
        self.documents, self.files = [], []
        if previous is not None:
            self._write(*previous)

    def close(self) -> None:
        """Write everything (the end of the input)."""
        self.flush()
        if self.read is not None:
            self._write(*self.read)
            self.read = None

    def _write(self, documents: list[NewDocument], files: list,
               readings: Iterable[TextReading]) -> None:
        with transaction(self.conn):
            stored = []
            for doc, (lang, sentences, bodies) in zip(documents, readings, strict=True):
                stored.append(store_document(self.conn, dataclasses.replace(doc, lang=lang),
                                             sentences, bodies))
            for shown, fingerprint, stat in files:
                record_file(self.conn, shown, fingerprint, stat)
        for doc, new in zip(documents, stored, strict=True):
            if new:
                self.summary.stored += 1
                self.summary.new_ids.append(doc.id)
            else:
                self.summary.duplicates += 1


def _fingerprint(options: ReadOptions, source: str | None, published: str | None) -> str:
    """What else decides what a file's documents are: the same file read with other options
    (another text field, encoding or source tag) is read again."""
    raw = json.dumps([dataclasses.asdict(options), source, published], sort_keys=True)
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def _store(batch: _Batch, item: Article | IngestError, summary: IngestSummary,
           source: str | None, default_date: str | None) -> None:
    if isinstance(item, IngestError):
        summary.errors.append(item)
        summary.failed += 1
        return
    where = f"{item.path}:{item.line}" if item.line else item.path
    if item.encoding != "utf-8":
        summary.fallback_decoded[item.path] = item.encoding
    summary.warnings += [f"{where}: {w}" for w in item.warnings]
    batch.add(new_document(item, source, default_date, detect=False))


def new_document(item: Article, source: str | None, default_date: str | None,
                 detect: bool = True) -> NewDocument:
    """The document an article is stored as (language detected here unless not `detect`:
    then the batch's `read_texts` sets it)."""
    return NewDocument(text=item.text, lang=detect_language(item.text) if detect else "",
                       title=item.title, url=item.url or item.path, path=item.path,
                       source=source, published=item.published or default_date)


def iter_articles(paths: Iterable[str | Path], options: ReadOptions | None = None
                  ) -> Iterator[Article | IngestError]:
    """Read without storing (used by `eval --docs` and the benchmarks)."""
    files, errors = collect_files(paths)
    yield from errors
    for path in files:
        yield from read_file(path, options or ReadOptions())
