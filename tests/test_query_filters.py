"""The date rule of the query layer: SQL that an index can serve, same answer as the rule."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomap.store.filters import EventFilters, check_range, date_clause

years = st.integers(2019, 2021).map(str)
months = st.integers(1, 12).map(lambda m: f"-{m:02d}")
days = st.sampled_from(["-01", "-15", "-28", "-31"])
dates = st.one_of(years, st.tuples(years, months).map("".join),
                  st.tuples(years, months, days).map("".join))


def rule(date: str, since: str | None, until: str | None) -> bool:
    """Compared at the precision both have."""
    return not ((since and date[:len(since)] < since[:len(date)])
                or (until and date[:len(until)] > until[:len(date)]))


@given(date=dates, since=st.none() | dates, until=st.none() | dates)
def test_sql_date_clause_is_the_rule(date: str, since: str | None, until: str | None) -> None:
    clause = date_clause("d", since, until)
    if clause is None:
        assert since is None and until is None
        return
    sql, params = clause
    conn = sqlite3.connect(":memory:")
    found = conn.execute(f"SELECT count(*) FROM (SELECT ? AS d) WHERE {sql}",
                         [date, *params]).fetchone()[0]
    assert bool(found) == rule(date, since, until)


@pytest.mark.parametrize("date, since, until, inside", [
    ("2024", "2024-06", "2024-06", True),        # a coarser date may fall in the range
    ("2024-05", "2024-06", None, False),
    ("2024-12-31", None, "2024", True),          # until keeps its whole period
    ("2025-01", None, "2024", False),
    ("2024-11-28", "2024-11-28", "2024-11-28", True),
])
def test_examples_of_the_rule(date: str, since: str | None, until: str | None,
                              inside: bool) -> None:
    sql, params = date_clause("d", since, until) or ("1", [])
    found = sqlite3.connect(":memory:").execute(
        f"SELECT count(*) FROM (SELECT ? AS d) WHERE {sql}", [date, *params]).fetchone()[0]
    assert bool(found) == inside


def test_the_range_is_index_friendly() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (d TEXT)")
    conn.execute("CREATE INDEX t_d ON t(d)")
    sql, params = date_clause("d", "2024-06-15", "2024-07") or ("", [])
    plan = " ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN SELECT * FROM t WHERE {sql}",
                                                params))
    assert "USING COVERING INDEX t_d (d>? AND d<?)" in plan


@pytest.mark.parametrize("since, until, message", [
    ("2025", "2024", "is after until"), ("2024-13", None, "ISO date"),
    (None, "yesterday", "ISO date"),
])
def test_bad_ranges_are_refused(since: str | None, until: str | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_range(since, until)
    with pytest.raises(ValueError, match=message):
        EventFilters(since=since, until=until)


def test_same_period_is_not_after_itself() -> None:
    check_range("2024-06", "2024")
    check_range("2024", "2024-01-01")
