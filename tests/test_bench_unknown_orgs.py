"""bench/unknown_orgs.py (issue 9 review): it never reads the held-out batches, asked to or
not, and counts the arguments on the Python reading path, whose `Extractor._sentence` it
wraps (the compiled build would call past the wrapper and count none). Nothing of the dev
set is read here."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "unknown_orgs.py"


class _Stop(Exception):
    pass


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("unknown_orgs", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["unknown_orgs"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("argv", [[], ["--skip-batch", "3"], ["--list"]])
def test_the_held_out_batches_are_always_skipped(
        bench, monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    asked: list[set[int]] = []

    def tune_docs(skip: set[int]) -> list:
        asked.append(set(skip))
        raise _Stop

    monkeypatch.setattr(bench, "tune_docs", tune_docs)
    monkeypatch.setattr(bench, "load_lexicon", lambda: None)
    monkeypatch.setattr(sys, "argv", ["unknown_orgs.py", *argv])
    with pytest.raises(_Stop):
        bench.main()
    assert {15, 17} <= asked[0]
    assert ("3" in argv) == (3 in asked[0])


def test_the_python_reading_path_is_set_before_the_package_loads() -> None:
    tree = ast.parse(BENCH.read_text(encoding="utf-8"))
    first_import = next(k for k, node in enumerate(tree.body) if isinstance(
        node, ast.ImportFrom) and (node.module or "").startswith("diplomap"))
    assert any("DIPLOMAP_PURE_PYTHON" in ast.unparse(node) and isinstance(node, ast.Assign)
               for node in tree.body[:first_import])


def test_the_shell_cannot_turn_the_compiled_build_back_on() -> None:
    code = ("import os, runpy; os.environ['DIPLOMAP_PURE_PYTHON'] = '0'; "
            f"runpy.run_path({str(BENCH)!r}, run_name='probe'); "
            "print(os.environ['DIPLOMAP_PURE_PYTHON'])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "1"
