"""Review 26: triggers at one start, longest first, with a turned-down longer match leaving its
start to a shorter one; agreements ended. Sentences of our own writing."""

from __future__ import annotations

from diplomap.extract import Pipeline

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
