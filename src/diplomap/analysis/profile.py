"""A country's profile: its standing relations (facts) grouped by kind, with evidence."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from diplomap.analysis.common import entity_names, evidence_refs, node_kind, placeholders
from diplomap.analysis.vectors import Grouping, load_vectors

# section -> (predicate, direction): "out" the state is the subject, "in" the object,
# "both" either (symmetric predicates).
PROFILE_SECTIONS: dict[str, tuple[str, str]] = {
    "memberships": ("member_of", "out"),
    "founded": ("founder_of", "out"),
    "chairs": ("chair_of", "out"),
    "partnerships": ("partner_of", "both"),
    "agreements": ("agreement_with", "both"),
    "borders": ("border_with", "both"),
    "recognitions": ("recognized", "out"),
    "investments_out": ("invested_in", "out"),
    "investments_in": ("invested_in", "in"),
    "aid_out": ("aid_to", "out"),
    "aid_in": ("aid_to", "in"),
    "hosting": ("hosts", "out"),
    "mediation": ("mediated", "out"),
    "proposals": ("proposed", "out"),
    "policy": ("policy", "out"),
    "members": ("member_of", "in"),
}
DATE_KEYS = ("since", "date")


def country_profile(conn: sqlite3.Connection, state: str, *,
                    modalities: Sequence[str] = ("actual",), evidence_limit: int = 3,
                    vectors: Grouping | None = None) -> dict[str, Any]:
    """Facts about `state` by section, each with its supporting documents and evidence.

    Every item: fact_id, predicate, counterpart (the other entity), direction, modality,
    attrs (from its best-supported mention, dates filled from the others), n_documents,
    evidence (up to `evidence_limit` references: doc, offsets, span and sentence text).
    Also: the entity, event counts, partners grouped by vector, and names of every ID.
    """
    vectors = vectors or load_vectors()
    facts = _facts_of(conn, state, modalities)
    sections: dict[str, list[dict]] = {name: [] for name in PROFILE_SECTIONS}
    for fact in facts:
        for name, (predicate, direction) in PROFILE_SECTIONS.items():
            if fact["predicate"] == predicate and direction in (fact["direction"], "both"):
                sections[name].append(fact)
    add_support_all(conn, facts, evidence_limit)
    for fact in facts:
        fact["vector"] = vectors.vector_of(fact["counterpart"])
    for items in sections.values():
        items.sort(key=_sort_key)
    summary = _summary_rows(conn, state, modalities)
    partners = partner_events(conn, state, modalities, summary)
    names = entity_names(conn, {state, *(f["counterpart"] for f in facts), *partners})
    return {
        "state": state,
        "entity": _entity(conn, state),
        "sections": sections,
        "events": event_totals(conn, state, modalities, summary),
        "partners_by_vector": _partners_by_vector(facts, partners, vectors, state, names),
        "vectors": vectors.as_dict(),
        "names": names,
    }


def _facts_of(conn: sqlite3.Connection, state: str,
              modalities: Sequence[str]) -> list[dict[str, Any]]:
    marks = placeholders(modalities)
    rows = conn.execute(
        "SELECT id, subject, predicate, object, modality, 'out' AS direction FROM facts"
        f" WHERE subject = ? AND modality IN ({marks})"
        " UNION ALL SELECT id, subject, predicate, object, modality, 'in' FROM facts"
        f" WHERE object = ? AND subject != ? AND modality IN ({marks})",
        (state, *modalities, state, state, *modalities)).fetchall()
    return [{"fact_id": r[0], "subject": r[1], "predicate": r[2], "object": r[3],
             "modality": r[4], "direction": r[5],
             "counterpart": r[3] if r[5] == "out" else r[1]} for r in rows]


def add_support_all(conn: sqlite3.Connection, facts: list[dict[str, Any]],
                    limit: int) -> None:
    """n_documents, attrs and evidence of each fact, from its mentions (best first)."""
    counts = _mention_counts(conn, [f["fact_id"] for f in facts])
    for fact in facts:
        fact["n_documents"] = counts.get(fact["fact_id"], 0)
        add_support(conn, fact, limit)


def _mention_counts(conn: sqlite3.Connection, fact_ids: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for i in range(0, len(fact_ids), 500):
        chunk = fact_ids[i:i + 500]
        counts.update(conn.execute(
            "SELECT fact_id, count(*) FROM fact_mentions"
            f" WHERE fact_id IN ({placeholders(chunk)}) GROUP BY fact_id", chunk).fetchall())
    return counts


def add_support(conn: sqlite3.Connection, fact: dict[str, Any], limit: int) -> None:
    """attrs and evidence of one fact (and n_documents unless already counted)."""
    fid = fact["fact_id"]
    if "n_documents" not in fact:
        fact["n_documents"] = _mention_counts(conn, [fid]).get(fid, 0)
    best = conn.execute(
        "SELECT doc_id, attrs, evidence FROM fact_mentions WHERE fact_id = ?"
        " ORDER BY confidence DESC, doc_id LIMIT ?", (fid, max(limit, 1))).fetchall()
    attrs = _json_dict(best[0][1]) if best else {}
    if fact["n_documents"] > 1 and not any(k in attrs for k in DATE_KEYS):
        row = conn.execute(
            "SELECT min(json_extract(attrs, '$.since')), min(json_extract(attrs, '$.date'))"
            " FROM fact_mentions WHERE fact_id = ? AND json_valid(attrs)", (fid,)).fetchone()
        attrs.update({k: v for k, v in zip(DATE_KEYS, row or (), strict=False) if v})
    fact["attrs"] = attrs
    fact["evidence"] = [ref for row in best[:limit]
                        for ref in evidence_refs(conn, row[0], row[2], limit=1)]


def _json_dict(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _sort_key(fact: dict[str, Any]) -> tuple:
    date = str(fact["attrs"].get("since") or fact["attrs"].get("date") or "9999")
    return (date, -fact["n_documents"], fact["counterpart"])


def _summary_rows(conn: sqlite3.Connection, state: str,
                  modalities: Sequence[str]) -> list[tuple[str, str, int, str, str]]:
    """(partner, quad, n, first year, last year) of the events of `state`, from the summary."""
    marks = placeholders(modalities)
    return conn.execute(
        "SELECT target, quad, sum(n), min(nullif(year, '')), max(year) FROM event_summary"
        f" WHERE source = ? AND modality IN ({marks}) GROUP BY target, quad UNION ALL"
        " SELECT source, quad, sum(n), min(nullif(year, '')), max(year) FROM event_summary"
        f" WHERE target = ? AND source != ? AND modality IN ({marks}) GROUP BY source, quad",
        (state, *modalities, state, state, *modalities)).fetchall()


def event_totals(conn: sqlite3.Connection, state: str,
                 modalities: Sequence[str] = ("actual",),
                 rows: list[tuple] | None = None) -> dict[str, Any]:
    """Events with `state` as source or target: total, by quad, first and last year."""
    rows = _summary_rows(conn, state, modalities) if rows is None else rows
    by_quad: dict[str, int] = {}
    for _partner, quad, n, _first, _last in rows:
        by_quad[quad] = by_quad.get(quad, 0) + n
    firsts = [r[3] for r in rows if r[3]]
    lasts = [r[4] for r in rows if r[4]]
    return {"total": sum(by_quad.values()), "by_quad": dict(sorted(by_quad.items())),
            "first_year": min(firsts) if firsts else None,
            "last_year": max(lasts) if lasts else None}


def partner_events(conn: sqlite3.Connection, state: str,
                   modalities: Sequence[str] = ("actual",),
                   rows: list[tuple] | None = None) -> dict[str, dict[str, int]]:
    """{partner: {n, cooperative, conflictual}} over the events of `state`."""
    rows = _summary_rows(conn, state, modalities) if rows is None else rows
    out: dict[str, dict[str, int]] = {}
    for partner, quad, n, _first, _last in rows:
        if partner in ("", state):
            continue
        entry = out.setdefault(partner, {"n": 0, "cooperative": 0, "conflictual": 0})
        entry["n"] += n
        entry["cooperative" if quad in ("VC", "MC") else "conflictual"] += n
    return out


def _partners_by_vector(facts: list[dict], events: dict[str, dict[str, int]],
                        vectors: Grouping, state: str,
                        names: dict[str, dict]) -> list[dict[str, Any]]:
    """Partner states and organisations (from facts and events) grouped by vector, most
    active first."""
    partners: dict[str, dict[str, Any]] = {}
    for fact in facts:
        if fact["predicate"] == "policy":
            continue
        entry = partners.setdefault(fact["counterpart"], {"id": fact["counterpart"]})
        entry.setdefault("predicates", set()).add(fact["predicate"])
    for partner, counts in events.items():
        partners.setdefault(partner, {"id": partner}).update(counts)
    groups = {vid: [] for vid in vectors.ids}
    for pid, entry in partners.items():
        if pid == state or node_kind(names[pid]["kind"], pid) is None:
            continue
        entry = {"n": 0, "cooperative": 0, "conflictual": 0, **entry,
                 "predicates": sorted(entry.get("predicates", ()))}
        groups[vectors.vector_of(pid)].append(entry)
    names = {v.id: v for v in (*vectors.vectors, vectors.other)}
    return [{"vector": vid, "en": names[vid].en, "ar": names[vid].ar,
             "n_events": sum(p["n"] for p in items),
             "partners": sorted(items, key=lambda p: (-p["n"], -len(p["predicates"]), p["id"]))}
            for vid, items in groups.items()]


def _entity(conn: sqlite3.Connection, entity_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT id, kind, en, ar, qid FROM entities WHERE id = ?",
                       (entity_id,)).fetchone()
    return dict(zip(("id", "kind", "en", "ar", "qid"), row, strict=True)) if row else None
