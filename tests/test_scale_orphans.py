"""Extraction workers exit when their parent is killed (no orphans left running)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

if not Path("/proc").is_dir():
    pytest.skip("needs /proc to find the worker processes", allow_module_level=True)


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus", tmp_path / "db.sqlite"
    corpus.mkdir()
    for i in range(400):
        (corpus / f"d{i:04d}.txt").write_text(
            f"المقالة رقم {i}. زار وزير خارجية كازاخستان بكين في مايو 2024 ووقع الجانبان "
            "اتفاقيات للتعاون في مجال الطاقة والنقل.\n" * 20, encoding="utf-8")
    base = [sys.executable, "-m", "diplomap", "--db", str(db)]
    subprocess.run([*base, "ingest", str(corpus), "--no-extract", "--quiet"], check=True)
    parent = subprocess.Popen([*base, "extract", "--workers", "2", "--quiet"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline and parent.poll() is None:
        workers = children(parent.pid)
        time.sleep(0.05)
    assert len(workers) >= 2, "the workers did not start"
    time.sleep(0.5)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 5
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [w for w in workers if alive(w)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, f"workers still running 5 s after their parent died: {left}"
