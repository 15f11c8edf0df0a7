"""The compiled lexicon kept on disk, so that a process starts without compiling it.

Loading the lexicon's YAML and CLDR names and compiling its automata takes seconds; every
`diplomap` command and every extraction worker needs it. The result is pickled to
`$DIPLOMAP_CACHE_DIR` (default `$XDG_CACHE_HOME/diplomap`, else `~/.cache/diplomap`) under a
key that hashes everything it is made of: the lexicon files' bytes, the code and language
data that read and compile them, and the versions of Python, Babel (CLDR) and
pyahocorasick. Anything changed gives another key, so a stale file is never read.

Safe under concurrent processes: a file is written under a temporary name in the same
folder and renamed into place (atomic), so a reader sees a whole file or none; two
processes compiling at once both write the same bytes. A file that cannot be read is
ignored and rebuilt; a folder that cannot be written only costs the compile. The cache is
the user's own folder (mode 0600 files), trusted as the installed package is.

The sentence encoder (`diplomap.extract.sentence_encoder`) is kept here too, keyed by its
library's version, build settings and resource files rather than by diplomap's code:
building it parses its tokenizer model in pure Python.

Every code or data change gives a new key, so writing a file removes the files of its kind
used least recently beyond the KEEP last (a read marks a file used): the folder holds what
recent versions and lexicon sets need, not one file per version ever installed. A file
removed while another process reads it is still read whole (POSIX); one removed before it is
opened is rebuilt.

Within `built_apart()` (an ingest starting its workers, and `cli.context.extract_documents`'
first load of the lexicon, before its progress bar starts: `diplomap extract`, a small
ingest), a file missing is built in a short-lived child process, which writes it and exits,
and is read back from the file: the build's own structures (the lexicon's YAML, CLDR's
locale data, the automata's builders) never take room in the long-lived process, whose
peak memory is then the same with a cold cache as with a warm one (a cold ingest's parent
peaked at 512 MB, 100 MB above a warm one).
No child is forked where the folder cannot be written (it could not hand the file back: the
build stays here, once), nor while another Python thread runs (threads that native code
started unseen by Python are not counted). A child's output and a failing build's traceback
are lost with it: the parent then builds here, and raises the build's error itself.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

from diplomap import native

T = TypeVar("T")
CACHE_ENV = "DIPLOMAP_CACHE_DIR"
PACKAGE = Path(__file__).resolve().parents[1]
# what the compiled lexicon is made of besides the lexicon files themselves
SOURCES = ("lexicon", "text", "lang", "ontology.yaml", "ontology.py")
LIBRARIES = ("babel", "pyahocorasick", "pyyaml")
DATA_SUFFIXES = frozenset({".py", ".yaml", ".json"})  # lang/en/inflections.json too
KEEP = 6  # files of one kind kept: a few lexicon sets (--lexicon) across a few versions
_apart = False  # set by `built_apart`


def cache_dir() -> Path:
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "diplomap"


@lru_cache(maxsize=4)
def code_fingerprint(sources: tuple[str, ...] = SOURCES) -> str:
    """Hash of the code and data that build the compiled lexicon (or the files and folders
    of the package named in `sources`), and of library versions."""
    digest = hashlib.sha256(sys.version.encode())
    # compiled classes pickle and unpickle as their own: never read by the Python ones
    digest.update(b"native" if native.active() else b"python")
    for name in LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(name.encode())
    for path in _source_files(sources):
        digest.update(str(path.relative_to(PACKAGE)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _source_files(sources: tuple[str, ...] = SOURCES) -> list[Path]:
    found: list[Path] = []
    for name in sources:
        top = PACKAGE / name
        if top.is_file():
            found.append(top)
        elif top.is_dir():
            found += [p for p in top.rglob("*") if p.is_file() and p.suffix in DATA_SUFFIXES]
    return sorted(found)


def cached(kind: str, parts: Iterable[str], build: Callable[[], T], *, code: bool = True,
           sources: tuple[str, ...] = SOURCES) -> T:
    """`build()`, or the object a former call with the same `kind`, `parts` and code
    pickled to the cache folder (`code=False`: an object that no diplomap code builds, such
    as a library's model, keyed by `parts` and the Python version alone; `sources`: the
    package's files and folders the object is built by, the lexicon's by default)."""
    digest = hashlib.sha256((code_fingerprint(sources) if code else sys.version).encode())
    for part in parts:
        digest.update(b"\x1f" + part.encode())
    path = cache_dir() / f"{kind}-{digest.hexdigest()[:32]}.pickle"
    try:
        value: T = _read(path)
    except Exception:  # absent, truncated by a full disk, from another pickle protocol ...
        pass
    else:
        with contextlib.suppress(OSError):  # a read-only folder: never pruned either
            os.utime(path)  # used now: the last to be pruned
        return value
    if _apart and _built_in_child(path, build):
        try:
            value = _read(path)
        except Exception:  # pruned or damaged meanwhile: built here, as without a child
            pass
        else:
            _prune(path.parent, kind)
            return value
    value = build()
    _write(path, value)
    _prune(path.parent, kind)
    return value


@contextlib.contextmanager
def built_apart() -> Iterator[None]:
    """Within: a cache file missing is built and written by a child process, then read
    here (a process that cannot fork, or a child that fails, builds it here)."""
    global _apart
    before, _apart = _apart, hasattr(os, "fork")
    try:
        yield
    finally:
        _apart = before


def _built_in_child(path: Path, build: Callable[[], object]) -> bool:
    """Whether a forked child built `build()` and wrote it to `path`. Never with other
    Python threads running (a progress bar's): a lock one of them held at the fork would stay
    held in the child, so the build stays here; nor where `path`'s folder cannot be written.
    The child never touches the standard streams."""
    global _apart
    if threading.active_count() > 1:
        return False
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
    if not os.access(path.parent, os.W_OK):
        return False  # the child could write nothing: one build, here
    for stream in (sys.stdout, sys.stderr):  # written once, not again by the child
        with contextlib.suppress(Exception):
            stream.flush()
    try:
        pid = os.fork()
    except OSError:
        return False
    if pid == 0:  # the child: never returns into the caller's code
        _apart = False  # a cache file the build itself reads is built here, not in a grandchild
        written = False
        try:
            _write(path, build())
            written = path.is_file()
        finally:
            os._exit(0 if written else 1)
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return False
    return os.waitstatus_to_exitcode(status) == 0


def _read(path: Path) -> Any:
    """The object pickled in `path`, read with the garbage collector paused: what is loaded
    is all kept, and the collections its half a million objects set off (five full ones for
    the lexicon, each scanning everything loaded so far) were a third of its load time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    finally:
        if enabled:
            gc.enable()


def _prune(folder: Path, kind: str) -> None:
    """Remove the files of `kind` used least recently beyond the KEEP last."""
    try:
        files = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime,
                       reverse=True)
        for stale in files[KEEP:]:
            stale.unlink(missing_ok=True)
    except OSError:
        return  # another process pruned or wrote at the same time: the next write prunes


def _write(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except (OSError, pickle.PicklingError):
        return  # no cache: the next start compiles again
