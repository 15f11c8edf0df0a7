"""`diplomap batch --engine local`: files -> Parquet datasets on a process pool.

The parent reads the files (cheap) and keeps the first of equal texts, as `ingest` does;
the workers run `records.read_documents` (the costly part), each with its own compiled
pipeline; the parent writes every chunk of documents as one Parquet file per dataset and
month, each sorted by document ID (what `load` merges).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq

from diplomap.ingest import collect_files
from diplomap.scale.records import DATASETS, BatchOptions, flatten, read_articles, read_documents

CHUNK = 1000   # documents per written file (per dataset and month)
BATCH = 16     # documents per task sent to a worker


@dataclass
class BatchSummary:
    files: int = 0
    records: int = 0        # articles read, duplicates included
    documents: int = 0      # documents written
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def duplicates(self) -> int:
        return self.records - self.documents

    def as_dict(self) -> dict[str, object]:
        return {"files": self.files, "records": self.records, "documents": self.documents,
                "duplicates": self.duplicates, "failed": len(self.errors),
                "errors": self.errors, "warnings": self.warnings}


def clear_output(output: Path) -> None:
    """A re-run replaces the datasets of an earlier run (and nothing else in OUTPUT)."""
    output.mkdir(parents=True, exist_ok=True)
    for name in DATASETS:
        if (output / name).exists():
            shutil.rmtree(output / name)


def write_chunk(records: Sequence[dict], output: Path, part: str) -> None:
    """One Parquet file per dataset and month, `OUTPUT/NAME/month=M/part-PART.parquet`."""
    for name in DATASETS:
        table = flatten(records, name)
        for month in pc.unique(table["month"]).to_pylist():
            rows = table.filter(pc.equal(table["month"], month)).drop_columns(["month"])
            folder = output / name / f"month={month}"
            folder.mkdir(parents=True, exist_ok=True)
            pq.write_table(rows, folder / f"part-{part}.parquet")


def _articles(files: Sequence[Path], options: BatchOptions, summary: BatchSummary
              ) -> Iterator[dict]:
    """The first article of each text, in the order `ingest` reads them."""
    seen: set[str] = set()
    for index, path in enumerate(files):
        for row in read_articles(index, str(path), options):
            if row["kind"] == "error":
                summary.errors.append(row["message"])
            elif row["kind"] == "warning":
                summary.warnings.append(row["message"])
            else:
                summary.records += 1
                if row["doc_id"] not in seen:
                    seen.add(row["doc_id"])
                    yield row


def _init_worker(lexicons: tuple[str, ...]) -> None:
    from diplomap.scale.records import pipeline

    pipeline(lexicons)  # compiled once per worker, before its first task


def _read_batch(job: tuple[list[dict], tuple[str, ...]]) -> list[dict]:
    articles, lexicons = job
    return read_documents(articles, lexicons)


def _batches(items: Iterable[dict], size: int) -> Iterator[list[dict]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def run_local(inputs: Sequence[str | Path], output: Path, options: BatchOptions, *,
              workers: int = 1, on_doc: Callable[[int], None] | None = None) -> BatchSummary:
    """Read `inputs` into the Parquet datasets under `output` with `workers` processes."""
    files, problems = collect_files(inputs)
    summary = BatchSummary(files=len(files), errors=[str(p) for p in problems])
    clear_output(output)
    chunks = enumerate(_batches(_articles(files, options, summary), CHUNK))

    def write(number: int, batches: Iterable[list[dict]]) -> None:
        records = [record for batch in batches for record in batch]
        write_chunk(records, output, f"{number:05d}")
        summary.documents += len(records)
        if on_doc:
            on_doc(len(records))

    if workers <= 1:
        for number, chunk in chunks:
            write(number, [read_documents(chunk, options.lexicons)])
        return summary
    with ProcessPoolExecutor(workers, initializer=_init_worker,
                             initargs=(options.lexicons,)) as pool:
        previous: tuple[int, list[Future]] | None = None
        for number, chunk in chunks:  # the next chunk is read while the workers extract
            futures = [pool.submit(_read_batch, (batch, options.lexicons))
                       for batch in _batches(chunk, BATCH)]
            if previous:
                write(previous[0], (f.result() for f in previous[1]))
            previous = (number, futures)
        if previous:
            write(previous[0], (f.result() for f in previous[1]))
    return summary
