"""Those who act for a name after a link ("ministers from X", "ممثلون عن X", grammar
`delegate_links`) stand for that name, as a spokesperson does: the name and the names
listed with it are the act's parties, not places the people came from (issue 9, lists);
sentences of our own writing."""

from __future__ import annotations

import pytest

from conftest import event_triples


def _pairs(found: set[tuple[str, str, str]], kind: str) -> set[frozenset[str]]:
    return {frozenset((s, t)) for s, k, t in found if k == kind}


def test_a_list_of_ministers_from_states_meets_pairwise(pipeline):
    found = event_triples(pipeline, "Defence ministers from Kenya, Ghana and Senegal meet "
                                    "in Accra on Monday.", "en")
    assert _pairs(found, "CONSULT") == {frozenset(("KEN", "GHA")), frozenset(("KEN", "SEN")),
                                        frozenset(("GHA", "SEN"))}


def test_officials_from_two_states_both_condemn(pipeline):
    found = event_triples(pipeline, "Officials from Chile and Peru condemned the Bolivian "
                                    "raid.", "en")
    assert {("CHL", "ACCUSE", "BOL"), ("PER", "ACCUSE", "BOL")} <= found


@pytest.mark.parametrize("text", [
    "وقّع ممثلون عن تشيلي اتفاقاً مع الحكومة البيروفية.",
    "وقّع مسؤولون من تشيلي اتفاقاً مع الحكومة البيروفية.",
])
def test_arabic_representatives_of_a_state_sign_for_it(pipeline, text):
    found = event_triples(pipeline, text, "ar")
    assert _pairs(found, "SUPPORT") == {frozenset(("CHL", "PER"))}


def test_troops_from_a_place_are_no_delegates(pipeline):
    # "withdrew troops from X": X is where they leave, not whom they act for
    found = event_triples(pipeline, "Chile withdrew its troops from Peru.", "en")
    assert ("CHL", "RETREAT", "PER") in found


def test_responsible_for_is_no_representation(pipeline):
    # "مسؤول عن" (responsible for) keeps its object: no link of `delegate_links` for it
    found = event_triples(pipeline, "قال مسؤولون عن الأمن في تشيلي إن بيرو هاجمت الحدود.",
                          "ar")
    assert all(s != "CHL" or k != "ASSAULT" for s, k, _ in found)



def test_arabic_gunmen_of_a_group_act_for_it(pipeline):
    found = event_triples(pipeline, "قتل مسلحون من حركة الشباب أربعة جنود كينيين في بلدة "
                                    "حدودية.", "ar")
    assert found == {("ORG:al_shabaab", "ASSAULT", "KEN")}


def test_arabic_gunmen_coming_from_a_state_act_for_it(pipeline):
    found = event_triples(pipeline, "هاجم مسلحون قادمون من تشاد قرية سودانية وقتلوا عشرة "
                                    "مدنيين.", "ar")
    assert found == {("TCD", "ASSAULT", "SDN")}
