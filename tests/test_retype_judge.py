"""The candidate-level judge experiment (bench/retype_judge.py, issue 9): its labels, its
keep / re-type / drop decisions and its set scoring, on events written for these tests
(the experiment itself, which reads the dev set's tune split and trains, is not run)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from diplomap.extract.model import Event
from diplomap.extract.strategies import Step

BENCH = Path(__file__).resolve().parents[1] / "bench" / "retype_judge.py"


@pytest.fixture(scope="module")
def judge():
    spec = importlib.util.spec_from_file_location("retype_judge", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["retype_judge"] = module
    spec.loader.exec_module(module)
    return module


def _event(kind: str = "ACCUSE", source: str = "FRA", target: str | None = "DEU") -> Event:
    return Event(source=source, event_type=kind, target=target, trace=[
        Step("trigger", "accuse", "accused"), Step("source", "svo_subject", source),
        Step("target", "direct_object", target or ""), Step("modality", "actual", ""),
        Step("confidence", "event:named/direct_object:actual", "0.62")])


def _candidate(judge, kind: str, label: str, doc: str = "x:1.en"):
    return judge.Candidate(doc, "en", "FRA", "DEU", kind, "actual", [], [], label)


def test_label_is_the_gold_type_of_the_pair_whatever_its_direction(judge) -> None:
    gold = {(frozenset(("DEU", "FRA")), "actual"): ["REJECT"]}
    assert judge.label_of(_event(), gold) == ("REJECT", frozenset({"REJECT"}))
    assert judge.label_of(_event(source="DEU", target="FRA"), gold)[0] == "REJECT"
    assert judge.label_of(_event(target="ITA"), gold)[0] == judge.NONE


def test_label_keeps_the_rule_type_when_the_gold_has_it_among_others(judge) -> None:
    gold = {(frozenset(("DEU", "FRA")), "actual"): ["REJECT", "ACCUSE"]}
    assert judge.label_of(_event(), gold)[0] == "ACCUSE"


def test_symbols_name_the_rule_type_trigger_strategies_and_words(judge) -> None:
    symbols = judge.symbols_of(_event(), "en", ["france", "accused", "germany"], {"ACCUSE"},
                               "REJECT")
    for expected in ("rt=ACCUSE", "frame=accuse", "src=svo_subject", "tgt=direct_object",
                     "trig=accused", "sbest=REJECT|rt=ACCUSE", "w=germany", "b=france accused"):
        assert expected in symbols


def test_decide_drops_retypes_and_keeps_by_thresholds(judge) -> None:
    classes = ["ACCUSE", "NONE", "REJECT"]
    cands = [_candidate(judge, "ACCUSE", "NONE"), _candidate(judge, "ACCUSE", "REJECT"),
             _candidate(judge, "ACCUSE", "ACCUSE")]
    probs = np.array([[0.1, 0.85, 0.05], [0.1, 0.1, 0.8], [0.7, 0.2, 0.1]])
    th = judge.Thresholds(drop=0.8, retype=0.6, current=0.3)
    assert judge.decide(cands, probs, classes, th) == [None, "REJECT", "ACCUSE"]
    assert judge.decide(cands, probs, classes, judge.Thresholds()) == ["ACCUSE"] * 3


def test_scoring_counts_a_key_once_per_document(judge) -> None:
    gold = [{"doc": "x:1.en", "kind": "event", "source": "DEU", "target": "FRA",
             "event_type": "REJECT"},
            {"doc": "x:2.en", "kind": "event", "source": "ITA", "target": "FRA",
             "event_type": "ASSAULT"}]
    cands = [_candidate(judge, "ACCUSE", "REJECT"), _candidate(judge, "ACCUSE", "REJECT")]
    docs = {"x:1.en", "x:2.en"}
    p, r, f1 = judge.events_prf(cands, ["REJECT", "REJECT"], gold, docs)["en"]
    assert (p, r) == (1.0, 0.5) and f1 == pytest.approx(2 / 3)
    assert judge.events_prf(cands, [None, None], gold, docs)["en"] == (0.0, 0.0, 0.0)


def test_folds_keep_both_languages_of_an_item_together(judge) -> None:
    for n in range(40):
        assert judge.fold_of(f"wcep:2025-01-01:{n:03d}.ar") == judge.fold_of(
            f"wcep:2025-01-01:{n:03d}.en")
