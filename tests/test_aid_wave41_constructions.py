"""Aid constructions of session 41 (sentences of our own writing): aid named as what its
giver announces is promised (planned); aid dropped from the air onto a place; aid carried
on its way to a place (planned); "زوّدت X Y بـ" and "نقلت X أسلحة إلى Y"; a backing
participle after a group's adjectives; aid let in is access granted; each with near-misses
that state no aid."""

from __future__ import annotations

import pytest

from conftest import event_quads, event_triples, fact_quads


@pytest.mark.parametrize(("text", "lang"), [
    ("Chilean leaders also announce increases in military aid for Peru.", "en"),
    ("أعلن قادة تشيلي زيادة المساعدات العسكرية المقدمة إلى بيرو.", "ar"),
])
def test_an_announced_increase_of_aid_is_promised(pipeline, text, lang):
    facts = fact_quads(pipeline, text, lang)
    assert ("CHL", "aid_to", "PER", "planned") in facts
    assert ("CHL", "aid_to", "PER", "actual") not in facts
    assert ("CHL", "AID", "PER", "actual") not in event_quads(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile announced that it had sent humanitarian aid to Peru.", "en"),
    ("Chile sent a $40 million aid package to Peru.", "en"),
    ("Chile increased its military aid to Peru.", "en"),
])
def test_aid_reported_as_sent_stays_done(pipeline, text, lang):
    assert ("CHL", "aid_to", "PER", "actual") in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The Chilean Air Force begins humanitarian aid drops over the Gaza Strip.", "en"),
    ("The Chilean air force began air dropping food aid into the Gaza Strip.", "en"),
    ("بدأ سلاح الجو التشيلي إسقاط مساعدات إنسانية جواً على قطاع غزة.", "ar"),
    ("نفذ سلاح الجو التشيلي عمليات إسقاط جوي للمساعدات فوق قطاع غزة.", "ar"),
])
def test_aid_dropped_from_the_air_is_aid_to_the_place(pipeline, text, lang):
    assert ("CHL", "AID", "PSE", "actual") in event_quads(pipeline, text, lang)
    assert ("CHL", "aid_to", "PSE", "actual") in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The Chilean air force dropped paratroopers over Peru.", "en"),
    ("Chile dropped bombs over Peru.", "en"),
    ("أسقطت الدفاعات التشيلية طائرة مسيرة فوق بيرو.", "ar"),
])
def test_other_drops_are_no_aid(pipeline, text, lang):
    assert all(kind != "AID" for _, kind, _ in event_triples(pipeline, text, lang))


def test_aid_sent_into_a_place(pipeline):
    text = "Chile sent humanitarian aid into the Gaza Strip."
    assert ("CHL", "AID", "PSE", "actual") in event_quads(pipeline, text, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("The Sumud Flotilla set sail carrying humanitarian aid to Gaza.", "en"),
    ("أبحر أسطول الصمود حاملاً مساعدات إنسانية إلى غزة.", "ar"),
])
def test_aid_carried_on_its_way_is_planned(pipeline, text, lang):
    giver = "ORG:global_sumud_flotilla"
    assert (giver, "AID", "PSE", "planned") in event_quads(pipeline, text, lang)
    assert (giver, "aid_to", "PSE", "planned") in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("A plane carrying relief aid to Peru crashed in Chile.", "en"),
    ("طائرة تحمل مساعدات إغاثية لبيرو تحطمت في تشيلي.", "ar"),
])
def test_a_craft_carrying_aid_names_no_giver(pipeline, text, lang):
    assert all(p != "aid_to" for _, p, _, _ in fact_quads(pipeline, text, lang))


@pytest.mark.parametrize(("text", "goods"), [
    ("زوّدت تشيلي بيرو بأسلحة متطورة.", "arms"),
    ("زودت تشيلي بيرو بذخائر وعتاد.", "arms"),
    ("زوّدت تشيلي بيرو بمساعدات إنسانية.", "aid"),
])
def test_arabic_supplied_with_goods_is_aid_to_the_object(pipeline, text, goods):
    assert ("CHL", "AID", "PER", "actual") in event_quads(pipeline, text, "ar")
    assert ("PER", "AID", "CHL") not in event_triples(pipeline, text, "ar")


@pytest.mark.parametrize("text", [
    "زودت تشيلي بيرو بمعلومات عن الطقس.",
    "زودت الشركة التشيلية بيرو بالكهرباء.",
])
def test_arabic_supplied_with_other_things_is_no_aid(pipeline, text):
    assert all(kind != "AID" for _, kind, _ in event_triples(pipeline, text, "ar"))


def test_arabic_arms_moved_to_a_receiver_are_aid(pipeline):
    text = "نقلت تشيلي صواريخ إلى بيرو."
    assert ("CHL", "AID", "PER", "actual") in event_quads(pipeline, text, "ar")


@pytest.mark.parametrize("text", [
    "نقلت وكالة رويترز عن مسؤول تشيلي أن سانتياغو سترسل أسلحة.",
    "نقلت تشيلي الجرحى إلى مستشفى في بيرو.",
    "ضبطت البحرية التشيلية سفينة تنقل أسلحة إلى الحوثيين.",
    "ضبطت البحرية التشيلية سفينة ترسل أسلحة إلى الحوثيين.",
])
def test_arabic_other_moves_name_no_giver(pipeline, text):
    assert all(kind != "AID" or source != "CHL"
               for source, kind, _ in event_triples(pipeline, text, "ar"))


@pytest.mark.parametrize("text", [
    "تقدمت قوات حركة «إم 23» المتمردة المدعومة من رواندا نحو المدينة.",
    "دعت أنغولا حركة 23 مارس (إم 23) المتمردة المدعومة من رواندا إلى الحوار.",
])
def test_arabic_backer_after_the_group_adjective(pipeline, text):
    assert ("RWA", "aid_to", "ORG:m23", "actual") in fact_quads(pipeline, text, "ar")


def test_arabic_group_adjective_alone_names_no_backer(pipeline):
    text = "تقدمت قوات حركة «إم 23» المتمردة نحو مدينة في رواندا."
    assert all(p != "aid_to" for _, p, _, _ in fact_quads(pipeline, text, "ar"))


@pytest.mark.parametrize("text", [
    "Chile allowed aid trucks into Peru.",
    "Chile allowed humanitarian aid into Peru.",
])
def test_aid_let_in_is_access_not_aid(pipeline, text):
    found = event_triples(pipeline, text, "en")
    assert ("CHL", "RETREAT", "PER") in found
    assert ("CHL", "AID", "PER") not in found


def test_the_luftwaffe_acts_for_germany(pipeline):
    text = "The Luftwaffe began air dropping humanitarian aid into the Gaza Strip."
    assert ("DEU", "AID", "PSE", "actual") in event_quads(pipeline, text, "en")


@pytest.mark.parametrize("text", [
    "وصلت شحنة مساعدات تشيلية إلى بيرو.",
    "وصلت قافلة مساعدات تشيلية إلى بيرو.",
])
def test_arabic_aid_that_arrives_is_aid_not_a_visit(pipeline, text):
    found = event_triples(pipeline, text, "ar")
    assert ("CHL", "AID", "PER") in found
    assert ("CHL", "CONSULT", "PER") not in found


def test_arabic_an_official_who_arrives_visits(pipeline):
    found = event_triples(pipeline, "وصل وزير الخارجية السعودي إلى الخرطوم.", "ar")
    assert ("SAU", "CONSULT", "SDN") in found


def test_english_aid_shipment_that_arrives_is_no_visit(pipeline):
    found = event_triples(pipeline, "A Chilean aid shipment arrived in Peru.", "en")
    assert ("CHL", "AID", "PER") in found
    assert ("CHL", "CONSULT", "PER") not in found
    assert ("CHL", "CONSULT", "PER") in event_triples(
        pipeline, "The Chilean foreign minister arrived in Peru.", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("The Peruvian army launched an offensive against the rebels with the assistance of the "
     "Chilean military.", "en"),
    ("شن الجيش البيروفي هجوماً على المتمردين بمساندة من الجيش التشيلي.", "ar"),
])
def test_assistance_in_an_act_is_aid_that_day(pipeline, text, lang):
    assert ("CHL", "AID", "PER", "actual") in event_quads(pipeline, text, lang)
    assert ("CHL", "aid_to", "PER", "actual") in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile accused Peru of helping the rebels.", "en"),
    ("اتهمت تشيلي بيرو بمساعدة المتمردين.", "ar"),
])
def test_help_alleged_is_no_aid(pipeline, text, lang):
    assert all(kind != "AID" for _, kind, _ in event_triples(pipeline, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile is deploying its military to Peru to help protect its airports.", "en"),
    ("أعلنت تشيلي أنها تنشر قوات عسكرية في بيرو للمساعدة في حماية مطاراتها.", "ar"),
])
def test_forces_sent_to_help_a_state_are_aid_to_it(pipeline, text, lang):
    events = event_quads(pipeline, text, lang)
    assert ("CHL", "MOBILIZE", "PER", "actual") in events
    assert ("CHL", "AID", "PER", "actual") in events
    assert ("CHL", "aid_to", "PER", "actual") in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile deploys destroyers off Peru to help fight drug cartels.", "en"),
    ("Chile deployed troops to the border with Peru.", "en"),
    ("Chile deployed troops to Peru.", "en"),
    ("نشرت تشيلي قوات على الحدود مع بيرو.", "ar"),
])
def test_other_deployments_are_no_aid(pipeline, text, lang):
    assert all(kind != "AID" for _, kind, _ in event_triples(pipeline, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Peru denied that it had attacked the rebels with the support of Chile.", "en"),
    ("نفت بيرو أنها شنت الهجوم على المتمردين بدعم من تشيلي.", "ar"),
])
def test_assistance_in_a_denied_act_is_no_aid_that_day(pipeline, text, lang):
    assert all(kind != "AID" for _, kind, _ in event_triples(pipeline, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile will deploy troops to Peru to help evacuate its citizens.", "en"),
    ("Chile deployed troops to Peru to support the rebels against the government.", "en"),
    ("Chile sent troops to Peru to help UN peacekeepers.", "en"),
    ("نشرت تشيلي قوات في بيرو للمساعدة في إجلاء رعاياها.", "ar"),
    ("أرسلت تشيلي قوات إلى بيرو للمساعدة في دعم المتمردين ضد الحكومة.", "ar"),
])
def test_forces_sent_to_help_others_are_no_aid_to_the_state(pipeline, text, lang):
    assert all(kind != "AID" for _, kind, _ in event_triples(pipeline, text, lang))
    assert all(p != "aid_to" for _, p, _, _ in fact_quads(pipeline, text, lang))


def test_forces_sent_to_help_its_government_are_aid(pipeline):
    text = "Chile sent troops to Peru to help the Peruvian government fight the rebels."
    assert ("CHL", "AID", "PER", "actual") in event_quads(pipeline, text, "en")


@pytest.mark.parametrize("text", [
    "Chile allowed Peru to send aid to Bolivia.",
    "Chile allowed Peruvian officials to deliver aid to Bolivia.",
])
def test_a_third_party_let_give_aid_gives_it(pipeline, text):
    found = event_triples(pipeline, text, "en")
    assert ("PER", "AID", "BOL") in found
    assert ("CHL", "RETREAT", "PER") not in found



@pytest.mark.parametrize("text", [
    "نقلت تشيلي سفارتها إلى القدس.",
    "نقلت تشيلي قواتها إلى الحدود مع بيرو.",
])
def test_arabic_an_embassy_or_troops_moved_are_no_arms(pipeline, text):
    assert all(kind != "AID" for _, kind, _ in event_triples(pipeline, text, "ar"))


def test_aid_let_in_under_pressure_is_the_letting_states_access(pipeline):
    text = "Israel allowed aid trucks into Gaza after pressure from the United States."
    found = event_triples(pipeline, text, "en")
    assert ("ISR", "RETREAT", "PSE") in found
    assert all(kind != "AID" for _, kind, _ in found)
