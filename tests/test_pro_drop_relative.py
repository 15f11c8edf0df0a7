"""Arabic writes an unnamed subject in its verb's agreement. A relative clause's verb in the
feminine singular (a state's) that carries an object pronoun pointing back to the relative
("X التي أسستها مع Y") has the relative for its object and, with no name after it, the
state the sentence opens with, else the one carried over, for its subject: English writes
that subject as a pronoun ("which it set up with Y"). Sentences of our own."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


def facts(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    return {quad[:3] for quad in fact_quads(pipeline, text, lang)}


def founders(pipeline: Pipeline, text: str, lang: str = "ar") -> set[str]:
    return {s for s, p, o in facts(pipeline, text, lang) if p == "founder_of" and o == "SCO"}


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "وكازاخستان عضو في منظمة شنغهاي للتعاون التي أسستها مع الصين وروسيا عام 2001."),
    ("en", "Kazakhstan is a member of the Shanghai Cooperation Organisation, which it set up "
           "with China and Russia in 2001."),
])
def test_the_opening_state_founded_what_the_relative_names(pipeline: Pipeline, lang: str,
                                                           text: str) -> None:
    assert founders(pipeline, text, lang) == {"KAZ", "CHN", "RUS"}


def test_the_subject_is_named_as_pro_drop(pipeline: Pipeline) -> None:
    text = "وكازاخستان عضو في منظمة شنغهاي للتعاون التي أسستها مع الصين عام 2001."
    found = pipeline(text, "ar", "2025-03-01").extraction.facts
    steps = [f.trace for f in found if f.subject == "KAZ" and f.predicate == "founder_of"]
    assert steps and ("subject", "pro_drop_subject") in {s[:2] for s in steps[0]}, steps


def test_a_state_carried_over_founded_it(pipeline: Pipeline) -> None:
    text = ("أعلنت الهند انسحابها من المفاوضات. وتتمسك بمنظمة شنغهاي للتعاون التي أسستها "
            "مع الصين.")
    assert founders(pipeline, text) == {"IND", "CHN"}


@pytest.mark.parametrize(("text", "expected"), [
    # the name after the verb is its subject (verb first), not the opening state
    ("وكازاخستان عضو في منظمة شنغهاي للتعاون التي أسستها الصين مع روسيا عام 2001.",
     {"CHN", "RUS"}),
    # a masculine verb is a man's (or a masculine body's): not the opening state's
    ("وكازاخستان عضو في منظمة شنغهاي للتعاون الذي أسسه مع الصين وروسيا عام 2001.", set()),
    # no object pronoun: the relative is the subject, a member that founded nothing
    ("وكازاخستان عضو في منظمة شنغهاي للتعاون التي تأسست عام 2001.", set()),
])
def test_no_pro_drop_where_the_verb_names_another_subject(pipeline: Pipeline, text: str,
                                                         expected: set[str]) -> None:
    assert founders(pipeline, text) == expected
