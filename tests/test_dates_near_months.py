"""The month patterns are tried only a few words before each month name: the same matches
as scanning the whole text."""

from __future__ import annotations

import random

import pytest

from diplomap.extract import dates as d
from diplomap.text import normalize

PIECES = ["مايو", "ومايو", "بمايو", "يمارس", "مارس", "كانون الثاني", "كانون  الثاني", "ايار",
          "May", "March", "Jan.", "Jan", "Sept", "الخميس", "Thursday", "هذا", "last", "من",
          "of", "شهر", "the month of", "العام المقبل", "next year", "this year",
          "عام", "1992", "2024", "15", "3rd", "31", "0", "م",
          "الماضي", "next", " ", " ", "  ", "\n", "،", ",", "-", "/", "(", ")", ".", "x", "و",
          # a month's letters inside other words ("اب" in most words that hold them)
          "آب", "وآب", "كتاب", "الانتخابات", "الأبواب", "Mayor", "Marches", "مارسة"]


def _texts(n: int) -> list[str]:
    rng = random.Random(3)
    texts = []
    for _ in range(n):
        text = "".join(rng.choice(PIECES) + rng.choice(["", " ", " "])
                       for _ in range(rng.randrange(40)))
        if rng.random() < 0.3:  # a date with every optional word before its month

            def gap() -> str:
                return " " * rng.randrange(1, 16)

            text += (f"{rng.choice(['الخميس', 'Thursday'])}{gap()},{gap()}"
                     f"{rng.choice(['15', '3rd', '31'])}{gap()}{rng.choice(['من', 'of'])}{gap()}"
                     f"{rng.choice(['شهر', 'the month of'])}{gap()}{rng.choice(['مايو', 'May'])}"
                     f"{gap()}{rng.choice(['2024', 'الماضي', ''])}")
        if rng.random() < 0.05:
            text += " " * 20 + rng.choice(PIECES)  # a long run of spaces: scanned whole
        texts.append(normalize(text).cased)
    return texts


@pytest.mark.parametrize("finder", [
    lambda text, months: d._day_month_year(text, months),
    lambda text, months: d._month_day_year(text, months),
    lambda text, months: d._month_year(text, None, months),
    lambda text, months: d._month_year(text, d.parse_base("2024-05-01"), months),
    lambda text, months: d._month_alone(text, months),
])
def test_trying_near_month_names_finds_what_a_whole_scan_finds(finder) -> None:
    found = 0
    for text in _texts(1500):
        near = list(finder(text, d._month_starts(text)))
        assert near == list(finder(text, None)), text
        found += len(near)
    assert found > 50


def test_every_month_name_is_written_and_every_month_phrase_a_start() -> None:
    names = d.re.compile(d._month_names_re())
    phrase = d.re.compile(d._month_phrase())
    kept = dropped = 0
    for text in _texts(300):
        written = set(d.written_month_starts(text))
        assert {m.start() for m in names.finditer(text)} <= written
        starts = d._month_starts(text)
        if starts is not None:
            expected = [at for at in range(len(text)) if phrase.match(text, at)]
            assert starts == expected, text
            kept, dropped = kept + len(starts), dropped + len(written) - len(starts)
    assert kept > 100 and dropped > 100  # both kinds of offsets were seen


def test_years_tried_at_their_first_digits_are_those_of_a_whole_scan() -> None:
    rng = random.Random(9)
    pieces = ["1992", "2024", "19921", "120244", "1.2024", "2,2020", "1445", "1500", "هـ", "م",
              "عام", " ", "ميلادي", "0", "1", "2", "x", "%", "مليون"]
    found = 0
    for _ in range(2000):
        text = normalize("".join(rng.choice(pieces) for _ in range(rng.randrange(20)))).cased
        fast = list(d.matches_at(d._years_re(), text, d.written_at(text, d._YEAR_FIRST)))
        assert [m.span() for m in fast] == [m.span() for m in d._years_re().finditer(text)]
        found += len(fast)
    assert found > 200


def test_long_space_is_the_regex_search():
    """`_long_space` (string searches where the only whitespace is spaces and newlines)
    answers what the regex search would, and knows every other whitespace character."""
    assert set(d._RARE_SPACES) == {chr(k) for k in range(0x110000)
                                   if chr(k).isspace()} - {" ", "\n"}
    rng = random.Random(5)
    pieces = ["a", "ب", " ", "\n", "\t", "\u00a0", "\r", "  ", "\u2009"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(60)))
        assert d._long_space(text) == (d._LONG_SPACE.search(text) is not None), repr(text)
    assert d._long_space("x" + " \n" * 8) and not d._long_space("x" + " \n" * 7 + "y")
