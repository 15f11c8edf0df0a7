"""Foreign-policy principles named by the doctrine vocabulary of analysis pieces, in both
languages, on sentences of our own writing; words with other senses ("neutral", "de-escalation",
"non-interference") name a principle only in a sentence that speaks of policy."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


def _policies(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in fact_quads(pipeline, text, lang) if p == "policy"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Mongolia is often described as a friend to all and an enemy to none.",
     ("MNG", "neutrality")),
    ("en", "Vietnam's defence white paper sets out no military alliances and no foreign bases.",
     ("VNM", "neutrality")),
    ("en", "Ghana signed a loan. Its doctrine rests on non-interference and good"
           " neighbourliness.", ("GHA", "neutrality")),
    ("en", "Qatar pursues a foreign policy of de-escalation and trade.",
     ("QAT", "peaceful_settlement")),
    ("en", "Officials in New Delhi call their approach strategic autonomy.",
     ("IND", "multi_vector")),
    ("en", "Switzerland keeps a neutral foreign policy.", ("CHE", "neutrality")),
    ("ar", "تعرف منغوليا بأنها صديق للجميع.", ("MNG", "neutrality")),
    ("ar", "تتمسك فيتنام بمبدأ لا أحلاف عسكرية ولا قواعد أجنبية.", ("VNM", "neutrality")),
    ("ar", "وقعت غانا اتفاقا. ويقوم نهجها على عدم التدخل في الشؤون الداخلية للدول.",
     ("GHA", "neutrality")),
    ("ar", "تقوم السياسة الخارجية لقطر على خفض التصعيد والتجارة.",
     ("QAT", "peaceful_settlement")),
    ("ar", "ويصف المسؤولون في نيودلهي نهج الهند بالاستقلالية الاستراتيجية.",
     ("IND", "multi_vector")),
    ("ar", "وتؤكد الجزائر في عقيدتها رفض الأحلاف.", ("DZA", "neutrality")),
])
def test_a_doctrine_phrase_names_its_principle(pipeline: Pipeline, lang: str, text: str,
                                               expected: tuple[str, str]) -> None:
    found = _policies(pipeline, text, lang)
    assert expected in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The talks were held at a neutral venue in Geneva."),
    ("en", "Chile's judges value the non-interference of politicians in the courts."),
    ("en", "Turkey brokered a de-escalation between Somalia and Ethiopia."),
    ("en", "Peru's envoy said efforts to reach a political settlement had stalled."),
    ("en", "Norway let its athletes compete under neutral status."),
    ("ar", "عقدت المحادثات في مكان محايد في جنيف."),
    ("ar", "ألغت محكمة في بيرو الحكم بسبب افتقار القاضي إلى الحياد."),
    ("ar", "توسطت تركيا في خفض التصعيد بين الصومال وإثيوبيا."),
    ("ar", "اتفق البلدان على احترام السيادة وعدم التدخل في الشؤون الداخلية."),
    ("ar", "قالت مصادر دبلوماسية إن الحل السياسي ما زال بعيدا في السودان."),
])
def test_a_word_of_other_senses_outside_policy_names_no_principle(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert not _policies(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text", "holders"), [
    ("en", "Japan opened an embassy in Astana. For Central Asian governments pursuing"
           " multi-vector diplomacy, Tokyo is a useful partner.",
     {"KAZ", "KGZ", "TJK", "TKM", "UZB"}),
    ("ar", "افتتحت اليابان سفارة في أستانا. وبالنسبة إلى حكومات آسيا الوسطى التي تنتهج"
           " دبلوماسية متعددة الاتجاهات، تبدو طوكيو شريكا مفيدا.",
     {"KAZ", "KGZ", "TJK", "TKM", "UZB"}),
    ("en", "Japan opened an embassy. Mongolia pursues a multi-vector foreign policy.", {"MNG"}),
    ("ar", "افتتحت اليابان سفارة. وتنتهج منغوليا سياسة متعددة الاتجاهات.", {"MNG"}),
])
def test_who_pursues_a_policy_holds_it_a_group_each_member(
        pipeline: Pipeline, lang: str, text: str, holders: set[str]) -> None:
    found = _policies(pipeline, text, lang)
    assert {(h, "multi_vector") for h in holders} <= found, found
    assert ("JPN", "multi_vector") not in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Japan opened an embassy. In talks with Mongolia, Japan pursues a multi-vector"
           " foreign policy."),
    ("ar", "افتتحت اليابان سفارة. وفي محادثاتها مع منغوليا تنتهج اليابان سياسة متعددة"
           " الاتجاهات."),
])
def test_a_state_named_before_the_pursuer_does_not_hold_the_policy(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = _policies(pipeline, text, lang)
    assert ("MNG", "multi_vector") not in found and ("JPN", "multi_vector") in found, found
