"""A v6 database with records (before event_records_sample, v7, and the region indexes, v8 and v9)
upgrades in place: the indexes are swapped, and after one more batch every table equals that
of a database made at the latest version from the same documents in the same batches."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from diplomap.store import connect, db, records, schema_version, transaction
from test_event_records_fast_path import _document

OLD = 6


@pytest.fixture(autouse=True)
def _no_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records, "_encoder", lambda: None)


def _batch(conn: sqlite3.Connection, rng: random.Random, ids: list[str]) -> None:
    with transaction(conn):
        groupings = []
        for doc_id in ids:
            _document(conn, rng, doc_id)
            groupings.append(records.Grouping(doc_id, [], records.store_links(conn, doc_id)))
        records.group_documents(conn, groupings)


_shipped = db.migrations


def _indexes(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def _tables(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {name: sorted((tuple(r) for r in conn.execute(f'SELECT * FROM "{name}"')), key=repr)
            for name in names}


FIRST = [f"d{i:03d}" for i in range(30)]
THEN = [f"d{i:03d}" for i in range(30, 45)]


def upgraded_beside_fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: int,
                          old_indexes: Callable[[set[str]], None]
                          ) -> tuple[sqlite3.Connection, sqlite3.Connection]:
    """A database made at version `old` (its indexes checked by `old_indexes`) from the
    first batch, reopened at the latest version, and one made at the latest version from
    the same batch."""
    with monkeypatch.context() as patched:
        patched.setattr(db, "migrations",
                        lambda: [(v, sql) for v, sql in _shipped() if v <= old])
        before = connect(tmp_path / "old.db")
        assert schema_version(before) == old
        old_indexes(_indexes(before))
        _batch(before, random.Random(7), FIRST)
        assert before.execute("SELECT count(*) FROM event_records").fetchone()[0] > 0
        records.forget_decoded(before)
        before.close()
    fresh = connect(tmp_path / "fresh.db")
    _batch(fresh, random.Random(7), FIRST)
    upgraded = connect(tmp_path / "old.db")
    assert schema_version(upgraded) == schema_version(fresh) == _shipped()[-1][0]
    return upgraded, fresh


def _v6_indexes(indexes: set[str]) -> None:
    assert "event_links_block" in indexes
    assert not {"event_links_region", "event_records_sample"} & indexes


def test_a_v6_database_upgrades_to_the_latest(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    upgraded, fresh = upgraded_beside_fresh(tmp_path, monkeypatch, OLD, _v6_indexes)
    indexes = _indexes(upgraded)
    assert "event_links_block" not in indexes
    assert {"event_links_region_cover", "event_records_sample"} <= indexes
    assert indexes == _indexes(fresh)
    _batch(upgraded, random.Random(8), THEN)
    _batch(fresh, random.Random(8), THEN)
    assert _tables(upgraded) == _tables(fresh)
