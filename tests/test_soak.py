"""Soak: random kill -9s of ingest and of `extract --force`, then `diplomap check` passes and the
store equals the store of a clean run (bounded to about a minute)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

N_DOCS, KILLS = 300, 10
TABLES = {
    "documents": "SELECT id, text, title, url, path, source, lang, published FROM documents",
    "sentences": "SELECT * FROM sentences",
    "mentions": "SELECT * FROM mentions",
    "facts": "SELECT * FROM facts",
    "fact_mentions": "SELECT fact_id, doc_id, attrs, evidence FROM fact_mentions",
    "events": "SELECT * FROM events",
    "event_summary": "SELECT source, target, year, quad, modality, n, round(intensity_sum, 6)"
                     " FROM event_summary",
    "search": "SELECT body, doc_id, idx FROM sentence_fts",
}
SENTENCES = [
    "زار وزير خارجية كازاخستان بكين في مايو 2024 ووقع الجانبان اتفاقيات للتعاون.",
    "انضمت أوزبكستان إلى منظمة شنغهاي للتعاون واستضافت طشقند قمة إقليمية.",
    "Kazakhstan and China held joint military exercises near Almaty in 2023.",
    "Russia imposed sanctions on Ukraine and expelled two diplomats in March 2022.",
]


def corpus(folder: Path) -> None:
    folder.mkdir()
    rng = random.Random(7)
    for i in range(N_DOCS):
        body = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 6)))
        (folder / f"d{i:04d}.txt").write_text(f"الخبر {i}. {body}\n", encoding="utf-8")


def snapshot(db: Path) -> dict[str, list]:
    conn = sqlite3.connect(db)
    try:
        return {name: sorted(map(tuple, conn.execute(sql))) for name, sql in TABLES.items()}
    finally:
        conn.close()


def run(*args: str, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "diplomap", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=300, check=False)


def kill_during(args: list[str], db: Path, rng: random.Random) -> None:
    child = subprocess.Popen([sys.executable, "-m", "diplomap", "--db", str(db), *args],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
    time.sleep(rng.uniform(0.4, 2.5))
    if child.poll() is None:
        os.killpg(child.pid, signal.SIGKILL)  # the parent and its workers at once
    child.wait()


@pytest.mark.slow
def test_random_kills_then_check_and_equal_to_a_clean_run(tmp_path: Path) -> None:
    docs = tmp_path / "corpus"
    corpus(docs)
    clean, soaked = tmp_path / "clean.db", tmp_path / "soaked.db"
    assert run("ingest", str(docs), "--quiet", "--workers", "2", db=clean).returncode == 0
    rng = random.Random(11)
    for n in range(KILLS):
        if n % 2 == 0:
            kill_during(["ingest", str(docs), "--quiet", "--workers", "2"], soaked, rng)
        else:
            kill_during(["extract", "--force", "--quiet", "--workers", "2"], soaked, rng)
    for args in (["ingest", str(docs), "--quiet"], ["extract", "--quiet"]):
        finished = run(*args, db=soaked)
        assert finished.returncode == 0, finished.stderr
    checked = run("check", db=soaked)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert snapshot(soaked) == snapshot(clean)
