"""Where an end-to-end ingest's CPU goes, per process: `diplomap ingest` of N generated
documents (`bench_pipeline.copies`) run in this process, the parent and each extraction
worker cProfiled, each process's CPU seconds (getrusage, user + system) printed at its end.

    python bench/profile_ingest.py [--docs 1000] [--top 20] [--no-profile] [--keep DIR]

The profiles time the wall clock: the parent's waits on its workers show as lock
`acquire`. With --no-profile only the CPU seconds are printed (the figures to compare:
cProfile slows Python code several times, compiled code not at all). mypyc-compiled
functions are one frame each: profile with DIPLOMAP_PURE_PYTHON=1 to see inside them.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import generate


def cpu_seconds() -> tuple[float, float]:
    """(user, system) CPU seconds of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime, usage.ru_stime


def report(name: str, profile: cProfile.Profile | None, top: int, keep: Path | None) -> None:
    user, system = cpu_seconds()
    lines = [f"== {name} (pid {os.getpid()}): CPU {user + system:.2f} s"
             f" (user {user:.2f}, system {system:.2f})"]
    if profile is not None:
        profile.disable()
        if keep is not None:
            profile.dump_stats(keep / f"{name.split()[0]}-{os.getpid()}.prof")
        for order in ("tottime", "cumulative"):
            out = _Lines()
            pstats.Stats(profile, stream=out).sort_stats(order).print_stats(top)
            lines.append(f"-- by {order}")
            lines += [line for line in out.text.splitlines() if line.strip()][3:]
    print("\n".join(lines), file=sys.stderr, flush=True)


class _Lines:
    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> None:
        self.text += text


def profiled_workers(top: int, keep: Path | None, on: bool) -> None:
    """Make every extraction worker started from now on profile itself and report at its
    exit (before the pool's own exit, which skips atexit)."""
    from multiprocessing import util

    import diplomap.scale.parallel as parallel

    started = parallel._init_worker

    def init(*args: object, **kwargs: object) -> None:
        started(*args, **kwargs)  # type: ignore[arg-type]
        profile = cProfile.Profile() if on else None
        if profile is not None:
            profile.enable()
        util.Finalize(None, report, args=("worker", profile, top, keep), exitpriority=100)

    parallel._init_worker = init


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--top", type=int, default=20, help="rows of each profile")
    parser.add_argument("--no-profile", action="store_true", help="CPU seconds only")
    parser.add_argument("--keep", type=Path, help="also write each process's .prof here")
    parser.add_argument("--workers", type=int, help="extraction workers [default: the CLI's]")
    args = parser.parse_args()
    on = not args.no_profile
    profiled_workers(args.top, args.keep, on)
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "corpus", Path(tmp) / "bench.db"
        folder.mkdir()
        generate(folder, args.docs)
        from diplomap.cli import main as cli

        sys.argv = ["diplomap", "--db", str(db), "ingest", str(folder), "-q",
                    *(["--workers", str(args.workers)] if args.workers else [])]
        profile = cProfile.Profile() if on else None
        if profile is not None:
            profile.enable()
        try:
            cli()
        except SystemExit as exc:
            if exc.code:
                raise
        report("parent", profile, args.top, args.keep)


if __name__ == "__main__":
    main()
