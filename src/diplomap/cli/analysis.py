"""CLI commands of the analysis stage: profile, balance, dyad, network."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from diplomap.cli.context import current, print_json, resolve_name
from diplomap.store.export import write_rows

if TYPE_CHECKING:
    from diplomap.analysis import Grouping

# diplomap.analysis (networkx, ...) is imported by these commands only: every `diplomap`
# start imports this module, and `ingest` spent 0.3 s of CPU importing it


def _vectors(path: Path | None) -> Grouping | None:
    """The grouping of a --vectors file; None: the focal state's default vectors."""
    if path is None:
        return None
    from diplomap.analysis import VectorsError, load_vectors

    try:
        return load_vectors(path)
    except VectorsError as exc:
        raise click.BadParameter(str(exc), param_hint="--vectors") from exc


vectors_option = click.option(
    "--vectors", "vectors_file", type=click.Path(path_type=Path, dir_okay=False), default=None,
    help="YAML grouping of partners (schema of lexicon/data/vectors.yaml) "
         "[default: vectors relative to the focal state: "
         "the great powers, its neighbours, its region, its regional organisations, others].")


@click.command()
@click.argument("state")
@click.option("--evidence", type=click.IntRange(0, 50), default=1, show_default=True,
              help="Evidence references shown per fact.")
@vectors_option
@click.option("--json", "as_json", is_flag=True, help="Print the whole profile as JSON.")
def profile(state: str, evidence: int, vectors_file: Path | None, as_json: bool) -> None:
    """Country profile of STATE (an ID in any case or a name: KAZ, kaz, Kazakhstan,
    كازاخستان): memberships, partnerships, agreements, borders, investments, aid, hosting,
    mediation, policy; each with its supporting documents."""
    from diplomap.analysis import country_profile

    conn = current().connect(readonly=True)
    state = resolve_name(conn, state, "state")
    data = country_profile(conn, state, evidence_limit=evidence, vectors=_vectors(vectors_file))
    if as_json:
        print_json(data)
        return
    names = data["names"]
    click.echo(f"{state} {_label(names, state)}  events: {data['events']['total']} "
               f"{data['events']['by_quad']}")
    for section, items in data["sections"].items():
        if items:
            write_rows([_fact_row(f, names) for f in items], "table", title=section,
                       columns=["with", "attrs", "docs", "evidence"])


def _label(names: dict, entity_id: str) -> str:
    name = names.get(entity_id) or {}
    return name.get("en") or name.get("ar") or ""


def _fact_row(fact: dict, names: dict) -> dict:
    ev = fact["evidence"][0] if fact["evidence"] else None
    label = _label(names, fact["counterpart"])
    return {"with": f"{fact['counterpart']} {label}".strip(),
            "attrs": ", ".join(f"{k}={v}" for k, v in fact["attrs"].items()),
            "docs": fact["n_documents"],
            "evidence": f"{ev['doc_id']}:{ev['start']}-{ev['end']} {ev['text']}" if ev else ""}


count_option = click.option(
    "--count", type=click.Choice(["records", "mentions"]), default="records", show_default=True,
    help="records: one per real event however many articles report it; mentions: one per "
         "report (document item).")


@click.command("balance")
@click.argument("state")
@click.option("--by", type=click.Choice(["year", "month"]), default="year", show_default=True)
@vectors_option
@click.option("--ids", "ids_limit", type=click.IntRange(min=0), default=None,
              help="Event IDs listed per share in --json [default: all known].")
@count_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON (with the event IDs).")
def balance_command(state: str, by: str, vectors_file: Path | None, ids_limit: int | None,
                    count: str, as_json: bool) -> None:
    """Balance of STATE's cooperative interaction (VC/MC events) over its vectors per
    period: share of each vector, normalised entropy (1 = even) and HHI. STATE: an ID or
    a name."""
    from diplomap.analysis import balance

    conn = current().connect(readonly=True)
    state = resolve_name(conn, state, "state")
    data = balance(conn, state, by, _vectors(vectors_file), ids_limit=ids_limit, count=count)
    if as_json:
        print_json(data)
        return
    vector_ids = [v["id"] for v in data["vectors"]]
    rows = [_balance_row(p, vector_ids) for p in [*data["periods"], data["overall"]]]
    write_rows(rows, "table", columns=["period", "events", *vector_ids, "entropy", "hhi"],
               title=f"{state}: shares of cooperative events by vector (K={data['k']})")
    if data["undated"]:
        click.echo(f"{data['undated']} events without a {by} are not counted.")


def _balance_row(period: dict, vector_ids: list[str]) -> dict:
    row = {"period": period["period"], "events": period["total"],
           "entropy": _num(period["entropy"]), "hhi": _num(period["hhi"])}
    row.update({v: f"{period['shares'][v]:.0%}" if period["counts"][v] else "" for v in vector_ids})
    return row


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


@click.command()
@click.argument("a")
@click.argument("b")
@click.option("--by", type=click.Choice(["month", "year"]), default="month", show_default=True)
@count_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def dyad(a: str, b: str, by: str, count: str, as_json: bool) -> None:
    """Events between A and B (both directions) per month or year (IDs or names)."""
    from diplomap.analysis import dyad_series

    conn = current().connect(readonly=True)
    a, b = resolve_name(conn, a), resolve_name(conn, b)
    if a == b:
        raise click.BadParameter("A and B must differ", param_hint="B")
    data = dyad_series(conn, a, b, by, count=count)
    if as_json:
        print_json(data)
        return
    rows = [{**p, "by_type": ", ".join(f"{k}:{v}" for k, v in p["by_type"].items())}
            for p in data["series"]]
    write_rows(rows, "table", columns=["period", "n", "mean_intensity", "a_to_b", "b_to_a",
                                       "by_type"], title=f"{a} - {b}")


@click.command("network")
@click.option("--format", "fmt", type=click.Choice(["graphml", "json"]), default="graphml",
              show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write to FILE [default: standard output].")
@click.option("--center", help="Keep only this entity (an ID or a name) and its neighbours.")
@click.option("--max-nodes", type=click.IntRange(min=1), help="Keep the strongest N nodes.")
@click.option("--min-weight", type=click.IntRange(min=1), default=1, show_default=True,
              help="Drop edges with fewer facts + events.")
@vectors_option
def network_command(fmt: str, output: Path | None, center: str | None, max_nodes: int | None,
                    min_weight: int, vectors_file: Path | None) -> None:
    """The network of states and organisations (facts and event counts as edges), as
    GraphML (networkx) or JSON (nodes/links, with a seeded spring layout)."""
    import json

    from diplomap.analysis import network, network_graphml, network_json

    conn = current().connect(readonly=True)
    center = resolve_name(conn, center) if center else None
    graph = network(conn, center=center, max_nodes=max_nodes,
                    min_weight=min_weight, vectors=_vectors(vectors_file))
    text = network_graphml(graph) if fmt == "graphml" else json.dumps(
        network_json(graph), ensure_ascii=False, indent=2) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
                   f" -> {output}", err=True)
    else:
        sys.stdout.write(text)


COMMANDS = [profile, balance_command, dyad, network_command]
