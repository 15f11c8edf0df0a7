"""Arms handed to a receiver ("delivered F-16 fighter jets to X", "سلمت X مقاتلات إلى Y"):
a transfer verb with military goods as its object and a receiver is AID (the aid frame's
`arms_goods`, one list per language shared by its transfer verbs), planned when future;
arms fired or sent at a target stay an attack (issue 9); sentences of our own writing."""

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


@pytest.mark.parametrize("text", ["سلمت تشيلي مقاتلات إف-16 إلى بيرو.",
                                  "وافقت تشيلي على صفقة تشمل بيع مقاتلات إلى بيرو."])
def test_arabic_fighter_jets_handed_over_or_sold_are_no_assault(pipeline, text):
    found = event_triples(pipeline, text, "ar")
    assert ("CHL", "AID", "PER") in found
    assert ("CHL", "ASSAULT", "PER") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile sent aircraft to Peru to evacuate its citizens.", "en"),
    ("أرسلت تشيلي طائرة إلى بيرو لإجلاء رعاياها.", "ar"),
])
def test_a_plane_sent_is_no_arms(pipeline, text, lang):
    assert all(kind != "AID" for _, kind, _ in event_triples(pipeline, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile fired missiles at Peru.", "en"),
    ("Chilean drones struck Peru overnight.", "en"),
    ("Chile sent drones towards Lima overnight.", "en"),
    ("Chile sent missiles towards Lima.", "en"),
    ("أطلقت تشيلي صواريخ على بيرو.", "ar"),
    ("أرسلت تشيلي طائرات مسيرة نحو ليما.", "ar"),
    ("أقدمت تشيلي على إطلاق صواريخ على بيرو.", "ar"),
    ("قصفت مقاتلات تشيلية بيرو.", "ar"),
])
def test_arms_fired_at_a_target_stay_an_attack(pipeline, text, lang):
    found = event_triples(pipeline, text, lang)
    assert ("CHL", "ASSAULT", "PER") in found
    assert all(kind != "AID" for _, kind, _ in found)
