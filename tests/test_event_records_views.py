"""Event records in the API, the exports, the CLI and the analyses (fixture articles)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

import event_records_fixture as fx
from diplomap.analysis import balance, dyad_series
from diplomap.store import connect
from diplomap.web.app import create_app

from api_fixtures import build_fixture_db, get


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("records") / "records.db"
    conn = connect(path)
    fx.load(conn)
    conn.close()
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def test_records_list_their_reports(client) -> None:
    page = get(client, "/api/event-records", actor="UZB", type="CONSULT", since="2025-03",
               until="2025-03")
    [record] = page["items"]
    assert page["total"] == 1
    assert (record["n_documents"], record["n_sources"], record["n_mentions"]) == (3, 3, 4)
    assert {m["doc"] for m in record["mentions"]} == {"visit-ar-1", "visit-ar-2", "visit-en-3"}
    assert {m["lang"] for m in record["mentions"]} == {"ar", "en"}
    assert all(m["evidence"][0]["text"] for m in record["mentions"])
    one = get(client, f"/api/event-records/{record['id']}")
    assert one["id"] == record["id"] and len(one["mentions"]) == 4
    get(client, "/api/event-records/0123456789abcdef", status=404)


def test_records_filters_read_their_reports(client) -> None:
    assert get(client, "/api/event-records", source_tag="wire-c")["total"] == 2 + 2 + 1 + 5
    assert get(client, "/api/event-records", lang="en", type="ASSAULT")["total"] == 2
    assert get(client, "/api/event-records", actor="PER:lavrov")["total"] == 1
    assert get(client, "/api/events", actor="KAZ", type="CONSULT")["total"] == 4 + 4 + 3


def test_a_summit_is_shown_once_with_groups(client) -> None:
    every = get(client, "/api/event-records", actor="CHN")
    assert every["total"] == 5 and len({r["group_id"] for r in every["items"]}) == 1
    once = get(client, "/api/event-records", actor="CHN", groups=True)
    [summit] = once["items"]
    assert once["total"] == 1
    assert summit["participants"] == ["CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB"]
    assert summit["n_sources"] == 3


def test_record_exports(client) -> None:
    response = client.get("/api/event-records/export", params={"format": "csv", "actor": "RUS"})
    rows = list(csv.DictReader(io.StringIO(response.text.removeprefix("\ufeff"))))
    assert len(rows) == 2 and {r["n_documents"] for r in rows} == {"2"}
    assert all(len(json.loads(r["event_ids"])) == 2 for r in rows)
    response = client.get("/api/event-records/export", params={"format": "jsonl",
                                                               "actor": "RUS"})
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert {len(r["mentions"]) for r in lines} == {2}


def test_balance_and_dyads_count_records_unless_asked(db, client) -> None:
    conn = connect(db, readonly=True)
    records = dyad_series(conn, "KAZ", "UZB", "month")
    mentions = dyad_series(conn, "KAZ", "UZB", "month", count="mentions")
    assert records["total"] == 1 and mentions["total"] == 3  # and one undated report
    assert mentions["undated"] == 1 and records["undated"] == 0
    by_records = balance(conn, "CHN", ids_limit=None)["overall"]["total"]
    by_mentions = balance(conn, "CHN", ids_limit=None, count="mentions")["overall"]["total"]
    assert (by_records, by_mentions) == (5, 10)  # the undated third report: not in a year
    conn.close()
    api = get(client, "/api/dyad/KAZ/RUS", by="year")
    assert api["count"] == "records" and api["total"] == 2
    assert get(client, "/api/dyad/KAZ/RUS", by="year", count="mentions")["total"] == 4
    get(client, "/api/balance/KAZ", count="documents", status=422)


def test_cli_exports_records_with_their_sources(db, tmp_path, run) -> None:
    result = run("--db", db, "events", "--records", "--type", "CONSULT", "--actor", "UZB",
                 "--format", "plover")
    rows = [json.loads(line) for line in result.output.splitlines()]
    visit = next(r for r in rows if r["date"] == "2025-03-12" and r["event"] == ["CONSULT"]
                 and r["mode"] == ["visit"])
    assert (visit["NumArticles"], visit["NumSources"], visit["NumMentions"]) == (3, 3, 4)
    assert {m["cite_info"]["language"] for m in visit["mentions"]} == {"ar", "en"}
    out = tmp_path / "records.parquet"
    run("--db", db, "events", "--records", "--groups", "--format", "parquet", "-o", out)
    table = pq.read_table(out).to_pylist()
    assert len(table) == 1 + 2 + 2 + 1  # visit, two calls, two strikes, the summit once
    assert "n_sources" in table[0] and "first_report" in table[0]


def test_facts_show_documents_and_sources(tmp_path) -> None:
    client = TestClient(create_app(build_fixture_db(tmp_path / "facts.db")))
    facts = get(client, "/api/facts", limit=500)["items"]
    assert facts and all(f["n_sources"] >= 1 and f["n_sources"] <= f["n_documents"]
                         for f in facts)


def test_cli_counts_records_or_mentions(db, run) -> None:
    records = json.loads(run("--db", db, "dyad", "KAZ", "RUS", "--by", "year", "--json").output)
    mentions = json.loads(run("--db", db, "dyad", "KAZ", "RUS", "--by", "year", "--json",
                              "--count", "mentions").output)
    assert (records["total"], mentions["total"]) == (2, 4)
    data = json.loads(run("--db", db, "balance", "CHN", "--json", "--count", "mentions").output)
    assert data["count"] == "mentions" and data["overall"]["total"] == 10
