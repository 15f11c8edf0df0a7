"""Analysis of the stored model: country profiles, vector balance, dyads, the network.

Every function takes an open sqlite3 connection (read-only is enough) and returns
plain data (dicts and lists, JSON-ready); the CLI and the HTTP API are thin fronts.
"""

from diplomap.analysis.balance import balance
from diplomap.analysis.common import entity_names, evidence_refs
from diplomap.analysis.network import network, network_graphml, network_json
from diplomap.analysis.profile import country_profile
from diplomap.analysis.series import dyad_series
from diplomap.analysis.vectors import Grouping, Vector, VectorsError, load_vectors

__all__ = [
    "Grouping",
    "Vector",
    "VectorsError",
    "balance",
    "country_profile",
    "dyad_series",
    "entity_names",
    "evidence_refs",
    "load_vectors",
    "network",
    "network_graphml",
    "network_json",
]
