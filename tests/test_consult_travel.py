"""Visits told by travel (CONSULT mode visit), on sentences of our own writing, each with
near-misses that must not fire: Arabic "توجّه X إلى Y" (X headed to Y) is a visit, as "سافر
إلى" and English "travelled to" are; unvoweled "توجه" is also "directs" (form II), and what it
directs (an invitation, accusations, a message) makes no traveller; the place a traveller
leaves ("من بكين إلى واشنطن", "arrived in Cairo from Doha") is no host."""

from __future__ import annotations

import pytest

from conftest import event_triples


def consults(pipeline, text: str, lang: str = "ar") -> set[tuple[str, str]]:
    return {(s, t) for s, k, t in event_triples(pipeline, text, lang) if k == "CONSULT"}


@pytest.mark.parametrize(("text", "pair"), [
    ("توجّه رئيس الوزراء الهندي إلى الكويت يوم السبت في زيارة تستمر يومين.", ("IND", "KWT")),
    ("وتوجهت وزيرة الخارجية الكندية إلى بكين لإجراء محادثات مع نظيرها الصيني.",
     ("CAN", "CHN")),
    ("توجه وفد قطري إلى القاهرة أمس لبحث التهدئة.", ("QAT", "EGY")),
])
def test_heading_to_a_capital_is_a_visit(pipeline, text, pair):
    assert pair in consults(pipeline, text), consults(pipeline, text)


@pytest.mark.parametrize("text", [
    "توجه مصر الدعوة إلى الرئيس الفرنسي للمشاركة في المؤتمر.",
    "توجه الحكومة السودانية اتهامات إلى الإمارات بدعم قوات الدعم السريع.",
    "توجه الرئاسة الفلسطينية رسالة إلى الأمم المتحدة بشأن الاستيطان.",
])
def test_what_is_directed_makes_no_traveller(pipeline, text):
    assert not consults(pipeline, text), consults(pipeline, text)


def test_voters_heading_to_the_polls_visit_no_one(pipeline):
    assert not consults(pipeline, "توجّه الناخبون في غانا إلى صناديق الاقتراع لانتخاب رئيس جديد.")


@pytest.mark.parametrize(("lang", "text", "pair", "left"), [
    ("ar", "وتوجّه الرئيس البرازيلي من موسكو إلى نيودلهي للقاء رئيس الوزراء الهندي.",
     ("BRA", "IND"), ("BRA", "RUS")),
    ("ar", "ووصل وزير الخارجية التركي من الدوحة إلى طهران مساء الأحد.", ("TUR", "IRN"),
     ("TUR", "QAT")),
])
def test_the_place_left_is_no_host(pipeline, lang, text, pair, left):
    found = consults(pipeline, text, lang)
    assert pair in found and left not in found, found


def test_a_place_left_for_home_is_no_host(pipeline):
    # arriving home is no visit, and the place left is no host either
    found = consults(pipeline, "ووصل وزير الخارجية التركي من الدوحة إلى أنقرة مساء الأحد.")
    assert not found, found


@pytest.mark.parametrize(("lang", "text", "pair"), [
    # the visitor named after the visit noun is no place left
    ("ar", "انفجرت قذائف قرب المطار خلال زيارة من رئيس الوزراء الإثيوبي إلى مقديشو.",
     ("ETH", "SOM")),
    ("en", "Shells exploded near the airport in Mogadishu during a visit from the Ethiopian "
           "prime minister.", ("SOM", "ETH")),
])
def test_a_visitor_after_the_visit_noun_stays(pipeline, lang, text, pair):
    found = {frozenset(p) for p in consults(pipeline, text, lang)}
    assert frozenset(pair) in found, found
