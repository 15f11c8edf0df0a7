"""Fact constructions of wave 21 (issue #9): sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize("text", [
    "Hundreds of Chileans queued to receive aid from a Peruvian-run food depot in Lima.",
    "Chilean families lined up for assistance from a locally funded clinic near Peru.",
])
def test_aid_from_no_named_giver_gives_no_reversed_aid(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text)
    assert not any(p == "aid_to" for _, p, _, _ in found), found


@pytest.mark.parametrize(("text", "giver"), [
    ("Chile receives military aid from Peru.", "PER"),
    ("Chile says it welcomes assistance from Peru to fight the fires.", "PER"),
])
def test_aid_from_a_named_giver_is_still_aid(pipeline: Pipeline, text: str, giver: str) -> None:
    found = fact_quads(pipeline, text)
    assert (giver, "aid_to", "CHL", "actual") in found, found
