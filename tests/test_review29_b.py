"""Review 29 findings A1, A4, A5, A7, A8: constructions read too widely or too narrowly."""

from __future__ import annotations

import pytest

from conftest import event_quads, fact_quads


def _mediated(quads: set[tuple]) -> set[tuple]:
    return {(s, o) for s, p, o, _ in quads if p == "mediated"}


def test_mediation_between_a_state_and_an_armed_group(pipeline):
    quads = fact_quads(pipeline, "Angola brokered a truce between Mozambique and the "
                                 "Ansar al-Sunna militia last week.")
    assert ("AGO", "MOZ") in _mediated(quads)
    assert any(s == "AGO" and o.startswith("ORG:") for s, o in _mediated(quads))


def test_arabic_mediation_between_a_state_and_an_armed_group(pipeline):
    quads = fact_quads(pipeline, "وقعت حكومة جنوب السودان وحركة إم 23 اتفاقا بوساطة "
                                 "كينيا.", "ar")
    assert ("KEN", "ORG:m23") in _mediated(quads)


def test_capital_joined_to_its_locative_proclitic_is_a_venue(pipeline):
    quads = fact_quads(pipeline, "وقعت الحكومة الصومالية وحركة الشباب اتفاقا بالعاصمة "
                                 "الكينية نيروبي.", "ar")
    assert ("SOM", "agreement_with", "ORG:al_shabaab", "actual") in quads
    assert not any("KEN" in (s, o) for s, _, o, _ in quads)


def _orgs(quads: set[tuple]) -> set[str]:
    return {a for s, _, t, _ in quads for a in (s, t) if a.startswith("ORG:")}


@pytest.mark.parametrize("text", [
    "Chadian soldiers clashed with Tuareg militias near the Libyan border.",
    "Iraqi police raided offices of Sunni militias in Anbar.",
    "Turkey shelled Kurdish militias east of the Euphrates.",
])
def test_a_people_adjective_before_a_tail_is_no_name(pipeline, text):
    assert _orgs(event_quads(pipeline, text)) == set()


def test_a_name_after_a_people_adjective_stays(pipeline):
    quads = event_quads(pipeline, "Malian troops attacked the Tuareg Imghad militia.")
    assert ("MLI", "ASSAULT", "ORG:imghad", "actual") in quads


def test_a_hyphenated_adjective_is_no_name_word(pipeline):
    quads = event_quads(pipeline, "Sweden banned the far-Right Nordfront gang on Friday.")
    assert _orgs(quads) == {"ORG:nordfront"}


@pytest.mark.parametrize("text, lang", [
    ("Canada ordered the evacuation of diplomats from its mission in Haiti.", "en"),
    ("أمرت كندا بإخلاء بعثتها الدبلوماسية في هايتي.", "ar"),
])
def test_evacuating_its_own_is_a_retreat_not_coercion(pipeline, text, lang):
    quads = event_quads(pipeline, text, lang)
    assert ("CAN", "RETREAT", "HTI", "actual") in quads
    assert not any(t == "COERCE" for _, t, _, _ in quads)


def test_plural_evacuation_orders_coerce(pipeline):
    quads = event_quads(pipeline, "Russia issued evacuation orders for five towns in "
                                  "eastern Ukraine.")
    assert ("RUS", "COERCE", "UKR", "actual") in quads


@pytest.mark.parametrize("text, lang", [
    ("Britain will impose sanctions on Belarus if Poland closes the border.", "en"),
    ("ستفرض بريطانيا عقوبات على بيلاروسيا إذا أغلقت بولندا الحدود.", "ar"),
])
def test_if_names_a_third_party_no_threat_to_it(pipeline, text, lang):
    quads = event_quads(pipeline, text, lang)
    assert ("GBR", "SANCTION", "BLR", "hypothetical") in quads
    assert ("GBR", "THREATEN", "POL", "actual") not in quads


@pytest.mark.parametrize("text, lang", [
    ("Britain will impose sanctions on Belarus if Minsk closes the border.", "en"),
    ("ستفرض بريطانيا عقوبات على بيلاروسيا في حال أغلقت بيلاروسيا الحدود.", "ar"),
])
def test_if_names_the_target_threatens_it(pipeline, text, lang):
    assert ("GBR", "THREATEN", "BLR", "actual") in event_quads(pipeline, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Turkey issued an evacuation warning for residents of northern Iraq.", "en"),
    ("Turkey issued an evacuation warning for civilians in northern Iraq.", "en"),
    ("أصدرت تركيا تحذيرا بإخلاء قرى شمال العراق.", "ar"),
])
def test_evacuation_of_people_of_a_region_coerces_its_state(pipeline, text, lang):
    quads = event_quads(pipeline, text, lang)
    assert ("TUR", "COERCE", "IRQ", "actual") in quads
    assert ("TUR", "COERCE", "TUR", "actual") not in quads
