"""A founder is a member: "a founding member of X" is one fact, founder_of, never a second
one of membership (extract.extractor._founding_member); a membership of another body stays; both
languages, on sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


def _pairs(found: set[tuple], predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in found if p == predicate}


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Kuwait was a founding member of the Arab League.", ("KWT", "LAS")),
    ("ar", "والكويت من الأعضاء المؤسسين لجامعة الدول العربية.", ("KWT", "LAS")),
    ("ar", "تُعد الكويت عضواً مؤسساً في مجلس التعاون الخليجي.", ("KWT", "GCC")),
])
def test_a_founder_is_no_second_member(pipeline: Pipeline, lang: str, text: str,
                                       pair: tuple[str, str]) -> None:
    found = fact_quads(pipeline, text, lang)
    assert pair in _pairs(found, "founder_of"), found
    assert pair not in _pairs(found, "member_of"), found


def test_a_member_of_another_body_stays_a_member(pipeline: Pipeline) -> None:
    found = fact_quads(pipeline, "Kuwait, a founding member of the Gulf Cooperation Council,"
                                 " joined the United Nations in 1963.", "en")
    assert ("KWT", "UN") in _pairs(found, "member_of"), found
