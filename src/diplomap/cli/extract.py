"""CLI commands of the extraction stage: extract, entities, facts, events."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import click

from diplomap.cli.context import (
    EVENT_TYPE_CHOICE,
    KIND_CHOICE,
    PREDICATE_CHOICE,
    OntologyChoice,
    current,
    extract_documents,
    model_option,
    resolve_name,
)
from diplomap.extract.plover import to_plover
from diplomap.ontology import ontology
from diplomap.scale import default_workers
from diplomap.store import get_document
from diplomap.store.export import FORMATS, write_rows
from diplomap.store.extractions import pending_documents
from diplomap.store.filters import EventFilters, FactFilters, check_date
from diplomap.store.queries import (
    cite_events,
    cite_fact_mentions,
    document_mentions,
    entity_table,
    iter_events,
    iter_fact_mentions,
)
from diplomap.store.record_queries import cite_records, iter_event_records

T = TypeVar("T")
lexicon_option = click.option(
    "--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
    help="Extra entity YAML file (same schema as the bundled lexicon); repeatable.")


workers_option = click.option(
    "--workers", "-j", type=click.IntRange(min=1), default=None,
    help="Worker processes for extraction [default: the number of CPUs].")


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return check_date(value, "--published")
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


@click.command()
@click.argument("doc", required=False)
@click.option("--force", is_flag=True, help="Re-extract every document, not only new ones.")
@lexicon_option
@workers_option
@model_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no summary.")
@click.option("--explain", is_flag=True,
              help="Explain the items of DOC (or of --text) without storing anything: the "
                   "trigger, the strategy that chose each argument, the modality cue and "
                   "the confidence.")
@click.option("--text", metavar="SENTENCE", help="With --explain: read this text instead of DOC.")
@click.option("--lang", type=click.Choice(["ar", "en"]), default=None,
              help="With --text: its language [default: detected].")
@click.option("--published", metavar="DATE", callback=_published,
              help="With --text: its publication date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="With --explain: JSON lines.")
def extract(doc: str | None, force: bool, lexicons: tuple[str, ...], workers: int | None,
            model: str, quiet: bool, explain: bool, text: str | None, lang: str | None,
            published: str | None, as_json: bool) -> None:
    """Find mentions, facts and events in stored documents not yet extracted (all with --force).

    Each document's results replace its earlier ones in one transaction, so re-running is safe.

    `diplomap extract --explain DOC` or `diplomap extract --explain --text "..."` shows how
    each item was found instead (nothing is stored).
    """
    if explain or doc or text:
        _explain(doc, text, lang, published, lexicons, explain, as_json, model)
        return
    conn = current().connect()
    run = extract_documents(conn, pending_documents(conn, force), quiet=quiet,
                            lexicons=lexicons, workers=workers or default_workers(),
                            model=model)
    if not quiet:
        click.echo(f"extracted {run.done} documents")
        if run.note:  # "3 documents in languages without a grammar: ru 3"
            click.echo(run.note)


def _explain(doc: str | None, text: str | None, lang: str | None, published: str | None,
             lexicons: tuple[str, ...], explain: bool, as_json: bool, model: str) -> None:
    import json

    from diplomap.extract.explain import as_records
    from diplomap.extract.explain import explain as explain_lines
    from diplomap.extract.pipeline import Pipeline
    from diplomap.ingest import detect_language

    if not explain:
        raise click.UsageError("DOC and --text go with --explain")
    if (doc is None) == (text is None):
        raise click.UsageError("--explain takes DOC or --text, one of them")
    if text is None:
        conn = current().connect()
        row = get_document(conn, str(doc))
        if row is None:
            raise click.BadParameter(f"no document {doc!r}", param_hint="DOC")
        text, lang, published = row["text"], row["lang"], published or row["published"]
    lang = lang or detect_language(text)
    reading = Pipeline(lexicons, model)(text, lang, published)
    if not reading.grammar:
        click.echo(f"no grammar for language {lang!r}: nothing is extracted", err=True)
        return
    if as_json:
        for record in as_records(reading.extraction):
            click.echo(json.dumps(record, ensure_ascii=False, default=str))
        return
    for line in explain_lines(text, reading.extraction):
        click.echo(line)


FACT_TABLE = ["doc", "subject", "predicate", "object", "modality", "attrs", "evidence",
              "confidence"]
RECORD_TABLE = ["date", "source", "event_type", "mode", "target", "n_documents", "n_sources",
                "first_report", "last_report", "group_id", "evidence"]
RECORD_COLUMNS = [*RECORD_TABLE[:-1], "id", "location", "intensity", "quad", "modality",
                  "n_mentions", "event_ids", "documents", "source_tags", "evidence"]
EVENT_TABLE = ["doc", "source", "event_type", "mode", "context", "target", "date", "intensity",
               "quad", "modality", "source_person", "target_person", "evidence", "confidence"]
SINCE_HELP = ("On or after DATE (YYYY, YYYY-MM or YYYY-MM-DD): the item's own date, else its "
              "document's publication date, compared at the precision both have (an item "
              "dated 2024 is in --since 2024-06).")
UNTIL_HELP = "On or before DATE, its whole period included (same rule as --since)."
MODALITY_CHOICE = OntologyChoice(lambda: ontology().modalities)
QUAD_CHOICE = OntologyChoice(lambda: ontology().quads)


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return check_date(value, f"--{param.name}")
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def _filters(func: Callable) -> Callable:
    """The options `facts` and `events` share (same names and meaning as the API's)."""
    for option in reversed([
        click.option("--actor", metavar="ID", help="Source or target (subject or object of "
                     "a fact): an ID or a name (KAZ, kaz, Kazakhstan, كازاخستان); a PER: ID "
                     "matches the persons of an event."),
        click.option("--modality", type=MODALITY_CHOICE, help="Only this modality."),
        click.option("--since", metavar="DATE", callback=_iso_date, help=SINCE_HELP),
        click.option("--until", metavar="DATE", callback=_iso_date, help=UNTIL_HELP),
        click.option("--source", "--source-tag", "source_tag", metavar="TAG",
                     help="Only documents ingested with this --source tag."),
        click.option("--lang", type=click.Choice(["ar", "en", "ru", "other"]),
                     help="Only documents in this language."),
        click.option("--doc", help="Only this document (ID, ID prefix or file name)."),
        click.option("--min-confidence", type=click.FloatRange(0, 1), metavar="P",
                     help="Only items whose confidence (the calibrated share of such items "
                     "found right on the dev data) is at least P."),
        click.option("--include-wrong", is_flag=True,
                     help="Keep the items reviewed wrong (left out by default)."),
        click.option("--limit", type=click.IntRange(min=1), help="At most this many rows."),
        click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
                     help="Write to this file (required for parquet)."),
    ]):
        func = option(func)
    return func


def _resolve_doc(conn: sqlite3.Connection, doc: str | None) -> str | None:
    if doc is None:
        return None
    row = get_document(conn, doc)
    if row is None:
        raise click.BadParameter(f"no document {doc!r}", param_hint="--doc")
    return row["id"]


def _made(make: Callable[[], T]) -> T:
    """Filters built by `make`; a usage error (exit 2) when they are inconsistent."""
    try:
        return make()
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc


def _shorten_evidence(rows: Iterable[dict]) -> list[dict]:
    """The rows with their evidence as one short cell of a table."""
    out = list(rows)
    for row in out:
        row["evidence"] = " … ".join(e["text"][:90] for e in row["evidence"])
    return out


def _write(rows: Iterable[dict], fmt: str, output: Path | None,
           columns: list[str] | None) -> None:
    """Write rows as they come (a table is built whole)."""
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs --output FILE")
    if fmt == "table":
        rows = _shorten_evidence(rows)
    if output is not None and fmt != "parquet":
        with open(output, "w", encoding="utf-8", newline="") as handle:
            write_rows(rows, fmt, out=handle, columns=columns)
    else:
        write_rows(rows, fmt, path=output, columns=columns)


@click.command()
@click.option("--predicate", type=PREDICATE_CHOICE, help="Only this predicate.")
@click.option("--subject", metavar="ID", help="Only facts with this subject.")
@click.option("--object", "object_", metavar="ID", help="Only facts with this object.")
@_filters
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def facts(predicate: str | None, subject: str | None, object_: str | None, actor: str | None,
          modality: str | None, since: str | None, until: str | None, source_tag: str | None,
          lang: str | None, doc: str | None, min_confidence: float | None,
          include_wrong: bool, limit: int | None, output: Path | None, fmt: str) -> None:
    """Facts (standing relations), one row per fact and document that states it.

    With filters on documents or dates, the rows are the statements that match them.
    """
    conn = current().connect()
    actor = resolve_name(conn, actor) if actor else None
    filters = _made(lambda: FactFilters(
        actor=actor, subject=subject, predicate=predicate, object=object_, modality=modality,
        since=since, until=until, doc=_resolve_doc(conn, doc), source_tag=source_tag,
        lang=lang, min_confidence=min_confidence, include_wrong=include_wrong))
    rows = cite_fact_mentions(conn, iter_fact_mentions(conn, filters, limit=limit))
    _write(rows, fmt, output, FACT_TABLE)


@click.command()
@click.option("--type", "event_type", type=EVENT_TYPE_CHOICE, help="Only this type.")
@click.option("--quad", type=QUAD_CHOICE, help="Only this quad class.")
@click.option("--source-actor", metavar="ID",
              help="Only events with this source (the API's `source`; a PER: ID: the person).")
@click.option("--target", "--target-actor", "target", metavar="ID",
              help="Only events with this target (a PER: ID: the person).")
@_filters
@click.option("--records", is_flag=True,
              help="One row per event record (one real event with all its reports: numbers "
                   "of documents and sources, first and last report) instead of one per "
                   "report.")
@click.option("--groups", is_flag=True,
              help="With --records: a multilateral event (records sharing a group_id) once.")
@click.option("--format", "fmt", type=click.Choice([*FORMATS, "plover"]), default="table",
              show_default=True, help="plover: PLOVER's JSON record, one per line.")
def events(event_type: str | None, quad: str | None, source_actor: str | None,
           target: str | None, actor: str | None, modality: str | None, since: str | None,
           until: str | None, source_tag: str | None, lang: str | None, doc: str | None,
           min_confidence: float | None, include_wrong: bool, limit: int | None,
           output: Path | None, records: bool, groups: bool, fmt: str) -> None:
    """PLOVER-coded events with their evidence, newest first (undated last)."""
    conn = current().connect()
    actor = resolve_name(conn, actor) if actor else None
    filters = _made(lambda: EventFilters(
        actor=actor, source=source_actor, target=target, event_type=event_type, quad=quad,
        modality=modality, since=since, until=until, doc=_resolve_doc(conn, doc),
        source_tag=source_tag, lang=lang, min_confidence=min_confidence,
        include_wrong=include_wrong))
    if records or groups:
        _write_records(conn, filters, limit, groups, output, fmt)
        return
    rows = cite_events(conn, iter_events(conn, filters, limit=limit))
    if fmt == "plover":
        from diplomap.lexicon import load_lexicon

        lexicon = load_lexicon(())
        _write((to_plover(r, lexicon) for r in rows), "jsonl", output, None)
    else:
        _write(rows, fmt, output, EVENT_TABLE)


def _write_records(conn: sqlite3.Connection, filters: EventFilters, limit: int | None,
                   groups: bool, output: Path | None, fmt: str) -> None:
    rows = cite_records(iter_event_records(conn, filters, limit=limit, groups=groups,
                                           mentions=True))
    if fmt == "plover":
        from diplomap.lexicon import load_lexicon

        lexicon = load_lexicon(())
        _write((_record_plover(r, lexicon) for r in rows), "jsonl", output, None)
    elif fmt == "jsonl":
        _write(rows, fmt, output, None)
    else:
        _write(({k: v for k, v in r.items() if k != "reports"} for r in rows), fmt, output,
               RECORD_TABLE if fmt == "table" else RECORD_COLUMNS)


def _record_plover(record: dict, lexicon: object) -> dict:
    """PLOVER's record of an event record: its anchor report's coding, with GDELT-like
    counts of its reports (NumMentions, NumArticles, NumSources) and their citations."""
    reports = record["reports"]
    first = reports[0] if reports else {}
    evidence = first.get("evidence") or []
    row = {"id": record["id"], "date": record["date"], "source": record["source"],
           "target": record["target"], "source_person": first.get("source_person"),
           "target_person": first.get("target_person"), "event_type": record["event_type"],
           "mode": record["mode"], "context": [], "location": record["location"],
           "quad": record["quad"], "intensity": record["intensity"],
           "modality": record["modality"], "evidence": evidence[:1],
           "doc": first.get("doc"),
           "cite": {"url": first.get("url"), "title": first.get("title"),
                    "language": first.get("lang"), "publication": first.get("published")}}
    plover = to_plover(row, lexicon)
    if not plover["date"]:
        plover["date"] = record["first_report"]
    return {**plover, "NumMentions": record["n_mentions"],
            "NumArticles": record["n_documents"], "NumSources": record["n_sources"],
            "first_report": record["first_report"], "last_report": record["last_report"],
            "group_id": record["group_id"], "participants": record.get("participants"),
            "mentions": [{"id": m["event_id"], "doc": m["doc"], "source_tag": m["source_tag"],
                          "cite_info": {"url": m["url"], "title": m["title"],
                                        "language": m["lang"], "publication": m["published"]}}
                         for m in reports]}


@click.command()
@click.argument("doc", required=False)
@click.option("--kind", type=KIND_CHOICE, help="Only entities of this kind.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True)
def entities(doc: str | None, kind: str | None, fmt: str) -> None:
    """Mentions of DOC (offsets, surface, entity, how resolved), or the entity table with
    mention counts."""
    conn = current().connect()
    doc_id = _resolve_doc(conn, doc)
    rows = document_mentions(conn, doc_id, kind) if doc_id else entity_table(conn, kind)
    write_rows(rows, fmt, out=sys.stdout)


COMMANDS = [extract, entities, facts, events]
