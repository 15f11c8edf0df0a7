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


@pytest.mark.parametrize(("lang", "text", "state"), [
    # a state's forces open fire at home where the sentence names casualties: its own people
    ("en", "Two people are killed in Nairobi, Kenya, when security forces open fire during "
           "a march.", "KEN"),
    ("en", "Peruvian soldiers opened fire on a truck near Cusco, killing three people.", "PER"),
    ("ar", "قتل ثلاثة أشخاص في نيروبي بكينيا عندما فتحت قوات الأمن النار خلال مسيرة.", "KEN"),
    ("ar", "قُتل أربعة مدنيين عندما فتح جنود من الجيش البيروفي النار على شاحنة.", "PER"),
    # "جنود بيروفيون" as "Peruvian soldiers": the state's organ
    ("ar", "فتح جنود بيروفيون النار على عمال في منجم، ما أسفر عن مقتل خمسة أشخاص.", "PER"),
])
def test_forces_opening_fire_at_home(pipeline, lang: str, text: str, state: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert (state, "ASSAULT", state) in found, found


@pytest.mark.parametrize(("lang", "text"), [
    # a lone man near an organ's building is no act of the state
    ("en", "A man opens fire outside the Chilean Congress in Valparaiso, injuring two people."),
    ("ar", "فتح رجل النار خارج مبنى البرلمان التشيلي في فالبارايسو، ما أدى إلى إصابة شخصين."),
    # fire at things, no one hurt: no shooting at the state's own people
    ("en", "The Belgian defence ministry says the army opened fire at drones over an air base."),
])
def test_no_domestic_shooting_without_a_doer_or_victims(pipeline, lang: str, text: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert not any(t == "ASSAULT" and s == o for s, t, o in found), found
