"""The modifier cues read the words before a name from a short tail of the 80 characters
before it: the same cues as reading all 80 (the reading they replaced, kept here)."""

from __future__ import annotations

import random
import re

import pytest

from diplomap.extract.grammar import grammar
from diplomap.extract.sentence import _HYPHENED, _modifier_cues, _ModifierCues, _orig_start
from diplomap.text import fold

_WORD = re.compile(r"[^\W_]+")


def _all_eighty(g, text: str, start: int, end: int) -> _ModifierCues:
    # \Z, not $: "$" also matches before a final newline, which would cut a whole word
    # ("...مناصرة\n" + name) as if it were a proclitic of the name
    head = re.sub(r"[^\W_]+\Z", "", text[max(0, start - 80):start])
    words = list(_WORD.finditer(fold(head)))[-2:]
    before = [g.readings(w.group()) for w in words]
    if before and any(r in g.stance_words for r in before[-1]):
        return _ModifierCues(True, None, None)
    joined = _HYPHENED.match(text[end:end + 40])
    described_start = end + joined.end() if joined and any(
        r in g.modifier_participles for r in g.readings(fold(joined.group(1)))) else None
    participle = None
    if (len(before) == 2 and before[1][0] in g.modifier_markers
            and any(r in g.modifier_participles for r in before[0])):
        participle = start - len(head) + _orig_start(head, words[0].start())
    return _ModifierCues(False, described_start, participle)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_tail_reading_gives_the_cues_of_all_eighty_characters(lang: str) -> None:
    g = grammar(lang)
    cues = sorted(g.stance_words | g.modifier_participles | g.modifier_markers)
    pieces = [*cues, "الصين", "China", "وَالرُّوسِيَّة", "İstanbul", "ΣΟΦΙΑΣ", "x", "١٢",
              " ", " ", "  ", "\n", ", ", "-", "ـ", "\u200f"]
    participles, markers = sorted(g.modifier_participles), sorted(g.modifier_markers)
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
        if participles and markers and rng.random() < 0.5:  # "... المدعومة من" + the name
            text += f"{rng.choice(participles)}{rng.choice(pieces)}{rng.choice(markers)} "
        start = len(text) if rng.random() < 0.5 else rng.randrange(len(text) + 1)
        text += "".join(rng.choice(pieces) for _ in range(rng.randrange(5)))
        end = len(text) if rng.random() < 0.5 else rng.randrange(start, len(text) + 1)
        if participles and rng.random() < 0.3:  # the name + "-backed "
            text += f"-{rng.choice(participles)} {rng.choice(pieces)}"
        assert _modifier_cues(g, text, start, end) == _all_eighty(g, text, start, end), (
            text, start, end)
