"""Matching normalisation with a character-level map back to the original.

``normalize(text)`` returns a ``Normalized``: ``text`` (case-folded, for
name matching), ``cased`` (same characters before case folding, for
case-sensitive acronyms; same length and offsets as ``text``) and an offset
map. ``orig_span(start, end)`` turns any span of the normalised text into
the span of the ORIGINAL text it came from. Removed characters vanish; a
span's end is stretched over removed diacritics/tatweel that directly follow
its last character, so a span never cuts a letter from its marks.

Speed: one pass over the text, translating only the runs of characters the
table changes; the offset map is only built when the text contains a removed
or expanded character, in slices between them.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from diplomap.text import charmaps as cm


def _ranges(ranges: tuple[tuple[int, int], ...]) -> list[str]:
    return [chr(c) for lo, hi in ranges for c in range(lo, hi + 1)]


def _mark_chars() -> set[str]:
    marks = set(_ranges(cm.ARABIC_MARKS)) | set(_ranges(cm.OTHER_MARKS)) | {cm.TATWEEL}
    return marks | _presentation_marks(marks)


def _presentation_marks(marks: set[str]) -> set[str]:
    """Presentation forms of diacritics (U+FE76 fatha, U+FC5E shadda with dammatan): their
    compatibility form is a space and marks, so they are marks, not word breaks."""
    return {ch for ch in _ranges(cm.NFKC_RANGES)
            if (compat := unicodedata.normalize("NFKC", ch)) != ch
            and all(c == " " or c in marks for c in compat)}


def _format_chars() -> set[str]:
    """Every format character (Cf) of Unicode: zero-width, bidi, BOM, tags."""
    cf = {chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Cf"}
    cf |= {chr(c) for c in range(0xE0000, 0xE0080) if unicodedata.category(chr(c)) == "Cf"}
    cf |= {chr(c) for c in range(0x110BD, 0x110CE) if unicodedata.category(chr(c)) == "Cf"}
    return cf


MARKS: frozenset[str] = frozenset(_mark_chars())
DELETED: frozenset[str] = frozenset(MARKS | _format_chars())
_SIMPLE: dict[str, str] = {
    **cm.ARABIC_LETTERS,
    **cm.DIGITS,
    **cm.PUNCTUATION,
    **cm.CASE_EXPANDERS,
}


def _fold_chars(s: str) -> str:
    """Apply the simple maps and deletions to every character of ``s``."""
    return "".join("" if ch in DELETED else _SIMPLE.get(ch, ch) for ch in s)


def _compat(ch: str) -> str:
    """Compatibility form of one character (Latin accents stripped)."""
    if "\u00c0" <= ch <= "\u024f":
        return unicodedata.normalize("NFD", ch)
    return unicodedata.normalize("NFKC", ch)


def build_table() -> dict[int, str]:
    """Compose the data tables into one translate table."""
    table: dict[int, str] = {ord(ch): "" for ch in DELETED}
    for ch, out in _SIMPLE.items():
        table[ord(ch)] = out
    for ch in _ranges(cm.NFKC_RANGES):
        if ord(ch) in table:
            continue
        out = _fold_chars(_compat(ch))
        if out != ch:
            table[ord(ch)] = out
    return table


def char_class(chars: Iterable[str]) -> str:
    """A regex character class body of ``chars`` as code point ranges (a
    class of ranges scans ten times faster than an enumerated one)."""
    cps = sorted({ord(c) for c in chars})
    parts: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        lo, hi = re.escape(chr(cps[i])), re.escape(chr(cps[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "".join(parts)


TABLE: dict[int, str] = build_table()
_SPECIAL: frozenset[str] = frozenset(chr(k) for k, v in TABLE.items() if len(v) != 1)
_SPECIAL_RE = re.compile(f"[{char_class(_SPECIAL)}]")
_ASCII_KEPT = all(k > 127 for k in TABLE)  # the table changes no ASCII character


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and its map to the original."""

    original: str
    text: str
    cased: str
    _map: array | None = field(default=None, repr=False)

    @property
    def has_map(self) -> bool:
        """False when every offset is its own original (no character changed length)."""
        return self._map is not None

    def orig_offset(self, i: int) -> int:
        """Original offset of normalised position ``i`` (0 <= i <= len)."""
        if self._map is None:
            return i
        return self._map[i]

    def norm_offset(self, orig: int) -> int:
        """The first normalised position whose original offset is at least ``orig`` (the
        normalised start of an original span; ``len(text)`` past the last one)."""
        if self._map is None:
            return orig
        return bisect_left(self._map, orig)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised span ``[start, end)``."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) outside 0..{len(self.text)}")
        if self._map is None:
            return start, end
        ostart = self._map[start]
        if end == start:
            return ostart, ostart
        oend = self._map[end - 1] + 1
        limit = self._map[end]
        orig = self.original
        while oend < limit and orig[oend] in MARKS:
            oend += 1
        return ostart, oend

    def shift(self, start: int, end: int) -> int | None:
        """The one difference of original to normalised offsets over positions ``start`` to
        ``end`` (both included), or None where a character in between changed length."""
        if self._map is None:
            return 0
        first = self._map[start]
        if self._map[end] - first != end - start or (
                self._map[start:end + 1] != _indices(first, first + end - start + 1)):
            return None
        return first - start

    def orig_spans(self, starts: Sequence[int], ends: Sequence[int], cap: int
                   ) -> list[tuple[int, int]]:
        """``orig_span`` of each normalised span (``starts[k]`` < ``ends[k]``), with its
        original end no further than ``cap`` (nor stretched past it)."""
        if self._map is None:
            return [(s, min(e, cap)) for s, e in zip(starts, ends, strict=True)]
        offsets, original = self._map, self.original
        lasts = [offsets[e - 1] + 1 for e in ends]  # the original end of each word's letters
        limits = [offsets[e] for e in ends]  # where the next normalised character starts
        spans = list(zip(map(offsets.__getitem__, starts), lasts, strict=True))
        # most words end where the next character starts, before `cap`: nothing to stretch
        if lasts != limits or max(lasts, default=cap) > cap:
            for k, (last, limit) in enumerate(zip(lasts, limits, strict=True)):
                if last < limit or last > cap:
                    limit = min(limit, cap)
                    while last < limit and original[last] in MARKS:
                        last += 1
                    spans[k] = (spans[k][0], min(last, cap))
        return spans


def _offset_map(text: str) -> array | None:
    """Original index of every normalised character, plus a final sentinel."""
    if _ASCII_KEPT and text.isascii():
        return None
    matches = list(_SPECIAL_RE.finditer(text))
    if not matches:
        return None
    out = array("l")
    prev = 0
    for m in matches:
        pos = m.start()
        out += _indices(prev, pos)
        if size := _SPECIAL_SIZE[m.group()]:
            out.extend([pos] * size)
        prev = pos + 1
    out += _indices(prev, len(text) + 1)
    return out


_SPECIAL_SIZE: dict[str, int] = {ch: len(TABLE[ord(ch)]) for ch in _SPECIAL}
_IDENTITY = array("l", range(1 << 16))  # offsets are copied from it, not counted one by one


def _indices(start: int, end: int) -> array:
    """array("l", range(start, end)), faster for offsets below 65,536."""
    return _IDENTITY[start:end] if end <= len(_IDENTITY) else array("l", range(start, end))


# runs of the characters the table changes; most characters of a text are not among them.
# Written "[c][c]*", not "[c]+": a pattern that opens with a class lets sre skip to the next
# character of it, one that opens with a repeat is tried at every character
_CHANGED_CLASS = char_class(chr(k) for k in TABLE)
_CHANGED_RE = re.compile(f"([{_CHANGED_CLASS}][{_CHANGED_CLASS}]*)")
_CHANGED_ONE: dict[str, str] = {chr(k): v for k, v in TABLE.items()}


def _translate(text: str) -> str:
    """``text.translate(TABLE)``, faster: ``str.translate`` looks every character up in the
    table (and fails for most of them), here only the runs of changed characters are."""
    if _ASCII_KEPT and text.isascii():
        return text
    if len(text) < 16:
        return _translate_word(text)
    parts = _CHANGED_RE.split(text)
    parts[1::2] = [_CHANGED_ONE[run] if len(run) == 1 else run.translate(TABLE)
                   for run in parts[1::2]]
    return "".join(parts)


@lru_cache(maxsize=1 << 16)  # a pure function of a short string (a clitic, a name)
def _translate_word(text: str) -> str:
    return text.translate(TABLE)


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching (see ``charmaps`` for the decisions)."""
    cased = _translate(text)
    return Normalized(text, cased.lower(), cased, _offset_map(text))


def fold(text: str, cased: bool = False) -> str:
    """The normalised text alone (no offset map): case-folded unless ``cased``. Character by
    character (a table, then `str.lower`, whose one mapping that reads its neighbours is
    final sigma): `text.search.pieces` depends on that shape, checked by
    `text.search._spaces_separate`; a change of it is a change of that check's premises."""
    out = _translate(text)
    return out if cased else out.lower()


@lru_cache(maxsize=65536)
def normalize_key(text: str, cased: bool = False) -> str:
    """Normalised form of a short string (lexicon patterns), spaces collapsed."""
    return " ".join(fold(text, cased).split())
