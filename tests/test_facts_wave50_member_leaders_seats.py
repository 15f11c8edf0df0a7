"""Memberships stated without a membership verb, in analysis pieces: a state that leads a
named body ("the Russian-led CSTO", "Y التي تقودها X"); both languages, on sentences of our own
writing, with near-misses (an unnamed coalition, an armed group, a plan) that state none."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


def _members(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in fact_quads(pipeline, text, lang) if p == "member_of"}


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Minsk has grown closer to the Russian-led Collective Security Treaty Organization"
           " since 2020.", ("RUS", "CSTO")),
    ("en", "Beijing keeps a close eye on the China-led Shanghai Cooperation Organisation.",
     ("CHN", "SCO")),
    ("en", "Troops of the Collective Security Treaty Organization, led by Russia, reached the"
           " airport on Friday.", ("RUS", "CSTO")),
    ("ar", "اقتربت مينسك من منظمة معاهدة الأمن الجماعي التي تقودها روسيا منذ عام 2020.",
     ("RUS", "CSTO")),
    ("ar", "تتابع بكين عن كثب أعمال منظمة شنغهاي للتعاون التي تقودها الصين.", ("CHN", "SCO")),
    ("ar", "وصلت قوات منظمة معاهدة الأمن الجماعي بقيادة روسيا إلى المطار يوم الجمعة.",
     ("RUS", "CSTO")),
])
def test_the_state_that_leads_a_body_is_its_member(pipeline: Pipeline, lang: str, text: str,
                                                   pair: tuple[str, str]) -> None:
    assert pair in _members(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Saudi-led coalition struck the port of Hodeidah on Monday."),
    ("en", "The Russian-led Wagner Group has backed the junta since 2021."),
    ("en", "Israel accepted a US-led plan to extend the truce."),
    ("en", "Lithuania reopened its border after the Russian-led military exercises ended."),
    ("ar", "شن تحالف بقيادة السعودية غارات على ميناء الحديدة يوم الاثنين."),
    ("ar", "تدعم مجموعة فاغنر التي تقودها روسيا المجلس العسكري منذ عام 2021."),
    ("ar", "وافقت إسرائيل على خطة تقودها الولايات المتحدة لتمديد الهدنة."),
    ("ar", "أعادت ليتوانيا فتح حدودها بعد انتهاء مناورات عسكرية بقيادة روسيا."),
])
def test_a_led_coalition_plan_or_armed_group_is_no_membership(pipeline: Pipeline, lang: str,
                                                                text: str) -> None:
    assert not _members(pipeline, text, lang)
