"""The tennis "Grand Slam" is no slamming (disapprove's verb "slam", lemma `not_before:
[grand]`): "wins his fifth Grand Slam after defeating Italian X" names a title, no criticism
of Italy. The verb itself still criticises ("Spain slams Italy over ...")."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline((), "rules")  # the rules alone: the scorer adds its own guesses


def events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    found = pipeline(text, lang, "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target) for e in found}


TITLES = [
    ("en", "In tennis, Spanish player Carlos Alcaraz wins his fifth Grand Slam overall after "
           "defeating Italian Jannik Sinner in the final."),
    ("en", "Spanish player Carlos Alcaraz won his second Grand Slam title against Italian "
           "Jannik Sinner."),
    ("ar", "في التنس، أحرز الإسباني كارلوس ألكاراس لقبه الخامس في بطولات غراند سلام بعد فوزه "
           "على الإيطالي يانيك سينر في النهائي."),
    ("ar", "فاز اللاعب الإسباني كارلوس ألكاراس بلقب غراند سلام الثاني على حساب الإيطالي يانيك "
           "سينر."),
]


@pytest.mark.parametrize(("lang", "text"), TITLES)
def test_grand_slam_title_is_no_criticism(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not events(pipeline, text, lang)


SLAMS = [
    ("en", "Spain slams Italy over its treatment of migrants."),
    ("en", "Spanish foreign minister José Manuel Albares slammed Italian prime minister "
           "Giorgia Meloni."),
]


@pytest.mark.parametrize(("lang", "text"), SLAMS)
def test_slamming_still_criticises(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("ESP", "ACCUSE", "ITA") in events(pipeline, text, lang)
