"""What the analysis reads: a state's facts, per-year event summaries, dyads, network pairs.

Plain rows for `diplomap.analysis`, which holds no SQL of its own. Counts come from the
`event_summary` table kept by triggers where they can (fast at any size).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from diplomap.ontology import ontology
from diplomap.store.filters import EventFilters, FactFilters, placeholders
from diplomap.store.queries import _event_arms, _fact_date, _facts_where
from diplomap.store.reviews import WRONG_EVENTS, WRONG_FACTS, WRONG_RECORDS, has_wrong

SummaryRow = tuple[str, str, int, str | None, str | None]  # partner, quad, n, first/last year
# What a count counts: event records (one real event, however many reports) or mentions
# (one per document item), and the table and per-year summary of each.
UNITS = {"records": ("event_records", "record_summary"), "mentions": ("events", "event_summary")}


def _tables(unit: str) -> tuple[str, str]:
    if unit not in UNITS:
        raise ValueError(f"count must be one of {', '.join(UNITS)}, not {unit!r}")
    return UNITS[unit]


def state_facts(conn: sqlite3.Connection, state: str,
                modalities: Sequence[str]) -> list[dict[str, Any]]:
    """Facts with `state` as subject ("out") or object ("in", unless also the subject)."""
    marks = placeholders(modalities)
    rows = conn.execute(
        "SELECT id, subject, predicate, object, modality, 'out' AS direction FROM facts"
        f" WHERE subject = ? AND modality IN ({marks}) AND id NOT IN ({WRONG_FACTS})"
        " UNION ALL SELECT id, subject, predicate, object, modality, 'in' FROM facts"
        f" WHERE object = ? AND subject != ? AND modality IN ({marks})"
        f" AND id NOT IN ({WRONG_FACTS})",
        (state, *modalities, state, state, *modalities)).fetchall()
    return [{"fact_id": r[0], "subject": r[1], "predicate": r[2], "object": r[3],
             "modality": r[4], "direction": r[5],
             "counterpart": r[3] if r[5] == "out" else r[1]} for r in rows]


def state_summary(conn: sqlite3.Connection, state: str,
                  modalities: Sequence[str]) -> list[SummaryRow]:
    """(partner, quad, n, first year, last year) of the events of `state`, from the summary."""
    marks = placeholders(modalities)
    rows = conn.execute(
        "SELECT target, quad, sum(n), min(nullif(year, '')), max(year) FROM event_summary"
        f" WHERE source = ? AND modality IN ({marks}) GROUP BY target, quad UNION ALL"
        " SELECT source, quad, sum(n), min(nullif(year, '')), max(year) FROM event_summary"
        f" WHERE target = ? AND source != ? AND modality IN ({marks}) GROUP BY source, quad",
        (state, *modalities, state, state, *modalities)).fetchall()
    wrong = _wrong_counts([w for w in wrong_rows(conn, "mentions") if w[4] in modalities],
                          state, lambda w, partner: (partner, w[3]))
    return [(p, q, n, first, last) for (p, q, first, last), n in _less(
        wrong, [((p, q, first, last), n) for p, q, n, first, last in rows], 2)]


# (source, target, year, quad, modality) of an event or record reviewed wrong
WrongRow = tuple[str, str, str, str, str]


def wrong_rows(conn: sqlite3.Connection, unit: str) -> list[WrongRow]:
    """The summary keys of the events (or records) reviewed wrong, one per item, so that
    the counts read from the summaries leave them out (few rows: reviews are by hand)."""
    if not has_wrong(conn, "event"):
        return []
    table = _tables(unit)[0]
    ids = WRONG_EVENTS if unit == "mentions" else WRONG_RECORDS
    return conn.execute(
        "SELECT coalesce(source, ''), coalesce(target, ''), coalesce(substr(date, 1, 4), ''),"
        f" quad, modality FROM {table} WHERE id IN ({ids})").fetchall()


def _wrong_counts(rows: list[WrongRow], state: str,
                  key: Callable[[WrongRow, str], tuple[str, ...]]) -> dict[tuple[str, ...], int]:
    """How many wrong items of `state` (as source or target) fall under each `key`."""
    counts: dict[tuple[str, ...], int] = {}
    for row in rows:
        source, target = row[0], row[1]
        if state not in (source, target) or source == target:
            continue
        k = key(row, target if source == state else source)
        counts[k] = counts.get(k, 0) + 1
    return counts


def _less(wrong: dict[tuple[str, ...], int], rows: list[tuple[tuple, int]], width: int
          ) -> list[tuple[tuple, int]]:
    """Rows (key, n) less the wrong counts of their key's first `width` fields, each wrong
    item taken off once (a key may have a row per direction); rows left empty go."""
    left = dict(wrong)
    out = []
    for key, n in rows:
        k = key[:width]
        taken = min(n, left.get(k, 0))
        if taken:
            left[k] -= taken
        if n - taken > 0:
            out.append((key, n - taken))
    return out


def _wrong_ids(unit: str) -> str:
    return WRONG_EVENTS if unit == "mentions" else WRONG_RECORDS


def partner_years(conn: sqlite3.Connection, state: str, quads: Sequence[str],
                  modality: str, unit: str = "records") -> list[tuple[str, str, int]]:
    """(year, partner, n) of `state`'s events of `quads` with another actor, from the
    summary ('' for the year of undated events)."""
    marks = placeholders(quads)
    summary = _tables(unit)[1]
    rows = conn.execute(
        f"SELECT year, target, sum(n) FROM {summary} WHERE source = ?"
        f" AND quad IN ({marks}) AND modality = ? AND target NOT IN ('', ?)"
        " GROUP BY target, year UNION ALL"
        f" SELECT year, source, sum(n) FROM {summary} WHERE target = ?"
        f" AND quad IN ({marks}) AND modality = ? AND source NOT IN ('', ?)"
        " GROUP BY source, year",
        (state, *quads, modality, state, state, *quads, modality, state)).fetchall()
    wrong = _wrong_counts([w for w in wrong_rows(conn, unit)
                           if w[3] in quads and w[4] == modality], state,
                          lambda w, partner: (w[2], partner))
    return [(y, p, n) for (y, p), n in _less(wrong, [((y, p), n) for y, p, n in rows], 2)]


def summary_samples(conn: sqlite3.Connection, state: str, keys: list[tuple[str, str]],
                    quads: Sequence[str], modality: str,
                    limit: int, unit: str = "records") -> dict[tuple[str, str], list[str]]:
    """Up to `limit` sample event IDs per direction of each (year, partner) key: one
    primary-key lookup per key and direction (a join or an IN list makes SQLite scan
    every summary row of the state)."""
    sql = (f"SELECT group_concat(sample_ids) FROM {_tables(unit)[1]} WHERE source = ?"
           " AND target = ?"
           f" AND year = ? AND quad IN ({placeholders(quads)}) AND modality = ?")
    out: dict[tuple[str, str], list[str]] = {}
    wrong = {r[0] for r in conn.execute(f"SELECT id FROM {_tables(unit)[0]}"
                                        f" WHERE id IN ({_wrong_ids(unit)})")
             } if has_wrong(conn, "event") else set()
    for year, partner in keys:
        ids: list[str] = []
        for source, target in ((state, partner), (partner, state)):
            found = conn.execute(sql, (source, target, year, *quads, modality)).fetchone()[0]
            if found:
                ids.extend([i for i in found.split(",") if i not in wrong][:limit])
        out[(year, partner)] = ids
    return out


def partner_events(conn: sqlite3.Connection, state: str, quads: Sequence[str],
                   modality: str, length: int,
                   unit: str = "records") -> list[tuple[str, str, str]]:
    """(period, partner, event ID) of each event of `state` with another actor, oldest
    first; the period is the first `length` characters of the date ('' when the date is
    missing or coarser)."""
    marks = placeholders(quads)
    return conn.execute(
        f"SELECT CASE WHEN length(date) >= {int(length)} THEN substr(date, 1, {int(length)})"
        " ELSE '' END AS period,"
        f" CASE WHEN source = ? THEN target ELSE source END AS partner, id FROM {_tables(unit)[0]}"
        f" WHERE (source = ? OR target = ?) AND quad IN ({marks}) AND modality = ?"
        " AND source IS NOT NULL AND target IS NOT NULL AND source != target"
        f" AND id NOT IN ({_wrong_ids(unit)})"
        " ORDER BY date, id", (state, state, state, *quads, modality)).fetchall()


def dyad_counts(conn: sqlite3.Connection, a: str, b: str, length: int,
                modalities: Sequence[str],
                unit: str = "records") -> list[tuple[str, str, str, int, float]]:
    """(period, source, event type, n, intensity sum) of the events between `a` and `b`,
    both directions; period as in `partner_events`."""
    marks = placeholders(modalities)
    part = (f"SELECT CASE WHEN length(date) >= {int(length)} THEN substr(date, 1, {int(length)})"
            " ELSE '' END AS period, source, event_type, count(*), sum(intensity)"
            f" FROM {_tables(unit)[0]}"
            f" WHERE source = ? AND target = ? AND modality IN ({marks})"
            f" AND id NOT IN ({_wrong_ids(unit)}) GROUP BY period, event_type")
    return conn.execute(f"{part} UNION ALL {part}",
                        (a, b, *modalities, b, a, *modalities)).fetchall()


def fact_pairs(conn: sqlite3.Connection,
               modalities: Sequence[str]) -> list[tuple[str, str, str, int]]:
    """(subject, object, predicate, 1) of the relations between two entities."""
    return conn.execute(
        "SELECT subject, object, predicate, 1 FROM facts"
        f" WHERE modality IN ({placeholders(modalities)}) AND predicate != 'policy'"
        f" AND subject != object AND id NOT IN ({WRONG_FACTS})", tuple(modalities)).fetchall()


def event_pairs(conn: sqlite3.Connection,
                modalities: Sequence[str]) -> list[tuple[str, str, int, int]]:
    """(source, target, n, n cooperative) of the events between two actors, from the
    summary."""
    cooperative = ontology().cooperative_quads
    rows = conn.execute(
        f"SELECT source, target, sum(n), sum(CASE WHEN quad IN ({placeholders(cooperative)})"
        f" THEN n ELSE 0 END) FROM event_summary WHERE modality IN ({placeholders(modalities)})"
        " AND source != '' AND target != '' AND source != target GROUP BY source, target",
        (*cooperative, *modalities)).fetchall()
    wrong: dict[tuple[str, str], list[int]] = {}
    for source, target, _, quad, modality in wrong_rows(conn, "mentions"):
        if modality in modalities and source and target and source != target:
            n = wrong.setdefault((source, target), [0, 0])
            n[0] += 1
            n[1] += quad in cooperative
    out = []
    for source, target, n, coop in rows:
        minus = wrong.get((source, target), [0, 0])
        if n - minus[0] > 0:
            out.append((source, target, n - minus[0], coop - minus[1]))
    return out


# --- the network with filters (relation, time range): issue 14 ------------------------------

def network_fact_pairs(conn: sqlite3.Connection, filters: FactFilters
                       ) -> list[tuple[str, str, str, str | None, str | None]]:
    """(subject, object, predicate, first, last date) of the facts between two entities
    that match `filters` (dates: the query layer's statement dates)."""
    where, params = _facts_where(filters)
    date = _fact_date()
    return conn.execute(
        f"SELECT f.subject, f.object, f.predicate, min({date}), max({date}) FROM facts f"
        " JOIN fact_mentions m ON m.fact_id = f.id JOIN documents d ON d.id = m.doc_id"
        f" WHERE f.id IN (SELECT id FROM facts WHERE {where}) AND f.predicate != 'policy'"
        f" AND f.subject != f.object AND f.id NOT IN ({WRONG_FACTS}) GROUP BY f.id",
        params).fetchall()


def network_event_pairs(conn: sqlite3.Connection, filters: EventFilters
                        ) -> list[tuple[str, str, str, str, int, str | None, str | None]]:
    """(source, target, event type, quad, n, first, last date) of the events between two
    actors that match `filters`."""
    arms = _event_arms(filters)
    inner = " UNION ALL ".join(
        f"SELECT source, target, event_type, quad, date FROM events WHERE {where}"
        f" AND id NOT IN ({WRONG_EVENTS})" for where, _ in arms)
    return conn.execute(
        f"SELECT source, target, event_type, quad, count(*), min(date), max(date) FROM ({inner})"
        " WHERE source IS NOT NULL AND target IS NOT NULL AND source != '' AND target != ''"
        " AND source != target GROUP BY source, target, event_type, quad",
        [p for _, ps in arms for p in ps]).fetchall()


def event_locations(conn: sqlite3.Connection, filters: EventFilters
                    ) -> tuple[list[tuple[str, int, str | None, str | None]], int]:
    """(location, n, first, last date) of the located events matching `filters`, the
    busiest first, and how many matching events have no location."""
    arms = _event_arms(filters)
    inner = " UNION ALL ".join(f"SELECT location, date FROM events WHERE {where}"
                               f" AND id NOT IN ({WRONG_EVENTS})" for where, _ in arms)
    params = [p for _, ps in arms for p in ps]
    rows = conn.execute(
        f"SELECT location, count(*), min(date), max(date) FROM ({inner}) WHERE location IS NOT"
        " NULL AND location != '' GROUP BY location ORDER BY count(*) DESC, location",
        params).fetchall()
    unlocated = conn.execute(f"SELECT count(*) FROM ({inner}) WHERE location IS NULL"
                             " OR location = ''", params).fetchone()[0]
    return rows, unlocated


def event_ids_at(conn: sqlite3.Connection, location: str, filters: EventFilters,
                 limit: int) -> list[str]:
    """The IDs of the latest events at `location` that match `filters`."""
    arms = _event_arms(filters)
    inner = " UNION ALL ".join(f"SELECT id, date FROM events WHERE location = ? AND {where}"
                               f" AND id NOT IN ({WRONG_EVENTS})" for where, _ in arms)
    params = [p for _, ps in arms for p in (location, *ps)]
    return [r[0] for r in conn.execute(
        f"SELECT id FROM ({inner}) ORDER BY date DESC, id LIMIT ?", (*params, limit))]
