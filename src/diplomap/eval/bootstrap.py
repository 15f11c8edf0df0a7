"""Confidence intervals of the scores: a bootstrap over documents.

The documents are the unit resampled (an item's errors are not independent of its
document's other items): each resample draws as many documents as there are, with
replacement, sums their tp/fp/fn and computes micro P/R/F1; the interval is the percentile
interval of those resamples. It says how far the figure would move on another sample of
similar documents, not whether the gold is right. A paired interval scores two predictions
on the same resampled documents, so what both get right or wrong on a document cancels.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from diplomap.eval.scoring import score

KINDS = ("facts", "events")
MEASURES = ("precision", "recall", "f1")
RESAMPLES = 1000
SEED = 0
LEVEL = 0.95


@dataclass(frozen=True)
class DocumentCounts:
    """tp/fp/fn per document: `counts[d, k]` is (tp, fp, fn) of `docs[d]` for KINDS[k]."""

    docs: tuple[str, ...]
    counts: np.ndarray


@dataclass(frozen=True)
class Interval:
    """A figure on the documents as they are and its percentile interval over resamples."""

    estimate: float
    low: float
    high: float

    def as_dict(self) -> dict:
        return {"estimate": round(self.estimate, 4), "low": round(self.low, 4),
                "high": round(self.high, 4)}


@dataclass(frozen=True)
class Difference(Interval):
    """B minus A; `better_share`: the share of resamples where B is strictly above A."""

    better_share: float

    def as_dict(self) -> dict:
        return {**super().as_dict(), "better_share": round(self.better_share, 4)}


def document_counts(gold: list[dict], predicted: list[dict],
                    docs: Iterable[str] = ()) -> DocumentCounts:
    """Each document's counts, matched by `score`. The documents are those of the gold, of
    the predictions and of `docs` (pass the documents read: one with neither gold nor
    predictions is still a document a resample may draw)."""
    gold_by_doc, predicted_by_doc = _by_doc(gold), _by_doc(predicted)
    names = tuple(sorted(set(docs) | gold_by_doc.keys() | predicted_by_doc.keys()))
    counts = np.zeros((len(names), len(KINDS), 3), dtype=np.int64)
    for row, name in enumerate(names):
        report = score(gold_by_doc.get(name, []), predicted_by_doc.get(name, []))
        for column, kind in enumerate(KINDS):
            totals = getattr(report, kind)
            counts[row, column] = (totals.tp, totals.fp, totals.fn)
    return DocumentCounts(names, counts)


def _by_doc(items: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        grouped[item["doc"]].append(item)
    return grouped


def resample_weights(documents: int, resamples: int = RESAMPLES, seed: int = SEED) -> np.ndarray:
    """(resamples, documents): how many times each resample draws each document."""
    if not documents:
        return np.zeros((resamples, 0))
    rng = np.random.default_rng(seed)
    drawn = rng.integers(0, documents, size=(resamples, documents))
    drawn += np.arange(resamples)[:, None] * documents
    counts = np.bincount(drawn.ravel(), minlength=resamples * documents)
    return counts.reshape(resamples, documents).astype(np.float64)


def measures(totals: np.ndarray) -> dict[str, np.ndarray]:
    """Micro P/R/F1 of totals (..., 3 = tp, fp, fn), 0 where undefined (as `Counts`)."""
    tp, fp, fn = (totals[..., i].astype(np.float64) for i in range(3))
    return {"precision": _ratio(tp, tp + fp), "recall": _ratio(tp, tp + fn),
            "f1": _ratio(2 * tp, 2 * tp + fp + fn)}


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    return np.divide(numerator, denominator, out=np.zeros_like(numerator),
                     where=denominator > 0)


def intervals(counts: DocumentCounts, resamples: int = RESAMPLES, seed: int = SEED,
              level: float = LEVEL) -> dict[str, dict[str, Interval]]:
    """{facts|events: {precision|recall|f1: Interval}}."""
    weights = resample_weights(len(counts.docs), resamples, seed)
    point = measures(counts.counts.sum(axis=0))
    drawn = measures(_resampled(weights, counts))
    return {kind: {name: _interval(float(point[name][k]), drawn[name][:, k], level)
                   for name in MEASURES}
            for k, kind in enumerate(KINDS)}


def paired_intervals(a: DocumentCounts, b: DocumentCounts, resamples: int = RESAMPLES,
                     seed: int = SEED, level: float = LEVEL) -> dict[str, Difference]:
    """{facts|events: F1 of B minus F1 of A}, both scored on the same resampled documents."""
    if a.docs != b.docs:
        raise ValueError("a paired interval needs both predictions' counts on the same documents")
    weights = resample_weights(len(a.docs), resamples, seed)
    point = measures(b.counts.sum(axis=0))["f1"] - measures(a.counts.sum(axis=0))["f1"]
    gain = measures(_resampled(weights, b))["f1"] - measures(_resampled(weights, a))["f1"]
    out = {}
    for k, kind in enumerate(KINDS):
        interval = _interval(float(point[k]), gain[:, k], level)
        out[kind] = Difference(interval.estimate, interval.low, interval.high,
                               float(np.mean(gain[:, k] > 0)) if len(gain) else 0.0)
    return out


def _resampled(weights: np.ndarray, counts: DocumentCounts) -> np.ndarray:
    """(resamples, kinds, 3) totals; float products of small counts are exact."""
    shape = counts.counts.shape
    flat = counts.counts.reshape(shape[0], shape[1] * shape[2]).astype(np.float64)
    return (weights @ flat).reshape(len(weights), *shape[1:])


def _interval(estimate: float, drawn: np.ndarray, level: float) -> Interval:
    if not len(drawn):
        return Interval(estimate, estimate, estimate)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(drawn, [tail, 100 - tail])
    return Interval(estimate, float(low), float(high))


def bootstrap(gold: list[dict], predicted: list[dict], docs: Iterable[str] = (),
              resamples: int = RESAMPLES, seed: int = SEED,
              level: float = LEVEL) -> dict[str, dict[str, Interval]]:
    """Intervals of facts' and events' P/R/F1 (see `document_counts` for `docs`)."""
    return intervals(document_counts(gold, predicted, docs), resamples, seed, level)


def paired_bootstrap(gold: list[dict], predicted_a: list[dict], predicted_b: list[dict],
                     docs: Iterable[str] = (), resamples: int = RESAMPLES, seed: int = SEED,
                     level: float = LEVEL) -> dict[str, Difference]:
    """Interval of F1 of B minus F1 of A on the same gold, per facts and events."""
    docs = set(docs) | {i["doc"] for i in predicted_a} | {i["doc"] for i in predicted_b}
    return paired_intervals(document_counts(gold, predicted_a, docs),
                            document_counts(gold, predicted_b, docs), resamples, seed, level)
