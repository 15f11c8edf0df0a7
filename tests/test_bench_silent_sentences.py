"""bench/silent_sentences.py: it never reads a dev-set item (the frozen test split included),
it lists only sentences without a rule event that the scorer finds eventful, and bad corpus
lines are one clear error naming the file."""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from diplomap.extract.pipeline import Pipeline

BENCH = Path(__file__).resolve().parents[1] / "bench" / "silent_sentences.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("silent_sentences", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["silent_sentences"] = module
    spec.loader.exec_module(module)
    return module


@dataclass
class FixedPrediction:
    relevance: float
    best_type: str
    event_type: dict[str, float] = field(default_factory=dict)


class FixedScorer:
    """Every sentence is read as an ASSAULT with the given relevance."""

    def __init__(self, relevance: float) -> None:
        self.relevance = relevance
        self.read: list[str] = []

    def score(self, texts: list[str], lang: str) -> list[FixedPrediction]:
        self.read += texts
        return [FixedPrediction(self.relevance, "ASSAULT", {"ASSAULT": 0.9}) for _ in texts]


def _corpus(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_dev_set_items_are_left_out_by_id(bench, tmp_path: Path) -> None:
    path = _corpus(tmp_path, [{"id": "wcep:a", "text": "One.", "date": "2025-01-01"},
                              {"id": "wcep:b", "text": "Two.", "date": "2025-01-02"},
                              {"name": "wcep:c.en", "text": "Three.", "language": "en"}])
    names = [d.name for d in bench.read_corpus(path, "en", {"wcep:a", "wcep:c"})]
    assert names == ["wcep:b"]


def test_every_dev_set_split_is_skipped(bench) -> None:
    items = bench.devset_items()
    if not items:
        pytest.skip("data/devset/docs.jsonl is absent")
    with open(bench.DEVSET_DOCS, encoding="utf-8") as handle:
        splits = {json.loads(line)["split"] for line in handle}
    assert "test" in splits and all(":" in i and not i.endswith((".ar", ".en")) for i in items)


def test_only_sentences_without_rule_events_are_listed(bench) -> None:
    ruled = "Russian forces shelled the Ukrainian city of Kharkiv."
    quiet = "The weather was mild in the capital."
    doc = bench.DocText("d1", f"{ruled} {quiet}", "en", "2025-03-01")
    scorer = FixedScorer(relevance=0.95)
    found = list(bench.silent_sentences([doc], Pipeline(model="rules", final_map=False),
                                        scorer, 0.8, 0.6))
    assert [s.text for s in found] == [quiet]
    assert scorer.read == [quiet]  # the sentence with a rule event is not even scored


def test_thresholds_hold_back_unsure_sentences(bench) -> None:
    doc = bench.DocText("d1", "The weather was mild in the capital.", "en", None)
    found = list(bench.silent_sentences([doc], Pipeline(model="rules", final_map=False),
                                        FixedScorer(relevance=0.5), 0.8, 0.6))
    assert found == []


def test_a_bad_line_is_one_error_naming_the_file(bench, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x", "text": "ok"}\n{"id": "y"}\n', encoding="utf-8")
    assert bench.main([str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"{path}:2: not a document line") and "\n" not in err


def test_a_missing_corpus_is_one_error(bench, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main([str(tmp_path / "none.jsonl")]) == 2
    assert "no such corpus" in capsys.readouterr().err


def test_the_report_groups_by_type_commonest_first(bench) -> None:
    found = [bench.Silent("a", "COERCE", 0.7, 0.9, "x"),
             bench.Silent("b", "ASSAULT", 0.6, 0.9, "y"),
             bench.Silent("c", "ASSAULT", 0.9, 0.9, "z")]
    text = bench.report(found)
    assert text.splitlines()[0] == "3 silent sentences: ASSAULT 2, COERCE 1"
    assert text.index("0.90 c: z") < text.index("0.60 b: y") < text.index("\nCOERCE")
