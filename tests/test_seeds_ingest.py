"""Acceptance: the five seed articles (read from ../shared, never copied here)."""

from __future__ import annotations

import json
from pathlib import Path

from diplomap.store import connect

from conftest import SEEDS, need_shared


def test_seeds_ingest_once_and_byte_exact(run, db_path: Path) -> None:
    need_shared(SEEDS)
    first = json.loads(run("ingest", SEEDS, "--no-extract", "--json").stdout)
    assert first["stored"] == 5 and first["failed"] == 0
    second = json.loads(run("ingest", SEEDS, "--no-extract", "--json").stdout)
    assert second["stored"] == 0 and second["unchanged"] == 5
    third = json.loads(run("ingest", SEEDS, "--no-extract", "--json", "--rescan").stdout)
    assert third["stored"] == 0 and third["duplicates"] == 5
    conn = connect(db_path)
    rows = conn.execute("SELECT path, text, lang FROM documents").fetchall()
    assert len(rows) == 5
    for row in rows:
        assert row["lang"] == "ar"
        assert row["text"] == Path(row["path"]).read_bytes().decode("utf-8")
