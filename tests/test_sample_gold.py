"""The bundled sample corpus scored against its own gold (written with the corpus).

The sample was written independently of the rules and is harder than the seeds (anaphora,
group subjects, English articles), so its floors are lower; they guard against regressions.
"""

from __future__ import annotations

from functools import lru_cache

from diplomap.eval import from_files, read_items, score

from conftest import SAMPLE


@lru_cache(maxsize=1)
def sample_report():
    gold = read_items(SAMPLE / "gold.jsonl")
    predicted = from_files(SAMPLE / "corpus", {g["doc"] for g in gold}, {})
    return score(gold, predicted)


def test_sample_gold_is_well_formed() -> None:
    gold = read_items(SAMPLE / "gold.jsonl")
    docs = {p.name for p in (SAMPLE / "corpus").glob("*.json")}
    assert {g["doc"] for g in gold} <= docs and len(gold) > 300


def test_sample_facts_and_events() -> None:
    report = sample_report()
    assert report.facts.precision >= 0.68 and report.facts.f1 >= 0.55, report.facts.as_dict()
    assert report.events.precision >= 0.68 and report.events.f1 >= 0.55, report.events.as_dict()


def test_sample_english_articles_are_read() -> None:
    report = sample_report()
    english_misses = [m for m in report.misses if m["doc"].startswith("en_")]
    english_gold = [g for g in read_items(SAMPLE / "gold.jsonl") if g["doc"].startswith("en_")]
    assert len(english_misses) < len(english_gold)
