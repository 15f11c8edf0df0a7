"""Relations cut, as ties are: "X cut (diplomatic / all) relations with Y" is a discontinuing
SANCTION of Y (lang/en/frames.yaml `sanction_discontinue`; Arabic "قطعت X علاقاتها مع Y"
already reads so). Every sentence is our own."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import typed_events

CUT = [
    ("en", "Morocco cut relations with Iran in 2018.", "MAR", "IRN"),
    ("en", "After the coup, Niger cut diplomatic relations with France.", "NER", "FRA"),
    ("en", "Bolivia cut all relations with Israel last year.", "BOL", "ISR"),
    ("en", "Venezuela has cut its relations with Paraguay.", "VEN", "PRY"),
    ("ar", "قطع المغرب علاقاته مع إيران عام 2018.", "MAR", "IRN"),
]


@pytest.mark.parametrize(("lang", "sentence", "source", "target"), CUT)
def test_relations_cut_are_a_discontinuing_sanction(pipeline: Pipeline, lang: str,
                                                    sentence: str, source: str,
                                                    target: str) -> None:
    found = typed_events(pipeline, sentence, lang)
    assert ("SANCTION", "discontinue", source, target) in found, found


@pytest.mark.parametrize("sentence", [
    # something else cut, for the sake of relations
    "Kenya cut spending to improve relations with the IMF.",
    "Chile cut tariffs as relations with Peru improved.",
    "Ghana cut fuel prices, easing relations with Togo.",
])
def test_other_cuts_sanction_nobody(pipeline: Pipeline, sentence: str) -> None:
    types = {t for t, *_ in typed_events(pipeline, sentence, "en")}
    assert "SANCTION" not in types, types
