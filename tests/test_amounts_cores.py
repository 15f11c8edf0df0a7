"""Amounts are tried only where a number can start: the same matches as a whole scan."""

from __future__ import annotations

import random

from diplomap.extract import amounts as a
from diplomap.text import normalize

PIECES = ["3", "12", "1,200", "3.5", "2024", "٣٠", "x2", "-5", "/7", "ثلاثة", "وثلاثة", "بثلاثة",
          "عشرين", "مليون", "ملايين", "ألف", "three", "Three", "million", "twenty-five", "و",
          "دولار", "%", "$", " ", " ", "  ", "\n", ",", ".", ":", "a", "مليار دولار"]


def test_cores_tried_where_numbers_start_are_those_of_a_whole_scan() -> None:
    rng = random.Random(4)
    found = 0
    for _ in range(3000):
        text = normalize("".join(rng.choice(PIECES) + rng.choice(["", " "])
                                 for _ in range(rng.randrange(25)))).cased
        fast = [m.span() for m in a._cores(text)]
        assert fast == [m.span() for m in a._core_re().finditer(text)], text
        found += len(fast)
    assert found > 1000
