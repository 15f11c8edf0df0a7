"""Date mentions in Arabic and English text, as ISO strings at the precision the text gives.

`find_dates(text, published)` returns `DateMention`s with offsets into the ORIGINAL text.
Matching runs on the folded copy from `diplomap.extract.amounts.fold` (1:1 translation of
digits, alef/hamza forms, ى/ي, ة/ه; diacritics and tatweel dropped and mapped back).

How it works: every pattern below proposes candidates (a core such as "2019", "مارس 1992",
"15 رمضان 1445 هـ", "العام الماضي"); the words before each core (منذ / حتى / في / عام /
مطلع ...) set its relation, strengthen bare years and months, and widen its span; the
longest candidates win; adjacent candidates are joined into ranges ("بين عامي 2019 و2021",
"من 2019 إلى 2021", "2025-2027"); bare years and bare month names that no trigger word
supports are dropped; month names without a year are resolved against `published`.

Resolution choices (all relative mentions have `relative=True`):
- a month or day without a year -> the publication year, or the year before when that month
  (day) lies after the publication month (day); with `prefer_future=True` the publication
  year, or the year after when it lies before. "مايو الماضي" is the latest May strictly
  before the publication month, "مايو المقبل" the next one strictly after;
- العام الماضي/الجاري/المقبل, الشهر الماضي/المقبل, "قبل عامين", "منذ ثلاثة أشهر" -> year or
  month arithmetic at that precision;
- أمس, اليوم, غدا, الأسبوع الماضي, "قبل يومين" -> day precision via dateparser's
  DateDataParser (RELATIVE_BASE = published) with our own offset table as fallback where
  dateparser has no Arabic rule; a week expression is the day seven days away;
- weekdays ("الخميس الماضي", "يوم الخميس") -> the latest such day before the publication day
  (the publication day itself for "يوم الخميس"), or the next one for المقبل / prefer_future;
- seasons (meteorological, northern hemisphere) -> YEAR precision: the year of the season's
  January for winter (December-February), else its calendar year;
- Hijri: day -> that Gregorian day; month -> the Gregorian month of the 1st of the Hijri
  month; year -> the Gregorian year in which 1 Muharram falls (hijridate, AH 1343-1500);
- relations: منذ / اعتبارا من / بعد / since / after -> since; حتى / بحلول / قبل / إلى /
  until / by / before -> until; "منذ عامين", "قبل يومين" are offsets, relation at.
Relative mentions are skipped when `published` is None or less precise than they need.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from diplomap.extract.amounts import (
    Folded,
    alternation,
    fold,
    fold_word,
    load_yaml,
    number_words_pattern,
    parse_number_words,
    unit_after_re,
)
from diplomap.text import iso_date


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


@dataclass(frozen=True)
class Base:
    """The publication date at whatever precision it was given."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def as_date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.month and self.day else None


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
    months: dict[str, int]  # folded name -> month number
    ambiguous: frozenset[str]
    abbreviations: frozenset[str]
    hijri: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]  # folded name (with and without ال) -> season key
    season_months: dict[str, tuple[int, ...]]


@lru_cache(maxsize=1)
def calendar() -> _Calendar:
    data = load_yaml("months.yaml")
    months: dict[str, int] = {}
    for number, kinds in data["gregorian"].items():
        for names in kinds.values():
            months.update({fold_word(n): int(number) for n in names})
    for number, names in data["abbreviations"].items():
        months.update({fold_word(n): int(number) for n in names})
    abbreviations = {fold_word(n) for names in data["abbreviations"].values() for n in names}
    ambiguous = {fold_word(n) for n in data["ambiguous"]} | abbreviations
    hijri = {fold_word(n): int(k) for k, names in data["hijri"].items() for n in names}
    weekdays = {fold_word(n): int(k) for k, names in data["weekdays"].items() for n in names}
    seasons = {fold_word(n).lower(): key for key, spec in data["seasons"].items()
               for n in spec["ar"] + spec["en"]}
    season_months = {key: tuple(spec["months"]) for key, spec in data["seasons"].items()}
    return _Calendar(months, frozenset(ambiguous), frozenset(abbreviations), hijri, weekdays,
                     seasons, season_months)


def _month_of(phrase: str) -> int:
    head = re.match(_month_names_re(), phrase)
    return calendar().months[re.sub(r"\s+", " ", head.group(0)).rstrip(".")] if head else 0


@lru_cache(maxsize=1)
def _month_names_re() -> str:
    return f"(?:{alternation(calendar().months)})"


@lru_cache(maxsize=1)
def _month_phrase() -> str:
    """A month name, optionally paired with another name of the same month."""
    by_month: dict[int, list[str]] = {}
    for name, number in calendar().months.items():
        by_month.setdefault(number, []).append(name)
    alts = []
    for names in by_month.values():
        full = alternation(n for n in names if n not in calendar().abbreviations)
        short = [n for n in names if n in calendar().abbreviations]
        one = f"(?:{full})(?!\\w)"
        if short:
            one = f"(?:(?:{full})|(?:{alternation(short)})\\.?)(?!\\w)"
        alts.append(f"{one}(?:\\s*[/(\\-]\\s*{one}(?:\\s*\\))?)?")
    return "(?P<mp>" + "|".join(alts) + ")"


# --------------------------------------------------------------------------- grammar words
# Arabic grammar words in this module are written FOLDED (ي for ى, ه for ة, ا for أ/إ/آ).

_YEAR = r"(?<![\d.,])(?P<year>1[89]\d\d|20\d\d)(?!\d|[.,]\d)"
_DAY = r"(?<![\d.,])(?P<day>[1-9]|[012]\d|3[01])(?:st|nd|rd|th)?(?!\d|[.,]\d)"
_YEAR_WORD_IN = r"(?:(?:من\s+)?(?:عام|العام|سنه|السنه|of)\s*)?"
_SUFFIX = {"الماضي": -1, "المنصرم": -1, "الفائت": -1, "السابق": -1,
           "المقبل": 1, "القادم": 1, "الجاري": 2, "الحالي": 2}
_SUFFIX_RE = "|".join(_SUFFIX)
_PAST = r"(?:الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته|السابق|السابقه)"
_NEXT = r"(?:المقبل|المقبله|القادم|القادمه)"
_NOW = r"(?:الجاري|الجاريه|الحالي|الحاليه)"

_SINCE = {"منذ", "اعتبارا من", "ابتداء من", "بدءا من", "بعد", "since", "after", "as of",
          "starting"}
_UNTIL = {"حتي", "لغايه", "الي غايه", "بحلول", "قبل", "الي", "until", "till", "through", "by",
          "before"}
_WEAK_RELS = {"من", "بين", "الي", "from", "between"}
_RANGE_OPENERS = {"من", "بين", "from", "between"} | _SINCE
_MARK_HIJRI = r"(?:ه(?!\w)|هجريه|هجري|للهجره|الهجريه|الهجري|(?:A\.H\.|AH)(?![A-Za-z]))"


@lru_cache(maxsize=1)
def _prefix_re() -> re.Pattern[str]:
    rels = alternation([*_SINCE, *_UNTIL, *_WEAK_RELS, "في", "خلال", "اثناء", "طوال", "in",
                        "during", "on"])
    mods = alternation(["مطلع", "بدايه", "اوائل", "منتصف", "اواسط", "اواخر", "نهايه", "ختام",
                        "early", "mid", "late", "the end of", "end of", "the beginning of",
                        "beginning of", "the start of", "the middle of",
                        *[s for s in calendar().seasons if not s.startswith("ال")]])
    words = alternation(["عام", "العام", "لعام", "للعام", "بعام", "عامي",
                         "العامين", "سنه", "السنه", "للسنه", "لسنه", "شهر", "الشهر", "يوم",
                         "the year", "year", "the month of"])
    return re.compile(
        f"(?<!\\w)(?:[وف]?(?P<rel>(?i:{rels}))\\s+)?"
        f"(?:[وف]?(?P<mod>(?i:{mods}))[\\s\\-]+)?"
        f"(?:[وف]?(?P<yw>(?i:{words}))\\s*)?$")


# --------------------------------------------------------------------------- public API

def parse_base(published: str | None) -> Base | None:
    """'2025-01-10T08:00Z' -> Base(2025, 1, 10); '2025-01' -> Base(2025, 1); junk -> None.

    Years outside 1000-2999 are treated as junk."""
    if not published:
        return None
    found = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", published)
    if not found:
        return None
    year, month, day = (int(g) if g else None for g in found.groups())
    if not 1000 <= year <= 2999:
        return None
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    return Base(year, month, day if month else None)


def find_dates(text: str, published: str | None = None, *,
               prefer_future: bool = False) -> list[DateMention]:
    """Dates in `text` (Arabic or English), in order, not overlapping."""
    folded = fold(text)
    base = parse_base(published)
    cands = [c for finder in _FINDERS for c in finder(folded.text, base)]
    cands += [*_weekdays(folded.text, base, prefer_future),
              *_seasons(folded.text, base, prefer_future)]
    for cand in cands:
        _attach_prefix(folded.text, cand)
    chosen = _merge(folded.text, _select(cands))
    mentions = [_mention(folded, c, base, prefer_future) for c in chosen if not c.weak]
    return [m for m in mentions if m is not None]


# --------------------------------------------------------------------------- finders

def _gregorian_months(text: str, base: Base | None) -> Iterator[_Cand]:
    yield from _day_month_year(text)
    yield from _month_day_year(text)
    yield from _month_year(text, base)
    yield from _month_alone(text)


@lru_cache(maxsize=1)
def _dmy_re() -> re.Pattern[str]:
    weekday = alternation(calendar().weekdays)
    return re.compile(
        f"(?:(?:{weekday})\\s*[،,]?\\s*)?{_DAY}\\s+(?:(?:من|of)\\s+)?(?:شهر\\s+)?{_month_phrase()}"
        f"(?:\\s*[،,]?\\s*{_YEAR_WORD_IN}{_YEAR}(?:\\s?م(?!\\w))?"
        f"|\\s+(?P<sfx>{_SUFFIX_RE})(?!\\w))?")


def _day_month_year(text: str) -> Iterator[_Cand]:
    for m in _dmy_re().finditer(text):
        yield from _dated(m, _month_of(m.group("mp")), int(m.group("day")))


@lru_cache(maxsize=1)
def _mdy_re() -> re.Pattern[str]:
    english = [n for n in calendar().months if n.isascii()]
    weekday = alternation(n for n in calendar().weekdays if n.isascii())
    return re.compile(
        f"(?:(?:{weekday}),?\\s+)?(?<!\\w)(?P<mp>{alternation(english)})\\.?\\s+{_DAY}"
        f"(?:,?\\s+{_YEAR})?")


def _month_day_year(text: str) -> Iterator[_Cand]:
    for m in _mdy_re().finditer(text):
        yield from _dated(m, _month_of(m.group("mp")), int(m.group("day")))


def _dated(m: re.Match[str], month: int, day: int) -> Iterator[_Cand]:
    year = int(m.group("year")) if m.group("year") else None
    sfx = m.groupdict().get("sfx")
    try:
        date(year or 2000, month, day)
    except ValueError:
        return
    yield _cand(m, "day", year, month, day,
                relative=year is None, yearless=year is None,
                direction=_SUFFIX.get(sfx or "", 0))


@lru_cache(maxsize=1)
def _my_re() -> re.Pattern[str]:
    return re.compile(
        f"(?<!\\w)و?(?P<p>{_month_phrase()}\\s*[،,]?\\s*{_YEAR_WORD_IN}{_YEAR}(?:\\s?م(?!\\w))?)")


def _month_year(text: str, base: Base | None) -> Iterator[_Cand]:
    for m in _my_re().finditer(text):
        yield _cand(m, "month", int(m.group("year")),
                    _month_of(m.group("mp")))
    if base is None:
        return
    for m in _month_rel_year_re().finditer(text):
        offset = _year_offset(m.group("ry"))
        yield _cand(m, "month", base.year + offset,
                    _month_of(m.group("mp")), relative=True)


@lru_cache(maxsize=1)
def _month_rel_year_re() -> re.Pattern[str]:
    return re.compile(
        f"(?<!\\w)و?(?P<p>{_month_phrase()}\\s+(?:من\\s+)?(?P<ry>{_year_rel()}))(?!\\w)")


@lru_cache(maxsize=1)
def _month_alone_re() -> re.Pattern[str]:
    return re.compile(
        f"(?:(?P<epre>(?i:last|next|this))\\s+)?(?<!\\w){_month_phrase()}"
        f"(?:\\s+(?P<sfx>{_SUFFIX_RE})(?!\\w))?")


def _month_alone(text: str) -> Iterator[_Cand]:
    english = {"last": -1, "next": 1, "this": 2}
    for m in _month_alone_re().finditer(text):
        phrase = m.group("mp")
        head = re.match(_month_names_re(), phrase)
        name = re.sub(r"\s+", " ", head.group(0)) if head else ""
        direction = _SUFFIX.get(m.group("sfx") or "") or english.get(
            (m.group("epre") or "").lower(), 0)
        yield _cand(m, "month", None, _month_of(phrase),
                    relative=True, yearless=True, direction=direction,
                    weak=not direction,
                    ambiguous=name in calendar().ambiguous and len(phrase) == len(name))


_NUMERIC = [  # ISO and year/month/day; day-first with / . or -
    re.compile(r"(?<![\d.,/\-])(?P<y>(?:19|20)\d\d)(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)"
               r"(?P<d>\d{1,2})(?![\d/])(?!-\d)"),
    re.compile(r"(?<![\d.,/\-])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)"
               r"(?P<y>(?:19|20)\d\d)(?!\d|[.,]\d)"),
]


def _numeric(text: str, base: Base | None) -> Iterator[_Cand]:
    for pattern in _NUMERIC:
        for m in pattern.finditer(text):
            year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            try:
                date(year, month, day)
            except ValueError:
                continue
            yield _cand(m, "day", year, month, day)


@lru_cache(maxsize=1)
def _scale_after_re() -> re.Pattern[str]:
    words = alternation(["مليون", "مليار", "الف", "الاف", "million", "billion", "thousand"])
    return re.compile(f"\\s*(?:{words})(?!\\w)", re.IGNORECASE)


def _years(text: str, base: Base | None) -> Iterator[_Cand]:
    for m in re.finditer(f"{_YEAR}(?P<m>\\s?م(?!\\w))?", text):
        if unit_after_re().match(text, m.end("year")) or _scale_after_re().match(text, m.end()):
            continue
        year = int(m.group("year"))
        yield _cand(m, "year", year, weak=not m.group("m"),
                    extra={"old": year < 1900})


@lru_cache(maxsize=1)
def _hijri_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = alternation(calendar().hijri)
    year = r"(?<![\d.,])(?P<hy>1[34]\d\d|1500)(?!\d|[.,]\d)"
    with_month = re.compile(
        f"(?<![\\w.,])[وف]?(?P<p>(?:(?P<day>[1-9]|[12]\\d|30)\\s+)?(?P<hm>{months})(?!\\w)"
        f"\\s*[،,]?\\s*(?:(?:عام|سنه|من\\s+عام)\\s+)?{year}(?:\\s*(?P<mark>{_MARK_HIJRI}))?)")
    year_only = re.compile(f"{year}\\s*(?P<mark>{_MARK_HIJRI})")
    return with_month, year_only


def _hijri(text: str, base: Base | None) -> Iterator[_Cand]:
    from hijridate import Hijri

    with_month, year_only = _hijri_re()
    for m in with_month.finditer(text):
        month = calendar().hijri[re.sub(r"\s+", " ", m.group("hm"))]
        day = int(m.group("day")) if m.group("day") else None
        cand = _hijri_cand(Hijri, int(m.group("hy")), month, day, m)
        if cand is not None:
            yield cand
    for m in year_only.finditer(text):
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

_YEAR_REL = [
    (rf"(?:العام|السنه)\s+قبل\s+{_PAST}", -2),
    (rf"(?:العام|السنه)\s+{_PAST}", -1),
    (rf"(?:هذا\s+العام|هذه\s+السنه|(?:العام|السنه)\s+{_NOW})", 0),
    (rf"(?:العام|السنه)\s+{_NEXT}", 1),
    (r"(?i:last\s+year|the\s+previous\s+year)", -1),
    (r"(?i:this\s+year)", 0),
    (r"(?i:next\s+year)", 1),
]
_MONTH_REL = [
    (rf"الشهر\s+{_PAST}", -1),
    (rf"(?:هذا\s+الشهر|الشهر\s+{_NOW})", 0),
    (rf"الشهر\s+{_NEXT}", 1),
    (r"(?i:last\s+month|the\s+previous\s+month)", -1),
    (r"(?i:this\s+month)", 0),
    (r"(?i:next\s+month)", 1),
]
_DAY_REL = [
    (r"(?:امس\s+الاول|اول\s+امس|اول\s+من\s+امس)", -2),
    (r"(?:[وف]?(?:امس|البارحه|بالامس))", -1),
    (r"اليوم(?!\s+(?:ال(?!سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|ي(?!\w))\w+|نفسه|ذاته))", 0),
    (r"(?:بعد\s+غد)", 2),
    (r"(?:غدا)", 1),
    (rf"الاسبوع\s+{_PAST}", -7),
    (rf"(?:هذا\s+الاسبوع|الاسبوع\s+{_NOW})", 0),
    (rf"الاسبوع\s+{_NEXT}", 7),
    (r"(?i:the\s+day\s+before\s+yesterday)", -2),
    (r"(?i:yesterday)", -1),
    (r"(?i:today)", 0),
    (r"(?i:tomorrow)", 1),
    (r"(?i:last\s+week)", -7),
    (r"(?i:this\s+week)", 0),
    (r"(?i:next\s+week)", 7),
]
_COUNT_UNITS = {
    "يوم": ("day", 1), "ايام": ("day", 1), "يومين": ("day", 2),
    "اسبوع": ("week", 1), "اسابيع": ("week", 1), "اسبوعين": ("week", 2),
    "شهر": ("month", 1), "اشهر": ("month", 1), "شهور": ("month", 1), "شهرين": ("month", 2),
    "يوما": ("day", 1), "اسبوعا": ("week", 1), "شهرا": ("month", 1), "عاما": ("year", 1),
    "عام": ("year", 1), "اعوام": ("year", 1), "عامين": ("year", 2), "سنه": ("year", 1),
    "سنوات": ("year", 1), "سنين": ("year", 1), "سنتين": ("year", 2),
    "day": ("day", 1), "days": ("day", 1), "week": ("week", 1), "weeks": ("week", 1),
    "month": ("month", 1), "months": ("month", 1), "year": ("year", 1), "years": ("year", 1),
}
_ENGLISH_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                   "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@lru_cache(maxsize=1)
def _year_rel() -> str:
    return "|".join(f"(?:{p})" for p, _ in _YEAR_REL)


def _year_offset(phrase: str) -> int:
    return next(off for p, off in _YEAR_REL if re.fullmatch(p, phrase))


def _phrases(text: str, table: list[tuple[str, int]]) -> Iterator[tuple[re.Match[str], int]]:
    for pattern, offset in table:
        for m in re.finditer(f"(?<!\\w)[وف]?(?P<p>{pattern})(?!\\w)", text):
            yield m, offset


def _relative_years_months(text: str, base: Base | None) -> Iterator[_Cand]:
    if base is None:
        return
    for m, offset in _phrases(text, _YEAR_REL):
        yield _cand(m, "year", base.year + offset, relative=True)
    if base.month is None:
        return
    for m, offset in _phrases(text, _MONTH_REL):
        year, month = _add_months(base.year, base.month, offset)
        yield _cand(m, "month", year, month, relative=True)


_IDIOM = re.compile(r"(?:يوما|يوم|عاما|عام|شهرا|شهر|سنه|اسبوعا)\s+$")


@lru_cache(maxsize=1)
def _count_re() -> re.Pattern[str]:
    units = alternation(_COUNT_UNITS)
    number = f"(?:\\d{{1,3}}|{number_words_pattern()}|(?i:{'|'.join(_ENGLISH_COUNTS)}))"
    arabic = f"(?P<dir>قبل|منذ|بعد)\\s+(?:(?P<n>{number})\\s+)?(?P<unit>{units})(?!\\w)"
    english = f"(?P<en>{number})\\s+(?P<eunit>(?i:days?|weeks?|months?|years?))\\s+(?i:ago)"
    return re.compile(f"(?<!\\w)[وف]?(?P<p>{arabic}|{english})(?!\\w)")


def _counted(text: str, base: Base | None) -> Iterator[_Cand]:
    if base is None:
        return
    for m in _count_re().finditer(text):
        if _IDIOM.search(text, max(0, m.start() - 8), m.start()) and not m.group("n"):
            continue  # "يوما بعد يوم", "عاما بعد عام": day after day
        cand = _counted_cand(m, base)
        if cand is not None:
            yield cand


def _counted_cand(m: re.Match[str], base: Base) -> _Cand | None:
    unit_word = (m.group("unit") or m.group("eunit")).lower()
    unit, per = _COUNT_UNITS[unit_word]
    raw = m.group("n") or m.group("en")
    if raw is None and unit_word in ("ايام", "اسابيع", "اشهر", "شهور", "اعوام", "سنوات", "سنين"):
        return None
    count = _count_value(raw) * per
    if count > 500:
        return None
    sign = 1 if m.group("dir") == "بعد" else -1
    return _offset_cand(m, base, unit, sign * count)


def _count_value(raw: str | None) -> int:
    if raw is None:
        return 1
    if raw.isdigit():
        return int(raw)
    return _ENGLISH_COUNTS.get(raw.lower()) or parse_number_words(raw) or 0


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
    for m, offset in _phrases(text, _DAY_REL):
        cand = _day_cand(m, base, offset)
        if cand is not None:
            yield cand


def _day_cand(m: re.Match[str], base: Base, days: int) -> _Cand | None:
    when = _dateparser_day(m.group("p"), base) or base.as_date + timedelta(days=days)
    return _cand(m, "day", when.year, when.month, when.day,
                 relative=True)


def _dateparser_day(phrase: str, base: Base) -> date | None:
    """dateparser's reading of a day-level relative phrase, or None where it has none."""
    from dateparser.date import DateDataParser

    canonical = re.sub(r"^قبل(?=\s)", "منذ", re.sub(r"\s+", " ", phrase))
    settings = {"RELATIVE_BASE": datetime(base.year, base.month, base.day),
                "PREFER_DATES_FROM": "past"}
    try:
        data = DateDataParser(languages=["ar", "en"], settings=settings).get_date_data(canonical)
    except Exception:  # dateparser is a best-effort reader here
        return None
    if data.date_obj is None or data.period not in ("day", "week"):
        return None
    return data.date_obj.date()


@lru_cache(maxsize=1)
def _weekday_re() -> re.Pattern[str]:
    arabic = alternation(n for n in calendar().weekdays if not n.isascii())
    english = alternation(n for n in calendar().weekdays if n.isascii())
    suffix = f"{_PAST}|{_NEXT}"
    return re.compile(
        f"(?<!\\w)[وف]?(?P<p>(?:(?P<yawm>يوم)\\s+)?(?P<wd>{arabic})(?:\\s+(?P<sfx>{suffix}))?)(?!\\w)"
        f"|(?<!\\w)(?P<epre>(?i:last|next|on|this))\\s+(?P<ewd>{english})(?!\\w)")


def _weekdays(text: str, base: Base | None, prefer_future: bool = False) -> Iterator[_Cand]:
    if base is None or base.as_date is None:
        return
    for m in _weekday_re().finditer(text):
        if m.group("wd") and not (m.group("yawm") or m.group("sfx")):
            continue
        name = m.group("wd") or m.group("ewd")
        direction = _weekday_direction(m.group("sfx") or m.group("epre") or "")
        when = _weekday_date(base.as_date, calendar().weekdays[name], direction, prefer_future)
        yield _cand(m, "day", when.year, when.month, when.day,
                    relative=True)


def _weekday_direction(word: str) -> int:
    if re.fullmatch(_PAST, word) or word.lower() == "last":
        return -1
    if re.fullmatch(_NEXT, word) or word.lower() == "next":
        return 1
    return 0


def _weekday_date(base: date, weekday: int, direction: int, prefer_future: bool) -> date:
    back = (base.weekday() - weekday) % 7
    ahead = (weekday - base.weekday()) % 7
    if direction < 0:
        return base - timedelta(days=back or 7)
    if direction > 0:
        return base + timedelta(days=ahead or 7)
    return base + timedelta(days=ahead) if prefer_future else base - timedelta(days=back)


@lru_cache(maxsize=1)
def _season_re() -> re.Pattern[str]:
    seasons = calendar().seasons
    arabic = alternation(s for s in seasons if s.startswith("ال"))
    english = alternation(s for s in seasons if s.isascii())
    return re.compile(
        f"(?<!\\w)[وف]?(?P<p>(?:هذا|هذه)\\s+(?P<this>{arabic})"
        f"|(?P<s>{arabic})\\s+(?P<sfx>{_PAST}|{_NEXT}|{_NOW})"
        f"|(?P<epre>(?i:this|last|next))\\s+(?P<es>(?i:{english})))(?!\\w)")


def _seasons(text: str, base: Base | None, prefer_future: bool = False) -> Iterator[_Cand]:
    if base is None:
        return
    for m in _season_re().finditer(text):
        name = (m.group("this") or m.group("s") or m.group("es")).lower()
        word = m.group("sfx") or m.group("epre") or "this"
        direction = _weekday_direction(word)
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
    cand.relation = "since" if rel in _SINCE else "until" if rel in _UNTIL else "at"
    body = [found.start(g) for g in ("mod", "yw") if found.group(g)]
    if cand.relation != "at":
        body.insert(0, found.start("rel"))
    if body:
        cand.start = min(body[0], cand.start)
    _check_strength(cand, rel, mod, year_word)


def _check_strength(cand: _Cand, rel: str | None, mod: str | None, year_word: str | None) -> None:
    if cand.extra.get("old") and year_word not in ("عام", "العام", "سنه", "السنه", "لعام",
                                                   "للعام", "the year", "year"):
        cand.weak = True
        cand.extra["never"] = True
        return
    if not cand.weak:
        return
    month_word = year_word in ("شهر", "الشهر", "the month of")
    if cand.ambiguous:
        cand.weak = not month_word
        return
    cand.weak = not (mod or year_word or (rel and rel not in _WEAK_RELS))


def _norm(word: str | None) -> str | None:
    return re.sub(r"\s+", " ", word).lower() if word else None


# --------------------------------------------------------------------------- selection

def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest spans first; strong before weak at equal length; no overlaps."""
    ordered = sorted(cands, key=lambda c: (-(c.end - c.start), c.weak, c.start))
    taken: list[_Cand] = []
    for cand in ordered:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


_DASH = re.compile(r"\s*[-/]\s*")
_CONNECTOR = re.compile(
    r"\s*(?P<c>و?(?:الي|حتي)|و|-|(?i:to|until|till|through|and))\s*"
    r"(?:(?:عام|العام|سنه|السنه|عامي|(?i:the\s+year|year))\s*)?")


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
    conn = _CONNECTOR.fullmatch(between)
    if not conn or first.rel not in _RANGE_OPENERS:
        return None
    word = conn.group("c").lower()
    if (word in ("و", "and")) != (first.rel in ("بين", "between")):
        return None
    if first.rel in _SINCE and word in ("و", "and", "-"):
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
    opened = first.rel in _RANGE_OPENERS and first.rel_start is not None
    start = first.rel_start if opened else first.start
    return replace(first, start=min(start, first.start), end=second.end, relation="range",
                   weak=False, relative=first.relative or second.relative,
                   extra={**first.extra, "second": second})


def _key(cand: _Cand) -> tuple[int, int, int]:
    return (cand.year or 0, cand.month or 0, cand.day or 0)


def _pair_of_years(text: str, first: _Cand, second: _Cand) -> bool:
    between = text[first.end:second.core]
    return (first.year_word in ("عامي", "العامين") and re.fullmatch(r"\s*و\s*", between)
            is not None and second.precision == "year")


# --------------------------------------------------------------------------- output

def _mention(folded: Folded, cand: _Cand, base: Base | None,
             prefer_future: bool) -> DateMention | None:
    value = _value(cand, base, prefer_future)
    if value is None:
        return None
    end_value = None
    if cand.relation == "range":
        end_value = _value(cand.extra["second"], base, prefer_future)
        if end_value is None:
            return None
    start, end = folded.span(cand.start, cand.end)
    return DateMention(start, end, folded.original[start:end], value, cand.precision,
                       cand.relation, end_value, cand.relative)


def _value(cand: _Cand, base: Base | None, prefer_future: bool) -> str | None:
    year = cand.year
    if cand.yearless:
        if base is None:
            return None
        year = _resolve_year(cand, base, prefer_future)
    if year is None:
        return None
    if cand.precision == "year":
        return iso_date(year)
    if cand.precision == "month":
        return iso_date(year, cand.month)
    return iso_date(year, cand.month or 1, cand.day or 1)


def _resolve_year(cand: _Cand, base: Base, prefer_future: bool) -> int:
    """Year of a month/day that the text gives without one (see the module docstring)."""
    if cand.direction == 2 or base.month is None:
        return base.year
    mine = (cand.month or 0, cand.day or 0)
    now = (base.month, base.day or 0) if cand.day else (base.month, 0)
    if cand.direction < 0:
        return base.year if mine < now else base.year - 1
    if cand.direction > 0:
        return base.year if mine > now else base.year + 1
    if prefer_future:
        return base.year if mine >= now else base.year + 1
    return base.year if mine <= now else base.year - 1


_FINDERS: list[Callable[[str, Base | None], Iterator[_Cand]]] = [
    _gregorian_months, _numeric, _years, _hijri, _relative_years_months, _counted,
    _relative_days,
]
