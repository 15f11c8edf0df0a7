"""bench/parity.py and data/parity: the set's lines are whole and none is a dev-set item; the
agreement counts shared (type, source, target) keys; a bad line is one error naming the file."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench" / "parity.py"
ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("parity", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["parity"] = module
    spec.loader.exec_module(module)
    return module


def test_the_set_is_whole_and_outside_the_dev_set(bench) -> None:
    pairs = bench.read_pairs()
    with open(ROOT / "data" / "devset" / "docs.jsonl", encoding="utf-8") as handle:
        dev = {json.loads(line)["name"].rsplit(".", 1)[0] for line in handle}
    assert len(pairs) == len({p.id for p in pairs}) == 156
    assert all(ARABIC.search(p.ar) and not ARABIC.search(p.en) for p in pairs)
    assert not {p.id.split("#")[0] for p in pairs} & dev


def test_agreement_counts_shared_keys(bench) -> None:
    pairs = [bench.Pair("a", None, "x", "y"), bench.Pair("b", None, "x", "y")]
    events = {"a.en": {("ASSAULT", "RUS", "UKR"), ("ACCUSE", "UKR", "RUS")},
              "a.ar": {("ASSAULT", "RUS", "UKR")},
              "b.en": {("AID", "FRA", "UKR")}, "b.ar": {("AID", "FRA", "UKR")}}
    agreement, differing = bench.compare(pairs, events)
    assert (agreement.english, agreement.arabic, agreement.shared) == (3, 2, 2)
    assert agreement.f1 == pytest.approx(0.8)
    assert [(p.id, en, ar) for p, en, ar in differing] == [
        ("a", {("ACCUSE", "UKR", "RUS")}, set())]


def test_no_events_on_either_side_agree(bench) -> None:
    agreement, differing = bench.compare([bench.Pair("a", None, "x", "y")], {})
    assert agreement.f1 == 1.0 and differing == []


def test_documents_are_named_by_language(bench) -> None:
    docs = bench.documents([bench.Pair("a", "2025-01-01", "Hello.", "مرحبا.")])
    assert [(d.name, d.lang, d.published) for d in docs] == [
        ("a.en", "en", "2025-01-01"), ("a.ar", "ar", "2025-01-01")]


def test_a_bad_line_is_one_error_naming_the_file(bench, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "en": "x"}\n', encoding="utf-8")
    assert bench.main(["--sentences", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"{path}:1: not a parity line") and "\n" not in err
