"""Publication dates from metadata, normalised to ISO at the precision given."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from diplomap.text import iso_date, parse_iso
from diplomap.text.dates import iso_shaped


def normalize_date(value: str) -> str | None:
    """'2024-05-01T10:00Z' -> '2024-05-01'; '2024-05' -> '2024-05'; prose dates via dateparser."""
    if iso_shaped(value):
        found = parse_iso(value)
        return found.isoformat() if found else None
    return _parse_prose(value)


@lru_cache(maxsize=1)
def _prose_parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en", "ar", "ru", "fr"],
                          settings={"PREFER_DATES_FROM": "past"})


def _parse_prose(value: str) -> str | None:
    data = _prose_parser().get_date_data(value.strip())
    when: datetime | None = data.date_obj
    if when is None:
        return None
    precision = {"year": (when.year,), "month": (when.year, when.month)}
    return iso_date(*precision.get(data.period, (when.year, when.month, when.day)))
