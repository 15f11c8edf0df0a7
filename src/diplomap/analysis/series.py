"""Dyad series: the events between two actors per month or year."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from diplomap.analysis.common import entity_names
from diplomap.store.analytics import dyad_counts

PERIOD_LENGTH = {"month": 7, "year": 4}


def dyad_series(conn: sqlite3.Connection, a: str, b: str, by: str = "month", *,
                modalities: Sequence[str] = ("actual",),
                count: str = "records") -> dict[str, Any]:
    """Events between `a` and `b` (both directions) per period, counted as event records
    (`count="records"`, one real event however many articles report it) or as mentions
    (`count="mentions"`, one per document item).

    Each period: n, mean intensity, counts by event type and by direction.
    Events whose date is missing or less precise than the period are counted in
    `undated`.
    """
    if by not in PERIOD_LENGTH:
        raise ValueError(f"by must be one of {', '.join(PERIOD_LENGTH)}, not {by!r}")
    if a == b:
        raise ValueError("a dyad needs two different actors")
    rows = dyad_counts(conn, a, b, PERIOD_LENGTH[by], modalities, count)
    periods: dict[str, dict[str, Any]] = {}
    undated = 0
    for period, source, event_type, n, total in rows:
        if not period:
            undated += n
            continue
        p = periods.setdefault(period, {"n": 0, "sum": 0.0, "by_type": {},
                                        "a_to_b": 0, "b_to_a": 0})
        p["n"] += n
        p["sum"] += total
        p["by_type"][event_type] = p["by_type"].get(event_type, 0) + n
        p["a_to_b" if source == a else "b_to_a"] += n
    series = [{"period": k, "n": v["n"], "mean_intensity": round(v["sum"] / v["n"], 4),
               "by_type": dict(sorted(v["by_type"].items())), "a_to_b": v["a_to_b"],
               "b_to_a": v["b_to_a"]} for k, v in sorted(periods.items())]
    return {"a": a, "b": b, "by": by, "count": count, "series": series,
            "total": sum(p["n"] for p in periods.values()),
            "undated": undated, "names": entity_names(conn, [a, b])}
