"""Ingest throughput: documents/s and peak memory on a folder of generated documents.

    python bench/bench_ingest.py [--docs 10000] [--extract]

Generates the folder (own template sentences), runs `diplomap ingest` in a child
process and prints the figures; the child's peak RSS is read from getrusage.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STATES = ["كازاخستان", "روسيا", "الصين", "تركيا", "أوزبكستان", "قيرغيزستان", "الولايات المتحدة",
          "طاجيكستان", "أذربيجان", "إيران", "الهند", "اليابان", "ألمانيا", "فرنسا"]
ORGS = ["منظمة شنغهاي للتعاون", "الأمم المتحدة", "منظمة معاهدة الأمن الجماعي",
        "الاتحاد الاقتصادي الأوراسي", "منظمة الأمن والتعاون في أوروبا", "منظمة التعاون الإسلامي"]
TEMPLATES = [
    "زار رئيس {a} العاصمة {b} في {m} {y} وبحث مع نظيره سبل تعزيز التعاون.",
    "وقعت {a} و{b} اتفاقية للشراكة الاستراتيجية عام {y}.",
    "انضمت {a} إلى {o} في {m} {y}.",
    "استثمرت شركات من {a} أكثر من {n} مليار دولار في اقتصاد {b}.",
    "تتطلع {a} إلى توسيع التبادل التجاري مع {b} خلال العام المقبل.",
    "قدمت {a} مساعدات إنسانية إلى {b} بقيمة {n} مليون دولار.",
]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]


def article(rng: random.Random, i: int) -> str:
    """Article `i`: 8 to 30 template sentences about random pairs of states."""
    sentences = [f"تقرير رقم {i}."]
    for _ in range(rng.randint(8, 30)):
        a, b = rng.sample(STATES, 2)
        sentences.append(rng.choice(TEMPLATES).format(
            a=a, b=b, o=rng.choice(ORGS), m=rng.choice(MONTHS), y=rng.randint(1992, 2025),
            n=rng.randint(1, 900)))
    return " ".join(sentences)


def generate(folder: Path, n_docs: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    total = 0
    for i in range(n_docs):
        text = article(rng, i)
        total += len(text.encode("utf-8"))
        (folder / f"gen_{i:06d}.txt").write_text(text, encoding="utf-8")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000, help="documents to generate")
    parser.add_argument("--extract", action="store_true", help="also run extraction")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "corpus", Path(tmp) / "bench.db"
        folder.mkdir()
        size = generate(folder, args.docs)
        cmd = [sys.executable, "-m", "diplomap", "--db", str(db), "ingest", str(folder), "-q"]
        if not args.extract:
            cmd.append("--no-extract")
        start = time.perf_counter()
        subprocess.run(cmd, check=True)
        elapsed = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        db_mb = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*")) / 1e6
    print(f"documents            {args.docs}")
    print(f"corpus size          {size / 1e6:.1f} MB")
    print(f"extraction           {'on' if args.extract else 'off'}")
    print(f"wall time            {elapsed:.1f} s (process start included)")
    rate = f"{args.docs / elapsed:.0f} documents/s, {size / 1e6 / elapsed:.2f} MB/s"
    print(f"throughput           {rate}")
    print(f"peak memory (child)  {peak_mb:.0f} MB")
    print(f"database size        {db_mb:.1f} MB")


if __name__ == "__main__":
    main()
