"""Balance of a multi-vector policy: how the focal state's cooperation spreads over vectors.

Per period: the share of each vector in the focal state's cooperative events (quad VC
or MC, the state as source or target, the partner being the other side), the
normalised Shannon entropy H / ln K (K = the vectors of the grouping, `other`
included; 1 = evenly spread, 0 = one vector only) and the Herfindahl-Hirschman index
(sum of squared shares; 1/K = even, 1 = one vector), with the event IDs behind each share.

Events are counted as event records (`count="records"`: one real event however many
articles report it, IDs of records) or, on request, as mentions (`count="mentions"`: one
per document item, IDs of event rows).
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from diplomap.analysis.vectors import Grouping, grouping_for
from diplomap.ontology import ontology
from diplomap.store.analytics import partner_events, partner_years, summary_samples

COOPERATIVE = ontology().cooperative_quads
PERIODS = {"year": 4, "month": 7}  # period -> length of its ISO date prefix


def balance(conn: sqlite3.Connection, state: str, by: str = "year",
            vectors: Grouping | None = None, *, ids_limit: int | None = 20,
            quads: Sequence[str] = COOPERATIVE, modality: str = "actual",
            since: str | None = None, until: str | None = None,
            count: str = "records") -> dict[str, Any]:
    """Shares, entropy and HHI of `state`'s interaction per `by` period ("year" or "month").

    `ids_limit` caps the event IDs listed per (period, vector). With a cap, yearly
    figures come from the per-year summary table (fast at any size), whose samples hold
    up to 20 IDs per partner, year and quad (`ids_complete` tells whether the list is
    the whole count); with None every ID is read from the events table.
    Events without a date (or, by month, without a month) are counted in `undated`.
    """
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    vectors = grouping_for(conn, state, vectors).without(state)
    if by == "year" and ids_limit is not None:
        cells, undated = _summary_cells(conn, state, vectors, quads, modality, ids_limit,
                                        count)
    else:
        rows = _event_rows(conn, state, quads, modality, PERIODS[by], count)
        cells, undated = _aggregate(rows, vectors)
    cells = {p: c for p, c in cells.items() if _in_range(p, since, until)}
    periods = [_period(p, cells[p], vectors.ids, ids_limit) for p in sorted(cells)]
    overall = _period("all", _merge(cells.values()), vectors.ids, 0)
    overall.pop("event_ids")
    overall.pop("ids_complete")
    return {"state": state, "by": by, "count": count, "quads": list(quads),
            "modality": modality,
            "k": len(vectors.ids), "vectors": [v.as_dict() for v in (*vectors.vectors,
                                                                     vectors.other)],
            "periods": periods, "overall": overall, "undated": undated}


Row = tuple[str, str, int, list[str]]  # (period, partner, n, event ids)
Cells = dict[str, dict[str, list]]  # {period: {vector: [n, event ids]}}


def _summary_cells(conn: sqlite3.Connection, state: str, vectors: Grouping,
                   quads: Sequence[str], modality: str, limit: int,
                   count: str) -> tuple[Cells, int]:
    """Counts per (year, vector) from the summary table, with up to `limit` sample IDs
    each, taken from the busiest partners of the cell first."""
    rows = partner_years(conn, state, quads, modality, count)
    vector_of: dict[str, str] = {}
    cells: Cells = {}
    partners: dict[tuple[str, str], list[tuple[int, str]]] = {}
    undated = 0
    for year, partner, n in rows:
        if not year:
            undated += n
            continue
        vid = vector_of.get(partner) or vector_of.setdefault(partner, vectors.vector_of(partner))
        cells.setdefault(year, {}).setdefault(vid, [0, []])[0] += n
        partners.setdefault((year, vid), []).append((n, partner))
    if limit:
        _fill_samples(conn, state, cells, partners, quads, modality, limit, count)
    return cells, undated


def _fill_samples(conn: sqlite3.Connection, state: str, cells: Cells,
                  partners: dict[tuple[str, str], list[tuple[int, str]]],
                  quads: Sequence[str], modality: str, limit: int, count: str) -> None:
    chosen: dict[tuple[str, str], list[str]] = {}
    for (year, vid), items in partners.items():
        items.sort(reverse=True)
        taken, names = 0, []
        for n, partner in items:
            if taken >= limit:
                break
            names.append(partner)
            taken += n
        chosen[(year, vid)] = names
    keys = list(dict.fromkeys((y, p) for (y, _), names in chosen.items() for p in names))
    samples = summary_samples(conn, state, keys, quads, modality, limit, count)
    for (year, vid), names in chosen.items():
        ids = cells[year][vid][1]
        for partner in names:
            ids.extend(samples.get((year, partner), ()))
            if len(ids) >= limit:
                break


def _event_rows(conn: sqlite3.Connection, state: str, quads: Sequence[str],
               modality: str, length: int, count: str) -> list[Row]:
    """One row per event (period '' when its date is missing or too coarse)."""
    return [(period, partner, 1, [event_id]) for period, partner, event_id
            in partner_events(conn, state, quads, modality, length, count)]


def _aggregate(rows: Iterable[Row], vectors: Grouping) -> tuple[Cells, int]:
    """{period: {vector: [n, ids]}} and the count of undated events."""
    cells: Cells = {}
    undated = 0
    for period, partner, n, ids in rows:
        if not period:
            undated += n
            continue
        cell = cells.setdefault(period, {}).setdefault(vectors.vector_of(partner), [0, []])
        cell[0] += n
        cell[1].extend(ids)
    return cells, undated


def _in_range(period: str, since: str | None, until: str | None) -> bool:
    return not ((since and period < since[:len(period)])
                or (until and period > until[:len(period)]))


def _merge(cells: Iterable[dict[str, list]]) -> dict[str, list]:
    total: dict[str, list] = {}
    for cell in cells:
        for vid, (n, _ids) in cell.items():
            total.setdefault(vid, [0, []])[0] += n
    return total


def _period(period: str, cell: dict[str, list], ids: list[str],
            ids_limit: int | None) -> dict[str, Any]:
    counts = {vid: cell.get(vid, [0])[0] for vid in ids}
    total = sum(counts.values())
    shares = {vid: (n / total if total else 0.0) for vid, n in counts.items()}
    event_ids = {vid: list(dict.fromkeys(cell.get(vid, [0, []])[1]))[:ids_limit]
                 for vid in ids}
    return {"period": period, "total": total, "counts": counts, "shares": shares,
            "entropy": normalised_entropy(shares.values(), len(ids)) if total else None,
            "hhi": hhi(shares.values()) if total else None,
            "event_ids": event_ids,
            "ids_complete": all(len(event_ids[v]) == counts[v] for v in ids)}


def normalised_entropy(shares: Iterable[float], k: int) -> float:
    """Shannon entropy of the shares divided by ln k (0 when k < 2)."""
    if k < 2:
        return 0.0
    h = -sum(p * math.log(p) for p in shares if p > 0)
    return round(h / math.log(k), 6) + 0.0  # no -0.0


def hhi(shares: Iterable[float]) -> float:
    """Herfindahl-Hirschman index: the sum of squared shares."""
    return round(sum(p * p for p in shares), 6)


def share_event_ids(conn: sqlite3.Connection, state: str, period: str, vector: str | None,
                    vectors: Grouping | None = None, by: str = "year", *,
                    quads: Sequence[str] = COOPERATIVE, modality: str = "actual",
                    count: str = "records") -> list[str]:
    """The IDs of the events behind one share of `balance`: `state`'s events of `period`
    ('' for the undated ones) with a partner of `vector` (None: every vector); event record
    IDs, or event mention IDs with count="mentions", as the balance counted them."""
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    grouping = grouping_for(conn, state, vectors).without(state)
    return [event_id for p, partner, event_id
            in partner_events(conn, state, quads, modality, PERIODS[by], count)
            if p == period and (vector is None or grouping.vector_of(partner) == vector)]
