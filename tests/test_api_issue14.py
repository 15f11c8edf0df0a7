"""Issue 14 through the API: a document's items and label, the network's relation and time
filters and its edges' detail, colours relative to the centre, the map of event locations
and its offline geometry, vis-network served from the installed pyvis."""

from __future__ import annotations

import json
import sqlite3
from importlib import metadata
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from diplomap.analysis import focal_vectors
from diplomap.store.evidence import doc_label
from diplomap.web.app import create_app
from diplomap.web.world_map import OUTPUT, centroid, simplify

from api_fixtures import build_fixture_db, doc_ids, get


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = build_fixture_db(tmp_path_factory.mktemp("i14api") / "a.db")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE events SET location = 'LOC:astana' WHERE source = 'RUS'")
        conn.execute("UPDATE events SET location = 'CHN' WHERE source = 'KAZ' AND target = 'CHN'")
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


# --- 7. the evidence viewer's data ----------------------------------------------------------

def test_document_items_point_into_the_text(client: TestClient) -> None:
    doc_id = doc_ids()["orgs"]
    doc = get(client, f"/api/documents/{doc_id}")
    items = get(client, f"/api/documents/{doc_id}/items")
    assert len(items["facts"]) >= 5 and items["events"]
    for item in items["facts"] + items["events"]:
        assert item["spans"], item
        for span in item["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(doc["text"])
    assert {"KAZ", "UN", "SCO"} <= set(items["names"])
    assert items["names"]["UN"]["ar"]
    get(client, "/api/documents/ffffffffffffffff/items", status=404)


def test_document_label_is_never_a_stem_or_a_path() -> None:
    text = "Kazakhstan and China signed twelve agreements on trade and transit in Astana today"
    assert doc_label("China visit", "in/x.txt", text) == "China visit"
    assert doc_label("x", "in/x.txt", text) == (
        "Kazakhstan and China signed twelve agreements on trade…")
    assert doc_label(None, None, "Two words") == "Two words"
    assert doc_label("  ", None, "") is None


def test_evidence_refs_name_their_documents(client: TestClient) -> None:
    profile = get(client, "/api/profile/KAZ")
    refs = [r for items in profile["sections"].values() for f in items for r in f["evidence"]]
    assert refs and all(r["label"] and r["source"] == "fixture" and "published" in r
                        for r in refs)


# --- 8. the network --------------------------------------------------------------------------

def test_network_filters_by_relation_and_time(client: TestClient) -> None:
    members = get(client, "/api/network", relation="member_of", layout="false")
    assert members["links"] and all(
        link["predicates"] == ["member_of"] and link["n_events"] == 0 for link in members["links"])
    recent = get(client, "/api/network", relation="VC", since="2023", layout="false")
    assert recent["links"] and all(link["first"] >= "2023" and link["n_facts"] == 0
                                   for link in recent["links"])
    consult = get(client, "/api/network", relation="CONSULT", layout="false")
    assert all(set(link["event_types"]) == {"CONSULT"} for link in consult["links"])
    everything = get(client, "/api/network", layout="false")
    assert len(everything["links"]) > len(recent["links"])
    assert "is no predicate" in get(client, "/api/network", 422, relation="nope")["message"]


def test_network_edge_explains_itself(client: TestClient) -> None:
    link = next(x for x in get(client, "/api/network", layout="false")["links"]
                if {x["source"], x["target"]} == {"CHN", "KAZ"})
    edge = get(client, "/api/network/edge", a="KAZ", b="CHN")
    assert edge["first"] == "2013-09" and edge["last"] == "2019-09"
    assert sum(edge["by_type"].values()) == edge["n_events"] == link["n_events"]
    assert edge["by_type"] == {"AGREE": 1, "CONSULT": 2, "SUPPORT": 1}
    assert len(edge["facts"]) == link["n_facts"]
    assert len(edge["events"]) == link["n_events"]
    later = get(client, "/api/network/edge", a="KAZ", b="CHN", since="2019")
    assert later["first"] == "2019-09" and later["n_events"] == 3
    assert all(f["evidence"] for f in edge["facts"])
    assert all(e["evidence"] for e in edge["events"])


def test_network_colours_are_the_centres_vectors(client: TestClient, db: Path) -> None:
    from diplomap.store import connect

    graph = get(client, "/api/network", center="CHN", layout="false")
    conn = connect(db, readonly=True)
    grouping = focal_vectors(conn, "CHN")
    assert {n["id"]: n["vector"] for n in graph["nodes"]} == {
        n["id"]: grouping.vector_of(n["id"]) for n in graph["nodes"]}
    assert {n["vector"] for n in graph["nodes"]} != {"other"}


def test_vis_network_is_served_from_the_installed_pyvis(client: TestClient) -> None:
    response = client.get("/vendor/vis-network.min.js")
    assert response.status_code == 200
    assert "@version 9.1.2" in response.text[:400] and "MIT License" in response.text[:1200]
    assert metadata.version("pyvis") == "0.3.2"


# --- 14. the map -------------------------------------------------------------------------------

def test_map_lists_event_locations_with_their_states(client: TestClient) -> None:
    data = get(client, "/api/map")
    places = {p["id"]: p for p in data["places"]}
    assert places["LOC:astana"]["state"] == "KAZ" and places["CHN"]["state"] == "CHN"
    total = get(client, "/api/events", limit=1, modality="actual")["total"]
    assert sum(p["n"] for p in data["places"]) + data["unlocated"] == total
    at = get(client, "/api/map", location="LOC:astana")
    assert at["items"] and all(e["location"] == "LOC:astana" for e in at["items"])
    assert get(client, "/api/map", since="2025")["places"] == []


def test_offline_world_geometry_is_shipped_and_served(client: TestClient) -> None:
    world = json.loads(OUTPUT.read_text(encoding="utf-8"))
    ids = {c["id"] for c in world["countries"]}
    assert len(ids) > 170 and {"KAZ", "CHN", "QAT", "SAU", "FRA", "NOR"} <= ids
    assert {"BHR", "LOC:astana", "LOC:riyadh"} <= set(world["points"])
    for country in world["countries"]:
        lon, lat = country["center"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert client.get("/static/data/world.json").status_code == 200


def test_geometry_helpers() -> None:
    square = [(0.0, 0.0), (0.0, 2.0), (2.0, 2.0), (2.0, 0.0)]
    (cx, cy), area = centroid(square)
    assert (round(cx, 6), round(cy, 6), area) == (1.0, 1.0, 4.0)
    wiggly = [(x / 10, 0.001 * (x % 2)) for x in range(50)]
    assert simplify(wiggly) == [wiggly[0], wiggly[-1]]
