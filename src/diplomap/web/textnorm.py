"""Adapter: the normalisation of text for full-text search (index and query alike).

Uses diplomap.text's matching normalisation when it is there (`normalize(text)` with
a `.text` attribute, or a plain string), else a small fallback of the same rules
(hamza seats, alef maqsura, ta marbuta, diacritics, tatweel). Then every word loses
its Arabic proclitics (و ف, ب ك ل, ال) so that `لكازاخستان` and `كازاخستان` index alike.

Changing this function changes the index: re-run `index_document_sentences` (or
`reindex_all`) after an upgrade.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_FALLBACK_MAP = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ى": "ي", "ة": "ه",
    "ـ": None, "“": '"', "”": '"', "«": '"', "»": '"',
    **{chr(c): None for c in range(0x064B, 0x0660)}, "\u0670": None,
    **{chr(0x0660 + i): str(i) for i in range(10)},
})
_WORD = re.compile(r"\w+")
_ARABIC = re.compile(r"[\u0621-\u064A]")
_CLITIC_LETTERS = frozenset("وفبكل")
MIN_STEM = 3


def _fallback(text: str) -> str:
    return text.translate(_FALLBACK_MAP).casefold()


def _char_normaliser() -> Callable[[str], str]:
    try:
        from diplomap.text.normalize import normalize
    except ImportError:
        return _fallback

    def use_text_engine(text: str) -> str:
        result = normalize(text)
        return result if isinstance(result, str) else str(result.text)

    return use_text_engine


_normalise_chars = _char_normaliser()


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
    return [strip_proclitics(w) for w in _WORD.findall(_normalise_chars(text))]


def search_text(text: str) -> str:
    return " ".join(search_tokens(text))
