"""Analysis of the stored model: country profiles, vector balance, dyads, the network.

Every function takes an open sqlite3 connection (read-only is enough) and returns
plain data (dicts and lists, JSON-ready); the CLI and the HTTP API are thin fronts.
"""

from diplomap.analysis.balance import balance
from diplomap.analysis.common import entity_names, evidence_refs
from diplomap.analysis.listing import (
    EventFilters,
    FactFilters,
    count_events,
    count_facts,
    get_entity,
    list_entities,
    list_events,
    list_facts,
)
from diplomap.analysis.network import network, network_graphml, network_json
from diplomap.analysis.profile import PROFILE_SECTIONS, country_profile
from diplomap.analysis.series import dyad_series
from diplomap.analysis.vectors import Grouping, Vector, VectorsError, load_vectors

__all__ = [
    "PROFILE_SECTIONS",
    "EventFilters",
    "FactFilters",
    "Grouping",
    "Vector",
    "VectorsError",
    "balance",
    "count_events",
    "count_facts",
    "country_profile",
    "dyad_series",
    "entity_names",
    "evidence_refs",
    "get_entity",
    "list_entities",
    "list_events",
    "list_facts",
    "load_vectors",
    "network",
    "network_graphml",
    "network_json",
]
