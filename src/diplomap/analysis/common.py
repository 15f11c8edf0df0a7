"""Shared helpers: entity names and kinds (evidence references are read by the store)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

from diplomap.ontology import ontology
from diplomap.store.evidence import entity_rows, evidence_refs

__all__ = ["entity_names", "evidence_refs", "guess_kind", "node_kind"]

_ISO3 = re.compile(r"^[A-Z]{3}$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9_]+$")


def entity_names(conn: sqlite3.Connection, ids: Iterable[str | None]) -> dict[str, dict]:
    """{id: {kind, en, ar}} for the IDs given (IDs absent from `entities` get kind guessed)."""
    wanted = sorted({i for i in ids if i})
    found = entity_rows(conn, wanted)
    for i in wanted:
        found.setdefault(i, {"kind": guess_kind(i), "en": None, "ar": None})
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
