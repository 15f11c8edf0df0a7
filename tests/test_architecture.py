"""The package's shape: no import cycles, lower stages never import higher ones, CLI command
modules import only the CLI's context (read from the source with `ast`, nothing is run)."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "diplomap"
# Data flows one way: a stage may import its own rank or lower ranks only.
RANK = {"ontology": 0, "lang": 0, "text": 1, "lexicon": 2, "extract": 3, "store": 4,
        "ingest": 5, "analysis": 5, "scale": 6, "eval": 6, "web": 7, "cli": 8, "__main__": 9,
        "__init__": 0, "sample": 0, "resources": 0, "native": 0}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> set[str]:
    """Every diplomap module `path` imports, at the top or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("diplomap")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1]
                                + ([base] if base else []))
            if base.startswith("diplomap"):
                found |= {f"{base}.{a.name}" for a in node.names} | {base}
    return found


def graph() -> nx.DiGraph:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    g = nx.DiGraph()
    g.add_nodes_from(modules)
    for name, path in modules.items():
        for target in imports(path):
            if target in modules and target != name:
                g.add_edge(name, target)
    return g


def stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_no_import_cycles() -> None:
    g = graph()
    # a package's __init__ re-exporting its submodules is not a cycle of the design
    edges = [(a, b) for a, b in g.edges if not b.startswith(a + ".")]
    cycles = list(nx.simple_cycles(nx.DiGraph(edges)))
    assert not cycles, f"import cycles: {cycles[:5]}"


def test_lower_stages_never_import_higher_ones() -> None:
    wrong = [f"{a} -> {b}" for a, b in graph().edges
             if RANK.get(stage(b), 99) > RANK.get(stage(a), 99)]
    assert not wrong, "\n".join(wrong)


def test_every_stage_has_a_rank() -> None:
    assert {stage(m) for m in graph().nodes} <= set(RANK)


@pytest.mark.parametrize("path", sorted((PACKAGE / "cli").glob("*.py")), ids=lambda p: p.name)
def test_cli_command_modules_import_only_the_context(path: Path) -> None:
    if path.name in ("__init__.py", "context.py"):
        return
    cli_imports = {m for m in imports(path) if m.startswith("diplomap.cli")}
    assert cli_imports <= {"diplomap.cli.context"} | {
        f"diplomap.cli.context.{n}" for n in dir(__import__("diplomap.cli.context").cli.context)}
