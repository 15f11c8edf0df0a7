"""The reading path compiled to C by mypyc, used only while it matches its sources.

`make install` runs `python -m diplomap.native build`: the modules of `MODULES` (text,
the name linker, extraction) are compiled into `_native/` inside the package with a
manifest of their sources' hashes. At import, `activate()` (called by `diplomap/__init__`)
loads them in place of the Python modules, all of them or none: only when every source
still has the hash it was compiled from, and `DIPLOMAP_PURE_PYTHON` is not set. An edited
module, a missing compiler or a failed build leaves the Python code running, which gives
the same results (tests/test_native.py compares both), only slower.

Left in Python: what holds data classes mypyc cannot compile as they are written
(`extract.model`'s copies through `__dict__`, the scorer's numpy fields), what only loads
or trains, and the stages after extraction.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from diplomap.resources import PACKAGE

ENV = "DIPLOMAP_PURE_PYTHON"
NATIVE_DIR = PACKAGE / "_native"
MANIFEST = NATIVE_DIR / "manifest.json"
MODULES = (
    *(f"diplomap.text.{m}" for m in ("charmaps", "dates", "doc", "normalize", "scan",
                                     "search", "segment")),
    "diplomap.lexicon.compose",
    "diplomap.lexicon.linker",
    *(f"diplomap.extract.{m}" for m in (
        "amounts", "arguments", "calibration", "components", "confirm", "dates",
        "event_nouns", "extractor", "final_confidence", "frames", "grammar", "merge",
        "morphology", "patterns", "pipeline", "plover", "reference", "sentence",
        "strategies")),
)
_MYPY_CONFIG = """[mypy]
python_version = 3.11
check_untyped_defs = True
disable_error_code = import-untyped, import-not-found
"""


def source_of(module: str) -> Path:
    return PACKAGE.parent.joinpath(*module.split(".")).with_suffix(".py")


def source_hashes(modules: Sequence[str] = MODULES) -> dict[str, str]:
    return {m: hashlib.sha256(source_of(m).read_bytes()).hexdigest() for m in modules}


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


def compiled_files() -> dict[str, Path] | None:
    """Module -> its compiled file, when a build matches every source now (else None)."""
    try:
        manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
        if manifest["abi"] != _abi() or manifest["sources"] != source_hashes():
            return None
        files = {name: NATIVE_DIR / file for name, file in manifest["files"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return files if all(f.is_file() for f in files.values()) else None


def activate() -> bool:
    """Load the compiled modules from now on, if they are fresh and wanted; whether they are."""
    if active():
        return True
    if os.environ.get(ENV) or any(m in sys.modules for m in MODULES):
        return False  # a module read already in Python stays so: no mix of the two
    files = compiled_files()
    if files is None:
        return False
    sys.meta_path.insert(0, _NativeFinder(files))
    return True


def active() -> bool:
    return any(isinstance(f, _NativeFinder) for f in sys.meta_path)


def _abi() -> str:
    return f"{sys.implementation.cache_tag}{sysconfig.get_config_var('EXT_SUFFIX')}"


def build() -> int:
    """Compile `MODULES` with mypyc into `_native/` (a fresh build is kept); 0 on success."""
    if compiled_files() is not None:
        print("diplomap: the compiled reading path is up to date")
        return 0
    with tempfile.TemporaryDirectory(prefix="diplomap-native-") as tmp:
        work = Path(tmp)
        shutil.copytree(PACKAGE, work / "diplomap",
                        ignore=shutil.ignore_patterns("_native", "__pycache__", "*.so"))
        (work / "mypy.ini").write_text(_MYPY_CONFIG, encoding="utf-8")
        sources = [str(source_of(m).relative_to(PACKAGE.parent)) for m in MODULES]
        run = subprocess.run([sys.executable, "-m", "mypyc", *sources], cwd=work,
                             capture_output=True, text=True)
        built = _built_files(work / "build")
        if not built:
            tail = (run.stdout + run.stderr).strip().splitlines()[-3:]
            print("diplomap: mypyc could not compile the reading path; it runs in Python: "
                  + " | ".join(tail), file=sys.stderr)
            return 1
        _install(built)
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


def _install(built: dict[str, Path]) -> None:
    shutil.rmtree(NATIVE_DIR, ignore_errors=True)
    NATIVE_DIR.mkdir()
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    for name, file in built.items():
        shutil.copy2(file, NATIVE_DIR / f"{name}{suffix}")
    manifest = {"abi": _abi(), "sources": source_hashes(),
                "files": {name: f"{name}{suffix}" for name in built}}
    # written last: a build interrupted before it leaves no manifest, and Python runs
    MANIFEST.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
