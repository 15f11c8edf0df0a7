"""A corpus of article files (JSONL, CSV, Parquet) and a snapshot of a store, shared by the
batch tests (the local engine and Spark)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from diplomap.store import connect

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "diplomap" / "sample" / "corpus"
BAD_LINE = 3  # the malformed line of feed.jsonl

# Every stored table, in key order, without the times of ingest and extraction.
SNAPSHOT = {
    "documents": "SELECT id, text, title, url, path, source, lang, published, n_chars,"
                 " extractor, extracted_at IS NOT NULL FROM documents ORDER BY id",
    "sentences": "SELECT * FROM sentences ORDER BY doc_id, idx",
    "entities": "SELECT * FROM entities ORDER BY id",
    "mentions": "SELECT * FROM mentions ORDER BY doc_id, start, end, entity_id",
    "facts": "SELECT * FROM facts ORDER BY id",
    "fact_mentions": "SELECT * FROM fact_mentions ORDER BY fact_id, doc_id",
    "events": "SELECT * FROM events ORDER BY id",
    "event_summary": "SELECT * FROM event_summary ORDER BY source, target, year, quad, modality",
    "sentence_fts": "SELECT doc_id, idx, body FROM sentence_fts ORDER BY doc_id, idx",
}


def sample_records() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SAMPLE.glob("*.json"))]


def write_corpus(folder: Path) -> Path:
    """20 sample articles in three formats, with what `ingest` must get right: a malformed
    JSONL line, one text twice (the second with another date: the first one is kept), a
    record without a date, one dated by year only, a custom date field in the CSV."""
    folder.mkdir(parents=True, exist_ok=True)
    records = sample_records()
    records[9] = {**records[9], "published": None}
    records[10] = {**records[10], "published": "2018"}
    lines = [json.dumps(r, ensure_ascii=False) for r in records[:8]]
    lines.insert(BAD_LINE - 1, '{"text": "unterminated')
    lines.append(json.dumps({**records[2], "published": "2001-01-01", "title": "copy"},
                            ensure_ascii=False))
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (folder / "wire.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, ["title", "published", "url", "text"])
        writer.writeheader()
        writer.writerows({**r, "published": r["published"] or ""} for r in records[8:14])
    pq.write_table(pa.Table.from_pylist(records[14:]), folder / "archive.parquet")
    return folder


def snapshot(db: Path) -> dict[str, list[tuple]]:
    conn = connect(db)
    try:
        return {name: [tuple(r) for r in conn.execute(sql)] for name, sql in SNAPSHOT.items()}
    finally:
        conn.close()


def assert_same_store(got: Path, want: Path) -> None:
    a, b = snapshot(got), snapshot(want)
    for name in SNAPSHOT:
        assert a[name] == b[name], f"{name} differs"
    assert all(b[name] for name in SNAPSHOT), "the reference store has an empty table"
