"""ASSAULT by an attack noun whose agent is a person named by nationality ("a stabbing
attack by a 37-year-old Algerian man in Mulhouse, France"): nationals who attack abroad are
coded by their nationality (tune gold: "Afghan nationals carried out ... bombing in
Islamabad" -> AFG ASSAULT PAK). Sentences of our own writing, after the WCEP pool's."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples


@pytest.mark.parametrize(("text", "triple"), [
    ("Seven people are injured in a stabbing attack by a 37-year-old Algerian man in "
     "Mulhouse, France.", ("DZA", "ASSAULT", "FRA")),
    ("Two civilians are killed in a ramming and stabbing attack by a Palestinian man in "
     "Afula, Israel.", ("PSE", "ASSAULT", "ISR")),
    ("Four people are injured in a knife attack by a 20-year-old Syrian national on a train "
     "in Bavaria, Germany.", ("SYR", "ASSAULT", "DEU")),
])
def test_an_attack_by_a_national_is_their_states(pipeline: Pipeline, text: str,
                                                 triple: tuple) -> None:
    assert triple in event_triples(pipeline, text)


@pytest.mark.parametrize("text", [
    "A Syrian refugee was attacked by a man in Bavaria, Germany.",
    "A car driven by an Indian national crashes in London.",
    "A strike by Syrian workers halts a factory in Bavaria, Germany.",
    "Seven people are injured in a stabbing attack by a man near the Algerian embassy in "
    "Paris, France.",
])
def test_no_nationality_doer_that_is_no_attackers(pipeline: Pipeline, text: str) -> None:
    found = event_triples(pipeline, text)
    assert not [t for t in found if t[1] == "ASSAULT" and t[0] in ("SYR", "IND", "DZA")]


@pytest.mark.parametrize(("text", "triple"), [
    ("مقتل شخصين في هجوم دهس وطعن نفذه رجل فلسطيني في العفولة شمال إسرائيل",
     ("PSE", "ASSAULT", "ISR")),
    ("إصابة أربعة أشخاص في هجوم بسكين شنه مواطن سوري في بافاريا بألمانيا",
     ("SYR", "ASSAULT", "DEU")),
    ("أصيب سبعة أشخاص بجروح في هجوم بسكين نفذه رجل جزائري في مولهاوس بفرنسا",
     ("DZA", "ASSAULT", "FRA")),
])
def test_arabic_national_after_the_relative_verb_is_their_state(
        pipeline: Pipeline, text: str, triple: tuple) -> None:
    assert triple in event_triples(pipeline, text, "ar")


@pytest.mark.parametrize("text", [
    "هجوم طعن قتل خلاله رجل سوري في بافاريا بألمانيا",
    "هجوم طعن أصيب فيه رجل سوري في بافاريا بألمانيا",
    "هجوم طعن تعرض له رجل سوري في بافاريا بألمانيا",
    "إضراب نفذه عمال سوريون في مصنع في بافاريا بألمانيا",
])
def test_arabic_national_who_is_the_victim_is_no_doer(pipeline: Pipeline, text: str) -> None:
    found = event_triples(pipeline, text, "ar")
    assert not [t for t in found if t[1] == "ASSAULT" and t[0] == "SYR"]
