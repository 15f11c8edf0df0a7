"""Consistency of the store: SQLite's own checks, the search index, the event summaries
(against a recomputation) and orphan rows; `repair` rebuilds what is derived."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from diplomap.store.db import transaction
from diplomap.store.records import rebuild as rebuild_records
from diplomap.store.search import index_document_sentences

# Rows whose parent is gone: (what, table, condition).
ORPHANS = (
    ("sentences without a document", "sentences",
     "doc_id NOT IN (SELECT id FROM documents)"),
    ("mentions without a document", "mentions", "doc_id NOT IN (SELECT id FROM documents)"),
    ("events without a document", "events", "doc_id NOT IN (SELECT id FROM documents)"),
    ("fact mentions without a document", "fact_mentions",
     "doc_id NOT IN (SELECT id FROM documents)"),
    ("fact mentions without a fact", "fact_mentions", "fact_id NOT IN (SELECT id FROM facts)"),
    ("facts stated nowhere", "facts", "id NOT IN (SELECT fact_id FROM fact_mentions)"),
)
_KEY = ("coalesce(source, '')", "coalesce(target, '')", "coalesce(substr(date, 1, 4), '')",
        "quad", "modality")
_RECOMPUTED = (f"SELECT {', '.join(_KEY)}, count(*) AS n, round(sum(intensity), 6) AS s"
               " FROM events GROUP BY 1, 2, 3, 4, 5")
_STORED = ("SELECT source, target, year, quad, modality, n, round(intensity_sum, 6)"
           " FROM event_summary")
_SAMPLE_IDS = """UPDATE event_summary SET sample_ids = coalesce((
    SELECT group_concat(id, ',') FROM (
        SELECT e.id FROM events e
        WHERE coalesce(e.source, '') = event_summary.source
          AND coalesce(e.target, '') = event_summary.target
          AND coalesce(substr(e.date, 1, 4), '') = event_summary.year
          AND e.quad = event_summary.quad AND e.modality = event_summary.modality
        ORDER BY e.date, e.id LIMIT 20)), '')"""


@dataclass
class CheckReport:
    """What is wrong: one line per kind of problem, with its count."""

    problems: dict[str, int] = field(default_factory=dict)
    repaired: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, object]:
        return {"ok": self.ok, "problems": self.problems, "repaired": self.repaired}


def check(conn: sqlite3.Connection) -> CheckReport:
    report = CheckReport()

    def add(what: str, count: int) -> None:
        if count:
            report.problems[what] = count

    integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    add("integrity_check", 0 if integrity == ["ok"] else len(integrity))
    add("foreign key violations", len(conn.execute("PRAGMA foreign_key_check").fetchall()))
    add("documents whose search index differs from their sentences", len(_stale_index(conn)))
    add("event summary rows that differ from a recomputation", _summary_differences(conn))
    add("event summary rows without the IDs of their events", _bad_sample_ids(conn))
    add("events without an event record", conn.execute(
        "SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM event_links)"
        ).fetchone()[0])
    add("event links without their event or record", conn.execute(
        "SELECT count(*) FROM event_links WHERE event_id NOT IN (SELECT id FROM events)"
        " OR record_id NOT IN (SELECT id FROM event_records)").fetchone()[0])
    for what, table, condition in ORPHANS:
        add(what, conn.execute(f"SELECT count(*) FROM {table} WHERE {condition}").fetchone()[0])
    return report


def repair(conn: sqlite3.Connection) -> CheckReport:
    """Rebuild the derived tables and drop orphan rows, in one transaction; then check."""
    repaired: dict[str, int] = {}
    with transaction(conn):
        for what, table, condition in ORPHANS:
            deleted = conn.execute(f"DELETE FROM {table} WHERE {condition}").rowcount
            if deleted:
                repaired[what] = deleted
        stale = _stale_index(conn)
        for doc_id in stale:
            index_document_sentences(conn, doc_id)
        conn.execute("DELETE FROM sentence_fts WHERE doc_id NOT IN (SELECT id FROM documents)")
        if stale:
            repaired["documents reindexed"] = len(stale)
        repaired["event summary rows rebuilt"] = rebuild_event_summary(conn)
        rebuild_records(conn)
        repaired["event records rebuilt"] = conn.execute(
            "SELECT count(*) FROM event_records").fetchone()[0]
    report = check(conn)
    report.repaired = repaired
    return report


def rebuild_event_summary(conn: sqlite3.Connection) -> int:
    """Recompute `event_summary` from the events (inside the caller's transaction)."""
    conn.execute("DELETE FROM event_summary")
    conn.execute("INSERT INTO event_summary (source, target, year, quad, modality, n,"
                 f" intensity_sum, sample_ids) SELECT {', '.join(_KEY)}, count(*),"
                 " sum(intensity), '' FROM events GROUP BY 1, 2, 3, 4, 5")
    conn.execute(_SAMPLE_IDS)
    return conn.execute("SELECT count(*) FROM event_summary").fetchone()[0]


def _stale_index(conn: sqlite3.Connection) -> list[str]:
    sentences = dict(conn.execute("SELECT doc_id, count(*) FROM sentences GROUP BY doc_id"))
    indexed = dict(conn.execute("SELECT doc_id, count(*) FROM sentence_fts GROUP BY doc_id"))
    return sorted(d for d in sentences.keys() | indexed.keys()
                  if sentences.get(d) != indexed.get(d))


def _summary_differences(conn: sqlite3.Connection) -> int:
    recomputed = {tuple(r) for r in conn.execute(_RECOMPUTED)}
    stored = {tuple(r) for r in conn.execute(_STORED)}
    return len(recomputed ^ stored)


def _bad_sample_ids(conn: sqlite3.Connection) -> int:
    """Rows listing no event while they count some, or listing an event not of their key."""
    bad = 0
    for *key, n, sample in conn.execute("SELECT source, target, year, quad, modality, n,"
                                        " sample_ids FROM event_summary"):
        ids = [i for i in sample.split(",") if i]
        if n > 0 and not ids:
            bad += 1
            continue
        placeholders = ",".join("?" * len(ids))
        found = conn.execute(
            f"SELECT count(*) FROM events WHERE id IN ({placeholders})"
            " AND coalesce(source, '') = ? AND coalesce(target, '') = ?"
            " AND coalesce(substr(date, 1, 4), '') = ? AND quad = ? AND modality = ?",
            (*ids, *key)).fetchone()[0] if ids else 0
        bad += found != len(ids)
    return bad
