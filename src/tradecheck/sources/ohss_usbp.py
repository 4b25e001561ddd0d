"""DHS OHSS Known Homeland Security Metrics: U.S. Border Patrol encounters workbook.

Sixteen sheets: a count, and breakdowns by region, sector, citizenship and family status (alone or
by region), each annual (``'Annual …'``) and monthly (``'Monthly …'``). OHSS rounds every cell
to tens, so a breakdown does not add up exactly to its total; the checks allow for that rounding and
report the largest gap found. Header rows are found, not assumed to be on row 1 (OHSS sometimes
puts a title above them). Months are written ``'01 October'``: fiscal month 1 is October.
"""

from __future__ import annotations

import operator
from collections import defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from ..catalogue import FileSpec
from ..errors import LayoutError, ParseError
from ._cbp import calendar_years, check_failed
from .base import (
    Check,
    Parsed,
    Source,
    check_unique,
    clean_label,
    find_header,
    header_index,
    read_sheets,
)

# The dimensions of each sheet, by their header labels; every sheet also has 'Fiscal Year' and
# 'Quantity', and monthly sheets 'Month'.
_DIMENSIONS = {
    "Count": [],
    "Citizenship": ["Citizenship"],
    "Region": ["Region"],
    "Family Status": ["Family Status"],
    "Sector": ["Sector"],
    "Rgn and Citp": ["Region", "Citizenship"],
    "Rgn and Fam Status": ["Region", "Family Status"],
    "Rgn and Sector": ["Region", "Sector"],
}
#: Every sheet the workbook must have, with its header labels.
SHEETS: dict[str, list[str]] = {
    f"{freq} {name}":
        ["Fiscal Year"] + (["Month"] if freq == "Monthly" else []) + dims + ["Quantity"]
    for freq in ("Annual", "Monthly") for name, dims in _DIMENSIONS.items()
}
_WAREHOUSE = {"Region": "region", "Sector": "sector", "Citizenship": "citizenship",
              "Family Status": "family_status"}
# Month cells as OHSS writes them, lower-cased, in fiscal order: '01 october' ... '12 september'.
_FISCAL_MONTHS = pa.array([f"{i + 1:02d} {name}" for i, name in enumerate(
    ["october", "november", "december", "january", "february", "march", "april", "may", "june",
     "july", "august", "september"])])

FIELDS = pa.schema([
    ("src_row", pa.int32()),
    ("sheet", pa.string()),
    ("freq", pa.string()),
    ("fiscal_year", pa.int16()),
    ("year", pa.int16()),
    ("month", pa.int8()),
    ("region", pa.string()),
    ("sector", pa.string()),
    ("citizenship", pa.string()),
    ("family_status", pa.string()),
    ("encounters", pa.int32()),
])

#: Each cell is rounded to the nearest ten, so it is off by at most 5; a sum of n cells set against
#: a total (itself rounded) can be off by at most 5 * (n + 1). Measured on fy25m11: Annual Count vs
#: the sum of 12 Monthly Count months, at most 20 (FY2004, FY2007, FY2022); Annual Region
#: (3 regions) vs Annual Count, at most 10.
ROUNDING = 5


class OhssUsbp(Source):
    id = "ohss_usbp"

    def parse(self, path: Path, spec: FileSpec) -> Parsed:
        sheets = read_sheets(path)
        missing = [name for name in SHEETS if name not in sheets]
        if missing:
            raise LayoutError(path, list(SHEETS), list(sheets), where="the workbook's sheet names",
                              what="sheets")
        checks = []
        extra = [name for name in sheets if name not in SHEETS]
        if extra:
            checks.append(Check("sheets", "warn",
                                f"sheets not read (unknown to this parser): {extra}"))
        table = pa.concat_tables(_read_sheet(path, name, sheets[name], labels)
                                 for name, labels in SHEETS.items())
        keys = ["sheet", "fiscal_year", "month", "region", "sector", "citizenship", "family_status"]
        checks.append(check_unique(path, table, keys, what="sheet row"))
        checks.append(_check_rounded(table))
        checks += _check_totals(path, table)
        return Parsed({"usbp_encounters": table}, checks)


def _header(path: Path, rows: list[list], labels: list[str], sheet: str) -> tuple[int, list[int]]:
    """Row index of the header and the position of each label; the header must hold exactly them."""
    at = find_header(path, rows, labels, sheet)
    found = [clean_label(c) for c in rows[at] if str(c).strip()]
    if len(found) != len(labels):  # a new column would split the rows by a dimension we ignore
        raise LayoutError(path, labels, found, where=f"sheet {sheet!r}, row {at + 1}")
    return at, [header_index(rows[at], label) for label in labels]


def _read_sheet(path: Path, sheet: str, rows: list[list], labels: list[str]) -> pa.Table:
    """One sheet's rows as ``usbp_encounters`` columns (vectorised; a slow path names errors)."""
    at, pos = _header(path, rows, labels, sheet)
    # Blank rows are skipped (calamine gives '' for an empty cell; no data row is all zeros).
    body = [(r, row) for r, row in enumerate(rows[at + 1:], start=at + 2) if any(row)]
    def is_note(row):  # a note below the table ('Source: …')
        return isinstance(row[0], str) and sum(1 for c in row if str(c).strip()) == 1
    while body and is_note(body[-1][1]):
        body.pop()
    if not body:
        raise ParseError(path, "the sheet has a header but no rows", where=f"sheet {sheet!r}")
    cols = list(zip(*(row for _, row in body)))
    monthly = labels[1] == "Month"
    n = len(body)
    try:
        fy = _whole_numbers(cols[pos[0]])
        quantity = _whole_numbers(cols[pos[-1]])
        ok = pc.and_(pc.and_(pc.greater(fy, 1900), pc.less(fy, 2100)),
                     pc.greater_equal(quantity, 0))
        data = {"src_row": pa.array([r for r, _ in body], pa.int32()),
                "sheet": pa.repeat(sheet, n), "freq": pa.repeat("M" if monthly else "A", n),
                "fiscal_year": pc.cast(fy, pa.int16())}
        if monthly:
            fiscal = pc.index_in(pc.utf8_lower(pa.array(cols[pos[1]], pa.string())),
                                 value_set=_FISCAL_MONTHS)
            ok = pc.and_(ok, pc.is_valid(fiscal))
            month = pc.cast(pc.add(pc.remainder(pc.add(fiscal, 9), 12), 1), pa.int8())
            data["year"], data["month"] = calendar_years(data["fiscal_year"], month), month
        else:
            data["year"], data["month"] = pa.nulls(n, pa.int16()), pa.nulls(n, pa.int8())
        for label, column in _WAREHOUSE.items():
            if label in labels:
                cells = pa.array(cols[pos[labels.index(label)]], pa.string())
                values = pc.utf8_trim_whitespace(cells)
                ok = pc.and_(ok, pc.not_equal(values, ""))
                data[column] = values
            else:
                data[column] = pa.nulls(n, pa.string())
        data["encounters"] = pc.cast(quantity, pa.int32())
        if not pc.all(ok).as_py():
            raise ValueError
    except (ValueError, TypeError, pa.ArrowException):
        _locate_problem(path, sheet, body, labels, pos)
        raise ParseError(path, "a cell could not be read", where=f"sheet {sheet!r}") from None
    return pa.table(data, schema=FIELDS)


def _whole_numbers(values: tuple) -> pa.Array:
    """Whole numbers (int64) from cells calamine read as floats; anything else raises ValueError."""
    numbers = pa.array(values, pa.float64())
    if not pc.all(pc.equal(numbers, pc.floor(numbers))).as_py():
        raise ValueError
    return pc.cast(numbers, pa.int64())


def _locate_problem(path: Path, sheet: str, body: list, labels: list[str], pos: list[int]) -> None:
    """Raise a ParseError naming the first bad row of a sheet (called when the fast path failed)."""
    for r, row in body:
        where = f"sheet {sheet!r}, row {r}"
        fy = _whole(path, row[pos[0]], labels[0], where)
        if not 1900 < fy < 2100:
            raise ParseError(path, f"the fiscal year {row[pos[0]]!r} is not a year", where=where)
        if _whole(path, row[pos[-1]], labels[-1], where) < 0:
            raise ParseError(path, f"the quantity {row[pos[-1]]!r} is negative", where=where)
        if labels[1] == "Month":
            _month(path, row[pos[1]], where)
        for i, label in enumerate(labels[1:-1], start=1):
            if not str(row[pos[i]]).strip():
                raise ParseError(path, f"the {label} is empty", where=where)


def _whole(path: Path, value: object, column: str, where: str) -> int:
    """A whole number from a cell (calamine gives floats)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        raise ParseError(path, f"{column!r} should be a whole number, found {value!r}", where=where)
    return int(value)


def _month(path: Path, value: object, where: str) -> int:
    """Calendar month of a cell like ``'01 October'`` (fiscal month 1 = October)."""
    label = " ".join(str(value).split()).lower()
    if label in _FISCAL_MONTHS.to_pylist():
        return (_FISCAL_MONTHS.to_pylist().index(label) + 9) % 12 + 1
    raise ParseError(path, f"the month {value!r} is not like '01 October' "
                           "(fiscal month 1 = October)", where=where)


def _check_rounded(table: pa.Table) -> Check:
    odd = pc.sum(pc.not_equal(pc.remainder(table["encounters"], 10), 0)).as_py()
    if odd:
        return Check("rounded_to_tens", "warn", f"{odd} of {table.num_rows:,} cells are not "
                                                "multiples of ten, although OHSS rounds to tens")
    return Check("rounded_to_tens", "pass", f"all {table.num_rows:,} cells are multiples of ten")


def _sums(table: pa.Table, sheet: str, key) -> tuple[dict, dict]:
    """Sum and number of cells of ``sheet`` by ``key(row)``."""
    total, cells = defaultdict(int), defaultdict(int)
    rows = table.filter(pc.equal(table["sheet"], sheet)).to_pylist()
    for row in rows:
        total[key(row)] += row["encounters"]
        cells[key(row)] += 1
    return total, cells


def _check_totals(path: Path, table: pa.Table) -> list[Check]:
    """Cross-sheet consistency: monthly months and annual regions add up to the annual count.

    The allowed gap is the rounding bound, 5 * (cells + 1). The last fiscal year is usually partial
    (fy25m11: October-November 2024); its annual figure is then a year to date, compared with the
    months the workbook has.
    """
    by_fy = operator.itemgetter("fiscal_year")
    annual, _ = _sums(table, "Annual Count", by_fy)
    checks = []
    for sheet in ("Monthly Count", "Annual Region"):
        parts, cells = _sums(table, sheet, by_fy)
        if set(parts) != set(annual):
            raise check_failed(path, f"the fiscal years of {sheet!r}", sorted(annual),
                               sorted(parts), "The sheets should cover the same years.")
        worst = (0, None)
        for fy, stated in sorted(annual.items()):
            gap = parts[fy] - stated
            if abs(gap) > ROUNDING * (cells[fy] + 1):
                raise check_failed(path, f"the FY{fy} 'Annual Count'", stated, parts[fy],
                                   f"Computed: the sum of its {cells[fy]} cells in {sheet!r}; "
                                   "rounding to tens explains a gap of at most "
                                   f"{ROUNDING * (cells[fy] + 1)}.")
            worst = max(worst, (abs(gap), fy), key=lambda w: w[0])
        latest = max(annual)
        note = ""
        if sheet == "Monthly Count" and cells[latest] < 12:
            note = (f"; FY{latest} is partial ({cells[latest]} months), "
                    "its annual figure a year to date")
        checks.append(Check(
            f"annual_vs_{sheet.lower().replace(' ', '_')}", "pass",
            f"'Annual Count' = sum of {sheet!r} by fiscal year, FY{min(annual)}-FY{latest}, within "
            f"the rounding bound 5 x (cells + 1); largest gap {worst[0]}"
            + (f" (FY{worst[1]})" if worst[1] else "") + note))
    return checks
