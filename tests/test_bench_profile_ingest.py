"""bench/profile_ingest.py (issue 12): what each process prints at its end (the profiled
ingest itself, which reads a thousand documents, is not run here; no time is checked)."""

from __future__ import annotations

import cProfile
import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "profile_ingest.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("profile_ingest", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["profile_ingest"] = module
    spec.loader.exec_module(module)
    return module


def _work() -> int:
    return sum(i * i for i in range(1000))


def test_cpu_seconds_are_this_process_user_and_system_time(bench) -> None:
    user, system = bench.cpu_seconds()
    assert user >= 0 and system >= 0


def test_a_process_reports_its_cpu_and_its_profile(bench, tmp_path, capsys) -> None:
    profile = cProfile.Profile()
    profile.enable()
    _work()
    bench.report("worker", profile, 5, tmp_path)
    err = capsys.readouterr().err
    assert err.startswith("== worker (pid ") and "CPU" in err
    assert "-- by tottime" in err and "-- by cumulative" in err and "_work" in err
    assert list(tmp_path.glob("worker-*.prof"))


def test_without_a_profile_only_the_cpu_is_reported(bench, capsys) -> None:
    bench.report("parent", None, 5, None)
    assert capsys.readouterr().err.count("\n") == 1
