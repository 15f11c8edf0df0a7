"""A weapon or strike noun with its verb of impact ("Israeli airstrikes hit the Gaza Strip",
"Russian missiles pounded Kyiv", "rockets rained down on X", "ضربت صواريخ روسية ..."): the
verb's object is the attack's target. The verb alone is no attack ("hit by tariffs", "hit a
record high", "hit back at critics", "the storm hit the coast"). Sentences of our own
writing after the WCEP pool's "Six Russian drones hit Kyivskyi district of Kharkiv",
"Israeli airstrikes hit Sanaa International Airport", "several cruise missiles hit energy
infrastructure"."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Israeli airstrikes hit the Gaza Strip.", "en", ("ISR", "ASSAULT", "PSE")),
    ("Russian missiles hit parts of Kyiv.", "en", ("RUS", "ASSAULT", "UKR")),
    ("Six Russian drones hit a district of Kharkiv, Ukraine.", "en",
     ("RUS", "ASSAULT", "UKR")),
    ("Russian missiles rained down on Kyiv.", "en", ("RUS", "ASSAULT", "UKR")),
    ("Israeli airstrikes pounded the outskirts of Khan Younis.", "en", ("ISR", "ASSAULT", "PSE")),
    ("Russian drone strikes hit Odesa.", "en", ("RUS", "ASSAULT", "UKR")),
    ("ضربت صواريخ روسية أجزاء من كييف.", "ar", ("RUS", "ASSAULT", "UKR")),
    ("دكت صواريخ إسرائيلية مدينة خان يونس.", "ar", ("ISR", "ASSAULT", "PSE")),
    ("ضرب صاروخ روسي مبنى سكنيا في مدينة خاركيف.", "ar", ("RUS", "ASSAULT", "UKR")),
])
def test_a_weapon_with_its_verb_of_impact_attacks_its_object(pipeline: Pipeline, text: str,
                                                             lang: str, triple: tuple) -> None:
    assert triple in event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Canada was hit by US tariffs.", "en"),
    ("Tanzania hits Kenya with taxes.", "en"),
    ("Gold hit a record high.", "en"),
    ("Trump hit back at critics.", "en"),
    ("The storm hit the coast of Florida.", "en"),
    ("He was struck by lightning.", "en"),
    ("Strikes hit French airports.", "en"),
    ("A missile test hit a record range.", "en"),
    ("ضربت العاصفة ساحل فلوريدا.", "ar"),
    ("ضرب زلزال تركيا.", "ar"),
])
def test_an_impact_verb_with_no_weapon_is_no_attack(pipeline: Pipeline, text: str,
                                                    lang: str) -> None:
    assert not [t for t in event_triples(pipeline, text, lang) if t[1] == "ASSAULT"]


def test_a_deal_struck_is_an_agreement(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "Israel struck a deal with Hamas.", "en")
    assert ("ISR", "AGREE", "ORG:hamas") in found
    assert not [t for t in found if t[1] == "ASSAULT"]
