"""Review 30, findings 1-4, 7-9: the easing rule, declared ceasefires, "possible" in a fixed
phrase and the day a measure takes effect, read too widely."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline
from diplomap.extract.dates import find_dates

from conftest import event_quads, event_triples

# -- 1: an easing verb coordinated with the sanction's own verb eases nothing ----------------

@pytest.mark.parametrize(("text", "lang", "sanction"), [
    ("China cancelled talks and announced new sanctions on Lithuania", "en",
     ("CHN", "SANCTION", "LTU")),
    ("Peru suspended the talks and imposed tariffs on Chilean wine.", "en",
     ("PER", "SANCTION", "CHL")),
    ("ألغت الصين المحادثات وفرضت عقوبات على ليتوانيا", "ar", ("CHN", "SANCTION", "LTU")),
])
def test_an_easing_verb_of_another_clause_eases_no_sanction(pipeline: Pipeline, text: str,
                                                            lang: str, sanction: tuple) -> None:
    found = event_triples(pipeline, text, lang)
    assert sanction in found
    assert not {e for e in found if e[1] == "CONCEDE"}, found


# -- 2: a sanction ended is no sanction; a sanction delayed concedes now ---------------------

@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("The US waived sanctions on Iraq", "en", ("USA", "IRQ")),
    ("The United States removed tariffs on Canadian goods", "en", ("USA", "CAN")),
    ("Norway lifted its sanctions on Belarus last week.", "en", ("NOR", "BLR")),
    ("ألغت الولايات المتحدة الرسوم الجمركية على كندا", "ar", ("USA", "CAN")),
])
def test_a_sanction_ended_is_only_a_concession(pipeline: Pipeline, text: str, lang: str,
                                               pair: tuple) -> None:
    found = event_triples(pipeline, text, lang)
    assert (pair[0], "CONCEDE", pair[1]) in found
    assert (pair[0], "SANCTION", pair[1]) not in found, found


def test_a_sanction_delayed_concedes_now(pipeline: Pipeline) -> None:
    found = event_quads(pipeline, "Trump delayed tariffs on Mexico", "en")
    assert ("USA", "CONCEDE", "MEX", "actual") in found, found
    assert ("USA", "SANCTION", "MEX", "planned") in found, found  # the tariffs come later


# -- 3: Arabic homographs of easing words --------------------------------------------------

@pytest.mark.parametrize("text", [
    "تعمل الحكومة الأمريكية من أجل فرض رسوم على الصين",  # "من أجل": in order to
    "وعلق ترامب على الرسوم الجمركية على الصين",  # "علق على": commented on
])
def test_an_arabic_homograph_of_an_easing_word_eases_nothing(pipeline: Pipeline,
                                                             text: str) -> None:
    found = event_triples(pipeline, text, "ar")
    assert not {e for e in found if e[1] == "CONCEDE"}, found


# -- 4: the one who reports a ceasefire signed is no party to it -----------------------------

@pytest.mark.parametrize(("text", "parties"), [
    ("Trump said Thailand and Cambodia signed a ceasefire", {"THA", "KHM"}),
    ("Macron said Armenia and Azerbaijan had signed a truce on Monday.", {"ARM", "AZE"}),
])
def test_the_reporter_of_a_ceasefire_is_no_party(pipeline: Pipeline, text: str,
                                                 parties: set) -> None:
    found = {e for e in event_triples(pipeline, text, "en") if e[1] == "RETREAT"}
    assert found and all({e[0], e[2]} == parties for e in found), found


# -- 7: "possible" in a fixed phrase makes no act hypothetical ------------------------------

@pytest.mark.parametrize(("text", "act"), [
    ("Russia provided all possible support to Syria", ("RUS", "SUPPORT", "SYR")),
    ("Turkey offered every possible support to Somalia.", ("TUR", "SUPPORT", "SOM")),
])
def test_all_possible_is_no_possibility(pipeline: Pipeline, text: str, act: tuple) -> None:
    found = event_quads(pipeline, text, "en")
    assert (*act, "actual") in found, found


def test_the_highest_possible_level_is_no_possibility(pipeline: Pipeline) -> None:
    found = event_quads(pipeline, "Egypt reached the highest possible level of cooperation "
                                  "with China", "en")
    assert not {e for e in found if e[3] == "hypothetical"}, found


# -- 8: "as of" and a bare "from" set no day ahead of publication ----------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("As of December, Russia had deployed troops", "2024-12"),
    ("The fees applied from December 10", "2024-12-10"),
])
def test_as_of_a_month_is_the_latest_past_one(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, "2025-07-01")] == [value]


def test_a_take_effect_phrase_is_still_the_nearest_day() -> None:
    found = find_dates("the fees take effect on December 1", "2025-07-01")
    assert [d.value for d in found] == ["2025-12-01"]


# -- 9: an Arabic ordinal after a time noun is no day ---------------------------------------

@pytest.mark.parametrize("text", [
    "في الأسبوع الأول من ديسمبر",
    "في النصف الثاني من يونيو",
    "في الربع الثالث من مارس",
])
def test_an_ordinal_week_or_half_of_a_month_is_no_day(text: str) -> None:
    found = [d.value for d in find_dates(text, "2025-07-01")]
    assert not [v for v in found if len(v) == len("2025-07-01")], found


def test_an_ordinal_day_of_a_month_is_still_a_day() -> None:
    assert [d.value for d in find_dates("في اليوم الأول من ديسمبر", "2025-07-01")] == [
        "2024-12-01"]
