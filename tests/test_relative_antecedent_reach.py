"""A relative clause's subject is the name right before its relative word, not a name
before another noun the clause describes; a subject pronoun after the relative ("after
which it", "which it says") is the subject the sentence opens with. Sentences of our own."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


def facts(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    return {quad[:3] for quad in fact_quads(pipeline, text, lang)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Serbia froze its talks with Albania after the 1999 conflict, following which it "
           "recognised Kosovo."),
    ("ar", "جمدت صربيا محادثاتها مع ألبانيا بعد نزاع 1999، الذي اعترفت صربيا في أعقابه "
           "باستقلال كوسوفو."),
])
def test_a_name_before_another_noun_is_no_antecedent(pipeline: Pipeline, lang: str,
                                                       text: str) -> None:
    found = facts(pipeline, text, lang)
    assert ("SRB", "recognized", "XKX") in found, found
    assert not any(s == "ALB" and p == "recognized" for s, p, _ in found), found


def test_a_pronoun_after_the_relative_is_the_opening_subject(pipeline: Pipeline) -> None:
    text = ("Chile voted at the assembly. Turkey has had no embassy in Damascus since the "
            "2012 crisis, after which it recognised Palestine.")
    found = facts(pipeline, text, "en")
    assert ("TUR", "recognized", "PSE") in found, found
    assert not any(s == "CHL" and p == "recognized" for s, p, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    # near-misses: the name right before the relative (or with its adjective) is its subject
    ("en", "The talks were hosted by Norway, which recognised Palestine in 2024."),
    ("ar", "استضافت المحادثاتِ النرويجُ، التي اعترفت بدولة فلسطين عام 2024."),
])
def test_the_name_right_before_the_relative_stays_its_subject(pipeline: Pipeline, lang: str,
                                                              text: str) -> None:
    assert ("NOR", "recognized", "PSE") in facts(pipeline, text, lang)
