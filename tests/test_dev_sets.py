"""The annotated dev sets kept in data/: well-formed gold, splits as frozen in items.jsonl."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = ["devset", "wikinews", "essays"]


def _check_part():
    spec = importlib.util.spec_from_file_location("check_part", DATA / "devset" / "check_part.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lines(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("name", SETS)
def test_merged_gold_passes_the_annotators_checks(name: str) -> None:
    """JSON, evidence verbatim in its document, closed sets of types and predicates, ID
    shapes (data/devset/check_part.py), on the merged files the evaluation reads."""
    folder = DATA / name
    if not (folder / "docs.jsonl").exists():
        pytest.skip(f"data/{name}/docs.jsonl not built yet (data/devset/build.py data/{name})")
    assert _check_part().check(str(folder / "docs.jsonl"), str(folder / "gold.jsonl")) == []


@pytest.mark.parametrize("name", SETS)
def test_every_document_keeps_its_items_frozen_split(name: str) -> None:
    folder = DATA / name
    if not (folder / "docs.jsonl").exists():
        pytest.skip(f"data/{name}/docs.jsonl not built yet")
    split = {item["id"]: item["split"] for item in _lines(folder / "items.jsonl")}
    for doc in _lines(folder / "docs.jsonl"):
        assert doc["split"] == split[doc["name"].rsplit(".", 1)[0]], doc["name"]
    assert "test" in split.values()


def test_arabic_gsr_renders_every_english_record_once() -> None:
    """data/plover-gsr-ar: one Arabic rendering per English PLOVER GSR sentence, each keyed to
    its record (the gold is the English record's labels)."""
    renderings = _lines(DATA / "plover-gsr-ar" / "docs.jsonl")
    english = DATA.parents[1] / "shared" / "devdata" / "plover-gsr" / "docs.jsonl"
    if not english.exists():
        pytest.skip("../shared/devdata/plover-gsr absent: nothing to key the renderings to")
    records = [d["name"] for d in _lines(english)]
    assert sorted(r["source_doc"] for r in renderings) == sorted(records)
    assert len({r["name"] for r in renderings}) == len(renderings)
    assert all(r["language"] == "ar" and r["text"].strip() for r in renderings)
