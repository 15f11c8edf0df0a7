"""`diplomap review`: mark facts and events right or wrong, list the review history."""

from __future__ import annotations

import getpass
import os
import sys

import click

from diplomap.cli.context import EXIT_USAGE, current, error
from diplomap.store.export import FORMATS, write_rows
from diplomap.store.reviews import KINDS, VERDICTS, ReviewError, add_review, list_reviews

LIST_COLUMNS = ("id", "kind", "item_key", "verdict", "reviewer", "reviewed_at", "note",
                "doc_id", "present")


def _who(by: str | None) -> str:
    """--by, else $USER, else the login name: there is no authentication."""
    if by:
        return by
    try:
        return os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):  # no user name on this system
        return "anonymous"


@click.group()
def review() -> None:
    """Mark facts, events and event records right or wrong (kept in the database with who
    and when, never deleted). Items reviewed wrong are left out of the analysis and of the
    default listings; reviews survive `extract --force` and re-ingest of the same document.
    No authentication: "who" is --by, else $USER."""


@review.command("mark")
@click.argument("kind", type=click.Choice(KINDS))
@click.argument("key")
@click.argument("verdict", type=click.Choice(VERDICTS))
@click.option("--note", help="Why (kept with the review).")
@click.option("--by", help="Who reviews [default: $USER].")
def mark(kind: str, key: str, verdict: str, note: str | None, by: str | None) -> None:
    """Give VERDICT on the fact (fact_id), event (id) or event record (id: each of its
    reports) KEY. `unreviewed` withdraws an earlier verdict."""
    conn = current().connect()
    try:
        stored = add_review(conn, kind, key, verdict, _who(by), note)
    except ReviewError as exc:
        error(exc)
        sys.exit(EXIT_USAGE)
    for row in stored:
        click.echo(f"{row['kind']} {row['item_key']}: {row['verdict']} "
                   f"(by {row['reviewer']}, {row['reviewed_at']})")


@review.command("list")
@click.option("--kind", type=click.Choice(("fact", "event")))
@click.option("--verdict", type=click.Choice(VERDICTS),
              help="Items whose latest verdict is this.")
@click.option("--key", help="One item's history.")
@click.option("--by", "reviewer", help="Reviews by this reviewer.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--format", "fmt", type=click.Choice([f for f in FORMATS if f != "parquet"]),
              default="table", show_default=True)
def list_command(kind: str | None, verdict: str | None, key: str | None,
                 reviewer: str | None, limit: int, fmt: str) -> None:
    """The review history, newest first (`present`: the item is in the store now)."""
    conn = current().connect(readonly=True)
    rows, total = list_reviews(conn, kind=kind, key=key, verdict=verdict, reviewer=reviewer,
                               limit=limit)
    write_rows(rows, fmt, columns=LIST_COLUMNS, title=f"{len(rows)} of {total} reviews")


COMMANDS = [review]
