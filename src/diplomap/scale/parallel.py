"""Extraction of large corpora on several processes.

Reading is the costly part and runs in worker processes, each with its own
compiled pipeline; the parent process is the only writer, so SQLite's
one-writer rule holds and every document is still saved in its own
transaction.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

from diplomap.extract.components import DEFAULT_MODEL
from diplomap.extract.pipeline import Pipeline
from diplomap.store.extractions import save_extraction, stored_texts
from diplomap.store.records import extraction_vectors

_worker_pipeline: Pipeline | None = None
BATCH = 16


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


def _init_worker(lexicons: Sequence[str], model: str = DEFAULT_MODEL) -> None:
    global _worker_pipeline
    _exit_with_parent(os.getppid())
    _worker_pipeline = Pipeline(lexicons, model)


def _exit_with_parent(parent: int, every: float = 0.5) -> None:
    """A worker whose parent was killed (kill -9 leaves the pool no time to stop it) is
    re-parented; it notices within `every` seconds and exits instead of running on."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _read(job: tuple[str, str, str, str | None]) -> tuple:
    doc_id, text, lang, published = job
    assert _worker_pipeline is not None
    reading = _worker_pipeline(text, lang, published)
    entities = _worker_pipeline.entity_rows(m.entity_id for m in reading.doc.mentions)
    # the sentence encoder runs here, not in the single writer that groups event records
    vectors = extraction_vectors(text, ([(e.start, e.end) for e in event.evidence]
                                        for event in reading.extraction.events))
    return (doc_id, reading.doc.mentions, reading.extraction, entities, lang, reading.grammar,
            vectors)


def extract_stored(conn: sqlite3.Connection, doc_ids: Iterable[str], pipeline: Pipeline,
                   on_doc: Callable[[str], None] | None = None) -> ExtractionRun:
    """Extract stored documents in this process, each saved in its own transaction."""
    run = ExtractionRun()
    for doc_id, text, lang, published in stored_texts(conn, doc_ids):
        reading = pipeline(text, lang, published)
        entities = pipeline.entity_rows(m.entity_id for m in reading.doc.mentions)
        save_extraction(conn, doc_id, reading.doc.mentions, reading.extraction, entities)
        run.count(lang, reading.grammar)
        if on_doc:
            on_doc(doc_id)
    return run


def default_workers() -> int:
    return max(1, (os.cpu_count() or 1))


def extract_parallel(conn: sqlite3.Connection, doc_ids: Sequence[str], *, workers: int,
                     lexicons: Sequence[str] = (), model: str = DEFAULT_MODEL,
                     on_doc: Callable[[str], None] | None = None) -> ExtractionRun:
    """Extract `doc_ids` with `workers` processes (1: in this process) and the extraction
    `model` (`diplomap.extract.components.MODELS`)."""
    if workers <= 1 or len(doc_ids) < 2 * BATCH:
        return extract_stored(conn, doc_ids, Pipeline(lexicons, model), on_doc=on_doc)
    run = ExtractionRun()
    jobs = stored_texts(conn, doc_ids)
    with ProcessPoolExecutor(workers, initializer=_init_worker,
                             initargs=(tuple(lexicons), model)) as pool:
        while chunk := list(islice(jobs, BATCH * workers)):
            for doc_id, mentions, extraction, entities, lang, grammar, vectors in pool.map(
                    _read, chunk, chunksize=BATCH):
                save_extraction(conn, doc_id, mentions, extraction, entities, vectors)
                run.count(lang, grammar)
                if on_doc:
                    on_doc(doc_id)
    return run
