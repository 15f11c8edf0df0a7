"""The HTTP API over the fixture database: endpoints, filters, bounds, read-only access."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from diplomap.store import connect, transaction
from diplomap.web.app import create_app

from api_fixtures import build_fixture_db, doc_ids, get


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("api") / "api.db")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def test_status_and_documents(client: TestClient) -> None:
    assert get(client, "/api/status")["totals"]["events"] == 20
    page = get(client, "/api/documents", limit=2, offset=1)
    assert page["total"] == 7 and len(page["items"]) == 2 and page["offset"] == 1
    assert get(client, "/api/documents", lang="en")["total"] == 1
    assert get(client, "/api/documents", since="2023", until="2023-12")["total"] == 2


def test_one_document_with_sentences(client: TestClient) -> None:
    doc = get(client, f"/api/documents/{doc_ids()['orgs']}")
    assert doc["lang"] == "ar" and len(doc["sentences"]) == 8
    for s in doc["sentences"]:
        assert doc["text"][s["start"]:s["end"]] == s["text"]
    prefix = get(client, f"/api/documents/{doc_ids()['orgs'][:8]}")
    assert prefix["id"] == doc["id"]
    assert "no document" in get(client, "/api/documents/0000", 404)["message"]


def test_entities(client: TestClient) -> None:
    states = get(client, "/api/entities", kind="state")
    assert "KAZ" in {e["id"] for e in states["items"]}
    assert get(client, "/api/entities", q="شنغهاي")["items"][0]["id"] == "SCO"
    kaz = get(client, "/api/entities/KAZ")
    assert kaz["n_facts"] > 20 and kaz["n_events"] == 20 and kaz["n_mentions"] > 20
    get(client, "/api/entities/NOWHERE", 404)


def test_facts_filters(client: TestClient) -> None:
    members = get(client, "/api/facts", subject="KAZ", predicate="member_of", limit=50)
    assert members["total"] == 7
    assert {f["object"] for f in members["items"]} >= {"UN", "SCO"}
    assert members["names"]["SCO"]["en"] == "Shanghai Cooperation Organisation"
    assert get(client, "/api/facts", entity="CHN")["total"] == 5
    assert get(client, "/api/facts", doc=doc_ids()["astana"])["total"] == 6
    assert get(client, "/api/facts", modality="negated")["items"][0]["object"] == "ABKHAZIA"
    get(client, "/api/facts", 422, predicate="likes")


def test_events_filters_and_pages(client: TestClient) -> None:
    consult = get(client, "/api/events", actor="KAZ", type="CONSULT")
    assert consult["total"] == 10
    assert {e["event_type"] for e in consult["items"]} == {"CONSULT"}
    dates = [e["date"] for e in consult["items"]]
    assert dates == sorted(dates, reverse=True)
    first = get(client, "/api/events", actor="KAZ", limit=7)
    second = get(client, "/api/events", actor="KAZ", limit=7, offset=7)
    ids = [e["id"] for e in first["items"] + second["items"]]
    assert len(set(ids)) == 14
    year = get(client, "/api/events", since="2022", until="2022")
    assert year["total"] == 6 and all(e["date"].startswith("2022") for e in year["items"])
    assert get(client, "/api/events", source="RUS")["total"] == 1
    assert get(client, "/api/events", target="KAZ", quad="VC")["total"] == 4
    assert get(client, "/api/events", doc=doc_ids()["turkic"])["total"] == 5
    assert get(client, "/api/events", actor="PER:tokayev")["total"] == 4
    planned = get(client, "/api/events", modality="planned")["items"]
    assert [e["event_type"] for e in planned] == ["COOPERATE"]
    assert consult["items"][0]["evidence_text"]
    assert consult["names"]["KAZ"]["ar"] == "كازاخستان"


def test_event_evidence_text_reads_back(client: TestClient) -> None:
    for event in get(client, "/api/events", limit=50)["items"]:
        span = event["evidence"][0]
        doc = get(client, f"/api/documents/{event['doc_id']}")
        assert doc["text"][span["start"]:span["end"]] == event["evidence_text"]


@pytest.mark.parametrize("params, fragment", [
    ({"limit": 0}, "greater than or equal to 1"),
    ({"limit": 501}, "less than or equal to 500"),
    ({"offset": -1}, "greater than or equal to 0"),
    ({"offset": 10**9}, "less than or equal to"),
    ({"since": "2020-13"}, "expected an ISO date"),
    ({"until": "yesterday"}, "expected an ISO date"),
    ({"type": "HUG"}, "type"),
    ({"actor": "K AZ"}, "expected an entity ID"),
    ({"since": "2021", "until": "2020"}, "is after until"),
    ({"limit": "many"}, "valid integer"),
])
def test_bad_parameters_get_a_clear_4xx(client: TestClient, params: dict, fragment: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert fragment in response.json()["message"]


def test_export_csv_and_jsonl(client: TestClient) -> None:
    response = client.get("/api/events/export", params={"format": "csv", "actor": "KAZ"})
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    assert response.text.startswith("\ufeff")  # Excel reads the Arabic as UTF-8
    rows = list(csv.DictReader(io.StringIO(response.text.removeprefix("\ufeff"))))
    assert len(rows) == 20 and rows[0]["id"]
    assert json.loads(rows[0]["evidence"])[0]["start"] >= 0
    response = client.get("/api/events/export", params={"format": "jsonl", "type": "AID"})
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert [e["target"] for e in lines] == ["AFG"]
    limited = client.get("/api/events/export", params={"format": "jsonl", "max_rows": 3})
    assert len(limited.text.splitlines()) == 3


def test_profile_balance_dyad_network(client: TestClient) -> None:
    profile = get(client, "/api/profile/KAZ", evidence=2)
    assert profile["sections"]["memberships"][0]["evidence"]
    get(client, "/api/profile/NOWHERE", 404)
    assert "suggestions" in get(client, "/api/profile/bad%20id", 404)  # a name, unknown
    get(client, "/api/profile/" + "x" * 121, 422)
    balance = get(client, "/api/balance/KAZ", by="year", ids=1)
    assert all(len(ids) <= 1 for p in balance["periods"] for ids in p["event_ids"].values())
    assert get(client, "/api/balance/KAZ", by="month")["by"] == "month"
    get(client, "/api/balance/KAZ", 422, by="week")
    assert get(client, "/api/dyad/KAZ/CHN")["total"] == 4
    get(client, "/api/dyad/KAZ/KAZ", 422)
    network = get(client, "/api/network", max_nodes=5)
    assert len(network["nodes"]) == 5 and network["links"]
    graphml = client.get("/api/network", params={"format": "graphml"})
    assert graphml.status_code == 200 and graphml.text.startswith("<graphml")
    assert get(client, "/api/network", center="CHN")["nodes"]
    assert get(client, "/api/vectors")["other"]["id"] == "other"


def test_search(client: TestClient) -> None:
    result = get(client, "/api/search", q="وأوزبكستان")
    assert result["total"] == 1 and "أوزبكستان" in result["items"][0]["text"]
    get(client, "/api/search", 422, q="")
    assert get(client, "/api/search", q='"*')["total"] == 0


def test_dashboard_is_local(client: TestClient) -> None:
    page = client.get("/")
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    html = page.text
    assert '<meta charset="utf-8">' in html and 'dir="rtl"' in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    plotly = client.get("/vendor/plotly.min.js")
    assert plotly.status_code == 200 and "plotly" in plotly.text[:200].lower()
    for name in ("app", "api", "i18n", "country", "network", "events", "evidence", "search"):
        script = client.get(f"/static/js/{name}.js")
        assert script.status_code == 200
        assert not re.search(r"https?://", script.text), name


def test_docs_page_loads_nothing_from_a_cdn(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/events" in docs.text
    assert "cdn" not in docs.text.lower() and "<script" not in docs.text
    assert client.get("/redoc").status_code == 404
    schema = client.get("/openapi.json").json()
    assert "/api/events" in schema["paths"] and "/api/search" in schema["paths"]


def test_reads_while_an_ingest_writes(tmp_path: Path) -> None:
    db = build_fixture_db(tmp_path / "wal.db")
    client = TestClient(create_app(db))
    writer = connect(db)
    assert writer.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM events WHERE source = 'RUS'")
    # the writer holds its transaction open: readers still answer, with the old data
    assert get(client, "/api/events", source="RUS")["total"] == 1
    writer.execute("COMMIT")
    assert get(client, "/api/events", source="RUS")["total"] == 0
    writer.close()


def test_readers_cannot_write(db: Path) -> None:
    app = create_app(db)
    conn = app.state.db.conn()
    with pytest.raises(sqlite3.OperationalError, match=r"readonly|attempt to write"), \
            transaction(conn):
        conn.execute("DELETE FROM events")


# --- security: headers, invalid paths, LIKE wildcards ---------------------------------------

def test_security_headers_on_pages_and_api(client) -> None:
    for path in ("/", "/api/status", "/static/js/app.js"):
        response = client.get(path)
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
        assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", ["/static/js/app.js%00", "/static/%00", "/api/entities/KAZ%00",
                                  "/static/js/%0a.js"])
def test_paths_with_control_characters_are_a_client_error(client, path: str) -> None:
    assert client.get(path).status_code == 400


@pytest.mark.parametrize("wildcard", ["%", "_", "%_%", "\\"])
def test_like_wildcards_match_themselves(client, wildcard: str) -> None:
    entities = client.get("/api/entities", params={"q": wildcard, "limit": 500}).json()
    assert entities["total"] < client.get("/api/entities").json()["total"]
    assert all(any(wildcard in (e[k] or "") for k in ("id", "en", "ar"))
               for e in entities["items"])
    documents = client.get("/api/documents", params={"q": wildcard}).json()
    assert all(wildcard in (d["title"] or "") + (d["path"] or "") for d in documents["items"])
