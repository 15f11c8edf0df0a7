"""Review 27 (findings 3, 4, 7, 9, 13): a verb-first subject after the pronoun object of an
Arabic light verb, the domestic requests that name their content and not their addressees,
what a defence defends, and the act a request asks for (both languages where the
construction exists in both)."""

from __future__ import annotations

from conftest import event_triples


def test_light_verb_with_a_subject_after_its_pronoun_object_is_active(pipeline):
    """"وجهت لهم X تهمة": Arabic puts a pronoun object before a verb-first subject, so a
    name between the light verb's phrase and its charge noun is who charges."""
    text = "وجهت لهم الحكومة الأردنية تهمة التعاون مع إيران."
    assert "JOR" in {s for s, t, _ in event_triples(pipeline, text, "ar") if t == "ACCUSE"}


def test_state_in_the_charge_is_no_agentless_accuser(pipeline):
    """"وجهت إليهم تهمة التخابر لصالح X": with no one named who charges, X, the state the
    charge says they worked for, does not charge its own people."""
    text = "وجهت إليهم تهمة التخابر لصالح تركيا."
    assert ("TUR", "ACCUSE", "TUR") not in event_triples(pipeline, text, "ar")
