"""The word sets built once per language instead of at each call, and a date's value read
with its coming-day flag in one resolution of its year."""

from __future__ import annotations

import pytest

from diplomap.extract import event_nouns, extractor, strategies
from diplomap.extract.dates import _Cand, _value, _value_read, parse_base
from diplomap.extract.grammar import grammar


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_sets_built_once_are_the_unions_they_replace(lang: str) -> None:
    g = grammar(lang)
    assert strategies._person_nouns(g) == g.people_nouns | g.role_nouns | g.person_titles
    assert strategies._list_inclusion(g) == g.list_inclusion - g.prepositions
    assert strategies._list_stops(g) == g.prepositions | g.relatives
    assert event_nouns._subject_words(g) == (
        g.own_members | g.spokesperson_nouns | g.spokesperson_links)
    assert extractor._time_nouns(g) == g.attribute_times | g.calendar_names
    assert strategies._person_nouns(g) is strategies._person_nouns(g)  # built once


@pytest.mark.parametrize(("month", "day", "coming", "value"), [
    (1, 20, True, "2025-01-20"),  # nine days after the publication day: the coming one
    (1, 5, False, "2025-01-05"),  # six days before it: past
    (3, 1, False, "2024-03-01"),  # more than a month ahead: last year's
])
def test_a_yearless_day_reads_its_value_and_whether_it_is_coming(
        month: int, day: int, coming: bool, value: str) -> None:
    base = parse_base("2025-01-11")
    cand = _Cand(0, 5, 0, "day", None, month, day, yearless=True)
    assert _value_read(cand, base, False) == (value, coming)
    assert _value(cand, base, False) == value
    assert _value_read(cand, None, False) == (None, False)
    dated = _Cand(0, 5, 0, "day", 2020, month, day)
    assert _value_read(dated, base, False) == (f"2020-{month:02d}-{day:02d}", False)
