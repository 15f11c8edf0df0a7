"""Review 30, second round: a visa requirement or waiver dropped is no right revoked; a list
is hostile by the words that name it, not by the object listed."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples


@pytest.mark.parametrize(("text", "lang"), [
    ("Malaysia cancelled visa requirements for Indian travellers.", "en"),
    ("Brazil cancelled visa fees for Argentine students.", "en"),
    ("أعلنت ماليزيا إلغاء تأشيرات الدخول لمواطني الهند", "ar"),
])
def test_a_visa_requirement_dropped_is_no_sanction(pipeline: Pipeline, text: str,
                                                   lang: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert not {e for e in found if e[1] == "SANCTION"}, found


@pytest.mark.parametrize(("text", "lang", "sanction"), [
    ("Brazil revoked the visa of a Venezuelan minister.", "en", ("BRA", "SANCTION", "VEN")),
    ("ألغت البرازيل تأشيرة الوزير الفنزويلي", "ar", ("BRA", "SANCTION", "VEN")),
])
def test_a_visa_revoked_is_still_a_sanction(pipeline: Pipeline, text: str, lang: str,
                                            sanction: tuple) -> None:
    assert sanction in event_triples(pipeline, text, lang)


def test_a_list_is_hostile_by_its_name_not_by_the_object(pipeline: Pipeline) -> None:
    kind = event_triples(pipeline, "Japan added 12 Indian entities to its list of approved "
                                   "suppliers.")
    assert not {e for e in kind if e[1] == "SANCTION"}, kind
    named = event_triples(pipeline, "Japan added 12 Indian companies to the Entity List.")
    assert ("JPN", "SANCTION", "IND") in named

