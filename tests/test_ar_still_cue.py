"""Arabic "لا يزال"/"لا تزال" (still; an `actual` modality cue): the negation joined to the
verb of ceasing says the act goes on, so it negates no trigger after it; a bare "لا" still
does. Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads


@pytest.mark.parametrize("text", [
    "قالت أوكرانيا إن روسيا لا تزال تحتجز عشرات الجنود الأوكرانيين.",
    "ولا تزال روسيا تحتجز عشرات الجنود الأوكرانيين منذ العام الماضي.",
])
def test_an_act_still_going_on_is_actual(pipeline: Pipeline, text: str) -> None:
    found = event_quads(pipeline, text, "ar")
    assert ("RUS", "COERCE", "UKR", "actual") in found, found


def test_a_bare_negation_still_negates(pipeline: Pipeline) -> None:
    found = event_quads(pipeline, "قالت أوكرانيا إن روسيا لا تحتجز أي جنود أوكرانيين.", "ar")
    assert ("RUS", "COERCE", "UKR", "actual") not in found, found
