"""Concern voiced in the plural disapproves, in both languages: "expressed serious concerns
about X", "voiced concerns over X" as the singular "expressed concern" does, and Arabic
"مخاوف" as "قلق" does ("أبدت X مخاوف أمنية إزاء Y", "أعربت X عن مخاوف"). Concerns an act
or a delay raises are no one's stance."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(model="rules")


@pytest.mark.parametrize(("text", "lang"), [
    ("Japan expressed serious concerns about North Korea.", "en"),
    ("Japan voiced concerns over North Korea.", "en"),
    ("Japan expressed concern about North Korea.", "en"),
    ("وأبدت اليابان مخاوف أمنية إزاء كوريا الشمالية.", "ar"),
    ("وأعربت اليابان عن مخاوف أمنية إزاء كوريا الشمالية.", "ar"),
    ("وأبدت اليابان قلقاً أمنياً إزاء كوريا الشمالية.", "ar"),
])
def test_concerns_expressed_disapprove(pipeline, text, lang):
    assert ("JPN", "ACCUSE", "PRK", "actual") in event_quads(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The delay raises concerns about a potential no-confidence motion in Japan.", "en"),
    ("China's military drills raised concerns in Taiwan.", "en"),
    ("ويثير هذا التأخير مخاوف من احتمال طرح اقتراح بحجب الثقة في اليابان.", "ar"),
    ("أثارت المناورات الصينية مخاوف في تايوان.", "ar"),
])
def test_concerns_raised_by_an_act_are_no_stance(pipeline, text, lang):
    assert not any(e[1] == "ACCUSE" for e in event_quads(pipeline, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    # "concerning" is no concern, and concerns in another noun's phrase or clause are no one's
    ("Japan expressed its views concerning North Korea's missile programme.", "en"),
    ("Germany expressed confidence that concerns about Poland would be resolved.", "en"),
    ("Egypt expressed understanding for Israeli concerns.", "en"),
    ("أبدى الرئيس المصري تفهمه لمخاوف إسرائيل الأمنية.", "ar"),
])
def test_concerns_of_another_phrase_are_no_stance(pipeline, text, lang):
    assert not any(e[1] == "ACCUSE" for e in event_quads(pipeline, text, lang))
