"""Regex matches read only where they can start: a pattern that does not open with a
literal or a character class is tried by a search at every offset of the text, while the
strings every match holds are found by string searches (`str.find`) many times faster."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def written_at(text: str, needles: Iterable[str]) -> list[int]:
    """Every offset where one of `needles` is written, in order (overlaps too)."""
    found = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1)
    return sorted(found)


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]
               ) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that matches at `starts` only (in order)."""
    end = 0
    for at in starts:
        if at >= end and (found := pattern.match(text, at)):
            yield found
            end = found.end()


def is_word_char(char: str) -> bool:
    """`char` is one that \\w matches."""
    return char.isalnum() or char == "_"


def word_start(text: str, at: int) -> int:
    """Where the run of word characters (what \\w matches) that goes on at `at` starts."""
    while at and is_word_char(text[at - 1]):
        at -= 1
    return at
