"""The compiled lexicon cached on disk: the same lexicon from the file as from a compile, a new
file when a lexicon file changes, and a damaged file ignored."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from diplomap.lexicon import core, load_lexicon
from diplomap.lexicon.cache import CACHE_ENV
from diplomap.lexicon.linker import EntityLinker
from diplomap.text import Doc

PERSON = """
- id: PER:test_minister
  kind: person
  en: {name}
  roles:
    - {{title: foreign_minister, state: KAZ, start: 2001}}
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    core._cached.cache_clear()
    yield folder
    core._cached.cache_clear()


def _links(lexicon) -> list[tuple]:
    doc = Doc("زار الرئيس الكازاخستاني بكين والتقى وزير خارجية الصين في إطار منظمة شنغهاي.",
              "ar", "2024-05-01")
    return [(m.start, m.end, m.entity_id) for m in EntityLinker(lexicon).link(doc)]


def test_a_cached_lexicon_is_the_compiled_one(cache: Path, tmp_path: Path) -> None:
    user = tmp_path / "user.yaml"
    user.write_text(PERSON.format(name="Test Minister"), encoding="utf-8")
    built = load_lexicon([user])
    files = sorted(cache.glob("lexicon-*.pickle"))
    assert len(files) == 1
    core._cached.cache_clear()
    loaded = load_lexicon([user])
    assert loaded is not built
    assert sorted(loaded.entities) == sorted(built.entities)
    assert loaded.entity("PER:test_minister").en == "Test Minister"
    assert loaded._cache["compiled"].sizes == built._cache["compiled"].sizes
    assert _links(loaded) == _links(built) and _links(loaded)

    user.write_text(PERSON.format(name="Other Minister"), encoding="utf-8")
    core._cached.cache_clear()
    changed = load_lexicon([user])
    assert changed.entity("PER:test_minister").en == "Other Minister"
    assert len(list(cache.glob("lexicon-*.pickle"))) == 2


def test_a_damaged_cache_file_is_rebuilt(cache: Path) -> None:
    load_lexicon()
    [path] = cache.glob("lexicon-*.pickle")
    path.write_bytes(path.read_bytes()[:1000])  # as a full disk would leave it
    core._cached.cache_clear()
    assert "KAZ" in load_lexicon().entities
    assert path.stat().st_size > 1000
    assert not list(cache.glob("*.tmp"))


def test_the_cache_keeps_the_files_of_a_kind_used_last(tmp_path: Path, monkeypatch) -> None:
    from diplomap.lexicon import cache as lexicon_cache

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    for n in range(lexicon_cache.KEEP + 3):
        lexicon_cache.cached("thing", [str(n)], lambda n=n: n)
        if n == 0:
            first = next(tmp_path.glob("thing-*.pickle"))
        else:  # the first is read again each time: used last, never pruned
            assert lexicon_cache.cached("thing", ["0"], lambda: -1) == 0
    (tmp_path / "other-x.pickle").write_bytes(b"")
    lexicon_cache.cached("thing", ["new"], lambda: "new")
    assert len(list(tmp_path.glob("thing-*.pickle"))) == lexicon_cache.KEEP
    assert first.exists() and (tmp_path / "other-x.pickle").exists()


def _pid() -> int:
    return os.getpid()


def _fails() -> int:
    if os.getpid() != _PARENT[0]:
        raise RuntimeError("the child fails")
    return -os.getpid()


_PARENT = [0]


def test_built_apart_builds_a_missing_file_in_a_child(tmp_path: Path, monkeypatch) -> None:
    from diplomap.lexicon import cache as lexicon_cache

    if threading.active_count() > 1:
        pytest.skip("another thread runs: no child is forked")

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    with lexicon_cache.built_apart():
        built = lexicon_cache.cached("thing", ["pid"], _pid)
        assert built != os.getpid()  # built and written by another process, read here
        assert lexicon_cache.cached("thing", ["pid"], _pid) == built  # then read
    assert lexicon_cache.cached("other", ["pid"], _pid) == os.getpid()  # outside: here
    assert not lexicon_cache._apart


def test_a_child_that_fails_leaves_the_build_here(tmp_path: Path, monkeypatch) -> None:
    from diplomap.lexicon import cache as lexicon_cache

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    _PARENT[0] = os.getpid()
    with lexicon_cache.built_apart():
        assert lexicon_cache.cached("thing", ["fails"], _fails) == -os.getpid()
    assert lexicon_cache.cached("thing", ["fails"], _fails) == -os.getpid()  # and written


def test_no_child_is_forked_while_another_thread_runs(tmp_path: Path, monkeypatch) -> None:
    import threading

    from diplomap.lexicon import cache as lexicon_cache

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        with lexicon_cache.built_apart():
            assert lexicon_cache.cached("thing", ["pid"], _pid) == os.getpid()
    finally:
        stop.set()
        thread.join()


def test_extract_documents_builds_a_cold_lexicon_apart(cache: Path, monkeypatch) -> None:
    """`diplomap extract`'s first load of the lexicon, before its progress bar, builds a cold
    cache apart (in a child, where one can be forked), not in the long-lived process."""
    import sqlite3

    from diplomap.cli.context import extract_documents
    from diplomap.lexicon import cache as lexicon_cache

    asked: list[str] = []
    child = lexicon_cache._built_in_child

    def spy(path: Path, build):
        asked.append(path.name)
        return child(path, build)

    monkeypatch.setattr(lexicon_cache, "_built_in_child", spy)
    extract_documents(sqlite3.connect(":memory:"), [], quiet=True)
    assert any(name.startswith("lexicon-") for name in asked), asked
    assert any(cache.glob("lexicon-*.pickle"))


def _outer_and_inner() -> tuple[int, int]:
    from diplomap.lexicon import cache as lexicon_cache

    return os.getpid(), lexicon_cache.cached("inner", ["pid"], _pid)


def test_a_cache_file_read_by_a_childs_build_is_built_in_that_child(tmp_path: Path,
                                                                     monkeypatch) -> None:
    from diplomap.lexicon import cache as lexicon_cache

    if threading.active_count() > 1:
        pytest.skip("another thread runs: no child is forked")
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    with lexicon_cache.built_apart():
        outer, inner = lexicon_cache.cached("outer", ["pid"], _outer_and_inner)
    assert outer != os.getpid()  # the child built it
    assert inner == outer  # and the file its build read too: no grandchild forked


def test_no_child_is_forked_for_a_folder_that_cannot_be_written(tmp_path: Path,
                                                                monkeypatch) -> None:
    from diplomap.lexicon import cache as lexicon_cache

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    builds: list[int] = []

    def build() -> int:
        builds.append(os.getpid())
        return os.getpid()

    def no_fork() -> int:
        raise AssertionError("forked a child that could write nothing")

    monkeypatch.setattr(lexicon_cache.os, "access", lambda path, mode: False)
    monkeypatch.setattr(lexicon_cache.os, "fork", no_fork)
    with lexicon_cache.built_apart():
        assert lexicon_cache.cached("thing", ["unwritable"], build) == os.getpid()
    assert builds == [os.getpid()]  # built once, here
