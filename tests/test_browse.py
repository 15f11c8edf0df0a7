"""`diplomap browse`: the database in Datasette, read-only, with facets on type, source,
language and year (issue 14)."""

from __future__ import annotations

import asyncio
import sqlite3
import sys
from pathlib import Path

import pytest

from diplomap.cli import cli
from diplomap.cli.browse import datasette_app

from api_fixtures import build_fixture_db


@pytest.fixture(scope="module")
def browse_db(tmp_path_factory) -> Path:
    pytest.importorskip("datasette",
                        reason="Datasette is the optional extra [browse] (make test-install)")
    return build_fixture_db(tmp_path_factory.mktemp("browse") / "corpus.db")


def get_json(db: Path, path: str) -> dict:
    async def fetch() -> dict:
        response = await datasette_app(db).client.get(path)
        assert response.status_code == 200, (path, response.text[:300])
        return response.json()
    return asyncio.run(fetch())


def test_documents_have_facets_on_language_source_and_date(browse_db: Path) -> None:
    data = get_json(browse_db, "/corpus/documents.json?_shape=objects&_size=1")
    facets = data["facet_results"]
    facets = facets.get("results", facets)  # Datasette 1.x nests them
    langs = {row["value"]: row["count"] for row in facets["lang"]["results"]}
    with sqlite3.connect(browse_db) as conn:
        expected = dict(conn.execute("SELECT lang, count(*) FROM documents GROUP BY lang"))
    assert langs == expected
    assert "source" in facets and "published" in facets


def test_events_facet_on_type_and_years_query(browse_db: Path) -> None:
    data = get_json(browse_db, "/corpus/events.json?_size=1")
    facets = data["facet_results"]
    facets = facets.get("results", facets)
    assert {"event_type", "quad"} <= set(facets)
    years = get_json(browse_db, "/corpus/events_by_year.json?_shape=objects")["rows"]
    with sqlite3.connect(browse_db) as conn:
        total = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    assert sum(r["events"] for r in years) == total
    assert all(r["year"] is None or len(r["year"]) == 4 for r in years)


def test_the_database_cannot_be_written(browse_db: Path) -> None:
    before = browse_db.stat().st_mtime_ns

    async def write() -> int:
        ds = datasette_app(browse_db)
        response = await ds.client.get("/corpus.json?sql=DELETE+FROM+documents")
        db = ds.get_database("corpus")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            await db.execute("DELETE FROM documents")  # a reading connection: mode=ro
        return response.status_code

    assert asyncio.run(write()) == 400
    assert browse_db.stat().st_mtime_ns == before


def test_cli_refuses_a_missing_database(tmp_path: Path) -> None:
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "browse"])
    assert result.exit_code == 3
    assert "no such database" in result.output


def test_cli_says_how_to_install_the_extra(tmp_path: Path, monkeypatch) -> None:
    from click.testing import CliRunner

    db = build_fixture_db(tmp_path / "c.db")
    monkeypatch.setitem(sys.modules, "datasette.app", None)  # as if not installed
    result = CliRunner().invoke(cli, ["--db", str(db), "browse"])
    assert result.exit_code == 2
    assert "pip install 'diplomap[browse]'" in result.output
