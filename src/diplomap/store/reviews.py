"""Analysts' reviews of facts and events: right or wrong, who, when, why.

The history (`reviews`) is append-only: the database refuses to update or delete a review,
and a verdict is withdrawn by adding an `unreviewed` one. Each item's latest verdict is in
`review_state`. Keys survive re-extraction of the same document (`fact_id`, `event_id`), so
a review stays on its item through `extract --force` and a re-ingest.

An item whose latest verdict is `wrong` is left out of the analysis (profile, balance, dyad
series, network, records' counts) and of the default listings; an event record counts as
wrong when every one of its reports is. A record is reviewed by reviewing its reports.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from diplomap.store.db import transaction
from diplomap.store.filters import Clause, join, placeholders

KINDS = ("fact", "event", "record")   # a record's review is a review of each of its reports
VERDICTS = ("right", "wrong", "unreviewed")
REVIEW_COLUMNS = ("id", "kind", "item_key", "verdict", "reviewer", "reviewed_at", "note",
                  "doc_id")
MAX_NOTE = 2000

WRONG_EVENTS = "SELECT item_key FROM review_state WHERE verdict = 'wrong' AND kind = 'event'"
WRONG_FACTS = "SELECT item_key FROM review_state WHERE verdict = 'wrong' AND kind = 'fact'"
# Records every report of which is wrong: found from the wrong events (few), not by
# reading every record.
WRONG_RECORDS = (
    "SELECT l.record_id FROM event_links l JOIN event_records r ON r.id = l.record_id"
    f" WHERE l.event_id IN ({WRONG_EVENTS}) GROUP BY l.record_id"
    " HAVING count(*) >= max(r.n_mentions)")


class ReviewError(ValueError):
    """A review that cannot be stored (unknown item, kind or verdict)."""


def has_wrong(conn: sqlite3.Connection, kind: str) -> bool:
    """Whether any item of `kind` is reviewed wrong now (the listings add their exclusion
    only then, so that counts stay index-only on an unreviewed store)."""
    return conn.execute("SELECT 1 FROM review_state WHERE verdict = 'wrong' AND kind = ?"
                        " LIMIT 1", (kind,)).fetchone() is not None


def not_wrong(conn: sqlite3.Connection, kind: str, column: str) -> Clause | None:
    """`column` (an item's key) is not reviewed wrong; None when nothing of `kind` is."""
    if kind == "record":
        return None if not has_wrong(conn, "event") else (
            f"{column} NOT IN ({WRONG_RECORDS})", [])
    if not has_wrong(conn, kind):
        return None
    return f"{column} NOT IN ({WRONG_EVENTS if kind == 'event' else WRONG_FACTS})", []


def add_review(conn: sqlite3.Connection, kind: str, key: str, verdict: str, reviewer: str,
               note: str | None = None) -> list[dict[str, Any]]:
    """Store a verdict on one item (a record: on each of its reports); the new reviews."""
    if kind not in KINDS:
        raise ReviewError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if verdict not in VERDICTS:
        raise ReviewError(f"verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}")
    reviewer = (reviewer or "").strip()
    if not reviewer:
        raise ReviewError("a review needs a reviewer (who)")
    note = (note or "").strip()[:MAX_NOTE] or None
    items = _items(conn, kind, key)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with transaction(conn):
        ids = [conn.execute(
            "INSERT INTO reviews (kind, item_key, verdict, reviewer, reviewed_at, note, doc_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (item_kind, item_key, verdict, reviewer, now, note, doc_id)).lastrowid
            for item_kind, item_key, doc_id in items]
    return [review for i in ids if (review := get_review(conn, int(i or 0))) is not None]


def _items(conn: sqlite3.Connection, kind: str, key: str) -> list[tuple[str, str, str | None]]:
    """(kind, key, document) of the stored items a review of `kind` `key` is about."""
    if kind == "fact":
        found = conn.execute("SELECT id, NULL FROM facts WHERE id = ?", (key,)).fetchall()
    elif kind == "event":
        found = conn.execute("SELECT id, doc_id FROM events WHERE id = ?", (key,)).fetchall()
    else:
        found = conn.execute("SELECT event_id, doc_id FROM event_links WHERE record_id = ?"
                             " ORDER BY event_id", (key,)).fetchall()
    if not found:
        raise ReviewError(f"no {kind} {key!r} in the store")
    item_kind = "fact" if kind == "fact" else "event"
    return [(item_kind, r[0], r[1]) for r in found]


def get_review(conn: sqlite3.Connection, review_id: int) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(REVIEW_COLUMNS)} FROM reviews WHERE id = ?",
                       (review_id,)).fetchone()
    return dict(zip(REVIEW_COLUMNS, row, strict=True)) if row else None


def _reviews_where(kind: str | None, key: str | None, verdict: str | None,
                   reviewer: str | None) -> Clause:
    clauses: list[Clause | None] = []
    if kind is not None:
        clauses.append(("kind = ?", [kind]))
    if key is not None:
        clauses.append(("item_key = ?", [key]))
    if reviewer is not None:
        clauses.append(("reviewer = ?", [reviewer]))
    if verdict is not None:  # the items whose latest verdict it is
        clauses.append(("id IN (SELECT review_id FROM review_state WHERE verdict = ?)",
                        [verdict]))
    return join(clauses)


def list_reviews(conn: sqlite3.Connection, *, kind: str | None = None, key: str | None = None,
                 verdict: str | None = None, reviewer: str | None = None, limit: int = 100,
                 offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Reviews, newest first, with the total; `verdict` keeps items whose latest verdict it
    is (their latest review). Each says whether its item is in the store now (`present`)."""
    where, params = _reviews_where(kind, key, verdict, reviewer)
    total = conn.execute(f"SELECT count(*) FROM reviews WHERE {where}", params).fetchone()[0]
    rows = conn.execute(f"SELECT {', '.join(REVIEW_COLUMNS)} FROM reviews WHERE {where}"
                        " ORDER BY id DESC LIMIT ? OFFSET ?", (*params, limit, offset))
    reviews = [dict(zip(REVIEW_COLUMNS, r, strict=True)) for r in rows]
    for review in reviews:
        table = "facts" if review["kind"] == "fact" else "events"
        review["present"] = conn.execute(f"SELECT 1 FROM {table} WHERE id = ?",
                                         (review["item_key"],)).fetchone() is not None
    return reviews, total


def review_states(conn: sqlite3.Connection, kind: str, keys: Iterable[str]
                  ) -> dict[str, dict[str, Any]]:
    """{key: {verdict, reviewer, reviewed_at}} of the reviewed ones among `keys`."""
    keys = list(dict.fromkeys(keys))
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        for key, verdict, reviewer, when in conn.execute(
                "SELECT item_key, verdict, reviewer, reviewed_at FROM review_state"
                f" WHERE kind = ? AND verdict != 'unreviewed' AND item_key IN"
                f" ({placeholders(chunk)})", (kind, *chunk)):
            out[key] = {"verdict": verdict, "reviewer": reviewer, "reviewed_at": when}
    return out


def attach_reviews(conn: sqlite3.Connection, kind: str, items: list[dict[str, Any]],
                   key: str = "id") -> list[dict[str, Any]]:
    """Each item with its `review` (None when unreviewed)."""
    states = review_states(conn, kind, (i[key] for i in items))
    for item in items:
        item["review"] = states.get(item[key])
    return items


def record_reviews(conn: sqlite3.Connection, records: list[dict[str, Any]]
                   ) -> list[dict[str, Any]]:
    """Each record with its `review`: wrong when all its reports are, right when all are
    right, else mixed (with the counts); None when none is reviewed. Each report of a
    record carrying `mentions` gets its own `review`."""
    ids = [m["event_id"] for r in records for m in r.get("mentions", [])]
    ids += [e for r in records for e in r.get("event_ids", [])]
    states = review_states(conn, "event", ids)
    for record in records:
        events = [m["event_id"] for m in record.get("mentions", [])] or record.get(
            "event_ids", [])
        for mention in record.get("mentions", []):
            mention["review"] = states.get(mention["event_id"])
        verdicts = [states[e]["verdict"] for e in events if e in states]
        record["review"] = _record_verdict(verdicts, len(events))
    return records


def _record_verdict(verdicts: list[str], n: int) -> dict[str, Any] | None:
    if not verdicts:
        return None
    counts = {v: verdicts.count(v) for v in ("right", "wrong")}
    verdict = next((v for v, c in counts.items() if c == n), "mixed")
    return {"verdict": verdict, **counts, "reports": n}
