"""CLI commands of the ingest stage: ingest, status, docs."""

from __future__ import annotations

from pathlib import Path

import click

from diplomap.cli.context import (
    EXIT_FAILED,
    current,
    error,
    extract_documents,
    finish,
    model_option,
    print_json,
    progress,
    record_options,
)
from diplomap.ingest.pipeline import IngestSummary, ingest_paths, large_input
from diplomap.ingest.readers import DEFAULT_MAX_BYTES, ReadOptions
from diplomap.scale import ExtractionRun, default_workers, pool_reader, start_workers
from diplomap.scale.parallel import loaded_frozen
from diplomap.store import (
    DocumentFilters,
    corpus_status,
    get_document,
    get_sentences,
    list_documents,
)
from diplomap.store.export import write_rows
from diplomap.store.extractions import pending_documents
from diplomap.store.filters import check_date


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@record_options(DEFAULT_MAX_BYTES)
@click.option("--no-extract", is_flag=True, help="Store documents only; skip extraction.")
@click.option("--rescan", is_flag=True, help="Read every file again, even those read before "
              "with the same options and unchanged since (size, times, inode).")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra entity YAML file for extraction; repeatable.")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for extraction [default: the number of CPUs].")
@model_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary table.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def ingest(paths: tuple[Path, ...], source: str | None, published: str | None,
           text_field: str | None, title_field: str | None, date_field: str | None,
           url_field: str | None, encoding: str | None, max_bytes: int, no_extract: bool,
           rescan: bool, lexicons: tuple[str, ...], workers: int | None, model: str,
           quiet: bool, as_json: bool) -> None:
    """Ingest files and folders (recursive) of .txt, .md, .html/.htm, .json, .jsonl, .csv,
    .parquet.

    Each document is stored once (content-hash ID) in its own transaction: re-running
    an ingest adds nothing, and an interrupted one is completed by re-running it.
    Bad files get a one-line error on stderr; good ones are stored; the exit code is 1
    when anything failed.
    """
    options = ReadOptions(text_field=text_field, title_field=title_field, date_field=date_field,
                          url_field=url_field, encoding=encoding, max_bytes=max_bytes)
    conn = current().connect()
    workers = workers or default_workers()
    # the extraction workers load their pipeline while the files are read and stored (for
    # a few small files, extraction in this process after the ingest is quicker)
    pool = None if no_extract or not large_input(paths) else start_workers(workers, lexicons, model)
    try:
        # what is loaded by now (modules, the lexicon) lives as long as the command: left
        # out of the garbage collector's scans, which would visit it at every full one
        with loaded_frozen():
            with progress("ingest", quiet=quiet or as_json, detail=True) as bar:
                task = bar.add_task("", total=None)
                summary = ingest_paths(
                    conn, paths, options=options, source=source, published=published,
                    rescan=rescan, on_start=lambda n: bar.update(task, total=n),
                    on_file=lambda p: bar.update(task, advance=1, description=p.name),
                    on_record=lambda p, n: bar.update(task, description=f"{p.name}: {n:,} records"),
                    reader=pool_reader(pool, workers) if pool is not None else None)
            run = None
            if not no_extract:
                # also documents left unextracted by an interrupted earlier run
                run = extract_documents(conn, pending_documents(conn), quiet=quiet or as_json,
                                        lexicons=lexicons, workers=workers, model=model,
                                        pool=pool)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    finish(errors=summary.errors, warnings=summary.warnings, failed=bool(summary.failed),
           as_json=as_json, quiet=quiet, data=summary.as_dict(),
           lines=lambda: _summary_lines(summary, run))


def _summary_lines(summary: IngestSummary, run: ExtractionRun | None) -> list[str]:
    lines = [f"{summary.files} files ({summary.unchanged} unchanged since read): "
             f"{summary.stored} stored, {summary.duplicates} skipped as duplicates, "
             f"{summary.failed} failed"]
    if run is not None and run.note:  # "3 documents in languages without a grammar: ru 3"
        lines.append(run.note)
    lines += [f"decoded as {used} (not UTF-8): {path}"
              for path, used in summary.fallback_decoded.items()]
    return lines


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def status(as_json: bool) -> None:
    """Counts of the corpus: documents per language, source and year; totals."""
    data = corpus_status(current().connect())
    if as_json:
        print_json(data)
        return
    totals = data["totals"]
    click.echo("  ".join(f"{k}: {v}" for k, v in totals.items()))
    for key in ("languages", "sources", "years"):
        rows = [{key[:-1] if key != "sources" else "source": k, "documents": v}
                for k, v in data[key].items()]
        write_rows(rows, "table", title=key)


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return check_date(value, f"--{param.name}")
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


@click.command()
@click.argument("doc", required=False)
@click.option("--lang", type=click.Choice(["ar", "en", "ru", "other"]), help="Only this language.")
@click.option("--source", help="Only this source tag.")
@click.option("--since", callback=_iso_date,
              help="Published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD; compared at "
                   "the precision both have).")
@click.option("--until", callback=_iso_date,
              help="Published on or before this date (its whole period).")
@click.option("--search", "query", help="Title or path contains.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True)
def docs(doc: str | None, lang: str | None, source: str | None, since: str | None,
         until: str | None, query: str | None, limit: int, offset: int, fmt: str) -> None:
    """List documents (filtered), or show DOC (ID, ID prefix or file name) with its sentences."""
    conn = current().connect()
    if doc:
        _show_document(conn, doc, fmt)
        return
    try:
        filters = DocumentFilters(lang=lang, source_tag=source, since=since, until=until,
                                  query=query)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    rows = list_documents(conn, filters, limit=limit, offset=offset)
    write_rows(rows, fmt, columns=["id", "lang", "published", "source", "title", "path"])


def _show_document(conn, doc: str, fmt: str) -> None:
    row = get_document(conn, doc)
    if row is None:
        error(f"no document {doc!r} (or the prefix is ambiguous)")
        raise SystemExit(EXIT_FAILED)
    sentences = [{"idx": i, "start": s, "end": e, "text": row["text"][s:e]}
                 for i, (s, e) in enumerate(get_sentences(conn, row["id"]))]
    if fmt == "table":
        meta = {k: row[k] for k in ("id", "title", "lang", "published", "source", "url")}
        for key, value in meta.items():
            click.echo(f"{key}: {value}")
        write_rows(sentences, "table", columns=["idx", "start", "end", "text"])
    else:
        write_rows(sentences, fmt)


COMMANDS = [ingest, status, docs]
