"""Event records across documents: grouping, determinism, incrementality, groups."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

import event_records_fixture as fx
from diplomap.eval.records import pairwise
from diplomap.store import connect, transaction
from diplomap.store.records import (
    block_key,
    interval,
    rebuild,
    resemblance,
    signature,
)

NAMES = [a["name"] for a in fx.read("articles.jsonl")]


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    return connect(tmp_path / "records.db")


def _state(conn: sqlite3.Connection) -> list[tuple]:
    """Every record with its members and counts, comparable across databases."""
    rows = conn.execute(
        "SELECT r.id, r.group_id, r.n_mentions, r.n_documents, r.n_sources, r.first_report,"
        " r.last_report, r.date, r.source, r.target, group_concat(l.event_id) FROM event_records r"
        " JOIN (SELECT * FROM event_links ORDER BY event_id) l ON l.record_id = r.id"
        " GROUP BY r.id ORDER BY r.id").fetchall()
    return [tuple(r) for r in rows]


def _record_of(conn: sqlite3.Connection, truth: dict[str, str], label: str) -> list[dict]:
    ids = {r for e, r in fx.records(conn).items() if truth[e] == label}
    return [dict(zip(("id", "n_mentions", "n_documents", "n_sources", "first_report",
                      "last_report", "date", "group_id"), row, strict=True))
            for i in sorted(ids) for row in conn.execute(
                "SELECT id, n_mentions, n_documents, n_sources, first_report, last_report,"
                " date, group_id FROM event_records WHERE id = ?", (i,))]


def test_fixture_pairwise_precision_and_recall(conn):
    truth = fx.load(conn)
    scores = pairwise(fx.records(conn), truth)
    assert scores.gold == 6 + 4 * 1 + 5 * 3  # a visit in 4 mentions, 4 pairs, a summit
    assert scores.precision >= 0.95, scores.false_merges
    assert scores.recall >= 0.85, scores.missed


def test_three_reports_in_two_languages_are_one_record(conn):
    truth = fx.load(conn)
    [record] = _record_of(conn, truth, "kaz-uzb-visit")
    assert record["n_mentions"] == 4  # one article coded the meeting twice from one clause
    assert (record["n_documents"], record["n_sources"]) == (3, 3)
    assert (record["first_report"], record["last_report"]) == ("2025-03-12", "2025-03-20")
    assert record["date"] == "2025-03-12"  # the most precise date reported


@pytest.mark.parametrize("label", ["kaz-rus-phone", "kaz-rus-ministers", "gaza-strike",
                                   "jenin-strike"])
def test_two_events_of_one_pair_on_one_day_stay_apart(conn, label):
    truth = fx.load(conn)
    [record] = _record_of(conn, truth, label)
    assert record["n_documents"] == 2
    members = {e for e, r in fx.records(conn).items() if r == record["id"]}
    assert {truth[e] for e in members} == {label}


def test_summit_is_one_group_of_pair_records(conn):
    truth = fx.load(conn)
    records = [r for s in ("kaz", "kgz", "tjk", "tkm", "uzb")
               for r in _record_of(conn, truth, f"summit-{s}")]
    assert len(records) == 5
    assert {r["n_documents"] for r in records} == {3}
    groups = {r["group_id"] for r in records}
    assert len(groups) == 1 and None not in groups
    others = conn.execute("SELECT count(*) FROM event_records WHERE group_id = ?",
                          (groups.pop(),)).fetchone()[0]
    assert others == 5


def test_any_ingest_order_gives_the_same_records(tmp_path):
    expected = None
    for seed in range(4):
        order = list(NAMES)
        random.Random(seed).shuffle(order)
        conn = connect(tmp_path / f"order{seed}.db")
        fx.load(conn, order)
        state = _state(conn)
        if expected is None:
            expected = state
        assert state == expected, order
        with transaction(conn):
            rebuild(conn)
        assert _state(conn) == expected  # incremental = recomputed from scratch
        conn.close()


def _summary(conn: sqlite3.Connection) -> list[tuple]:
    return [tuple(r) for r in conn.execute(
        "SELECT source, target, year, quad, modality, n, sample_ids FROM record_summary"
        " ORDER BY 1, 2, 3, 4, 5")]


def test_record_summary_samples_do_not_depend_on_the_ingest_order(tmp_path):
    summaries = []
    for seed in range(3):
        order = list(NAMES)
        random.Random(seed).shuffle(order)
        conn = connect(tmp_path / f"summary{seed}.db")
        fx.load(conn, order)
        summaries.append(_summary(conn))
        for source, target, year, quad, modality, _, sample in summaries[-1]:
            first = [r[0] for r in conn.execute(
                "SELECT id FROM event_records WHERE coalesce(source, '') = ?"
                " AND coalesce(target, '') = ? AND coalesce(substr(date, 1, 4), '') = ?"
                " AND quad = ? AND modality = ? ORDER BY date, id LIMIT 20",
                (source, target, year, quad, modality))]
            assert sample.split(",") == first
        conn.close()
    assert summaries[0] == summaries[1] == summaries[2]
    assert any(len(row[6].split(",")) > 1 for row in summaries[0])  # some key has several


def test_record_summary_samples_are_the_earliest_records(conn):
    # 24 consultations of one pair in 2024, one document each, stored latest first: the
    # sample is the 20 earliest, whatever order the records came in
    for day in range(24, 0, -1):
        text = f"Kazakhstan held talks with China on 2024-03-{day:02d} in report {day}."
        article = {"name": f"talks-{day}", "lang": "en", "source": "agency",
                   "published": f"2024-03-{day:02d}", "text": text}
        fx.save_article(conn, article, [{"source": "KAZ", "target": "CHN",
                                         "event_type": "CONSULT", "date": f"2024-03-{day:02d}",
                                         "evidence": text[:-1]}])
    (n, sample), = conn.execute("SELECT n, sample_ids FROM record_summary"
                                " WHERE source = 'KAZ' AND target = 'CHN' AND year = '2024'")
    earliest = [r[0] for r in conn.execute(
        "SELECT id FROM event_records WHERE source = 'KAZ' AND target = 'CHN'"
        " ORDER BY date, id LIMIT 20")]
    assert n == 24 and sample.split(",") == earliest


def test_re_extraction_regroups_only_what_changed(conn):
    fx.load(conn)
    before = _state(conn)
    articles = {a["name"]: a for a in fx.read("articles.jsonl")}
    fx.save_article(conn, articles["visit-ar-1"], [])  # re-extracted: no events now
    truth = fx.truth(conn)
    [record] = _record_of(conn, truth, "kaz-uzb-visit")
    assert (record["n_documents"], record["date"]) == (2, "2025-03")
    rows = [r for r in fx.read("events.jsonl") if r["doc"] == "visit-ar-1"]
    fx.save_article(conn, articles["visit-ar-1"], rows)
    assert _state(conn) == before


def test_summit_group_shrinks_when_its_sentence_goes(conn):
    fx.load(conn)
    articles = {a["name"]: a for a in fx.read("articles.jsonl")}
    for name in ("summit-ar-1", "summit-en-2", "summit-ar-3"):
        fx.save_article(conn, articles[name], [r for r in fx.read("events.jsonl")
                                               if r["doc"] == name][:1])
    grouped = conn.execute("SELECT count(*) FROM event_records WHERE group_id IS NOT NULL"
                           ).fetchone()[0]
    assert grouped == 0


def test_dates_cover_their_precision_and_undated_reports_a_window():
    assert interval("2025-03-12", "2025-03-20") == ("2025-03-12", "2025-03-12", 0)
    assert interval("2025-02", None) == ("2025-02-01", "2025-02-28", 2)
    assert interval("2024", None) == ("2024-01-01", "2024-12-31", 3)
    assert interval(None, "2025-03-13") == ("2025-03-06", "2025-03-13", 1)
    assert interval(None, None)[:2] == (None, None)


def test_symmetric_types_group_both_directions():
    assert block_key("CONSULT", "UZB", "KAZ", "actual") == block_key("CONSULT", "KAZ", "UZB",
                                                                     "actual")
    assert block_key("ASSAULT", "ISR", "PSE", "actual") != block_key("ASSAULT", "PSE", "ISR",
                                                                     "actual")


def test_minhash_estimates_word_overlap():
    a = signature(["the", "two", "presidents", "met", "in", "astana", "to", "discuss", "trade"])
    b = signature(["the", "two", "presidents", "met", "in", "astana", "to", "discuss", "water"])
    assert resemblance(a, a) == 1.0
    assert 0.5 < resemblance(a, b) < 1.0
    assert resemblance(a, signature(["unrelated", "words"])) < 0.3
    assert resemblance(a, b"") == 0.0


def test_migration_groups_the_events_already_stored(tmp_path):
    from diplomap.store.db import migrate, migrations

    conn = connect(tmp_path / "old.db")
    fx.load(conn)
    expected = _state(conn)
    with transaction(conn):  # back to schema v3, the events kept
        for table in ("event_links", "event_records", "record_summary"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DROP TRIGGER events_records_delete")
        conn.execute("PRAGMA user_version = 3")
    assert 4 in [v for v, _ in migrations()]  # later migrations (v5: reviews) run after it
    migrate(conn)
    assert _state(conn) == expected


def test_a_record_that_loses_a_report_keeps_the_others(conn):
    fx.load(conn)
    articles = {a["name"]: a for a in fx.read("articles.jsonl")}
    fx.save_article(conn, articles["visit-en-3"], [])  # not the anchor: the ID stays
    [record] = _record_of(conn, fx.truth(conn), "kaz-uzb-visit")
    assert (record["n_documents"], record["n_mentions"]) == (2, 3)
    assert conn.execute("SELECT count(*) FROM event_links WHERE record_id NOT IN"
                        " (SELECT id FROM event_records)").fetchone()[0] == 0
