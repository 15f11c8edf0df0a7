"""Aid constructions of session 44 (sentences of our own writing): arms or a sum received
from a giver ("Y received 20 helicopters from X", "تلقت Y ... من X", "ستحصل Y على ...
من X"), the receiver in the clause and the giver after "from"; aid sent or given to a
receiver named as the verb's first object ("X will send Y a joint aid package"); each
with near-misses that state no aid."""

from __future__ import annotations

import pytest

from conftest import event_triples, fact_quads


@pytest.mark.parametrize(("text", "lang", "modality"), [
    ("Peru received 20 helicopters from Chile.", "en", "actual"),
    ("The Peruvian army received 12 tanks from Chile and more drones from Spain.", "en",
     "actual"),
    ("Peru receives a first shipment of armoured vehicles from Chile.", "en", "actual"),
    ("Peru will receive $300 million from Chile to rebuild its ports.", "en", "planned"),
    ("تلقت بيرو 20 مروحية من تشيلي.", "ar", "actual"),
    ("ستحصل بيرو على 300 مليون دولار من تشيلي.", "ar", "planned"),
    ("وقالت بيرو إنها حصلت على 40 طنا من تشيلي.", "ar", "actual"),
])
def test_goods_received_from_a_giver_are_its_aid(pipeline, text, lang, modality):
    facts = fact_quads(pipeline, text, lang)
    assert ("CHL", "aid_to", "PER", modality) in facts
    assert all(not (s == "PER" and p == "aid_to") for s, p, _, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("Peru received a letter from Chile.", "en"),
    ("Peru received an invitation from Chile.", "en"),
    ("Peru received 2 million visitors from Chile.", "en"),
    ("Peru received a phone call from Chile.", "en"),
    ("تلقت بيرو رسالة من تشيلي.", "ar"),
    ("حصلت بيرو على دعوة من تشيلي.", "ar"),
])
def test_other_things_received_are_no_aid(pipeline, text, lang):
    assert all(p != "aid_to" for _, p, _, _ in fact_quads(pipeline, text, lang))
    assert all(kind != "AID" for _, kind, _ in event_triples(pipeline, text, lang))


@pytest.mark.parametrize(("text", "modality"), [
    ("Chile and Spain will send Peru a joint aid package.", "planned"),
    ("Chile gave Peru a new aid package.", "actual"),
    ("Chile granted Peru a loan.", "actual"),
])
def test_receiver_as_first_object_receives(pipeline, text, modality):
    facts = fact_quads(pipeline, text, "en")
    assert ("CHL", "aid_to", "PER", modality) in facts
    assert ("PER", "aid_to", "CHL", modality) not in facts


def test_both_givers_of_a_joint_package(pipeline):
    text = "Chile and Spain will send Peru a joint aid package."
    facts = fact_quads(pipeline, text, "en")
    assert ("ESP", "aid_to", "PER", "planned") in facts


@pytest.mark.parametrize("text", [
    "Chile gave Peru a warning about its aid policy.",
    "Chile sent Peru a letter.",
])
def test_other_first_objects_are_no_aid(pipeline, text):
    assert ("CHL", "aid_to", "PER", "actual") not in fact_quads(pipeline, text, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile reduces funding for two Peruvian charities.", "en"),
    ("Chile halted its funding for Peru's navy and cut millions in grants to the country.",
     "en"),
    ("خفضت تشيلي تمويلها لمنظمات بيروفية.", "ar"),
])
def test_funding_cut_or_reduced_is_no_aid_given(pipeline, text, lang):
    assert all(p != "aid_to" for _, p, _, m in fact_quads(pipeline, text, lang)
               if m == "actual")
    assert ("CHL", "SANCTION", "PER") in event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Peru rejected an offer of aid from Chile.", "en"),
    ("Peru turned down an offer of military aid from Chile.", "en"),
    ("Peru refused to accept aid from Chile.", "en"),
    ("رفضت بيرو تلقي مساعدات من تشيلي.", "ar"),
])
def test_aid_refused_is_not_given(pipeline, text, lang):
    facts = fact_quads(pipeline, text, lang)
    assert ("CHL", "aid_to", "PER", "actual") not in facts
    assert ("CHL", "AID", "PER") not in event_triples(pipeline, text, lang)


def test_aid_offer_accepted_is_given(pipeline):
    text = "Peru accepted an offer of aid from Chile."
    assert ("CHL", "aid_to", "PER", "actual") in fact_quads(pipeline, text, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile will fund the construction of a new wing for Peru's parliament.", "en"),
    ("ستمول تشيلي بناء مستشفى في بيرو.", "ar"),
])
def test_construction_funded_is_planned_aid(pipeline, text, lang):
    assert ("CHL", "aid_to", "PER", "planned") in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize("text", [
    "Chile joined the International Monetary Fund in Peru's presence.",
    "Chile's sovereign fund bought shares of a Peruvian bank.",
])
def test_the_noun_fund_is_no_funding(pipeline, text):
    assert all(p != "aid_to" for _, p, _, _ in fact_quads(pipeline, text, "en"))


@pytest.mark.parametrize(("text", "modality"), [
    ("وافقت تشيلي على إقراض بيرو 500 مليون دولار.", "planned"),
    ("قدمت تشيلي تمويلا عسكريا لبيرو بقيمة مليار دولار.", "actual"),
    ("عززت تشيلي الدعم الاقتصادي والعسكري لبيرو.", "actual"),
    ("وقعت تشيلي اتفاقية من شأنها توسيع الدعم الاقتصادي والعسكري لبيرو.", "planned"),
])
def test_arabic_lending_and_funding_to_a_receiver(pipeline, text, modality):
    assert ("CHL", "aid_to", "PER", modality) in fact_quads(pipeline, text, "ar")


@pytest.mark.parametrize(("text", "lang"), [
    ("The Peruvian army launched an offensive on the rebels in the north, with the support "
     "of the Chilean army.", "en"),
    ("شن الجيش البيروفي هجوما على المتمردين في الشمال، بمساندة من الجيش التشيلي.", "ar"),
])
def test_support_after_a_comma_goes_to_the_main_clause(pipeline, text, lang):
    facts = fact_quads(pipeline, text, lang)
    assert ("CHL", "aid_to", "PER", "actual") in facts
    assert ("PER", "ASSAULT", "CHL") not in event_triples(pipeline, text, lang)


def test_support_after_a_comma_names_no_receiver_when_none_is_named(pipeline):
    text = "Rebels attacked a village in the north, with the support of the Chilean army."
    assert all(p != "aid_to" for _, p, _, _ in fact_quads(pipeline, text, "en"))


def test_aid_that_cannot_be_given_is_negated(pipeline):
    text = "Chile said that it cannot allocate more resources to support Peru."
    facts = fact_quads(pipeline, text, "en")
    assert ("CHL", "aid_to", "PER", "actual") not in facts
    assert ("CHL", "AID", "PER") not in event_triples(pipeline, text, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("The Bolivian navy stopped a ship with weapons delivered from Chile to Peru.", "en"),
    ("Arms shipped from Chile to Peru were seized by Bolivia.", "en"),
    ("أوقفت البحرية البوليفية سفينة تحمل أسلحة مرسلة من تشيلي إلى بيرو.", "ar"),
    ("ضبطت بوليفيا شحنة أسلحة أرسلت من تشيلي إلى بيرو.", "ar"),
])
def test_arms_sent_from_a_giver_to_a_receiver(pipeline, text, lang):
    facts = fact_quads(pipeline, text, lang)
    assert ("CHL", "aid_to", "PER", "actual") in facts
    assert all(s != "BOL" for s, p, _, _ in facts if p == "aid_to")


@pytest.mark.parametrize("text", [
    "A letter sent from Chile to Peru was published.",
    "Bolivia stopped a ship with sailors from Chile.",
])
def test_other_things_sent_and_ships_are_no_aid(pipeline, text):
    assert all(p != "aid_to" for _, p, _, _ in fact_quads(pipeline, text, "en"))


def test_the_verb_ship_still_sends_arms(pipeline):
    text = "Chile will ship more missiles to Peru."
    assert ("CHL", "aid_to", "PER", "planned") in fact_quads(pipeline, text, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile, Spain and Brazil pledged a total of $30 million to Peru.", "en"),
    ("تعهدت تشيلي وإسبانيا والبرازيل بما مجموعه 30 مليون دولار لبيرو.", "ar"),
])
def test_each_donor_of_a_pledged_total_gives(pipeline, text, lang):
    facts = fact_quads(pipeline, text, lang)
    for donor in ("CHL", "ESP", "BRA"):
        assert (donor, "aid_to", "PER", "planned") in facts


@pytest.mark.parametrize("text", [
    "Chile, Spain and Brazil have a total of 30 million people.",
    "Chile pledged a total of 30 reforms to Peru.",
])
def test_a_total_of_other_things_is_no_aid(pipeline, text):
    assert all(p != "aid_to" for _, p, _, _ in fact_quads(pipeline, text, "en"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Peru received humanitarian aid from Chile via UNICEF.", "en"),
    ("Peru received humanitarian aid from Chile through the World Food Programme.", "en"),
    ("تلقت بيرو مساعدات إنسانية من تشيلي عبر اليونيسف.", "ar"),
])
def test_the_body_aid_passes_through_is_no_receiver(pipeline, text, lang):
    facts = fact_quads(pipeline, text, lang)
    assert ("CHL", "aid_to", "PER", "actual") in facts
    assert all(o == "PER" for s, p, o, _ in facts if p == "aid_to")


@pytest.mark.parametrize(("text", "lang"), [
    ("Bolivia said that Peru received 20 tanks from Chile.", "en"),
    ("Bolivia says Peru received $300 million from Chile.", "en"),
    ("قالت بوليفيا إن الجيش البيروفي شن هجوما على المتمردين، بمساندة من الجيش التشيلي.", "ar"),
])
def test_the_reported_clause_receives_not_the_speaker(pipeline, text, lang):
    facts = fact_quads(pipeline, text, lang)
    assert ("CHL", "aid_to", "PER", "actual") in facts
    assert all(o != "BOL" for _, p, o, _ in facts if p == "aid_to")


@pytest.mark.parametrize("text", [
    "Arms shipped from Chile were seized by the US Navy.",
    "Weapons shipped from Chile were seized by Bolivia's navy, Bolivia said.",
])
def test_arms_sent_with_no_receiver_named_go_to_no_one(pipeline, text):
    facts = fact_quads(pipeline, text, "en")
    assert all(p != "aid_to" for _, p, _, _ in facts)


def test_arabic_arms_sent_with_no_receiver_named_go_to_no_one(pipeline):
    text = "ضبطت البحرية الأمريكية أسلحة مرسلة من تشيلي، وقالت الولايات المتحدة إنها ستحقق."
    assert all(p != "aid_to" for _, p, _, _ in fact_quads(pipeline, text, "ar"))


@pytest.mark.parametrize("text", [
    "Chile sent Peru a proposal on aid corridors.",
    "Chile sent Peru a message about aid.",
    "Chile sent Peru an aid request.",
    "Chile gave Peru a warning that aid would stop.",
    "Chile gave Peru a list of aid trucks it would let in.",
])
def test_a_first_object_with_another_noun_given_is_no_aid(pipeline, text):
    assert ("CHL", "aid_to", "PER", "actual") not in fact_quads(pipeline, text, "en")


def test_an_aid_shipment_given_to_a_first_object(pipeline):
    text = "Chile sent Peru a new aid shipment."
    assert ("CHL", "aid_to", "PER", "actual") in fact_quads(pipeline, text, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Peru received $3 billion from frozen Bolivian assets.", "en"),
    ("Peru received $3 billion from Bolivian assets frozen in Chile.", "en"),
    ("حصلت بيرو على 3 مليارات دولار من الأصول البوليفية المجمدة.", "ar"),
])
def test_the_owner_of_assets_received_from_gives_nothing(pipeline, text, lang):
    facts = fact_quads(pipeline, text, lang)
    assert all(s != "BOL" for s, p, _, _ in facts if p == "aid_to")


@pytest.mark.parametrize(("text", "lang"), [
    ("Peru reduced funding shortfalls with help from Chile.", "en"),
    ("Peru will reduce the funding gap with loans from Chile.", "en"),
    ("خفضت بيرو عجز التمويل بدعم من تشيلي.", "ar"),
    ("تعمل بيرو على تقليص فجوة التمويل بدعم من تشيلي.", "ar"),
])
def test_a_funding_gap_reduced_is_no_sanction(pipeline, text, lang):
    events = event_triples(pipeline, text, lang)
    assert all(kind != "SANCTION" for _, kind, _ in events)
