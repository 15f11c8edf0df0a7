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
