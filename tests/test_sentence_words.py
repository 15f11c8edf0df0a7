"""The words of a sentence (`sentence._words`) against a plain reading of their definition."""

import bisect
import re
from itertools import pairwise

import pytest

from diplomap.extract.grammar import grammar
from diplomap.extract.sentence import _clitic_of_surface, _words
from diplomap.text import fold, normalize

_WORD = re.compile(r"[^\W_]+")
_MARK = re.compile(r"[،,؛;:.!?؟()\[\]]")


def _reference(text: str, start: int, lang: str):
    """Each word's readings; its original span; whether a mark stands between the start of
    the word before it (or the text's start) and its own start (a point or comma between two
    digits is inside a number: "3,000", "2.5")."""
    normed = normalize(text)
    matches = list(_WORD.finditer(normed.text))
    words = [grammar(lang).readings(m.group()) for m in matches]
    t = normed.text
    marks = [m.start() for m in _MARK.finditer(t)
             if not (m.group() in ".," and 0 < m.start() < len(t) - 1
                     and t[m.start() - 1].isdigit() and t[m.start() + 1].isdigit())]
    passed = [bisect.bisect_left(marks, m.start()) for m in matches]
    boundary = [now > before for before, now in pairwise([0, *passed])]
    spans = [normed.orig_span(*m.span()) for m in matches]
    return words, [(start + s, start + e) for s, e in spans], boundary


TEXTS = [
    "",
    "...",
    "The ministers met in Paris, Berlin; and (later) Rome: talks [resumed]!",
    "snake_case words_and 3,000 troops? yes.",
    "It pledged 2.5 billion, then 3. 4 more (5,6).",
    "وقّعت مصر، والأردن اتفاقًا؟",
    "الرَّئِيسُ  ؛ (الصين) ــواشنطن",
    "ﻻ لا İstanbul — «قطر», عُمان.",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_words_spans_and_boundaries(text: str, lang: str) -> None:
    for start in (0, 17):
        assert _words(normalize(text), start, grammar(lang)) == _reference(text, start, lang)


@pytest.mark.parametrize("surface", ["للأمم المتحدة", "بالصين", "الصين", "Lebanon", ""])
def test_the_clitic_of_a_surface_is_read_from_its_folded_form(surface: str) -> None:
    g = grammar("ar")
    folded = fold(surface)
    expected = next((c for c in g.article_clitics if folded.startswith(c)), "")
    assert _clitic_of_surface(g, surface) == expected
    assert expected or not surface.startswith("لل")  # the data knows "لل"
