"""ISO dates at the precision they are given: the one reader of ISO date strings.

Publication dates, lexicon role dates, the extractor's dates and person look-ups all go
through `parse_iso`: a ``date``/``datetime``, or ``2024``, ``2024-5``, ``2024-05-01`` or a
longer timestamp (``2024-05-01T10:00Z``). Anything else is no ISO date (None).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ISO = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*", re.DOTALL)


@dataclass(frozen=True, slots=True)
class IsoDate:
    """A date at year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def as_date(self) -> dt.date | None:
        """The day, when the precision is a day."""
        return self.first_day if self.day else None

    def isoformat(self) -> str:
        if self.day:
            return self.first_day.isoformat()
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"

    def __str__(self) -> str:
        return self.isoformat()


def parse_iso(value: object) -> IsoDate | None:
    """The ISO date `value` states, at its precision; None when it states none."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return IsoDate(value.year, value.month, value.day)
    if not isinstance(value, str | int) or isinstance(value, bool):
        return None
    found = _ISO.fullmatch(str(value))
    if not found:
        return None
    year, month, day = (int(g) if g else None for g in found.groups())
    return make_date(year or 0, month, day)


def iso_shaped(value: str) -> bool:
    """`value` is written as an ISO date, valid or not ("2024-13" is, "May 2024" is not)."""
    return _ISO.fullmatch(value) is not None


def make_date(year: int, month: int | None = None, day: int | None = None) -> IsoDate | None:
    """The date of these parts, or None when they are no date (month 13, 31 April)."""
    try:
        dt.date(year, month or 1, (day or 1) if month else 1)
    except ValueError:
        return None
    return IsoDate(year, month, day if month else None)


def iso_date(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """ISO string at the precision given (``2024``, ``2024-05``, ``2024-05-01``), or None
    when the parts are not a date."""
    found = make_date(year, month, day)
    return found.isoformat() if found else None


def parse_date(value: object) -> dt.date | None:
    """The first day of the ISO date `value` states (None for None or ""); ValueError when
    `value` is something else."""
    if value is None or value == "":
        return None
    found = parse_iso(value)
    if found is None:
        raise ValueError(f"not an ISO date: {value!r}")
    return found.first_day
