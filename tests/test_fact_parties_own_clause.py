"""A standing relation (a treaty, a border) is held by the names of its own clause: those
past a clause conjunction after it ("while", "whereas", "فيما", "بينما") act in the next
clause and are no party of it (session 49, sentences of our own writing); near-misses: the
parties named in the trigger's own clause keep firing."""

from __future__ import annotations

import pytest

from conftest import fact_quads


def _facts(pipeline, text, lang, predicate):
    return {frozenset((s, o)) for s, p, o, _ in fact_quads(pipeline, text, lang) if p == predicate}


@pytest.mark.parametrize("text, lang, predicate", [
    ("Peru depends on its fisheries. Fishing rights rest on a 1998 treaty, while a new dam"
     " upstream worries Bolivia and Brazil.", "en", "agreement_with"),
    ("تعتمد البيرو على مصايد الأسماك. وتستند حقوق الصيد إلى معاهدة 1998، فيما يثير سد جديد"
     " قلق بوليفيا والبرازيل.", "ar", "agreement_with"),
    ("Peru depends on its fisheries. Smuggling is rife along the border, whereas a new dam"
     " upstream worries Bolivia and Brazil.", "en", "border_with"),
    ("تعتمد البيرو على مصايد الأسماك. وينتشر التهريب على الحدود، بينما يثير سد جديد قلق"
     " بوليفيا والبرازيل.", "ar", "border_with"),
])
def test_a_name_past_a_clause_conjunction_is_no_party(pipeline, text, lang, predicate):
    facts = _facts(pipeline, text, lang, predicate)
    assert not any("BOL" in pair or "BRA" in pair for pair in facts)


@pytest.mark.parametrize("text, lang, predicate", [
    ("Peru signed a fisheries treaty with Chile and Bolivia in 1998, while a new dam worries"
     " Brazil.", "en", "agreement_with"),
    ("وقّعت البيرو معاهدة للصيد مع تشيلي وبوليفيا عام 1998، فيما يثير سد جديد قلق البرازيل.",
     "ar", "agreement_with"),
    ("Peru shares a long border with Chile and Bolivia, whereas its trade with Brazil has"
     " shrunk.", "en", "border_with"),
])
def test_partners_in_the_triggers_own_clause_are_parties(pipeline, text, lang, predicate):
    facts = _facts(pipeline, text, lang, predicate)
    assert frozenset(("PER", "CHL")) in facts and frozenset(("PER", "BOL")) in facts
    assert not any("BRA" in pair for pair in facts)
