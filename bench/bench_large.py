"""Large documents: ingest and extraction time against document size (should be linear).

    python bench/bench_large.py [--sizes 0.5 1 2 4 20] [--no-extract]

For each size, one generated text file of that many MB goes through `diplomap ingest` (with
extraction unless --no-extract) in a child process, into a fresh database. Printed: seconds,
MB/s, seconds per MB relative to the smallest size (1.0 everywhere when linear), peak RSS, and
the ratio to a regex tokenisation pass over the same text timed in the same run.
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest import generate


def one_file(folder: Path, mb: float) -> Path:
    """A single text file of about `mb` MB made of generated reports."""
    parts = folder / "parts"
    parts.mkdir()
    generate(parts, 40)
    chunk = "\n".join(p.read_text(encoding="utf-8") for p in sorted(parts.iterdir()))
    repeat = max(1, int(mb * 1e6 / len(chunk.encode("utf-8"))))
    target = folder / f"large_{mb}MB.txt"
    target.write_text("\n".join(f"{n}. {chunk}" for n in range(repeat)), encoding="utf-8")
    return target


def tokenise_seconds(text: str) -> float:
    start = time.perf_counter()
    re.findall(r"\w+", text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2, 4, 20])
    parser.add_argument("--no-extract", action="store_true", help="ingest only")
    args = parser.parse_args()
    print(f"{'MB':>6} {'seconds':>8} {'MB/s':>6} {'s/MB vs first':>14} {'x tokenise':>11}"
          f" {'peak RSS MB':>12}")
    first = None
    for mb in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = one_file(Path(tmp), mb)
            size = path.stat().st_size / 1e6
            cmd = [sys.executable, "-m", "diplomap", "--db", str(Path(tmp) / "b.db"), "ingest",
                   str(path), "-q", "--workers", "1", "--max-bytes", str(10**9)]
            if args.no_extract:
                cmd.append("--no-extract")
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            start = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            seconds = time.perf_counter() - start
            peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
            baseline = tokenise_seconds(path.read_text(encoding="utf-8"))
        per_mb = seconds / size
        first = first or per_mb
        print(f"{size:6.1f} {seconds:8.1f} {size / seconds:6.2f} {per_mb / first:14.2f}"
              f" {seconds / baseline:11.0f} {peak:12.0f}")


if __name__ == "__main__":
    main()
