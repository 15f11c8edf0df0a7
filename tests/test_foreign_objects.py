"""What an act is done to, called foreign and left unnamed, belongs to another state: no act of
the state on its own people (grammar `foreign_words`, extract.extractor._foreign_object).
Every sentence is our own."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Iran seized a foreign oil tanker in the Strait of Hormuz."),
    ("ar", "احتجزت إيران ناقلة نفط أجنبية في مضيق هرمز."),
    ("en", "Chile deported dozens of foreigners last week."),
    ("ar", "رحلت تشيلي عشرات الأجانب الأسبوع الماضي."),
])
def test_a_foreign_object_is_no_act_on_the_own_people(pipeline: Pipeline, lang: str,
                                                      sentence: str) -> None:
    assert not any(s == t for s, _, t in event_triples(pipeline, sentence, lang))


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    # a nationality named is that state; the own people stay the own state's
    ("en", "Iran seized a British oil tanker in the Strait of Hormuz.", ("IRN", "COERCE", "GBR")),
    ("en", "Chile arrested dozens of protesters in Santiago.", ("CHL", "COERCE", "CHL")),
    # "foreign" in another clause leaves this act alone
    ("en", "Chile arrested three opposition leaders, the foreign ministry said.",
     ("CHL", "COERCE", "CHL")),
    # "foreign" naming an office, or a place the act is done at, is no foreign object
    ("en", "Chilean police arrested the foreign minister's spokesman in Santiago.",
     ("CHL", "COERCE", "CHL")),
    ("en", "Chilean police detained dozens of protesters outside the foreign ministry.",
     ("CHL", "PROTEST", "CHL")),
    ("en", "Protesters stormed the foreign ministry in Santiago.", ("CHL", "PROTEST", "CHL")),
])
def test_named_and_own_objects_keep_their_state(pipeline: Pipeline, lang: str, sentence: str,
                                                expected: tuple) -> None:
    assert expected in event_triples(pipeline, sentence, lang)
