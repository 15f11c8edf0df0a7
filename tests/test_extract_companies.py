"""A company acts as its ORG: slug, also where a nationality beside its name ties it to a
state and it acts on another state (ONTOLOGY "Actors in events", GUIDE: companies are ORG:
slugs; the dev set's "British oil and gas company BP announces an agreement with the Iraqi
government": ORG:bp). State-run media alone speak for their state."""

from __future__ import annotations

import pytest
from tests.conftest import event_quads


def _with_source_org(pipeline, text: str, lang: str) -> set[tuple]:
    """(source, source_org, type, target) of each event read."""
    events = pipeline(text, lang, "2025-03-01").extraction.events
    return {(e.source, e.source_org, e.event_type, e.target) for e in events}


@pytest.mark.parametrize(("text", "lang"), [
    ("Microsoft invested $3 billion in India.", "en"),
    ("استثمرت مايكروسوفت ثلاثة مليارات دولار في الهند.", "ar"),
])
def test_an_untied_company_invests_as_itself(pipeline, text: str, lang: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("ORG:microsoft", "COOPERATE", "IND", "actual") in found, found
    assert not any(q[0] == "USA" for q in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("TikTok accused the United States of censorship.", "en"),
    ("اتهمت تيك توك الولايات المتحدة بفرض الرقابة.", "ar"),
])
def test_a_company_the_lexicon_places_in_a_state_is_not_that_state(
        pipeline, text: str, lang: str) -> None:
    assert event_quads(pipeline, text, lang) == {("ORG:tiktok", "ACCUSE", "USA", "actual")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Japanese carmaker Toyota invested $1 billion in Thailand.", "en"),
    ("استثمرت شركة تويوتا اليابانية مليار دولار في تايلاند.", "ar"),
])
def test_a_company_tied_by_its_nationality_acts_as_itself_abroad(
        pipeline, text: str, lang: str) -> None:
    found = _with_source_org(pipeline, text, lang)
    assert ("ORG:toyota", None, "COOPERATE", "THA") in found, found
    assert not any(q[0] == "JPN" for q in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("Thailand signed a supply contract with the Japanese company Toyota.", "en"),
    ("وقعت تايلاند عقد توريد مع شركة تويوتا اليابانية.", "ar"),
])
def test_a_tied_company_named_second_in_a_deal_is_itself(
        pipeline, text: str, lang: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("THA", "SUPPORT", "ORG:toyota", "actual") in found, found
    assert not any("JPN" in (q[0], q[2]) for q in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("South Korean company Samsung sued South Korea over the new tax.", "en"),
    ("رفعت شركة سامسونغ الكورية الجنوبية دعوى قضائية ضد كوريا الجنوبية.", "ar"),
])
def test_a_tied_company_facing_its_own_state_is_itself(pipeline, text: str, lang: str) -> None:
    assert event_quads(pipeline, text, lang) == {("ORG:samsung", "ACCUSE", "KOR", "actual")}


@pytest.mark.parametrize(("text", "lang"), [
    ("German carmaker Volkswagen signed an agreement with Chinese company Huawei.", "en"),
    ("وقعت شركة فولكس فاغن الألمانية اتفاقية مع شركة هواوي الصينية.", "ar"),
])
def test_two_tied_companies_deal_as_themselves(pipeline, text: str, lang: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("ORG:volkswagen", "SUPPORT", "ORG:huawei", "actual") in found, found
    assert not {q[0] for q in found} & {"DEU", "CHN"}, found


@pytest.mark.parametrize(("text", "lang"), [
    ("Chinese firm Huawei signed a deal with Nokia.", "en"),
    ("Canadian clothing company Maplewear agrees to be bought by a group of investors,"
     " including the Qatar Investment Authority.", "en"),
])
def test_a_nationality_that_describes_a_company_is_no_actor_of_the_document(
        pipeline, text: str, lang: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert not {a for q in found for a in (q[0], q[2])} & {"CHN", "CAN"}, found


def test_a_currency_in_an_amount_is_no_actor_of_the_document(pipeline) -> None:
    text = "The European Union announces a €2 billion (US$2.2 billion) aid package for Chad."
    found = event_quads(pipeline, text, "en")
    assert not any("USA" in (q[0], q[2]) for q in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("Xinhua condemned Japan for its defence budget.", "en"),
    ("نددت وكالة شينخوا باليابان بسبب ميزانيتها الدفاعية.", "ar"),
])
def test_state_run_media_still_speak_for_their_state(pipeline, text: str, lang: str) -> None:
    found = _with_source_org(pipeline, text, lang)
    assert ("CHN", "ORG:xinhua", "ACCUSE", "JPN") in found, found
