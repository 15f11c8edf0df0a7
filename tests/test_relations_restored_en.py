"""English relations restored or resumed with or without "diplomatic" ("restored relations
with X", "resumed diplomatic ties", "the resumption of diplomatic relations between A and B"):
a joint SUPPORT of the two states, as Arabic «أعادت
علاقاتها مع», «استأنفت علاقاتها» read (lang/en/frames.yaml `support_relations`). Every
sentence is our own."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Jordan restored relations with Qatar in 2023.", ("JOR", "QAT")),
    ("en", "Chad and Sudan restored their relations after a decade.", ("TCD", "SDN")),
    ("en", "Mali resumed diplomatic ties with Algeria last week.", ("MLI", "DZA")),
    ("en", "The resumption of diplomatic relations between Chile and Bolivia was announced "
           "on Monday.", ("CHL", "BOL")),
    ("ar", "أعادت الأردن علاقاتها مع قطر عام 2023.", ("JOR", "QAT")),
    ("ar", "استأنفت مالي علاقاتها الدبلوماسية مع الجزائر الأسبوع الماضي.", ("MLI", "DZA")),
])
def test_relations_restored_or_resumed_are_support(pipeline, lang, text, pair):
    found = event_triples(pipeline, text, lang)
    assert (pair[0], "SUPPORT", pair[1]) in found or (pair[1], "SUPPORT", pair[0]) in found, found


@pytest.mark.parametrize("text", [
    # something else restored or resumed, relations only near it
    "The police restored calm in Lagos as relations with Benin improved.",
    "Peru and Chile resumed talks on relations with Bolivia.",
    "Ghana resumed flights to Togo.",
    # relations cut, still cut, or other cuts
    "Relations between Chad and Niger remain cut.",
    "The central bank of Peru cut interest rates.",
])
def test_other_restorations_support_nobody(pipeline, text):
    assert not any(t == "SUPPORT" for _, t, _ in event_triples(pipeline, text, "en"))
