"""The store's consistency check: `diplomap check [--repair]`."""

from __future__ import annotations

import click

from diplomap.cli.context import EXIT_FAILED, current, print_json
from diplomap.store.check import check as check_store
from diplomap.store.check import repair as repair_store


@click.command()
@click.option("--repair", is_flag=True,
              help="Rebuild the derived tables (event summaries, search index) and drop orphan "
                   "rows, then check again. Documents and extractions are never touched.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def check(repair: bool, as_json: bool) -> None:
    """Check the database: SQLite's integrity and foreign keys, the search index against the
    sentences, the event summaries against a recomputation from the events, orphan rows.

    Exit code 0 when consistent (after --repair: when the repair made it so), 1 otherwise.
    """
    conn = current().connect()
    report = repair_store(conn) if repair else check_store(conn)
    if as_json:
        print_json(report.as_dict())
    else:
        for what, count in report.repaired.items():
            click.echo(f"repaired: {what}: {count}")
        for what, count in report.problems.items():
            click.echo(f"problem: {what}: {count}")
        click.echo("ok: the store is consistent" if report.ok else
                   "the store is not consistent (try --repair)")
    if not report.ok:
        raise SystemExit(EXIT_FAILED)


COMMANDS = [check]
