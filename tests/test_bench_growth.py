"""The live-object count of `bench/bench_pipeline.py --growth` (issue 12): it counts the
reading path's objects by type, so that a leak of one per document shows (its figure itself,
which reads thousands of documents, is not run here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from diplomap.text import normalize

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_pipeline.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_pipeline", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_pipeline"] = module
    spec.loader.exec_module(module)
    return module


def test_objects_kept_are_counted_by_their_type(bench) -> None:
    kept = [normalize(f"وصل وزير الخارجية إلى أنقرة {i}") for i in range(20)]
    kind = f"{type(kept[0]).__module__}.{type(kept[0]).__qualname__}"
    with_them = bench.live_objects()[kind]
    del kept
    assert with_them - bench.live_objects()[kind] >= 20


def test_only_the_types_of_the_modules_asked_for_are_counted(bench) -> None:
    kept = [normalize("The minister arrived in Ankara.") for _ in range(3)]
    assert all(kind.startswith("diplomap.text.") for kind in bench.live_objects(
        ("diplomap.text",)))
    assert not bench.live_objects(("no.such.module",))
    del kept
