"""False positives of the rules, by construction (wave 3b, precision): sentences of our own
writing that must not yield the items the rules used to read in them."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads, event_triples

events = event_triples
modalities = event_quads


@pytest.mark.parametrize("text", [
    "Spain and several other EU states imposed sanctions on Venezuela.",
    "Spain and some of the EU states imposed sanctions on Venezuela.",
    "Spain and many EU countries imposed sanctions on Venezuela.",
])
def test_a_partitive_group_names_none_of_its_members(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    sources = {source for source, _, _ in found}
    assert "ESP" in sources, found
    assert sources <= {"ESP"}, found  # not every member of the EU


def test_a_whole_group_still_stands_for_its_members(pipeline: Pipeline) -> None:
    found = events(pipeline, "The G7 countries imposed sanctions on Belarus.")
    assert {("CAN", "SANCTION", "BLR"), ("JPN", "SANCTION", "BLR")} <= found, found
