"""A state's forces opening fire: on its own people at home (the sentence names casualties
or people), not across a frontier or in a place of another state."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("lang", "text", "state"), [
    ("en", "Indian troops opened fire across the border, killing three people.", "IND"),
    ("en", "Indian troops opened fire across the Line of Control, wounding two civilians.",
     "IND"),
    # US soldiers fire on a boat in the Caribbean, killing three
    ("ar", "فتح جنود أمريكيون النار على قارب في البحر الكاريبي، ما أسفر عن مقتل ثلاثة أشخاص.",
     "USA"),
])
def test_fire_across_a_frontier_is_not_on_the_own_people(pipeline, lang: str, text: str,
                                                         state: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert (state, "ASSAULT", state) not in found, found
