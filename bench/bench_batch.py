"""Batch throughput: `diplomap batch` on Spark (local mode) and on the process pool, next to
the single-machine `ingest`, on the same generated articles in the same run.

    python bench/bench_batch.py [--docs 10000] [--cores 2] [--files 10]

Writes the articles as JSONL files (bench_ingest's templates), then times, each in a child
process: `ingest` (extraction on `--cores` workers), `batch --engine local -j CORES`,
`batch --engine spark --master local[CORES]` and `load` of the Spark output, and checks
that the loaded store has the documents, facts and events of the ingested one. Prints
documents/s, documents/s per core (Spark's also without its fixed cost, measured on 20
articles), and what they project for a GDELT day (200,000
articles) on one 16-core node and on 10 such nodes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest import article

SRC = Path(__file__).resolve().parents[1] / "src"
GDELT_DAY = 200_000


def generate(folder: Path, n_docs: int, n_files: int, seed: int = 7) -> int:
    """`n_docs` articles (8 to 30 template sentences, dated 2024) in `n_files` JSONL files."""
    rng = random.Random(seed)
    total, files = 0, [(folder / f"feed_{i:02d}.jsonl").open("w", encoding="utf-8")
                       for i in range(n_files)]
    for i in range(n_docs):
        record = {"text": article(rng, i), "title": f"تقرير {i}",
                  "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}
        line = json.dumps(record, ensure_ascii=False) + "\n"
        total += len(line.encode("utf-8"))
        files[i % n_files].write(line)
    for f in files:
        f.close()
    return total


def timed(*args: str) -> float:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(SRC), *filter(None, [os.environ.get("PYTHONPATH")])])}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "diplomap", *args], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def counts(db: Path) -> tuple[int, ...]:
    conn = sqlite3.connect(db)
    return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("documents", "mentions", "facts", "fact_mentions", "events"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--cores", type=int, default=2, help="workers / local[N]")
    parser.add_argument("--files", type=int, default=10, help="JSONL files")
    args = parser.parse_args()
    n, cores = args.docs, args.cores
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        corpus.mkdir()
        size = generate(corpus, n, args.files)
        tiny = root / "tiny"
        tiny.mkdir()
        generate(tiny, 20, 1, seed=1)
        load_before = os.getloadavg()[0]
        # Spark's fixed cost (JVM start, planning, the stages of a job), measured on 20 articles
        startup = timed("batch", str(tiny), str(root / "tiny-out"), "--engine", "spark",
                        "--master", f"local[{cores}]", "-q")
        times = {
            "ingest": timed("--db", str(root / "ingest.db"), "ingest", str(corpus), "-q",
                            "--workers", str(cores)),
            "batch local": timed("batch", str(corpus), str(root / "local"), "--engine", "local",
                                 "-j", str(cores), "-q"),
            "batch spark": timed("batch", str(corpus), str(root / "spark"), "--engine", "spark",
                                 "--master", f"local[{cores}]", "-q"),
            "load": timed("--db", str(root / "loaded.db"), "load", str(root / "spark"), "-q"),
        }
        same = counts(root / "loaded.db") == counts(root / "ingest.db")
    print(f"articles             {n:,} in {args.files} JSONL files, {size / 1e6:.1f} MB")
    print(f"cores                {cores} (ingest --workers, batch -j, local[N])")
    for name, seconds in times.items():
        print(f"{name:<20} {seconds:7.1f} s  {n / seconds:6.0f} documents/s  "
              f"{n / seconds / cores:6.0f} per core")
    print(f"loaded == ingested   {same} (documents, mentions, facts, fact_mentions, events)")
    print(f"spark fixed cost     {startup:7.1f} s  (a job on 20 articles)")
    per_core = n / (times["batch spark"] - startup) / cores
    print(f"spark, fixed cost out       {per_core:6.1f} documents/s per core")
    print(f"load average         {load_before:.1f} before, {os.getloadavg()[0]:.1f} after "
          f"({os.cpu_count()} CPUs, shared)")
    for label, total in (("one 16-core node", 16), ("10 nodes of 16 cores", 160)):
        minutes = GDELT_DAY / (per_core * total) / 60
        print(f"GDELT day on {label:<22} {minutes:6.1f} min of extraction "
              f"({per_core:.1f} documents/s per core x {total}) + the fixed cost")


if __name__ == "__main__":
    main()
