"""The corpus at a glance for the home page, and events read back by their IDs."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from diplomap.store.documents import corpus_status
from diplomap.store.evidence import CHUNK, batched, evidence_refs
from diplomap.store.filters import EventFilters, placeholders
from diplomap.store.queries import EVENT_COLUMNS, _event_dict, list_events


def top_actors(conn: sqlite3.Connection, limit: int = 30) -> list[tuple[str, int]]:
    """(actor, events as source or target) of the busiest actors, from the summary table."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT actor, sum(n) AS total FROM (SELECT source AS actor, n FROM event_summary"
        " UNION ALL SELECT target, n FROM event_summary WHERE target != source)"
        " WHERE actor != '' GROUP BY actor ORDER BY total DESC, actor LIMIT ?", (limit,))]


def last_data_date(conn: sqlite3.Connection) -> str | None:
    """The latest date the data knows: of an event, else of a publication."""
    row = conn.execute("SELECT max(d) FROM (SELECT max(date) AS d FROM events UNION ALL"
                       " SELECT max(published) FROM documents)").fetchone()
    return row[0] if row else None


def corpus_overview(conn: sqlite3.Connection, *, actors: int = 30,
                    latest: int = 10) -> dict[str, Any]:
    """Counts (documents by language, source, year; totals), the busiest actors, the latest
    events and the last date of the data."""
    data = corpus_status(conn)
    data["top_actors"] = [{"id": a, "n": n} for a, n in top_actors(conn, actors)]
    data["latest_events"] = list_events(conn, EventFilters(), limit=latest, with_evidence=True)
    data["last_date"] = last_data_date(conn)
    return data


def events_by_ids(conn: sqlite3.Connection, ids: Iterable[str]) -> list[dict[str, Any]]:
    """The events with these IDs (newest first), each with the text of its first span."""
    rows: list[dict[str, Any]] = []
    for chunk in batched(dict.fromkeys(ids), CHUNK):
        cursor = conn.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events"
                              f" WHERE id IN ({placeholders(chunk)})", chunk)
        rows += [_event_dict(r) for r in cursor]
    rows.sort(key=lambda e: (e["date"] or "", e["id"]), reverse=True)
    for event in rows:
        refs = evidence_refs(conn, event["doc_id"], event["evidence"], limit=1)
        event["evidence_text"] = refs[0]["text"] if refs else None
    return rows


def record_anchor_events(conn: sqlite3.Connection, record_ids: Iterable[str]) -> list[str]:
    """For each event record, the ID of its best-dated report (its anchor), in order."""
    anchors: dict[str, str] = {}
    for chunk in batched(dict.fromkeys(record_ids), CHUNK):
        for record_id, event_id in conn.execute(
                "SELECT record_id, event_id FROM event_links"
                f" WHERE record_id IN ({placeholders(chunk)}) ORDER BY rank, event_id", chunk):
            anchors.setdefault(record_id, event_id)
    return [anchors[r] for r in dict.fromkeys(record_ids) if r in anchors]
