"""Plural and dual office nouns in construct with a list of states ("قادة فرنسا وألمانيا",
"وزيرا خارجية X وY", grammar `office_plurals`): the officials act for each state, so a stance
verb's event noun after them is its object, and the states are not the event's targets
(issue 9); sentences of our own writing."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize("text", [
    "شجب وزراء خارجية تشيلي وبيرو الهجوم البوليفي.",
    "شجب قادة تشيلي وبيرو الهجوم البوليفي على الحدود.",
    "ندد رؤساء تشيلي وبيرو بالهجوم البوليفي.",
    "شجب وزيرا خارجية تشيلي وبيرو الهجوم البوليفي.",
])
def test_officials_of_two_states_both_condemn_the_act(pipeline, text):
    found = event_triples(pipeline, text, "ar")
    assert {("CHL", "ACCUSE", "BOL"), ("PER", "ACCUSE", "BOL")} <= found
    assert not {t for t in found if t[1] == "ASSAULT" and t[2] in ("CHL", "PER")}


def test_leaders_of_a_list_condemn_the_doer_of_a_strike(pipeline):
    found = event_triples(pipeline, "استنكر زعيما كينيا وأوغندا الغارة الصومالية.", "ar")
    assert {("KEN", "ACCUSE", "SOM"), ("UGA", "ACCUSE", "SOM")} <= found


def test_officials_of_a_list_sign_for_each_state(pipeline):
    found = event_triples(pipeline, "وقع وزراء خارجية تشيلي وبيرو اتفاقا مع اليابان.", "ar")
    assert {("CHL", "SUPPORT", "JPN"), ("PER", "SUPPORT", "JPN")} <= found


def test_ministers_of_a_group_condemn_the_doer(pipeline):
    # the office's organ noun ("خارجية") stands between the plural and the group's members
    found = event_triples(pipeline, "شجب وزراء خارجية دول مجلس التعاون القصف الإيراني.", "ar")
    assert ("QAT", "ACCUSE", "IRN") in found
    assert not {t for t in found if t[1] == "ASSAULT"}


def test_english_possessive_pair_of_owners_is_a_list(pipeline):
    found = event_triples(pipeline, "Chile's and Peru's leaders condemned the Bolivian raid.",
                          "en")
    assert {("CHL", "ACCUSE", "BOL"), ("PER", "ACCUSE", "BOL")} <= found


def test_english_officials_of_a_list_condemn(pipeline):
    found = event_triples(pipeline, "The foreign ministers of Chile and Peru condemned the "
                                    "Bolivian raid.", "en")
    assert {("CHL", "ACCUSE", "BOL"), ("PER", "ACCUSE", "BOL")} <= found


def test_dual_officials_of_each_of_two_states(pipeline):
    # "كل من" opens the list after the office nouns: both states condemn, neither is attacked
    found = event_triples(pipeline, "شجب وزيرا خارجية كل من تشيلي وبيرو الهجوم البوليفي.",
                          "ar")
    assert {("CHL", "ACCUSE", "BOL"), ("PER", "ACCUSE", "BOL")} <= found
    assert not {t for t in found if t[1] == "ASSAULT"}


@pytest.mark.parametrize(("text", "states", "doer"), [
    # the states' names count no more toward the gap before the event noun (review 9)
    ("أدان وزراء خارجية مصر والأردن والسعودية وقطر الهجوم الإسرائيلي.",
     ("EGY", "JOR", "SAU", "QAT"), "ISR"),
    ("أدان وزراء خارجية المملكة العربية السعودية والإمارات الهجوم الإيراني.",
     ("SAU", "ARE"), "IRN"),
    ("أدان وزراء خارجية دول مجلس التعاون الخليجي الهجوم الإيراني.", ("SAU", "QAT"), "IRN"),
    ("أدان وزراء خارجية دول الاتحاد الأوروبي الهجوم الإيراني.", ("FRA", "DEU"), "IRN"),
    ("أدانت كل من مصر والأردن والسعودية وقطر الهجوم الإسرائيلي.",
     ("EGY", "JOR", "SAU", "QAT"), "ISR"),
])
def test_long_subject_lists_condemn_the_doer(pipeline, text, states, doer):
    found = event_triples(pipeline, text, "ar")
    assert {(s, "ACCUSE", doer) for s in states} <= found
    assert not {t for t in found if t[1] == "ASSAULT" or t[0] == t[2]}


def test_officials_received_as_the_object_are_no_subject(pipeline):
    # near-miss: the office noun and its states are the verb's object
    found = event_triples(pipeline, "استقبل ترامب قادة مصر والأردن.", "ar")
    assert {("EGY", "CONSULT", "USA"), ("JOR", "CONSULT", "USA")} <= found
    assert not {t for t in found if t[2] in ("EGY", "JOR")}


def test_expelled_ambassadors_are_the_object(pipeline):
    found = event_triples(pipeline, "طردت فرنسا سفراء روسيا وبيلاروسيا.", "ar")
    assert {("FRA", "SANCTION", "RUS"), ("FRA", "SANCTION", "BLR")} <= found
    assert not {t for t in found if t[0] in ("RUS", "BLR")}


@pytest.mark.parametrize("word", ["رئيسي", "ملكي", "حكومتي", "رئيسا", "ملكا"])
def test_adjective_and_name_homographs_are_no_office_nouns(word):
    # "رئيسي" is Raisi or "main", "ملكي" "royal", "حكومتي" "my government", "رئيسا" "as
    # president": read as office duals they would take a following name as a subject
    from diplomap.extract.grammar import grammar
    from diplomap.text.normalize import fold

    assert fold(word) not in grammar("ar").office_plurals


def test_english_owner_without_a_second_possessive_is_no_pair(pipeline):
    # near-miss of "Chile's and Peru's leaders": Peru owns nothing, it starts a clause
    found = event_triples(pipeline, "The raid was Bolivia's and Peru condemned it.", "en")
    assert ("PER", "ACCUSE", "BOL") in found
