"""Police and protesters clashing (issue 9, a second event beside the protest): the police's
state uses force on its own people (ASSAULT, crowd-control), whether the police are named
before the clash ("police clash with protesters") or in it ("protesters clash with police",
frame key `doer_in_trigger`); a foreign force named in the clash is no such act (both
languages)."""

from __future__ import annotations

import pytest

from conftest import event_quads

DOMESTIC_CLASH = [
    ("en", "Students clash with riot police in Lyon, France, over the pension reform.", "FRA"),
    ("en", "Riot police clash with protesters outside the parliament in Lima, Peru.", "PER"),
    ("en", "Clashes between police and demonstrators erupt in Dhaka, Bangladesh.", "BGD"),
    ("ar", "تظاهر طلاب في مدينة ليون الفرنسية واشتبكوا مع الشرطة بسبب إصلاح التقاعد.", "FRA"),
    ("ar", "خرج آلاف العمال إلى شوارع العاصمة البيروفية ليما واشتبكوا مع قوات الأمن.", "PER"),
]


@pytest.mark.parametrize(("lang", "text", "state"), DOMESTIC_CLASH)
def test_clash_with_police_is_force_on_own_people(pipeline, lang, text, state):
    assert (state, "ASSAULT", state, "actual") in event_quads(pipeline, text, lang)


# Review 18/2 finding 11: a force named with its state ("Greek police") is that state's; the
# people clashing with it, of another state, are its object (not the other way round)
FOREIGN_FORCE = [
    ("en", "Afghan migrants clashed with Greek police in Athens.", "GRC", "AFG"),
    ("en", "Farmers from Laos clash with Thai security forces at the border.", "THA", "LAO"),
]


@pytest.mark.parametrize(("lang", "text", "force", "people"), FOREIGN_FORCE)
def test_clash_with_a_foreign_force_is_not_domestic(pipeline, lang, text, force, people):
    found = event_quads(pipeline, text, lang)
    assert (force, "ASSAULT", people, "actual") in found
    assert (people, "ASSAULT", force, "actual") not in found
    assert (force, "ASSAULT", force, "actual") not in found


ARMED_GROUP = [
    ("en", "Al-Shabaab militants clash with security forces in Mogadishu, Somalia.", "SOM"),
    ("ar", "مقاتلو حركة الشباب اشتبكوا مع قوات الأمن في مقديشو بالصومال.", "SOM"),
]


@pytest.mark.parametrize(("lang", "text", "state"), ARMED_GROUP)
def test_an_armed_group_clashing_with_security_forces_is_the_doer(pipeline, lang, text, state):
    found = event_quads(pipeline, text, lang)
    assert (state, "ASSAULT", state, "actual") not in found
    assert any(t == "ASSAULT" and s.startswith("ORG:") and o == state for s, t, o, _ in found)


# Finding 1 (review 18/2): with no crowd named, armed men or gangs clashing with the police
# are no state's force on its own people; no state is guessed as the doer
NO_CROWD = [
    ("en", "Gunmen clashed with security forces in Zamfara, Nigeria, killing ten soldiers."),
    ("en", "Armed men clashed with security forces in Balochistan, Pakistan."),
    ("en", "Rival gangs clashed with police in Port-au-Prince, Haiti."),
    ("en", "Gunmen clashed with police in Zamfara, Nigeria, killing two students."),
    ("ar", "هاجم مسلحون قرية في ولاية زامفارا بنيجيريا واشتبكوا مع قوات الأمن"),
]


@pytest.mark.parametrize(("lang", "text"), NO_CROWD)
def test_no_crowd_no_guessed_police(pipeline, lang, text):
    found = event_quads(pipeline, text, lang)
    assert not any(t == "ASSAULT" and s == o for s, t, o, _ in found)


# Finding 2: the police the trigger names belong to the state where the clash happened, not
# to the subject of the sentence before; a nationality named before the trigger is the
# people's, the object
def test_clash_doer_is_not_carried_from_the_sentence_before(pipeline):
    text = "France sent aid to Lebanon. Protesters clashed with police in Beirut."
    found = event_quads(pipeline, text, "en")
    assert ("LBN", "ASSAULT", "LBN", "actual") in found
    assert ("FRA", "ASSAULT", "LBN", "actual") not in found


def test_a_nationality_before_the_clash_is_the_people(pipeline):
    text = "Kenyan fans clashed with police after the match in Kampala, Uganda."
    found = event_quads(pipeline, text, "en")
    assert ("UGA", "ASSAULT", "KEN", "actual") in found
    assert ("KEN", "ASSAULT", "UGA", "actual") not in found


# Finding 3: the protesters' noun inside the clash's trigger is still their protest, read
# beside the police's force (frame key `reads_inside`)
PROTEST_KEPT = [
    ("en", "Clashes between police and protesters erupted in Tbilisi, Georgia.", "GEO"),
    ("en", "Georgian police clash with protesters in Tbilisi.", "GEO"),
    ("en", "Clashes between police and demonstrators erupt in Dhaka, Bangladesh.", "BGD"),
]


@pytest.mark.parametrize(("lang", "text", "state"), PROTEST_KEPT)
def test_the_protest_is_read_beside_the_clash(pipeline, lang, text, state):
    found = event_quads(pipeline, text, lang)
    assert (state, "PROTEST", state, "actual") in found
    assert (state, "ASSAULT", state, "actual") in found


# Finding 4: Arabic verb first, its subject named between the verb and the police
VERB_FIRST = [
    ("ar", "اشتبك محتجون مع الشرطة في نيروبي بكينيا.", "KEN"),
    ("ar", "اشتبك طلاب مع قوات الأمن في داكا ببنغلاديش.", "BGD"),
]


@pytest.mark.parametrize(("lang", "text", "state"), VERB_FIRST)
def test_verb_first_clash_with_police(pipeline, lang, text, state):
    assert (state, "ASSAULT", state, "actual") in event_quads(pipeline, text, lang)


def test_verb_first_gunmen_clash_guesses_no_state(pipeline):
    found = event_quads(pipeline, "اشتبك مسلحون مع قوات الأمن في زامفارا بنيجيريا.", "ar")
    assert not any(t == "ASSAULT" and s == o for s, t, o, _ in found)
