"""bench/isolate.py: it finds a gold item's evidence sentence, opens only the essays' tune
parts, and tells the stage a document loses what its sentence alone reads."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "isolate.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("isolate", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["isolate"] = module
    spec.loader.exec_module(module)
    return module


def test_evidence_is_located_despite_spacing(bench) -> None:
    text = "Peru  signed\na pact with Chile. Then it rained."
    span = bench.locate(text, "Peru signed a pact with Chile")
    assert span is not None and text[span[0]:span[1]].startswith("Peru")
    assert bench.covering([(0, 31), (32, 47)], span) == [0]
    assert bench.locate(text, "nothing of the kind") is None


def test_only_tune_parts_are_read(bench) -> None:
    assert set(bench.TUNE_PARTS) == {"3", "4", "5", "6"}


def _row(doc_rules, doc_merged, doc_final, alone_rules):
    gold = {"kind": "fact", "doc": "d.en", "subject": "PER", "predicate": "partner_of",
            "object": "CHL", "modality": "actual"}
    return {"key": "K", "gold": gold,
            "doc_stages": {"rules": doc_rules, "merged": doc_merged, "ScorerConfirm": doc_final,
                           "final": doc_final},
            "alone_stages": {"rules": alone_rules, "final": alone_rules}}


def _item(key, subject="PER", obj="CHL", slot="focal_actor"):
    return {"key": key, "kind": "fact", "predicate": "partner_of", "subject": subject,
            "object": obj, "modality": "actual",
            "trace": [["subject", slot, ""], ["object", "direct_object", ""]]}


def test_context_causes(bench) -> None:
    found = _item("K")
    assert bench.context_cause(_row([found], [], [], [found])) == "merge"
    assert bench.context_cause(_row([found], [found], [], [found])) == "scorer-drop"
    other = _item("O", subject="BRA")
    assert bench.context_cause(_row([other], [other], [other], [found])) == (
        "actors:subject(focal_actor)")
    assert bench.context_cause(_row([], [], [], [found])) == "nothing-in-context"


def test_equal_keys_give_one_string(bench) -> None:
    pairs = [frozenset(p) for p in (("AAA", "BBB"), ("BBB", "AAA"))]
    assert len({bench.canonical(("event", "d", "ASSAULT", p, "actual")) for p in pairs}) == 1
