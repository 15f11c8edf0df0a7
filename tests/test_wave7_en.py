"""Wave 7 (English, with Arabic where the construction exists there): argument choice and
trigger families read from the tune misses, each construction met in several sources.

Opening fire is a shooting (ASSAULT, firearms): done by a state's forces to a noun of people
after it, with no other target named, it is done to the state's own people; opening fire
on another state's forces or people targets that state; a man opening fire outside a
building, or gunmen a sentence shows firing, is no act of the state named near them."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Bolivian soldiers opened fire on striking workers near Oruro.",
     ("BOL", "ASSAULT", "BOL")),
    ("en", "Zambian police are opening fire on demonstrators in Lusaka.",
     ("ZMB", "ASSAULT", "ZMB")),
    ("en", "Indian troops fired on Pakistani soldiers along the Line of Control.",
     ("IND", "ASSAULT", "PAK")),
    ("ar", "فتحت الشرطة الكينية النار على متظاهرين في نيروبي.", ("KEN", "ASSAULT", "KEN")),
])
def test_opening_fire_is_a_shooting(pipeline, lang, text, expected):
    assert expected in event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text", "unexpected"), [
    ("en", "A man opens fire outside the Bolivian parliament in La Paz.",
     ("BOL", "ASSAULT", "BOL")),
    ("en", "Peru denied the report. Its footage shows masked gunmen opening fire on "
     "civilians.", ("PER", "ASSAULT", "PER")),
    ("ar", "فتح رجل النار خارج مبنى البرلمان البوليفي في لاباز.", ("BOL", "ASSAULT", "BOL")),
])
def test_opening_fire_names_no_state_act_without_its_forces_and_people(
        pipeline, lang, text, unexpected):
    assert unexpected not in event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Colombian government and the ELN rebels sign a peace agreement.",
     ("COL", "SUPPORT", "ORG:eln")),
    ("en", "The Sudanese army and the Rapid Support Forces reach an agreement on a truce.",
     ("SDN", "AGREE", "ORG:rsf")),
    ("ar", "وقّعت الحكومة السودانية وقوات الدعم السريع اتفاقاً للسلام.",
     ("SDN", "SUPPORT", "ORG:rsf")),
])
def test_an_armed_group_signs_and_reaches_agreements(pipeline, lang, text, expected):
    source, event_type, target = expected
    found = {(frozenset((s, t)), e) for s, e, t in event_triples(pipeline, text, lang)}
    assert (frozenset((source, target)), event_type) in found


def test_shooting_down_drones_is_no_domestic_shooting(pipeline):
    found = event_triples(pipeline, "Moldova says it shot down 40 of 52 drones overnight.")
    assert ("MDA", "ASSAULT", "MDA") not in found


def test_shooting_down_a_foreign_craft_attacks_its_owner(pipeline):
    found = event_triples(pipeline, "Yemeni rebels claim the Moldovan army shot down an "
                          "Algerian military helicopter near the border.")
    assert ("MDA", "ASSAULT", "DZA") in found
