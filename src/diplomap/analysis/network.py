"""The network of states and organisations: facts and event counts as edges."""

from __future__ import annotations

import math
import sqlite3
from dataclasses import replace
from typing import Any

import networkx as nx

from diplomap.analysis.common import entity_names, node_kind
from diplomap.analysis.vectors import Grouping, Vector, focal_vectors
from diplomap.ontology import ontology
from diplomap.store.analytics import (
    event_pairs,
    fact_pairs,
    network_event_pairs,
    network_fact_pairs,
)
from diplomap.store.filters import EventFilters, FactFilters

LAYOUT_SEED = 7
NO_VECTORS = Grouping((), Vector("other", "Others", "أخرى"))


def network(conn: sqlite3.Connection, *, center: str | None = None,
            vectors: Grouping | None = None, min_weight: int = 1,
            max_nodes: int | None = None, modality: str = "actual",
            relation: str | None = None, since: str | None = None,
            until: str | None = None) -> nx.Graph:
    """Undirected graph of states and organisations.

    Edge attributes: n_facts and predicates (facts between the two, either
    direction), n_events, n_cooperative, n_conflictual, event_types ({type: n}) and
    first/last (dates of its facts and events; without a relation or a time range these two
    are left to `edge_summary`, read when an edge is asked for), weight (n_facts + n_events). Node
    attributes: kind, en, ar, vector (of the centre's own vectors), strength (sum of the
    weights of its edges). `relation` keeps one predicate, event type or quad; since/until
    the items of that time range (the query layer's dates). `center` keeps the node and its
    neighbours; `max_nodes` keeps the strongest nodes; edges lighter than `min_weight` go.
    """
    if vectors is None:  # the centre's own vectors; without a centre, no vectors at all
        vectors = focal_vectors(conn, center) if center else NO_VECTORS
    if relation is None and since is None and until is None:
        edges = _summary_edges(conn, modality)
    else:
        edges = _filtered_edges(conn, *relation_filters(relation, modality, since, until))
    return _trim(_graph(conn, edges, vectors, min_weight), center, max_nodes)


def _summary_edges(conn: sqlite3.Connection, modality: str) -> dict[tuple[str, str], dict]:
    """Every edge from the summary tables (fast at any size); its dates and event types are
    read when it is asked for (`edge_summary`)."""
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for a, b, predicate, _n in fact_pairs(conn, (modality,)):
        edge = _edge(edges, a, b, None, None)
        edge["n_facts"] += 1
        edge["predicates"].add(predicate)
    for a, b, n, coop in event_pairs(conn, (modality,)):
        edge = _edge(edges, a, b, None, None)
        edge["n_events"] += n
        edge["n_cooperative"] += coop
        edge["n_conflictual"] += n - coop
    return edges


def _filtered_edges(conn: sqlite3.Connection, facts: FactFilters | None,
                    events: EventFilters | None) -> dict[tuple[str, str], dict]:
    """The edges of the items matching the filters, with their event types and dates."""
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for a, b, predicate, first, last in (network_fact_pairs(conn, facts) if facts else []):
        edge = _edge(edges, a, b, first, last)
        edge["n_facts"] += 1
        edge["predicates"].add(predicate)
    cooperative = ontology().cooperative_quads
    for a, b, event_type, quad, n, first, last in (
            network_event_pairs(conn, events) if events else []):
        edge = _edge(edges, a, b, first, last)
        edge["n_events"] += n
        edge["n_cooperative" if quad in cooperative else "n_conflictual"] += n
        edge["event_types"][event_type] = edge["event_types"].get(event_type, 0) + n
    return edges


def edge_summary(conn: sqlite3.Connection, a: str, b: str, events: EventFilters | None
                 ) -> dict[str, Any]:
    """{n_events, by_type, first, last} of the events between a and b (either way) that match
    `events` (None: no events)."""
    rows = [row for x, y in ((a, b), (b, a)) if events
            for row in network_event_pairs(conn, replace(events, source=x, target=y))]
    by_type: dict[str, int] = {}
    for _, _, event_type, _, n, _, _ in rows:
        by_type[event_type] = by_type.get(event_type, 0) + n
    firsts = [r[5] for r in rows if r[5]]
    lasts = [r[6] for r in rows if r[6]]
    return {"n_events": sum(by_type.values()), "by_type": by_type,
            "first": min(firsts, default=None), "last": max(lasts, default=None)}


def relation_filters(relation: str | None, modality: str, since: str | None,
                     until: str | None) -> tuple[FactFilters | None, EventFilters | None]:
    """The fact and event filters of a relation (a predicate, an event type or a quad; None:
    all); None for the kind of item the relation leaves out."""
    onto = ontology()
    facts = FactFilters(modality=modality, since=since, until=until)
    events = EventFilters(modality=modality, since=since, until=until)
    if relation is None:
        return facts, events
    if relation in onto.predicates:
        return replace(facts, predicate=relation), None
    if relation in onto.event_types:
        return None, replace(events, event_type=relation)
    if relation in onto.quads:
        return None, replace(events, quad=relation)
    raise ValueError(f"relation: {relation!r} is no predicate, event type or quad")


def _graph(conn: sqlite3.Connection, edges: dict[tuple[str, str], dict[str, Any]],
           vectors: Grouping, min_weight: int) -> nx.Graph:
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
    return graph


def _edge(edges: dict, a: str, b: str, first: str | None, last: str | None) -> dict[str, Any]:
    key = (a, b) if a < b else (b, a)
    edge = edges.setdefault(key, {"n_facts": 0, "predicates": set(), "n_events": 0,
                                  "n_cooperative": 0, "n_conflictual": 0, "event_types": {},
                                  "first": None, "last": None})
    if first and (edge["first"] is None or first < edge["first"]):
        edge["first"] = first
    if last and (edge["last"] is None or last > edge["last"]):
        edge["last"] = last
    return edge


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
    return {k: ",".join(v) if isinstance(v, list | set | tuple) else (
        ",".join(f"{t}:{n}" for t, n in sorted(v.items())) if isinstance(v, dict) else v)
            for k, v in data.items() if v is not None}
