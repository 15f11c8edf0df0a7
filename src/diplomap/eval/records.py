"""Pairwise scores of a grouping of event mentions into records against hand-marked groups.

A pair of mentions is a merge when both are in one record; precision is the share of
predicted merges that the gold marks as one event, recall the share of gold pairs merged.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from itertools import combinations


@dataclass
class PairScores:
    predicted: int
    gold: int
    correct: int
    false_merges: list[tuple[Hashable, Hashable]] = field(default_factory=list)
    missed: list[tuple[Hashable, Hashable]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0


def _pairs(groups: Mapping[Hashable, Hashable]) -> set[tuple[Hashable, Hashable]]:
    members: dict[Hashable, list[Hashable]] = {}
    for item, group in groups.items():
        members.setdefault(group, []).append(item)
    return {tuple(sorted(p, key=str)) for items in members.values()  # type: ignore[misc]
            for p in combinations(items, 2)}


def pairwise(predicted: Mapping[Hashable, Hashable],
             gold: Mapping[Hashable, Hashable]) -> PairScores:
    """Scores of `predicted` ({mention: record}) against `gold` ({mention: group}), over the
    mentions both know."""
    common = predicted.keys() & gold.keys()
    pred = _pairs({k: predicted[k] for k in common})
    true = _pairs({k: gold[k] for k in common})
    return PairScores(len(pred), len(true), len(pred & true), sorted(pred - true, key=str),
                      sorted(true - pred, key=str))
