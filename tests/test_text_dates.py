"""The one ISO date parser (diplomap.text.dates) and the readers built on it: publication
dates of ingest, the extractor's publication base, lexicon role dates."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomap.extract.dates import parse_base
from diplomap.ingest.dates import normalize_date
from diplomap.text import IsoDate, iso_date, make_date, parse_date, parse_iso
from diplomap.text.dates import iso_shaped


@pytest.mark.parametrize(("value", "expected"), [
    ("2024", IsoDate(2024)), ("2024-5", IsoDate(2024, 5)), ("2024-05-01", IsoDate(2024, 5, 1)),
    ("2024-05-01T10:00:00Z", IsoDate(2024, 5, 1)), (" 2024-05-01 10:00 ", IsoDate(2024, 5, 1)),
    (dt.date(2020, 1, 2), IsoDate(2020, 1, 2)),
    (dt.datetime(2020, 1, 2, 3, 4), IsoDate(2020, 1, 2)), (2024, IsoDate(2024)),
    ("2024-13", None), ("2023-02-29", None), ("May 2024", None), ("20240501", None),
    ("2024-05-01junk", None), ("", None), (None, None), (True, None), ([2024], None),
])
def test_parse_iso(value: object, expected: IsoDate | None) -> None:
    assert parse_iso(value) == expected


def test_precision_and_forms() -> None:
    day, month, year = IsoDate(2024, 5, 1), IsoDate(2024, 5), IsoDate(2024)
    assert [d.precision for d in (day, month, year)] == ["day", "month", "year"]
    assert [d.isoformat() for d in (day, month, year)] == ["2024-05-01", "2024-05", "2024"]
    assert month.first_day == dt.date(2024, 5, 1) and month.as_date is None
    assert day.as_date == dt.date(2024, 5, 1) and str(year) == "2024"
    assert make_date(2024, None, 5) == IsoDate(2024)  # a day without a month is no day
    assert iso_date(2024, 2, 30) is None and iso_date(2024, 2) == "2024-02"


def test_parse_date_is_the_first_day_or_an_error() -> None:
    assert parse_date("2019") == dt.date(2019, 1, 1)
    assert parse_date(None) is None and parse_date("") is None
    with pytest.raises(ValueError, match="not an ISO date"):
        parse_date("next week")


@pytest.mark.parametrize("value", ["2024", "2024-05", "2024-5-3", "2024-05-01T08:00Z",
                                   "2024-13", "2025-02-30", "0999-01"])
def test_every_reader_agrees_with_the_parser(value: str) -> None:
    found = parse_iso(value)
    assert iso_shaped(value)
    assert normalize_date(value) == (found.isoformat() if found else None)
    base = parse_base(value)
    assert base == (found if found and found.year >= 1000 else None)


def test_prose_dates_are_left_to_dateparser() -> None:
    assert not iso_shaped("May 3, 2024")
    assert normalize_date("May 3, 2024") == "2024-05-03"
