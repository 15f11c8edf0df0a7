"""English constructions written from PLOVER GSR training records and the English tune
splits, each tested with sentences of our own."""

from __future__ import annotations

import pytest

from conftest import event_quads


@pytest.mark.parametrize(("text", "quad"), [
    ("Rebels in Chad rejected an appeal from the government.",
     ("TCD", "REJECT", "TCD", "actual")),
    ("Rebels in the Ivory Coast dismissed an appeal from President Laurent Gbagbo to lay "
     "down their arms.", ("CIV", "REJECT", "CIV", "actual")),
    ("Protesters in Kenya demanded the resignation of the president.",
     ("KEN", "REQUEST", "KEN", "actual")),
])
def test_group_in_a_state_acts_for_it(pipeline, text, quad):
    assert quad in event_quads(pipeline, text)


def test_troops_in_a_state_stay_the_nationality(pipeline):
    found = event_quads(pipeline, "Russian troops in Syria attacked rebels.")
    assert ("RUS", "ASSAULT", "SYR", "actual") in found


def test_settlers_in_a_territory_are_not_its_people(pipeline):
    found = event_quads(pipeline, "Settlers in the West Bank set fire to a Palestinian school.")
    assert not any(q[0] == "PSE" for q in found)


def test_ethnic_people_are_not_their_namesake_state(pipeline):
    found = event_quads(pipeline, "About 200 ethnic Hungarians demonstrated on Sunday in Romania.")
    assert ("ROU", "PROTEST", "ROU", "actual") in found
    assert not any("HUN" in q for q in found)
    killed = event_quads(pipeline, "Serbian police killed two ethnic Albanians near the border.")
    assert not any("ALB" in q for q in killed)


@pytest.mark.parametrize("text", [
    "Washington said it would prohibit all aid to Nicaragua.",
    "The United States banned all aid to Nicaragua.",
])
def test_forbidden_aid_is_a_sanction(pipeline, text):
    found = event_quads(pipeline, text)
    assert any(q[:3] == ("USA", "SANCTION", "NIC") for q in found)
    assert not any(q[1] == "AID" for q in found)


@pytest.mark.parametrize(("text", "triple"), [
    ("Pakistan struck militant hideouts in Afghanistan overnight.", ("PAK", "ASSAULT", "AFG")),
    ("Turkish jets struck the PKK in northern Iraq.", ("TUR", "ASSAULT", "ORG:pkk")),
    ("Iran targets Israel with a barrage of missiles.", ("IRN", "ASSAULT", "ISR")),
])
def test_struck_and_targets_as_verbs_attack(pipeline, text, triple):
    assert triple in {q[:3] for q in event_quads(pipeline, text)}


@pytest.mark.parametrize("text", [
    "Chile and Peru struck a deal on fishing rights.",
    "The Supreme Court of Kenya struck down the decree.",
    "A powerful storm struck Japan on Sunday.",
    "Drones hit Hamas targets in Gaza and Houthi targets across Yemen.",
])
def test_strike_and_targets_that_are_no_verb_of_attack(pipeline, text):
    quads = event_quads(pipeline, text)
    assert not any(q[1] == "ASSAULT" and q[2] in ("PER", "KEN", "JPN") for q in quads)
    assert ("ORG:hamas", "ASSAULT", "PSE", "actual") not in quads
