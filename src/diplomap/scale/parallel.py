"""Extraction of large corpora on several processes.

Reading is the costly part and runs in worker processes, each with its own
compiled pipeline; they also compute what a document's save writes that depends on
the document alone (row IDs, JSON, MinHash signatures). The parent
process is the only writer, so SQLite's one-writer rule holds; it commits a batch of
documents at a time (a kill leaves each document whole or absent), and writes while
the workers read the next chunks.
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from diplomap import sample
from diplomap.extract.components import DEFAULT_MODEL
from diplomap.extract.pipeline import Pipeline
from diplomap.ingest.pipeline import TextReader, TextReading, read_texts
from diplomap.lang import languages
from diplomap.lexicon.cache import built_apart
from diplomap.store.extractions import (
    DocumentExtraction,
    prepare_extraction,
    save_extractions,
    stored_texts,
)

_worker_pipeline: Pipeline | None = None
CHUNK = 16  # documents handed to a worker at a time (one pickled message each way)
IN_FLIGHT = 8  # chunks per worker submitted ahead of the writer (work for a batch's write)
# documents per write transaction: their events are grouped once per block touched, and a
# busy block is reclustered whole, so a larger batch divides that cost (a kill loses at
# most a batch, extracted again by the next run). 10,000 documents written: 256 a batch
# 28 s of CPU, 512 23.4 s (the regions' summaries scanned and the pages committed half as
# often), 1,024 22 s for twice the rows held
WRITE_BATCH = 512


@dataclass
class ExtractionRun:
    """What a run did: documents read and saved, and of those the ones in languages
    without a grammar (stored and linked, no facts or events), counted per language."""

    done: int = 0
    without_grammar: Counter[str] = field(default_factory=Counter)

    def count(self, lang: str, grammar: bool) -> None:
        self.done += 1
        if not grammar:
            self.without_grammar[lang or "unknown"] += 1

    @property
    def note(self) -> str | None:
        """"4 documents in languages without a grammar: ru 3, other 1", or None."""
        if not self.without_grammar:
            return None
        langs = ", ".join(f"{lang} {n}" for lang, n in sorted(
            self.without_grammar.items(), key=lambda item: (-item[1], item[0])))
        total = sum(self.without_grammar.values())
        return f"{total} document{'s' * (total != 1)} in languages without a grammar: {langs}"


_YOUNG_THRESHOLD = 10_000  # the default is 700


def _init_worker(lexicons: Sequence[str], model: str = DEFAULT_MODEL) -> None:
    global _worker_pipeline
    _exit_with_parent(os.getppid())
    if _worker_pipeline is None:  # not compiled before the fork (`start_workers`)
        _worker_pipeline = compiled_pipeline(lexicons, model)
    freeze_loaded()


def compiled_pipeline(lexicons: Sequence[str] = (), model: str = DEFAULT_MODEL) -> Pipeline:
    """A pipeline with every language's rules and components compiled now, not at its
    first document. Built with the garbage collector paused: what is built is kept (about
    a hundred objects of it are garbage in cycles, left to a later collection), and the
    collections its objects set off, each scanning what was built so far, were a large
    share of the build's CPU time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        pipeline = Pipeline(lexicons, model)
        for lang in languages():
            pipeline.extractor(lang)
    finally:
        if enabled:
            gc.enable()
    return pipeline


@lru_cache(maxsize=1)
def warm_texts() -> dict[str, str]:
    """The first article of the bundled sample corpus in each language, read once before
    the workers are forked (`start_workers`): what a reading loads at its first use (names,
    dates, sums, counts, quotes, triggers; the language identifier) is then loaded once for
    every worker, not by each at its first documents."""
    texts: dict[str, str] = {}
    for path in sorted(sample.CORPUS.glob("*.json")):
        lang = sample.language_of(path)
        if lang not in texts:
            texts[lang] = json.loads(path.read_text(encoding="utf-8"))["text"]
    return texts


def warm(pipeline: Pipeline) -> None:
    """Read `warm_texts()` as a worker reads (its texts' storing readings and extraction)."""
    for lang, text in warm_texts().items():
        read_texts([text])
        if lang in languages():
            _prepare(pipeline, "warm", text, lang, "2025-03-04")


def freeze_loaded() -> None:
    """What a reading process has loaded (the lexicon, the compiled extractors: they live
    as long as it) is left out of the collector's scans, and its young generation is
    collected less often (a reading allocates thousands of short-lived containers, almost
    none in cycles)."""
    gc.freeze()
    gc.set_threshold(_YOUNG_THRESHOLD, *gc.get_threshold()[1:])


@contextmanager
def loaded_frozen() -> Iterator[None]:
    """`freeze_loaded` for a run in this process, undone after it (the objects frozen go
    back to the collector, its threshold to what it was)."""
    threshold = gc.get_threshold()
    freeze_loaded()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


def _ready() -> None:
    """A no-op task: submitting one per worker starts the workers (they load the pipeline)."""


def start_workers(workers: int, lexicons: Sequence[str] = (), model: str = DEFAULT_MODEL
                  ) -> ProcessPoolExecutor | None:
    """A pool of `workers` extraction processes, started now (`ingest` reads and stores
    the files meanwhile); None for one worker. The caller shuts it down. Forked after the
    pipeline is compiled here (the lexicon, the rules, the scorer), the workers inherit it
    instead of each compiling its own: compiled once, not once per worker (the files'
    first batch waited for the workers' compiling anyway)."""
    global _worker_pipeline
    if workers <= 1:
        return None
    with built_apart():  # a cold cache is built by a child: this process only reads it
        _worker_pipeline = compiled_pipeline(lexicons, model)
    try:
        warm(_worker_pipeline)
        # what the workers inherit is left out of the garbage collector's scans: a scan
        # writes to every object it visits, which copies the inherited pages into each
        # worker one by one (its memory grew with the length of the run)
        gc.freeze()
        pool = ProcessPoolExecutor(workers, initializer=_init_worker,
                                   initargs=(tuple(lexicons), model))
        for _ in range(workers):
            pool.submit(_ready)  # forks the workers now
    finally:
        gc.unfreeze()
        _worker_pipeline = None  # this process does not read: its workers do
    return pool


def pool_reader(pool: ProcessPoolExecutor, workers: int) -> TextReader:
    """`ingest_paths`'s reader on the extraction workers (idle while the files are read):
    a batch's texts are split between them, and the readings are waited for only when
    the batch is written."""
    def read(texts: list[str]) -> Iterator[TextReading]:
        size = -(-len(texts) // workers)
        futures = [pool.submit(read_texts, texts[i:i + size])
                   for i in range(0, len(texts), size)]
        return (reading for future in futures for reading in future.result())

    return read


def _exit_with_parent(parent: int, every: float = 0.5) -> None:
    """A worker whose parent was killed (kill -9 leaves the pool no time to stop it) is
    re-parented; it notices within `every` seconds and exits instead of running on."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _read_chunk(jobs: list[tuple[str, str, str, str | None]]) -> list[tuple]:
    assert _worker_pipeline is not None
    return [_prepare(_worker_pipeline, *job) for job in jobs]


def _prepare(pipeline: Pipeline, doc_id: str, text: str, lang: str, published: str | None
             ) -> tuple[DocumentExtraction, str, bool]:
    reading = pipeline(text, lang, published)
    entities = pipeline.entity_rows(m.entity_id for m in reading.doc.mentions)
    prepared = prepare_extraction(doc_id, text, lang, published, reading.doc.mentions,
                                  reading.extraction, entities)
    return prepared, lang, reading.grammar


def extract_stored(conn: sqlite3.Connection, doc_ids: Iterable[str], pipeline: Pipeline,
                   on_doc: Callable[[str], None] | None = None,
                   batch: int | None = None) -> ExtractionRun:
    """Extract stored documents in this process, `batch` documents per transaction
    [default: WRITE_BATCH]."""
    run = ExtractionRun()
    writer = _Writer(conn, run, on_doc, batch or WRITE_BATCH)
    for job in stored_texts(conn, doc_ids):
        writer.add(_prepare(pipeline, *job))
    writer.flush()
    return run


def default_workers() -> int:
    return max(1, (os.cpu_count() or 1))


def extract_parallel(conn: sqlite3.Connection, doc_ids: Sequence[str], *, workers: int,
                     lexicons: Sequence[str] = (), model: str = DEFAULT_MODEL,
                     on_doc: Callable[[str], None] | None = None,
                     batch: int | None = None,
                     pool: ProcessPoolExecutor | None = None) -> ExtractionRun:
    """Extract `doc_ids` with `workers` processes (1: in this process) and the extraction
    `model` (`diplomap.extract.components.MODELS`), saving `batch` documents per
    transaction; `pool`: workers already started (`start_workers`, with their model)."""
    if pool is not None:
        return _extract_with(pool, conn, doc_ids, workers, on_doc, batch)
    if workers <= 1 or len(doc_ids) < 2 * CHUNK:
        if len(doc_ids) < 2 * CHUNK:  # a few documents: the languages they need, when they do
            return extract_stored(conn, doc_ids, Pipeline(lexicons, model), on_doc=on_doc,
                                  batch=batch)
        # (apart only for a caller without a progress bar: a bar's thread keeps the build
        # here; `extract_documents` has loaded the lexicon apart before its bar)
        with built_apart():
            pipeline = compiled_pipeline(lexicons, model)  # read as a worker reads: compiled
        with loaded_frozen():  # first, then frozen
            return extract_stored(conn, doc_ids, pipeline, on_doc=on_doc, batch=batch)
    with ProcessPoolExecutor(workers, initializer=_init_worker,
                             initargs=(tuple(lexicons), model)) as started:
        return _extract_with(started, conn, doc_ids, workers, on_doc, batch)


def _extract_with(pool: ProcessPoolExecutor, conn: sqlite3.Connection, doc_ids: Sequence[str],
                  workers: int, on_doc: Callable[[str], None] | None, batch: int | None
                  ) -> ExtractionRun:
    run = ExtractionRun()
    writer = _Writer(conn, run, on_doc, batch or WRITE_BATCH)
    jobs = stored_texts(conn, doc_ids)
    # a bounded window of chunks in flight: the workers never wait for the writer, and
    # memory holds a few chunks, not the corpus (Executor.map would submit them all)
    pending: deque[Future[list[tuple]]] = deque()
    while chunk := list(islice(jobs, CHUNK)):
        pending.append(pool.submit(_read_chunk, chunk))
        if len(pending) >= IN_FLIGHT * workers:
            for result in pending.popleft().result():
                writer.add(result)
    while pending:
        for result in pending.popleft().result():
            writer.add(result)
    writer.flush()
    return run


class _Writer:
    """Saves prepared extractions `batch` at a time, in order; counts and reports them once
    committed."""

    def __init__(self, conn: sqlite3.Connection, run: ExtractionRun,
                 on_doc: Callable[[str], None] | None, batch: int) -> None:
        self.conn, self.run, self.on_doc, self.batch = conn, run, on_doc, max(1, batch)
        self.items: list[tuple[DocumentExtraction, str, bool]] = []

    def add(self, item: tuple[DocumentExtraction, str, bool]) -> None:
        self.items.append(item)
        if len(self.items) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if not self.items:
            return
        save_extractions(self.conn, [prepared for prepared, _, _ in self.items])
        for prepared, lang, grammar in self.items:
            self.run.count(lang, grammar)
            if self.on_doc:
                self.on_doc(prepared.doc_id)
        self.items = []
