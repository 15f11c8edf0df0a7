"""A border, a border crossing or border checkpoints reopened with a neighbour ease a
restriction (CONCEDE to the neighbour) and state the shared border (fact border_with), in
both languages; a crossing reopened for aid still grants access (RETREAT) (issue 9, the type
of a pair)."""

from __future__ import annotations

import pytest

from conftest import event_quads, fact_quads

REOPENED = [
    ("en", "Hungary reopens its border with Serbia after a week of closure.", "HUN", "SRB"),
    ("en", "Turkey partially reopens the Kapikule border crossing with Bulgaria.", "TUR", "BGR"),
    ("ar", "أعادت المجر فتح حدودها مع صربيا بعد أسبوع من الإغلاق.", "HUN", "SRB"),
    ("ar", "أعادت تركيا فتح معبر كابيكولي الحدودي مع بلغاريا جزئياً.", "TUR", "BGR"),
]


@pytest.mark.parametrize(("lang", "text", "source", "target"), REOPENED)
def test_reopened_border_concedes_to_the_neighbour(pipeline, lang, text, source, target):
    found = event_quads(pipeline, text, lang)
    assert (source, "CONCEDE", target, "actual") in found
    assert (source, "RETREAT", target, "actual") not in found


@pytest.mark.parametrize(("lang", "text", "source", "target"), REOPENED[:1] + REOPENED[2:3])
def test_reopened_border_is_still_a_shared_border(pipeline, lang, text, source, target):
    facts = fact_quads(pipeline, text, lang)
    assert any(p == "border_with" and {s, o} == {source, target} for s, p, o, _ in facts)


# Review 18/2 finding 10: the gap before "border" holds the border's own words; a place
# reopened near it is no border reopened
NEAR_THE_BORDER = [
    ("en", "Hungary reopened its embassy near the border with Serbia.", "HUN", "SRB"),
    ("en", "Hungary reopened its consulate along the border with Serbia.", "HUN", "SRB"),
]


@pytest.mark.parametrize(("lang", "text", "source", "target"), NEAR_THE_BORDER)
def test_a_place_near_the_border_is_no_border_reopened(pipeline, lang, text, source, target):
    assert (source, "CONCEDE", target, "actual") not in event_quads(pipeline, text, lang)


# Finding 4: Arabic with the subject after the verb, crossings with no article and a
# crossing's name of several words
REOPENED_AR = [
    ("ar", "أعادت باكستان فتح المعابر الحدودية مع أفغانستان.", "PAK", "AFG"),
    ("ar", "أعادت باكستان فتح منافذ حدودية مع أفغانستان.", "PAK", "AFG"),
    ("ar", "أعادت إسرائيل فتح معبر كرم أبو سالم الحدودي مع مصر.", "ISR", "EGY"),
]


@pytest.mark.parametrize(("lang", "text", "source", "target"), REOPENED_AR)
def test_arabic_reopened_crossings_concede(pipeline, lang, text, source, target):
    found = event_quads(pipeline, text, lang)
    assert (source, "CONCEDE", target, "actual") in found
    assert (source, "RETREAT", target, "actual") not in found
