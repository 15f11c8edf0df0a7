"""`diplomap check` finds what is inconsistent and `--repair` mends the derived tables."""

from __future__ import annotations

import json
from pathlib import Path

from diplomap.store import connect, transaction

from conftest import write_json

TEXTS = ["زار الرئيس الكازاخستاني بكين في مايو 2024 ووقع اتفاقيات للتعاون مع الصين.",
         "Kazakhstan and Uzbekistan signed a border treaty in Tashkent in 2001."]


def filled(tmp_path: Path, run, copies: int = 1) -> Path:
    (tmp_path / "in").mkdir()
    texts = [f"{text} ({n})" for text in TEXTS for n in range(copies)]
    for n, text in enumerate(texts):
        write_json(tmp_path / "in" / f"d{n}.json", {"text": text, "published": "2024-06-01"})
    assert run("ingest", tmp_path / "in", "--quiet").exit_code == 0
    return tmp_path


def test_a_fresh_store_is_consistent(tmp_path: Path, run) -> None:
    filled(tmp_path, run)
    result = run("check", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["ok"] is True


def test_damage_is_found_and_repaired(tmp_path: Path, run, db_path: Path) -> None:
    filled(tmp_path, run)
    conn = connect(db_path)
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] > 0
    with transaction(conn):
        conn.execute("UPDATE event_summary SET n = n + 5, sample_ids = ''")
        conn.execute("DELETE FROM sentence_fts WHERE rowid IN"
                     " (SELECT min(rowid) FROM sentence_fts)")
        conn.execute("INSERT INTO facts (id, subject, predicate, object) VALUES"
                     " ('x', 'KAZ', 'member_of', 'UN')")
    conn.close()
    result = run("check", "--json")
    report = json.loads(result.stdout)
    assert result.exit_code == 1 and not report["ok"]
    assert set(report["problems"]) == {
        "documents whose search index differs from their sentences",
        "event summary rows that differ from a recomputation",
        "event summary rows without the IDs of their events", "facts stated nowhere"}
    repaired = run("check", "--repair")
    assert repaired.exit_code == 0 and "ok: the store is consistent" in repaired.stdout
    assert run("check").exit_code == 0


def test_force_re_extraction_keeps_summaries_consistent(tmp_path: Path, run, db_path) -> None:
    filled(tmp_path, run, copies=30)  # over the 20 sample IDs a summary row lists
    top = connect(db_path).execute("SELECT max(n) FROM event_summary").fetchone()[0]
    assert top >= 30
    for _ in range(3):
        assert run("extract", "--force", "--quiet").exit_code == 0
    assert run("check").exit_code == 0
