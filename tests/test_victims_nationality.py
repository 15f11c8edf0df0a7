"""A nationality adjective names the victims only when it describes their noun: in Arabic the
adjective follows its noun ("رهائن تشيليين"), and a count after an adjective opens the victims'
own phrase ("غارات تشيلية 30 شخصا": the strikes are Chilean, the people are not)
(extract.extractor._victims_nationality). Every sentence is our own."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples


@pytest.mark.parametrize(("lang", "sentence"), [
    ("ar", "قتلت غارات تشيلية 30 شخصا على الأقل في ليما."),
    ("ar", "قتلت غارات تشيلية ثلاثين مدنيا في بيرو."),
    ("en", "Chilean airstrikes killed 30 people in Lima."),
])
def test_the_attackers_adjective_before_a_count_stays_the_doer(pipeline: Pipeline, lang: str,
                                                               sentence: str) -> None:
    assert ("CHL", "ASSAULT", "PER") in event_triples(pipeline, sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("ar", "قتل مسلحون ثلاثة رهائن تشيليين في ليما."),
    ("en", "Gunmen killed three Chilean hostages in Lima."),
])
def test_the_victims_nationality_is_no_doer(pipeline: Pipeline, lang: str,
                                            sentence: str) -> None:
    assert not any(s == "CHL" for s, _, _ in event_triples(pipeline, sentence, lang))
