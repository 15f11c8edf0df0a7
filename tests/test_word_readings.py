"""A word's readings (`grammar.Readings`), and whether a word reads as one of a list's
tokens (`extractor._reads_as`, prefix tokens included)."""

from __future__ import annotations

import pytest

from diplomap.extract import extractor, grammar
from diplomap.extract.grammar import Readings


def test_readings_keep_the_word_and_each_proclitic_removed() -> None:
    readings = Readings(("وال", "و"))
    assert readings("والحكومة") == ("والحكومة", "حكومة", "الحكومة")
    assert readings("وقع") == ("وقع", "قع")
    assert readings("وا") == ("وا",)  # one letter left is no reading


def test_a_sentences_words_read_as_each_word_alone() -> None:
    readings = Readings(("و",))
    words = ["وقع", "الاتفاق", "وقع", "ومصر"]
    assert readings.of_words(words) == [Readings(("و",))(w) for w in words]
    assert readings.of_words(words)[0] is readings("وقع")  # read once, kept


def test_readings_past_the_limit_are_read_again_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grammar, "MAX_READ_WORDS", 2)
    readings = Readings(("و",))
    words = ["وقع", "ومصر", "وليبيا", "وقع"]
    assert readings.of_words(words) == [Readings(("و",))(w) for w in words]


@pytest.mark.parametrize(("word", "tokens", "expected"), [
    (("والسفير", "السفير"), frozenset({"السفير"}), True),
    (("والسفير", "السفير"), ("سفير", "الس*"), True),
    (("والسفير", "السفير"), ("سفير", "سف*"), False),
    (("talks",), ("talk*",), True),
    (("talks",), frozenset({"talk"}), False),
    ((), ("talk*",), False),
    (("talks",), (), False),
])
def test_reads_as(word: tuple[str, ...], tokens: tuple[str, ...] | frozenset[str],
                  expected: bool) -> None:
    assert extractor._reads_as(word, tokens) is expected
    assert extractor._reads_as(word, tokens) is expected  # the prefix tokens, found once
