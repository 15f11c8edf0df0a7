"""The compiled reading path (diplomap.native): loaded only while fresh, read as Python reads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from diplomap import native

ROOT = Path(__file__).resolve().parents[1]

# every bundled set, read by both models: the sample, the seeds (when ../shared is there),
# the dev set and the Wikinews set
READ_ALL = """
import json, sys
from pathlib import Path
from diplomap import native
from diplomap.eval import from_files, from_texts, read_doc_texts, read_items
from diplomap.eval.predictions import seed_dates
import diplomap.extract.extractor as extractor
root, shared = Path(sys.argv[1]), Path(sys.argv[2])
sample = root / "src" / "diplomap" / "sample"
items = []
for model in ("rules", "rules+scorer"):
    gold = read_items(sample / "gold.jsonl")
    items += from_files(sample / "corpus", {g["doc"] for g in gold}, {}, model=model)
    if (shared / "seeds").is_dir():
        gold = read_items(shared / "gold" / "seeds.jsonl")
        items += from_files(shared / "seeds", {g["doc"] for g in gold},
                            seed_dates(shared / "gold" / "README.md"), model=model)
    for name in ("devset", "wikinews"):
        items += from_texts(list(read_doc_texts(root / "data" / name / "docs.jsonl")),
                            model=model)
print(json.dumps({"native": native.active(), "file": extractor.__file__,
                  "items": [json.dumps(i, sort_keys=True) for i in items]}))
"""


def _read_all(pure: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != native.ENV}
    if pure:
        env[native.ENV] = "1"
    run = subprocess.run([sys.executable, "-c", READ_ALL, str(ROOT), str(ROOT.parent / "shared")],
                         env=env, capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def _manifest(tmp_path: Path, sources: dict[str, str], files: dict[str, str]) -> Path:
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps({"abi": native._abi(), "sources": sources, "files": files}))
    return path


def test_a_fresh_build_is_found(tmp_path, monkeypatch):
    files = {}
    for name in native.MODULES:
        (tmp_path / f"{name}.so").write_bytes(b"")
        files[name] = f"{name}.so"
    monkeypatch.setattr(native, "NATIVE_DIR", tmp_path)
    monkeypatch.setattr(native, "MANIFEST", _manifest(tmp_path, native.source_hashes(), files))
    found = native.compiled_files()
    assert found is not None and set(found) == set(native.MODULES)


def test_an_edited_source_leaves_every_module_in_python(tmp_path, monkeypatch):
    files = {name: f"{name}.so" for name in native.MODULES}
    for file in files.values():
        (tmp_path / file).write_bytes(b"")
    sources = native.source_hashes()
    sources["diplomap.extract.extractor"] = "0" * 64  # compiled from another text
    monkeypatch.setattr(native, "NATIVE_DIR", tmp_path)
    monkeypatch.setattr(native, "MANIFEST", _manifest(tmp_path, sources, files))
    assert native.compiled_files() is None


def test_a_missing_file_or_manifest_leaves_python(tmp_path, monkeypatch):
    files = {name: f"{name}.so" for name in native.MODULES}  # none written
    monkeypatch.setattr(native, "NATIVE_DIR", tmp_path)
    monkeypatch.setattr(native, "MANIFEST", _manifest(tmp_path, native.source_hashes(), files))
    assert native.compiled_files() is None
    monkeypatch.setattr(native, "MANIFEST", tmp_path / "absent.json")
    assert native.compiled_files() is None


def test_make_test_has_a_fresh_build():
    """`make test` compiles first and asks for it (DIPLOMAP_REQUIRE_NATIVE): a build that
    failed or went stale fails here instead of leaving the reading path slow unnoticed."""
    if not os.environ.get("DIPLOMAP_REQUIRE_NATIVE"):
        pytest.skip("the compiled reading path is checked under make test only")
    assert native.compiled_files() is not None, (
        "no fresh compiled reading path: python -m diplomap.native build")


@pytest.mark.skipif(native.compiled_files() is None,
                    reason="the reading path is not compiled (make install builds it with mypyc)")
def test_compiled_and_python_read_every_bundled_set_alike():
    compiled, python = _read_all(pure=False), _read_all(pure=True)
    assert compiled["native"] and not compiled["file"].endswith(".py")
    assert not python["native"] and python["file"].endswith(".py")
    assert len(compiled["items"]) > 1000
    assert compiled["items"] == python["items"]
