"""Search across entities, facts, events and sentences (issue 14, item 10), analysis-ready
exports (item 12) and the sortable, text-filterable events table (item 13)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from diplomap.store import EventFilters, connect
from diplomap.store.queries import list_events
from diplomap.store.search import search
from diplomap.web.app import create_app

DOCS = {
    "putin.txt": "التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في بكين يوم 3"
                 " مايو 2024.\nوقعت روسيا والصين اتفاقية للتعاون في مجال الطاقة.\n",
    "copy.txt": "التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في بكين يوم 3"
                " مايو 2024.\nوقال مراسل إن الطقس كان ماطرا.\n",
    "traps.txt": "زرع المزارعون التين في الحقل.\nقدم مطعم كين طبق نان مع الشاي.\n",
    "china.txt": "قدمت اليابان قرضا للصين.\n",
    "lebanon.txt": "زار وزير خارجية لبنان باريس في 2023 وبحث مع نظيره الفرنسي المساعدات.\n",
    "markup.txt": "قالت وكالة <b>الأنباء</b> إن بوتين سيزور الهند.\n",
    "english.txt": "Russian President Vladimir Putin met Chinese President Xi Jinping in "
                   "Beijing.\nKazakhstan joined the Shanghai Cooperation Organisation.\n",
    "many.txt": "".join(f"ناقش الوزراء ملف الطاقة في الجلسة رقم {i}.\n" for i in range(30)),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    from click.testing import CliRunner

    from diplomap.cli import cli

    root = tmp_path_factory.mktemp("search")
    folder = root / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = root / "s.db"
    result = CliRunner().invoke(cli, ["--db", str(path), "ingest", str(folder),
                                      "--published", "2024-05-04", "--source", "test"])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def texts(result: dict) -> list[str]:
    return [item["text"] for item in result["items"]]


@pytest.mark.parametrize("name, trap", [("بوتين", "تين"), ("بكين", "كين"), ("لبنان", "نان")])
def test_names_are_not_over_stripped(db: Path, name: str, trap: str) -> None:
    conn = connect(db, readonly=True)
    found = texts(search(conn, name, limit=50))
    assert found and all(name in t for t in found), found
    assert not any(trap in t and name not in t for t in found)
    assert search(conn, trap, limit=50)["total"] >= 1  # the trap word itself is findable


def test_clitics_on_the_query_and_in_the_text(db: Path) -> None:
    conn = connect(db, readonly=True)
    assert any("لبنان" in t for t in texts(search(conn, "للبنان")))  # ل + لبنان
    assert any("الصين" in t for t in texts(search(conn, "والصين")))
    assert any("روسيا" in t for t in texts(search(conn, "لروسيا")))
    china = texts(search(conn, "الصين", limit=50))  # the article and its contraction لل
    assert any("للصين" in t for t in china) and any("والصين" in t for t in china)
    assert not any("ازاخستان" in w for t in texts(search(conn, "لكازاخستان", limit=50))
                   for w in t.split() if "كازاخستان" not in w)


def test_duplicates_paging_and_totals(db: Path) -> None:
    conn = connect(db, readonly=True)
    result = search(conn, "بوتين")
    copies = [i for i in result["items"] if "شي جين بينغ" in i["text"]]
    assert len(copies) == 1 and copies[0]["copies"] == 2  # one result for two documents
    first = search(conn, "الطاقة", limit=20)
    assert first["total"] == 31 and len(first["items"]) == 20 and first["next_offset"] == 20
    second = search(conn, "الطاقة", limit=20, offset=20)
    assert len(second["items"]) == 11 and second["next_offset"] is None
    seen = [(i["doc_id"], i["sentence"]) for i in first["items"] + second["items"]]
    assert len(set(seen)) == 31


def test_or_prefix_and_notes(db: Path) -> None:
    conn = connect(db, readonly=True)
    either = texts(search(conn, "لبنان OR الهند", limit=50))
    assert any("لبنان" in t for t in either) and any("الهند" in t for t in either)
    assert search(conn, "لبنان الهند")["total"] == 0
    prefix = texts(search(conn, "بوت*", limit=50))
    assert prefix and all("بوتين" in t for t in prefix)
    assert search(conn, "Beij*")["total"] == 1
    notes = search(conn, "بوتين NOT الهند")["notes"]
    assert any("NOT" in n for n in notes)
    assert any("prefix" in n for n in search(conn, "ب*")["notes"])
    assert search(conn, '"*')["total"] == 0


def test_highlight_is_escaped_then_marked(db: Path) -> None:
    conn = connect(db, readonly=True)
    item = next(i for i in search(conn, "بوتين", limit=50)["items"] if "<b>" in i["text"])
    assert "<b>" not in item["html"] and "&lt;b&gt;" in item["html"]
    assert "<mark>بوتين</mark>" in item["html"]
    start, end = item["marks"][0]
    assert item["text"][start:end] == "بوتين"


def test_kinds_and_filters(db: Path) -> None:
    conn = connect(db, readonly=True)
    result = search(conn, "روسيا", kind="entity")
    assert result["items"][0]["id"] == "RUS" and result["totals"]["entity"] >= 1
    assert result["totals"]["event"] >= 1
    events = search(conn, "بوتين", kind="event")
    assert events["items"] and all(e["event_type"] for e in events["items"])
    assert search(conn, "Putin", lang="ar")["total"] == 0
    assert search(conn, "Putin", lang="en")["total"] == 1
    assert search(conn, "بوتين", year="2019")["totals"]["sentence"] == 0
    with pytest.raises(ValueError):
        search(conn, "x", kind="nothing")


def test_search_api(client: TestClient) -> None:
    response = client.get("/api/search", params={"q": "بوتين", "kind": "sentence"})
    data = response.json()
    assert set(data["totals"]) == {"sentence", "event", "fact", "entity"}
    assert data["items"] and "html" in data["items"][0]
    assert client.get("/api/search", params={"q": "x", "kind": "bad"}).status_code == 422
    assert client.get("/api/search", params={"q": "x", "type": "NOPE"}).status_code == 422


# --- exports (item 12) ---------------------------------------------------------------------

def test_events_export_is_analysis_ready(client: TestClient) -> None:
    response = client.get("/api/events/export", params={"format": "csv", "names": "ar"})
    assert response.content.startswith(b"\xef\xbb\xbf")  # UTF-8 byte order mark
    rows = list(csv.DictReader(io.StringIO(response.text.removeprefix("\ufeff"))))
    assert rows
    for key in ("source_name", "target_name", "sentence", "title", "url", "published",
                "confidence", "review", "event_type_name"):
        assert key in rows[0], key
    russia = [r for r in rows if r["source"] == "RUS" or r["target"] == "RUS"]
    assert russia and any("روسيا" in (r["source_name"] + r["target_name"]) for r in russia)
    assert all(r["published"] == "2024-05-04" and r["review"] == "unreviewed" for r in rows)
    assert all(r["evidence_text"] in r["sentence"] for r in rows)
    english = client.get("/api/events/export", params={"format": "jsonl", "names": "en"})
    lines = [json.loads(line) for line in english.text.splitlines()]
    assert any(r["source_name"] == "Russia" or r["target_name"] == "Russia" for r in lines)


def test_facts_export(client: TestClient) -> None:
    response = client.get("/api/facts/export", params={"format": "csv", "names": "en"})
    assert response.status_code == 200 and response.text.startswith("\ufeff")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text.removeprefix("\ufeff"))))
    assert rows and all(r["subject_name"] and r["predicate_name"] and r["sentence"]
                        for r in rows)
    jsonl = client.get("/api/facts/export", params={"format": "jsonl"}).text.splitlines()
    assert len(jsonl) == len(rows)


# --- sorting and the text filter (item 13) ---------------------------------------------------

def test_events_sort_server_side(client: TestClient, db: Path) -> None:
    for sort in ("intensity", "-intensity", "source", "-date", "confidence"):
        items = client.get("/api/events", params={"sort": sort, "limit": 500}).json()["items"]
        key = sort.lstrip("-")
        column = {"type": "event_type"}.get(key, key)
        values = [i[column] for i in items if i[column] is not None]
        assert values == sorted(values, reverse=sort.startswith("-")), sort
    records = client.get("/api/event-records", params={"sort": "-intensity"}).json()["items"]
    assert [r["intensity"] for r in records] == sorted((r["intensity"] for r in records),
                                                       reverse=True)
    assert client.get("/api/events", params={"sort": "evil;"}).status_code == 422
    conn = connect(db, readonly=True)
    assert list_events(conn, EventFilters(), sort="-intensity", limit=500)[0]["intensity"] == (
        max(i["intensity"] for i in items))


def test_events_text_filter(client: TestClient) -> None:
    everything = client.get("/api/events", params={"limit": 500}).json()["total"]
    putin = client.get("/api/events", params={"text": "بوتين"}).json()
    assert 0 < putin["total"] < everything
    assert all("بوتين" in (e["evidence_text"] or "") or "PER:putin" in (
        e["source_person"], e["target_person"]) for e in putin["items"])
    by_name = client.get("/api/events", params={"text": "Russia"}).json()
    assert by_name["total"] >= 1 and all("RUS" in (e["source"], e["target"])
                                         for e in by_name["items"])
    records = client.get("/api/event-records", params={"text": "بوتين"}).json()
    assert records["total"] > 0
