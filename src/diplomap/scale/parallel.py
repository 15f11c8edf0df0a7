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
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from diplomap.extract.pipeline import Pipeline
from diplomap.store.extractions import save_extraction, stored_texts

_worker_pipeline: Pipeline | None = None
BATCH = 16


def _init_worker(lexicons: Sequence[str]) -> None:
    global _worker_pipeline
    _exit_with_parent(os.getppid())
    _worker_pipeline = Pipeline(lexicons)


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
    return doc_id, reading.doc.mentions, reading.extraction, entities


def extract_stored(conn: sqlite3.Connection, doc_ids: Iterable[str], pipeline: Pipeline,
                   on_doc: Callable[[str], None] | None = None) -> int:
    """Extract stored documents in this process, each saved in its own transaction."""
    done = 0
    for doc_id, text, lang, published in stored_texts(conn, doc_ids):
        reading = pipeline(text, lang, published)
        entities = pipeline.entity_rows(m.entity_id for m in reading.doc.mentions)
        save_extraction(conn, doc_id, reading.doc.mentions, reading.extraction, entities)
        done += 1
        if on_doc:
            on_doc(doc_id)
    return done


def default_workers() -> int:
    return max(1, (os.cpu_count() or 1))


def extract_parallel(conn: sqlite3.Connection, doc_ids: Sequence[str], *, workers: int,
                     lexicons: Sequence[str] = (),
                     on_doc: Callable[[str], None] | None = None) -> int:
    """Extract `doc_ids` with `workers` processes (1: in this process)."""
    if workers <= 1 or len(doc_ids) < 2 * BATCH:
        return extract_stored(conn, doc_ids, Pipeline(lexicons), on_doc=on_doc)
    done = 0
    jobs = stored_texts(conn, doc_ids)
    with ProcessPoolExecutor(workers, initializer=_init_worker,
                             initargs=(tuple(lexicons),)) as pool:
        while chunk := list(islice(jobs, BATCH * workers)):
            for doc_id, mentions, extraction, entities in pool.map(_read, chunk,
                                                                   chunksize=BATCH):
                save_extraction(conn, doc_id, mentions, extraction, entities)
                done += 1
                if on_doc:
                    on_doc(doc_id)
    return done
