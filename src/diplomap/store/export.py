"""Write rows as a table, JSONL, CSV or Parquet (the formats every listing command offers)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

FORMATS = ("table", "jsonl", "csv", "parquet")


def write_rows(rows: Sequence[dict[str, Any]], fmt: str, out: IO[str] | None = None,
               path: Path | None = None, columns: Sequence[str] | None = None,
               title: str | None = None) -> None:
    """Write `rows` (dicts) in `fmt`; parquet needs `path`."""
    out = out or sys.stdout
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({k: _flat(row.get(k)) for k in columns} for row in rows)
    elif fmt == "parquet":
        _write_parquet(rows, columns, path)
    elif fmt == "table":
        _write_table(rows, columns, out, title)
    else:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value


def _write_parquet(rows: Sequence[dict[str, Any]], columns: list[str], path: Path | None) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if path is None:
        raise ValueError("--format parquet needs --output FILE")
    data = {c: [_flat(row.get(c)) for row in rows] for c in columns}
    pq.write_table(pa.table(data) if columns else pa.table({}), path)


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
