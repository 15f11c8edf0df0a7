"""Memberships and foundings in analysis pieces: bodies coordinated by repeating the
preposition that governs the first ("a founding member of A in 1945 and of B", «لـA عام
1945، ولـB», «في A ... وفي B»); both languages, on sentences of our own writing, with
near-misses."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


def _pairs(found: set[tuple], predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in found if p == predicate}


@pytest.mark.parametrize(("lang", "text", "predicate", "pairs"), [
    ("en", "Kuwait was a founding member of the Arab League in 1945 and of the Gulf"
           " Cooperation Council in 1981.", "founder_of", {("KWT", "LAS"), ("KWT", "GCC")}),
    ("en", "Kuwait was a founding member of OPEC, created in 1960, and of the Gulf Cooperation"
           " Council.", "founder_of", {("KWT", "OPEC"), ("KWT", "GCC")}),
    ("en", "Kuwait is a member of the G20 and of the Council of Europe.", "member_of",
     {("KWT", "G20"), ("KWT", "COE")}),
    ("ar", "الكويت من الدول المؤسسة لجامعة الدول العربية عام 1945، ولمجلس التعاون الخليجي"
           " عام 1981.", "founder_of", {("KWT", "LAS"), ("KWT", "GCC")}),
    ("ar", "والكويت عضو في جامعة الدول العربية منذ 1961، وفي الأمم المتحدة.", "member_of",
     {("KWT", "LAS"), ("KWT", "UN")}),
])
def test_a_repeated_preposition_coordinates_the_bodies(pipeline: Pipeline, lang: str, text: str,
                                                       predicate: str,
                                                       pairs: set[tuple[str, str]]) -> None:
    assert pairs <= _pairs(fact_quads(pipeline, text, lang), predicate)


@pytest.mark.parametrize(("lang", "text", "body"), [
    # another word before the second body: no coordination of the first's preposition
    ("en", "Kuwait is a member of the Arab League, and the head of the African Union visited.",
     "AU"),
    ("en", "Kuwait is a member of the Arab League and of course the African Union backs it.",
     "AU"),
    ("ar", "والكويت عضو في جامعة الدول العربية، وقال رئيس الاتحاد الأفريقي إنه سيزورها.", "AU"),
])
def test_no_repeated_preposition_no_second_body(pipeline: Pipeline, lang: str, text: str,
                                                body: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not {(s, o) for s, o in _pairs(found, "member_of") if o == body}, found
