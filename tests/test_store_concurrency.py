"""Two first runs at once on a new database both succeed (migration under the write lock)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TEXT = "Kazakhstan and Uzbekistan signed a border treaty in Tashkent in 2001 ({})."


def test_concurrent_first_runs_both_succeed(tmp_path: Path) -> None:
    for attempt in range(4):
        db = tmp_path / f"new{attempt}.db"
        runs = []
        for side in range(2):
            doc = tmp_path / f"doc{attempt}_{side}.txt"
            doc.write_text(TEXT.format(f"{attempt}-{side}"), encoding="utf-8")
            runs.append(subprocess.Popen(
                [sys.executable, "-m", "diplomap", "--db", str(db), "ingest", str(doc),
                 "--no-extract", "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                text=True))
        for run in runs:
            _, err = run.communicate(timeout=60)
            assert run.returncode == 0, err
