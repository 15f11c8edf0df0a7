"""Fact recall on constructions of wave 4, in both languages, on sentences of our own
writing: coordinated mediators of a deal named before them (one fact per mediator and
party), also after the resumptive pronoun of an Arabic relative clause ("توسطت فيه X وY")."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads, event_triples, fact_quads


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A truce between Armenia and Azerbaijan, mediated by Kazakhstan and Georgia "
           "during talks in Almaty, held overnight."),
    ("ar", "صمدت الهدنة بين أرمينيا وأذربيجان ليلة أمس، بعد أن توسطت فيها كازاخستان "
           "وجورجيا خلال محادثات في ألماتي."),
])
def test_each_coordinated_mediator_of_a_deal_mediated_between_its_parties(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = {q for q in fact_quads(pipeline, text, lang) if q[1] == "mediated"}
    assert found == {(m, "mediated", p, "actual")
                     for m in ("KAZ", "GEO") for p in ("ARM", "AZE")}, found


def test_a_resumptive_mediation_names_no_party_as_mediator(pipeline: Pipeline) -> None:
    text = ("أفرجت بيلاروسيا عن معارضين بعد صفقة توسط فيها المبعوث الأمريكي الخاص إلى "
            "أوكرانيا.")
    found = fact_quads(pipeline, text, "ar")
    assert not any(p == "mediated" and s != "USA" for s, p, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Kazakhstan and Kyrgyzstan signed a water deal that was brokered by the United "
    "Arab Emirates and Uzbekistan.",
    "Kazakhstan and Kyrgyzstan swapped detainees after mediation by the United Arab "
    "Emirates and Uzbekistan.",
])
def test_mediators_after_by_and_an_article_mediate_between_the_pair(
        pipeline: Pipeline, text: str) -> None:
    found = {q for q in fact_quads(pipeline, text) if q[1] == "mediated"}
    assert found == {(m, "mediated", p, "actual")
                     for m in ("ARE", "UZB") for p in ("KAZ", "KGZ")}, found


def test_mediators_of_an_unnamed_pair_mediate_no_one(pipeline: Pipeline) -> None:
    found = fact_quads(pipeline, "The deal was brokered by the United States and Qatar.")
    assert not any(p == "mediated" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kazakhstan suspends its bilateral water sharing agreements with Kyrgyzstan."),
    ("en", "Kazakhstan withdrew from its old transit treaty with Kyrgyzstan on Monday."),
    ("ar", "علّقت كازاخستان اتفاقيات تقاسم المياه الثنائية مع قيرغيزستان."),
])
def test_an_agreement_suspended_or_left_is_no_agreement_but_a_discontinuation(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(p == "agreement_with" for _, p, _, _ in fact_quads(pipeline, text, lang))
    assert ("KAZ", "SANCTION", "KGZ", "actual") in event_quads(pipeline, text, lang)


def test_an_agreement_signed_still_stands(pipeline: Pipeline) -> None:
    text = "Kazakhstan signed a water sharing agreement with Kyrgyzstan."
    assert ("KAZ", "agreement_with", "KGZ", "actual") in fact_quads(pipeline, text)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("three billion dollars", 3e9, "USD"),
    ("two million euros", 2e6, "EUR"),
    ("three hundred million dollars", 3e8, "USD"),
    ("ثلاثة مليارات دولار", 3e9, "USD"),
    ("ملياري دولار", 2e9, "USD"),
])
def test_written_out_sums_are_amounts(text: str, value: float, unit: str) -> None:
    from diplomap.extract.amounts import find_amounts

    found = [(a.text, a.value, a.unit) for a in find_amounts(text)]
    assert found == [(text, value, unit)], found


@pytest.mark.parametrize("text", ["one of the soldiers", "no one was hurt", "millions of dollars"])
def test_number_words_without_a_count_are_no_amounts(text: str) -> None:
    from diplomap.extract.amounts import find_amounts

    assert find_amounts(text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kazakhstan pledged four billion dollars in aid to Kyrgyzstan."),
    ("ar", "تعهدت كازاخستان بتقديم أربعة مليارات دولار لقيرغيزستان."),
])
def test_aid_pledged_in_words_carries_its_sum(pipeline: Pipeline, lang: str, text: str) -> None:
    facts = pipeline(text, lang, "2025-03-01").extraction.facts
    found = {(f.subject, f.object, f.modality, f.attrs.get("amount_usd")) for f in facts
             if f.predicate == "aid_to"}
    assert found == {("KAZ", "KGZ", "planned", 4e9)}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "President Tokayev signed an executive order imposing new duties on grain from "
           "Russia and Belarus."),
    ("en", "Tokayev signs a new law restricting trade with Russia and Belarus."),
    ("ar", "وقّع الرئيس الكازاخستاني مرسوما يفرض رسوما جديدة على الحبوب القادمة من روسيا "
           "وبيلاروس."),
])
def test_a_domestic_instrument_signed_is_no_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "agreement_with" for _, p, _, _ in found), found


def test_a_law_enforcement_agreement_signed_is_one(pipeline: Pipeline) -> None:
    text = "Kazakhstan and Uzbekistan signed a law enforcement cooperation agreement."
    assert ("KAZ", "agreement_with", "UZB", "actual") in fact_quads(pipeline, text)
    assert ("KAZ", "SUPPORT", "UZB") in event_triples(pipeline, text)  # the signing itself


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "تعهدت كازاخستان بتقديم 20 مليون دولار لأفغانستان في صورة مساعدات غذائية."),
    ("en", "Kazakhstan pledged to provide $20 million to Afghanistan in food aid."),
])
def test_aid_restated_after_a_pledged_sum_and_its_receiver_stays_planned(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = {q for q in fact_quads(pipeline, text, lang) if q[1] == "aid_to"}
    assert found == {("KAZ", "aid_to", "AFG", "planned")}, found


@pytest.mark.parametrize("text", [
    "Japan pledged a $5 billion investment in Kazakhstan.",
    "Japan committed to a US$5 trillion investment into the Kazakh economy.",
])
def test_an_investment_named_by_a_pledged_sum_is_planned(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text)
    assert ("JPN", "invested_in", "KAZ", "planned") in found, found
    assert not any(p == "aid_to" or m == "actual" for _, p, _, m in found), found
    assert ("JPN", "AGREE", "KAZ", "actual") in event_quads(pipeline, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kazakh-backed Kyrgyz forces reached the border post on Monday."),
    ("en", "The Iranian-funded Hezbollah fired rockets."),
    ("ar", "أطلق حزب الله المدعوم من إيران صواريخ."),
])
def test_a_backing_modifier_gives_the_described_name_aid(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = {q for q in fact_quads(pipeline, text, lang) if q[1] == "aid_to"}
    backer, backed = ("KAZ", "KGZ") if "Kazakh" in text else ("IRN", "ORG:hezbollah")
    assert found == {(backer, "aid_to", backed, "actual")}, found


@pytest.mark.parametrize("text", [
    "Kremlin-aligned Hungary vetoed the package.",
    "Police uncovered an alleged Russia-supported plan to provoke unrest.",
])
def test_no_aid_from_an_alignment_or_a_backed_thing_unnamed(
        pipeline: Pipeline, text: str) -> None:
    assert not any(p == "aid_to" for _, p, _, _ in fact_quads(pipeline, text))
