"""Arabic constructions of coercion, accusation and sanction that English reads and Arabic
missed (issue 9, cross-language pairs), on sentences of our own writing, each with
near-misses that must not fire: the imperfect "يحقق/تحقق" with its subject between it and
the case it investigates ("وتحقق السلطات في الحادث", "فيما إذا")."""

from __future__ import annotations

import pytest

from conftest import event_triples


def investigations(pipeline, text: str) -> set[tuple]:
    return {(s, t) for s, k, t in event_triples(pipeline, text, "ar") if k == "ACCUSE"}


@pytest.mark.parametrize(("text", "state"), [
    ("وتحقق السلطات الأمريكية فيما إذا كانت هناك صلة بين الهجومين.", "USA"),
    ("ويحقق مكتب التحقيقات الفيدرالي الأمريكي حالياً في الحادث.", "USA"),
    ("وتحقق الشرطة الفرنسية في ملابسات وفاة الصحفي.", "FRA"),
    ("وقالت الصحيفة إن الشرطة البوليفية تحقق حالياً في اختفاء الصحفي.", "BOL"),
])
def test_imperfect_investigation_with_its_subject_between(pipeline, text, state):
    assert (state, state) in investigations(pipeline, text)


@pytest.mark.parametrize("text", [
    # achieving, not investigating: no case after the preposition
    "تحقق روسيا تقدماً في منطقة دونيتسك.",
    "يحقق الجيش الروسي مكاسب في أوكرانيا.",
    "تحقق مصر نمواً اقتصادياً في القطاع الزراعي.",
    # "فيما" as "while", no question after it
    "تحقق الصين أرباحاً فيما تتراجع صادراتها.",
    # the achievement in the gap before a case noun
    "تحقق القوات الروسية تقدماً في الهجوم على مدينة باخموت.",
    "يحقق الجيش الأوكراني نجاحات في الهجوم المضاد.",
    "تحقق روسيا مكاسب فيما إذا استمرت الحرب.",
])
def test_no_investigation_in_an_achievement(pipeline, text):
    assert not investigations(pipeline, text)
