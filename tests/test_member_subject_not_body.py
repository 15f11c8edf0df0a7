"""Membership: an organisation named right after a trigger of membership, with no body
named after it, is the body joined, not the member ("then joined the X group", "the
largest member of the X organisation", "a founding member of X"; session 49, sentences of
our own writing); near-misses: a body that joins another named after it is a member."""

from __future__ import annotations

import pytest

from conftest import fact_quads


def _members(pipeline, text, lang):
    return {(s, o) for s, p, o, _ in fact_quads(pipeline, text, lang) if p == "member_of"}


@pytest.mark.parametrize("text, lang, member, body", [
    ("وقّعت كازاخستان اتفاقية مع منظمة التجارة العالمية عام 2010، ثم انضمت إلى مجموعة"
     " \"بريكس\" عام 2024.", "ar", "KAZ", "BRICS"),
    ("كما أن نيجيريا من مؤسسي منظمة أوبك، وأكبر أعضاء الاتحاد الأفريقي من حيث عدد السكان.",
     "ar", "NGA", "AU"),
    ("Nigeria is also a founding member of the African Union, created in Addis Ababa in 1963.",
     "en", "NGA", "AU"),
])
def test_the_body_after_the_trigger_is_no_member(pipeline, text, lang, member, body):
    members = _members(pipeline, text, lang)
    assert not any(s == body for s, _ in members)
    assert all(s == member for s, _ in members)


@pytest.mark.parametrize("text, lang", [
    ("انضم الاتحاد الأفريقي إلى مجموعة العشرين عام 2023.", "ar"),
    ("The African Union joined the G20 in 2023.", "en"),
])
def test_a_body_that_joins_another_is_its_member(pipeline, text, lang):
    assert ("AU", "G20") in _members(pipeline, text, lang)
