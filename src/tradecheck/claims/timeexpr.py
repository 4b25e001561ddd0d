"""Time expressions: "in 2024", "June 2025", "since February 2025", "between May 2024 and March
2025", "the 2021–2024 average", "FY2024", "in 30 years", "on record", "annually".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from ..indicators.periods import Period

__all__ = ["TimeExpr", "find_times"]

_MONTH = "|".join(sorted([m for m in calendar.month_name if m] + ["Sept"] +
                         [m for m in calendar.month_abbr if m], key=len, reverse=True))
_MONTH_NUM = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_NUM.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTH_NUM["sept"] = 9
_YEAR = r"(?:19|20)\d{2}"
_DASH = r"\s?(?:–|—|-|to|through|thru)\s?"

_PATTERNS = [
    ("range_months", re.compile(
        rf"(?i)\bbetween\s+(?P<m1>{_MONTH})\.?\s+(?P<y1>{_YEAR})\s+and\s+(?P<m2>{_MONTH})\.?\s+(?P<y2>{_YEAR})\b")),
    ("range_months", re.compile(
        rf"(?i)\bfrom\s+(?P<m1>{_MONTH})\.?\s+(?P<y1>{_YEAR}){_DASH}(?P<m2>{_MONTH})\.?\s+(?P<y2>{_YEAR})\b")),
    ("half", re.compile(rf"(?i)\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?P<y1>{_YEAR})\b|"
                        rf"\bH(?P<hn>[12])\s+(?P<y2>{_YEAR})\b")),
    ("since_month", re.compile(rf"(?i)\b(?:since|from)\s+(?P<m1>{_MONTH})\.?\s+(?P<y1>{_YEAR})\b")),
    ("fy_range", re.compile(rf"(?i)\bFY\s?'?(?P<y1>{_YEAR}|\d{{2}}){_DASH}(?:FY\s?'?)?(?P<y2>{_YEAR}|\d{{2}})\b")),
    ("range_years", re.compile(rf"(?i)\b(?:between\s+)?(?P<y1>{_YEAR})(?:{_DASH}|\s+and\s+)(?P<y2>{_YEAR}|\d{{2}})\b")),
    ("since_year", re.compile(rf"(?i)\bsince\s+(?P<y1>{_YEAR})\b")),
    ("month", re.compile(rf"(?i)\b(?P<m1>{_MONTH})\.?,?\s+(?P<y1>{_YEAR})\b")),
    ("fy", re.compile(rf"(?i)\b(?:FY\s?'?|fiscal\s+(?:year\s+)?)(?P<y1>{_YEAR}|\d{{2}})\b")),
    ("year", re.compile(rf"(?<![\d,.$])\b(?P<y1>{_YEAR})\b(?![\d,.]\d)")),
    ("lookback", re.compile(r"(?i)\b(?:in|for)\s+(?:(?:more\s+than|over|nearly|almost|about)\s+)?"
                            r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
                            r"forty|fifty)\s+(?P<unit>years|decades)\b")),
    ("record", re.compile(r"(?i)\b(?:on\s+record|ever\s+recorded|in\s+history|of\s+all\s+time|ever)\b")),
    ("annual", re.compile(r"(?i)\b(?:annually|per\s+year|a\s+year|each\s+year|every\s+year|yearly)\b")),
]
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


@dataclass(frozen=True)
class TimeExpr:
    kind: str                # year | fy | month | range | since | lookback | record | annual
    start: int
    end: int
    text: str
    period: Period | None = None
    years: int | None = None  # for 'lookback' ("in 30 years")
    average: bool = False     # "the 2021–2024 average"


def find_times(text: str, offset: int = 0) -> list[TimeExpr]:
    """Time expressions in ``text``, without overlaps (the first, most specific pattern wins)."""
    taken: list[tuple[int, int]] = []
    out: list[TimeExpr] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            expr = _build(kind, m, text)
            if expr is None:
                continue
            taken.append((m.start(), m.end()))
            out.append(TimeExpr(expr[0], m.start() + offset, m.end() + offset, m.group(0), *expr[1:]))
    return sorted(out, key=lambda t: t.start)


def _year(s: str, base: int | None = None) -> int:
    y = int(s)
    if y < 100:
        y += (base // 100) * 100 if base else 2000
    return y


def _build(kind: str, m: re.Match, text: str):
    g = m.groupdict()
    try:
        if kind == "range_months":
            a = (int(g["y1"]), _MONTH_NUM[g["m1"].lower().rstrip(".")])
            b = (int(g["y2"]), _MONTH_NUM[g["m2"].lower().rstrip(".")])
            return "range", Period.range(a, b)
        if kind == "half":
            y = int(g["y1"] or g["y2"])
            first = (g["h"] or "").lower() == "first" or g["hn"] == "1"
            return "range", Period.range((y, 1 if first else 7), (y, 6 if first else 12))
        if kind == "since_month":
            return "since", Period.range((int(g["y1"]), _MONTH_NUM[g["m1"].lower().rstrip(".")]), None)
        if kind == "since_year":
            return "since", Period.range((int(g["y1"]), 1), None)
        if kind == "fy_range":
            y1 = _year(g["y1"])
            y2 = _year(g["y2"], y1)
            return "range", Period.range(Period.fiscal_year(y1).start, Period.fiscal_year(y2).end), None, \
                _is_average(text, m)
        if kind == "range_years":
            y1 = int(g["y1"])
            y2 = _year(g["y2"], y1)
            if y2 <= y1:
                return None
            return "range", Period.range((y1, 1), (y2, 12)), None, _is_average(text, m)
        if kind == "month":
            return "month", Period.month(int(g["y1"]), _MONTH_NUM[g["m1"].lower().rstrip(".")])
        if kind == "fy":
            return "fy", Period.fiscal_year(_year(g["y1"]))
        if kind == "year":
            return "year", Period.year(int(g["y1"]))
        if kind == "lookback":
            n = int(g["n"]) if g["n"].isdigit() else _WORDS[g["n"].lower()]
            return "lookback", None, n * (10 if g["unit"].lower() == "decades" else 1)
        if kind in ("record", "annual"):
            return kind, None
    except Exception:  # an impossible month or range is simply not a time expression
        return None
    return None


def _is_average(text: str, m: re.Match) -> bool:
    around = text[max(0, m.start() - 30):m.end() + 20].lower()
    return "average" in around or "avg" in around
