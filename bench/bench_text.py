"""Throughput of the text engine on one core.

    python bench/bench_text.py [--repeat N] [--source seeds|sample|generated]

Documents: the seed articles in ../shared/seeds when present, else the
sample corpus (src/diplomap/sample/corpus/*.json), else generated Arabic
text. Prints the lexicon load and compile times, then MB/s (UTF-8) and
documents/s for normalisation, sentences, tokens and the whole stage
(Doc + entity linking).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from collections.abc import Callable
from pathlib import Path

from diplomap.extract import Extractor
from diplomap.lexicon import EntityLinker
from diplomap.lexicon import core as lexicon_core
from diplomap.lexicon import loader as lexicon_loader
from diplomap.lexicon.patterns import compile_lexicon
from diplomap.text import Doc, normalize, split_sentences, tokenize

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
SAMPLE = REPO / "src" / "diplomap" / "sample" / "corpus"
_FILLER = (
    "أكدت وزارة الخارجية أن العلاقات الثنائية تشهد تطورا ملحوظا في مجالات الطاقة والنقل "
    "والاستثمار، وأن الجانبين اتفقا على مواصلة التشاور بشأن القضايا الإقليمية والدولية"
)
FILLER = _FILLER.split()
NAMES = [
    "كازاخستان",
    "لكازاخستان",
    "والصين",
    "روسيا",
    "الأمم المتحدة",
    "الرئيس الكازاخستاني",
    "منظمة شنغهاي للتعاون",
    "بكين",
    "الأمريكية",
    "وأوزبكستان",
    "(CSTO)",
]


def lang_of(text: str) -> str:
    """``ar`` when Arabic letters outnumber Latin ones, else ``en``."""
    arabic = sum("\u0600" <= c <= "\u06ff" for c in text)
    latin = sum(c.isascii() and c.isalpha() for c in text)
    return "ar" if arabic >= latin else "en"


def load_docs(source: str) -> tuple[str, list[tuple[str, str | None]]]:
    if source in ("auto", "seeds") and SEEDS.is_dir():
        return "seeds", [(p.read_text(encoding="utf-8"), None) for p in sorted(SEEDS.glob("*.txt"))]
    files = sorted(SAMPLE.glob("*.json"))
    if source in ("auto", "sample") and files:
        docs = [json.loads(p.read_text(encoding="utf-8")) for p in files]
        return "sample", [(d["text"], d.get("published")) for d in docs if d.get("text")]
    return "generated", generated_docs()


def generated_docs(n: int = 20, words: int = 2000) -> list[tuple[str, str | None]]:
    rng = random.Random(42)
    docs = []
    for _ in range(n):
        toks = [rng.choice(NAMES if rng.random() < 0.06 else FILLER) for _ in range(words)]
        for i in range(12, len(toks), 15):
            toks[i] += "."
        docs.append((" ".join(toks), "2024-06-01"))
    return docs


def timed(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def lexicon_times() -> tuple[float, float, EntityLinker]:
    paths = tuple(lexicon_loader.data_files())
    t0 = time.perf_counter()
    lex = lexicon_core._build(paths, len(paths))
    t1 = time.perf_counter()
    compile_lexicon(lex)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1, EntityLinker(lex)


def report(name: str, seconds: float, nbytes: int, ndocs: int) -> None:
    mbs = nbytes / seconds / 1e6
    print(f"  {name:<28} {seconds * 1000:9.1f} ms  {mbs:8.2f} MB/s  {ndocs / seconds:9.1f} docs/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="best of N runs (default 5)")
    ap.add_argument("--source", choices=["auto", "seeds", "sample", "generated"], default="auto")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    source, docs = load_docs(args.source)
    texts = [t for t, _ in docs]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    load_s, compile_s, linker = lexicon_times()
    print(
        f"lexicon: {len(linker.lexicon)} entities, load {load_s * 1000:.0f} ms, "
        f"compile {compile_s * 1000:.0f} ms, patterns {linker.compiled.sizes}"
    )
    print(
        f"documents: {len(docs)} from {source}, {nbytes / 1e3:.1f} kB UTF-8, "
        f"{sum(map(len, texts))} chars; best of {args.repeat}, one core"
    )

    langs = [lang_of(t) for t in texts]

    def whole() -> None:
        for (text, published), lang in zip(docs, langs, strict=True):
            doc = Doc(text, lang, published)
            tokenize(text)
            linker.link(doc)

    n = len(docs)
    report("normalize", timed(lambda: [normalize(t) for t in texts], args.repeat), nbytes, n)
    report(
        "split_sentences",
        timed(lambda: [split_sentences(t) for t in texts], args.repeat),
        nbytes,
        len(docs),
    )
    report("tokenize", timed(lambda: [tokenize(t) for t in texts], args.repeat), nbytes, len(docs))
    report("whole stage (Doc+tokens+link)", timed(whole, args.repeat), nbytes, len(docs))
    extractors = {lang: Extractor(linker.lexicon, lang) for lang in set(langs)}

    def all_stages() -> None:
        for (text, published), lang in zip(docs, langs, strict=True):
            doc = Doc(text, lang, published)
            doc.mentions = linker.link(doc)
            extractors[lang].extract(doc)

    all_stages()  # warm: predicate lexicons, date and amount tables
    report("all stages (+facts, events)", timed(all_stages, args.repeat), nbytes, len(docs))
    mentions = sum(len(linker.link(Doc(t, lang_of(t), p))) for t, p in docs)
    print(f"mentions: {mentions}")


if __name__ == "__main__":
    main()
