"""Amounts in Arabic and English text: money, lengths, areas, shares, tonnes, barrels, counts.

`find_amounts(text)` returns `Amount`s whose offsets point into the ORIGINAL text. Matching
runs on a folded copy (`fold`): a 1:1 character translation (digits of the three systems to
ASCII, alef/hamza forms to ا, ى/ی to ي, ة to ه, Arabic decimal and thousands separators,
dashes) with diacritics, tatweel and direction marks dropped; `Folded.span` maps folded
positions back to the original. The folding and the number-word reader are shared with
`diplomap.extract.dates`.

Words are data: `data/number_words.yaml`, `data/currencies.yaml`, `data/units.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"

# --------------------------------------------------------------------------- folding

_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670"}
_DROP = _MARKS | {"\u0640", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"}
_TRAILING = _MARKS | {"\u0640"}
_FOLD = {
    **dict.fromkeys("أإآٱ", "ا"),
    **dict.fromkeys("ىی", "ي"),
    "ک": "ك",
    "ة": "ه",
    "٫": ".",
    "٬": ",",
    "٪": "%",
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\u00a0\u2009\u202f\u2007", " "),
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
}
_TABLE = str.maketrans(_FOLD)


@dataclass(frozen=True)
class Folded:
    """A folded copy of `original` and, per folded character, its original position."""

    original: str
    text: str
    index: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of folded [start, end); trailing diacritics are kept."""
        first = self.index[start]
        last = self.index[end - 1] + 1 if end > start else first
        while last < len(self.original) and self.original[last] in _TRAILING:
            last += 1
        return first, last


def fold(text: str) -> Folded:
    translated = text.translate(_TABLE)
    chars: list[str] = []
    index: list[int] = []
    for position, char in enumerate(translated):
        if char not in _DROP:
            chars.append(char)
            index.append(position)
    index.append(len(text))
    return Folded(text, "".join(chars), tuple(index))


def fold_word(word: str) -> str:
    return fold(str(word)).text


def alternation(words: Iterable[str]) -> str:
    """Regex alternation of folded words, longest first; spaces match any whitespace."""
    folded = {fold_word(w) for w in words if str(w).strip()}
    ordered = sorted(folded, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@cache
def load_yaml(name: str) -> dict:
    with (DATA / name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


# --------------------------------------------------------------------------- number words

@dataclass(frozen=True)
class _Word:
    value: int
    kind: str  # "small" | "singular" | "dual" | "plural"


@lru_cache(maxsize=1)
def _number_words() -> dict[str, _Word]:
    data = load_yaml("number_words.yaml")
    words: dict[str, _Word] = {}
    for section in ("units", "teens", "tens", "hundreds"):
        for value, forms in data[section].items():
            for form in forms:
                words[fold_word(form)] = _Word(int(value), "small")
    for value, kinds in data["scales"].items():
        for kind in ("singular", "plural", "dual"):  # dual last: wins for ألفا/مليونا
            for form in kinds[kind]:
                words[fold_word(form)] = _Word(int(value), kind)
    return words


@lru_cache(maxsize=1)
def number_words_pattern() -> str:
    """One or more Arabic number words joined by و, e.g. 'خمسه وعشرين مليون'."""
    word = f"(?:{alternation(_number_words())})(?!\\w)"
    return f"{word}(?:\\s+(?:و\\s?)?{word}|\\s*و{word})*"


@lru_cache(maxsize=1)
def _word_token_re() -> re.Pattern[str]:
    return re.compile(f"(?<![^\\sو])(?:{alternation(_number_words())})(?!\\w)")


def parse_number_words(phrase: str) -> int | None:
    """Value of folded Arabic number words ('ثلاثه الاف وخمسمائه' -> 3500); None if invalid."""
    words = _number_words()
    total = current = 0
    tokens = [re.sub(r"\s+", " ", m.group(0)) for m in _word_token_re().finditer(phrase)]
    if not tokens:
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


@lru_cache(maxsize=1)
def _scales() -> dict[str, int]:
    data = load_yaml("number_words.yaml")
    table = {fold_word(w).lower(): int(v) for v, forms in data["english_scales"].items()
             for w in forms}
    for value, kinds in data["scales"].items():
        for forms in kinds.values():
            table.update({fold_word(w): int(value) for w in forms})
    return table


@lru_cache(maxsize=1)
def _core_re() -> re.Pattern[str]:
    words = [w for w in _scales() if len(w) > 1]
    letters = "".join(w for w in _scales() if len(w) == 1)
    scale = (f"\\s?(?P<scale>(?i:{alternation(words)}))(?!\\w)"
             f"|(?P<letter>(?i:[{letters}]))(?![A-Za-z])")
    digits = f"{_NUM_BEFORE}(?P<digits>{_DIGITS}){_NUM_AFTER}(?:{scale})?"
    words_re = f"(?<!\\w)(?:[وبل])?(?P<words>{number_words_pattern()})"
    return re.compile(f"{digits}|{words_re}")


@lru_cache(maxsize=1)
def _unit_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for unit, forms in load_yaml("units.yaml")["units"].items():
        table.update({fold_word(w).lower(): unit for w in forms})
    for code, forms in load_yaml("currencies.yaml").items():
        table.update({fold_word(w).lower(): code for w in forms["after"]})
    return table


@lru_cache(maxsize=1)
def unit_after_re() -> re.Pattern[str]:
    """A unit or currency word right after a number ('\\s*كيلومتر مربع', '%', ' dollars')."""
    units = alternation(_unit_table())
    return re.compile(f"\\s*(?P<unit>(?i:{units}))(?:(?<=[%²$€£₽₸])|(?!\\w))")


@lru_cache(maxsize=1)
def _currency_before() -> tuple[dict[str, str], re.Pattern[str]]:
    table = {fold_word(w).lower(): code for code, forms in load_yaml("currencies.yaml").items()
             for w in forms["before"]}
    pattern = re.compile(f"(?<![A-Za-z])(?P<cur>(?i:{alternation(table)}))\\s?$")
    return table, pattern


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    data = load_yaml("units.yaml")
    table = {fold_word(w).lower(): q for q, forms in data["qualifiers"].items() for w in forms}
    after = {fold_word(w).lower(): q for q, forms in data["qualifiers_after"].items()
             for w in forms}
    table_all = {**table, **{f"after:{k}": v for k, v in after.items()}}
    before_re = re.compile(f"(?<!\\w)[وف]?[بل]?(?P<q>(?i:{alternation(table)}))\\s+$")
    after_re = re.compile(f"(?:\\s+[^\\W\\d_]+)?\\s+(?P<q>(?i:{alternation(after)}))(?!\\w)")
    return table_all, before_re, after_re


@lru_cache(maxsize=1)
def _not_counted() -> frozenset[str]:
    words = {fold_word(w).lower() for w in load_yaml("units.yaml")["not_counted"]}
    months = load_yaml("months.yaml")
    for names in months["gregorian"].values():
        for forms in names.values():
            words.update(fold_word(w).lower() for w in forms)
    for forms in months["hijri"].values():
        words.update(fold_word(w) for w in forms)
    return frozenset(words)


# "تزيد قيمتها عن 28 مليار": the verb, one word, then عن/على before the number.
_GAPPED = re.compile(r"(?<!\w)[وف]?(?P<v>[يت](?:زيد|قل)\s+[^\W\d_]+\s+(?:عن|علي)"
                     r"|[يت]تجاوز\s+[^\W\d_]+)\s+$")
_NEXT_WORD = re.compile(r"\s+(?P<word>[^\W\d_]+)")
_DATE_WORD = re.compile(
    r"(?<!\w)[وفبل]?(?:عام|العام|عامي|للعام|سنه|السنه|للسنه|في|منذ|حتي|خلال|بين|بحلول|مطلع|"
    r"بدايه|نهايه|اواخر|اوائل|منتصف|(?i:in|since|until|by|during|year|of|from|between))\s+$")


def find_amounts(text: str) -> list[Amount]:
    """Money, measures, shares and counts in `text`, in order, not overlapping."""
    folded = fold(text)
    found: list[Amount] = []
    last_end = 0
    for match in _core_re().finditer(folded.text):
        amount = _amount_at(folded, match)
        if amount is not None and amount.start >= last_end:
            found.append(amount)
            last_end = amount.end
    return found


def _amount_at(folded: Folded, match: re.Match[str]) -> Amount | None:
    value = _core_value(match)
    if value is None:
        return None
    start = match.start("words") if match.group("words") is not None else match.start()
    unit, end = _unit_after(folded.text, match.end())
    currency, start = _currency_prefix(folded.text, start)
    if match.group("letter") and not currency:
        return None  # "3m", "5b" without a currency sign may be metres: leave it
    unit = unit or currency
    qualifier, start, end = _qualifier(folded.text, start, end)
    if unit is None:
        if not _is_count(folded.text, match, qualifier, value):
            return None
        unit = "count"
    return _build(folded, start, end, value, unit, qualifier)


def _core_value(match: re.Match[str]) -> float | None:
    if match.group("words") is not None:
        number = parse_number_words(match.group("words"))
        return float(number) if number else None
    try:
        number = Decimal(match.group("digits").replace(",", ""))
    except InvalidOperation:
        return None
    scale = match.group("scale") or match.group("letter")
    if scale:
        number *= _scales()[scale.lower()]
    return float(number)


def _unit_after(text: str, end: int) -> tuple[str | None, int]:
    found = unit_after_re().match(text, end)
    if not found:
        return None, end
    return _unit_table()[re.sub(r"\s+", " ", found.group("unit")).lower()], found.end()


def _currency_prefix(text: str, start: int) -> tuple[str | None, int]:
    table, pattern = _currency_before()
    found = pattern.search(text, max(0, start - 8), start)
    if not found:
        return None, start
    return table[found.group("cur").lower()], found.start("cur")


def _qualifier(text: str, start: int, end: int) -> tuple[str | None, int, int]:
    table, before, after = _qualifiers()
    found = before.search(text, max(0, start - 20), start)
    if found:
        return table[re.sub(r"\s+", " ", found.group("q")).lower()], found.start("q"), end
    found = _GAPPED.search(text, max(0, start - 30), start)
    if found:
        less = found.group("v")[1:3] == "قل"
        return ("less_than" if less else "more_than"), found.start("v"), end
    found = after.match(text, end)
    if found:
        return table["after:" + found.group("q").lower()], start, found.end()
    return None, start, end


def _is_count(text: str, match: re.Match[str], qualifier: str | None, value: float) -> bool:
    """A bare number counts with a scale word, a qualifier or a counted noun; a year never."""
    digits = match.group("digits")
    if digits is not None and 1900 <= value <= 2099 and "." not in digits and not (
            match.group("scale")):
        before = _DATE_WORD.search(text, max(0, match.start() - 20), match.start())
        return bool(qualifier) and before is None
    if match.group("scale") or _has_scale_word(match.group("words")):
        return True
    if qualifier:
        return True
    following = _NEXT_WORD.match(text, match.end())
    if not following:
        return False
    word = following.group("word")
    if word.lower() in _not_counted() or word.startswith("ال"):
        return False
    return not (word.isascii() and not word.islower())


def _has_scale_word(words: str | None) -> bool:
    if not words:
        return False
    table = _number_words()
    tokens = (re.sub(r"\s+", " ", m.group(0)) for m in _word_token_re().finditer(words))
    return any(table[t].kind != "small" for t in tokens if t in table)


def _build(folded: Folded, start: int, end: int, value: float, unit: str,
           qualifier: str | None) -> Amount:
    first, last = folded.span(start, end)
    usd = value if unit == "USD" else None
    return Amount(first, last, folded.original[first:last], value, unit, qualifier, usd)
