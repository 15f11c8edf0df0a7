"""Date mentions in text, as ISO strings at the precision the text gives.

`find_dates(text, published)` returns `DateMention`s with offsets into the ORIGINAL text.
Matching runs on the text layer's normalisation (`diplomap.text.normalize`, cased form:
digits of every system, alef/hamza forms, ى/ي, ة/ه, presentation forms, NFD marks,
diacritics and tatweel) and maps back through its offset map. Every word is language
data (`diplomap.lang`: months.yaml and dates.yaml of every language with a grammar),
normalised and compiled into patterns once.

How it works: every pattern below proposes candidates (a core such as "2019", "مارس 1992",
"15 رمضان 1445 هـ", "العام الماضي"); the words before each core (relations such as منذ /
حتى / في, time nouns such as عام, modifiers such as مطلع) set its relation, strengthen bare
years and months, and widen its span; the longest candidates win; adjacent candidates are
joined into ranges ("بين عامي 2019 و2021", "من 2019 إلى 2021", "2025-2027"); bare years
and bare month names that no trigger word supports are dropped; month names without a
year are resolved against `published`.

Resolution choices (all relative mentions have `relative=True`):
- a month or day without a year -> the publication year, or the year before when that month
  (day) lies after the publication month (day), except a day at most a month ahead of the
  publication day, which is that coming day; with `prefer_future=True` the publication
  year, or the year after when it lies before. "مايو الماضي" is the latest May strictly
  before the publication month, "مايو المقبل" the next one strictly after;
- العام الماضي/الجاري/المقبل, الشهر الماضي/المقبل, "قبل عامين", "منذ ثلاثة أشهر" -> year or
  month arithmetic at that precision;
- أمس, اليوم, غدا, الأسبوع الماضي, "قبل يومين" -> day precision via dateparser's
  DateDataParser (RELATIVE_BASE = published) with our own offset table as fallback where
  dateparser has no rule; a week expression is the day seven days away;
- weekdays ("الخميس الماضي", "يوم الخميس", "last Monday") -> the latest such day before the
  publication day (the publication day itself for "يوم الخميس"), or the next one for
  المقبل / next / prefer_future;
- seasons (meteorological, northern hemisphere) -> YEAR precision: the year of the season's
  January for winter (December-February), else its calendar year;
- Hijri: day -> that Gregorian day; month -> the Gregorian month of the 1st of the Hijri
  month; year -> the Gregorian year in which 1 Muharram falls (hijridate, AH 1343-1500);
- relations (dates.yaml `relations`): since-words -> since; until-words -> until; counted
  offsets ("منذ عامين", "قبل يومين", "two days ago") are relation at.
Relative mentions are skipped when `published` is None or less precise than they need.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import Any

from diplomap.extract.amounts import (
    matching,
    number_words_pattern,
    parse_number_words,
    scale_words,
    unit_after_re,
)
from diplomap.extract.grammar import (
    NEVER,
    alternation,
    caseless,
    conjunctions,
    every_language,
    norm,
    norm_set,
)
from diplomap.lang import Language, languages
from diplomap.text import IsoDate, Normalized, iso_date, parse_iso
from diplomap.text.scan import is_word_char, matches_at, written_at


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: str
    precision: str  # year | month | day
    relation: str = "at"  # at | since | until | range
    end_value: str | None = None
    relative: bool = False
    # the value read forward in time ("on 27 February", "on Thursday" in a plan): set only
    # when the text gives no year or direction and the forward reading differs
    future_value: str | None = None
    future_end_value: str | None = None
    # a yearless day read as the coming one, at most a month ahead: a date, not a plan cue
    soon: bool = False

    def ahead(self) -> DateMention:
        """This mention read forward in time (itself when no forward reading differs)."""
        if self.future_value is None:
            return self
        return DateMention(self.start, self.end, self.text, self.future_value, self.precision,
                           self.relation, self.future_end_value or self.end_value,
                           self.relative)

Base = IsoDate  # the publication date at whatever precision it was given


@dataclass
class _Cand:
    start: int  # folded span, widened by the prefix pass
    end: int
    core: int  # folded start of the core (before widening)
    precision: str
    year: int | None
    month: int | None = None
    day: int | None = None
    relative: bool = False
    weak: bool = False  # needs a trigger word before it
    yearless: bool = False  # month/day without a year, resolved at the end
    direction: int = 0  # yearless: -1 "الماضي", +1 "المقبل", 0 default, 2 current year
    relation: str = "at"
    rel: str | None = None  # trigger word before the core (folded)
    rel_start: int | None = None
    year_word: str | None = None
    ambiguous: bool = False  # a month name that is also a common word
    extra: dict = field(default_factory=dict)


def _cand(m: re.Match[str], precision: str, year: int | None, *args: int | None,
          **kwargs: object) -> _Cand:
    """A candidate spanning group "p" of `m` when it has one (a clitic و/ف left out), else m."""
    start, end = m.span("p") if "p" in m.re.groupindex and m.group("p") else m.span()
    return _Cand(start, end, start, precision, year, *args, **kwargs)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- calendar data

@dataclass(frozen=True)
class _Calendar:
    months: dict[str, int]  # normalised name (cased) -> month number, abbreviations too
    ambiguous: frozenset[str]
    abbreviations: frozenset[str]
    month_first: frozenset[str]  # names of languages that write "March 3, 2024"
    month_first_weekdays: frozenset[str]
    hijri: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]  # lower-cased name -> season key
    bare_seasons: frozenset[str]  # "شتاء 2020": a season that opens a period
    season_months: dict[str, tuple[int, ...]]


def _cased(words: Iterable[str]) -> list[str]:
    return [norm(w, cased=True) for w in words]


@cache
def calendar() -> _Calendar:
    months: dict[str, int] = {}
    abbreviations: set[str] = set()
    ambiguous: set[str] = set()
    month_first: set[str] = set()
    month_first_weekdays: set[str] = set()
    hijri: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    seasons: dict[str, str] = {}
    bare: set[str] = set()
    season_months: dict[str, tuple[int, ...]] = {}
    for lang in every_language():
        cal = lang.calendar
        names = {n: _cased(w) for n, w in cal.months.items()}
        short = {n: _cased(w) for n, w in cal.abbreviations.items()}
        for table in (names, short):
            months.update({w: n for n, forms in table.items() for w in forms})
        abbreviations.update(w for forms in short.values() for w in forms)
        ambiguous.update(_cased(cal.ambiguous))
        days = {w: n for n, forms in cal.weekdays.items() for w in _cased(forms)}
        weekdays.update(days)
        if cal.month_before_day:
            month_first.update(w for table in (names, short) for forms in table.values()
                               for w in forms)
            month_first_weekdays.update(days)
        hijri.update({w: n for n, forms in cal.hijri.items() for w in _cased(forms)})
        for key, season in cal.seasons.items():
            seasons.update({norm(w): key for w in season.names})
            bare.update(norm(w) for w in season.bare)
            season_months[key] = season.months
    return _Calendar(months, frozenset(ambiguous | abbreviations), frozenset(abbreviations),
                     frozenset(month_first), frozenset(month_first_weekdays), hijri, weekdays,
                     seasons, frozenset(bare), season_months)


def _month_of(phrase: str) -> int:
    head = re.match(_month_names_re(), phrase)
    return calendar().months[re.sub(r"\s+", " ", head.group(0)).rstrip(".")] if head else 0


@cache
def _month_names_re() -> str:
    return f"(?:{alternation(calendar().months, cased=True)})"


@cache
def _month_phrase() -> str:
    """A month name, optionally paired with another name of the same month."""
    by_month: dict[int, list[str]] = {}
    for name, number in calendar().months.items():
        by_month.setdefault(number, []).append(name)
    alts = []
    for names in by_month.values():
        full = alternation((n for n in names if n not in calendar().abbreviations), cased=True)
        short = [n for n in names if n in calendar().abbreviations]
        one = f"(?:{full})(?!\\w)"
        if short:
            one = f"(?:(?:{full})|(?:{alternation(short, cased=True)})\\.?)(?!\\w)"
        alts.append(f"{one}(?:\\s*[/(\\-]\\s*{one}(?:\\s*\\))?)?")
    return "(?P<mp>" + "|".join(alts) + ")"


# --------------------------------------------------------------------------- date words
# dates.yaml of every language, normalised; English words match in any case.

DIRECTIONS = {"past": -1, "next": 1, "current": 0}


@dataclass(frozen=True)
class _Words:
    since: frozenset[str]
    until: frozenset[str]
    weak: frozenset[str]
    between: frozenset[str]  # "بين" opens a range joined by "و"
    openers: frozenset[str]  # words that open a range
    joins: frozenset[str]    # the "و" / "and" of "بين ... و ..."
    year_nouns: frozenset[str]
    dual_year_nouns: frozenset[str]
    month_nouns: frozenset[str]
    direction: dict[str, str]  # word placing a time noun -> past | next | current
    durations: dict[str, tuple[str, int]]  # duration word -> (unit, how many)
    plural_durations: frozenset[str]  # need a number before them
    offsets: dict[str, int]  # the word before/after a counted duration -> its sign
    counts: dict[str, int]  # number words of counted durations ("two days ago")
    dateparser_names: dict[str, str]
    title_nouns: frozenset[str]  # "قانون ... لعام 2000": the year names the document
    title_links: frozenset[str]
    effective_from: frozenset[str]  # "starting June 1": the nearest such day, ahead or past


def _all(key: str) -> list[str]:
    return [w for lang in every_language() for w in lang.dates.words(key)]


def _table(key: str) -> list[tuple[Any, Any]]:
    return [(k, v) for lang in every_language() for k, v in lang.dates.table(key).items()]


def _sub(key: str, sub: str) -> list[str]:
    """The words of one entry of a table (`relations: since`) in every language."""
    return [w for name, forms in _table(key) if name == sub for w in forms]


@cache
def words() -> _Words:
    since, until = norm_set(_sub("relations", "since")), norm_set(_sub("relations", "until"))
    between = norm_set(_all("range_between"))
    direction = {norm(w): str(kind).removesuffix("_feminine")
                 for table in ("after", "before") for kind, forms in _table(table)
                 for w in forms}
    durations: dict[str, tuple[str, int]] = {}
    plural: set[str] = set()
    for unit, forms in _table("durations"):
        for kind, how_many in (("one", 1), ("many", 1), ("two", 2)):
            durations.update({norm(w): (str(unit), how_many) for w in forms.get(kind, ())})
        plural.update(norm(w) for w in forms.get("many", ()))
    offsets = {norm(w): int(sign) for key in ("offset_before", "offset_after")
               for w, sign in _table(key)}
    return _Words(
        since=since, until=until, weak=norm_set(_all("weak_relations")), between=between,
        openers=norm_set(_all("range_from")) | between | since,
        joins=norm_set(_all("range_and")),
        year_nouns=norm_set(_sub("time_nouns", "year")),
        dual_year_nouns=norm_set(_sub("time_nouns", "years")),
        month_nouns=norm_set(_sub("time_nouns", "month")),
        direction=direction, durations=durations, plural_durations=frozenset(plural),
        offsets=offsets, counts={norm(w): int(n) for w, n in _table("counts")},
        dateparser_names={norm(k): norm(v) for k, v in _table("dateparser_names")},
        title_nouns=norm_set(_all("title_nouns")), title_links=norm_set(_all("title_links")),
        effective_from=norm_set([*_all("effective_from"), *_all("takes_effect")]))


def _after(*kinds: str, feminine: bool = True) -> str:
    """Alternation of the words after a time noun of these kinds ("الماضي", "المقبلة")."""
    keys = {*kinds, *(f"{k}_feminine" for k in kinds if feminine)}
    return alternation(w for name, forms in _table("after") if name in keys for w in forms)


@cache
def _past() -> str:
    return _after("past")


@cache
def _next() -> str:
    return _after("next")


@cache
def _now() -> str:
    return _after("current")


@cache
def _suffix() -> str:
    """Masculine words after a month name ("مايو الماضي")."""
    return _after("past", "next", "current", feminine=False)


@cache
def _before_words_list() -> tuple[str, ...]:
    """Words before a time noun that place it ("last", "هذا")."""
    return tuple(w for _, forms in _table("before") for w in forms)


@cache
def _year_re() -> str:
    return r"(?<![\d.,])(?P<year>1[89]\d\d|20\d\d)(?!\d|[.,]\d)"


@cache
def _day_re() -> str:
    ordinal = alternation(_all("ordinal_suffixes"), cased=True)
    return rf"(?<![\d.,])(?P<day>[1-9]|[012]\d|3[01])(?:{ordinal})?(?!\d|[.,]\d)"


@cache
def _before_year() -> str:
    """Optional words between a month (or day and month) and its year ("مارس من عام 1992")."""
    return f"(?:{caseless(_all('before_year'))}\\s*)?"


@cache
def _gregorian_era() -> str:
    """An era mark after a year ("1992م")."""
    return f"(?:\\s?(?:{alternation(_all('gregorian_era'), cased=True)})(?!\\w))?"


@cache
def _hijri_mark() -> str:
    return f"(?:{alternation(_all('hijri_era'), cased=True)})(?!\\w)"


@cache
def _prefix_re() -> re.Pattern[str]:
    rels = caseless([*[w for _, forms in _table("relations") for w in forms],
                     *_all("takes_effect"), *_all("weak_relations")])
    mods = caseless([*_all("period_modifiers"), *calendar().bare_seasons])
    nouns = caseless(w for _, forms in _table("time_nouns") for w in forms)
    conj = conjunctions()
    return re.compile(
        f"(?<!\\w)(?:{conj}?(?P<rel>{rels})\\s+)?"
        f"(?:{conj}?(?P<mod>{mods})[\\s\\-]+)?"
        f"(?:{conj}?(?P<yw>{nouns})\\s*)?$")


# --------------------------------------------------------------------------- public API

def parse_base(published: str | None) -> Base | None:
    """'2025-01-10T08:00Z' -> (2025, 1, 10); '2025-01' -> (2025, 1); junk -> None.

    Years outside 1000-2999 are treated as junk."""
    base = parse_iso(published) if published else None
    return base if base is not None and 1000 <= base.year <= 2999 else None


def find_dates(text: str | Normalized, published: str | None = None, *,
               prefer_future: bool = False) -> list[DateMention]:
    """Dates in `text` (in every language with a grammar), in order, not overlapping."""
    norm_text = matching(text)
    folded = norm_text.cased
    base = parse_base(published)
    cands = [c for finder in _FINDERS for c in finder(folded, base)]
    cands += [*_weekdays(folded, base, prefer_future), *_seasons(folded, base, prefer_future)]
    for cand in cands:
        _attach_prefix(folded, cand)
    chosen = [c for c in _merge(folded, _select(cands)) if not _title_year(folded, c)]
    mentions = [_mention(norm_text, c, base, prefer_future) for c in chosen if not c.weak]
    return [m for m in mentions if m is not None]


TITLE_REACH = 4  # words from a document noun to the year that names it


def _title_year(folded: str, cand: _Cand) -> bool:
    """"قانون الإرهاب لعام 2000": a year linked to a document noun a few words before it (no
    punctuation between) is part of the document's name, not the date of what is done."""
    w = words()
    if cand.precision != "year" or cand.relative or not w.title_links:
        return False
    first = folded[cand.start:cand.end].split()[0]
    if norm(first) not in w.title_links:
        return False
    before = re.split(r"[.,;:!?()\"\u060c\u061b\n]", folded[:cand.start])[-1].split()
    conj = re.compile(f"^{conjunctions()}")
    return any(not w.title_nouns.isdisjoint({norm(b), norm(conj.sub("", b))})
               for b in before[-TITLE_REACH:])


# --------------------------------------------------------------------------- finders

def _gregorian_months(text: str, base: Base | None) -> Iterator[_Cand]:
    months = _month_starts(text)
    yield from _day_month_year(text, months)
    yield from _month_day_year(text, months)
    yield from _month_year(text, base, months)
    yield from _month_alone(text, months)


# Every match of the patterns that hold a month phrase lies a few words before its month
# name at most (`_reach`): they are tried there only, not at every offset of the text. A
# text with a long run of spaces (which a pattern's \s+ could span) is scanned whole.
_SPACE_RUN = 16
_LONG_SPACE = re.compile(f"\\s{{{_SPACE_RUN},}}")
# the whitespace (what \s matches) other than a space and a newline: most texts hold none
_RARE_SPACES = tuple("\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
                     "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def _long_space(text: str) -> bool:
    """`_LONG_SPACE` is in `text`; a text whose only whitespace is spaces and newlines is
    checked with string searches (a regex search tries a match at every space)."""
    if any(c in text for c in _RARE_SPACES):
        return _LONG_SPACE.search(text) is not None
    return " " * _SPACE_RUN in text.replace("\n", " ")


@cache
def _month_first_words() -> Any:
    """An automaton of the first words of the month names (as their patterns spell them)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in calendar().months:
        first = norm(name, cased=True).split(" ")[0]
        if first:
            automaton.add_word(first, len(first))
    automaton.make_automaton()
    return automaton


def _month_starts(text: str) -> list[int] | None:
    """Every offset where a month phrase starts (`_month_phrase`, which every pattern tried
    near these offsets holds: `_near_months`); None for a text that is scanned whole."""
    if _long_space(text):
        return None
    phrase = _month_phrase_re().match
    return [at for at in written_month_starts(text) if phrase(text, at)]


def written_month_starts(text: str) -> list[int]:
    """Every offset where the first word of a month name is written, inside other words
    too ("اب" in most words that hold the letters)."""
    return sorted({end - size + 1 for end, size in _month_first_words().iter(text)})


@cache
def _month_phrase_re() -> re.Pattern[str]:
    return re.compile(_month_phrase())


def _reach(words: Iterable[object], cased: bool = False) -> int:
    """The longest text an alternation of `words` and the spaces after it can match."""
    found = {norm(w, cased) for w in words if str(w).strip()}
    return max((len(w) + (_SPACE_RUN - 2) * w.count(" ") for w in found), default=0) + (
        _SPACE_RUN - 1)


def _near_months(pattern: re.Pattern[str], text: str, months: list[int] | None, reach: int,
                 first: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match starts at most `reach`
    characters before a month name it holds, tried at those offsets only (`months`:
    `_month_starts`); `first`: what a match that does not start at its month name starts
    with (read no further than `reach` past the month name), None: anything."""
    if months is None:
        yield from pattern.finditer(text)
        return
    untried = 0  # offsets before it were tried, or lie inside a match
    for month in months:
        at, found = max(untried, month - reach), None
        while at <= month and found is None:
            if first is not None:  # the next offset where a match may start, else the month
                start = first.search(text, at, month + reach)
                at = month if start is None else min(start.start(), month)
            found = pattern.match(text, at)
            at += 1
        if found:
            yield found
            untried = found.end()  # past this month name: it is inside the match
        else:
            untried = max(untried, month + 1)


@cache
def _day_words() -> dict[str, int]:
    """Days written as words ("الأول من يونيو"), by their normalised form."""
    return {norm(w): int(day) for day, forms in _table("day_words") for w in forms}


@cache
def _day_word_re() -> str:
    """A day written as a word, followed by an "of" word ("الأول من"), else nothing."""
    if not _day_words():
        return ""
    # "الأسبوع الأول من ديسمبر": the ordinal counts the part the noun before it names
    parts = "".join(f"(?<!{re.escape(norm(w, True))}\\s)" for w in _all("part_nouns"))
    return (f"|(?<!\\w){parts}(?P<dayword>{alternation(_day_words(), cased=True)})"
            f"(?=\\s+(?:{caseless(_all('of'))})\\s)")


@cache
def _dmy_re() -> re.Pattern[str]:
    weekday = alternation(calendar().weekdays, cased=True)
    of = caseless(_all("of"))
    month = caseless(_sub("time_nouns", "month"))
    return re.compile(
        f"(?:(?:{weekday})\\s*[،,]?\\s*)?(?:{_day_re()}{_day_word_re()})\\s+(?:{of}\\s+)?"
        f"(?:{month}\\s+)?{_month_phrase()}"
        f"(?:\\s*[،,]?\\s*{_before_year()}{_year_re()}{_gregorian_era()}"
        f"|\\s+(?P<sfx>{_suffix()})(?!\\w))?")


@cache
def _dmy_reach() -> tuple[int, re.Pattern[str]]:
    """How far before its month name a day-month-year match starts, and what it starts
    with (a weekday or the day's digits)."""
    weekdays = calendar().weekdays
    reach = (_reach(weekdays, cased=True) + 1 + _SPACE_RUN - 1 + 2
             + _reach(_all("ordinal_suffixes"), cased=True) + _reach(_all("of"))
             + _reach(_sub("time_nouns", "month")) + _reach(_day_words(), cased=True))
    first = re.compile(f"(?=[0-9]|{alternation([*weekdays, *_day_words()], cased=True)})")
    return reach, first


def _day_month_year(text: str, months: list[int] | None) -> Iterator[_Cand]:
    reach, first = _dmy_reach()
    if months is not None:  # a space before its month name, the day's digits in reach
        months = [at for at in months if at and text[at - 1].isspace()
                  and first.search(text, max(0, at - reach), at)]
    for m in _near_months(_dmy_re(), text, months, reach, first):
        day = int(m.group("day")) if m.group("day") else _day_words()[norm(m.group("dayword"))]
        yield from _dated(m, _month_of(m.group("mp")), day)




@cache
def _mdy_re() -> re.Pattern[str] | None:
    names = calendar().month_first
    if not names:
        return None
    weekday = alternation(calendar().month_first_weekdays, cased=True)
    return re.compile(
        f"(?:(?:{weekday}),?\\s+)?(?<!\\w)(?P<mp>{alternation(names, cased=True)})\\.?\\s+"
        f"{_day_re()}(?:,?\\s+{_year_re()})?")


def _month_day_year(text: str, months: list[int] | None) -> Iterator[_Cand]:
    pattern, names = _mdy_re(), _month_first_names()
    if pattern is None or (months is None and not names.search(text)):
        return  # every match holds one of these month names
    if months is not None:  # ... and it opens a word
        months = [at for at in months
                  if not (at and is_word_char(text[at - 1])) and names.match(text, at)]
    for m in _near_months(pattern, text, months, *_mdy_reach()):
        yield from _dated(m, _month_of(m.group("mp")), int(m.group("day")))


@cache
def _mdy_reach() -> tuple[int, re.Pattern[str]]:
    """How far before its month name a month-day-year match starts, and what it starts
    with when not with the month name (a weekday)."""
    weekdays = calendar().month_first_weekdays
    return (_reach(weekdays, cased=True) + _SPACE_RUN,
            re.compile(f"(?={alternation(weekdays, cased=True)})"))


@cache
def _month_first_names() -> re.Pattern[str]:
    return re.compile(alternation(calendar().month_first, cased=True))


def _dated(m: re.Match[str], month: int, day: int) -> Iterator[_Cand]:
    year = int(m.group("year")) if m.group("year") else None
    sfx = m.groupdict().get("sfx")
    try:
        date(year or 2000, month, day)
    except ValueError:
        return
    yield _cand(m, "day", year, month, day,
                relative=year is None, yearless=year is None,
                direction=_month_direction(sfx))


def _month_direction(word: str | None) -> int:
    """-1 "الماضي"/"last", +1 "المقبل"/"next", 2 "الجاري"/"this" (the current year), else 0."""
    kind = words().direction.get(norm(word)) if word else None
    return 2 if kind == "current" else DIRECTIONS.get(kind or "", 0)


@cache
def _my_re() -> re.Pattern[str]:
    return re.compile(
        f"(?<!\\w){conjunctions()}?(?P<p>{_month_phrase()}\\s*[،,]?\\s*{_before_year()}"
        f"{_year_re()}{_gregorian_era()})")


def _month_year(text: str, base: Base | None, months: list[int] | None
                ) -> Iterator[_Cand]:
    for m in _near_months(_my_re(), text, months, 1):  # a conjunction's letter before it
        yield _cand(m, "month", int(m.group("year")),
                    _month_of(m.group("mp")))
    if base is None:
        return
    for m in _near_months(_month_rel_year_re(), text, months, 1):
        offset = _year_offset(m.group("ry"))
        yield _cand(m, "month", base.year + offset,
                    _month_of(m.group("mp")), relative=True)


@cache
def _month_rel_year_re() -> re.Pattern[str]:
    of = caseless(_all("of"))
    return re.compile(
        f"(?<!\\w){conjunctions()}?(?P<p>{_month_phrase()}\\s+(?:{of}\\s+)?"
        f"(?P<ry>{_year_rel()}))(?!\\w)")


@cache
def _month_alone_reach() -> tuple[int, re.Pattern[str]]:
    """How far before its month name a match of `_month_alone_re` starts, and what it
    starts with when not with the month name (a word that places it)."""
    return _reach(_before_words_list()), re.compile(f"(?={caseless(_before_words_list())}\\s)")


@cache
def _month_alone_re() -> re.Pattern[str]:
    return re.compile(
        f"(?:(?P<epre>{caseless(_before_words_list())})\\s+)?(?<!\\w){_month_phrase()}"
        f"(?:\\s+(?P<sfx>{_suffix()})(?!\\w))?")


def _month_alone(text: str, months: list[int] | None) -> Iterator[_Cand]:
    if months is not None:  # a month name that opens a word
        months = [at for at in months if not (at and is_word_char(text[at - 1]))]
    for m in _near_months(_month_alone_re(), text, months, *_month_alone_reach()):
        phrase = m.group("mp")
        head = re.match(_month_names_re(), phrase)
        name = re.sub(r"\s+", " ", head.group(0)) if head else ""
        direction = _month_direction(m.group("sfx")) or _month_direction(m.group("epre"))
        yield _cand(m, "month", None, _month_of(phrase),
                    relative=True, yearless=True, direction=direction,
                    weak=not direction,
                    ambiguous=name in calendar().ambiguous and len(phrase) == len(name))


_NUMERIC = [  # ISO and year/month/day; day-first with / . or -: (pattern, how far before
    # the first digit-separator-digit it holds each match starts: it is tried there only)
    (re.compile(r"(?<![\d.,/\-])(?P<y>(?:19|20)\d\d)(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)"
                r"(?P<d>\d{1,2})(?![\d/])(?!-\d)"), (3,)),
    (re.compile(r"(?<![\d.,/\-])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)"
                r"(?P<y>(?:19|20)\d\d)(?!\d|[.,]\d)"), (0, 1)),
]


def _numeric(text: str, base: Base | None) -> Iterator[_Cand]:
    digits = _separated_digits(text)
    for pattern, back in _NUMERIC if digits else ():
        starts = sorted({at - k for at in digits for k in back if at >= k})
        for m in matches_at(pattern, text, starts):
            year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            try:
                date(year, month, day)
            except ValueError:
                continue
            yield _cand(m, "day", year, month, day)


def _separated_digits(text: str) -> list[int]:
    """The offset of every digit (what \\d matches) written before a date separator and a
    digit ("2024-05", "3/4"), as every numeric date holds."""
    return [at - 1 for at in written_at(text, "-/.")
            if 0 < at < len(text) - 1 and text[at - 1].isdecimal() and text[at + 1].isdecimal()]


@cache
def _scale_after_re() -> re.Pattern[str]:
    scales = caseless(w for w in scale_words() if len(w) > 1)
    return re.compile(f"\\s*{scales}(?!\\w)")


def _years(text: str, base: Base | None) -> Iterator[_Cand]:
    for m in matches_at(_years_re(), text, written_at(text, _YEAR_FIRST)):
        if unit_after_re().match(text, m.end("year")) or _scale_after_re().match(text, m.end()):
            continue
        year = int(m.group("year"))
        yield _cand(m, "year", year, weak=not m.group("m"),
                    extra={"old": year < 1900})


_YEAR_FIRST = "12"  # the first character of every match of _years_re


@cache
def _years_re() -> re.Pattern[str]:
    return re.compile(f"{_year_re()}(?P<m>{_gregorian_era()})")


_HIJRI_YEAR = r"(?<![\d.,])(?P<hy>1[34]\d\d|1500)(?!\d|[.,]\d)"


@cache
def _hijri_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = alternation(calendar().hijri, cased=True)
    year = _HIJRI_YEAR
    with_month = re.compile(
        f"(?<![\\w.,]){conjunctions()}?(?P<p>(?:(?P<day>[1-9]|[12]\\d|30)\\s+)?"
        f"(?P<hm>{months})(?!\\w)\\s*[،,]?\\s*{_before_year()}{year}"
        f"(?:\\s*(?P<mark>{_hijri_mark()}))?)")
    year_only = re.compile(f"{year}\\s*(?P<mark>{_hijri_mark()})")
    return with_month, year_only


@cache
def _hijri_gates() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (re.compile(r"1[34]\d\d|1500"),
            re.compile(alternation(calendar().hijri, cased=True)), re.compile(_hijri_mark()))


def _hijri(text: str, base: Base | None) -> Iterator[_Cand]:
    from hijridate import Hijri

    with_month, year_only = _hijri_re()
    years, months, marks = _hijri_gates()  # what every match of each pattern holds
    if not years.search(text):
        return
    for m in with_month.finditer(text) if months.search(text) else ():
        month = calendar().hijri[re.sub(r"\s+", " ", m.group("hm"))]
        day = int(m.group("day")) if m.group("day") else None
        cand = _hijri_cand(Hijri, int(m.group("hy")), month, day, m)
        if cand is not None:
            yield cand
    for m in year_only.finditer(text) if marks.search(text) else ():
        cand = _hijri_cand(Hijri, int(m.group("hy")), None, None, m)
        if cand is not None:
            yield cand


def _hijri_cand(hijri: type, year: int, month: int | None, day: int | None,
                m: re.Match[str]) -> _Cand | None:
    try:
        greg = hijri(year, month or 1, day or 1).to_gregorian()
    except (ValueError, OverflowError):
        return None
    if month is None:
        return _cand(m, "year", greg.year, extra={"hijri": True})
    precision = "day" if day else "month"
    return _cand(m, precision, greg.year, greg.month,
                 greg.day if day else None, extra={"hijri": True})


# --------------------------------------------------------------------------- relative

_SLOT = re.compile(r"\{(\w+)\}")


def _relative_tables(lang: Language) -> dict[str, list[tuple[str, int]]]:
    """The relative phrases of a language as (pattern, offset) by unit; weeks are days."""
    slots = {"year": alternation(lang.dates.words("definite_year")), "past": _past(),
             "next": _next(), "current": _now()}
    tables: dict[str, list[tuple[str, int]]] = {"years": [], "months": [], "days": []}
    for unit, by_offset in lang.dates.table("relative").items():
        for offset, phrases in by_offset.items():
            for phrase in phrases:
                pattern = f"(?i:{_phrase_pattern(phrase, slots)})"
                if unit == "days" and int(offset) == 0:
                    pattern += _not_described(lang)
                days = int(offset) * (7 if unit == "weeks" else 1)
                tables["days" if unit == "weeks" else str(unit)].append((pattern, days))
    return tables


def _phrase_pattern(phrase: str, slots: dict[str, str]) -> str:
    parts = []
    for token in str(phrase).split():
        slot = _SLOT.fullmatch(token)
        parts.append(f"(?:{slots[slot.group(1)]})" if slot else re.escape(norm(token)))
    return r"\s+".join(parts)


def _not_described(lang: Language) -> str:
    """"اليوم الوطني", "اليوم نفسه": a word after "today" that makes it a day described,
    not the publication day (a weekday, "اليوم الخميس", does not)."""
    described = alternation(lang.dates.words("today_described_by"))
    article = norm(lang.clitics.article) if lang.clitics.article else ""
    alts = [described] if described != NEVER else []
    if article:
        days = sorted({n[len(article):] for names in lang.calendar.weekdays.values()
                       for n in map(norm, names) if n.startswith(article)})
        others = sorted({n[len(article):] for n in map(norm, lang.dates.words(
            "today_not_described_by")) if n.startswith(article)})
        kept = [re.escape(d) for d in days] + [f"{re.escape(o)}(?!\\w)" for o in others]
        alts.insert(0, f"{re.escape(article)}(?!{'|'.join(kept)})\\w+" if kept
                    else f"{re.escape(article)}\\w+")
    return f"(?!\\s+(?:{'|'.join(alts)}))" if alts else ""


@cache
def _relative() -> dict[str, list[tuple[re.Pattern[str], str, int]]]:
    """(compiled pattern, pattern, offset) per unit: one alternation per offset, of the
    phrases of every language."""
    by_offset: dict[str, dict[int, list[str]]] = {"years": {}, "months": {}, "days": {}}
    for lang in every_language():
        for unit, table in _relative_tables(lang).items():
            for pattern, offset in table:
                by_offset[unit].setdefault(offset, []).append(pattern)
    out: dict[str, list[tuple[re.Pattern[str], str, int]]] = {}
    for unit, offsets in by_offset.items():
        out[unit] = []
        for offset, patterns in offsets.items():
            pattern = "|".join(patterns)
            compiled = re.compile(f"(?<!\\w){conjunctions()}?(?P<p>{pattern})(?!\\w)")
            out[unit].append((compiled, pattern, offset))
    return out


@cache
def _year_rel() -> str:
    return "|".join(f"(?:{p})" for _, p, _ in _relative()["years"])


def _year_offset(phrase: str) -> int:
    return next(off for _, p, off in _relative()["years"] if re.fullmatch(p, phrase))


def _phrases(text: str, unit: str) -> Iterator[tuple[re.Match[str], int]]:
    for pattern, _, offset in _relative()[unit]:
        for m in pattern.finditer(text):
            yield m, offset


def _relative_years_months(text: str, base: Base | None) -> Iterator[_Cand]:
    if base is None:
        return
    for m, offset in _phrases(text, "years"):
        yield _cand(m, "year", base.year + offset, relative=True)
    if base.month is None:
        return
    for m, offset in _phrases(text, "months"):
        year, month = _add_months(base.year, base.month, offset)
        yield _cand(m, "month", year, month, relative=True)


@cache
def _idiom() -> re.Pattern[str]:
    """"يوما بعد يوم": a duration word of one unit right before the counting word."""
    ones = caseless(w for _, forms in _table("durations") for w in forms.get("one", ()))
    return re.compile(f"{ones}\\s+$")


@cache
def _count_re() -> re.Pattern[str]:
    units = caseless(words().durations)
    counts = caseless(words().counts)
    number = f"(?:\\d{{1,3}}|{number_words_pattern()}|{counts})"
    before = caseless(w for w, _ in _table("offset_before"))  # "قبل عامين"
    after = caseless(w for w, _ in _table("offset_after"))  # "two years ago"
    return re.compile(
        f"(?<!\\w){conjunctions()}?(?P<p>"
        f"(?P<dir>{before})\\s+(?:(?P<n>{number})\\s+)?(?P<unit>{units})(?!\\w)"
        f"|(?P<en>{number})\\s+(?P<eunit>{units})\\s+(?P<adir>{after}))(?!\\w)")


@cache
def _anchored() -> re.Pattern[str]:
    """The word after a counted duration that names the event it counts from (not "at least",
    "from now")."""
    return re.compile(f"\\s+{caseless(_all('counted_from_event'))}(?!\\w)"
                      f"(?!\\s+{caseless(_all('counted_from_not'))}(?!\\w))")


def _counted(text: str, base: Base | None) -> Iterator[_Cand]:
    if base is None:
        return
    for m in _count_re().finditer(text):
        if _idiom().search(text, max(0, m.start() - 8), m.start()) and not m.group("n"):
            continue  # "يوما بعد يوم", "عاما بعد عام": day after day
        if m.group("dir") and _anchored().match(text, m.end()):
            continue  # "بعد ستة أشهر من الانقلاب": counted from another event
        cand = _counted_cand(m, base)
        if cand is not None:
            yield cand


def _counted_cand(m: re.Match[str], base: Base) -> _Cand | None:
    unit_word = norm(m.group("unit") or m.group("eunit"))
    unit, per = words().durations[unit_word]
    raw = m.group("n") or m.group("en")
    if raw is None and unit_word in words().plural_durations:
        return None
    count = _count_value(raw) * per
    if count > 500:
        return None
    sign = words().offsets.get(norm(m.group("dir") or m.group("adir")), -1)
    return _offset_cand(m, base, unit, sign * count)


def _count_value(raw: str | None) -> int:
    if raw is None:
        return 1
    if raw.isdigit():
        return int(raw)
    return words().counts.get(norm(raw)) or parse_number_words(raw) or 0


def _offset_cand(m: re.Match[str], base: Base, unit: str, amount: int) -> _Cand | None:
    if unit == "year":
        return _cand(m, "year", base.year + amount, relative=True)
    if unit == "month":
        if base.month is None:
            return None
        year, month = _add_months(base.year, base.month, amount)
        return _cand(m, "month", year, month, relative=True)
    if base.as_date is None or amount == 0:
        return None
    days = amount * (7 if unit == "week" else 1)
    return _day_cand(m, base, days)


def _relative_days(text: str, base: Base | None) -> Iterator[_Cand]:
    if base is None or base.as_date is None:
        return
    for m, offset in _phrases(text, "days"):
        cand = _day_cand(m, base, offset)
        if cand is not None:
            yield cand


def _day_cand(m: re.Match[str], base: Base, days: int) -> _Cand | None:
    day = base.as_date
    assert day is not None
    when = _dateparser_day(m.group("p"), day) or day + timedelta(days=days)
    return _cand(m, "day", when.year, when.month, when.day,
                 relative=True)


def _dateparser_day(phrase: str, base: date) -> date | None:
    """dateparser's reading of a day-level relative phrase, or None where it has none."""
    canonical = re.sub(r"\s+", " ", phrase)
    first, _, rest = canonical.partition(" ")
    if rest and norm(first) in words().dateparser_names:  # "قبل يومين" -> "منذ يومين"
        canonical = f"{words().dateparser_names[norm(first)]} {rest}"
    try:
        data = _day_parser(base).get_date_data(canonical)
    except Exception:  # dateparser is a best-effort reader here
        return None
    if data.date_obj is None or data.period not in ("day", "week"):
        return None
    return data.date_obj.date()


@lru_cache(maxsize=64)
def _day_parser(base: date):  # one parser per publication day
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": datetime(base.year, base.month, base.day),
                "PREFER_DATES_FROM": "past"}
    return DateDataParser(languages=list(languages()), settings=settings)


@cache
def _weekday_re() -> re.Pattern[str]:
    names = alternation(calendar().weekdays, cased=True)
    before = caseless([*(w for _, forms in _table("before") for w in forms),
                       *_all("weekday_before")])
    day = caseless(_sub("time_nouns", "day"))
    return re.compile(
        f"(?<!\\w){conjunctions()}?(?P<p>(?:(?P<pre>{before})\\s+)?"
        f"(?:(?P<yawm>{day})\\s+)?(?P<wd>{names})"
        f"(?:\\s+(?P<sfx>{_past()}|{_next()}))?)(?!\\w)")


def _weekdays(text: str, base: Base | None, prefer_future: bool = False) -> Iterator[_Cand]:
    if base is None or base.as_date is None:
        return
    for m in _weekday_re().finditer(text):
        if not (m.group("pre") or m.group("yawm") or m.group("sfx")):
            continue  # a weekday alone is no date
        direction = _direction(m.group("sfx") or m.group("pre"))
        weekday = calendar().weekdays[m.group("wd")]
        when = _weekday_date(base.as_date, weekday, direction, prefer_future)
        ahead = _weekday_date(base.as_date, weekday, direction, True)
        yield _cand(m, "day", when.year, when.month, when.day, relative=True,
                    extra={"ahead": ahead} if ahead != when else {})


def _direction(word: str | None) -> int:
    """-1 for a past word ("الماضي", "last"), +1 for a next word, else 0."""
    return DIRECTIONS.get(words().direction.get(norm(word), "") if word else "", 0)


def _weekday_date(base: date, weekday: int, direction: int, prefer_future: bool) -> date:
    back = (base.weekday() - weekday) % 7
    ahead = (weekday - base.weekday()) % 7
    if direction < 0:
        return base - timedelta(days=back or 7)
    if direction > 0:
        return base + timedelta(days=ahead or 7)
    return base + timedelta(days=ahead) if prefer_future else base - timedelta(days=back)


@cache
def _season_re() -> re.Pattern[str]:
    names = caseless(calendar().seasons)
    before = caseless(_before_words_list())
    return re.compile(
        f"(?<!\\w){conjunctions()}?(?P<p>(?P<pre>{before})\\s+(?P<s>{names})"
        f"|(?P<s2>{names})\\s+(?P<sfx>{_past()}|{_next()}|{_now()}))(?!\\w)")


def _seasons(text: str, base: Base | None, prefer_future: bool = False) -> Iterator[_Cand]:
    if base is None:
        return
    for m in _season_re().finditer(text):
        name = norm(m.group("s") or m.group("s2"))
        direction = _direction(m.group("sfx") or m.group("pre"))
        year = _season_year(base, calendar().seasons[name], direction)
        yield _cand(m, "year", year, relative=True)


def _season_year(base: Base, season: str, direction: int) -> int:
    """Year of the season occurrence last/this/next relative to the publication month."""
    months = calendar().season_months[season]
    if base.month is None:
        return base.year + direction
    if direction == 0:
        return base.year + (1 if season == "winter" and base.month >= 9 else 0)
    current = _season_ordinal(base.year, base.month)
    index = _season_ordinal(2000, months[1]) % 4
    options = [4 * y + index for y in range(base.year - 2, base.year + 3)]
    if direction < 0:
        return max(o for o in options if o < current) // 4
    return min(o for o in options if o > current) // 4


def _season_ordinal(year: int, month: int) -> int:
    """Winter of year Y = Dec Y-1 .. Feb Y (ordinal 4Y); spring 4Y+1, summer +2, autumn +3."""
    if month == 12:
        return 4 * (year + 1)
    return 4 * year + (0 if month <= 2 else (month - 3) // 3 + 1)


def _add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


# --------------------------------------------------------------------------- prefix pass

def _attach_prefix(text: str, cand: _Cand) -> None:
    """Read the trigger words before a core: relation, strength, wider span."""
    found = _prefix_re().search(text, max(0, cand.core - 40), cand.core)
    if not found or found.start() == found.end():
        _check_strength(cand, None, None, None)
        return
    rel = _norm(found.group("rel"))
    mod, year_word = _norm(found.group("mod")), _norm(found.group("yw"))
    cand.rel, cand.year_word = rel, year_word
    cand.rel_start = found.start("rel") if rel else None
    w = words()
    cand.relation = "since" if rel in w.since else "until" if rel in w.until else "at"
    body = [found.start(g) for g in ("mod", "yw") if found.group(g)]
    if cand.relation != "at":
        body.insert(0, found.start("rel"))
    if body:
        cand.start = min(body[0], cand.start)
    _check_strength(cand, rel, mod, year_word)


def _check_strength(cand: _Cand, rel: str | None, mod: str | None, year_word: str | None) -> None:
    w = words()
    if cand.extra.get("old") and year_word not in w.year_nouns:
        cand.weak = True
        cand.extra["never"] = True
        return
    if not cand.weak:
        return
    if cand.ambiguous:
        cand.weak = year_word not in w.month_nouns
        return
    cand.weak = not (mod or year_word or (rel and rel not in w.weak))


def _norm(word: str | None) -> str | None:
    return norm(word) if word else None


# --------------------------------------------------------------------------- selection

def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest spans first; strong before weak at equal length; no overlaps."""
    ordered = sorted(cands, key=lambda c: (-(c.end - c.start), c.weak, c.start))
    taken: list[_Cand] = []  # in text order, never overlapping: only neighbours can collide
    starts: list[int] = []
    for cand in ordered:
        at = bisect.bisect_left(starts, cand.start)
        if at > 0 and taken[at - 1].end > cand.start:
            continue
        if at < len(taken) and taken[at].start < cand.end:
            continue
        taken.insert(at, cand)
        starts.insert(at, cand.start)
    return taken


_DASH = re.compile(r"\s*[-/]\s*")


@cache
def _connector() -> re.Pattern[str]:
    """What joins the two ends of a range ("إلى", "و", "to", "-"), and a year noun after it."""
    joins = caseless([*_all("range_to"), *_all("range_and")])
    years = caseless([*_sub("time_nouns", "year"), *_sub("time_nouns", "years")])
    return re.compile(f"\\s*(?P<c>{joins}|-)\\s*(?:{years}\\s*)?")


def _merge(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Join neighbours into ranges, promote the second year of "عامي 2019 و2021"."""
    out: list[_Cand] = []
    index = 0
    while index < len(cands):
        first = cands[index]
        second = cands[index + 1] if index + 1 < len(cands) else None
        joined = _join(text, first, second) if second else None
        if joined is not None:
            out.append(joined)
            index += 2
            continue
        if second and _pair_of_years(text, first, second):
            second.weak, second.relation = False, first.relation
        out.append(first)
        index += 1
    return [c for c in out if not c.extra.get("never")]


def _join(text: str, first: _Cand, second: _Cand) -> _Cand | None:
    between = text[first.end:second.core]
    if _DASH.fullmatch(between) and first.relation == "at":
        return _range_of_years(first, second, between.strip())
    conn = _connector().fullmatch(between)
    w = words()
    if not conn or first.rel not in w.openers:
        return None
    word = norm(conn.group("c"))
    if (word in w.joins) != (first.rel in w.between):
        return None
    if first.rel in w.since and (word in w.joins or word == "-"):
        return None
    return _range(first, second)


def _range_of_years(first: _Cand, second: _Cand, sep: str) -> _Cand | None:
    if first.precision != "year" or second.precision != "year" or first.relative:
        return None
    if second.relative or second.extra.get("hijri") or first.extra.get("hijri"):
        return None
    gap = (second.year or 0) - (first.year or 0)
    if gap <= 0 or (sep == "/" and gap != 1) or gap > 100:
        return None
    return _range(first, second)


def _range(first: _Cand, second: _Cand) -> _Cand | None:
    if first.yearless and not second.yearless and second.year is not None:
        later = (first.month or 0, first.day or 0) > (second.month or 0, second.day or 99)
        first = replace(first, year=second.year - (1 if later else 0), yearless=False,
                        relative=second.relative)
    if not first.yearless and not second.yearless and _key(second) < _key(first):
        return None
    opened = first.rel in words().openers
    start = first.rel_start if opened and first.rel_start is not None else first.start
    return replace(first, start=min(start, first.start), end=second.end, relation="range",
                   weak=False, relative=first.relative or second.relative,
                   extra={**first.extra, "second": second})


def _key(cand: _Cand) -> tuple[int, int, int]:
    return (cand.year or 0, cand.month or 0, cand.day or 0)


def _pair_of_years(text: str, first: _Cand, second: _Cand) -> bool:
    """"عامي 2019 و2021": the second year of a dual year noun is a date too."""
    between = text[first.end:second.core]
    return (first.year_word in words().dual_year_nouns
            and _year_pair_join_re().fullmatch(between) is not None
            and second.precision == "year")


@cache
def _year_pair_join_re() -> re.Pattern[str]:
    """The "و" / "and" between the two years of a dual year noun, with its spaces."""
    return re.compile(f"\\s*{caseless(_all('range_and'))}\\s*")


# --------------------------------------------------------------------------- output

def _mention(norm_text: Normalized, cand: _Cand, base: Base | None,
             prefer_future: bool) -> DateMention | None:
    value, coming = _value_read(cand, base, prefer_future)
    if value is None:
        return None
    end_value = None
    if cand.relation == "range":
        second = cand.extra["second"]
        end_value = _value(second, base, prefer_future)
        if end_value is None:
            return None
        if end_value < value and second.yearless:  # "from 1 May to 20 May": one May
            end_value = _value(second, base, True) or end_value
    start, end = norm_text.orig_span(cand.start, cand.end)
    future = None if prefer_future else _ahead_value(cand, base)
    future_end = None
    if future is not None and cand.relation == "range":
        future_end = _ahead_value(cand.extra["second"], base) or end_value
        if future_end is not None and future_end < future:
            future = future_end = None  # read forward, the range would end before it starts
    return DateMention(start, end, norm_text.original[start:end], value, cand.precision,
                       cand.relation, end_value, cand.relative,
                       future if future != value else None, future_end, coming)


def _ahead_value(cand: _Cand, base: Base | None) -> str | None:
    """The candidate's value read forward in time, when it can be read both ways: a month or
    day without a year and without a past or next word, or a bare weekday."""
    ahead = cand.extra.get("ahead")
    if isinstance(ahead, date):
        return iso_date(ahead.year, ahead.month, ahead.day)
    if not cand.yearless or cand.direction != 0:
        return None
    return _value(cand, base, True)


def _value(cand: _Cand, base: Base | None, prefer_future: bool) -> str | None:
    return _value_read(cand, base, prefer_future)[0]


def _value_read(cand: _Cand, base: Base | None, prefer_future: bool
                ) -> tuple[str | None, bool]:
    """The candidate's value, and whether it is a yearless day read as the coming one (its
    year resolved once for both)."""
    year = cand.year
    coming = False
    if cand.yearless:
        if base is None:
            return None, False
        year, coming = _resolve_year(cand, base, prefer_future)
    if year is None:
        return None, coming
    if cand.precision == "year":
        return iso_date(year), coming
    if cand.precision == "month":
        return iso_date(year, cand.month), coming
    return iso_date(year, cand.month or 1, cand.day or 1), coming


def _resolve_year(cand: _Cand, base: Base, prefer_future: bool) -> tuple[int, bool]:
    """Year of a month/day that the text gives without one (see the module docstring), and
    whether it was read as the coming day (`_coming_year`)."""
    if cand.direction == 2 or base.month is None:
        return base.year, False
    mine = (cand.month or 0, cand.day or 0)
    now = (base.month, base.day or 0) if cand.day else (base.month, 0)
    if cand.direction < 0:
        return (base.year if mine < now else base.year - 1), False
    if cand.direction > 0:
        return (base.year if mine > now else base.year + 1), False
    if prefer_future:
        return (base.year if mine >= now else base.year + 1), False
    if cand.relation != "range" and cand.rel in words().effective_from:
        return _nearest_year(cand, base), False
    coming = _coming_year(cand, base)
    if coming is not None:
        return coming, True
    return (base.year if mine <= now else base.year - 1), False


# A day named without a year up to a month after the publication day is that coming day
# ("before the inauguration on January 20" in a paper of January 11), not last year's:
# news rarely names a day eleven months past without its year.
_SOON_DAYS = 31


def _coming_year(cand: _Cand, base: Base) -> int | None:
    """The year that puts a yearless day just ahead of the publication day, if one does;
    never for a day something has lasted "since", which lies behind."""
    if not cand.day or base.day is None or cand.relation == "since":
        return None
    published = base.as_date or base.first_day
    for year in (base.year, base.year + 1):
        try:
            ahead = (date(year, cand.month or 1, cand.day) - published).days
        except ValueError:  # 29 February in a common year
            continue
        if 0 < ahead <= _SOON_DAYS:
            return year
    return None


def _nearest_year(cand: _Cand, base: Base) -> int:
    """"tariffs on X starting June 1", "اعتبارًا من 24 نوفمبر": the day a measure takes
    effect is named ahead as often as just past: the year that puts it nearest the
    publication day."""
    published = base.as_date or base.first_day
    day = min(cand.day or 1, 28)
    # no lambda: a closure in the compiled reading path would sit in a reference cycle
    distance = {y: abs((date(y, cand.month or 1, day) - published).days)
                for y in (base.year - 1, base.year, base.year + 1)}
    return min(distance, key=distance.__getitem__)


_FINDERS: list[Callable[[str, Base | None], Iterator[_Cand]]] = [
    _gregorian_months, _numeric, _years, _hijri, _relative_years_months, _counted,
    _relative_days,
]


def compile_patterns() -> None:
    """Build every pattern and table of this module now: an extraction worker does it when
    it compiles its languages, not at its first document."""
    for build in _BUILDERS:
        build()


_BUILDERS: tuple[Callable[[], object], ...] = (
    calendar, _month_names_re, _month_phrase, words, _day_words, _day_word_re, _past, _next,
    _now, _suffix,
    _before_words_list, _year_re, _day_re, _before_year, _gregorian_era,
    _hijri_mark, _prefix_re, _month_first_words, _month_phrase_re, _dmy_re, _dmy_reach,
    _mdy_re, _mdy_reach, _month_first_names, _my_re, _month_rel_year_re, _month_alone_reach,
    _month_alone_re,
    _scale_after_re, _years_re, _hijri_re, _hijri_gates, _relative, _year_rel, _idiom,
    _count_re, _weekday_re, _season_re, _connector, _year_pair_join_re, _anchored,
)
