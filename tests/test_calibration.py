"""Confidence calibrated on the dev set's tune split: bands, smoothing, reliability."""

from __future__ import annotations

from diplomap.eval.calibrate import PRIOR, Outcome, calibrate, reliability
from diplomap.extract import calibration
from diplomap.extract.strategies import Step


def trace(source: str, target: str, modality: str = "actual") -> list[Step]:
    return [Step("trigger", "t", "w"), Step("source", source, ""),
            Step("target", target, ""), Step("modality", modality, "")]


def test_band_reads_the_trace():
    assert calibration.band("event", trace("svo_subject", "object_by_marker")) == (
        "event:named/object_by_marker:actual")
    assert calibration.band("event", trace("focal_actor", "domestic_target", "planned")) == (
        "event:inferred/domestic_target:modal")


def test_calibrate_is_the_smoothed_share_right_per_band():
    results = [Outcome("event:named/x:actual", 0.5, True, "d")] * 6
    results += [Outcome("event:named/x:actual", 0.5, False, "d")] * 2
    results += [Outcome("event:inferred/y:actual", 0.5, False, "d")] * 8
    data = calibrate(results)["bands"]
    mean = 6 / 16
    assert data["event:*"]["items"] == 16
    assert abs(data["event:named/x:actual"]["confidence"]
               - round((6 + PRIOR * mean) / (8 + PRIOR), 3)) < 1e-9
    assert data["event:named/x:actual"]["confidence"] > data["event:inferred/y:actual"][
        "confidence"]


def test_reliability_bins():
    rows = reliability([Outcome("b", 0.25, True, "d"), Outcome("b", 0.3, False, "d"),
                        Outcome("b", 0.75, True, "d")])
    assert [(r["bin"], r["items"], r["observed"]) for r in rows] == [
        ("0.2-0.4", 2, 0.5), ("0.7-0.8", 1, 1.0)]


def test_calibrated_reads_the_bundled_table_with_a_fallback():
    value, name = calibration.calibrated("event", trace("svo_subject", "no_such_strategy"))
    assert name == "event:named/no_such_strategy:actual"
    assert 0 < value <= 1  # the kind's mean, or the default before any calibration


def _dev_set(folder, rows: list[tuple[str, str]]):
    import json

    folder.mkdir()
    with open(folder / "docs.jsonl", "w", encoding="utf-8") as docs, \
            open(folder / "gold.jsonl", "w", encoding="utf-8") as gold:
        for name, split in rows:
            docs.write(json.dumps({"name": name, "text": "Mali met Chad.", "language": "en",
                                   "split": split}) + "\n")
            gold.write(json.dumps({"doc": name, "kind": "event", "source": "MLI",
                                   "event_type": "CONSULT", "target": "TCD",
                                   "evidence": "Mali met Chad"}) + "\n")
    return folder


def test_the_tune_split_joins_every_dev_set_and_leaves_out_the_other_splits(tmp_path) -> None:
    from diplomap.eval.calibrate import tune_split

    items = _dev_set(tmp_path / "items", [("a.en", "tune"), ("b.en", "test")])
    articles = _dev_set(tmp_path / "articles", [("c.en", "calibrate"), ("d.en", "tune")])
    docs, gold = tune_split((items, articles))
    assert [d.name for d in docs] == ["a.en", "d.en"]
    assert [g["doc"] for g in gold] == ["a.en", "d.en"]


def test_the_final_map_pools_the_calibrate_splits_of_every_dev_set(tmp_path) -> None:
    from diplomap.eval.calibrate import final_results

    items = _dev_set(tmp_path / "items", [("a.en", "tune"), ("b.en", "calibrate")])
    articles = _dev_set(tmp_path / "articles", [("c.en", "calibrate"), ("d.en", "test")])
    rules = [(o.confidence, o.right) for o in final_results((items, articles))
             if o.label == "rules"]
    assert len(rules) == 2 and all(right for _, right in rules)  # one event per calibrate doc


def test_the_final_map_refuses_a_document_name_in_two_dev_sets(tmp_path) -> None:
    import pytest

    from diplomap.eval.calibrate import final_results

    items = _dev_set(tmp_path / "items", [("a.en", "calibrate")])
    articles = _dev_set(tmp_path / "articles", [("a.en", "calibrate")])
    with pytest.raises(ValueError, match=r"a\.en"):
        final_results((items, articles))
