"""The bootstrap intervals of diplomap.eval.bootstrap, on small gold and prediction lists of
our own (documents resampled; paired intervals on the same resamples)."""

from __future__ import annotations

import numpy as np
import pytest

from diplomap.eval.bootstrap import (
    DocumentCounts,
    _resampled,
    bootstrap,
    document_counts,
    intervals,
    measures,
    paired_bootstrap,
    paired_intervals,
    resample_weights,
)
from diplomap.eval.scoring import Counts, score


def event(doc: str, event_type: str = "CONSULT", source: str = "KAZ",
          target: str = "UZB") -> dict:
    return {"doc": doc, "kind": "event", "event_type": event_type, "source": source,
            "target": target}


def fact(doc: str, subject: str = "KAZ", obj: str = "ORG:sco") -> dict:
    return {"doc": doc, "kind": "fact", "subject": subject, "predicate": "member_of",
            "object": obj}


TYPES = ("CONSULT", "AGREE", "SUPPORT", "ACCUSE")
GOLD = [item for d in range(40) for item in (
    event(f"d{d}", TYPES[d % 4]), event(f"d{d}", "REJECT", "FRA", "DEU"), fact(f"d{d}"))]
# finds every event of documents d0-d29 and the fact of the even ones, plus one wrong event
HALF = [item for d in range(30) for item in (
    event(f"d{d}", TYPES[d % 4]), event(f"d{d}", "REJECT", "FRA", "DEU"),
    *([fact(f"d{d}")] if d % 2 == 0 else []), event(f"d{d}", "THREATEN"))]
BETTER = [g for g in GOLD if g["kind"] == "event"] + HALF


def test_document_counts_add_up_to_the_score() -> None:
    counts = document_counts(GOLD, HALF)
    report = score(GOLD, HALF)
    totals = counts.counts.sum(axis=0)
    assert len(counts.docs) == 40
    assert tuple(totals[0]) == (report.facts.tp, report.facts.fp, report.facts.fn)
    assert tuple(totals[1]) == (report.events.tp, report.events.fp, report.events.fn)


def test_measures_agree_with_counts_even_when_undefined() -> None:
    for tp, fp, fn in ((3, 1, 2), (0, 4, 0), (0, 0, 5), (0, 0, 0), (7, 0, 0)):
        expected = Counts(tp, fp, fn)
        got = measures(np.array([tp, fp, fn]))
        assert got["precision"] == pytest.approx(expected.precision)
        assert got["recall"] == pytest.approx(expected.recall)
        assert got["f1"] == pytest.approx(expected.f1)


def test_the_interval_contains_the_estimate() -> None:
    found = bootstrap(GOLD, HALF, resamples=500)
    report = score(GOLD, HALF)
    for kind, counts in (("facts", report.facts), ("events", report.events)):
        for name in ("precision", "recall", "f1"):
            interval = found[kind][name]
            assert interval.estimate == pytest.approx(getattr(counts, name))
            assert interval.low <= interval.estimate <= interval.high
        assert found[kind]["f1"].low < found[kind]["f1"].high


def test_identical_predictions_give_a_paired_interval_of_exactly_zero() -> None:
    gain = paired_bootstrap(GOLD, HALF, list(HALF))
    for difference in gain.values():
        assert (difference.estimate, difference.low, difference.high) == (0.0, 0.0, 0.0)
        assert difference.better_share == 0.0


def test_a_clearly_better_model_gets_a_positive_interval() -> None:
    gain = paired_bootstrap(GOLD, HALF, BETTER)["events"]
    assert 0 < gain.low <= gain.estimate <= gain.high
    assert gain.better_share == 1.0
    worse = paired_bootstrap(GOLD, BETTER, HALF)["events"]
    assert worse.high < 0 and worse.better_share == 0.0


def test_the_same_seed_gives_the_same_intervals() -> None:
    first = bootstrap(GOLD, HALF, seed=7)
    assert bootstrap(GOLD, HALF, seed=7) == first
    assert bootstrap(GOLD, HALF, seed=8) != first
    assert paired_bootstrap(GOLD, HALF, BETTER, seed=7) == paired_bootstrap(
        GOLD, HALF, BETTER, seed=7)


def test_documents_without_gold_but_with_predictions_lower_precision() -> None:
    unannotated = [event(f"n{d}", "ASSAULT") for d in range(10)]
    plain = bootstrap(GOLD, HALF)["events"]["precision"]
    more = bootstrap(GOLD, HALF + unannotated)["events"]["precision"]
    assert more.estimate < plain.estimate and more.high < plain.high


def test_documents_passed_without_gold_or_predictions_are_drawn_too() -> None:
    read = [f"d{d}" for d in range(40)] + [f"empty{d}" for d in range(20)]
    counts = document_counts(GOLD, HALF, read)
    assert len(counts.docs) == 60 and not counts.counts[counts.docs.index("empty3")].any()
    with_empty = intervals(counts)["events"]["f1"]
    assert with_empty.estimate == intervals(document_counts(GOLD, HALF))["events"]["f1"].estimate


def test_a_paired_interval_needs_the_same_documents() -> None:
    with pytest.raises(ValueError, match="same documents"):
        paired_intervals(document_counts(GOLD, HALF), document_counts(GOLD[:3], HALF[:3]))


def test_no_documents_or_no_resamples_leave_the_estimate() -> None:
    empty = bootstrap([], [])["events"]["f1"]
    assert (empty.estimate, empty.low, empty.high) == (0.0, 0.0, 0.0)
    none = bootstrap(GOLD, HALF, resamples=0)["events"]["f1"]
    assert none.low == none.estimate == none.high


def test_the_matrix_resampling_equals_a_resample_by_resample_sum() -> None:
    """The intervals come from one matrix product (its speed is measured in
    bench/bench_bootstrap.py); each resample's totals must equal the documents it drew,
    summed one by one."""
    rng = np.random.default_rng(3)
    docs = tuple(f"doc{i}" for i in range(50))
    counts = DocumentCounts(docs, rng.integers(0, 4, size=(50, 2, 3)))
    weights = resample_weights(len(docs), 20, seed=5)
    assert (weights.sum(axis=1) == len(docs)).all()
    looped = np.stack([sum(counts.counts[d] * int(w[d]) for d in range(len(docs)))
                       for w in weights])
    vector = measures(looped)["f1"]
    assert np.array_equal(measures(_resampled(weights, counts))["f1"], vector)
    assert np.ptp(vector[:, 1]) > 0  # the resamples differ
