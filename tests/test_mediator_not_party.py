"""A mediator named after a symmetric act of two parties ("A and B restored relations with
C's mediation") is a `mediated` fact with each party, never a party of the pair's own act
(issue 9): the mediation trigger ends the act's stretch, as it ends a fact's."""

from __future__ import annotations

import pytest

from conftest import event_triples, fact_quads


@pytest.mark.parametrize(("text", "pair", "mediator"), [
    ("أعادت السعودية وإيران علاقاتهما الدبلوماسية بوساطة صينية", ("SAU", "IRN"), "CHN"),
    ("استأنفت السعودية وإيران العلاقات الدبلوماسية بوساطة الصين", ("SAU", "IRN"), "CHN"),
    ("أعادت بوليفيا وإسرائيل علاقاتهما الدبلوماسية برعاية أمريكية", ("BOL", "ISR"), "USA"),
])
def test_arabic_mediator_of_restored_relations_is_no_party(pipeline, text, pair, mediator):
    found = event_triples(pipeline, text, "ar")
    assert (pair[0], "SUPPORT", pair[1]) in found
    assert not any(mediator in (s, t) and t_ == "SUPPORT" for s, t_, t in found)
    facts = fact_quads(pipeline, text, "ar")
    assert {(mediator, "mediated", p, "actual") for p in pair} <= facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Saudi Arabia and Iran restore diplomatic relations in a deal brokered by China", "en"),
    ("Armenia and Azerbaijan sign a peace deal brokered by China", "en"),
    ("وقعت أرمينيا وأذربيجان اتفاق سلام بوساطة الصين", "ar"),
    ("اتفقت أرمينيا وأذربيجان على وقف إطلاق النار بوساطة صينية", "ar"),
])
def test_mediator_of_other_symmetric_acts_is_no_party(pipeline, text, lang):
    assert not any("CHN" in (s, t) for s, _, t in event_triples(pipeline, text, lang))


def test_a_party_named_with_the_pair_stays_one(pipeline):
    # near-miss: a third state coordinated with the pair is a party, not a mediator
    found = event_triples(pipeline, "أعادت السعودية وإيران والبحرين علاقاتها الدبلوماسية", "ar")
    assert any("BHR" in (s, t) for s, _, t in found)
