"""Publication dates from metadata, normalised to ISO at the precision given."""

from __future__ import annotations

import re
from datetime import date, datetime

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*$")


def normalize_date(value: str) -> str | None:
    """'2024-05-01T10:00Z' -> '2024-05-01'; '2024-05' -> '2024-05'; prose dates via dateparser."""
    match = _ISO.match(value)
    if match:
        year, month, day = match.groups()
        return _iso(int(year), int(month) if month else None, int(day) if day else None)
    return _parse_prose(value)


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    try:
        if day and month:
            return date(year, month, day).isoformat()
        if month:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return f"{year:04d}" if 1 <= year <= 9999 else None
    except ValueError:
        return None


def _parse_prose(value: str) -> str | None:
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=["en", "ar", "ru", "fr"],
                            settings={"PREFER_DATES_FROM": "past"})
    data = parser.get_date_data(value.strip())
    when: datetime | None = data.date_obj
    if when is None:
        return None
    if data.period == "year":
        return f"{when.year:04d}"
    if data.period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    return when.date().isoformat()
