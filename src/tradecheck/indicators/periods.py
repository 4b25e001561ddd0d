"""Periods: a calendar year, a month, a U.S. federal fiscal year, or a range of months.

    >>> Period.parse("2024").label
    '2024'
    >>> Period.parse("FY2024").months[0]
    (2023, 10)
    >>> Period.parse("June 2025").label
    'June 2025'
    >>> Period.parse("2021-01..2024-12").n_months
    48
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..errors import ConfigError

__all__ = ["Period", "Month", "month_name"]

Month = tuple[int, int]  # (year, month)

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9


def month_name(ym: Month) -> str:
    return f"{calendar.month_name[ym[1]]} {ym[0]}"


def add_months(ym: Month, k: int) -> Month:
    """The month ``k`` months after ``ym`` (before it when ``k`` is negative)."""
    n = ym[0] * 12 + ym[1] - 1 + k
    return n // 12, n % 12 + 1


@dataclass(frozen=True)
class Period:
    """A span of whole months, with the kind of period it was given as.

    ``kind`` is ``"year"`` (calendar), ``"fy"`` (federal fiscal year, October–September),
    ``"month"`` or ``"range"``. ``start`` and ``end`` are inclusive ``(year, month)`` pairs; an
    open range (``"2025-02.."``, "since February 2025") has ``end=None`` until it is closed
    against the data with :meth:`until`.
    """

    kind: str
    start: Month
    end: Month | None

    # -- construction ---------------------------------------------------------------------------
    @classmethod
    def year(cls, y: int) -> "Period":
        return cls("year", (y, 1), (y, 12))

    @classmethod
    def fiscal_year(cls, fy: int) -> "Period":
        return cls("fy", (fy - 1, 10), (fy, 9))

    @classmethod
    def month(cls, y: int, m: int) -> "Period":
        _check_month(y, m)
        return cls("month", (y, m), (y, m))

    @classmethod
    def range(cls, start: Month, end: Month | None) -> "Period":
        if end is not None and end < start:
            raise ConfigError(f"The period {_ym(start)}..{_ym(end)} ends before it starts; give "
                              f"the earlier month first.")
        return cls("range", start, end)

    @classmethod
    def parse(cls, text: "str | int | Period") -> "Period":
        """Parse ``2024``, ``FY2024``, ``2024-06``, ``June 2025``, ``2021..2024``,
        ``2021-01..2024-12``, ``2025-02..`` (open: up to the latest data).

        Raises:
            ConfigError: the text is not a period, or names an impossible month.
        """
        if isinstance(text, Period):
            return text
        if isinstance(text, int):
            return cls.year(_check_year(text, str(text)))
        raw = str(text).strip()
        s = raw.lower().replace("–", "..").replace("—", "..")
        if ".." in s:
            left, _, right = s.partition("..")
            a = cls.parse(left)
            b = cls.parse(right) if right.strip() else None
            return cls.range(a.start, b.end if b else None)
        if m := re.fullmatch(r"fy\s*'?(\d{2}|\d{4})", s):
            fy = int(m.group(1))
            return cls.fiscal_year(_check_year(fy + 2000 if fy < 100 else fy, raw))
        if m := re.fullmatch(r"(\d{4})", s):
            return cls.year(_check_year(int(m.group(1)), raw))
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", s):
            return cls.month(_check_year(int(m.group(1)), raw), int(m.group(2)))
        if m := re.fullmatch(r"([a-z]+)\.?,?\s+(\d{4})", s):
            if m.group(1) in _MONTHS:
                return cls.month(_check_year(int(m.group(2)), raw), _MONTHS[m.group(1)])
        raise ConfigError(
            f"{raw!r} is not a period. Use a year (2024), a fiscal year (FY2024), a month (2024-06 "
            f"or June 2024) or a range (2021-01..2024-12, or 2025-02.. for 'since')."
        )

    # -- use ------------------------------------------------------------------------------------
    def until(self, latest: Month) -> "Period":
        """Close an open range at ``latest`` (the last month the data has)."""
        return self if self.end is not None else Period("range", self.start, latest)

    @property
    def months(self) -> list[Month]:
        if self.end is None:
            raise ConfigError(f"The open period {self.label} has no end yet.")
        out, (y, m) = [], self.start
        while (y, m) <= self.end:
            out.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    @property
    def first_year(self) -> "Period":
        """The year the period starts in: a fiscal year when it starts in October ("since fiscal 2021", "between FY23
        and FY24"), else the calendar year."""
        y, m = self.start
        return Period.fiscal_year(y + 1) if m == 10 else Period.year(y)

    @property
    def last_year(self) -> "Period":
        """The year a closed period ends in: a fiscal year when it ends in September, else the calendar year."""
        if self.end is None:
            raise ConfigError(f"The open period {self.label} has no end yet.")
        y, m = self.end
        return Period.fiscal_year(y) if m == 9 else Period.year(y)

    @property
    def n_months(self) -> int:
        return len(self.months)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.start[0], self.start[1], 1)

    @property
    def last_day(self) -> dt.date:
        if self.end is None:
            raise ConfigError(f"The open period {self.label} has no end yet.")
        y, m = self.end
        return dt.date(y, m, calendar.monthrange(y, m)[1])

    @property
    def n_days(self) -> int:
        """Days from the first of the first month to the end of the last (a closed period only)."""
        return (self.last_day - self.first_day).days + 1

    @property
    def label(self) -> str:
        if self.kind == "year":
            return str(self.start[0])
        if self.kind == "fy":
            return f"FY{self.end[0]}"
        if self.kind == "month":
            return month_name(self.start)
        if self.end is None:
            return f"since {month_name(self.start)}"
        return f"{month_name(self.start)} – {month_name(self.end)}"

    def __str__(self) -> str:
        return self.label


def _ym(ym: Month) -> str:
    return f"{ym[0]}-{ym[1]:02d}"


def _check_year(y: int, raw: str) -> int:
    if not 1900 <= y <= 2100:
        raise ConfigError(f"{raw!r} is not a plausible year (1900–2100).")
    return y


def _check_month(y: int, m: int) -> None:
    if not 1 <= m <= 12:
        raise ConfigError(f"{y}-{m:02d} is not a month: months run from 01 to 12.")
