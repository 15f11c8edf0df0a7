"""Fact and event constructions in both languages, on sentences of our own writing: an
armed group agrees with a state as a state does ("A and the group agreed to a truce",
"اتفقت A والجماعة على هدنة"), also inside reported speech ("قالت X إن A وB اتفقتا"); quotes
closing a name keep its backing participle; logistical or technical support given is aid; a
crossing closed between two states is their border (not the closer's, when it is neither);
charges directed ("وجهت ... تهمة") are an accusation."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples, fact_quads


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sudan and the Rapid Support Forces agreed to a three-day truce in Darfur."),
    ("ar", "اتفقت السودان وقوات الدعم السريع على هدنة لمدة ثلاثة أيام في دارفور."),
    ("ar", "قالت مصر إن السودان وقوات الدعم السريع اتفقتا على هدنة لمدة ثلاثة أيام."),
])
def test_a_state_and_an_armed_group_agreeing_is_their_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    facts = {(s, o) for s, p, o, _ in fact_quads(pipeline, text, lang)
             if p == "agreement_with"}
    assert facts == {("SDN", "ORG:rsf")}, facts
    events = {t for t in event_triples(pipeline, text, lang) if t[1] == "AGREE"}
    assert events == {("SDN", "AGREE", "ORG:rsf")}, events


def test_the_speaker_of_an_armed_groups_agreement_is_no_party(pipeline: Pipeline) -> None:
    text = "قالت مصر إن السودان وقوات الدعم السريع اتفقتا على هدنة لمدة ثلاثة أيام."
    found = event_triples(pipeline, text, "ar") | {
        (s, p, o) for s, p, o, _ in fact_quads(pipeline, text, "ar")}
    assert not any("EGY" in (s, o) for s, _, o in found), found


@pytest.mark.parametrize("text", [
    "تقدمت حركة «إم 23» المدعومة من رواندا نحو مدينة أوفيرا.",
    "تقدمت حركة \"إم 23\" المدعومة من رواندا نحو مدينة أوفيرا.",
    "تقدمت حركة إم 23 المدعومة من رواندا نحو مدينة أوفيرا.",
])
def test_quotes_closing_a_name_do_not_part_it_from_its_backing_participle(
        pipeline: Pipeline, text: str) -> None:
    aid = {(s, o) for s, p, o, _ in fact_quads(pipeline, text, "ar") if p == "aid_to"}
    assert aid == {("RWA", "ORG:m23")}, aid


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Uzbekistan closes the main border crossing with Tajikistan after the clashes."),
    ("ar", "أغلقت أوزبكستان المعبر الحدودي الرئيسي مع طاجيكستان بعد الاشتباكات."),
    ("ar", "أغلقت أوزبكستان المعبر الحدودي الرئيسي بين البلدين بعد اتهامها طاجيكستان "
           "بإيواء مسلحين."),
])
def test_a_border_crossing_closed_is_the_border_of_the_pair(
        pipeline: Pipeline, lang: str, text: str) -> None:
    borders = {frozenset((s, o)) for s, p, o, _ in fact_quads(pipeline, text, lang)
               if p == "border_with"}
    assert borders == {frozenset(("UZB", "TJK"))}, borders


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Turkey provides logistical support and drones to Azerbaijan."),
    ("en", "Turkey will offer technical support to Azerbaijan's border guards."),
    ("ar", "قدّمت تركيا دعماً لوجستياً وطائرات مسيّرة لأذربيجان."),
    ("ar", "وفرت تركيا الدعم الفني لحرس الحدود في أذربيجان."),
])
def test_logistical_or_technical_support_given_is_aid(
        pipeline: Pipeline, lang: str, text: str) -> None:
    aid = {(s, o) for s, p, o, _ in fact_quads(pipeline, text, lang) if p == "aid_to"}
    assert aid == {("TUR", "AZE")}, aid


@pytest.mark.parametrize(("text", "closed"), [
    ("أغلقت تركيا المعبر الحدودي بين العراق وسوريا أمام الشاحنات.", set()),
    # the crossing is still closed, to the place it serves
    ("أغلقت إسرائيل معبر رفح الحدودي بين غزة ومصر.", {("ISR", "SANCTION", "PSE")}),
])
def test_a_crossing_closed_between_two_others_is_no_border_of_the_closer(
        pipeline: Pipeline, text: str, closed: set) -> None:
    borders = {(s, o) for s, p, o, _ in fact_quads(pipeline, text, "ar")
               if p == "border_with"}
    assert not borders, borders
    events = {t for t in event_triples(pipeline, text, "ar") if t[1] == "SANCTION"}
    assert events == closed, events


@pytest.mark.parametrize("text", [
    "بعد اشتباكات بين أوزبكستان وطاجيكستان، أغلقت أوزبكستان المعبر الحدودي الرئيسي بين البلدين.",
    "أغلقت أوزبكستان معبر أويبيك الحدودي بين أوزبكستان وطاجيكستان.",
])
def test_a_crossing_closed_between_the_closer_and_another_is_their_border(
        pipeline: Pipeline, text: str) -> None:
    borders = {frozenset((s, o)) for s, p, o, _ in fact_quads(pipeline, text, "ar")
               if p == "border_with"}
    assert borders == {frozenset(("UZB", "TJK"))}, borders


def test_charges_after_a_time_phrase_are_not_what_was_directed(pipeline: Pipeline) -> None:
    text = "وجهت روسيا إلى أوكرانيا ضربات مكثفة بعد تهم بالتخريب."
    found = event_triples(pipeline, text, "ar")
    assert ("RUS", "ASSAULT", "UKR") in found, found
    assert ("RUS", "ACCUSE", "UKR") not in found, found


def test_charges_directed_to_a_long_description_are_an_accusation(pipeline: Pipeline) -> None:
    text = "وجهت كينيا إلى وزير الخارجية الأوغندي السابق تهمة التحريض."
    assert ("KEN", "ACCUSE", "UGA") in event_triples(pipeline, text, "ar")
