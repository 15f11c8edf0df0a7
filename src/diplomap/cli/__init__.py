"""The `diplomap` command line: a small front over the stages' public functions."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from diplomap import __version__
from diplomap.cli import (
    analysis,
    batch,
    browse,
    check,
    evaluate,
    extract,
    ingest,
    review,
    serve,
)
from diplomap.cli.context import EXIT_USAGE, Context, error
from diplomap.store import DB_ENV, default_db_path


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="diplomap")
@click.option("--db", type=click.Path(path_type=Path), default=None, show_default=False,
              help=f"SQLite database file [default: ${DB_ENV} or ./diplomap.db].")
@click.pass_context
def cli(ctx: click.Context, db: Path | None) -> None:
    """diplomap: read foreign-policy reporting (Arabic, English) into an evidence-linked
    model of a country's foreign relations, then query, look at and measure it.

    Exit codes: 0 success; 1 some input failed (the rest was stored); 2 bad usage;
    3 the database cannot be opened.
    """
    ctx.obj = Context(db or default_db_path())


for _module in (ingest, extract, batch, evaluate, analysis, serve, browse, check, review):
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def main() -> None:
    from diplomap.lexicon import LexiconError

    try:
        cli(prog_name="diplomap")
    except LexiconError as exc:  # a --lexicon file (or a data file) that cannot be read
        error(str(exc))
        sys.exit(EXIT_USAGE)
