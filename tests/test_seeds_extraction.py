"""Acceptance: facts and events on the five seeds against ../shared/gold (skipped if absent)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from diplomap.eval import from_files, read_items, score

from conftest import GOLD, OUTPUT, SEEDS, need_shared


def publication_dates(readme: Path) -> dict[str, str]:
    """The gold README's table of publication dates (doc -> ISO date)."""
    rows = re.findall(r"^\|\s*(\d{3}_[0-9a-f]+)\s*\|\s*(\d{4}(?:-\d{2}){0,2})", readme.read_text(
        encoding="utf-8"), flags=re.M)
    return dict(rows)


@lru_cache(maxsize=1)
def seed_report():
    gold = read_items(GOLD / "seeds.jsonl")
    dates = publication_dates(GOLD / "README.md")
    predicted = from_files(SEEDS, {g["doc"] for g in gold}, dates)
    report = score(gold, predicted)
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "seeds_eval.json").write_text(
        json.dumps(report.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    return report


@pytest.fixture
def report():
    need_shared(GOLD / "seeds.jsonl")
    need_shared(SEEDS)
    return seed_report()


def test_publication_dates_are_read() -> None:
    need_shared(GOLD / "README.md")
    dates = publication_dates(GOLD / "README.md")
    assert len(dates) == 5 and all(re.fullmatch(r"\d{4}(-\d{2}){0,2}", d) for d in dates.values())


def test_facts_scores(report) -> None:
    facts = report.facts
    print(f"facts P={facts.precision:.3f} R={facts.recall:.3f} F1={facts.f1:.3f}")
    assert facts.precision >= FACTS_PRECISION_BAR and facts.f1 >= FACTS_F1_BAR


def test_events_scores(report) -> None:
    events = report.events
    print(f"events P={events.precision:.3f} R={events.recall:.3f} F1={events.f1:.3f}")
    assert events.f1 >= EVENTS_F1_BAR


def test_attributes_on_matches(report) -> None:
    right, total = report.attributes.get("amount", [0, 0])
    assert right == total, "every matched amount must be right"
    right, total = report.attributes.get("date", [0, 0])
    assert total == 0 or right / total >= DATES_BAR


# The acceptance bars of the extraction issues: the seeds stay at facts F1 0.85 with precision
# 0.85 and events F1 0.80 (issue 9, "Extraction that generalises"; the first extraction issue
# asked 0.80 and 0.70), dates right on 90 % of matched items, every matched amount right.
FACTS_PRECISION_BAR = 0.85
FACTS_F1_BAR = 0.85
EVENTS_F1_BAR = 0.80
DATES_BAR = 0.90
