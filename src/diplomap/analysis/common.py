"""Shared helpers: entity names and kinds (evidence references are read by the store)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

from diplomap.ontology import ontology
from diplomap.store.evidence import evidence_refs
from diplomap.store.names import display_names

__all__ = ["entity_names", "evidence_refs", "guess_kind", "node_kind"]

_ISO3 = re.compile(r"^[A-Z]{3}$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9_]+$")


def entity_names(conn: sqlite3.Connection, ids: Iterable[str | None]) -> dict[str, dict]:
    """{id: {kind, en, ar}} for the IDs given: names from the database, the lexicon or CLDR;
    the kind guessed from the ID form when nothing knows it."""
    found = display_names(conn, ids)
    for entity_id, row in found.items():
        row["kind"] = row["kind"] or guess_kind(entity_id)
    return found


def guess_kind(entity_id: str) -> str:
    """Kind from the ID form of the ontology, for IDs the entities table lacks."""
    if ":" in entity_id:
        prefix = entity_id.split(":", 1)[0]
        kinds = ontology().entity_kinds.values()
        return next((k.name for k in kinds if k.id_prefix == prefix), "other")
    if _ISO3.match(entity_id):
        return "state"
    if _ACRONYM.match(entity_id):
        return "organization"
    return "other"


def node_kind(kind: str | None, entity_id: str) -> str | None:
    """'state' or 'organization' (the kind's `node` in the ontology) for network nodes and
    country pages; None for anything else."""
    onto = ontology()
    found = onto.entity_kinds.get(onto.canonical_kind((kind or guess_kind(entity_id)).lower()))
    return found.node if found else None
