"""Fact constructions of wave 21 (issue #9): sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hundreds of Chileans queued to receive aid from a Peruvian-run food depot in Lima."),
    ("en", "Chile's flood victims received assistance from a church-run shelter in Peru."),
    ("ar", "تلقت تشيلي مساهمات من منظمات خيرية في البيرو"),
])
def test_aid_from_no_named_giver_gives_no_reversed_aid(pipeline: Pipeline, lang: str,
                                                        text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "aid_to" for _, p, _, _ in found), found


@pytest.mark.parametrize(("text", "giver"), [
    ("Chile receives military aid from Peru.", "PER"),
    ("Chile says it welcomes assistance from Peru to fight the fires.", "PER"),
])
def test_aid_from_a_named_giver_is_still_aid(pipeline: Pipeline, text: str, giver: str) -> None:
    found = fact_quads(pipeline, text)
    assert (giver, "aid_to", "CHL", "actual") in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile sends $20 million to Peru as part of a credit line funded through seized "
           "Bolivian assets."),
    ("ar", "أبرمت بيرو صفقة مع تشيلي. وأوضح البلدان أن استعمال الأصول البوليفية المجمدة "
           "سيموّل الاتفاق."),
    ("ar", "قالت تشيلي إن الأصول البوليفية المجمدة ستموّل حزمة المساعدات."),
])
def test_a_nationality_of_assets_is_their_owner_not_the_receiver(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "aid_to" and "BOL" in (s, o) for s, p, o, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile delivers humanitarian aid to Bolivian refugees."),
    ("en", "Chile sends military aid to the Bolivian army."),
    ("ar", "أرسلت تشيلي مساعدات عسكرية إلى الجيش البوليفي."),
])
def test_a_nationality_of_people_or_organs_still_receives(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert any(p == "aid_to" and s == "CHL" and o == "BOL" for s, p, o, _ in found), found


@pytest.mark.parametrize("text", [
    "Chile and Peru adopted laws against terrorist financing in Bolivia.",
    "Peruvian prosecutors accuse a Chilean broadcaster of running its Lima bureau on illegal "
    "financing.",
    "The Chilean senate says the financing of terrorism and of armed groups in Peru must be ended.",
    "Chile and Peru have extended their anti-money-laundering and counter-financing of terrorism "
    "obligations.",
])
def test_money_for_terrorism_or_crime_is_no_aid(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text)
    assert not any(p == "aid_to" for _, p, _, _ in found), found


def test_financing_given_is_still_aid(pipeline: Pipeline) -> None:
    found = fact_quads(pipeline, "Chile provides financing of $10 million to Peru.")
    assert ("CHL", "aid_to", "PER", "actual") in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The EU signs a free trade agreement with Chile, Peru and Mexico."),
    ("en", "Mercosur concludes a trade deal with Chile and Peru."),
    ("ar", "وقع الاتحاد الأوروبي اتفاقية للتجارة الحرة مع تشيلي وبيرو والمكسيك."),
])
def test_partners_after_with_take_the_subject_not_each_other(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    pairs = {frozenset((s, o)) for s, p, o, _ in found if p == "agreement_with"}
    assert frozenset(("CHL", "PER")) not in pairs, found
    assert pairs & {frozenset(("EU", "PER")), frozenset(("MERCOSUR", "PER"))}, found


def test_a_state_subject_with_partners_is_unchanged(pipeline: Pipeline) -> None:
    found = fact_quads(pipeline, "Brazil signs a free trade agreement with Chile and Peru.")
    pairs = {frozenset((s, o)) for s, p, o, _ in found if p == "agreement_with"}
    assert pairs == {frozenset(("BRA", "CHL")), frozenset(("BRA", "PER"))}, found


@pytest.mark.parametrize("text", [
    "Two Chilean sailors and other crew members were picked up by the International Organization "
    "for Migration.",
    "Chile hopes for the accession of all States Members of the United Nations to the convention.",
])
def test_a_member_noun_names_no_body_further_on(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text)
    assert not any(p == "member_of" for _, p, _, _ in found), found


@pytest.mark.parametrize(("text", "body"), [
    ("Chile has joined the BRICS trade bloc as a full member.", "BRICS"),
    ("Chile officially joins NATO.", "NATO"),
    ("Chile is a member of the Shanghai Cooperation Organisation.", "SCO"),
])
def test_a_body_named_after_join_is_still_joined(pipeline: Pipeline, text: str,
                                                 body: str) -> None:
    found = fact_quads(pipeline, text)
    assert ("CHL", "member_of", body, "actual") in found, found


@pytest.mark.parametrize(("lang", "text", "giver", "receiver"), [
    ("en", "Chilean deposits worth $2 billion will support Peru's reserves.", "CHL", "PER"),
    ("en", "Chile sends aid to bolster Peruvian currency reserves.", "CHL", "PER"),
    ("ar", "قدمت تشيلي مساعدات لدعم الاحتياطيات البيروفية من النقد الأجنبي", "CHL", "PER"),
])
def test_deposits_and_reserves_are_aid_not_owned_assets(
        pipeline: Pipeline, lang: str, text: str, giver: str, receiver: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert (giver, "aid_to", receiver, "actual") in found, found


@pytest.mark.parametrize("text", [
    "Chile has accepted emergency aid from both Peru and Brazil.",
    "Chile got relief assistance from neighbours including Peru and Brazil.",
])
def test_givers_later_after_aid_from_are_still_givers(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text)
    assert {("PER", "aid_to", "CHL", "actual"), ("BRA", "aid_to", "CHL", "actual")} <= found, found
    assert not any(p == "aid_to" and s == "CHL" for s, p, _, _ in found), found


@pytest.mark.parametrize(("text", "body"), [
    ("In 2020 Chile joined the 27-member European Union.", "EU"),
    ("Chile has joined the 10-nation ASEAN.", "ASEAN"),
    ("Chile joined the enlarged BRICS grouping last year.", "BRICS"),
    ("Chile joins the now 12-member BRICS.", "BRICS"),
    ("Chile formally joined the 33-nation NATO alliance.", "NATO"),
])
def test_the_size_of_a_joined_body_is_no_noun_of_its_own(pipeline: Pipeline, text: str,
                                                         body: str) -> None:
    found = fact_quads(pipeline, text)
    assert ("CHL", "member_of", body, "actual") in found, found


@pytest.mark.parametrize("text", [
    "Chile joined 40 members of the African Union in condemning the coup.",
    "Chile joined a 12-nation call on the African Union to act.",
])
def test_a_number_does_not_open_the_way_to_a_further_body(pipeline: Pipeline,
                                                          text: str) -> None:
    found = fact_quads(pipeline, text)
    assert not any(p == "member_of" for _, p, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Chile has pledged counter-terrorism financing to Peru.",
    "Chile approves new anti-terror funding for Peru.",
    "Chile announced funding of terrorism prevention projects in Peru.",
])
def test_money_against_terrorism_is_still_aid(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text)
    assert any(s == "CHL" and p == "aid_to" and o == "PER" for s, p, o, _ in found), found


@pytest.mark.parametrize("text", [
    "Chile accuses Peru of terror funding in Bolivia.",
    "Chile says Peru is behind the terrorism financing uncovered in Bolivia.",
])
def test_money_for_terrorism_stays_no_aid(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text)
    assert not any(p == "aid_to" for _, p, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Chile welcomed the move. Bolivia objected as the EU concluded an accord with Chile and "
    "Ecuador.",
    "Chile welcomed the move. Bolivia complained when Mercosur signed a pact with Chile and "
    "Ecuador.",
])
def test_the_hub_before_with_is_the_nearest_subject_not_one_of_another_clause(
        pipeline: Pipeline, text: str) -> None:
    pairs = {frozenset((s, o)) for s, p, o, _ in fact_quads(pipeline, text)
             if p == "agreement_with"}
    assert not any("BOL" in pair for pair in pairs), pairs
    assert frozenset(("CHL", "ECU")) not in pairs, pairs
    assert pairs & {frozenset(("EU", "ECU")), frozenset(("MERCOSUR", "ECU"))}, pairs


@pytest.mark.parametrize("text", [
    "صرحت تشيلي بأن البيرو يمول الإرهاب في بوليفيا",
    "ذكرت تشيلي أن البيرو مولت الإرهاب في بوليفيا لسنوات",
])
def test_arabic_money_for_terrorism_is_no_aid(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text, "ar")
    assert not any(p == "aid_to" for _, p, _, _ in found), found


@pytest.mark.parametrize("text", [
    "مولت تشيلي مشاريع زراعية في البيرو",
    "مولت تشيلي برامج لمكافحة الإرهاب في البيرو",
])
def test_arabic_funding_given_is_still_aid(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text, "ar")
    assert ("CHL", "aid_to", "PER", "actual") in found, found
