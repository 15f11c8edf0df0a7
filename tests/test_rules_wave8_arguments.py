"""Wave 8: how existing triggers get their arguments and modality (own sentences)."""

from __future__ import annotations

import pytest

from diplomap.extract.dates import find_dates

from conftest import event_quads

# -- the day a measure takes effect ----------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Oslo announces new fees on imported salmon starting April 10.", "2025-04-10"),
    ("new fees on imported salmon, effective April 10", "2025-04-10"),
    ("the fees apply beginning April 10", "2025-04-10"),
    ("the fees applied starting February 20", "2025-02-20"),  # just past: the nearest day
    ("the fees apply starting in April", "2025-04"),
    ("a ban that goes into effect on April 10", "2025-04-10"),
    ("رسوم جديدة على السلمون اعتباراً من 10 أبريل", "2025-04-10"),
])
def test_a_start_day_without_its_year_is_the_nearest_one(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, "2025-03-01")] == [value]


def test_a_day_without_its_year_and_no_start_word_is_still_the_latest_past_one() -> None:
    assert [d.value for d in find_dates("the talks on April 10", "2025-03-01")] == ["2024-04-10"]


@pytest.mark.parametrize("text, value", [
    ("وصل الوفد في الأول من مارس", "2025-03-01"),
    ("تسري الرسوم اعتباراً من الأول من أبريل/نيسان", "2025-04-01"),
    ("تسري الرسوم اعتباراً من العاشر من أبريل", "2025-04-10"),
    ("وصل الوفد في الحادي والعشرين من فبراير", "2025-02-21"),
    ("الحظر الذي يبدأ سريانه في أبريل", "2025-04"),
])
def test_the_first_of_a_month_written_as_a_word(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, "2025-03-05")] == [value]


def test_the_first_as_a_word_before_no_month_is_no_date() -> None:
    assert find_dates("صدر العدد الأول من المجلة", "2025-03-05") == []


@pytest.mark.parametrize("text, lang", [
    ("Japan announces new tariffs on Canadian steel starting April 10.", "en"),
    ("Japan imposes tariffs on steel from Canada, effective March 20.", "en"),
    ("Japan imposes tariffs on Canadian steel starting in April.", "en"),
    ("أعلنت اليابان فرض رسوم جمركية على واردات الصلب من كندا اعتباراً من الأول من أبريل.", "ar"),
    ("فرضت اليابان رسوماً جمركية على واردات الصلب من كندا اعتباراً من 20 مارس.", "ar"),
    ("فرضت اليابان رسوماً جمركية على واردات الصلب من كندا يبدأ سريانها في أبريل.", "ar"),
])
def test_a_measure_announced_to_take_effect_later_is_planned(pipeline, text: str,
                                                             lang: str) -> None:
    assert ("JPN", "SANCTION", "CAN", "planned") in event_quads(pipeline, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Japan imposes tariffs on steel from Canada, effective February 20.", "en"),
    ("فرضت اليابان رسوماً جمركية على واردات الصلب من كندا اعتباراً من 20 فبراير.", "ar"),
])
def test_a_measure_in_force_since_a_past_day_stays_actual(pipeline, text: str,
                                                          lang: str) -> None:
    assert ("JPN", "SANCTION", "CAN", "actual") in event_quads(pipeline, text, lang)


def test_a_later_date_of_the_agreed_content_does_not_plan_the_agreeing(pipeline) -> None:
    quads = event_quads(pipeline, "Japan and Vietnam agree that their navies will hold joint"
                                  " exercises starting April 10.")
    assert ("JPN", "AGREE", "VNM", "actual") in quads


# -- an act named as still to come ("ahead of a visit") ---------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Egypt tightens security in Cairo ahead of a visit by the French president.", "en"),
    ("عززت مصر الأمن في القاهرة قبيل زيارة الرئيس الفرنسي.", "ar"),
])
def test_a_visit_ahead_of_which_something_is_done_is_planned(pipeline, text: str,
                                                              lang: str) -> None:
    assert ("EGY", "CONSULT", "FRA", "planned") in event_quads(pipeline, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Japan sends two ships to the Philippines in preparation for a deployment of troops"
     " there.", "en"),
    ("أرسلت اليابان سفينتين إلى الفلبين تمهيداً لنشر قوات فيها.", "ar"),
])
def test_a_deployment_prepared_for_is_planned(pipeline, text: str, lang: str) -> None:
    assert ("JPN", "MOBILIZE", "PHL", "planned") in event_quads(pipeline, text, lang)


def test_an_act_after_a_fronted_ahead_of_phrase_stays_actual(pipeline) -> None:
    quads = event_quads(pipeline, "Ahead of the vote, Egyptian police arrested twenty Libyan"
                                  " protesters.")
    assert ("EGY", "COERCE", "LBY", "actual") in quads


# -- an act named as one that may happen ("a possible attack") --------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Japan prepares for a possible Chinese attack on Taiwan.", "en"),
    ("علقت شركات الطيران رحلاتها إلى تايوان خشية هجوم صيني محتمل على الجزيرة.", "ar"),
])
def test_a_possible_attack_is_hypothetical(pipeline, text: str, lang: str) -> None:
    assert ("CHN", "ASSAULT", "TWN", "hypothetical") in event_quads(pipeline, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Japan and China discuss the possible reimposition of sanctions on North Korea.", "en"),
    ("ناقشت اليابان والصين إعادة فرض محتملة للعقوبات على كوريا الشمالية.", "ar"),
])
def test_a_possible_reimposition_of_sanctions_is_hypothetical(pipeline, text: str,
                                                              lang: str) -> None:
    quads = event_quads(pipeline, text, lang)
    assert ("JPN", "SANCTION", "PRK", "hypothetical") in quads
    assert ("JPN", "SANCTION", "PRK", "actual") not in quads


def test_possible_describing_another_noun_leaves_the_act_actual(pipeline) -> None:
    quads = event_quads(pipeline, "China attacks Taiwan, a possible prelude to war.")
    assert ("CHN", "ASSAULT", "TWN", "actual") in quads
