"""`python -m diplomap.native build|status`: compile the reading path, or say if it runs so."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from diplomap.native import active, build, native_files


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["build"]:
        return build()
    if args == ["status"]:
        state = ("active" if active() else "built, fresh" if native_files() else
                 "not built or stale: the reading path runs in Python")
        print(f"diplomap compiled reading path: {state}")
        return 0
    usage = ("usage: python -m diplomap.native build|status\n"
             "  build   compile the reading path with mypyc (kept while fresh)\n"
             "  status  say whether this Python reads compiled, and why not")
    if args in (["-h"], ["--help"]):
        print(usage)
        return 0
    print(usage, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
