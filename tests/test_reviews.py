"""Reviews (issue 14, item 2): analysts mark facts, events and event records right or wrong;
the history is append-only, wrong items leave the analysis and the default listings, the
review status is exported, and reviews survive re-extraction of the same document."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import event_records_fixture as fx
from diplomap import analysis as an
from diplomap.store import EventFilters, FactFilters, connect, count_events, list_events
from diplomap.store.queries import count_facts, list_facts
from diplomap.store.record_queries import count_event_records, list_event_records
from diplomap.store.reviews import ReviewError, add_review, list_reviews
from diplomap.web.app import create_app

from api_fixtures import build_fixture_db

ARTICLE = (
    "زار الرئيس الكازاخستاني قاسم جومارت توكاييف الصين في 3 مارس 2024 والتقى الرئيس الصيني"
    " شي جين بينغ في بكين.\n"
    "وقعت كازاخستان وروسيا اتفاقية للتعاون في مجال الطاقة في 5 مارس 2024.\n"
    "انضمت كازاخستان إلى منظمة شنغهاي للتعاون.\n")


@pytest.fixture
def fixture_db(tmp_path: Path) -> Path:
    return build_fixture_db(tmp_path / "r.db")


def _kaz_china_event(conn: sqlite3.Connection) -> dict:
    return next(e for e in list_events(conn, EventFilters(actor="KAZ"), limit=100)
                if {e["source"], e["target"]} == {"KAZ", "CHN"} and e["quad"] == "VC"
                and e["modality"] == "actual")


def test_history_is_append_only(fixture_db: Path) -> None:
    conn = connect(fixture_db)
    event = _kaz_china_event(conn)
    add_review(conn, "event", event["id"], "wrong", "amal", "the date is the signing's")
    add_review(conn, "event", event["id"], "right", "omar")
    for sql in ("UPDATE reviews SET verdict = 'right'", "DELETE FROM reviews"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(sql)
    history, total = list_reviews(conn, key=event["id"])
    assert total == 2 and [r["reviewer"] for r in history] == ["omar", "amal"]
    assert history[1]["note"] == "the date is the signing's" and history[0]["present"]
    with pytest.raises(ReviewError, match="no event"):
        add_review(conn, "event", "nope", "wrong", "amal")
    with pytest.raises(ReviewError, match="verdict"):
        add_review(conn, "event", event["id"], "maybe", "amal")


def test_wrong_events_leave_listings_and_analysis(fixture_db: Path) -> None:
    conn = connect(fixture_db)
    event = _kaz_china_event(conn)
    before = {
        "events": count_events(conn, EventFilters(actor="KAZ")),
        "records": count_event_records(conn, EventFilters(actor="KAZ")),
        "balance": an.balance(conn, "KAZ", count="mentions")["overall"]["counts"],
        "dyad": an.dyad_series(conn, "KAZ", "CHN", "year", count="mentions")["total"],
        "profile": an.country_profile(conn, "KAZ")["events"]["total"],
    }
    add_review(conn, "event", event["id"], "wrong", "amal")
    assert count_events(conn, EventFilters(actor="KAZ")) == before["events"] - 1
    assert event["id"] not in {e["id"] for e in list_events(conn, EventFilters(actor="KAZ"),
                                                            limit=100)}
    shown = list_events(conn, EventFilters(actor="KAZ", include_wrong=True), limit=100)
    assert next(e for e in shown if e["id"] == event["id"])["review"]["verdict"] == "wrong"
    balance = an.balance(conn, "KAZ", count="mentions")["overall"]["counts"]
    assert sum(balance.values()) == sum(before["balance"].values()) - 1
    assert an.dyad_series(conn, "KAZ", "CHN", "year", count="mentions")["total"] == (
        before["dyad"] - 1)
    assert an.country_profile(conn, "KAZ")["events"]["total"] == before["profile"] - 1
    # a record leaves the counts when every one of its reports is wrong
    record = next(r for r in list_event_records(conn, EventFilters(actor="KAZ"), limit=100)
                  if any(m["event_id"] == event["id"] for m in r["mentions"])
                  ) if len(_record_of(conn, event["id"])) > 1 else None
    if record is None:
        assert count_event_records(conn, EventFilters(actor="KAZ")) == before["records"] - 1
    add_review(conn, "event", event["id"], "unreviewed", "amal")
    assert count_events(conn, EventFilters(actor="KAZ")) == before["events"]


def _record_of(conn: sqlite3.Connection, event_id: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT event_id FROM event_links WHERE record_id = (SELECT record_id FROM"
        " event_links WHERE event_id = ?)", (event_id,))]


def test_reviewing_a_record_reviews_its_reports(tmp_path: Path) -> None:
    conn = connect(tmp_path / "records.db")
    fx.load(conn)
    before = count_event_records(conn, EventFilters())
    records = [r for r in list_event_records(conn, EventFilters(), limit=500)
               if r["n_mentions"] > 1]
    one, other = records[0], records[1]
    stored = add_review(conn, "record", one["id"], "wrong", "amal")
    assert {r["item_key"] for r in stored} == {m["event_id"] for m in one["mentions"]}
    assert count_event_records(conn, EventFilters()) == before - 1
    again = list_event_records(conn, EventFilters(include_wrong=True), limit=500)
    assert next(r for r in again if r["id"] == one["id"])["review"]["verdict"] == "wrong"
    # one wrong report of several: the record stands, its review says mixed
    add_review(conn, "event", other["mentions"][0]["event_id"], "wrong", "amal")
    assert count_event_records(conn, EventFilters()) == before - 1
    mixed = next(r for r in list_event_records(conn, EventFilters(), limit=500)
                 if r["id"] == other["id"])
    assert mixed["review"]["verdict"] == "mixed" and mixed["review"]["wrong"] == 1


def test_wrong_facts_leave_listings_profile_and_network(fixture_db: Path) -> None:
    conn = connect(fixture_db)
    fact = next(f for f in list_facts(conn, FactFilters(subject="KAZ", predicate="member_of"),
                                      limit=50) if f["object"] == "SCO")
    n = count_facts(conn, FactFilters(actor="KAZ"))
    assert "member_of" in an.network(conn).edges["KAZ", "SCO"]["predicates"]
    add_review(conn, "fact", fact["fact_id"], "wrong", "amal")
    assert count_facts(conn, FactFilters(actor="KAZ")) == n - 1
    profile = an.country_profile(conn, "KAZ")
    listed = [f for section in profile["sections"].values() for f in section]
    assert fact["fact_id"] not in {f.get("fact_id") for f in listed}
    assert count_facts(conn, FactFilters(actor="KAZ", include_wrong=True)) == n
    graph = an.network(conn)
    assert ("KAZ", "SCO") not in graph.edges or "member_of" not in graph.edges[
        "KAZ", "SCO"]["predicates"]


def test_confidence_threshold(fixture_db: Path) -> None:
    conn = connect(fixture_db)
    confidences = sorted(e["confidence"] for e in list_events(conn, EventFilters(), limit=500))
    cut = confidences[len(confidences) // 2]
    kept = list_events(conn, EventFilters(min_confidence=cut), limit=500)
    assert kept and all(e["confidence"] >= cut for e in kept)
    assert count_events(conn, EventFilters(min_confidence=cut)) == len(kept)
    assert len(kept) == sum(c >= cut for c in confidences)
    facts = list_facts(conn, FactFilters(), limit=500)
    assert all(0 <= f["confidence"] <= 1 for f in facts)
    with pytest.raises(ValueError, match="min_confidence"):
        EventFilters(min_confidence=1.5)


def test_reviews_survive_reextraction_and_reingest(tmp_path: Path, run, db_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert run("ingest", str(folder), "--published", "2024-03-06").exit_code == 0
    conn = connect(db_path)
    events = list_events(conn, EventFilters(), limit=50)
    facts = list_facts(conn, FactFilters(), limit=50)
    assert events and facts
    event, fact = events[0], facts[0]
    assert run("review", "mark", "event", event["id"], "wrong", "--by", "amal",
               "--note", "not a visit").exit_code == 0
    assert run("review", "mark", "fact", fact["fact_id"], "right", "--by", "amal").exit_code == 0
    conn.close()
    for args in (("extract", "--force"), ("ingest", str(folder), "--rescan")):
        assert run(*args).exit_code == 0
        conn = connect(db_path)
        assert event["id"] in {e["id"] for e in list_events(
            conn, EventFilters(include_wrong=True), limit=50)}, "re-extraction changed the key"
        assert event["id"] not in {e["id"] for e in list_events(conn, EventFilters(), limit=50)}
        assert next(f for f in list_facts(conn, FactFilters(), limit=50)
                    if f["fact_id"] == fact["fact_id"])["review"]["verdict"] == "right"
        conn.close()
    listed = run("review", "list", "--format", "jsonl")
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert [(r["kind"], r["verdict"], r["reviewer"]) for r in rows] == [
        ("fact", "right", "amal"), ("event", "wrong", "amal")]
    assert all(r["present"] for r in rows)
    bad = run("review", "mark", "event", "0000", "wrong")
    assert bad.exit_code == 2


def test_review_api_and_exports(fixture_db: Path) -> None:
    client = TestClient(create_app(fixture_db))
    event = client.get("/api/events", params={"actor": "KAZ", "limit": 1}).json()["items"][0]
    response = client.post("/api/reviews", json={"kind": "event", "key": event["id"],
                                                 "verdict": "wrong", "note": "duplicate"},
                           headers={"X-Diplomap-Reviewer": "layla"})
    assert response.status_code == 201, response.text
    assert response.json()["items"][0]["reviewer"] == "layla"
    assert client.post("/api/reviews", json={"kind": "event", "key": "nope",
                                             "verdict": "wrong"}).status_code == 404
    assert client.post("/api/reviews", json={"kind": "event", "key": event["id"],
                                             "verdict": "sure"}).status_code == 422
    history = client.get("/api/reviews", params={"verdict": "wrong"}).json()
    assert history["total"] == 1 and history["items"][0]["note"] == "duplicate"
    ids = {e["id"] for e in client.get("/api/events", params={"limit": 500}).json()["items"]}
    assert event["id"] not in ids
    shown = client.get("/api/events", params={"limit": 500, "include_wrong": "true"}).json()
    assert next(e for e in shown["items"] if e["id"] == event["id"])["review"]["verdict"] == (
        "wrong")
    export = client.get("/api/events/export", params={"format": "csv", "include_wrong": "true",
                                                      "names": "ar"})
    rows = list(csv.DictReader(io.StringIO(export.text.removeprefix("\ufeff"))))
    row = next(r for r in rows if r["id"] == event["id"])
    assert row["review"] == "wrong" and row["reviewer"] == "layla"
    assert client.get("/api/events", params={"min_confidence": 2}).status_code == 422


def test_cli_listings_hide_wrong_items_and_filter_by_confidence(tmp_path: Path, run,
                                                                db_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert run("ingest", str(folder), "--published", "2024-03-06").exit_code == 0

    def listed(kind: str, *args: str) -> list[dict]:
        out = run(kind, "--format", "jsonl", *args)
        assert out.exit_code == 0, out.output
        return [json.loads(line) for line in out.output.splitlines()]

    events = listed("events")
    assert len(events) >= 2
    assert run("review", "mark", "event", events[0]["id"], "wrong").exit_code == 0
    assert events[0]["id"] not in {e["id"] for e in listed("events")}
    assert events[0]["id"] in {e["id"] for e in listed("events", "--include-wrong")}
    cut = sorted(e["confidence"] for e in events)[len(events) // 2]
    kept = listed("events", "--include-wrong", "--min-confidence", str(cut))
    assert kept and all(e["confidence"] >= cut for e in kept)
    assert len(kept) == sum(e["confidence"] >= cut for e in events)
    facts = listed("facts")
    top = max(f["confidence"] for f in facts)
    assert facts and all(f["confidence"] == top for f in listed("facts", "--min-confidence",
                                                                    str(top)))
    assert run("facts", "--min-confidence", "1.5").exit_code == 2
