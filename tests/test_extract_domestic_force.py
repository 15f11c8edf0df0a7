"""Police firing on people of their own state is an assault within it (ONTOLOGY "Actors in
events"; the ontology's ASSAULT `domestic: [firearms]`), unless a group is named as the
shooter. Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples

events = event_triples


@pytest.mark.parametrize("text", [
    "A man with a knife attacked diners in Lyon, France. Police shot him dead.",
    "A man with a knife attacked diners in Lyon, France. He was shot dead by police.",
])
def test_police_shooting_an_attacker_is_a_domestic_assault(pipeline: Pipeline,
                                                          text: str) -> None:
    assert ("FRA", "ASSAULT", "FRA") in events(pipeline, text)


def test_a_group_named_behind_by_is_the_shooter(pipeline: Pipeline) -> None:
    found = events(pipeline, "Two soldiers were shot by an ELN patrol near Cali, Colombia.")
    assert ("COL", "ASSAULT", "COL") not in found, found


def test_other_force_needs_a_target_named(pipeline: Pipeline) -> None:
    found = events(pipeline, "Fighting spread in Colombia. The army shelled hills near a "
                             "river town on Monday.")
    assert ("COL", "ASSAULT", "COL") not in found, found


def test_police_dispersing_their_own_protesters_is_a_domestic_assault(
        pipeline: Pipeline) -> None:
    found = events(pipeline, "Protests spread across Kenya. Kenyan police fired tear gas at "
                             "protesters in Nairobi.")
    assert ("KEN", "ASSAULT", "KEN") in found, found


@pytest.mark.parametrize(("text", "lang"), [
    ("Two shop owners are shot dead outside a market in Puebla, Mexico.", "en"),
    ("A tourist was shot in Lyon, France, on Sunday.", "en"),
    ("قُتل صاحبا متجرين برصاص مجهولين في المكسيك.", "ar"),  # read MEX ASSAULT MEX before
    ("قُتل ثلاثة أشخاص برصاص مسلحين في قرية بالمكسيك.", "ar"),
])
def test_a_shooting_with_no_shooter_named_is_no_state_act(pipeline: Pipeline, text: str,
                                                           lang: str) -> None:
    # a gunman acts for no state (data/devset/GUIDE.md): the place names no doer
    found = events(pipeline, text, lang)
    assert not any(t == "ASSAULT" for _, t, _ in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("Protests spread in Kenya. Two protesters were shot by police in Nairobi.", "en"),
    ("قُتل متظاهران برصاص الشرطة الكينية.", "ar"),
])
def test_a_shooting_by_police_stays_the_state_s(pipeline: Pipeline, text: str,
                                                lang: str) -> None:
    assert ("KEN", "ASSAULT", "KEN") in events(pipeline, text, lang)
