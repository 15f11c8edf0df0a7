"""Analysis of the stored model: country profiles, vector balance, dyads, the network.

Every function takes an open sqlite3 connection (read-only is enough) and returns
plain data (dicts and lists, JSON-ready); the CLI and the HTTP API are thin fronts.
"""

from diplomap.analysis.balance import balance, share_event_ids
from diplomap.analysis.common import entity_names, evidence_refs
from diplomap.analysis.network import (
    edge_summary,
    network,
    network_graphml,
    network_json,
    relation_filters,
)
from diplomap.analysis.places import event_places
from diplomap.analysis.profile import country_profile
from diplomap.analysis.series import dyad_series
from diplomap.analysis.vectors import (
    Grouping,
    Vector,
    VectorsError,
    focal_vectors,
    load_vectors,
    parse_vectors,
)

__all__ = [
    "Grouping",
    "Vector",
    "VectorsError",
    "balance",
    "country_profile",
    "dyad_series",
    "edge_summary",
    "entity_names",
    "event_places",
    "evidence_refs",
    "focal_vectors",
    "load_vectors",
    "network",
    "network_graphml",
    "network_json",
    "parse_vectors",
    "relation_filters",
    "share_event_ids",
]
