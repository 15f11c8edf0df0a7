"""A v8 database with records (before event_links_region_cover, v9) upgrades in place: the
region index is swapped, and after one more batch every table equals that of a database
made at the latest version from the same documents in the same batches. The region
queries of the grouping read the new index alone, and a writer checkpoints its WAL less
often than SQLite's default."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from diplomap.store import connect, db, records
from diplomap.store.db import open_reader
from test_store_upgrade_v6 import THEN, _batch, _indexes, _tables, upgraded_beside_fresh

OLD = 8


@pytest.fixture(autouse=True)
def _no_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records, "_encoder", lambda: None)


def _v8_indexes(indexes: set[str]) -> None:
    assert "event_links_region" in indexes
    assert "event_links_region_cover" not in indexes


def test_a_v8_database_upgrades_to_the_latest(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    upgraded, fresh = upgraded_beside_fresh(tmp_path, monkeypatch, OLD, _v8_indexes)
    indexes = _indexes(upgraded)
    assert "event_links_region" not in indexes
    assert "event_links_region_cover" in indexes
    assert indexes == _indexes(fresh)
    assert _tables(upgraded) == _tables(fresh)
    _batch(upgraded, random.Random(8), THEN)
    _batch(fresh, random.Random(8), THEN)
    assert _tables(upgraded) == _tables(fresh)


def _plan(conn: sqlite3.Connection, sql: str, params: list[str]) -> str:
    return " | ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


REGION = ["block", "2024-12-31", "2024-01-01"]


def test_the_region_summary_reads_the_links_from_the_index_alone(tmp_path: Path) -> None:
    plan = _plan(connect(tmp_path / "a.db"), records._SUMMARY_SQL, REGION)
    assert "SEARCH l USING COVERING INDEX event_links_region_cover" in plan


def test_the_new_mentions_of_a_region_are_found_in_the_index(tmp_path: Path) -> None:
    """`_extend`'s new mentions (record "") are told apart in the index: only they are read
    from the table (for their document)."""
    sql = records.MENTION_IDS_SQL + "l.block = ? AND l.lo <= ? AND l.hi >= ? AND l.record_id = ''"
    plan = _plan(connect(tmp_path / "a.db"), sql, REGION)
    assert plan.startswith("SEARCH l USING INDEX event_links_region_cover (block=? AND lo<?)")


def test_the_region_span_reads_the_index_alone(tmp_path: Path) -> None:
    sql = "SELECT min(lo), max(hi) FROM event_links WHERE block = ? AND lo <= ? AND hi >= ?"
    plan = _plan(connect(tmp_path / "a.db"), sql, REGION)
    assert "COVERING INDEX event_links_region_cover" in plan


def _autocheckpoint(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]


def test_a_writer_checkpoints_at_its_own_wal_size_a_reader_keeps_the_default(
        tmp_path: Path) -> None:
    writer = connect(tmp_path / "a.db")
    assert _autocheckpoint(writer) == db.WRITER_CHECKPOINT_PAGES > 1000
    assert _autocheckpoint(open_reader(tmp_path / "a.db")) == 1000
