"""ASSAULT reported through the attack noun and its agent ("killed in an airstrike (carried
out) by X", "غارة جوية شنها X"), the commonest conflict wording of wire copy. Sentences of
our own writing, after the unlabelled WCEP pool's wordings."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples

# -- a state's forces named after the attack noun's "by", striking a place of their own -----

@pytest.mark.parametrize(("text", "triple"), [
    ("At least 16 civilians are killed in an airstrike by the Nigerian Air Force in Zamfara "
     "State.", ("NGA", "ASSAULT", "NGA")),
    ("At least 16 civilians are killed in an airstrike carried out by the Nigerian Air Force "
     "in Zamfara State.", ("NGA", "ASSAULT", "NGA")),
    ("Dozens of people are killed in a drone strike by the Sudanese Armed Forces on an oil "
     "field in West Kordofan, Sudan.", ("SDN", "ASSAULT", "SDN")),
    ("At least 30 people are killed in an airstrike by the Sudanese Armed Forces on a market "
     "in North Darfur, Sudan.", ("SDN", "ASSAULT", "SDN")),
])
def test_forces_named_after_the_attack_noun_strike_at_home(pipeline: Pipeline, text: str,
                                                           triple: tuple) -> None:
    assert triple in event_triples(pipeline, text)


@pytest.mark.parametrize(("text", "triple"), [
    ("قتل 16 مدنيا على الأقل في غارة جوية شنها سلاح الجو النيجيري في ولاية زامفارا.",
     ("NGA", "ASSAULT", "NGA")),
    ("لقي 16 مدنيا على الأقل حتفهم في غارة جوية نفذها سلاح الجو النيجيري في ولاية زامفارا.",
     ("NGA", "ASSAULT", "NGA")),
    ("قتل عشرات الأشخاص في هجوم بطائرة مسيرة شنته القوات المسلحة السودانية على حقل نفطي في "
     "ولاية غرب كردفان.", ("SDN", "ASSAULT", "SDN")),
])
def test_arabic_forces_named_in_the_attack_nouns_relative_clause(pipeline: Pipeline,
                                                                 text: str,
                                                                 triple: tuple) -> None:
    assert triple in event_triples(pipeline, text, "ar")


def test_forces_striking_abroad_strike_the_foreign_place(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "At least 16 civilians are killed in an airstrike by the "
                                    "Sudanese Armed Forces in Chad.")
    assert ("SDN", "ASSAULT", "TCD") in found
    assert ("SDN", "ASSAULT", "SDN") not in found


@pytest.mark.parametrize("text", [
    "At least 20 people are killed in an attack by gunmen on a village in Zamfara State, "
    "Nigeria.",
    "Four people are killed in a car accident in Zamfara State, Nigeria.",
    "Ten people are killed by a landslide in Zamfara State, Nigeria.",
    "A strike by dock workers halts shipping in Lagos, Nigeria.",
    "The attack by the opposition on the budget angers the Nigerian government.",
])
def test_no_state_attack_without_its_forces_as_the_agent(pipeline: Pipeline, text: str) -> None:
    assert not [t for t in event_triples(pipeline, text) if t[1] == "ASSAULT"]


# -- the Tatmadaw is Myanmar's armed forces, an organ: its airstrikes at home hit MMR -------

@pytest.mark.parametrize("text", [
    "At least 40 people are killed in Tatmadaw airstrikes on Ramree, Rakhine State, Myanmar.",
    "At least 27 people are killed in an airstrike by the Tatmadaw near Mandalay, Myanmar.",
    "At least 34 people are killed in a Tatmadaw airstrike on a hospital in Rakhine State.",
])
def test_tatmadaw_airstrikes_at_home_hit_myanmar(pipeline: Pipeline, text: str) -> None:
    assert ("MMR", "ASSAULT", "MMR") in event_triples(pipeline, text)


def test_the_tatmadaw_still_acts_for_myanmar(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "The Tatmadaw grants amnesty to over 3,000 political "
                                    "prisoners.")
    assert ("MMR", "CONCEDE", "MMR") in found


def test_a_tatmadaw_airstrike_on_a_group_hits_the_group(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "At least 18 people are killed in a Tatmadaw airstrike on "
                                    "two schools in Rakhine State, Myanmar, an area controlled "
                                    "by the Arakan Army.")
    assert ("MMR", "ASSAULT", "ORG:arakan_army") in found
