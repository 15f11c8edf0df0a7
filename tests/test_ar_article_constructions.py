"""Arabic constructions frequent in whole news articles (issue 9), each on sentences of our
own writing: convictions in the passive and the participle."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def events(pipeline: Pipeline, text: str) -> set[tuple]:
    found = pipeline(text, "ar", "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target) for e in found}


@pytest.mark.parametrize("text", [
    "تعيش تشيلي أزمة سياسية. وأُدين الوزير السابق بالاختلاس الشهر الماضي.",
    "تعيش تشيلي أزمة سياسية. وكان النائب قد سُجن بتهمة الرشوة قبل سنوات.",
    "غادر الوزير التشيلي المدان بالفساد السجن أمس.",
])
def test_a_conviction_in_the_passive_is_the_state_s_sanction(pipeline: Pipeline,
                                                             text: str) -> None:
    found = events(pipeline, text)
    assert ("CHL", "SANCTION", "CHL") in found
    assert not any(kind == "ACCUSE" for _, kind, _ in found), found


def test_condemning_is_no_conviction(pipeline: Pipeline) -> None:
    found = events(pipeline, "أدانت تشيلي بشدة الهجوم الذي شنته الأرجنتين.")
    assert not any(kind == "SANCTION" for _, kind, _ in found), found
