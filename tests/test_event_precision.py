"""Precision constructions, each on sentences of our own writing: an act someone is kept
from is intended, not done ("blocks X from deploying", "منع X من نشر"); what is discussed
or negotiated is the talks' topic, never a party of them (English now reads "discuss" and
"negotiations" as the Arabic frame does: the partner named after "with")."""

from __future__ import annotations

from conftest import event_quads


def test_an_act_blocked_by_a_court_is_planned(pipeline) -> None:
    text = "A Brazilian judge blocks the government from deploying troops to the Amazon."
    quads = event_quads(pipeline, text)
    assert ("BRA", "MOBILIZE", "BRA", "planned") in quads
    assert ("BRA", "MOBILIZE", "BRA", "actual") not in quads


def test_an_act_kept_from_in_arabic_is_planned(pipeline) -> None:
    text = "منعت المحكمة العليا الكينية الحكومة من نشر قوات في العاصمة نيروبي."
    quads = event_quads(pipeline, text, "ar")
    assert ("KEN", "MOBILIZE", "KEN", "planned") in quads
    assert ("KEN", "MOBILIZE", "KEN", "actual") not in quads


def test_an_act_not_after_from_keeps_its_modality(pipeline) -> None:
    text = "A Brazilian judge blocks the road plan, and the army deploys troops to the Amazon."
    assert ("BRA", "MOBILIZE", "BRA", "actual") in event_quads(pipeline, text)


def test_the_state_a_war_is_fought_in_is_no_party_of_its_talks(pipeline) -> None:
    text = "Austria and Hungary discussed the war in Serbia by telephone on Monday."
    quads = event_quads(pipeline, text)
    assert not {q for q in quads if "SRB" in q[:3:2]}


def test_a_discussion_partner_is_named_after_with(pipeline) -> None:
    text = "The Finnish president discussed energy prices with Sweden on Monday."
    assert ("FIN", "CONSULT", "SWE", "actual") in event_quads(pipeline, text)


def test_the_place_of_negotiations_is_no_party(pipeline) -> None:
    text = ("Peru said that Chile has no role in any negotiations in Quito, Ecuador, on "
            "ending the border dispute.")
    quads = event_quads(pipeline, text)
    assert not {q for q in quads if q[1] == "CONSULT" and "ECU" in q[:3:2]}


def test_sanctions_targeting_a_state_attack_no_one(pipeline) -> None:
    text = "Norway imposes new sanctions targeting Iranian banks."
    quads = event_quads(pipeline, text)
    assert ("NOR", "SANCTION", "IRN", "actual") in quads
    assert not {q for q in quads if q[1] == "ASSAULT"}


def test_targeted_sanctions_are_no_attack(pipeline) -> None:
    text = "Japan announces targeted sanctions on North Korean shipping firms."
    quads = event_quads(pipeline, text)
    assert not {q for q in quads if q[1] == "ASSAULT"}


def test_strikes_targeting_a_group_still_attack_it(pipeline) -> None:
    text = "Turkish jets launch airstrikes on Qandil, targeting PKK camps."
    assert any(q[0] == "TUR" and q[1] == "ASSAULT" for q in event_quads(pipeline, text))


def test_the_object_of_a_prevented_act_is_no_act_of_its_own(pipeline) -> None:
    text = "A U.S. judge blocked the administration from deploying National Guard units to Chicago."
    quads = event_quads(pipeline, text)
    assert ("USA", "MOBILIZE", "USA", "planned") in quads
    assert ("USA", "MOBILIZE", "USA", "actual") not in quads


def test_an_investigation_announced_leaves_the_allegations_made(pipeline) -> None:
    text = "Police in Seoul said they will investigate the allegations against the mayor."
    quads = event_quads(pipeline, text)
    assert ("KOR", "ACCUSE", "KOR", "planned") in quads


def test_talks_a_planned_meeting_is_for_are_planned_too(pipeline) -> None:
    text = ("The Chilean president announced that he will be meeting the Peruvian president "
            "in Lima, Peru, for talks next week to discuss fishing rights with him.")
    quads = {q for q in event_quads(pipeline, text) if q[1] == "CONSULT"}
    assert quads and all(q[3] == "planned" for q in quads)


def test_a_cause_after_due_to_is_no_purpose(pipeline) -> None:
    text = ("Peru announced it will withdraw from talks with Chile due to sanctions imposed on "
            "it by Ecuador last week.")
    sanctions = {q for q in event_quads(pipeline, text) if q[0] == "ECU"}
    assert sanctions and all(q[3] == "actual" for q in sanctions)
