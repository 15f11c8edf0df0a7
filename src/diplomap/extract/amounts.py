"""Amounts in text: money, lengths, areas, shares, tonnes, barrels, counts.

`find_amounts(text)` returns `Amount`s whose offsets point into the ORIGINAL text. Matching
runs on the text layer's normalisation (`diplomap.text.normalize`: digits of every system
to ASCII, alef/hamza forms, ى/ي, ة/ه, presentation forms, NFD marks, diacritics and tatweel
dropped), in its cased form, and maps back through its offset map.

Words are language data (`diplomap.lang`: numbers.yaml, units.yaml, currencies.yaml of
every language with a grammar), normalised and compiled once. The number-word reader is
shared with `diplomap.extract.dates`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from itertools import pairwise
from typing import Any

from diplomap.extract.grammar import (
    articles,
    caseless,
    conjunctions,
    conjunctions_or_governing,
    every_language,
    governing,
    letter_class,
    norm,
    words_of,
)
from diplomap.text import Normalized, normalize


def matching(text: str | Normalized) -> Normalized:
    """The normalised text that dates and amounts are read from (a Doc's `norm` is reused)."""
    return text if isinstance(text, Normalized) else normalize(text)


# --------------------------------------------------------------------------- number words

@dataclass(frozen=True)
class _Word:
    value: int
    kind: str  # "small" | "singular" | "dual" | "plural"


@cache
def _number_words() -> dict[str, _Word]:
    words: dict[str, _Word] = {}
    for lang in every_language():
        for value, forms in lang.numbers.small.items():
            words.update({norm(form): _Word(value, "small") for form in forms})
        for value, kinds in lang.numbers.scales.items():
            for kind in ("singular", "plural", "dual"):  # dual last: wins for ألفا/مليونا
                words.update({norm(form): _Word(value, kind) for form in kinds.get(kind, ())})
    return words


@cache
def _joiners() -> str:
    """The letters that join the parts of a number ("و" in "خمسة وعشرون")."""
    return "".join(sorted({norm(lang.numbers.joiner) for lang in every_language()
                           if lang.numbers.joiner}))


@cache
def _joined_by() -> frozenset[str]:
    """Words and signs written between the parts of one number ("twenty-five", "and")."""
    return frozenset(norm(w) for lang in every_language() for w in lang.numbers.joined_by)


def _joined_pattern() -> str:
    """'-' tight between the parts, a joining word ('and') with spaces round it."""
    forms = [f"\\s+{re.escape(w)}\\s+" if w.isalnum() else re.escape(w)
             for w in sorted(_joined_by())]
    return "|".join(forms)


@cache
def number_words_pattern() -> str:
    """One or more number words joined by the joiner, e.g. 'خمسه وعشرين مليون'."""
    word = f"{caseless(_number_words())}(?!\\w)"
    joiner = letter_class(_joiners())
    joined = f"|(?:{_joined_pattern()}){word}" if _joined_by() else ""
    return f"{word}(?:\\s+(?:{joiner}\\s?)?{word}|\\s*{joiner}{word}{joined})*"


@cache
def _word_token_re() -> re.Pattern[str]:
    signs = "".join(w for w in _joined_by() if not w.isalnum())
    return re.compile(f"(?<![^\\s{re.escape(_joiners() + signs)}])"
                      f"{caseless(_number_words())}(?!\\w)")


def _tokens(phrase: str) -> list[str]:
    return [_token(m) for m in _word_token_re().finditer(phrase)]


def _token(found: re.Match[str]) -> str:
    """A number word as `_number_words` keys it ("Twenty" at a sentence start is "twenty")."""
    return re.sub(r"\s+", " ", found.group(0)).lower()


def parse_number_words(phrase: str) -> int | None:
    """Value of normalised number words ('ثلاثه الاف وخمسمايه' -> 3500); None if invalid."""
    words = _number_words()
    total = current = 0
    tokens = _tokens(phrase)
    if not tokens or not _joins_read(phrase):
        return None
    for token in tokens:
        word = words.get(token)
        if word is None:
            return None
        if word.kind == "small":
            current += word.value
            continue
        if current == 0 and word.kind == "plural":
            return None
        multiplier = current or (2 if word.kind == "dual" else 1)
        total += multiplier * word.value
        current = 0
    return total + current


def is_number_word(word: str) -> bool:
    """`parse_number_words(word)` reads a number."""
    return parse_number_words(word) is not None


# whether a word is a count (`is_count_word`), by word: compiled, a dictionary look-up
# costs a fraction of the two string tests and the parse it replaces at each word
_COUNT_WORDS: dict[str, bool] = {}
_COUNT_WORDS_KEPT = 100_000  # then started again: memory stays flat


def is_count_word(word: str) -> bool:
    """Digits or a number word ("20", "two"): the test run on every word of every sentence
    (`extractor._counted_words`), remembered per word in `_COUNT_WORDS` (the same few
    thousand words recur in every document; the parse is a regex scan each time)."""
    found = _COUNT_WORDS.get(word)
    if found is None:
        found = word.isdigit() or (word.isalpha() and is_number_word(word))
        if len(_COUNT_WORDS) >= _COUNT_WORDS_KEPT:
            _COUNT_WORDS.clear()
        _COUNT_WORDS[word] = found
    return found


def _joins_read(phrase: str) -> bool:
    """Every join of `_joined_by` is one the reader sums right: a hyphen between a ten and
    a unit ("twenty-five"), a joining word after a hundred or a scale and before a smaller
    part ("one hundred and fifty"). Others ("five-six", "two and three") read no number."""
    words = _number_words()
    found = list(_word_token_re().finditer(phrase))
    for left, right in pairwise(found):
        join = phrase[left.end():right.start()].strip()
        if join not in _joined_by():
            continue
        first, second = words[_token(left)], words[_token(right)]
        if not _joined_right(join, first, second):
            return False
    return True


def _joined_right(join: str, first: _Word, second: _Word) -> bool:
    if second.kind != "small":
        return False
    if not join.isalnum():
        return first.kind == "small" and 20 <= first.value <= 90 and first.value % 10 == 0 \
            and 1 <= second.value <= 9
    if first.kind != "small":
        return True
    return first.value >= 100 and second.value < 100


@cache
def scale_words() -> dict[str, int]:
    """Scale words after digits ("28 مليار", "3.5 bn"), lower-cased, with their value."""
    table: dict[str, int] = {}
    for lang in every_language():
        for value, forms in lang.numbers.digit_scales.items():
            table.update({norm(w): value for w in forms})
        for value, kinds in lang.numbers.scales.items():
            for forms in kinds.values():
                table.update({norm(w): value for w in forms})
    return table


# --------------------------------------------------------------------------- amounts

@dataclass
class Amount:
    start: int
    end: int
    text: str
    value: float
    unit: str
    qualifier: str | None = None
    amount_usd: float | None = None


_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM_BEFORE = r"(?<![\d.,/:\-A-Za-z])"
_NUM_AFTER = r"(?![\d]|[.,:/\-]\d)"
_GAP = r"[^\W\d_]+"  # the one word inside a gapped qualifier
GAP_MARK = "…"
_NEXT_WORD = re.compile(r"\s+(?P<word>[^\W\d_]+)")


@cache
def _core_re() -> re.Pattern[str]:
    words = [w for w in scale_words() if len(w) > 1]
    letters = "".join(w for w in scale_words() if len(w) == 1)
    scale = (f"\\s?(?P<scale>{caseless(words)})(?!\\w)"
             f"|(?P<letter>(?i:[{re.escape(letters)}]))(?![A-Za-z])")
    digits = f"{_NUM_BEFORE}(?P<digits>{_DIGITS}){_NUM_AFTER}(?:{scale})?"
    words_re = f"(?<!\\w)(?:{conjunctions_or_governing()})?(?P<words>{number_words_pattern()})"
    return re.compile(f"{digits}|{words_re}")


@cache
def _unit_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for lang in every_language():
        for unit, forms in lang.units.table("units").items():
            table.update({norm(w): str(unit) for w in forms})
        for code, currency in lang.currencies.items():
            table.update({norm(w): code for w in currency.after})
    return table


@cache
def unit_after_re() -> re.Pattern[str]:
    """A unit or currency word right after a number ('\\s*كيلومتر مربع', '%', ' dollars')."""
    units = _unit_table()
    symbols = "".join(sorted({w[-1] for w in units if not w[-1].isalnum()}))
    ends = f"(?<=[{re.escape(symbols)}])|" if symbols else ""
    return re.compile(f"\\s*(?P<unit>{caseless(units)})(?:{ends}(?!\\w))")


@cache
def _currency_before() -> tuple[dict[str, str], re.Pattern[str]]:
    table = {norm(w): code for lang in every_language()
             for code, currency in lang.currencies.items() for w in currency.before}
    pattern = re.compile(f"(?<![A-Za-z])(?P<cur>{caseless(table)})\\s?$")
    return table, pattern


@cache
def _qualifiers() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for lang in every_language():
        for kind, forms in lang.units.table("qualifiers").items():
            before.update({norm(w): str(kind) for w in forms})
        for kind, forms in lang.units.table("qualifiers_after").items():
            after.update({norm(w): str(kind) for w in forms})
    table = {**before, **{f"after:{k}": v for k, v in after.items()}}
    before_re = re.compile(f"(?<!\\w){conjunctions()}?{governing()}?"
                           f"(?P<q>{caseless(before)})\\s+$")
    after_re = re.compile(f"(?:\\s+[^\\W\\d_]+)?\\s+(?P<q>{caseless(after)})(?!\\w)")
    return table, before_re, after_re


@cache
def _gapped() -> tuple[list[str], re.Pattern[str] | None]:
    """Qualifiers with a word between verb and number ("تزيد قيمتها عن 28 مليار"): one
    group per qualifier kind (`q0`, `q1`, ...)."""
    kinds: dict[str, set[str]] = {}
    for lang in every_language():
        for kind, forms in lang.units.table("qualifiers_gapped").items():
            kinds.setdefault(str(kind), set()).update(forms)
    if not kinds:
        return [], None
    names = sorted(kinds)
    groups = "|".join(f"(?P<q{i}>{_gapped_forms(kinds[name])})" for i, name in enumerate(names))
    return names, re.compile(f"(?<!\\w){conjunctions()}?(?:{groups})\\s+$")


def _gapped_forms(forms: set[str]) -> str:
    alts = {r"\s+".join(_GAP if token == GAP_MARK else re.escape(norm(token))
                        for token in str(form).split()) for form in forms}
    return "|".join(sorted(alts, key=lambda a: (-len(a), a)))


@cache
def _not_counted() -> frozenset[str]:
    """Words after a bare number that do not make it a count: grammar words and months."""
    words = set(words_of("not_counted", "units"))
    for lang in every_language():
        for names in (*lang.calendar.months.values(), *lang.calendar.hijri.values()):
            words.update(norm(w) for w in names)
    return frozenset(words)


@cache
def _year_cue() -> re.Pattern[str]:
    """A word right before a number from 1900 to 2099 that makes it a year ("عام", "in")."""
    cues = caseless(words_of("year_cues", "units"))
    return re.compile(f"(?<!\\w){conjunctions_or_governing()}?{cues}\\s+$")


def find_amounts(text: str | Normalized) -> list[Amount]:
    """Money, measures, shares and counts in `text`, in order, not overlapping."""
    norm_text = matching(text)
    found: list[Amount] = []
    last_end = 0
    for match in _cores(norm_text.cased):
        amount = _amount_at(norm_text, match)
        if amount is not None and amount.start >= last_end:
            found.append(amount)
            last_end = amount.end
    return found


# not "\d+": a pattern that opens with one digit is searched for that digit, not tried at
# every offset of the text
_DIGIT_RUN = re.compile(r"\d\d*")


@cache
def _number_first_words() -> Any:
    """An automaton of the first words of the number words (as `_core_re` spells them)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in _number_words():
        first = norm(word).split(" ")[0]
        for form in {first, first.capitalize()} - {""}:
            automaton.add_word(form, len(form))
    automaton.make_automaton()
    return automaton


def _cores(text: str) -> Iterator[re.Match[str]]:
    """`_core_re().finditer(text)`, tried only where a match can start: where a run of
    digits starts (no digit may stand before a number), and at a number word or the one
    proclitic letter before it."""
    starts = {m.start() for m in _DIGIT_RUN.finditer(text)}
    for end, size in _number_first_words().iter(text):
        starts.update((end - size + 1, end - size))
    pattern, untried = _core_re(), 0
    for start in sorted(starts):
        if start >= untried and (found := pattern.match(text, start)):
            yield found
            untried = found.end()


def _amount_at(norm_text: Normalized, match: re.Match[str]) -> Amount | None:
    value = _core_value(match)
    if value is None or not _words_stand_alone(norm_text.cased, match):
        return None
    text = norm_text.cased
    start = match.start("words") if match.group("words") is not None else match.start()
    unit, end = _unit_after(text, match.end())
    currency, start = _currency_prefix(text, start)
    if match.group("letter") and not currency:
        return None  # "3m", "5b" without a currency sign may be metres: leave it
    unit = unit or currency
    qualifier, start, end = _qualifier(text, start, end)
    if unit is None:
        if not _is_count(text, match, qualifier, value):
            return None
        unit = "count"
    return _build(norm_text, start, end, value, unit, qualifier)


@cache
def _bare_scale_rules() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The scale words that need a word of `one_scale_after` before them when no number
    word does, those words, and the fractions no number may follow."""
    scales: set[str] = set()
    ones: set[str] = set()
    fractions: set[str] = set()
    for lang in every_language():
        fractions.update(norm(w) for w in lang.numbers.fractions)
        if lang.numbers.one_scale_after:
            ones.update(norm(w) for w in lang.numbers.one_scale_after)
            scales.update(norm(w) for kinds in lang.numbers.scales.values()
                          for forms in kinds.values() for w in forms)
    return frozenset(scales), frozenset(ones), frozenset(fractions)


_TWO_WORDS_BEFORE = re.compile(r"(?:([^\W\d_]+)[\s-]+)?([^\W\d_]+)[\s-]+$")


def _words_stand_alone(text: str, match: re.Match[str]) -> bool:
    """Number words are read unless they are the tail of a number the reader cannot sum:
    after a fraction ("half a billion", "two and a half billion") or, for a bare scale
    word, after anything but its 'one' ("several billion", "multi-billion")."""
    if match.group("words") is None:
        return True
    scales, ones, fractions = _bare_scale_rules()
    start = match.start("words")
    before = _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
    near = [norm(w).lower() for w in before.groups() if w] if before else []
    if fractions.intersection(near):
        return False
    if _tokens(match.group("words"))[0] not in scales:
        return True
    return bool(near) and near[-1] in ones


def _core_value(match: re.Match[str]) -> float | None:
    if match.group("words") is not None:
        number = parse_number_words(match.group("words"))
        return float(number) if number else None
    try:
        value = Decimal(match.group("digits").replace(",", ""))
    except InvalidOperation:
        return None
    scale = match.group("scale") or match.group("letter")
    if scale:
        value *= scale_words()[norm(scale)]
    return float(value)


def _unit_after(text: str, end: int) -> tuple[str | None, int]:
    found = unit_after_re().match(text, end)
    if not found:
        return None, end
    return _unit_table()[norm(found.group("unit"))], found.end()


def _currency_prefix(text: str, start: int) -> tuple[str | None, int]:
    table, pattern = _currency_before()
    found = pattern.search(text, max(0, start - 8), start)
    if not found:
        return None, start
    return table[norm(found.group("cur"))], found.start("cur")


def _qualifier(text: str, start: int, end: int) -> tuple[str | None, int, int]:
    table, before, after = _qualifiers()
    found = before.search(text, max(0, start - 20), start)
    if found:
        return table[norm(found.group("q"))], found.start("q"), end
    names, gapped = _gapped()
    found = gapped.search(text, max(0, start - 30), start) if gapped else None
    if found:
        index = next(i for i in range(len(names)) if found.group(f"q{i}") is not None)
        return names[index], found.start(f"q{index}"), end
    found = after.match(text, end)
    if found:
        return table["after:" + norm(found.group("q"))], start, found.end()
    return None, start, end


def _is_count(text: str, match: re.Match[str], qualifier: str | None, value: float) -> bool:
    """A bare number counts with a scale word, a qualifier or a counted noun; a year never."""
    digits = match.group("digits")
    if digits is not None and 1900 <= value <= 2099 and "." not in digits and not (
            match.group("scale")):
        before = _year_cue().search(text, max(0, match.start() - 20), match.start())
        return bool(qualifier) and before is None
    if match.group("scale") or _has_scale_word(match.group("words")):
        return True
    if qualifier:
        return True
    following = _NEXT_WORD.match(text, match.end())
    if not following:
        return False
    word = following.group("word")
    if norm(word) in _not_counted() or word.startswith(articles()):
        return False
    return not (word.isascii() and not word.islower())


def _has_scale_word(words: str | None) -> bool:
    if not words:
        return False
    table = _number_words()
    return any(table[t].kind != "small" for t in _tokens(words) if t in table)


def _build(norm_text: Normalized, start: int, end: int, value: float, unit: str,
           qualifier: str | None) -> Amount:
    first, last = norm_text.orig_span(start, end)
    usd = value if unit == "USD" else None
    return Amount(first, last, norm_text.original[first:last], value, unit, qualifier, usd)


def compile_patterns() -> None:
    """Build every pattern and table of this module now: an extraction worker does it when
    it compiles its languages, not at its first document."""
    for build in _BUILDERS:
        build()


_BUILDERS: tuple[Callable[[], object], ...] = (
    _number_words, _joiners, _joined_by, _bare_scale_rules, number_words_pattern,
    _word_token_re, scale_words, _core_re,
    _unit_table, unit_after_re, _currency_before, _qualifiers, _gapped, _not_counted,
    _year_cue, _number_first_words,
)
