"""Review 26: triggers at one start, longest first, with a turned-down longer match leaving its
start to a shorter one; agreements ended. Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline
from diplomap.extract.patterns import PatternSet, TokenPattern

from conftest import event_triples, fact_quads


def test_a_law_enforcement_pact_signed_keeps_its_signing(pipeline: Pipeline) -> None:
    # "sign … law" (a domestic law, no agreement) is turned down before "enforcement": the
    # plain "signed" is read instead, an act of its own
    text = "Ghana and Togo signed a law enforcement partnership agreement on Monday."
    assert ("GHA", "SUPPORT", "TGO") in event_triples(pipeline, text)
    assert ("GHA", "agreement_with", "TGO", "actual") in fact_quads(pipeline, text)


def test_a_treaty_named_after_the_verb_leaves_the_verb_its_own_reading(
        pipeline: Pipeline) -> None:
    # the longer pattern ends inside the treaty's name: the verb alone is still read
    text = "Moscow suspended its part in the New START treaty with Washington."
    assert {s for s, _, t in event_triples(pipeline, text) if t == "USA"} == {"RUS"}


def _modes(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    found = pipeline(text, lang, "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.mode, e.target) for e in found}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peru cancelled the fishing deal with Chile."),
    ("en", "Peru scrapped its bilateral maritime pact with Chile."),
    ("en", "Peru pulled out of the fisheries convention with Chile."),
    ("ar", "ألغت بيرو صفقة الصيد مع تشيلي."),
    ("ar", "علقت بيرو معاهدة الصيد مع تشيلي."),
    ("ar", "انسحبت بيرو من مذكرة التفاهم البحرية مع تشيلي."),
])
def test_an_agreement_ended_is_a_discontinuation_and_no_standing_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("PER", "SANCTION", "discontinue", "CHL") in _modes(pipeline, text, lang)
    assert not any(p == "agreement_with" for _, p, _, _ in fact_quads(pipeline, text, lang))


def test_what_is_suspended_over_an_agreement_ends_no_agreement(pipeline: Pipeline) -> None:
    # four words between the verb and the noun, the first no determiner: not its object
    text = "Peru suspended two officers over the accord with Chile."
    assert not any(m == "discontinue" for _, _, m, _ in _modes(pipeline, text, "en"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peru did not cancel its fishing accord with Chile."),
    ("en", "Peru threatened to withdraw from the fisheries treaty with Chile."),
    ("ar", "هددت بيرو بالانسحاب من اتفاقية الصيد مع تشيلي."),
])
def test_an_agreement_not_ended_still_stands(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("PER", "agreement_with", "CHL", "actual") in fact_quads(pipeline, text, lang)


def test_the_finder_gives_every_match_at_a_start_longest_first() -> None:
    patterns = PatternSet([TokenPattern(("halt",), "short"),
                           TokenPattern(("halt", "…", "pact"), "long")])
    words = [("halt",), ("the",), ("pact",)]
    assert [(a, b, p.key) for a, b, p in patterns.find(words, every=True)] == [
        (0, 3, "long"), (0, 1, "short")]
    assert [p.key for _, _, p in patterns.find(words)] == ["long"]
