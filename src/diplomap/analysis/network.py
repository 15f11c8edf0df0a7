"""The network of states and organisations: facts and event counts as edges."""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence
from typing import Any

import networkx as nx

from diplomap.analysis.common import entity_names, node_kind
from diplomap.analysis.vectors import Grouping, Vector, focal_vectors
from diplomap.store.analytics import event_pairs, fact_pairs

LAYOUT_SEED = 7
NO_VECTORS = Grouping((), Vector("other", "Others", "أخرى"))


def network(conn: sqlite3.Connection, *, center: str | None = None,
            vectors: Grouping | None = None, min_weight: int = 1,
            max_nodes: int | None = None,
            modalities: Sequence[str] = ("actual",)) -> nx.Graph:
    """Undirected graph of states and organisations.

    Edge attributes: n_facts and predicates (facts between the two, either
    direction), n_events, n_cooperative, n_conflictual (events either way), weight
    (n_facts + n_events). Node attributes: kind, en, ar, vector, strength (sum of
    the weights of its edges). `center` keeps the node and its neighbours;
    `max_nodes` keeps the strongest nodes; edges lighter than `min_weight` go.
    """
    if vectors is None:  # the centre's own vectors; without a centre, no vectors at all
        vectors = focal_vectors(conn, center) if center else NO_VECTORS
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for a, b, predicate, _n in fact_pairs(conn, modalities):
        edge = _edge(edges, a, b)
        edge["n_facts"] += 1
        edge["predicates"].add(predicate)
    for a, b, n, coop in event_pairs(conn, modalities):
        edge = _edge(edges, a, b)
        edge["n_events"] += n
        edge["n_cooperative"] += coop
        edge["n_conflictual"] += n - coop
    names = entity_names(conn, {i for pair in edges for i in pair})
    graph = nx.Graph()
    for (a, b), edge in edges.items():
        if not (node_kind(names[a]["kind"], a) and node_kind(names[b]["kind"], b)):
            continue
        weight = edge["n_facts"] + edge["n_events"]
        if weight >= min_weight:
            graph.add_edge(a, b, **{**edge, "predicates": sorted(edge["predicates"])},
                           weight=weight)
    for node in graph.nodes:
        graph.nodes[node].update(
            kind=node_kind(names[node]["kind"], node), en=names[node]["en"] or node,
            ar=names[node]["ar"] or names[node]["en"] or node, vector=vectors.vector_of(node),
            strength=sum(d["weight"] for _, _, d in graph.edges(node, data=True)))
    return _trim(graph, center, max_nodes)


def _edge(edges: dict, a: str, b: str) -> dict[str, Any]:
    key = (a, b) if a < b else (b, a)
    return edges.setdefault(key, {"n_facts": 0, "predicates": set(), "n_events": 0,
                                  "n_cooperative": 0, "n_conflictual": 0})


def _trim(graph: nx.Graph, center: str | None, max_nodes: int | None) -> nx.Graph:
    if center is not None:
        graph = nx.ego_graph(graph, center) if center in graph else nx.Graph()
    if max_nodes is not None and graph.number_of_nodes() > max_nodes:
        ranked = sorted(graph.nodes, key=lambda n: (n != center, -graph.nodes[n]["strength"], n))
        graph = graph.subgraph(ranked[:max_nodes]).copy()
    return graph


def network_json(graph: nx.Graph, *, layout: bool = True) -> dict[str, Any]:
    """{nodes, links} with, if `layout`, x/y from a seeded spring layout (same graph, same
    picture)."""
    pos = _layout(graph) if layout else {}
    nodes = []
    for node, data in sorted(graph.nodes(data=True)):
        item = {"id": node, **data}
        if node in pos:
            item["x"], item["y"] = (round(float(v), 4) for v in pos[node])
        nodes.append(item)
    links = [{"source": a, "target": b, **data} for a, b, data in sorted(graph.edges(data=True))]
    return {"nodes": nodes, "links": links}


def _layout(graph: nx.Graph) -> dict[str, Any]:
    if graph.number_of_nodes() == 0:
        return {}
    scaled = nx.Graph()
    scaled.add_nodes_from(sorted(graph.nodes))
    scaled.add_edges_from((a, b, {"w": 1 + math.log1p(d["weight"])})
                          for a, b, d in sorted(graph.edges(data=True)))
    return nx.spring_layout(scaled, seed=LAYOUT_SEED, weight="w", iterations=100)


def network_graphml(graph: nx.Graph) -> str:
    """GraphML text of the graph (list attributes joined with commas)."""
    out = nx.Graph()
    for node, data in graph.nodes(data=True):
        out.add_node(node, **_scalars(data))
    for a, b, data in graph.edges(data=True):
        out.add_edge(a, b, **_scalars(data))
    return "\n".join(nx.generate_graphml(out)) + "\n"


def _scalars(data: dict[str, Any]) -> dict[str, Any]:
    return {k: ",".join(v) if isinstance(v, list | set | tuple) else v
            for k, v in data.items() if v is not None}
