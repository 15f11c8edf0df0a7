"""CLI commands of the extraction stage: extract, entities, facts, events."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import click

from diplomap.cli.context import current, extract_documents
from diplomap.extract.plover import to_plover
from diplomap.scale import default_workers
from diplomap.store import get_document
from diplomap.store.export import FORMATS, write_rows
from diplomap.store.extractions import pending_documents
from diplomap.store.queries import EVENT_COLUMNS, FACT_COLUMNS, query_events, query_facts

PREDICATES = ["member_of", "founder_of", "chair_of", "partner_of", "agreement_with",
              "recognized", "border_with", "invested_in", "aid_to", "hosts", "mediated",
              "proposed", "policy"]
EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
               "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
               "COERCE", "ASSAULT"]
lexicon_option = click.option(
    "--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
    help="Extra entity YAML file (same schema as the bundled lexicon); repeatable.")


workers_option = click.option(
    "--workers", "-j", type=click.IntRange(min=1), default=None,
    help="Worker processes for extraction [default: the number of CPUs].")


@click.command()
@click.option("--force", is_flag=True, help="Re-extract every document, not only new ones.")
@lexicon_option
@workers_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, no summary.")
def extract(force: bool, lexicons: tuple[str, ...], workers: int | None, quiet: bool) -> None:
    """Find mentions, facts and events in stored documents not yet extracted (all with --force).

    Each document's results replace its earlier ones in one transaction, so re-running is safe.
    """
    conn = current().connect()
    done = extract_documents(conn, pending_documents(conn, force), quiet=quiet,
                             lexicons=lexicons, workers=workers or default_workers())
    if not quiet:
        click.echo(f"extracted {done} documents")


def _filters(func):
    for option in reversed([
        click.option("--actor", help="Entity ID as subject/source or object/target (e.g. KAZ)."),
        click.option("--since", help="On or after this ISO date (item date, else publication)."),
        click.option("--until", help="On or before this ISO date."),
        click.option("--source", help="Only documents with this --source tag."),
        click.option("--doc", help="Only this document (ID, ID prefix or file name)."),
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


def _shorten_evidence(rows: list[dict]) -> None:
    """Evidence as one short cell of a table."""
    for row in rows:
        row["evidence"] = " … ".join(e["text"][:90] for e in row["evidence"])


def _write(rows: list[dict], fmt: str, output: Path | None, columns: list[str]) -> None:
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs --output FILE")
    if output is not None and fmt != "parquet":
        with open(output, "w", encoding="utf-8", newline="") as handle:
            write_rows(rows, fmt, out=handle, columns=columns)
    else:
        write_rows(rows, fmt, path=output, columns=columns)


@click.command()
@click.option("--predicate", type=click.Choice(PREDICATES), help="Only this predicate.")
@_filters
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def facts(predicate: str | None, actor: str | None, since: str | None, until: str | None,
          source: str | None, doc: str | None, limit: int | None, output: Path | None,
          fmt: str) -> None:
    """Facts (standing relations), one row per fact and document that states it."""
    conn = current().connect()
    rows = query_facts(conn, actor=actor, predicate=predicate, since=since, until=until,
                       source=source, doc=_resolve_doc(conn, doc), limit=limit)
    if fmt == "table":
        _shorten_evidence(rows)
    _write(rows, fmt, output, FACT_COLUMNS)


@click.command()
@click.option("--type", "event_type", type=click.Choice(EVENT_TYPES), help="Only this type.")
@_filters
@click.option("--format", "fmt", type=click.Choice([*FORMATS, "plover"]), default="table",
              show_default=True, help="plover: PLOVER's JSON record, one per line.")
def events(event_type: str | None, actor: str | None, since: str | None, until: str | None,
           source: str | None, doc: str | None, limit: int | None, output: Path | None,
           fmt: str) -> None:
    """PLOVER-coded events with their evidence."""
    conn = current().connect()
    rows = query_events(conn, actor=actor, event_type=event_type, since=since, until=until,
                        source=source, doc=_resolve_doc(conn, doc), limit=limit)
    if fmt == "plover":
        from diplomap.lexicon import load_lexicon

        lexicon = load_lexicon(())
        rows, fmt, columns = [to_plover(r, lexicon) for r in rows], "jsonl", None
    else:
        columns = EVENT_COLUMNS
        if fmt == "table":
            _shorten_evidence(rows)
    _write(rows, fmt, output, columns)


@click.command()
@click.argument("doc", required=False)
@click.option("--kind", help="Only entities of this kind (state, organization, person, ...).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True)
def entities(doc: str | None, kind: str | None, fmt: str) -> None:
    """Mentions of DOC (offsets, surface, entity, how resolved), or the entity table with
    mention counts."""
    conn = current().connect()
    if doc:
        rows = [dict(r) for r in conn.execute(
            "SELECT m.sentence, m.start, m.end, m.surface, m.entity_id, e.kind, m.resolution"
            " FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = ?"
            " AND (? IS NULL OR e.kind = ?) ORDER BY m.start",
            (_resolve_doc(conn, doc), kind, kind))]
    else:
        rows = [dict(r) for r in conn.execute(
            "SELECT e.id, e.kind, e.en, e.ar, e.qid, count(*) AS mentions,"
            " count(DISTINCT m.doc_id) AS documents FROM mentions m JOIN entities e"
            " ON e.id = m.entity_id WHERE (? IS NULL OR e.kind = ?) GROUP BY e.id"
            " ORDER BY mentions DESC, e.id", (kind, kind))]
    write_rows(rows, fmt, out=sys.stdout)


COMMANDS = [extract, entities, facts, events]
