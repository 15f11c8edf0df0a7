"""English event constructions of wave 23b, each on sentences of our own writing: a
planned cue far before the act of the purpose clause its verb opens."""

from __future__ import annotations

import pytest

from conftest import event_quads


@pytest.mark.parametrize(("text", "quad"), [
    ("Japan will spend $300 million of the revenue from its new energy levy on Pacific "
     "islands to finance a humanitarian aid programme for Tonga.",
     ("JPN", "AID", "TON", "planned")),
    ("Norway plans to set aside 2 billion kroner from the budget surplus of this year "
     "in order to fund an aid package for Sudan.",
     ("NOR", "AID", "SDN", "planned")),
])
def test_planned_cue_reaches_purpose_clause(pipeline, text: str, quad: tuple) -> None:
    assert quad in event_quads(pipeline, text)


def test_far_planned_cue_without_purpose_link_is_no_plan(pipeline) -> None:
    text = ("Norway will hold elections in September, and in a separate move last week Oslo "
            "sent an aid package to Sudan.")
    assert ("NOR", "AID", "SDN", "planned") not in event_quads(pipeline, text)


@pytest.mark.parametrize(("text", "quad"), [
    # an organ noun that starts a trigger is the trigger's, not the mention's
    ("Nairobi voiced alarm over Ugandan military exercises near the Kenyan border.",
     ("UGA", "MOBILIZE", "KEN", "actual")),
    # a compound pair of nationalities does the act together: cooperation between them
    ("Tokyo complained about Chinese-Russian military exercises near the Japanese coast.",
     ("CHN", "COOPERATE", "RUS", "actual")),
    ("Chinese-Russian joint military exercises near the Japanese coast worried Tokyo.",
     ("CHN", "COOPERATE", "RUS", "actual")),
])
def test_nationality_organ_before_event_noun(pipeline, text: str, quad: tuple) -> None:
    found = event_quads(pipeline, text)
    assert quad in found or (quad[2], quad[1], quad[0], quad[3]) in found
    assert not {q for q in found if q[1] == "COOPERATE" and "JPN" in (q[0], q[2])}


def test_compound_pair_is_no_source_and_target(pipeline) -> None:
    text = "Warsaw watched Russian-Belarusian military exercises near the region."
    assert not {q for q in event_quads(pipeline, text) if q[1] == "MOBILIZE"}


@pytest.mark.parametrize("text", [
    "The former Peruvian minister, who is charged with bribery, faces up to 12 years in prison.",
    "The former Peruvian minister faces a maximum of 12 years in prison.",
])
def test_maximum_sentence_is_no_sentence_passed(pipeline, text: str) -> None:
    found = event_quads(pipeline, text)
    assert ("PER", "SANCTION", "PER", "actual") not in found
