"""Quantities and time expressions in claim text (no warehouse needed)."""

from __future__ import annotations

import pytest

from tradecheck.claims.quantities import find_quantities
from tradecheck.claims.timeexpr import find_times
from tradecheck.indicators.periods import Period


@pytest.mark.parametrize("text, value, unit, hedge", [
    ("apprehensions topped two million", 2e6, "count", "over"),
    ("about half a million migrants", 5e5, "count", "about"),
    ("barely 1,200 pounds", 1200, "lb", "about"),
    ("Mexico buys half as much as Canada", 50.0, "%", "about"),
])
def test_word_quantities(text, value, unit, hedge):
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.hedge) == (value, unit, hedge)


def test_a_round_count_in_millions_is_not_a_licence_for_a_wide_margin():
    (q,) = find_quantities("about 2 million encounters")
    assert q.precision <= 0.05 * 2e6


@pytest.mark.parametrize("text, kind, period", [
    ("in calendar 2024", "year", Period.year(2024)),
    ("in the early 1940s", "range", Period.range((1940, 1), (1943, 12))),
    ("in the 1990s", "range", Period.range((1990, 1), (1999, 12))),
    ("during the Biden administration", "range", Period.range((2021, 2), (2025, 1))),
    ("over the four fiscal years of the Biden administration", "range",
     Period.range((2020, 10), (2024, 9))),
    ("every year since 2019", "every_year", Period.range((2019, 1), None)),
])
def test_time_expressions(text, kind, period):
    (t,) = find_times(text)
    assert (t.kind, t.period) == (kind, period)


def test_calendar_year_is_marked_and_relative_years_counted():
    (t,) = find_times("in calendar 2024")
    assert t.calendar
    (t,) = find_times("down from 8% a decade earlier")
    assert (t.kind, t.years) == ("relative", 10)
    (t,) = find_times("for five straight years")
    assert (t.kind, t.years) == ("every_year", 5)


def test_the_date_a_text_gives_itself():
    import datetime as dt

    from tradecheck.claims.timeexpr import text_date

    today = dt.date(2026, 1, 1)
    assert text_date("As of June 2025, encounters fell.", today) == dt.date(2025, 7, 1)
    assert text_date("Updated 15 May 2024.", today) == dt.date(2024, 5, 16)
    assert text_date("Written in December 2024.", today) == dt.date(2025, 1, 1)
    assert text_date("As of June 2030, …", today) is None
    assert text_date("Mexico bought $334 billion in 2024.", today) is None
