"""`python -m diplomap.native build|status`: compile the reading path, or say if it runs so."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from diplomap.native import active, build, compiled_files


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["build"]:
        return build()
    if args == ["status"]:
        state = ("active" if active() else "built, fresh" if compiled_files() else
                 "not built or stale: the reading path runs in Python")
        print(f"diplomap compiled reading path: {state}")
        return 0
    print("usage: python -m diplomap.native build|status", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
