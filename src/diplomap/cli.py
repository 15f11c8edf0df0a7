"""The `diplomap` command line: a small front over the stages' public functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console

from diplomap import __version__
from diplomap.store import DB_ENV, StoreError, connect, default_db_path

err = Console(stderr=True)
EXIT_FAILED = 1      # some input failed (the rest was done)
EXIT_USAGE = 2       # bad command line (click's own code)
EXIT_STORE = 3       # the database cannot be opened


class Context:
    def __init__(self, db: Path) -> None:
        self.db = db

    def connect(self, readonly: bool = False):
        try:
            return connect(self.db, readonly=readonly)
        except StoreError as exc:
            err.print(f"[red]error:[/] {exc}", highlight=False)
            sys.exit(EXIT_STORE)


pass_ctx = click.make_pass_decorator(Context)


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


def main() -> None:
    from diplomap.lexicon import LexiconError

    try:
        cli(prog_name="diplomap")
    except LexiconError as exc:  # a --lexicon file (or a data file) that cannot be read
        err.print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
        sys.exit(EXIT_USAGE)


def _commands() -> None:
    """Register the stages' commands (each stage keeps its own CLI module)."""
    from diplomap.analysis import commands as analysis_commands
    from diplomap.eval import commands as eval_commands
    from diplomap.extract import commands as extract_commands
    from diplomap.ingest import commands as ingest_commands
    from diplomap.web import commands as web_commands

    for module in (ingest_commands, extract_commands, eval_commands, analysis_commands,
                   web_commands):
        for command in module.COMMANDS:
            cli.add_command(command)


def print_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


_commands()
