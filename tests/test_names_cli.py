"""Names everywhere (issue 14): one resolver for the API and the CLI, suggestions, exit 2 on
unknown names; default vectors relative to the focal state; names for every ID; the CLI's
dates, progress, serve and docs."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from diplomap import analysis as an
from diplomap.ingest import ingest_paths
from diplomap.store import connect
from diplomap.store.names import display_names, resolve_entity
from diplomap.web.app import create_app

from api_fixtures import build_fixture_db
from conftest import free_port


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("names") / "n.db")


@pytest.fixture
def conn(db: Path):
    c = connect(db, readonly=True)
    yield c
    c.close()


@pytest.mark.parametrize("text, expected", [
    ("KAZ", "KAZ"), ("kaz", "KAZ"), ("Kaz", "KAZ"), ("Kazakhstan", "KAZ"),
    ("kazakhstan", "KAZ"), ("كازاخستان", "KAZ"), ("لكازاخستان", "KAZ"),
    ("وكازاخستان", "KAZ"), ("قازاقستان", "KAZ"), ("كازاخستان ", "KAZ"), ("الصين", "CHN"),
    ("china", "CHN"), ("sco", "SCO"), ("منظمة شنغهاي للتعاون", "SCO"),
    ("per:putin", "PER:putin"), ("Qatar", "QAT"), ("قطر", "QAT"), ("Saudi Arabia", "SAU"),
    ("السعودية", "SAU"), ("مجلس التعاون الخليجي", "GCC"), ("gcc", "GCC"),
])
def test_resolver_reads_names_codes_clitics_and_variants(conn, text: str, expected: str) -> None:
    assert resolve_entity(conn, text).id == expected


def test_resolver_suggests_for_unknown_and_misspelt_names(conn) -> None:
    assert resolve_entity(conn, "XYZ").id is None
    found = resolve_entity(conn, "Kazakstn")
    assert found.id is None and "KAZ" in [s["id"] for s in found.suggestions]
    assert resolve_entity(conn, "  ").id is None
    # limited to kinds: a person is not a state
    assert resolve_entity(conn, "بوتين", ["state"]).id is None


def test_display_names_for_every_entity(conn) -> None:
    names = display_names(conn, ["QAT", "PSE", "LOC:oskemen", "EC", "KAZ"])
    assert names["QAT"]["ar"] == "قطر" and "الفلسطينية" in names["PSE"]["ar"]
    assert names["LOC:oskemen"]["ar"] and names["EC"]["ar"]
    assert names["KAZ"]["ar"] == "كازاخستان"


# --- the CLI resolves as the API does --------------------------------------------------------

@pytest.mark.parametrize("name", ["KAZ", "kaz", "Kazakhstan", "كازاخستان"])
def test_cli_profile_takes_names(run, db_path: Path, name: str) -> None:
    build_fixture_db(db_path)
    result = run("profile", name, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["state"] == "KAZ"


def test_cli_unknown_name_exits_2_with_suggestions(run, db_path: Path) -> None:
    build_fixture_db(db_path)
    result = run("profile", "XYZ")
    assert result.exit_code == 2 and "unknown state 'XYZ'" in result.output
    result = run("balance", "Kazakstn")
    assert result.exit_code == 2 and "did you mean" in result.output and "KAZ" in result.output
    assert run("dyad", "كازاخستان", "XYZ").exit_code == 2
    assert run("network", "--center", "XYZ").exit_code == 2
    assert run("events", "--actor", "XYZ").exit_code == 2


def test_cli_balance_dyad_network_events_take_names(run, db_path: Path) -> None:
    build_fixture_db(db_path)
    data = json.loads(run("balance", "kazakhstan", "--json").output)
    assert data["state"] == "KAZ"
    assert "2024" in run("dyad", "كازاخستان", "روسيا", "--by", "year").output
    graph = json.loads(run("network", "--format", "json", "--center", "الصين").output)
    assert "CHN" in {n["id"] for n in graph["nodes"]}
    by_name = run("events", "--actor", "الصين", "--format", "jsonl").output
    by_id = run("events", "--actor", "CHN", "--format", "jsonl").output
    assert by_name == by_id and by_id.strip()


@pytest.mark.parametrize("date", ["2019/01/01", "yesterday", "2019-13", "19"])
def test_cli_refuses_dates_that_are_not_iso(run, db_path: Path, date: str) -> None:
    result = run("events", "--since", date)
    assert result.exit_code == 2 and "expected an ISO date" in result.output


def test_cli_docs_name_without_extension(run, db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.txt").write_text("Kazakhstan joined the United Nations in 1992.",
                                       encoding="utf-8")
    assert run("ingest", folder, "-q").exit_code == 0
    result = run("docs", "report")
    assert result.exit_code == 0 and "United Nations" in result.output


def test_ingest_progress_counts_records(db_path: Path, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": f"Record {i}: Qatar and Oman met."}) + "\n"
                            for i in range(3000)), encoding="utf-8")
    seen: list[int] = []
    conn = connect(db_path)
    summary = ingest_paths(conn, [feed], on_record=lambda _p, n: seen.append(n))
    assert summary.stored == 3000 and seen[-1] == 3000 and len(seen) == 3000


def test_serve_refuses_a_missing_database(run, db_path: Path) -> None:
    result = run("serve", "--port", str(free_port()))
    assert result.exit_code == 3 and "no such database" in result.output
    assert not db_path.exists()


def test_serve_on_a_busy_port_fails_before_printing_its_url(run, db_path: Path) -> None:
    build_fixture_db(db_path)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = run("serve", "--port", port)
    assert result.exit_code == 2 and "in use" in result.output
    assert "http://" not in result.output


# --- vectors relative to the focal state -----------------------------------------------------

@pytest.mark.parametrize("state", ["KAZ", "RUS", "CHN", "QAT", "SAU", "DEU", "USA"])
def test_default_vectors_never_hold_the_focal_state(conn, state: str) -> None:
    grouping = an.focal_vectors(conn, state)
    assert all(state not in v.members for v in grouping.vectors)
    assert grouping.vector_of(state) == "other"


def test_default_vectors_are_relative(conn) -> None:
    russia = an.focal_vectors(conn, "RUS")
    assert "russia" not in russia.ids and "china" in russia.ids
    china = an.focal_vectors(conn, "CHN")
    assert "china" not in china.ids
    qatar = an.focal_vectors(conn, "QAT")
    assert qatar.vector_of("GCC") == "organisations"
    assert qatar.vector_of("OMN") == "region" and qatar.vector_of("USA") == "usa"
    kaz = {v.id: v for v in an.focal_vectors(conn, "KAZ").vectors}
    assert set(kaz["region"].members) == {"KGZ", "TJK", "TKM", "UZB"}
    assert kaz["neighbours"].members  # border_with facts of the fixture
    assert "SCO" in kaz["organisations"].members
    # China's page is no longer 100 % others
    balance = an.balance(conn, "CHN", "year")
    assert balance["overall"]["counts"]["other"] < balance["overall"]["total"]


def test_api_names_vectors_plurals_and_share_events(db: Path) -> None:
    client = TestClient(create_app(db))
    assert client.get("/api/profile/الصين").json()["state"] == "CHN"
    missing = client.get("/api/profile/XYZ")
    assert missing.status_code == 404 and "suggestions" in missing.json()
    resolved = client.get("/api/resolve", params={"q": "لكازاخستان"}).json()
    assert resolved["id"] == "KAZ" and resolved["names"]["KAZ"]["ar"] == "كازاخستان"
    assert client.get("/api/resolve", params={"q": "XYZ"}).json()["id"] is None
    vectors = client.get("/api/vectors", params={"state": "RUS"}).json()
    assert "russia" not in [v["id"] for v in vectors["vectors"]]
    edited = json.dumps({"vectors": [{"id": "big_two", "members": ["RUS", "CHN"]}]})
    data = client.get("/api/balance/KAZ", params={"vectors": edited}).json()
    assert [v["id"] for v in data["vectors"]] == ["big_two", "other"]
    assert client.get("/api/balance/KAZ", params={"vectors": "{"}).status_code == 422
    plurals = client.get("/api/plurals").json()
    assert plurals["ar"]["categories"][64] == "many" and plurals["ar"]["categories"][5] == "few"
    balance = client.get("/api/balance/KAZ").json()
    period = next(p for p in balance["periods"] if p["period"] == "2022")
    vector = next(v for v, n in period["counts"].items() if n)
    behind = client.get("/api/balance/KAZ/events",
                        params={"period": "2022", "vector": vector}).json()
    assert behind["total"] == period["counts"][vector] == len(behind["items"])
    assert all(e["date"].startswith("2022") for e in behind["items"])
    overview = client.get("/api/overview").json()
    assert overview["top_actors"][0]["id"] == "KAZ" and overview["latest_events"]
    assert overview["last_date"]
    org = client.get("/api/profile/SCO").json()["organisation"]
    assert org["founded"] and "KAZ" in org["members_listed"]
