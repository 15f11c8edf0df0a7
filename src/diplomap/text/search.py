"""Normalisation of text for full-text search: the index and the query alike.

The matching normalisation of `normalize`, then every Arabic word loses its leading
proclitics (و ف, ب ك ل, ال) so that `لكازاخستان` and `كازاخستان` index alike.
Changing this changes the index: re-run `diplomap serve --reindex` after an upgrade.
"""

from __future__ import annotations

import re

from diplomap.text.normalize import normalize

_WORD = re.compile(r"\w+")
_ARABIC = re.compile(r"[\u0621-\u064A]")
_CLITIC_LETTERS = frozenset("وفبكل")
MIN_STEM = 3


def strip_proclitics(word: str) -> str:
    """Take off leading و ف ب ك ل and ال while MIN_STEM letters remain.

    Deterministic and applied to index and query alike, so a word and the same word
    with proclitics end on the same stem (even when the stem itself loses a letter
    that looks like a clitic, as بكين -> كين: both sides lose it).
    """
    if not _ARABIC.match(word):
        return word
    while True:
        if word.startswith("ال") and len(word) - 2 >= MIN_STEM:
            word = word[2:]
        elif word[0] in _CLITIC_LETTERS and len(word) - 1 >= MIN_STEM:
            word = word[1:]
        else:
            return word


def search_tokens(text: str) -> list[str]:
    """The words of `text` as the search index holds them."""
    return [strip_proclitics(w) for w in _WORD.findall(normalize(text).text)]


def search_text(text: str) -> str:
    return " ".join(search_tokens(text))
