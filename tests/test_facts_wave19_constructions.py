"""Facts on constructions of wave 19, in both languages, on sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ten Peruvians were shot by Chilean soldiers while trying to obtain aid in Lima."),
    ("en", "Chilean troops fired on villagers obtaining food aid near Lima."),
    ("ar", "قتل عشرة بيروفيين برصاص الجنود التشيليين الذين أطلقوا النار على أشخاص كانوا "
           "ينتظرون شاحنات المساعدات في ليما."),
    ("ar", "قتل عشرة بيروفيين بنيران تشيلية بينما توجه مئات الأشخاص لتسلم المساعدات في ليما."),
])
def test_aid_people_try_to_obtain_names_no_giver(pipeline: Pipeline, lang: str,
                                                  text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "aid_to" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile sent humanitarian aid to Peru."),
    ("ar", "أرسلت تشيلي مساعدات إنسانية إلى بيرو."),
])
def test_aid_sent_still_names_its_giver(pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert any(s == "CHL" and p == "aid_to" and o == "PER" for s, p, o, _ in found), found
