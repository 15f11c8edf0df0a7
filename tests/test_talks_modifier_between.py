"""Arabic talks nouns with the article and one modifier before "بين" ("المفاوضات النووية بين A
وB", "المحادثات المباشرة بين") are talks between the pair, as the indefinite "محادثات مباشرة
بين" already were: hosted or brokered by a third party, its mediation with each and the pair's
own talks (frame `talks_between`). Found in the essays tune split (parts 3, 4 and 6: "أول
محادثات مباشرة بين البلدين", "أول محادثات جوهرية بين البلدين", "استضافت مسقط الجولة الأولى من
المفاوضات النووية بين الولايات المتحدة وإيران") and the dev set tune split ("مفاوضات مباشرة
بين البلدين")."""

from __future__ import annotations

import pytest

from conftest import event_triples, fact_quads


@pytest.mark.parametrize("text", [
    "استضافت كينيا الجولة الأولى من المفاوضات النووية بين إثيوبيا وإريتريا في نيروبي.",
    "احتضنت كينيا المحادثات المباشرة بين إثيوبيا وإريتريا الشهر الماضي.",
])
def test_definite_talks_with_a_modifier_are_the_pair_s(pipeline, text: str) -> None:
    facts = fact_quads(pipeline, text, "ar")
    assert {("KEN", "mediated", "ETH", "actual"), ("KEN", "mediated", "ERI", "actual")} <= facts
    found = {frozenset({s, t}) for s, e, t in event_triples(pipeline, text, "ar")
             if e == "CONSULT"}
    assert frozenset({"ETH", "ERI"}) in found, found


@pytest.mark.parametrize("text", [
    # a match, not talks, between them
    "استضافت كينيا المباراة النهائية بين إثيوبيا وإريتريا في نيروبي.",
    # any talks asked for are none held
    "دعت كينيا إثيوبيا إلى وقف إطلاق النار قبل أي مفاوضات مباشرة بين البلدين.",
])
def test_no_talks_hosted_without_talks_held(pipeline, text: str) -> None:
    assert not any(p == "mediated" for _, p, _, _ in fact_quads(pipeline, text, "ar"))
