"""The words around a name (`sentence._modifier_cues`) read with their shortcuts, against the
same reading without them (every tail cut, every hyphen tried)."""

import random
import re

import pytest

from diplomap.extract import sentence
from diplomap.extract.grammar import grammar

TEXTS = {
    "en": "Protesters backed pro-Russian militias, and an Iranian-backed group met. The "
          "US-supported plan — 'Kyiv' — was signed in Paris, then al-Qaeda-linked cells moved.",
    "ar": "خرج المحتجون المؤيدون لفلسطين، وقال الحوثيون المدعومون من إيران إن "
          "بالصين ولروسيا علاقات؛ والإمارات-المدعومة قوات وصلت إلى الخرطوم.",
}
_WORD_AT_END = re.compile(r"[^\W_]+$")


def _reference(g, text: str, start: int, end: int) -> sentence._ModifierCues:
    """`_modifier_cues` as first written: the tail of every window cut, every hyphen tried."""
    far = max(0, start - 80)
    for near in range(start - 24, far, -24):
        head = _WORD_AT_END.sub("", text[near:start])
        words = list(sentence._WORD.finditer(sentence.fold(head)))
        if len(words) > 2 and "\u0130" not in text[far:near]:
            break
    else:
        head = _WORD_AT_END.sub("", text[far:start])
        words = list(sentence._WORD.finditer(sentence.fold(head)))
    words = words[-2:]
    before = [g.readings(w.group()) for w in words]
    if before and any(r in g.stance_words for r in before[-1]):
        return sentence._ModifierCues(True, None, None)
    joined = sentence._HYPHENED.match(text[end:end + 40])
    described = end + joined.end() if joined and any(
        r in g.modifier_participles
        for r in g.readings(sentence.fold(joined.group(1)))) else None
    participle = None
    if (len(before) == 2 and before[1][0] in g.modifier_markers
            and any(r in g.modifier_participles for r in before[0])):
        participle = start - len(head) + sentence._orig_start(head, words[0].start())
    return sentence._ModifierCues(False, described, participle)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_cues_agree_with_the_plain_reading(lang: str) -> None:
    g, text = grammar(lang), TEXTS[lang]
    spans = [m.span() for m in re.finditer(r"\w+", text)]
    rng = random.Random(11)
    tried = spans + [(s + k, e) for s, e in spans for k in (1, 2) if s + k < e]
    tried += [tuple(sorted(rng.sample(range(len(text)), 2))) for _ in range(100)]
    for start, end in tried:
        assert sentence._modifier_cues.__wrapped__(g, text, start, end) == _reference(
            g, text, start, end), (start, end)
