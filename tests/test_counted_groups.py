"""A group named with a count of its members (issue 9: "the five Central Asian presidents",
"the six GCC states", «دول الخليج الست»), on sentences of our own writing: as many as the
group has on the date names them all; fewer names some, unnamed: no member is an actor."""

from __future__ import annotations

import pytest

from conftest import event_triples, fact_quads

GULF = {"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"}
CENTRAL_ASIA = {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
P5 = {"CHN", "FRA", "RUS", "GBR", "USA"}


def members_acting(pipeline, text: str, lang: str, target: str) -> set[str]:
    return {s for s, _, t in event_triples(pipeline, text, lang) if t == target}


def members_met(pipeline, text: str, lang: str, source: str) -> set[str]:
    return {t for s, kind, t in event_triples(pipeline, text, lang)
            if s == source and kind == "CONSULT"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The six GCC states denounced Iran on Tuesday.", "en"),
    ("All six Gulf Cooperation Council states denounced Iran on Tuesday.", "en"),
    ("نددت دول مجلس التعاون الخليجي الست بإيران يوم الثلاثاء.", "ar"),
])
def test_a_count_of_all_members_names_them_all(pipeline, text, lang):
    assert members_acting(pipeline, text, lang, "IRN") == GULF


@pytest.mark.parametrize(("text", "lang"), [
    ("The Japanese prime minister met the leaders of the five Central Asian republics in "
     "Samarkand.", "en"),
    ("التقى رئيس الوزراء الياباني في سمرقند قادة جمهوريات آسيا الوسطى الخمس.", "ar"),
])
def test_the_five_central_asian_republics_are_met(pipeline, text, lang):
    assert members_met(pipeline, text, lang, "JPN") == CENTRAL_ASIA


@pytest.mark.parametrize(("text", "lang"), [
    ("Two GCC states denounced Iran on Tuesday.", "en"),
    ("Three of the Gulf states denounced Iran on Tuesday.", "en"),
    ("4 GCC states denounced Iran on Tuesday.", "en"),
    ("نددت دول الخليج الثلاث بإيران يوم الثلاثاء.", "ar"),
    ("نددت ثلاث من دول الخليج بإيران يوم الثلاثاء.", "ar"),
])
def test_a_smaller_count_names_some_members_unnamed(pipeline, text, lang):
    assert not members_acting(pipeline, text, lang, "IRN") & GULF


@pytest.mark.parametrize(("text", "lang"), [
    ("The Japanese prime minister met the leaders of three Central Asian republics in "
     "Samarkand.", "en"),
    ("التقى رئيس الوزراء الياباني في سمرقند قادة جمهوريات آسيا الوسطى الثلاث.", "ar"),
])
def test_three_central_asian_republics_are_not_all_five(pipeline, text, lang):
    assert not members_met(pipeline, text, lang, "JPN") & CENTRAL_ASIA


def test_a_count_of_something_else_is_no_group(pipeline):
    # "projects" is no group noun: only the named president is met
    assert members_met(pipeline, "The Japanese prime minister discussed the five Central "
                                 "Asian projects with the Kazakh president.",
                       "en", "JPN") == {"KAZ"}


def test_a_count_is_read_on_the_sentence_date(pipeline):
    # 28 EU members before the United Kingdom left (2020-01-31), 27 after
    assert "GBR" in members_acting(
        pipeline, "In 2015 the 28 EU member states denounced Russia.", "en", "RUS")
    assert members_acting(
        pipeline, "The 27 EU member states denounced Russia on Tuesday.", "en", "RUS") >= {
        "FRA", "DEU", "POL"}


def test_a_year_a_day_and_a_weekday_are_no_count(pipeline):
    # a number larger than the group, a day after its month, "الاثنين" (Monday)
    for text, lang in (("In 2015 EU member states denounced Russia.", "en"),
                       ("On March 12 EU member states denounced Russia.", "en")):
        assert "FRA" in members_acting(pipeline, text, lang, "RUS"), text
    assert members_acting(pipeline, "نددت دول الخليج الاثنين بإيران.", "ar", "IRN") == GULF


@pytest.mark.parametrize(("text", "lang"), [
    ("The five permanent members of the Security Council denounced Iran.", "en"),
    ("The permanent members of the UN Security Council denounced Iran.", "en"),
    ("All five permanent members of the Security Council denounced Iran.", "en"),
    ("نددت الدول الخمس دائمة العضوية في مجلس الأمن بإيران.", "ar"),
])
def test_the_permanent_members_of_the_security_council(pipeline, text, lang):
    assert members_acting(pipeline, text, lang, "IRN") == P5


@pytest.mark.parametrize(("text", "lang"), [
    ("Three permanent members of the Security Council denounced Iran.", "en"),
    ("نددت ثلاث من الدول دائمة العضوية في مجلس الأمن بإيران.", "ar"),
])
def test_some_permanent_members_are_none_named(pipeline, text, lang):
    assert not members_acting(pipeline, text, lang, "IRN") & P5


def test_the_security_council_itself_stays_the_council(pipeline):
    assert ("UNSC", "ACCUSE", "IRN") in event_triples(
        pipeline, "The Security Council denounced Iran.", "en")


def test_non_permanent_members_stay_members_of_the_council(pipeline):
    found = fact_quads(pipeline, "Norway and Chile were elected non-permanent members of the "
                                 "UN Security Council for two years.", "en")
    assert {q[:3] for q in found} >= {("NOR", "member_of", "UNSC"), ("CHL", "member_of", "UNSC")}
