"""First-level subdivisions (US states, provinces, regions) are places of their state, like
cities: "police in California" act for the United States. A state's nisba right after such a
place ("في ولاية فلوريدا الأمريكية") says where and still stands for a doer no name gives.
Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline
from diplomap.lexicon.linker import link_text

from conftest import event_triples

events = event_triples


def _linked(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.entity_id) for m in link_text(text, lang).mentions]


@pytest.mark.parametrize(("lang", "text", "surface", "place"), [
    ("en", "Storms flooded towns in Texas and Oklahoma.", "Texas", "LOC:texas"),
    ("en", "Floods hit Maharashtra again.", "Maharashtra", "LOC:maharashtra"),
    ("en", "Shelling continued in Donetsk Oblast.", "Donetsk Oblast", "LOC:donetsk"),
    ("ar", "ضربت العاصفة ولاية كاليفورنيا.", "ولاية كاليفورنيا", "LOC:california"),
    ("ar", "أمطار غزيرة في إقليم السند.", "إقليم السند", "LOC:sindh"),
    ("ar", "انتخابات محلية بكاتالونيا.", "بكاتالونيا", "LOC:catalonia"),
])
def test_subdivisions_link_as_places(lang: str, text: str, surface: str, place: str) -> None:
    assert (surface, place) in _linked(text, lang)


@pytest.mark.parametrize(("lang", "text", "state"), [
    ("en", "Georgia and Armenia signed a transit accord.", "GEO"),
    ("ar", "وقعت جورجيا وأرمينيا اتفاق عبور.", "GEO"),
])
def test_a_subdivision_sharing_a_states_name_needs_its_noun(lang: str, text: str,
                                                           state: str) -> None:
    assert state in {entity for _, entity in _linked(text, lang)}


@pytest.mark.parametrize(("lang", "text", "triple"), [
    ("en", "Police in Ohio detained thirty students after the rally.", ("USA", "COERCE", "USA")),
    ("en", "Authorities in Ontario arrested two suspects on Friday.", ("CAN", "COERCE", "CAN")),
    ("ar", "اعتقلت الشرطة في ولاية أريزونا ثلاثين طالباً.", ("USA", "COERCE", "USA")),
    ("ar", "اعتقلت الشرطة في ولاية أريزونا الأمريكية ثلاثين طالباً.", ("USA", "COERCE", "USA")),
    ("ar", "فرضت السلطات في مدينة فينيكس بولاية أريزونا الأمريكية حظر تجول.",
     ("USA", "COERCE", "USA")),
])
def test_organs_in_a_subdivision_act_for_its_state(pipeline: Pipeline, lang: str, text: str,
                                                   triple: tuple[str, str, str]) -> None:
    assert triple in events(pipeline, text, lang)


@pytest.mark.parametrize("text", [
    "وجهت هيئة محلفين في ولاية تكساس الأمريكية لائحة اتهام إلى وزير بوليفي سابق.",
    "وجهت محكمة اتحادية في ولاية أوهايو الأمريكية اتهامات إلى رجل أعمال بوليفي.",
])
def test_the_nisba_after_a_place_stands_for_an_unnamed_doer(pipeline: Pipeline,
                                                            text: str) -> None:
    assert ("USA", "ACCUSE", "BOL") in events(pipeline, text, "ar")


def test_the_nisba_after_a_place_says_where_with_a_named_doer(pipeline: Pipeline) -> None:
    found = events(pipeline, "قصفت روسيا مدينة خاركيف الأوكرانية بالصواريخ.", "ar")
    assert ("RUS", "ASSAULT", "UKR") in found
    assert not any(source == "UKR" for source, _, _ in found)
