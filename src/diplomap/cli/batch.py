"""CLI commands of batch extraction: batch (files -> Parquet, on Spark or a process pool)
and load (Parquet -> the SQLite store)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from diplomap.cli.context import (
    EXIT_FAILED,
    EXIT_USAGE,
    current,
    error,
    finish,
    progress,
    record_options,
)
from diplomap.ingest.readers import ReadOptions
from diplomap.scale import default_workers
from diplomap.scale.records import BatchOptions

BATCH_MAX_BYTES = 2 * 1024**3  # a file is read whole by one task


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.argument("output")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local",
              show_default=True, help="local: a process pool on this machine; spark: Apache "
              "Spark (pip install 'diplomap[spark]').")
@click.option("--master", default=None,
              help="Spark master: local[N], spark://HOST:PORT, yarn, ... (--engine spark) "
              "[default: spark-submit's, else local[*]].")
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help="Spark tasks of the extraction [default: twice the cores].")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (--engine local) [default: the number of CPUs].")
@record_options(BATCH_MAX_BYTES, "Refuse files larger than this (one task reads a file).")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra entity YAML file for extraction; repeatable.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def batch(inputs: tuple[Path, ...], output: str, engine: str, master: str | None,
          partitions: int | None, workers: int | None, source: str | None,
          published: str | None, text_field: str | None, title_field: str | None,
          date_field: str | None, url_field: str | None, encoding: str | None, max_bytes: int,
          lexicons: tuple[str, ...], quiet: bool, as_json: bool) -> None:
    """Read INPUTS (files and folders, as `ingest` reads them: JSONL, CSV, Parquet, ...) and
    extract them into Parquet datasets under OUTPUT (documents, sentences, entities,
    mentions, facts, fact_mentions, events), partitioned by publication month, with the IDs
    of `ingest`. `diplomap load OUTPUT` then stores them. A re-run replaces OUTPUT's
    datasets. Bad records get a one-line error naming the file and line; the rest is
    written and the exit code is 1.
    """
    from diplomap.lexicon import load_lexicon

    load_lexicon(lexicons)  # a bad --lexicon file fails here, before any work
    options = BatchOptions(
        read=ReadOptions(text_field=text_field, title_field=title_field, date_field=date_field,
                         url_field=url_field, encoding=encoding, max_bytes=max_bytes),
        source=source, published=published, lexicons=lexicons)
    if engine == "spark":
        summary = _run_spark(inputs, output, options, master, partitions)
    else:
        summary = _run_local(inputs, Path(output), options, workers or default_workers(),
                             quiet or as_json)
    finish(errors=summary.errors, warnings=summary.warnings, failed=bool(summary.errors),
           as_json=as_json, quiet=quiet, data=summary.as_dict(), lines=lambda: [
               f"{summary.files} files: {summary.documents} documents written to {output}, "
               f"{summary.duplicates} skipped as duplicates, {len(summary.errors)} failed"])


def _run_local(inputs, output: Path, options: BatchOptions, workers: int, quiet: bool):
    from diplomap.scale.batch import run_local

    with progress("batch", quiet=quiet) as bar:
        task = bar.add_task("", total=None)
        return run_local(inputs, output, options, workers=workers,
                         on_doc=lambda n: bar.update(task, advance=n))


def _run_spark(inputs, output: str, options: BatchOptions, master: str | None,
               partitions: int | None):
    from diplomap.scale.spark import SparkMissing, active_session, run_spark, spark_session

    running = active_session()  # a session of the caller (a notebook, a test) is left running
    try:
        spark = running or spark_session(master)
    except SparkMissing as exc:
        error(exc)
        sys.exit(EXIT_USAGE)
    try:
        return run_spark(spark, inputs, output, options, partitions=partitions)
    finally:
        if running is None:
            spark.stop()


@click.command()
@click.argument("output", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def load(output: Path, quiet: bool, as_json: bool) -> None:
    """Store the Parquet output of `diplomap batch` (OUTPUT) in the database, each document
    whole or not at all: re-running adds nothing, and an interrupted load is
    completed by running it again. The dashboard and the API serve what was loaded.
    """
    from diplomap.scale.load import LoadError, count_documents, load_output

    conn = current().connect()
    try:
        with progress("load", quiet=quiet or as_json) as bar:
            task = bar.add_task("", total=count_documents(output))
            summary = load_output(conn, output, on_doc=lambda _: bar.update(task, advance=1))
    except LoadError as exc:
        error(exc)
        sys.exit(EXIT_FAILED)
    finish(errors=summary.errors, failed=bool(summary.errors), as_json=as_json, quiet=quiet,
           data=summary.as_dict(), lines=lambda: [
               f"{summary.loaded} documents loaded, {summary.skipped} already stored, "
               f"{len(summary.errors)} failed"])


COMMANDS = [batch, load]
