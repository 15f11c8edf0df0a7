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
