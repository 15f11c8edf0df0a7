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

# Every item read from every bundled set (the sample, the seeds when ../shared is there, the
# dev set and Wikinews) by both models, whole: attributes, confidence, evidence, trace, and
# the document's mentions.
READ_ALL = """
import dataclasses, gc, json, sys
from pathlib import Path
from diplomap import native
from diplomap.eval import read_doc_texts
from diplomap.extract.pipeline import Pipeline
from diplomap.ingest.language import detect_language
from diplomap.lang import languages
import diplomap.extract.extractor as extractor
root, shared, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
texts = []
for folder in (root / "src" / "diplomap" / "sample" / "corpus", shared / "seeds"):
    for path in sorted(folder.glob("*")) if folder.is_dir() else []:
        if path.suffix == ".json":
            texts.append((json.loads(path.read_text(encoding="utf-8"))["text"], None))
        elif path.suffix == ".txt":
            texts.append((path.read_text(encoding="utf-8"), None))
for name in ("devset", "wikinews"):
    texts += [(d.text, d.published) for d in read_doc_texts(root / "data" / name / "docs.jsonl")]
def plain(o):
    if dataclasses.is_dataclass(o):
        return {f.name: getattr(o, f.name) for f in dataclasses.fields(o)}
    return sorted(map(repr, o)) if isinstance(o, (set, frozenset)) else repr(o)
cycles = 0
with out.open("w", encoding="utf-8") as lines:
    for model in ("rules", "rules+scorer"):
        pipeline = Pipeline((), model)
        for lang in languages():
            pipeline.extractor(lang)
        for text, published in texts[:50]:  # what loads at first use, loaded
            pipeline(text, detect_language(text), published)
        gc.collect()
        gc.disable()
        gc.set_debug(gc.DEBUG_SAVEALL)
        for text, published in texts:
            reading = pipeline(text, detect_language(text), published)
            items = [dict(i.as_dict(), trace=i.trace) for i in
                     (*reading.extraction.facts, *reading.extraction.events)]
            lines.write(json.dumps({"items": items, "mentions": reading.doc.mentions},
                                   default=plain, sort_keys=True, ensure_ascii=False) + "\\n")
        gc.collect()
        cycles += sum(type(o).__module__.startswith("diplomap") for o in gc.garbage)
        gc.garbage.clear()
        gc.set_debug(0)
        gc.enable()
print(json.dumps({"native": native.active(), "file": extractor.__file__, "cycles": cycles}))
"""


def _start(pure: bool, out: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != native.ENV}
    if pure:
        env[native.ENV] = "1"
    return subprocess.Popen([sys.executable, "-c", READ_ALL, str(ROOT),
                             str(ROOT.parent / "shared"), str(out)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(run: subprocess.Popen) -> dict:
    stdout, stderr = run.communicate(timeout=900)
    assert run.returncode == 0, stderr[-2000:]
    return json.loads(stdout)


def _build(folder: Path, sources: dict[str, str] | None = None,
           written: bool = True) -> dict[str, str]:
    """A fake build in `folder`: empty files for every module and a manifest."""
    files = {name: f"{name}.so" for name in native.MODULES}
    if written:
        for file in files.values():
            (folder / file).write_bytes(b"")
    manifest = {"abi": native._abi(), "sources": sources or native.source_hashes(),
                "files": files}
    (folder / native.MANIFEST_NAME).write_text(json.dumps(manifest))
    return files


def test_a_fresh_build_is_found(tmp_path):
    _build(tmp_path)
    found = native.native_files(tmp_path)
    assert found is not None and set(found) == set(native.MODULES)


def test_an_edited_file_of_the_package_leaves_every_module_in_python(tmp_path):
    sources = native.source_hashes()
    assert "ontology.py" in sources  # not compiled, but compiled against
    sources["ontology.py"] = "0" * 64
    _build(tmp_path, sources)
    assert native.native_files(tmp_path) is None


def test_a_missing_file_or_manifest_leaves_python(tmp_path):
    _build(tmp_path, written=False)
    assert native.native_files(tmp_path) is None
    assert native.native_files(tmp_path / "absent") is None


def test_another_python_leaves_python(tmp_path, monkeypatch):
    _build(tmp_path)
    monkeypatch.setattr(native, "_abi", lambda: "cpython-399")
    assert native.native_files(tmp_path) is None


def test_the_environment_says_whether_it_is_wanted(monkeypatch):
    for value, wanted in (("", True), ("0", True), ("1", False), ("yes", False)):
        monkeypatch.setenv(native.ENV, value)
        assert native.wanted() is wanted


def test_modules_read_in_python_already_stay_in_python():
    # the suite imported them in Python (conftest): activating now would mix the two
    import diplomap.extract.extractor  # noqa: F401

    if not native.active():
        assert native.activate() is False and not native.active()


def test_make_test_has_a_fresh_build():
    """`make test` compiles first and asks for it (DIPLOMAP_REQUIRE_NATIVE) where there is a C
    compiler: a build that failed or went stale fails here instead of leaving the reading
    path slow unnoticed."""
    if not os.environ.get("DIPLOMAP_REQUIRE_NATIVE"):
        pytest.skip("the compiled reading path is required under make test only")
    assert native.native_files() is not None, (
        "no fresh compiled reading path: python -m diplomap.native build")


@pytest.mark.skipif(native.native_files() is None,
                    reason="the reading path is not compiled (make install builds it with mypyc)")
def test_compiled_and_python_read_every_bundled_set_alike(tmp_path):
    runs = {pure: _start(pure, tmp_path / f"pure-{pure}.jsonl") for pure in (False, True)}
    compiled, python = _finish(runs[False]), _finish(runs[True])
    assert compiled["native"] and not compiled["file"].endswith(".py")
    assert not python["native"] and python["file"].endswith(".py")
    read = {pure: (tmp_path / f"pure-{pure}.jsonl").read_text(encoding="utf-8").splitlines()
            for pure in (False, True)}
    assert len(read[False]) > 2000
    # a reading frees what it made as it goes: none of its objects is left in a reference
    # cycle (a compiled closure is one with its environment: the sentence it read waited for
    # the garbage collector; dateparser's own parsers are not counted)
    assert (compiled["cycles"], python["cycles"]) == (0, 0)
    differ = [i for i, (a, b) in enumerate(zip(read[False], read[True], strict=True)) if a != b]
    assert not differ, f"{len(differ)} documents read otherwise, the first: {differ[:5]}"
