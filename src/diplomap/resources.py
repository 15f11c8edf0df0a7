"""Where the package's own files lie.

The modules of the reading path may be compiled by mypyc (`make install`), and a compiled
module has no `__file__`: they find their data from here, a module that is never compiled.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def package_path(*parts: str) -> Path:
    """A path inside the installed package: `package_path("extract", "data")`."""
    return PACKAGE.joinpath(*parts)
