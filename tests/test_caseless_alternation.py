"""`caseless` reads like `(?i:alternation(words))`: the same matches and groups, whatever
the script, the case or letters that fold to a Latin one (the Kelvin sign, the long s)."""

from __future__ import annotations

import random
import re

from diplomap.extract.grammar import NEVER, alternation, caseless

WORDS = ["في", "في عام", "فيما", "in", "in the", "Inside", "since", "منذ", "-", "1st", "é",
         "ذلك", "ks", "s"]
PIECES = [*WORDS, "IN", "In The", "\u212as", "\u017f", "\u0130n", "FI", "x", "ال", " ", "  ",
          "\n", "،", "2020", "É"]


def _texts(n: int) -> list[str]:
    rng = random.Random(5)
    return ["".join(rng.choice(PIECES) + rng.choice(["", " "]) for _ in range(rng.randrange(12)))
            for _ in range(n)]


def _read(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(pattern.groups + 1))
            for m in pattern.finditer(text)]


def test_same_matches_as_the_alternation_that_ignores_case() -> None:
    for shape in ("(?<!\\w)(?P<w>{})\\s+(?P<x>{})?$", "(?P<w>{})(?!\\w)|(?P<x>{})"):
        plain = re.compile(shape.format(*[f"(?i:{alternation(WORDS)})"] * 2))
        split = re.compile(shape.format(*[caseless(WORDS)] * 2))
        for text in _texts(3000):
            assert _read(plain, text) == _read(split, text), text


def test_no_words_match_nothing() -> None:
    assert caseless([]) == NEVER
    assert caseless(["  "]) == NEVER
