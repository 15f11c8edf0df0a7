"""The reading path compiled to C by mypyc, used only while it matches its sources.

`make install` runs `python -m diplomap.native build`: the modules of `MODULES` (the text
engine, the name linker, extraction) are compiled into `_native/` inside the package, with a
manifest of the hashes of the package's Python files they were compiled from. At import,
`activate()` (called by `diplomap/__init__`) loads them in place of the Python modules, all
of them or none: only when every file of the package still has the hash of the build (the
compiled modules were type-checked against the others too), the files load, and
`DIPLOMAP_PURE_PYTHON` is unset or "0". An edited file, a missing compiler or a failed build
leaves the Python code running, which reads alike (tests/test_native.py compares both), only
slower.

Left in Python: what mypyc cannot compile as it is written (`extract.model` copies its
items through `__dict__`), what only loads,
generates or trains (`extract.morphology` is also run as a script), and the stages after
extraction.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import sysconfig
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from diplomap.resources import PACKAGE

ENV = "DIPLOMAP_PURE_PYTHON"
NATIVE_DIR = PACKAGE / "_native"
MANIFEST_NAME = "manifest.json"
MODULES = (
    *(f"diplomap.text.{m}" for m in ("charmaps", "dates", "doc", "normalize", "scan",
                                     "search", "segment")),
    "diplomap.lexicon.compose",
    "diplomap.lexicon.linker",
    *(f"diplomap.extract.{m}" for m in (
        "amounts", "arguments", "calibration", "components", "confirm", "dates",
        "event_nouns", "extractor", "final_confidence", "frames", "grammar", "merge", "scorer",
        "patterns", "pipeline", "plover", "reference", "sentence", "strategies")),
)
_MYPY_CONFIG = """[mypy]
python_version = 3.11
check_untyped_defs = True
disable_error_code = import-untyped, import-not-found
"""


def source_of(module: str, package: Path = PACKAGE) -> Path:
    return package.parent.joinpath(*module.split(".")).with_suffix(".py")


def source_hashes(package: Path = PACKAGE) -> dict[str, str]:
    """The hash of every Python file of the package, by its path inside it."""
    return {str(path.relative_to(package)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(package.rglob("*.py")) if "_native" not in path.parts}


class _NativeFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled file of each compiled module (and of their shared library)."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        file = self.files.get(fullname)
        if file is None:
            return None
        return importlib.util.spec_from_file_location(fullname, file)


def native_files(folder: Path | None = None) -> dict[str, Path] | None:
    """Module -> its compiled file, when a build matches every source now (else None)."""
    folder = NATIVE_DIR if folder is None else folder
    try:
        manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        if manifest["abi"] != _abi() or manifest["sources"] != source_hashes():
            return None
        files = {name: folder / file for name, file in manifest["files"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return files if set(MODULES) <= set(files) and all(f.is_file() for f in files.values()) \
        else None


def wanted() -> bool:
    return os.environ.get(ENV, "") in ("", "0")


def activate() -> bool:
    """Load the compiled modules from now on, if they are fresh and wanted; whether they are."""
    if active():
        return True
    if not wanted() or any(m in sys.modules for m in MODULES):
        return False  # a module read already in Python stays so: no mix of the two
    files = native_files()
    if files is None:
        return False
    finder = _NativeFinder(files)
    sys.meta_path.insert(0, finder)
    try:  # the library every compiled module links to: one that cannot load, none is used
        for name in files.keys() - set(MODULES):
            importlib.import_module(name)
    except (ImportError, OSError):
        sys.meta_path.remove(finder)
        return False
    return True


def active() -> bool:
    return any(isinstance(f, _NativeFinder) for f in sys.meta_path)


def _abi() -> str:
    return f"{sys.implementation.cache_tag}{sysconfig.get_config_var('EXT_SUFFIX')}"


def build() -> int:
    """Compile `MODULES` with mypyc into `_native/` (a fresh build is kept); 0 on success."""
    import shutil
    import subprocess
    import tempfile

    if native_files() is not None:
        print("diplomap: the compiled reading path is up to date")
        return 0
    with tempfile.TemporaryDirectory(prefix="diplomap-native-") as tmp:
        work = Path(tmp)
        copy = work / "diplomap"
        shutil.copytree(PACKAGE, copy,
                        ignore=shutil.ignore_patterns("_native*", "__pycache__", "*.so"))
        sources = source_hashes(copy)  # what is compiled, whatever is edited meanwhile
        (work / "mypy.ini").write_text(_MYPY_CONFIG, encoding="utf-8")
        files = [str(source_of(m, copy).relative_to(work)) for m in MODULES]
        run = subprocess.run([sys.executable, "-m", "mypyc", *files], cwd=work,
                             capture_output=True, text=True)
        built = _built_files(work / "build")
        if not built:
            tail = (run.stdout + run.stderr).strip().splitlines()[-3:]
            print("diplomap: mypyc could not compile the reading path; it runs in Python: "
                  + " | ".join(tail), file=sys.stderr)
            return 1
        _install(built, sources, work / "_native")
    print(f"diplomap: compiled {len(MODULES)} modules of the reading path into {NATIVE_DIR}")
    return 0


def _built_files(build_dir: Path) -> dict[str, Path]:
    """Module name -> built extension file under mypyc's build folder."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    found: dict[str, Path] = {}
    for file in build_dir.glob(f"lib*/**/*{suffix}"):
        lib = next(p for p in file.parents if p.name.startswith("lib"))
        found[".".join(file.relative_to(lib).parts)[:-len(suffix)]] = file
    return found if set(MODULES) <= set(found) else {}


def _install(built: dict[str, Path], sources: dict[str, str], staging: Path) -> None:
    """Write the build beside the package, then move it in place of the old one."""
    import shutil

    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    staging.mkdir()
    for name, file in built.items():
        shutil.copy2(file, staging / f"{name}{suffix}")
    manifest = {"abi": _abi(), "sources": sources,
                "files": {name: f"{name}{suffix}" for name in built}}
    (staging / MANIFEST_NAME).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    incoming = NATIVE_DIR.with_name(f"_native.{os.getpid()}")
    shutil.copytree(staging, incoming)
    old = NATIVE_DIR.with_name(f"_native.old.{os.getpid()}")
    if NATIVE_DIR.exists():
        NATIVE_DIR.rename(old)
    incoming.rename(NATIVE_DIR)
    shutil.rmtree(old, ignore_errors=True)
