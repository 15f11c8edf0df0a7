"""The confidence an analyst reads: mapped onto precision observed on text nobody tuned on.

The rules' bands (`calibration.yaml`) and the scorer's combination (`confirm.yaml`) are both
fitted on the dev set's tune split, the text the rules were written against, so on unseen
text they promise too much. This last component of every model maps each item's confidence
through a logistic curve, `sigmoid(slope * logit(c) + intercept)`, fitted per origin of the
confidence (the rules' band, the rules+scorer combination, a scorer proposal, a fact reader
proposal) on the *calibration* splits of the dev sets (news items, Wikinews articles and
the essays, pooled), which no rule is written from and only the fact reader's threshold is
chosen on
(`python -m diplomap.eval.calibrate --final` writes `data/final_confidence.yaml`).

The map is monotone, so it changes no ranking and no item: only the number shown and
exported, and the step "confidence held-out" at the end of the item's trace.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import TypeVar

import yaml

from diplomap.extract.components import register
from diplomap.extract.confirm import logit, sigmoid
from diplomap.extract.extractor import Extractor
from diplomap.extract.model import Event, Extraction, Fact, changed
from diplomap.extract.strategies import Step
from diplomap.resources import package_path
from diplomap.text import Doc

DATA = package_path("extract", "data", "final_confidence.yaml")
COMPONENT = "confidence"
ORIGINS = ("rules", "rules+scorer", "scorer", "fact_reader")
EPSILON = 1e-3

Item = TypeVar("Item", Fact, Event)


def origin(trace: Sequence) -> str:
    """Where an item's confidence came from: the last "confidence" step of its trace."""
    for step in reversed(trace):
        if step[0] == "confidence":
            return step[1] if step[1] in ORIGINS else "rules"
    return "rules"


@cache
def curves(path: str = str(DATA)) -> dict[str, tuple[float, float]]:
    """(slope, intercept) per origin; an origin absent from the file keeps its confidence."""
    file = Path(path)
    if not file.exists():
        return {}
    data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    return {str(name): (float(c["slope"]), float(c["intercept"]))
            for name, c in (data.get("curves") or {}).items()}


def bounded_logit(confidence: float) -> float:
    """The logit the map is fitted and applied on, kept off the ends (a confidence of 0 or
    1 still maps strictly inside them)."""
    return logit(min(max(confidence, EPSILON), 1 - EPSILON))


def mapped(confidence: float, curve: tuple[float, float]) -> float:
    slope, intercept = curve
    return round(sigmoid(slope * bounded_logit(confidence) + intercept), 3)


class FinalConfidence:
    def __init__(self, table: dict[str, tuple[float, float]]) -> None:
        self.table = table

    def __call__(self, doc: Doc, extraction: Extraction, published: str | None) -> Extraction:
        return Extraction(facts=[self._item(f) for f in extraction.facts],
                          events=[self._item(e) for e in extraction.events])

    def _item(self, item: Item) -> Item:
        curve = self.table.get(origin(item.trace))
        if curve is None:
            return item
        confidence, step = _mapped_step(item.confidence, curve)
        return changed(item, confidence=confidence, trace=[*item.trace, step])


@lru_cache(maxsize=4096)  # confidences are rounded: few distinct ones recur in every document
def _mapped_step(confidence: float, curve: tuple[float, float]) -> tuple[float, Step]:
    """The mapped confidence and the trace step that says so."""
    mapped_confidence = mapped(confidence, curve)
    return mapped_confidence, Step("confidence", "held-out", f"{mapped_confidence:.2f}")


def build(extractor: Extractor) -> FinalConfidence:
    return FinalConfidence(curves())


register(COMPONENT, build)
