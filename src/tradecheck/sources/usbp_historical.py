"""Historical U.S. Border Patrol apprehensions, FY1925 - FY2019 (a discontinued CBP series).

These CSV files are a **secondary transcription**: CBP published the series only as two PDFs, and a
third party (jacobkap/borderpatrol) parsed them to CSV. Both PDFs are kept beside the CSVs (role
``document`` in the catalogue, not parsed) so every figure can be traced to the page it came from;
every parse returns a ``transcription`` check saying so.

* ``nationwide_total_apprehensions_1925_2019.csv`` (``fiscal_year, total_apprehensions``):
  one row per fiscal year, loaded with scope ``'nationwide'`` and sector NULL.
* ``southwest_border_apprehensions_1960_2019.csv`` (``sector, fiscal_year, total_apprehensions``):
  one row per southwest-border sector and fiscal year, loaded with scope ``'southwest_border'``.
  Sector names are kept **as transcribed** (lower case: ``'big bend'``, ``'rio grande valley'``),
  not title-cased, so that ``src_row`` and the value agree with the file; matching them to CBP's
  ``'Big Bend Sector'`` spelling belongs downstream. Each year also carries a total row,
  sector ``'southwest border'``: it is **not loaded** (adding it in would double the year); it is
  checked against the sum of that year's sectors, and a mismatch raises :class:`CheckError`. In the
  FY2019 transcription all 60 years (FY1960 - FY2019) agree exactly, so a mismatch means a damaged
  or different file rather than a known quirk of the publisher.

Parsing the sector file also cross-checks it against the nationwide file when that sits beside it
(same mirror or cache folder): each year's southwest-border total should not exceed the nationwide
total (a warning if it does; none does in the FY2019 transcription).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from ..catalogue import FileSpec
from ..errors import CheckError, ParseError, SourceError
from .base import Check, Parsed, Source, check_unique, read_csv, reject_rows

NATIONWIDE_FILE = "nationwide_total_apprehensions_1925_2019.csv"
SECTOR_FILE = "southwest_border_apprehensions_1960_2019.csv"
NATIONWIDE_COLUMNS = ["fiscal_year", "total_apprehensions"]
SECTOR_COLUMNS = ["sector", "fiscal_year", "total_apprehensions"]
TOTAL_ROW = "southwest border"  # the sector label of the per-year total row
FIRST_YEAR = 1924  # the Border Patrol was founded in 1924


class UsbpHistorical(Source):
    id = "usbp_historical"

    def parse(self, path: Path, spec: FileSpec) -> Parsed:
        if spec.role == "document":
            return Parsed()  # the source PDFs: kept for provenance, never parsed
        name = Path(spec.path).name
        provenance = Check(
            "transcription", "pass",
            f"secondary transcription (jacobkap/borderpatrol) of the CBP PDF "
            f"{Path(spec.transcribes).name if spec.transcribes else '(not named)'}: figures are as "
            "transcribed, trace them to the PDF before quoting")
        if name == NATIONWIDE_FILE:
            table, checks = _nationwide(path)
        elif name == SECTOR_FILE:
            table, checks = _sectors(path)
        else:
            raise ParseError(path, f"{name!r} is not one of the files of this source "
                                   f"({NATIONWIDE_FILE}, {SECTOR_FILE})",
                             fix="Check the catalogue entry usbp_historical.")
        return Parsed({"apprehensions_history": table}, [provenance, *checks])


def _read(path: Path, columns: list[str]) -> pa.Table:
    # Counts are int32 (the warehouse column is INTEGER): read_csv refuses "12.5", a blank or a
    # count beyond int32 with its line, and a last line without its line break (a line cut short
    # still parses, "1925,2", so that is the only sign of truncation).
    raw = read_csv(path, columns, {"fiscal_year": pa.int16(), "total_apprehensions": pa.int32()})
    if raw.num_rows == 0:
        raise ParseError(path, "the file has a header but no rows")
    this_year = dt.date.today().year
    fy, n = raw["fiscal_year"], raw["total_apprehensions"]
    reject_rows(path, raw, "fiscal_year", pc.or_(pc.less(fy, FIRST_YEAR), pc.greater(fy, this_year)),
                f"should be a fiscal year in {FIRST_YEAR}..{this_year}")
    reject_rows(path, raw, "total_apprehensions", pc.less(n, 0),
                "should be a non-negative whole number of apprehensions")
    return raw


def _nationwide(path: Path) -> tuple[pa.Table, list[Check]]:
    raw = _read(path, NATIONWIDE_COLUMNS)
    check_unique(path, raw, ["fiscal_year"])
    table = _table(raw, "nationwide", pa.nulls(raw.num_rows, pa.string()))
    return table, [_coverage(table)]


def _sectors(path: Path) -> tuple[pa.Table, list[Check]]:
    raw = _read(path, SECTOR_COLUMNS)
    reject_rows(path, raw, "sector", pc.equal(pc.utf8_trim_whitespace(raw["sector"]), ""),
                "is empty")
    check_unique(path, raw, ["sector", "fiscal_year"])
    is_total = pc.equal(pc.utf8_lower(pc.utf8_trim_whitespace(raw["sector"])), TOTAL_ROW)
    sectors = raw.filter(pc.invert(is_total))
    totals = raw.filter(is_total)
    checks = [_sector_totals(path, sectors, totals)]
    table = _table(sectors, "southwest_border", sectors["sector"])
    checks.append(_coverage(table))
    checks.append(_against_nationwide(path, totals))
    return table, checks


def _table(raw: pa.Table, scope: str, sector) -> pa.Table:
    return pa.table({
        "src_row": raw["src_row"],
        "scope": pa.array([scope] * raw.num_rows, pa.string()),
        "sector": sector,
        "fiscal_year": raw["fiscal_year"],
        "apprehensions": pc.cast(raw["total_apprehensions"], pa.int32()),
    })


def _sector_totals(path: Path, sectors: pa.Table, totals: pa.Table) -> Check:
    """The per-year total row must equal the sum of that year's sectors."""
    computed = sectors.group_by("fiscal_year").aggregate([("total_apprehensions", "sum")]) \
        .rename_columns(["fiscal_year", "computed"])
    stated = totals.select(["fiscal_year", "total_apprehensions", "src_row"]) \
        .rename_columns(["fiscal_year", "stated", "line"])
    both = stated.join(computed, "fiscal_year", join_type="full outer").sort_by("fiscal_year")
    no_total = both.filter(pc.is_null(both["stated"]))
    has_total = both.filter(pc.is_valid(both["stated"]))
    diff = pc.subtract(has_total["stated"], pc.fill_null(has_total["computed"], 0))
    wrong = has_total.filter(pc.not_equal(diff, 0))
    if wrong.num_rows:
        lines = "; ".join(
            f"FY{r['fiscal_year']} (line {r['line']}): stated {int(r['stated']):,}, "
            f"sum of sectors {int(r['computed'] or 0):,}"
            for r in wrong.slice(0, 5).to_pylist())
        more = f" and {wrong.num_rows - 5} more year(s)" if wrong.num_rows > 5 else ""
        raise CheckError(
            f"{path}: the '{TOTAL_ROW}' total row disagrees with the sum of its sectors in "
            f"{wrong.num_rows} year(s): {lines}{more}. The transcription may be damaged; compare "
            "with the CBP PDF and download the file again.")
    if no_total.num_rows:
        years = ", ".join(str(y) for y in no_total["fiscal_year"].to_pylist()[:10])
        return Check("sector_totals", "warn",
                     f"{has_total.num_rows} years' '{TOTAL_ROW}' rows equal the sum of their "
                     f"sectors (the total rows are not loaded); {no_total.num_rows} year(s) have "
                     f"no total row to check: {years}")
    return Check("sector_totals", "pass",
                 f"in all {has_total.num_rows} years the '{TOTAL_ROW}' row equals the sum of the "
                 f"sectors exactly (total rows checked, not loaded)")


def _against_nationwide(path: Path, totals: pa.Table) -> Check:
    """Southwest-border totals should not exceed the nationwide totals of the same year."""
    sibling = path.parent / NATIONWIDE_FILE
    if not sibling.is_file():
        return Check("southwest_within_nationwide", "warn",
                     f"{NATIONWIDE_FILE} is not beside this file: not cross-checked")
    try:
        nationwide = _read(sibling, NATIONWIDE_COLUMNS)
    except SourceError as exc:
        return Check("southwest_within_nationwide", "warn",
                     f"{NATIONWIDE_FILE} could not be read, not cross-checked: {exc}")
    nw = nationwide.select(["fiscal_year", "total_apprehensions"]) \
        .rename_columns(["fiscal_year", "nationwide"])
    both = totals.join(nw, "fiscal_year", join_type="inner").sort_by("fiscal_year")
    over = both.filter(pc.greater(both["total_apprehensions"], both["nationwide"]))
    if over.num_rows:
        years = "; ".join(f"FY{r['fiscal_year']}: southwest border "
                          f"{int(r['total_apprehensions']):,} > nationwide {int(r['nationwide']):,}"
                          for r in over.slice(0, 5).to_pylist())
        return Check("southwest_within_nationwide", "warn",
                     f"in {over.num_rows} of {both.num_rows} years the southwest-border total "
                     f"exceeds the nationwide total: {years}")
    share = pc.divide(pc.cast(both["total_apprehensions"], pa.float64()),
                      pc.cast(both["nationwide"], pa.float64()))
    lo, hi = pc.min(share).as_py(), pc.max(share).as_py()
    return Check("southwest_within_nationwide", "pass",
                 f"in all {both.num_rows} common years the southwest-border total is at most the "
                 f"nationwide total ({lo:.1%}-{hi:.1%} of it)")


def _coverage(table: pa.Table) -> Check:
    years = pc.unique(table["fiscal_year"])
    lo, hi = pc.min(years).as_py(), pc.max(years).as_py()
    missing = (hi - lo + 1) - len(years)
    return Check("years_covered", "warn" if missing else "pass",
                 f"FY{lo}-FY{hi}, {len(years)} years, {table.num_rows} rows"
                 + (f"; {missing} year(s) missing in between" if missing else ", none missing"))
