"""The filters of the query layer, with one meaning each for the CLI, the API, eval and analysis.

Dates. `since` and `until` take an ISO date at any precision: YYYY, YYYY-MM or YYYY-MM-DD.
`until` includes its whole period (`until=2024` keeps 2024-12-31). An item is dated by its
own date (an event's `date`; a fact's start date, its `since` or `date` attribute as the
ontology says, in the document stating it) and, when it has none, by its document's
publication date; an item with neither never matches a date filter. Dates are compared
at the precision both have: an item dated 2024 matches `since=2024-06` and
`until=2024-06` (it may fall in June), an item dated 2024-05 does not match
`since=2024-06`.

Actors. `actor` is the source or the target of an event (the subject or the object of a
fact); for events an ID starting with `PER:` is matched against the persons
(`source_person`, `target_person`), as are `source` and `target`.

Documents. `doc` is a stored document ID (the fronts resolve an ID prefix or a file name
first), `source_tag` the `--source` tag given at ingest, `lang` the document's language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

DATE_RULE = ("ISO date (YYYY, YYYY-MM or YYYY-MM-DD); an item's own date, else its "
             "document's publication date, compared at the precision both have; "
             "until includes its whole period")
ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
PERIOD_END = "~"  # sorts after every character of an ISO date: "2015~" > "2015-12-31"

Clause = tuple[str, list[Any]]  # SQL condition and its parameters


def check_date(value: str | None, name: str = "date") -> str | None:
    """`value` if it is an ISO date at some precision (or None); else ValueError."""
    if value is not None and not ISO_DATE.match(value):
        raise ValueError(f"{name}: expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD, "
                         f"not {value!r}")
    return value


def check_confidence(value: float | None) -> None:
    """ValueError unless `value` is None or a confidence between 0 and 1."""
    if value is not None and not 0 <= value <= 1:
        raise ValueError(f"min_confidence: expected a number from 0 to 1, not {value!r}")


def check_range(since: str | None, until: str | None) -> None:
    """ValueError when no date can be both on or after `since` and on or before `until`."""
    check_date(since, "since")
    check_date(until, "until")
    if since and until and since > until + PERIOD_END:
        raise ValueError(f"since ({since}) is after until ({until})")


@dataclass(frozen=True)
class EventFilters:
    actor: str | None = None        # source or target
    source: str | None = None       # the acting side
    target: str | None = None
    event_type: str | None = None
    quad: str | None = None
    modality: str | None = None
    since: str | None = None
    until: str | None = None
    doc: str | None = None          # document ID
    source_tag: str | None = None   # the document's --source tag
    lang: str | None = None         # the document's language
    # issue 14: confidence, reviews and a text filter
    min_confidence: float | None = None  # the extractor's confidence at least this
    include_wrong: bool = False     # keep the events reviewed wrong (left out by default)
    text: str | None = None         # words of the evidence sentence or of a side's name

    def __post_init__(self) -> None:
        check_range(self.since, self.until)
        check_confidence(self.min_confidence)


@dataclass(frozen=True)
class FactFilters:
    actor: str | None = None        # subject or object
    subject: str | None = None
    predicate: str | None = None
    object: str | None = None
    modality: str | None = None
    since: str | None = None        # of a document stating the fact
    until: str | None = None
    doc: str | None = None          # facts stated in this document
    source_tag: str | None = None
    lang: str | None = None
    min_confidence: float | None = None  # some statement's confidence at least this
    include_wrong: bool = False     # keep the facts reviewed wrong (left out by default)

    def __post_init__(self) -> None:
        check_range(self.since, self.until)
        check_confidence(self.min_confidence)


@dataclass(frozen=True)
class DocumentFilters:
    lang: str | None = None
    source_tag: str | None = None
    since: str | None = None        # on the publication date
    until: str | None = None
    query: str | None = None        # title or path contains

    def __post_init__(self) -> None:
        check_range(self.since, self.until)


def date_clause(expr: str, since: str | None, until: str | None) -> Clause | None:
    """`expr` (an ISO date column or expression) within [since, until] at shared precision.

    The range `expr >= year of since` lets an index on `expr` serve the condition; dates
    coarser than `since` that contain it (its year, its month) match too.
    """
    if not since and not until:
        return None
    sql: list[str] = []
    params: list[Any] = []
    if since:
        containing = [since[:n] for n in (4, 7) if len(since) > n]
        sql.append(f"{expr} >= ?")
        params.append(containing[0] if containing else since)
        if containing:
            marks = ", ".join("?" * len(containing))
            sql.append(f"({expr} >= ? OR {expr} IN ({marks}))")
            params += [since, *containing]
    if until:
        sql.append(f"{expr} <= ?")
        params.append(until + PERIOD_END)
    return " AND ".join(sql), params


def equals(pairs: Iterable[tuple[str, Any]]) -> list[Clause]:
    """`column = ?` for each (column, value) whose value is set."""
    return [(f"{column} = ?", [value]) for column, value in pairs if value is not None]


def join(clauses: Iterable[Clause | None]) -> Clause:
    """The conjunction of the clauses given ("1" when there is none)."""
    used = [c for c in clauses if c is not None]
    if not used:
        return "1", []
    return " AND ".join(sql for sql, _ in used), [p for _, ps in used for p in ps]


def placeholders(values: Iterable[Any]) -> str:
    return ",".join("?" * len(list(values)))


def like_literal(text: str) -> str:
    """`text` for a LIKE pattern with ESCAPE '\\': its % and _ match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(columns: tuple[str, ...], text: str) -> Clause:
    """One of `columns` contains `text` literally (no LIKE wildcards from the user)."""
    sql = " OR ".join(f"{c} LIKE '%' || ? || '%' ESCAPE '\\'" for c in columns)
    return f"({sql})", [like_literal(text)] * len(columns)
