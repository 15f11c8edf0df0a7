"""A country's profile: its standing relations (facts) grouped by kind, with evidence."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from diplomap.analysis.common import entity_names, node_kind
from diplomap.analysis.vectors import Grouping, grouping_for
from diplomap.ontology import PRINCIPLE_SLOT, ontology
from diplomap.store.analytics import state_facts, state_summary
from diplomap.store.overview import last_data_date
from diplomap.store.queries import add_support_all, entity_row


def country_profile(conn: sqlite3.Connection, state: str, *,
                    modalities: Sequence[str] = ("actual",), evidence_limit: int = 3,
                    vectors: Grouping | None = None) -> dict[str, Any]:
    """Facts about `state` by section (the ontology's `profile_sections`, in its order), each
    with its supporting documents and evidence.

    Every item: fact_id, predicate, counterpart (the other entity), direction, modality,
    attrs (from its best-supported mention, dates filled from the others), n_documents,
    evidence (up to `evidence_limit` references: doc, offsets, span and sentence text).
    Also: the entity, event counts, partners grouped by vector, and names of every ID.
    """
    vectors = grouping_for(conn, state, vectors).without(state)
    facts = state_facts(conn, state, modalities)
    profile_sections = ontology().profile_sections
    sections: dict[str, list[dict]] = {name: [] for name in profile_sections}
    for fact in facts:
        for name, section in profile_sections.items():
            if fact["predicate"] == section.predicate and section.direction in (
                    fact["direction"], "both"):
                sections[name].append(fact)
    add_support_all(conn, facts, evidence_limit)
    for fact in facts:
        fact["vector"] = vectors.vector_of(fact["counterpart"])
    for items in sections.values():
        items.sort(key=_sort_key)
    summary = state_summary(conn, state, modalities)
    partners = partner_events(conn, state, modalities, summary)
    info_members = _listed_members(state)
    held = {m for v in vectors.vectors for m in v.members}
    held |= {v for f in facts for v in f["attrs"].values() if isinstance(v, str) and ":" in v}
    names = entity_names(conn, {state, *(f["counterpart"] for f in facts), *partners,
                                *info_members, *held})
    return {
        "state": state,
        "entity": entity_row(conn, state),
        "sections": sections,
        "events": event_totals(conn, state, modalities, summary),
        "partners_by_vector": _partners_by_vector(facts, partners, vectors, state, names),
        "vectors": vectors.as_dict(),
        "names": names,
        "last_date": last_data_date(conn),
        "organisation": organisation_info(state) if node_kind(
            names[state]["kind"], state) == "organization" else None,
    }


def organisation_info(org: str) -> dict[str, Any]:
    """What the lexicon knows of an organisation: its founding date (which is not any
    member's accession date) and its members as listed there."""
    from diplomap.lexicon import load_lexicon

    entity = load_lexicon().entity(org)
    extra = entity.extra if entity is not None else {}
    return {"founded": str(extra["founded"]) if extra.get("founded") else None,
            "members_listed": _listed_members(org)}


def _listed_members(org: str) -> list[str]:
    from diplomap.lexicon import load_lexicon

    return list(dict.fromkeys(m.id for m in load_lexicon().memberships(org)))


def _sort_key(fact: dict[str, Any]) -> tuple:
    date = str(next((fact["attrs"][k] for k in ontology().start_keys if fact["attrs"].get(k)),
                    "9999"))
    return (date, -fact["n_documents"], fact["counterpart"])


def event_totals(conn: sqlite3.Connection, state: str,
                 modalities: Sequence[str] = ("actual",),
                 rows: list[tuple] | None = None) -> dict[str, Any]:
    """Events with `state` as source or target: total, by quad, first and last year."""
    rows = state_summary(conn, state, modalities) if rows is None else rows
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
    rows = state_summary(conn, state, modalities) if rows is None else rows
    out: dict[str, dict[str, int]] = {}
    cooperative = ontology().cooperative_quads
    for partner, quad, n, _first, _last in rows:
        if partner in ("", state):
            continue
        entry = out.setdefault(partner, {"n": 0, "cooperative": 0, "conflictual": 0})
        entry["n"] += n
        entry["cooperative" if quad in cooperative else "conflictual"] += n
    return out


def _partners_by_vector(facts: list[dict], events: dict[str, dict[str, int]],
                        vectors: Grouping, state: str,
                        names: dict[str, dict]) -> list[dict[str, Any]]:
    """Partner states and organisations (from facts and events) grouped by vector, most
    active first."""
    partners: dict[str, dict[str, Any]] = {}
    literal = {p.name for p in ontology().predicates.values() if PRINCIPLE_SLOT in p.object}
    for fact in facts:
        if fact["predicate"] in literal:  # a policy principle is not a partner
            continue
        entry = partners.setdefault(fact["counterpart"], {"id": fact["counterpart"]})
        entry.setdefault("predicates", set()).add(fact["predicate"])
    for partner, counts in events.items():
        partners.setdefault(partner, {"id": partner}).update(counts)
    groups: dict[str, list[dict[str, Any]]] = {vid: [] for vid in vectors.ids}
    for pid, entry in partners.items():
        if pid == state or node_kind(names[pid]["kind"], pid) is None:
            continue
        entry = {"n": 0, "cooperative": 0, "conflictual": 0, **entry,
                 "predicates": sorted(entry.get("predicates", ()))}
        groups[vectors.vector_of(pid)].append(entry)
    by_id = {v.id: v for v in (*vectors.vectors, vectors.other)}
    return [{"vector": vid, "en": by_id[vid].en, "ar": by_id[vid].ar,
             "n_events": sum(p["n"] for p in items),
             "partners": sorted(items, key=lambda p: (-p["n"], -len(p["predicates"]), p["id"]))}
            for vid, items in groups.items()]
