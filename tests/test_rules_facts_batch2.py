"""Facts of wave 2 (dev set batch 2), in both languages, on sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads, fact_quads


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peru and Vietnam finalised a free trade agreement after four years of talks."),
    ("en", "Peru and Vietnam reached a free-trade agreement on Tuesday."),
    ("en", "Peru struck a new trade deal with Vietnam."),
    ("ar", "توصلت البيرو وفيتنام إلى اتفاقية للتجارة الحرة بعد أربع سنوات من المحادثات."),
])
def test_agreement_named_by_two_words_reached_or_finalised(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert {("PER", "agreement_with", "VNM", "actual"),
            ("VNM", "agreement_with", "PER", "actual")} & found, found


@pytest.mark.parametrize("text", [
    "وقعت البيرو وفيتنام اتفاقية للتجارة الحرة بعد أربع سنوات من المفاوضات.",
    "وقعت البيرو وفيتنام اتفاقية للتجارة الحرة بعد عامين على بدء المحادثات.",
])
def test_duration_counted_from_another_event_is_no_future_date(
        pipeline: Pipeline, text: str) -> None:
    found = pipeline(text, "ar", "2025-03-01").extraction.facts
    deals = [f for f in found if f.predicate == "agreement_with"]
    assert deals and all(f.modality == "actual" for f in deals), deals
    assert all(not str(f.attrs.get("date", "")).startswith(("2027", "2029")) for f in deals)


def test_duration_counted_from_publication_still_dates_ahead(pipeline: Pipeline) -> None:
    found = event_quads(pipeline, "ستزور البيرو فيتنام بعد أربع سنوات.", "ar")
    assert ("PER", "CONSULT", "VNM", "planned") in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Japan announced its intention to provide humanitarian aid to Sudan."),
    ("en", "The minister stated Japan's intent to send humanitarian aid to Sudan."),
    ("ar", "أعلنت اليابان عزمها تقديم مساعدات إنسانية إلى السودان."),
    ("ar", "أكد الوزير عزم اليابان إرسال مساعدات إنسانية إلى السودان."),
])
def test_declared_intent_makes_the_fact_planned(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert ("JPN", "aid_to", "SDN", "planned") in found, found
    assert ("JPN", "aid_to", "SDN", "actual") not in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Oxfam says hundreds of Sudanese children starved because of the Ethiopian "
           "humanitarian aid blockade."),
    ("en", "The draft resolution demands the lifting of Ethiopian restrictions on aid."),
    ("en", "Oxfam blames the Ethiopian blockade of aid for the famine in Sudan."),
    ("ar", "حمّلت أوكسفام الحصار الإثيوبي المفروض على المساعدات مسؤولية المجاعة في السودان."),
    ("ar", "ندد الوزير بالقيود الإثيوبية المفروضة على المساعدات في السودان."),
])
def test_aid_blockaded_or_restricted_is_no_aid_given(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "aid_to" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peru and Vietnam sign a free trade agreement in Lima."),
    ("en", "Japan pledges $50 million in humanitarian aid to Sudan."),
    ("ar", "وقعت البيرو وفيتنام اتفاقية للتجارة الحرة في ليما."),
])
def test_act_reported_by_the_lede_is_dated_by_publication(
        pipeline: Pipeline, lang: str, text: str) -> None:
    facts = pipeline(text, lang, "2025-03-01").extraction.facts
    assert facts and all(f.attrs.get("date") == "2025-03-01" for f in facts), facts


def test_act_with_its_own_date_and_standing_relations_keep_theirs(
        pipeline: Pipeline) -> None:
    facts = pipeline("Peru and Vietnam signed a free trade agreement in May 2019. Peru and "
                     "Chile share a border.", "en", "2025-03-01").extraction.facts
    dated = {f.predicate: f.attrs.get("date") for f in facts}
    assert dated.get("agreement_with") == "2019-05", facts
    assert "border_with" in dated and dated["border_with"] is None, facts


def test_later_sentence_is_not_dated_by_publication(pipeline: Pipeline) -> None:
    facts = pipeline("The minister spoke on Monday. Japan signed an agreement with Peru.",
                     "en", "2025-03-01").extraction.facts
    assert facts and all(f.attrs.get("date") != "2025-03-01" for f in facts), facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The 1975 treaty between Chile and Peru still governs their fishing waters."),
    # (a treaty suspended stands no longer: no fact; test_fact_recall.py)
    ("en", "Chile invoked the Pacific Fisheries Treaty with Peru."),
    ("ar", "تنظم معاهدة السلام بين الأردن وإسرائيل المياه المشتركة."),
    ("en", "Chile and Peru will sign a fisheries agreement."),
    ("ar", "ستوقع تشيلي والبيرو اتفاقية لصيد الأسماك."),
])
def test_standing_treaty_or_planned_signing_is_not_dated_by_publication(
        pipeline: Pipeline, lang: str, text: str) -> None:
    facts = pipeline(text, lang, "2025-03-01").extraction.facts
    assert any(f.predicate == "agreement_with" for f in facts), facts
    assert all(f.attrs.get("date") != "2025-03-01" for f in facts), facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile announces new fisheries agreements with Peru and Ecuador."),
    ("ar", "توصلت تشيلي والبيرو إلى اتفاقية لصيد الأسماك."),
    ("en", "Norway has committed to donate $20 million to Chad."),
])
def test_new_agreement_or_pledge_in_the_lede_is_dated_by_publication(
        pipeline: Pipeline, lang: str, text: str) -> None:
    facts = pipeline(text, lang, "2025-03-01").extraction.facts
    assert facts and all(f.attrs.get("date") == "2025-03-01" for f in facts), facts


@pytest.mark.parametrize("text", [
    "The restrictions imposed on aid by Chad worsened the hunger in Sudan.",
    "Chad kept blocking the humanitarian aid to Sudan.",
    "Chad's curbs on medical aid deepened the crisis in Sudan.",
])
def test_aid_blocked_with_words_between_is_withheld(pipeline: Pipeline, text: str) -> None:
    events = pipeline(text, "en").extraction.events
    assert any((e.source, e.event_type, e.mode, e.target) == ("TCD", "COERCE", "withhold", "SDN")
               for e in events), events
    assert not any(f.predicate == "aid_to" for f in pipeline(text, "en").extraction.facts)
