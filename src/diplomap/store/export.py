"""Write rows as a table, JSONL, CSV or Parquet (the formats every listing command offers).

JSONL and CSV are written row by row as the rows come (a listing read from the database
streams to the file), Parquet in row groups of `PARQUET_BATCH`; only a table is built
whole (it is for reading on a screen).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

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
