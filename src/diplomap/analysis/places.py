"""Where events happen: each event location with its state (a place's from the lexicon)."""

from __future__ import annotations

import sqlite3
from typing import Any

from diplomap.analysis.common import entity_names
from diplomap.lexicon import load_lexicon
from diplomap.store.analytics import event_locations
from diplomap.store.filters import EventFilters


def event_places(conn: sqlite3.Connection, filters: EventFilters) -> dict[str, Any]:
    """{places: [{id, state, n, first, last}], unlocated, names}: the locations of the
    events matching `filters`, the busiest first; `state` is the location itself when it is
    a state (or a territory), else the state the lexicon puts the place in (None: unknown)."""
    rows, unlocated = event_locations(conn, filters)
    lexicon = load_lexicon()
    places: list[dict[str, Any]] = []
    for location, n, first, last in rows:
        entity = lexicon.entity(location)
        state = entity.state if entity is not None and entity.state else (
            None if location.startswith("LOC:") else location)
        places.append({"id": location, "state": state, "n": n, "first": first, "last": last})
    ids = {str(p["id"]) for p in places} | {str(p["state"]) for p in places if p["state"]}
    return {"places": places, "unlocated": unlocated, "names": entity_names(conn, ids)}
