"""The parsed predicate lexicon kept in the on-disk cache (`frames.load_frames`): the one read
back is the one parsed, a change to any file it is made of gives another key, and a damaged
file is parsed again."""

from __future__ import annotations

import dataclasses
import pickle
import shutil
from pathlib import Path

import pytest

from diplomap.extract import frames
from diplomap.extract.frames import FrameLexicon, load_frames, parse_frames_text
from diplomap.extract.patterns import PatternSet
from diplomap.lang import language
from diplomap.lexicon import cache as lexicon_cache
from diplomap.lexicon.cache import CACHE_ENV


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    load_frames.cache_clear()
    yield folder
    load_frames.cache_clear()


def _patterns(patterns: PatternSet) -> tuple:
    return (dict(patterns._exact), dict(patterns._prefix), patterns._prefix_lengths,
            patterns._shortest, patterns._head_starts, patterns._firsts, patterns._heads)


def _state(lexicon: FrameLexicon) -> dict:
    """Every field of the lexicon, pattern sets by their index (Frame and TokenPattern compare
    by value)."""
    state = {}
    for f in dataclasses.fields(FrameLexicon):
        value = getattr(lexicon, f.name)
        state[f.name] = _patterns(value) if isinstance(value, PatternSet) else value
    state["backing"], state["aid_site"] = lexicon.backing, lexicon.aid_site
    return state


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_cached_frame_lexicon_is_the_parsed_one(cache: Path, lang: str) -> None:
    path = language(lang).frames_path
    parsed = parse_frames_text(path.read_text(encoding="utf-8"), str(path), lang)
    built = load_frames(lang)
    [path] = cache.glob("frames-*.pickle")
    written = path.stat().st_ino
    assert _state(pickle.loads(path.read_bytes())) == _state(parsed)  # compiled classes too
    load_frames.cache_clear()
    loaded = load_frames(lang)  # read from the file, not parsed and written again
    assert path.stat().st_ino == written
    assert loaded is not built
    assert _state(loaded) == _state(built) == _state(parsed)
    assert loaded.frames._exact and loaded.by_id
    # the frames the patterns stand for are the lexicon's own, as parsed (one object each)
    some = next(iter(loaded.frames._exact.values()))[0]
    assert loaded.by_id[some.key.id] is some.key


def test_a_changed_frames_file_gives_another_key(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "frames.yaml"
    shutil.copy(language("en").frames_path, path)
    first = load_frames("en", str(path))
    path.write_text(path.read_text(encoding="utf-8").replace(
        "frames:\n", "frames:\n  - id: test_cache_frame\n    forms: [frobnicated]\n"
        "    event: {type: AGREE}\n", 1), encoding="utf-8")
    load_frames.cache_clear()
    changed = load_frames("en", str(path))
    assert "test_cache_frame" in changed.by_id and "test_cache_frame" not in first.by_id
    assert len(list(cache.glob("frames-*.pickle"))) == 2


def test_every_source_file_is_in_the_key(tmp_path: Path, monkeypatch) -> None:
    files = lexicon_cache._source_files(frames.SOURCES)
    names = {str(p.relative_to(lexicon_cache.PACKAGE)) for p in files}
    assert {"extract/frames.py", "extract/patterns.py", "extract/morphology.py",
            "text/normalize.py", "lang/__init__.py", "lang/ar/frames.yaml",
            "lang/en/frames.yaml", "lang/en/inflections.json", "ontology.yaml"} <= names
    copy = tmp_path / "diplomap"
    for path in files:
        target = copy / path.relative_to(lexicon_cache.PACKAGE)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    monkeypatch.setattr(lexicon_cache, "PACKAGE", copy)
    lexicon_cache.code_fingerprint.cache_clear()
    try:
        base = lexicon_cache.code_fingerprint(frames.SOURCES)
        assert base != lexicon_cache.code_fingerprint()  # not the lexicon's key
        for name in sorted(names):
            target = copy / name
            original = target.read_bytes()
            target.write_bytes(original + b"\n")
            lexicon_cache.code_fingerprint.cache_clear()
            assert lexicon_cache.code_fingerprint(frames.SOURCES) != base, name
            target.write_bytes(original)
        lexicon_cache.code_fingerprint.cache_clear()
        assert lexicon_cache.code_fingerprint(frames.SOURCES) == base
    finally:
        lexicon_cache.code_fingerprint.cache_clear()


def test_another_ontology_or_inflector_gives_another_key(tmp_path: Path, monkeypatch) -> None:
    base = frames._key_extra()
    ontology = tmp_path / "ontology.yaml"
    ontology.write_bytes(frames.ONTOLOGY_PATH.read_bytes() + b"\n")
    monkeypatch.setenv(frames.ONTOLOGY_ENV, str(ontology))
    assert frames._key_extra()[0] != base[0] and frames._key_extra()[1] == base[1]
    monkeypatch.delenv(frames.ONTOLOGY_ENV)
    monkeypatch.setattr(frames.metadata, "version", lambda name: "0.0-test")
    assert frames._key_extra()[0] == base[0] and frames._key_extra()[1] != base[1]


def test_a_damaged_frames_file_is_parsed_again(cache: Path) -> None:
    built = load_frames("en")
    [path] = cache.glob("frames-*.pickle")
    size = path.stat().st_size
    path.write_bytes(path.read_bytes()[:1000])  # as a full disk would leave it
    load_frames.cache_clear()
    again = load_frames("en")
    assert _state(again) == _state(built)
    assert path.stat().st_size == size
    assert not list(cache.glob("*.tmp"))
