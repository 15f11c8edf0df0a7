"""Normalisation of text for full-text search: the index and the query alike.

The matching normalisation of `normalize`, then every word loses its leading proclitics
(the one-letter ones and the article of each language's clitics, `diplomap.lang`) so that
`لكازاخستان` and `كازاخستان` index alike. Changing this changes the index: re-run
`diplomap serve --reindex` after an upgrade.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from diplomap.lang import all_languages
from diplomap.text.normalize import normalize, normalize_key

_WORD = re.compile(r"\w+")
MIN_STEM = 3


@cache
def _proclitics() -> tuple[frozenset[str], tuple[str, ...]]:
    """One-letter proclitics and articles of every language, normalised."""
    letters = {normalize_key(c) for lang in all_languages() for c in lang.clitics.letters}
    articles = {normalize_key(lang.clitics.article) for lang in all_languages()}
    return frozenset(letters), tuple(sorted(a for a in articles if a))


@lru_cache(maxsize=1 << 17)  # a pure function of the word, called for every indexed word
def strip_proclitics(word: str) -> str:
    """Take off leading one-letter proclitics and the article while MIN_STEM letters remain.

    Deterministic and applied to index and query alike, so a word and the same word
    with proclitics end on the same stem (even when the stem itself loses a letter
    that looks like a clitic, as بكين -> كين: both sides lose it).
    """
    letters, articles = _proclitics()
    while True:
        article = next((a for a in articles if word.startswith(a)), "")
        if article and len(word) - len(article) >= MIN_STEM:
            word = word[len(article):]
        elif word[:1] in letters and len(word) - 1 >= MIN_STEM:
            word = word[1:]
        else:
            return word


def search_tokens(text: str) -> list[str]:
    """The words of `text` as the search index holds them."""
    return [strip_proclitics(w) for w in _WORD.findall(normalize(text).text)]


def search_text(text: str) -> str:
    return " ".join(search_tokens(text))
