"""Matches read only where they can start (`diplomap.text.scan`) are those of a scan of the
whole text: the linker's later surnames of a person named in full."""

from __future__ import annotations

import random
import re

from diplomap.lexicon import linker
from diplomap.text.scan import matches_at, written_at

SURNAMES = {"Okafor": "a", "Lindqvist": "b", "الزيداني": "c", "ديفو": "d"}
PIECES = [*SURNAMES, "و", "ب", "لل", "Mc", "x", "'", "-", "_", " ", "  ", "،", ".", "9",
          "Okaforx", "الزيدانية"]


def _texts(n: int) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(PIECES) + rng.choice(["", "", " "])
                    for _ in range(rng.randrange(25))) for _ in range(n)]


def test_written_at_finds_every_offset_overlaps_too() -> None:
    assert written_at("aaa-a", ["aa", "-"]) == [0, 1, 3]
    assert written_at("abc", ["x"]) == []


def test_matches_at_the_starts_are_the_matches_of_a_scan() -> None:
    pattern = re.compile(r"(?<!\d)\d\d?-\d")
    text = "1-2-3 45-6 7-x 12-34-5"
    starts = [at + k for at in written_at(text, "-") for k in (-2, -1) if at + k >= 0]
    assert ([m.span() for m in matches_at(pattern, text, sorted(set(starts)))]
            == [m.span() for m in pattern.finditer(text)])


def test_surname_hits_are_those_of_a_scan_of_the_whole_text() -> None:
    pattern = re.compile(r"(?<![\w'-])(\w*?)(" + "|".join(
        sorted(map(re.escape, SURNAMES), key=len, reverse=True)) + r")(?!\w)")
    found = 0
    for text in _texts(3000):
        scanned = [(m.start(), m.end(), m.group(1), SURNAMES[m.group(2)])
                   for m in pattern.finditer(text) if m.group(1) in linker._SURNAME_CLITICS]
        assert linker._surname_hits(text, SURNAMES) == scanned, text
        found += len(scanned)
    assert found > 500
