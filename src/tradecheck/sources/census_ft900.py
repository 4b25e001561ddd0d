"""U.S. trade in goods by country, from the FT-900 workbook ``country.xlsx`` (Census).

Sheet ``country``: one row per partner and year, columns ``year, CTY_CODE, CTYNAME``, general
imports by month ``IJAN..IDEC`` and for the year ``IYR``, total exports ``EJAN..EDEC`` and ``EYR``;
millions of dollars (scaled to dollars here, rounded to the dollar: the most precise cells carry
six decimals).

What this module does differently, and why:

- the last year is partial: its unpublished months are filled with 0 (the March 2023 release holds
  January 2023 only). Trailing months that are 0 for every partner are not loaded, and such a year's
  ``IYR``/``EYR`` are year-to-date sums, so they are not loaded as annual ('A') rows;
- a few rows are not partner trade as the ``trade`` table defines it (not seasonally adjusted, total
  exports, general imports): they are skipped and named in a check (see :data:`SKIPPED_CODES`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..catalogue import FileSpec
from ..errors import CheckError, LayoutError, ParseError
from .base import MONTHS, Check, Parsed, Source, read_sheets

__all__ = ["COLUMNS", "SKIPPED_CODES", "CensusFT900"]

SHEET = "country"
_MONTHS = list(MONTHS)  # JAN..DEC
FIGURES = [f"I{m}" for m in _MONTHS] + ["IYR"] + [f"E{m}" for m in _MONTHS] + ["EYR"]
COLUMNS = ["year", "CTY_CODE", "CTYNAME", *FIGURES]

#: Rows whose figures are another measure than the table's: kept out of ``trade``.
SKIPPED_CODES = {
    "0004": "seasonally adjusted",
    "0005": "imports for consumption, not general imports",
    "0006": "imports for consumption, not general imports",
    "0007": "a product group (advanced technology products), not a partner",
    "0021": "imports for consumption, not general imports",
    "0022": "imports for consumption, not general imports",
}
WORLD_NSA = "0015"

#: IYR/EYR are stored as the exact sum of the stored months (the mirror agrees to the dollar), so
#: the tolerance only absorbs floating-point noise: $1, in $ millions.
ANNUAL_TOLERANCE = 1e-6
#: World (not seasonally adjusted) against the sum of its country rows, $ millions per cell: up to
#: 0.84 in 2004-2007 from rounding country cells to $0.1 million.
WORLD_TOLERANCE = 1.0

# Per figure column: flow, month (0 = annual), freq.
_FLOW = np.array(["imports"] * 13 + ["exports"] * 13, dtype=object)
_MONTH = np.array([*range(1, 13), 0, *range(1, 13), 0], dtype=np.int8)
_ANNUAL_COLS = (12, 25)


class CensusFT900(Source):
    id = "census_ft900"

    def parse(self, path: Path, spec: FileSpec) -> Parsed:
        sheets = read_sheets(path)
        if SHEET not in sheets:
            raise LayoutError(path, [SHEET], list(sheets), where="sheet names of the workbook",
                              what="sheets")
        rows = sheets[SHEET]
        header = [str(c).strip() for c in rows[0]] if rows else []
        while header and header[-1] == "":
            header.pop()
        if header != COLUMNS:
            raise LayoutError(path, COLUMNS, header, where=f"sheet {SHEET!r}, row 1")
        body = list(rows[1:])
        while body and all(c == "" or c is None for c in body[-1]):
            body.pop()  # trailing empty area of the sheet
        if not body:
            raise ParseError(
                path, "the sheet has a header but no rows", where=f"sheet {SHEET!r}, row 2"
            )
        checks = [
            Check("header", "pass", f"sheet {SHEET!r} has the {len(COLUMNS)} expected columns")
        ]

        years = np.array([_year(path, r[0], i) for i, r in enumerate(body, 2)], dtype=np.int16)
        codes = [_code(c[1]) for c in body]
        names = ["" if c[2] is None else str(c[2]).strip() for c in body]
        values, blanks = _figures(path, body)
        if (values < 0).any():
            i, j = np.argwhere(values < 0)[0]
            raise CheckError(
                f"{path}: sheet {SHEET!r}, row {i + 2}, {FIGURES[j]} is {values[i, j]} "
                f"($ millions); trade values cannot be negative. Download the file again."
            )
        checks.append(
            Check(
                "blank_cells",
                "warn" if blanks else "pass",
                f"{blanks} blank figure cell(s), not loaded" if blanks else "no blank figure cells",
            )
        )

        checks.append(_check_annual(path, values, years, codes, names))
        keep = ~np.isnan(values)
        partial = _unpublished_months(values, years)
        for year, last in partial.items():
            in_year = years == year
            for col, month in enumerate(_MONTH):
                if month == 0 or month > last:
                    keep[in_year, col] = False
        if partial:
            checks.append(
                Check(
                    "partial_years",
                    "pass",
                    "; ".join(
                        f"{y}: months after {_MONTHS[m - 1] if m else 'none'} are 0 for every "
                        f"partner (not published), not loaded; IYR/EYR are year-to-date, not "
                        f"loaded as annual rows"
                        for y, m in sorted(partial.items())
                    ),
                )
            )
        present = set(codes)
        skipped = np.array([c in SKIPPED_CODES for c in codes])
        keep[skipped, :] = False
        if skipped.any():
            checks.append(
                Check(
                    "skipped_rows",
                    "pass",
                    "not partner trade as the table defines it: "
                    + "; ".join(f"{c} ({why})" for c, why in SKIPPED_CODES.items() if c in present),
                )
            )
        checks.append(_check_world(values, years, codes))

        r, c = np.nonzero(keep)
        scaled = np.round(values[r, c] * 1e6)
        month = _MONTH[c]
        table = pa.table(
            {
                "src_row": pa.array(r + 2, pa.int32()),
                "src_col": pa.array(np.array(FIGURES, dtype=object)[c], pa.string()),
                "reporter": pa.repeat(pa.scalar("USA"), len(r)),
                "flow": pa.array(_FLOW[c], pa.string()),
                "partner_code": pc.take(pa.array(codes, pa.string()), pa.array(r)),
                "partner_name": pc.take(pa.array(names, pa.string()), pa.array(r)),
                "freq": pa.array(np.where(month == 0, "A", "M").astype(object), pa.string()),
                "year": pa.array(years[r], pa.int16()),
                "month": pa.array(month, pa.int8(), mask=month == 0),
                "value_usd": pa.array(scaled, pa.float64()),
            }
        )
        return Parsed({"trade": table}, checks)


def _year(path: Path, cell: object, row: int) -> int:
    try:
        year = int(float(cell))
    except (TypeError, ValueError):
        year = 0
    if not 1900 <= year <= 2100 or float(cell) != year:
        raise ParseError(
            path,
            f"column 'year' should be a year, found {cell!r}",
            where=f"sheet {SHEET!r}, row {row}",
        )
    return year


def _code(cell: object) -> str:
    # The publisher stores codes as text ('0003'); a code typed as a number loses its zeros.
    if isinstance(cell, float) and cell.is_integer():
        return f"{int(cell):04d}"
    return str(cell).strip()


def _figures(path: Path, body: list[list]) -> tuple[np.ndarray, int]:
    """The 26 figure columns as floats ($ millions), NaN for blank cells; and how many are blank."""
    block = [r[3 : 3 + len(FIGURES)] for r in body]
    try:
        return np.array(block, dtype=np.float64), 0
    except (TypeError, ValueError):
        pass  # blank or text cells: find them one by one
    values = np.full((len(body), len(FIGURES)), np.nan)
    blanks = 0
    for i, row in enumerate(block):
        for j in range(len(FIGURES)):
            cell = row[j] if j < len(row) else ""
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                blanks += 1
                continue
            try:
                values[i, j] = float(cell)
            except (TypeError, ValueError):
                raise ParseError(
                    path,
                    f"{FIGURES[j]} should be a number ($ millions), found {cell!r}",
                    where=f"sheet {SHEET!r}, row {i + 2}",
                ) from None
    return values, blanks


def _check_annual(path, values, years, codes, names) -> Check:
    """IYR and EYR equal the sum of their 12 months (blank months count as 0)."""
    worst = 0.0
    for annual in _ANNUAL_COLS:
        months = np.nansum(values[:, annual - 12 : annual], axis=1)
        diff = np.abs(values[:, annual] - months)
        diff = np.where(np.isnan(values[:, annual]), 0.0, diff)
        i = int(np.argmax(diff))
        if diff[i] > ANNUAL_TOLERANCE:
            raise CheckError(
                f"{path}: sheet {SHEET!r}, row {i + 2} ({codes[i]} {names[i]}, {years[i]}): "
                f"{FIGURES[annual]} states {values[i, annual]:,.6f} $ millions, but its 12 "
                f"months sum to {months[i]:,.6f} (difference "
                f"{values[i, annual] - months[i]:,.6f}, tolerance {ANNUAL_TOLERANCE}). The file "
                f"may be damaged; download it again."
            )
        worst = max(worst, float(diff[i]))
    return Check(
        "annual_equals_months",
        "pass",
        f"IYR and EYR equal the sum of their months in all {len(codes)} rows "
        f"(largest difference {worst * 1e6:,.2f} dollars)",
    )


def _unpublished_months(values, years) -> dict[int, int]:
    """Years whose trailing months are 0 for every partner: year -> last month published."""
    out = {}
    monthly = np.r_[0:12, 13:25]
    for year in np.unique(years):
        block = np.nan_to_num(values[years == year][:, monthly]).reshape(-1, 2, 12)
        live = np.flatnonzero(np.abs(block).sum(axis=(0, 1)) > 0)
        last = int(live[-1]) + 1 if live.size else 0
        if last < 12:
            out[int(year)] = last
    return out


def _check_world(values, years, codes) -> Check:
    """World (not seasonally adjusted, '0015') against its country rows (codes 1000-8999)."""
    codes_arr = np.array(codes, dtype=object)
    parts = np.array([c.isdigit() and len(c) == 4 and 1000 <= int(c) <= 8999 for c in codes])
    off = []
    for year in np.unique(years):
        world = (years == year) & (codes_arr == WORLD_NSA)
        if not world.any():
            continue
        diff = np.nanmax(
            np.abs(
                np.nan_to_num(values[world][0]) - np.nansum(values[(years == year) & parts], axis=0)
            )
        )
        if diff > WORLD_TOLERANCE:
            off.append(f"{year} (up to {diff:,.1f})")
    if off:
        return Check(
            "world_equals_countries",
            "warn",
            f"World NSA ({WORLD_NSA}) differs from the sum of its country rows by more than "
            f"{WORLD_TOLERANCE} $ million in: {', '.join(off)} $ millions; the publisher's "
            f"world total is compiled separately (e.g. revised before the country detail)",
        )
    return Check(
        "world_equals_countries",
        "pass",
        f"World NSA ({WORLD_NSA}) equals the sum of its country rows within "
        f"{WORLD_TOLERANCE} $ million in every year",
    )
