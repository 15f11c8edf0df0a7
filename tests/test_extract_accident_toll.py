"""An accident's toll ("a bus collides with a truck, killing 30") is no act of force; a
weapon that crashes into something ("a missile crashed into a hospital") is an attack."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("text", "event"), [
    ("An Iranian missile crashed into a hospital in Israel, wounding 20 people.",
     ("IRN", "ASSAULT", "ISR")),
    ("A Russian drone crashed into an apartment block in Kyiv, Ukraine, killing three "
     "people.", ("RUS", "ASSAULT", "UKR")),
])
def test_a_weapon_that_crashes_into_a_target_attacks(pipeline, text: str,
                                                     event: tuple[str, str, str]) -> None:
    found = event_triples(pipeline, text)
    assert event in found, found


@pytest.mark.parametrize(("lang", "text"), [
    # an accident's toll is no act of force (Arabic reads none already)
    ("en", "A bus carrying Chilean pilgrims collides with a truck near Mendoza, Argentina, "
           "killing 30 people."),
    ("en", "A Peruvian Air Force jet crashes at an airshow in Santiago, Chile, killing the pilot."),
    ("en", "A boat carrying Egyptian migrants capsizes off Tobruk, Libya, reportedly killing 15."),
    ("ar", "اصطدمت حافلة تقل حجاجا تشيليين بشاحنة قرب مندوسا في الأرجنتين، ما أدى إلى مقتل 30 "
           "شخصا."),
])
def test_an_accident_toll_is_no_assault(pipeline, lang: str, text: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert not any(t == "ASSAULT" for _, t, _ in found), found


def test_an_attack_toll_stays_an_assault(pipeline) -> None:
    found = event_triples(pipeline, "Peruvian airstrikes hit a camp in Ecuador, killing 20 "
                                    "people.")
    assert ("PER", "ASSAULT", "ECU") in found, found
