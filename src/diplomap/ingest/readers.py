"""Readers: turn one file into articles (or one clear error per bad file or line)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from diplomap.ingest.dates import normalize_date

SUFFIXES = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html",
            ".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".parquet": "parquet"}
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

TEXT_FIELDS = ("text", "body", "content", "article", "full_text")
TITLE_FIELDS = ("title", "headline", "name")
DATE_FIELDS = ("published", "date", "pubdate", "published_at", "publication_date", "datetime")
URL_FIELDS = ("url", "link", "source_url", "uri")


def display_path(path: Path | str) -> str:
    """The path as text that can always be printed and stored: bytes of a file name that are
    not UTF-8 become backslash escapes (``caf\\xe9.txt``)."""
    return printable(os.fspath(path))


class IngestError(Exception):
    """A file (or one record of it) that cannot be ingested, with the reason."""

    def __init__(self, path: Path | str, reason: str, line: int | None = None) -> None:
        self.path, self.reason, self.line = display_path(path), reason, line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


@dataclass
class ReadOptions:
    text_field: str | None = None
    title_field: str | None = None
    date_field: str | None = None
    url_field: str | None = None
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass
class Article:
    text: str
    path: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    line: int | None = None
    warnings: list[str] = field(default_factory=list)
    encoding: str = "utf-8"


def read_file(path: Path, options: ReadOptions) -> Iterator[Article | IngestError]:
    """Yield the articles of one file; a bad record yields an IngestError instead."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        yield IngestError(path, f"unsupported file type {path.suffix or '(none)'!r}; "
                                f"expected one of {', '.join(sorted(SUFFIXES))}")
        return
    if kind == "parquet":  # binary: records are read from its columns, not decoded as text
        yield from _read_parquet(path, options)
        return
    try:
        content, encoding = decode(path, options)
    except IngestError as exc:
        yield exc
        return
    reader = {"text": _read_text, "markdown": _read_markdown, "html": _read_html,
              "json": _read_json, "jsonl": _read_jsonl, "csv": _read_csv}[kind]
    try:
        for item in reader(path, content, options):
            if isinstance(item, Article):
                item.encoding = encoding
            yield item
    except Exception as exc:
        yield IngestError(path, f"cannot be read ({type(exc).__name__}: {exc})")


def decode(path: Path, options: ReadOptions) -> tuple[str, str]:
    """The file's text, strictly decoded as UTF-8, else with `options.encoding` (a fallback,
    so that one run may mix UTF-8 and legacy files), and the encoding used."""
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            raise IngestError(path, f"file is {size:,} bytes, over the limit of "
                                    f"{options.max_bytes:,} (raise it with --max-bytes)")
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(path, f"cannot read file ({exc.strerror or exc})") from exc
    if not data.strip():
        raise IngestError(path, "empty file")
    if b"\x00" in data[:8192]:
        raise IngestError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        if not options.encoding:
            raise IngestError(path, _decode_reason(data, exc, "utf-8")) from exc
    try:
        return data.decode(options.encoding), options.encoding
    except UnicodeDecodeError as exc:
        reason = _decode_reason(data, exc, options.encoding)
        raise IngestError(path, f"neither UTF-8 nor {reason}") from exc
    except LookupError as exc:
        raise IngestError(path, f"unknown encoding {options.encoding!r}") from exc


def _decode_reason(data: bytes, exc: UnicodeDecodeError, encoding: str) -> str:
    reason = f"not valid {encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start})"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        name = best.encoding.replace("_", "-")
        reason += f"; it looks like {name}: re-run with --encoding {name}"
    return reason


def printable(value: str) -> str:
    """`value` unchanged when it is valid Unicode; lone surrogates (from a file name's bytes or
    a JSON escape) as backslash escapes."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogateescape" if _escaped_bytes_only(value)
                            else "backslashreplace").decode("utf-8", "backslashreplace")


def _escaped_bytes_only(value: str) -> bool:
    return all(not 0xD800 <= ord(c) <= 0xDFFF or 0xDC80 <= ord(c) <= 0xDCFF for c in value)


def _article(path: Path, text: str, **meta: str | None) -> Article | IngestError:
    meta = {k: printable(v) if isinstance(v, str) else v for k, v in meta.items()}
    if printable(text) != text:
        return IngestError(path, "text is not valid Unicode (lone surrogates)",
                           meta.get("line"))  # type: ignore[arg-type]
    if not text.strip():
        return IngestError(path, "no text in document", meta.get("line"))  # type: ignore[arg-type]
    if "\x00" in text:
        return IngestError(path, "text contains NUL bytes (binary data?)",
                           meta.get("line"))  # type: ignore[arg-type]
    published, warnings = None, []
    raw_date = meta.pop("published", None)
    if raw_date:
        published = normalize_date(str(raw_date))
        if published is None:
            warnings.append(f"unreadable date {raw_date!r}, left unknown")
    return Article(text=text, path=display_path(path), published=published, warnings=warnings,
                   **meta)  # type: ignore[arg-type]


def _read_text(path: Path, content: str, options: ReadOptions) -> Iterator[Article | IngestError]:
    first = content.strip().split("\n", 1)[0].strip()
    title = first if 0 < len(first) <= 150 and first[-1] not in ".!?؟" else path.stem
    yield _article(path, content, title=title, url=None)


def _read_markdown(path: Path, content: str, options: ReadOptions
                   ) -> Iterator[Article | IngestError]:
    meta: dict = {}
    body = content
    if content.startswith("---"):
        end = content.find("\n---", 3)
        if end != -1:
            try:
                loaded = yaml.safe_load(content[3:end])
            except yaml.YAMLError as exc:
                problem = getattr(exc, "problem", None) or exc
                yield IngestError(path, f"front matter is not valid YAML ({problem})")
                return
            meta = loaded if isinstance(loaded, dict) else {}
            body = content[end + 4:].lstrip("\r\n")
    title = _pick(meta, options.title_field, TITLE_FIELDS)
    if not title:
        heading = next((ln for ln in body.splitlines() if ln.startswith("# ")), None)
        title = heading[2:].strip() if heading else path.stem
    yield _article(path, body, title=str(title),
                   url=_str(_pick(meta, options.url_field, URL_FIELDS)),
                   published=_str(_pick(meta, options.date_field, DATE_FIELDS)))


def _read_html(path: Path, content: str, options: ReadOptions) -> Iterator[Article | IngestError]:
    import trafilatura

    extracted = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False,
                                            include_tables=False, as_dict=True)
    page: dict = extracted if isinstance(extracted, dict) else {}
    text = page.get("text") or ""
    if not text.strip():
        yield IngestError(path, "no main text found in the HTML page")
        return
    yield _article(path, text, title=page.get("title") or path.stem,
                   url=page.get("url"), published=page.get("date"))


def _read_json(path: Path, content: str, options: ReadOptions) -> Iterator[Article | IngestError]:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        yield IngestError(path, f"not valid JSON ({exc.msg})", exc.lineno)
        return
    except RecursionError:
        yield IngestError(path, "JSON nested too deeply")
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, 1):
        yield _from_record(path, record, options, number if isinstance(data, list) else None)


def _read_jsonl(path: Path, content: str, options: ReadOptions
                ) -> Iterator[Article | IngestError]:
    for number, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(path, f"line is not valid JSON ({exc.msg})", number)
            continue
        except RecursionError:
            yield IngestError(path, "line's JSON is nested too deeply", number)
            continue
        yield _from_record(path, record, options, number)


def _read_csv(path: Path, content: str, options: ReadOptions) -> Iterator[Article | IngestError]:
    csv.field_size_limit(max(options.max_bytes, 131072))  # a field may be a whole article
    reader = csv.DictReader(io.StringIO(content, newline=""), strict=True)
    try:
        columns = reader.fieldnames or []
    except csv.Error as exc:
        yield IngestError(path, f"not valid CSV ({exc})", 1)
        return
    text_column = _field_name(columns, options.text_field, TEXT_FIELDS)
    if text_column is None:
        wanted = options.text_field or "/".join(TEXT_FIELDS)
        yield IngestError(path, f"no text column ({wanted}) among {columns}; "
                                "name it with --text-field")
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # e.g. an unterminated quote: the rest cannot be split
            yield IngestError(path, f"not valid CSV ({exc}); rows after it not read",
                              reader.line_num)
            return
        yield _from_record(path, row, options, reader.line_num)


def _read_parquet(path: Path, options: ReadOptions) -> Iterator[Article | IngestError]:
    """One article per row; a row's "line" is its number in the file (1 = first row)."""
    import pyarrow.parquet as pq

    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            yield IngestError(path, f"file is {size:,} bytes, over the limit of "
                                    f"{options.max_bytes:,} (raise it with --max-bytes)")
            return
        source = pq.ParquetFile(path)
        number = 0
        for batch in source.iter_batches(batch_size=1024):
            for record in batch.to_pylist():
                number += 1
                yield _from_record(path, record, options, number)
    except OSError as exc:  # pyarrow reports a file that is not Parquet as an OSError
        yield IngestError(path, f"not a readable Parquet file ({exc})")


def _from_record(path: Path, record: object, options: ReadOptions, line: int | None
                 ) -> Article | IngestError:
    if not isinstance(record, dict):
        return IngestError(path, f"expected an object, got {type(record).__name__}", line)
    column = _field_name(list(record), options.text_field, TEXT_FIELDS)
    text = record.get(column) if column else None
    if not isinstance(text, str):
        wanted = options.text_field or "/".join(TEXT_FIELDS)
        return IngestError(path, f"no text field ({wanted}) in record", line)
    return _article(path, text, line=line,  # type: ignore[arg-type]
                    title=_str(_pick(record, options.title_field, TITLE_FIELDS)),
                    url=_str(_pick(record, options.url_field, URL_FIELDS)),
                    published=_str(_pick(record, options.date_field, DATE_FIELDS)))


def _field_name(columns: Sequence[str], chosen: str | None,
                defaults: tuple[str, ...]) -> str | None:
    if chosen:
        return chosen if chosen in columns else None
    lower = {c.lower(): c for c in columns if isinstance(c, str)}
    return next((lower[d] for d in defaults if d in lower), None)


def _pick(record: dict, chosen: str | None, defaults: tuple[str, ...]) -> object:
    name = _field_name(list(record), chosen, defaults)
    return record.get(name) if name else None


def _str(value: object) -> str | None:
    """A metadata value as text: numbers and strings only (an object or a list is no title)."""
    if isinstance(value, dt.date):  # YAML front matter reads dates as dates
        return value.isoformat()
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return str(value) if value != "" else None
