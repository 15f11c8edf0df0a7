"""The broker of an act between two parties named as a relative clause's antecedent ("C,
which brokered the X Agreement between A and B", «C، التي رعت اتفاق X بين A وB»): the
antecedent brokered it, as in other relative clauses (`strategies.relative_antecedent`), not
the document's focal state the doer fell back to. Found in the essays tune split (writer 3,
both languages: a state "which brokered the Doha Agreement between" a movement and a state,
read as the focal state's mediation)."""

from __future__ import annotations

import pytest

from conftest import fact_quads

OPENING = {"en": "Afghanistan seeks recognition. ", "ar": "تسعى أفغانستان إلى الاعتراف. "}


def mediations(pipeline, text: str, lang: str) -> set[tuple[str, str]]:
    found = fact_quads(pipeline, OPENING[lang] + text, lang)
    return {(s, o) for s, p, o, _ in found if p == "mediated"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Contacts run mostly through Switzerland, which brokered the 2009 Zurich Protocols "
     "between Armenia and Turkey.", "en"),
    ("Contacts run through Switzerland, which mediated between Armenia and Turkey in 2009.",
     "en"),
    ("وتمر الاتصالات عبر سويسرا، التي رعت اتفاق زيورخ بين أرمينيا وتركيا عام 2009.",
     "ar"),
    ("وتمر الاتصالات عبر سويسرا، التي توسطت بين أرمينيا وتركيا عام 2009.", "ar"),
])
def test_the_antecedent_brokered_what_is_between_the_pair(pipeline, text: str,
                                                          lang: str) -> None:
    found = mediations(pipeline, text, lang)
    assert {("CHE", "ARM"), ("CHE", "TUR")} <= found, found
    assert not {m for m in found if m[0] == "AFG"}, found


@pytest.mark.parametrize(("text", "lang"), [
    # the antecedent is no state, or the relative clause brokers nothing
    ("Everyone praised the accord, which ended the war between Armenia and Turkey.", "en"),
    ("Contacts run through Switzerland, which welcomed the ceasefire between Armenia and "
     "Turkey.", "en"),
    ("ويشيد الجميع بالاتفاق، الذي أنهى الحرب بين أرمينيا وتركيا.", "ar"),
    ("وتمر الاتصالات عبر سويسرا، التي رحبت بوقف إطلاق النار بين أرمينيا وتركيا.", "ar"),
])
def test_no_mediation_where_the_relative_clause_brokers_nothing(pipeline, text: str,
                                                                lang: str) -> None:
    assert not mediations(pipeline, text, lang)
