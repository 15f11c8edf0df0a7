"""Batched writes and parallel workers give the very database of a one-worker, unbatched run
(every table, every column but the write times); a failed document in a batch rolls back
only what the batch wrote."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplomap.cli import cli
from diplomap.ingest import pipeline as ingest_pipeline
from diplomap.ingest.pipeline import ingest_paths
from diplomap.scale import extract_parallel, parallel
from diplomap.store import connect, records, transaction
from diplomap.store.extractions import pending_documents

SENTENCES = [
    "زار الرئيس التركي رجب طيب أردوغان كازاخستان في 12 مايو 2022 والتقى نظيره الكازاخستاني.",
    "وقّعت أوزبكستان وقيرغيزستان اتفاقية لترسيم الحدود المشتركة عام 2023.",
    "انضمت إيران إلى منظمة شنغهاي للتعاون في يوليو 2023.",
    "قدمت الصين مساعدات إنسانية إلى أفغانستان بقيمة 10 ملايين دولار.",
    "Kazakhstan and China signed a trade agreement in Astana on 3 June 2024.",
    "Russia imposed sanctions on Ukraine and expelled two diplomats in March 2022.",
]
WRITE_TIMES = {"ingested_at", "extracted_at", "read_ns"}
# the encoder vectors are a cache filled when a comparison first needs one
# (diplomap.store.records): which rows hold one depends on the order comparisons ran in;
# the records they decide are compared
CACHES = {"embedding"}


def _corpus(folder: Path, n_docs: int = 48) -> Path:
    folder.mkdir()
    for i in range(n_docs):
        picked = [SENTENCES[(i * k + k) % len(SENTENCES)] for k in range(1, 4)]
        (folder / f"doc_{i:03d}.txt").write_text(f"تقرير {i}. " + " ".join(picked),
                                                 encoding="utf-8")
    return folder


def _dump(db: Path) -> dict[str, list[str]]:
    """Every row of every table (the FTS index's own shadow tables aside)."""
    conn = sqlite3.connect(db)
    out = {}
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                 " AND name NOT LIKE 'sentence_fts_%'"):
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                   if r[1] not in WRITE_TIMES | CACHES]
        out[table] = sorted(map(repr, conn.execute(f"SELECT {', '.join(columns)} FROM {table}")))
    conn.close()
    return out


@pytest.mark.parametrize("decoded_max", [records.DECODED_MAX, 3])
def test_batched_parallel_run_equals_unbatched_single_worker(tmp_path, monkeypatch,
                                                             decoded_max):
    # decoded_max 3: the writer's cache of decoded mentions starts again within every load
    monkeypatch.setattr(records, "DECODED_MAX", decoded_max)
    corpus = _corpus(tmp_path / "corpus")
    # batches of 20 documents: the texts of one batch are read on the workers while the
    # files of the next are, and the last one is short
    monkeypatch.setattr(ingest_pipeline, "WRITE_BATCH", 20)
    monkeypatch.setattr(parallel, "WRITE_BATCH", 20)  # and three extraction batches
    batched = tmp_path / "batched.db"
    result = CliRunner().invoke(cli, ["--db", str(batched), "ingest", str(corpus), "-q",
                                      "--workers", "2"])
    assert result.exit_code == 0, result.output

    monkeypatch.setattr(ingest_pipeline, "WRITE_BATCH", 1)
    single = tmp_path / "single.db"
    conn = connect(single)
    ingest_paths(conn, [corpus])
    extract_parallel(conn, pending_documents(conn), workers=1, batch=1)
    conn.close()

    one, other = _dump(single), _dump(batched)
    assert one == other
    assert all(one[t] for t in ("documents", "mentions", "facts", "events", "event_records"))


def test_a_failure_in_a_batch_leaves_the_batch_absent(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", n_docs=5)
    conn = connect(tmp_path / "x.db")
    ingest_paths(conn, [corpus])
    doc_ids = pending_documents(conn)

    from diplomap.store import extractions

    real = extractions.group_documents

    def failing(conn, groupings):
        # every document's rows are written (new ones wait for the batch's last flush):
        # the failure comes after all of them
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] > 0
        raise RuntimeError("worker died")

    monkeypatch.setattr(extractions, "group_documents", failing)
    with pytest.raises(RuntimeError):
        extract_parallel(conn, doc_ids, workers=1, batch=len(doc_ids))
    assert pending_documents(conn) == doc_ids  # nothing of the batch committed
    for table in ("mentions", "events", "event_links", "fact_mentions"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    monkeypatch.setattr(extractions, "group_documents", real)
    extract_parallel(conn, doc_ids, workers=1, batch=2)  # a re-run completes it
    assert pending_documents(conn) == []


def test_a_transaction_inside_a_batch_is_a_savepoint(tmp_path):
    conn = connect(tmp_path / "x.db")
    with transaction(conn):
        conn.execute("INSERT INTO entities (id, kind) VALUES ('A', 'state')")
        with pytest.raises(ValueError), transaction(conn):
            conn.execute("INSERT INTO entities (id, kind) VALUES ('B', 'state')")
            raise ValueError("undo B only")
        with transaction(conn):
            conn.execute("INSERT INTO entities (id, kind) VALUES ('C', 'state')")
        assert conn.in_transaction  # the inner ones did not commit
    assert [r[0] for r in conn.execute("SELECT id FROM entities ORDER BY id")] == ["A", "C"]
