"""Exports stream: the first rows of a 100,000-event download leave the server before the
rest is read, and the CLI's writers write rows as they come."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pyarrow.parquet as pq
import pytest

from diplomap.store import EventFilters, connect, iter_events, list_events, transaction
from diplomap.store.export import write_rows

from conftest import serve_app

N_EVENTS = 100_000
TYPES = [("CONSULT", "VC", 2.5), ("AGREE", "VC", 2.5), ("AID", "MC", 10.0),
         ("ACCUSE", "VK", -3.0)]
STATES = ["KAZ", "RUS", "CHN", "USA", "TUR", "UZB", "DEU", "FRA"]


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """100,000 events over 1,000 documents, a fifth of them undated."""
    path = tmp_path_factory.mktemp("stream") / "big.db"
    conn = connect(path)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    docs = [(f"d{i:05d}", "كازاخستان " * 8, f"doc {i}", None, f"big/{i}.txt", "bench", "ar",
             f"{2000 + i % 25}-{1 + i % 12:02d}", now, 80) for i in range(1000)]
    events = []
    for i in range(N_EVENTS):
        source, target = STATES[i % 8], STATES[(i * 7 + 3) % 8]
        event_type, quad, intensity = TYPES[i % 4]
        date = None if i % 5 == 0 else f"{1992 + i % 34}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        events.append((f"e{i:07d}", f"d{i % 1000:05d}", source, event_type, '["diplomatic"]',
                       target, date, intensity, quad, "actual", 0.8,
                       '[{"sentence": 0, "start": 0, "end": 9}]'))
    with transaction(conn):
        conn.executemany("INSERT INTO documents (id, text, title, url, path, source, lang,"
                         " published, ingested_at, n_chars) VALUES (?,?,?,?,?,?,?,?,?,?)", docs)
        conn.executemany("INSERT INTO events (id, doc_id, source, event_type, context, target,"
                         " date, intensity, quad, modality, confidence, evidence)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", events)
    conn.close()
    return path


class Budget:
    """Counts the SQLite virtual-machine steps of every connection opened while patched, and
    holds a connection that goes over `limit` until released."""

    GRAIN = 1000  # steps per call of the progress handler

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.released = threading.Event()
        self.exceeded = threading.Event()

    def install(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        steps = [0]

        def tick() -> int:
            steps[0] += self.GRAIN
            if steps[0] > self.limit and not self.released.is_set():
                self.exceeded.set()
                self.released.wait(60)
            return 0

        conn.set_progress_handler(tick, self.GRAIN)
        return conn


def scan_steps(path: Path) -> int:
    """Steps SQLite takes to read every event once: the unit of the budget."""
    conn = sqlite3.connect(path)
    steps = [0]

    def tick() -> int:
        steps[0] += Budget.GRAIN
        return 0

    conn.set_progress_handler(tick, Budget.GRAIN)
    for _ in conn.execute("SELECT * FROM events"):
        pass
    conn.close()
    return steps[0]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_first_rows_arrive_before_the_rest_is_read(big_db: Path, fmt: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The server may read a tenth of the events before it must have sent the first rows;
    past that, its connection waits until the client has them. A server that builds the
    download before sending it never sends them (the read times out)."""
    budget = Budget(scan_steps(big_db) // 10)
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect",
                        lambda *a, **kw: budget.install(real_connect(*a, **kw)))
    try:
        with serve_app(big_db) as base, httpx.Client(base_url=base, timeout=20) as client, \
                client.stream("GET", "/api/events/export",
                              params={"format": fmt, "max_rows": N_EVENTS}) as response:
            assert response.status_code == 200
            lines = _first_lines(response.iter_lines(), 11)
            assert not budget.exceeded.is_set()
            budget.released.set()
    finally:
        budget.released.set()
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO("\n".join(lines).removeprefix("\ufeff"))))
    else:
        rows = [json.loads(line) for line in lines]
    assert len(rows) >= 10 and all(r["id"].startswith("e") for r in rows)


def _first_lines(lines: Iterator[str], n: int) -> list[str]:
    out = []
    for line in lines:
        out.append(line)
        if len(out) == n:
            break
    return out


def test_a_whole_download_is_every_row_in_order(big_db: Path) -> None:
    with serve_app(big_db) as base:
        text = httpx.get(f"{base}/api/events/export",
                         params={"format": "jsonl", "max_rows": 3000, "actor": "KAZ"},
                         timeout=30).text
    ids = [json.loads(line)["id"] for line in text.splitlines()]
    conn = connect(big_db, readonly=True)
    expected = [e["id"] for e in list_events(conn, EventFilters(actor="KAZ"), limit=3000)]
    assert len(ids) == 3000 and ids == expected


def test_iter_events_reads_as_it_is_consumed(big_db: Path) -> None:
    conn = connect(big_db, readonly=True)
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    conn.set_progress_handler(tick, Budget.GRAIN)
    events = iter_events(conn, EventFilters(since="2000", actor="RUS"))
    first = next(events)
    at_first = steps[0]
    rest = sum(1 for _ in events)
    assert first["id"] and rest > 5000
    assert at_first * 20 < steps[0]


def test_cli_writers_write_rows_as_they_come(tmp_path: Path) -> None:
    def rows() -> Iterator[dict]:
        yield {"id": "a", "evidence": [{"start": 0, "end": 1}]}
        yield {"id": "b", "evidence": []}
        raise RuntimeError("the database went away")

    for fmt in ("jsonl", "csv"):
        out = io.StringIO()
        with pytest.raises(RuntimeError):
            write_rows(rows(), fmt, out=out, columns=["id", "evidence"])
        written = out.getvalue().splitlines()
        assert len(written) == (2 if fmt == "jsonl" else 3), fmt


def test_parquet_is_written_in_row_groups(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("diplomap.store.export.PARQUET_BATCH", 100)
    rows = ({"id": i, "location": None if i < 150 else f"place {i}", "n": float(i)}
            for i in range(250))
    path = tmp_path / "out.parquet"
    write_rows(rows, "parquet", path=path)
    table = pq.read_table(path)
    assert pq.ParquetFile(path).num_row_groups == 3
    assert table.num_rows == 250 and table.column("location").to_pylist()[-1] == "place 249"
