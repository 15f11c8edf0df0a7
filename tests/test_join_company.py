"""Joining the company of people or of states is no membership: "joined protesters",
"joined the United States and the EU in backing X" name no body joined; the near readings
("joined the EU", "joined China's initiative and the AIIB") still do. Sentences of our own
writing, both languages."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


def _members(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in fact_quads(pipeline, text, lang) if p == "member_of"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Last year Kenya and Ghana joined France and the European Union in funding the"
           " vaccine plant."),
    ("en", "Morocco joined the United States and NATO in condemning the coup."),
    ("ar", "وانضمت كينيا وغانا العام الماضي إلى فرنسا والاتحاد الأوروبي في تمويل مصنع"
           " اللقاحات."),
    ("ar", "انضم المغرب إلى الولايات المتحدة وحلف شمال الأطلسي في إدانة الانقلاب."),
])
def test_joining_states_in_an_act_is_no_membership(pipeline: Pipeline, lang: str,
                                                   text: str) -> None:
    assert not _members(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The European Parliament condemned the vote. Moldovan President Maia Sandu, who"
           " rejects the new parliament, joined protesters outside the government building."),
    ("ar", "أدان البرلمان الأوروبي التصويت. وانضمت رئيسة مولدوفا مايا ساندو، التي ترفض"
           " البرلمان الجديد، إلى المحتجين أمام مقر الحكومة."),
])
def test_joining_protesters_is_no_membership(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not _members(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text", "member"), [
    ("en", "Last year Ghana joined China's Belt and Road Initiative and the Asian"
           " Infrastructure Investment Bank.", ("GHA", "AIIB")),
    ("en", "In January Ghana joined the African Union and pledged troops.", ("GHA", "AU")),
    ("ar", "انضمت غانا والسنغال إلى الاتحاد الأفريقي في يناير.", ("SEN", "AU")),
    ("ar", "انضم المغرب إلى حلف شمال الأطلسي في إدانة الانقلاب.", ("MAR", "NATO")),
])
def test_a_body_joined_is_still_a_membership(pipeline: Pipeline, lang: str, text: str,
                                             member: tuple[str, str]) -> None:
    assert member in _members(pipeline, text, lang)
