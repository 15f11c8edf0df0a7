"""A verb-first Arabic verb whose first letter is a governing proclitic's (ب, ل; grammar
`governing_lookalikes`) takes the name after it as its subject, not as the genitive of a noun
the proclitic governs. Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


def _sourced(pipeline: Pipeline, text: str) -> set[tuple[str, str, str, str]]:
    found = pipeline(text, "ar", "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target, e.trace[1].strategy) for e in found}


@pytest.mark.parametrize(("text", "expected"), [
    ("بدأت تركيا محادثات مباشرة مع جماعة الحوثيين.", ("TUR", "CONSULT", "ORG:houthis")),
    ("بحث وزير الخارجية الأردني مع نظيره الياباني الأوضاع في المنطقة.",
     ("JOR", "CONSULT", "JPN")),
    ("بدأت الهند سحب قواتها من بوتان.", ("IND", "RETREAT", "BTN")),
])
def test_the_name_after_the_verb_is_its_named_subject(pipeline: Pipeline, text: str,
                                                      expected: tuple[str, str, str]) -> None:
    found = _sourced(pipeline, text)
    assert any((s, t, o) == expected and how != "focal_actor" for s, t, o, how in found), found


def test_a_noun_with_the_proclitic_still_governs_the_name(pipeline: Pipeline) -> None:
    from diplomap.extract.grammar import grammar
    from diplomap.extract.sentence import in_phrase

    g = grammar("ar")
    assert in_phrase(g, g.readings("باستقلال"))
    assert not in_phrase(g, g.readings("بحثت"))
