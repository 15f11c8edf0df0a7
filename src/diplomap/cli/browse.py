"""CLI command `browse`: the same database in Datasette, read-only, for raw tables and SQL.

Datasette is an optional extra (`pip install 'diplomap[browse]'`). The database is opened
with SQLite's `?mode=ro` (Datasette's reading connections of a file database), never
written: no plug-in is loaded and the metadata only adds facets, labels and queries.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from diplomap.cli.context import EXIT_STORE, EXIT_USAGE, current, error, listen

if TYPE_CHECKING:
    from datasette.app import Datasette

MISSING = ("`diplomap browse` needs Datasette, an optional extra: "
           "pip install 'diplomap[browse]' (or: make test-install)")

# Facets per table: the type of an item, the source and language of a document, the year.
FACETS: dict[str, list[Any]] = {
    "documents": ["lang", "source", {"date": "published"}],
    "facts": ["predicate", "modality"],
    "events": ["event_type", "quad", "modality", {"date": "date"}],
    "event_records": ["event_type", "quad", "modality"],
    "event_summary": ["year", "quad", "modality"],
    "entities": ["kind"],
}
LABELS = {"entities": "en", "documents": "title"}
YEAR_QUERIES = {
    "documents_by_year": (
        "Documents per year of publication, language and source",
        "SELECT substr(published, 1, 4) AS year, lang, source, count(*) AS documents"
        " FROM documents GROUP BY year, lang, source ORDER BY year DESC, documents DESC"),
    "events_by_year": (
        "Events per year, type and quad",
        "SELECT substr(date, 1, 4) AS year, event_type, quad, count(*) AS events"
        " FROM events GROUP BY year, event_type, quad ORDER BY year DESC, events DESC"),
}


def browse_metadata(db: Path) -> dict[str, Any]:
    """Datasette metadata for the diplomap database `db`: facets, label columns, queries."""
    tables: dict[str, dict[str, Any]] = {name: {"facets": facets}
                                         for name, facets in FACETS.items()}
    for name, column in LABELS.items():
        tables[name]["label_column"] = column
    queries = {name: {"title": title, "sql": sql} for name, (title, sql) in YEAR_QUERIES.items()}
    return {"title": f"diplomap: {db.name}",
            "description": "The diplomap database, read-only. Evidence offsets count characters "
                           "of documents.text.",
            "databases": {db.stem: {"tables": tables, "queries": queries}}}


def datasette_app(db: Path) -> Datasette:
    """A Datasette over `db`, read-only; ImportError when the extra is not installed."""
    from datasette.app import Datasette

    return Datasette(files=[str(db)], metadata=browse_metadata(db),
                     settings={"default_facet_size": 30, "suggest_facets": False})


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True)
def browse(host: str, port: int) -> None:
    """Browse the database's tables and run SQL in Datasette (read-only), with facets on
    type, source, language and year."""
    import uvicorn

    ctx = current()
    if not ctx.db.exists():
        error(f"{ctx.db}: no such database (a mistyped --db or $DIPLOMAP_DB?)")
        sys.exit(EXIT_STORE)
    try:
        app = datasette_app(ctx.db.resolve())
    except ImportError:
        error(MISSING)
        sys.exit(EXIT_USAGE)
    listener = listen(host, port)
    click.echo(f"diplomap browse: http://{host}:{port}/  (read-only)", err=True)
    uvicorn.Server(uvicorn.Config(app.app(), log_level="warning")).run(sockets=[listener])


COMMANDS = [browse]
