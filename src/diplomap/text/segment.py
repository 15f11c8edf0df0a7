"""Sentence splitting and tokenisation on the ORIGINAL text.

Sentences end at ``. ؟ ? ! ؛ …`` and at line breaks. A full stop does not
end a sentence in a number (``3.9``), a URL or a dotted abbreviation
(``U.S.``, ``e.g.``, ``ق.م.``), after a known Latin abbreviation (``Mr.``,
``Dr.``), after an initial (``J.``) or a single Arabic letter (``د.`` for
doctor, ``م.`` for engineer; but ``1991 م.`` is the era and does end), after
an enumeration number at the start of a line (``1.``), or before a lower-case
Latin word. Closing quotes and brackets after the stop belong to the
sentence. Spans exclude surrounding whitespace; a span with no letter or
digit (an empty line, a rule of dashes) is no sentence.
"""

from __future__ import annotations

import re
from functools import cache

from diplomap.lang import all_languages
from diplomap.text.normalize import DELETED, MARKS, char_class, fold
from diplomap.text.scan import written_at


@cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """Words a full stop follows without ending the sentence (``mr``, ``jan``) and era
    letters after a year (``1991 م.``), of every language (``diplomap.lang``)."""
    words = {w.lower() for lang in all_languages() for w in lang.grammar.words("abbreviations")}
    eras = {fold(w) for lang in all_languages() for key in ("gregorian_era", "hijri_era")
            for w in lang.dates.words(key)}
    return frozenset(words), frozenset(e for e in eras if len(e) == 1)


_ALNUM_RE = re.compile(r"[^\W_]")
_LINE_RE = re.compile(r"[^\n\r\v\f\x85\u2028\u2029]+")
_TERMINATORS = ".!?؟؛…"  # a run of them may end a sentence
_TERM_RE = re.compile(f"[{re.escape(_TERMINATORS)}]+")  # what `_terminator_runs` finds
_CLOSERS = frozenset("\"'”“’‘»«›‹)]}")
_MARK_CLASS = char_class(MARKS)
_FORMAT_CLASS = char_class(c for c in DELETED if c not in MARKS)
_TOKEN_RE = re.compile(
    r"\d+(?:[.,٫٬]\d+)+"  # 3.9, 1,000, ٣٫٩
    rf"|[\w{_MARK_CLASS}]+"  # letters/digits (and _) with their marks
    rf"|[^\s\w{_FORMAT_CLASS}]"  # one punctuation or symbol
)


def tokenize(text: str) -> list[tuple[int, int]]:
    """Word, number and punctuation spans of ``text``."""
    return [m.span() for m in _TOKEN_RE.finditer(text)]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (original offsets)."""
    spans: list[tuple[int, int]] = []
    runs, k = _terminator_runs(text), 0
    for line in _LINE_RE.finditer(text):
        ls, le = line.span()
        start = ls
        while k < len(runs) and runs[k][0] < le:  # no run crosses a line break
            ts, te = runs[k]
            k += 1
            if not _ends_sentence(text, ts, te, ls, le):
                continue
            end = _after_closers(text, te, le)
            _add(spans, text, start, end)
            start = end
        _add(spans, text, start, le)
    return spans


def _terminator_runs(text: str) -> list[tuple[int, int]]:
    """The spans of `_TERM_RE` in `text` (its runs of terminators), found one character at a
    time by string searches: a regex search tests every character of the text against them."""
    found = written_at(text, _TERMINATORS)
    runs: list[tuple[int, int]] = []
    for i in found:
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and (text[start].isspace() or text[start] in DELETED):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in DELETED):
        end -= 1
    if _ALNUM_RE.search(text, start, end):
        spans.append((start, end))


def _after_closers(text: str, i: int, le: int) -> int:
    j = i
    while j < le and text[j] in _CLOSERS:
        j += 1
    if j > i and (j == le or text[j].isspace()):
        return j
    return i


def _is_latin_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _ends_sentence(text: str, start: int, end: int, ls: int, le: int) -> bool:
    if text[start:end].strip("."):
        return True  # ! ? ؟ ؛ … end whatever follows
    nxt = text[end] if end < le else ""
    if nxt and (nxt.isdigit() or _is_latin_letter(nxt)):
        return False  # 3.9, U.S, www.example.com
    if end - start > 1:
        return True  # an ellipsis written with dots
    if _next_word_is_lower(text, end, le):
        return False
    return not _abbreviation_before(text, start, ls)


def _next_word_is_lower(text: str, i: int, le: int) -> bool:
    while i < le and (text[i].isspace() or text[i] in _CLOSERS):
        i += 1
    return i < le and _is_latin_letter(text[i]) and text[i].islower()


def _abbreviation_before(text: str, dot: int, ls: int) -> bool:
    j = dot
    while j > ls and (text[j - 1].isalpha() or text[j - 1] in MARKS or text[j - 1] == "."):
        j -= 1
    token = text[j:dot]
    if not token:
        return _enumeration(text, dot, ls)
    if "." in token.strip("."):
        return all(len(part) <= 2 for part in token.split(".") if part)
    core = "".join(ch for ch in token if ch not in MARKS)
    words, eras = _abbreviations()
    if core.isascii():
        return len(core) == 1 or core.lower() in words
    if len(core) == 1:
        return not (fold(core) in eras and _digit_before(text, j, ls))
    return False


def _digit_before(text: str, i: int, ls: int) -> bool:
    while i > ls and text[i - 1] == " ":
        i -= 1
    return i > ls and text[i - 1].isdigit()


def _enumeration(text: str, dot: int, ls: int) -> bool:
    """``1.`` at the start of a line is a list number, not a sentence end."""
    k = dot
    while k > ls and text[k - 1].isdigit():
        k -= 1
    return k < dot and not text[ls:k].strip()
