"""The store: migrations, versions, transactions."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomap.store import NewDocument, StoreError, add_document, connect, schema_version
from diplomap.store.db import migrations


def test_fresh_database_is_at_latest_version(db_path: Path) -> None:
    conn = connect(db_path)
    assert schema_version(conn) == migrations()[-1][0]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    assert schema_version(connect(db_path)) == migrations()[-1][0]  # reopening is a no-op


def test_newer_schema_is_refused(db_path: Path) -> None:
    conn = connect(db_path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(StoreError, match="newer than this diplomap"):
        connect(db_path)


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a diplomap database"):
        connect(path)


def test_failed_document_leaves_nothing(db_path: Path) -> None:
    conn = connect(db_path)
    doc = NewDocument(text="نص", lang="ar")
    with pytest.raises(Exception):  # noqa: B017 - the integrity error of a bad sentence row
        add_document(conn, doc, [(0, 2), (0, 2), (None, None)])  # type: ignore[list-item]
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert add_document(conn, doc, [(0, 2)])


def test_reader_sees_committed_data_while_writer_is_open(db_path: Path) -> None:
    writer = connect(db_path)
    reader = connect(db_path, readonly=True)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO entities (id, kind) VALUES ('KAZ', 'state')")
    assert reader.execute("SELECT count(*) FROM entities").fetchone()[0] == 0
    writer.execute("COMMIT")
    assert reader.execute("SELECT count(*) FROM entities").fetchone()[0] == 1
