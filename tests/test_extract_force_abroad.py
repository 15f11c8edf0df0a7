"""Force used by one state where another's people are: who does it, and to whom.
Sentences of our own writing, each with a near-miss that must keep the old reading.

- "wounding 40 Lebanese with gunfire": people counted before the act's means are its
  patients, not its doers (extractor._people_before_adjunct).
- "shot by Turkish troops in northern Iraq": a passive's agent acting in another state's place
  targets that state, not its own people (extractor._passive_where before _domestic_agent).
- "deploys tanks into the Golan Heights": "into" marks a deployment's destination.
"""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples

events = event_triples


@pytest.mark.parametrize(("text", "lang"), [
    ("Syrian troops stormed a village in Lebanon, wounding at least 40 Lebanese with "
     "gunfire.", "en"),
    ("Syrian troops stormed a village in Lebanon, wounding 40 Lebanese with gunfire and "
     "tear gas.", "en"),
    ("اقتحمت القوات السورية قرية في لبنان، ما أسفر عن إصابة 40 لبنانياً على الأقل "
     "بالرصاص والغاز المسيل للدموع.", "ar"),
    # the act before names a place, not the people: the result phrase makes them patients
    ("نفذت القوات السورية مداهمة لقرية في لبنان، ما أسفر عن إصابة 40 لبنانياً على الأقل "
     "بالرصاص والغاز المسيل للدموع.", "ar"),
])
def test_people_counted_before_the_means_are_no_doer(pipeline: Pipeline, text: str,
                                                      lang: str) -> None:
    found = events(pipeline, text, lang)
    assert ("LBN", "ASSAULT", "LBN") not in found, found
    assert ("SYR", "ASSAULT", "LBN") in found, found


def test_people_counted_as_the_subject_of_a_verb_still_act(pipeline: Pipeline) -> None:
    # near-miss: no preposition governs the trigger, the counted people fired
    found = events(pipeline, "Forty Lebanese shot at Syrian border guards on Monday.")
    assert ("LBN", "ASSAULT", "SYR") in found, found


@pytest.mark.parametrize(("text", "lang", "doer", "target"), [
    ("Five Iranians with explosives attacked the Israeli embassy.", "en", "IRN", "ISR"),
    ("Fifty Lebanese responded with gunfire at Israeli troops.", "en", "LBN", "ISR"),
    ("شارك 30 فلسطينياً بالهجوم على مستوطنة إسرائيلية.", "ar", "PSE", "ISR"),
])
def test_people_counted_who_open_their_clause_still_act(pipeline: Pipeline, text: str,
                                                        lang: str, doer: str,
                                                        target: str) -> None:
    # near-miss: a preposition governs the trigger, but no act before has them as patients
    found = events(pipeline, text, lang)
    assert (doer, "ASSAULT", target) in found, found
    assert (target, "ASSAULT", doer) not in found, found


def test_a_passive_agent_acting_in_another_state_targets_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "A farmer was shot by Turkish troops in northern Iraq on Sunday.")
    assert ("TUR", "ASSAULT", "IRQ") in found, found
    assert ("TUR", "ASSAULT", "TUR") not in found, found


def test_a_passive_agent_at_home_stays_domestic(pipeline: Pipeline) -> None:
    # near-miss: the place is the agent's own state, so its own people are the target
    found = events(pipeline, "Protests spread in Kenya. Two students were shot by Kenyan "
                             "police in Nairobi.")
    assert ("KEN", "ASSAULT", "KEN") in found, found


def test_a_deployment_into_a_place_targets_its_state(pipeline: Pipeline) -> None:
    found = events(pipeline, "Egypt deploys tanks into the Gaza Strip for the first time.")
    assert ("EGY", "MOBILIZE", "PSE") in found, found
    assert ("EGY", "MOBILIZE", "EGY") not in found, found


def test_a_deployment_into_its_own_city_stays_domestic(pipeline: Pipeline) -> None:
    # near-miss: "into" a place of the deploying state is a domestic deployment
    found = events(pipeline, "Egypt deploys troops into Cairo to guard polling stations.")
    assert ("EGY", "MOBILIZE", "EGY") in found, found


def test_the_side_after_clash_with_is_the_one_fought(pipeline: Pipeline) -> None:
    found = events(pipeline, "M23 fighters clashed with Mai-Mai groups in villages of North "
                             "Kivu, Democratic Republic of the Congo.")
    assert ("ORG:m23", "ASSAULT", "ORG:mai_mai") in found, found
    assert ("ORG:m23", "ASSAULT", "COD") not in found, found


def test_clashes_with_a_named_group_after_a_noun(pipeline: Pipeline) -> None:
    found = events(pipeline, "Two soldiers of Syria died in clashes with Hurras al-Din near "
                             "Idlib.")
    assert any(t == "ASSAULT" and "ORG:hurras_al_din" in (s, o) for s, t, o in found), found


@pytest.mark.parametrize(("text", "pair"), [
    ("China clashed with the United States over trade tariffs at the WTO meeting.",
     ("CHN", "USA")),
    ("French and German ministers clashed with each other over the budget.", ("FRA", "DEU")),
])
def test_a_clash_over_an_issue_is_no_fight(pipeline: Pipeline, text: str,
                                           pair: tuple[str, str]) -> None:
    found = events(pipeline, text)
    assert (pair[0], "ASSAULT", pair[1]) not in found, found


def test_a_clash_over_control_of_a_place_is_still_a_fight(pipeline: Pipeline) -> None:
    # near-miss: "over" a place fought for, the forces named before and after "with"
    found = events(pipeline, "Sudanese troops clashed with the RSF over control of the El "
                             "Fasher airport.")
    assert ("SDN", "ASSAULT", "ORG:rsf") in found, found


@pytest.mark.parametrize(("text", "target"), [
    ("دفع الجيش المصري بدبابات إلى قطاع غزة للمرة الأولى.", "PSE"),
    ("دفعت مصر بتعزيزات عسكرية إلى حدودها مع ليبيا.", "LBY"),
])
def test_pushing_forces_forward_is_a_deployment(pipeline: Pipeline, text: str,
                                                 target: str) -> None:
    found = events(pipeline, text, "ar")
    assert ("EGY", "MOBILIZE", target) in found, found


def test_pushing_a_product_to_market_deploys_nothing(pipeline: Pipeline) -> None:
    # near-miss: the same verb with goods, not forces
    found = events(pipeline, "دفعت شركة مصرية بمنتج جديد إلى أسواق ليبيا.", "ar")
    assert not any(t == "MOBILIZE" for _, t, _ in found), found


@pytest.mark.parametrize("text", [
    "تدفع تركيا بقافلة مساعدات إنسانية إلى غزة.",
    "دفعت قطر بقافلة من الشاحنات المحملة بالوقود إلى لبنان.",
])
def test_pushing_a_convoy_of_goods_deploys_nothing(pipeline: Pipeline, text: str) -> None:
    # near-miss: a convoy carries aid or fuel; only a military one is a deployment
    found = events(pipeline, text, "ar")
    assert not any(t == "MOBILIZE" for _, t, _ in found), found


def test_pushing_a_military_convoy_forward_is_a_deployment(pipeline: Pipeline) -> None:
    found = events(pipeline, "دفعت تركيا بقافلة عسكرية إلى شمال سوريا.", "ar")
    assert ("TUR", "MOBILIZE", "SYR") in found, found


def test_a_counterattack_on_a_named_side_is_an_assault(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Nigerien army launches a counterattack against Boko Haram "
                             "fighters in Diffa with the help of the Chadian army.")
    assert ("NER", "ASSAULT", "ORG:boko_haram") in found, found


def test_a_counteroffensive_with_no_side_named_targets_no_one(pipeline: Pipeline) -> None:
    # near-miss: no side attacked is named, so no event
    found = events(pipeline, "Mali launched a counteroffensive in the north on Monday.")
    assert not any(t == "ASSAULT" for _, t, _ in found), found


def test_a_diplomatic_counteroffensive_is_no_assault(pipeline: Pipeline) -> None:
    # near-miss: a counteroffensive of words against a named side
    found = events(pipeline, "Iran launched a diplomatic counteroffensive against Israel at "
                             "the UN.")
    assert ("IRN", "ASSAULT", "ISR") not in found, found
