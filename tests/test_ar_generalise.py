"""Arabic constructions that generalise (issue 9), on sentences of our own writing:
"قد" + imperfect is a possibility, not an act; "قد" + perfect is an act."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(model="rules")


def events(pipeline: Pipeline, text: str) -> set[tuple]:
    found = pipeline(text, "ar", "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target, e.modality) for e in found}


@pytest.mark.parametrize("text", [
    "قال مسؤولون إن اليابان قد تفرض عقوبات على كوريا الشمالية.",
    "حذر خبراء من أن إجراءات الحكومة قد تؤدي إلى فرض بريطانيا عقوبات على إيران.",
])
def test_possibility_particle_before_an_imperfect_is_hypothetical(pipeline, text):
    found = events(pipeline, text)
    assert any(e[1] == "SANCTION" for e in found)
    assert all(e[3] != "actual" for e in found if e[1] == "SANCTION")


@pytest.mark.parametrize("text", [
    "وكانت اليابان قد فرضت عقوبات على كوريا الشمالية الشهر الماضي.",
    "وقد فرضت اليابان عقوبات على كوريا الشمالية.",
])
def test_possibility_particle_before_a_perfect_is_an_act(pipeline, text):
    assert ("JPN", "SANCTION", "PRK", "actual") in events(pipeline, text)
