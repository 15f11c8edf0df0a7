"""CLI command of the web stage: serve (the HTTP API and the dashboard)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from diplomap.cli.context import EXIT_STORE, current, error, listen


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--vectors", "vectors_file", type=click.Path(path_type=Path, dir_okay=False),
              help="YAML grouping of partners for the balance [default: built-in].")
@click.option("--reindex", is_flag=True,
              help="Rebuild the full-text index of sentences before serving.")
@click.option("--create", is_flag=True,
              help="Create an empty database when --db names none (default: refuse, exit 3).")
def serve(host: str, port: int, vectors_file: Path | None, reindex: bool, create: bool) -> None:
    """Serve the HTTP API (/api, schema at /openapi.json, doc at /docs) and the dashboard (/)."""
    import uvicorn

    from diplomap.analysis import VectorsError, load_vectors
    from diplomap.store import transaction
    from diplomap.store.search import reindex_all
    from diplomap.web.app import create_app

    ctx = current()
    try:
        vectors = load_vectors(vectors_file) if vectors_file else None
    except VectorsError as exc:
        raise click.BadParameter(str(exc), param_hint="--vectors") from exc
    if not ctx.db.exists() and not create:
        error(f"{ctx.db}: no such database (a mistyped --db or $DIPLOMAP_DB?); "
              "`diplomap ingest` builds one, `serve --create` serves an empty one")
        sys.exit(EXIT_STORE)
    listener = listen(host, port)  # before anything is printed: a busy port fails here
    conn = ctx.connect()  # migrates the database (creates it with --create)
    if reindex:
        with transaction(conn):
            click.echo(f"indexed {reindex_all(conn)} sentences", err=True)
    conn.close()
    app = create_app(ctx.db, vectors=vectors, migrate=False)
    click.echo(f"diplomap: http://{host}:{port}/  (API doc: /docs)", err=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    server.run(sockets=[listener])


COMMANDS = [serve]
