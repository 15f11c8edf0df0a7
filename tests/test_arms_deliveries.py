"""Arms handed to a receiver ("delivered F-16 fighter jets to X", "سلمت X مقاتلات إلى Y"):
a transfer verb with military goods as its object and a receiver is AID (the aid frame's
`arms_goods`, one list per language shared by its transfer verbs), planned when future;
arms sent at, into or over a target, or to strike, stay an attack, and words of other goods
("batteries", "منظومة", "مدافع") are no arms (issue 9); sentences of our own writing."""

from __future__ import annotations

import pytest

from conftest import event_quads, event_triples, fact_quads


@pytest.mark.parametrize(("text", "giver", "modality"), [
    ("Chile delivered F-16 fighter jets to Peru.", "CHL", "actual"),
    ("Chile will supply air defence systems to Peru.", "CHL", "planned"),
    ("Chile announced it would send more Patriot systems to Peru.", "CHL", "planned"),
    ("Chile sent two Patriot batteries to Peru.", "CHL", "actual"),
    ("Chile shipped artillery shells to Peru.", "CHL", "actual"),
    ("Chile gave armoured vehicles to Peru.", "CHL", "actual"),
])
def test_english_arms_delivered_are_aid(pipeline, text, giver, modality):
    assert (giver, "AID", "PER", modality) in event_quads(pipeline, text, "en")
    assert (giver, "aid_to", "PER", modality) in fact_quads(pipeline, text, "en")


@pytest.mark.parametrize(("text", "modality"), [
    ("سلمت تشيلي مقاتلات إف-16 إلى بيرو.", "actual"),
    ("أعلنت تشيلي أنها سترسل المزيد من أنظمة باتريوت إلى بيرو.", "planned"),
    ("سترسل تشيلي أنظمة دفاع جوي إلى بيرو.", "planned"),
    ("قدمت تشيلي صواريخ إلى بيرو.", "actual"),
])
def test_arabic_arms_delivered_are_aid(pipeline, text, modality):
    assert ("CHL", "AID", "PER", modality) in event_quads(pipeline, text, "ar")
    assert ("CHL", "aid_to", "PER", modality) in fact_quads(pipeline, text, "ar")


@pytest.mark.parametrize(("text", "kind"), [("سلمت تشيلي مقاتلات إف-16 إلى بيرو.", "AID"),
                                           ("باعت تشيلي مقاتلات إلى بيرو.", "COOPERATE")])
def test_arabic_fighter_jets_handed_over_or_sold_are_no_assault(pipeline, text, kind):
    # sold, they are an exchange (tests/test_trade_sale.py), handed over a gift
    found = event_triples(pipeline, text, "ar")
    assert ("CHL", kind, "PER") in found
    assert ("CHL", "ASSAULT", "PER") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile sent aircraft to Peru to evacuate its citizens.", "en"),
    ("أرسلت تشيلي طائرة إلى بيرو لإجلاء رعاياها.", "ar"),
])
def test_a_plane_sent_is_no_arms(pipeline, text, lang):
    assert all(kind != "AID" for _, kind, _ in event_triples(pipeline, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile sent drones into Peru overnight.", "en"),
    ("Chile sent 19 drones into Peruvian airspace.", "en"),
    ("Chile sent drones over Peru.", "en"),
    ("Chile sent shells at Peru.", "en"),
    ("Chile sent drones towards Lima overnight.", "en"),
    ("Chile sent missiles towards Lima.", "en"),
    ("Chile sent jets to strike Peru.", "en"),
    ("أرسلت تشيلي طائرات مسيرة نحو ليما.", "ar"),
    ("أقدمت تشيلي على إطلاق صواريخ على بيرو.", "ar"),
    ("أرسلت تشيلي طائرات حربية إلى بيرو لقصف المعارضة.", "ar"),
])
def test_arms_sent_at_a_target_stay_an_attack(pipeline, text, lang):
    found = event_triples(pipeline, text, lang)
    assert ("CHL", "ASSAULT", "PER") in found
    assert all(kind != "AID" for _, kind, _ in found)


@pytest.mark.parametrize(("text", "lang"), [
    # sent towards a place, for drills or to evacuate: no arms handed over (issue 9)
    ("China sent 45 warplanes towards Taiwan on Monday.", "en"),
    ("Russia sent fighter jets to Belarus for joint drills.", "en"),
    ("Turkey sent a military aircraft to Sudan to evacuate its citizens.", "en"),
    ("أرسلت روسيا قاذفات ومقاتلات إلى فنزويلا لإجراء مناورات", "ar"),
    ("أرسلت تركيا طائرة عسكرية إلى ليبيا لإجلاء رعاياها", "ar"),
    # goods words of other things: car batteries, a defender, a system, a march
    ("South Korea will supply batteries to the United States.", "en"),
    ("ستبيع الصين بطاريات إلى فرنسا", "ar"),
    ("سلمت تركيا الناشط المدافع عن حقوق الإنسان إلى مصر", "ar"),
    ("قدمت مصر منظومة متكاملة لتطوير التعليم إلى ليبيا", "ar"),
    ("أرسلت مصر مسيرة إلى ليبيا", "ar"),
    # قدّم across another object or topic, and تقدّم (advanced)
    ("قدمت روسيا احتجاجا لأمريكا بشأن الصواريخ", "ar"),
    ("قدمت أوكرانيا معلومات لبولندا عن المسيرات الروسية", "ar"),
    ("تقدمت الدبابات الروسية نحو أوكرانيا", "ar"),
])
def test_arms_near_misses_are_no_aid(pipeline, text, lang):
    assert all(kind != "AID" for _, kind, _ in event_triples(pipeline, text, lang))


@pytest.mark.parametrize(("text", "kind"), [
    ("أرسلت روسيا قاذفات ومقاتلات إلى فنزويلا لإجراء مناورات", "MOBILIZE"),
    # a protest lodged with a government is a complaint (disapprove, as English "lodged a
    # protest"), no demonstration
    ("قدمت روسيا احتجاجا لأمريكا بشأن الصواريخ", "ACCUSE"),
])
def test_arabic_arms_near_misses_keep_their_reading(pipeline, text, kind):
    assert {k for _, k, _ in event_triples(pipeline, text, "ar")} == {kind}


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile sent two Patriot batteries to Peru.", "en"),
    ("Chile sent air-defence batteries to Peru.", "en"),
    ("The United States approved the supply of weapons to Peru.", "en"),
    ("Chile approved the supply of more artillery shells to Peru.", "en"),
    ("أرسلت تشيلي بطاريات باتريوت إلى بيرو.", "ar"),
    ("سلمت تشيلي منظومات دفاع جوي إلى بيرو.", "ar"),
    ("قدمت تشيلي المزيد من الصواريخ إلى بيرو.", "ar"),
    ("قدمت تشيلي 20 دبابة إلى بيرو.", "ar"),
])
def test_named_arms_stay_aid(pipeline, text, lang):
    giver = "USA" if text.startswith("The United States") else "CHL"
    assert (giver, "AID", "PER") in event_triples(pipeline, text, lang)


def test_relief_sent_at_once_stays_aid(pipeline):
    # "على الفور" (at once) is no "أقدم على" (went ahead and ...)
    text = "أرسلت مصر على الفور مواد غذائية إلى غزة"
    assert ("EGY", "AID", "PSE") in event_triples(pipeline, text, "ar")


def test_english_aid_sent_into_a_place_stays_aid(pipeline):
    # the stops are the arms forms' own: relief sent into a place is aid
    assert ("EGY", "AID", "PSE") in event_triples(pipeline, "Egypt sent aid into Gaza.", "en")
