"""ASSAULT and COERCE constructions that left gold events of the tune split with no event at
all (issue 9), in sentences of our own writing, each with near misses that must not fire."""

from __future__ import annotations

import pytest

from conftest import typed_events


# -- mortars are heavy weapons as missiles and rockets are: "mortar fire", "a mortar attack",
# "fired mortars at X"; mortars that are no weapon fired ("firework mortars") are none --------
@pytest.mark.parametrize(("text", "event"), [
    ("Al-Shabaab mortar fire hit the airport area of Mogadishu, killing two guards.",
     ("ASSAULT", "heavy-weapons", "ORG:al_shabaab", "SOM")),
    ("An Al-Shabaab mortar attack kills four soldiers at a base near Baidoa, Somalia.",
     ("ASSAULT", "heavy-weapons", "ORG:al_shabaab", "SOM")),
    ("Al-Shabaab fired mortars at the presidential palace in Mogadishu.",
     ("ASSAULT", "heavy-weapons", "ORG:al_shabaab", "SOM")),
])
def test_mortars_are_heavy_weapons(pipeline, text: str, event: tuple) -> None:
    assert event in typed_events(pipeline, text, "en")


@pytest.mark.parametrize("text", [
    "A van carrying firework mortars caught fire outside a hotel in Nevada, United States.",
    "The museum in Kyiv showed a mortar and pestle from the 18th century.",
])
def test_mortars_that_are_no_weapon_fired(pipeline, text: str) -> None:
    assert not any(e[0] == "ASSAULT" for e in typed_events(pipeline, text, "en"))
