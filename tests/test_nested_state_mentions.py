"""A state named only inside another actor's longer name ("جيش التحرير الشعبي" of China inside
"جيش التحرير الشعبي في مانيبور", "فلسطين" inside "حركة فلسطين أكشن") does not count towards
the document's focal state: that actor is named, not the state, so police with no state named
are not that state's. Inside its own organ's name ("الشرطة الكولومبية", "the Colombian police")
the state is still named."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline((), "rules")  # the rules alone: the scorer adds its own guesses


def events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    found = pipeline(text, lang, "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target) for e in found}


INSIDE_ANOTHER_NAME = [
    ("ar", "نصب مسلحون من جيش التحرير الشعبي في مانيبور كميناً لدورية في منطقة بيشنوبور. "
           "واعتقلت الشرطة ثلاثة مشتبه بهم.", "CHN"),
    ("ar", "اقتحم ناشطون من حركة فلسطين أكشن مصنعاً للأسلحة في بريستول. "
           "واعتقلت الشرطة عشرة أشخاص.", "PSE"),
    ("en", "Militants of the People's Liberation Army of Manipur attacked a camp. "
           "Security forces later arrested three of the militants.", "CHN"),
]


@pytest.mark.parametrize(("lang", "text", "state"), INSIDE_ANOTHER_NAME)
def test_state_inside_another_name_is_not_focal(pipeline: Pipeline, lang: str, text: str,
                                                state: str) -> None:
    assert not {e for e in events(pipeline, text, lang) if state in (e[0], e[2])}


OWN_ORGAN = [
    ("ar", "أعلنت الشرطة الكولومبية تفكيك عصابة لتهريب المخدرات. واعتقلت الشرطة عشرة أشخاص.",
     ("COL", "COERCE", "COL")),
    ("en", "The Colombian police dismantled a drug gang. Police arrested ten people.",
     ("COL", "COERCE", "COL")),
]


@pytest.mark.parametrize(("lang", "text", "event"), OWN_ORGAN)
def test_state_inside_its_own_organ_still_counts(pipeline: Pipeline, lang: str, text: str,
                                                 event: tuple[str, str, str]) -> None:
    assert event in events(pipeline, text, lang)
