"""Shared fixtures: a fresh database, the CLI runner, ../shared when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
SAMPLE = REPO / "src" / "diplomap" / "sample"
OUTPUT = REPO / "test-output"


def need_shared(path: Path = SEEDS) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: the acceptance data lives in ../shared beside the repo")
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def run(db_path: Path):
    """Invoke the CLI on the test database; returns click's Result."""
    from diplomap.cli import cli

    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(cli, ["--db", str(db_path), *map(str, args)], input=input,
                             catch_exceptions=False)

    return invoke


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path
