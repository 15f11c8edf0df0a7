"""kill -9 in the middle of an ingest leaves every document whole or absent."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from diplomap.store import connect
from diplomap.text import split_sentences

N_FILES = 1500


def _corpus(folder: Path) -> None:
    folder.mkdir()
    for i in range(N_FILES):
        body = (f"المقالة رقم {i}. زار وزير خارجية كازاخستان العاصمة الصينية بكين في مايو. "
                "ووقع الجانبان اتفاقيات للتعاون في مجال الطاقة والنقل.\n") * (1 + i % 4)
        (folder / f"doc_{i:05d}.txt").write_text(body, encoding="utf-8")


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_kill_9_mid_ingest_then_rerun_completes(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus", tmp_path / "crash.db"
    _corpus(corpus)
    cmd = [sys.executable, "-m", "diplomap", "--db", str(db), "ingest", str(corpus),
           "--no-extract", "--quiet"]
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db) < 50 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.02)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"

    conn = connect(db)
    partial = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 0 < partial < N_FILES
    for doc_id, text in conn.execute("SELECT id, text FROM documents"):
        n = conn.execute("SELECT count(*) FROM sentences WHERE doc_id = ?", (doc_id,)).fetchone()
        assert n[0] == len(split_sentences(text)) > 0, doc_id
    conn.close()

    rerun = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    conn = connect(db)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == N_FILES
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
