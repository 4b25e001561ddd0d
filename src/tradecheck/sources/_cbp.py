"""CBP's CSV conventions, shared by its encounter (and drug-seizure) files.

CBP labels fiscal years as published, the latest one often ``'2025 (FYTD)'``; months are
three-letter abbreviations (``'OCT'``); a fiscal year runs October to September, so October to
December belong to the previous calendar year. Everything here is vectorised over Arrow arrays:
the nationwide files hold close to 50,000 rows.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from ..errors import CheckError, ParseError
from .base import MONTHS, Check, Parsed, check_unique, fiscal_to_calendar, read_csv

__all__ = [
    "ENCOUNTER_FIELDS",
    "FY_LABEL",
    "calendar_months",
    "calendar_years",
    "check_failed",
    "check_fy_labels",
    "check_month_grouping",
    "check_non_negative",
    "check_stated_totals",
    "encounters_table",
    "first_row",
    "fiscal_month",
    "fiscal_years",
    "null_if_empty",
    "parse_encounters",
    "require_rows",
]

#: A fiscal-year label as CBP publishes it: ``'2024'``; the year in progress ``'2025 (FYTD)'``.
FY_LABEL = r"^(\d{4})(?: \(FYTD\))?$"

_ABBREVIATIONS = pa.array(list(MONTHS))  # 'JAN'..'DEC', position + 1 = calendar month
# Calendar-year offset of each calendar month within its fiscal year (-1 for Oct-Dec), taken from
# base.fiscal_to_calendar so that the rule lives in one place.
_YEAR_OFFSET = pa.array([fiscal_to_calendar(0, m) for m in range(1, 13)], pa.int16())


def first_row(table: pa.Table, mask: pa.Array) -> tuple[int, dict]:
    """The ``src_row`` and the values of the first row where ``mask`` is true (for messages)."""
    row = table.slice(pc.index(mask, True).as_py(), 1).to_pylist()[0]
    return row.pop("src_row"), row


def require_rows(path: Path, table: pa.Table) -> None:
    """Refuse a file that has a header but no data rows."""
    if table.num_rows == 0:
        raise ParseError(path, "the file has a header but no rows",
                         fix="The download may have been cut short; download it again.")


def fiscal_years(path: Path, table: pa.Table, column: str) -> pa.Array:
    """Fiscal years (int16) from labels like ``'2024'`` or ``'2025 (FYTD)'``.

    Raises:
        ParseError: a label is not of that form (the message names its line).
    """
    labels = table[column]
    ok = pc.match_substring_regex(labels, FY_LABEL)
    if not pc.all(ok).as_py():
        line, row = first_row(table, pc.invert(ok))
        raise ParseError(path, f"the fiscal year {row[column]!r} is not a year like '2024' or "
                               "'2025 (FYTD)'", where=f"line {line}")
    return pc.cast(pc.utf8_slice_codeunits(labels, 0, 4), pa.int16())


def calendar_months(path: Path, table: pa.Table, column: str) -> pa.Array:
    """Calendar months 1-12 (int8) from CBP's upper-case three-letter abbreviations.

    Raises:
        ParseError: a value is not a month abbreviation (the message names its line).
    """
    index = pc.index_in(table[column], value_set=_ABBREVIATIONS)
    if index.null_count:
        line, row = first_row(table, pc.is_null(index))
        raise ParseError(path, f"the month {row[column]!r} is not one of {', '.join(MONTHS)}",
                         where=f"line {line}")
    return pc.cast(pc.add(index, 1), pa.int8())


def calendar_years(fiscal_year: pa.Array, month: pa.Array) -> pa.Array:
    """Calendar year (int16) of each month of a fiscal year: October 2024 is in FY2025."""
    offset = pc.take(_YEAR_OFFSET, pc.subtract(pc.cast(month, pa.int32()), 1))
    return pc.add(fiscal_year, offset)


def fiscal_month(month: pa.Array) -> pa.Array:
    """Position of a calendar month in its fiscal year: October = 1 ... September = 12."""
    return pc.add(pc.remainder(pc.add(pc.cast(month, pa.int16()), 2), 12), 1)


def null_if_empty(values: pa.ChunkedArray) -> pa.ChunkedArray:
    """Empty cells become NULL (the warehouse's "not given")."""
    return pc.if_else(pc.equal(values, ""), pa.scalar(None, pa.string()), values)


def check_failed(path: Path, figure: str, stated: object, computed: object,
                 why: str = "") -> CheckError:
    """A :class:`CheckError` naming the file, the figure, the stated and the computed values."""
    def fmt(v):
        return f"{v:,}" if isinstance(v, int) else repr(v)
    return CheckError(
        f"{path}: {figure} disagrees: stated {fmt(stated)}, computed {fmt(computed)}."
        + (f" {why}" if why else "")
        + " The file may be incomplete or a different release;"
        " compare it with the publisher's page."
    )


def check_non_negative(path: Path, table: pa.Table, column: str, values: pa.Array) -> Check:
    """Counts are never negative.

    Raises:
        ParseError: one is (the message names its line).
    """
    negative = pc.less(values, 0)
    n = pc.sum(negative).as_py() or 0
    if n:
        line, row = first_row(table, negative)
        raise ParseError(path, f"{n} count(s) in {column!r} are negative, the first in {row}",
                         where=f"line {line}")
    return Check("counts_non_negative", "pass", f"{table.num_rows:,} counts, none negative")


def check_fy_labels(path: Path, labels: pa.ChunkedArray, fy: pa.Array, month: pa.Array) -> Check:
    """Only the latest fiscal year may be labelled ``(FYTD)``, and it must be when incomplete.

    CBP labels the year in progress ``'2025 (FYTD)'``; a year-end file may label it plainly.
    """
    pairs = pa.table({"fy": fy, "label": labels}).group_by(["fy", "label"]).aggregate([])
    by_year: dict[int, list[str]] = {}
    for row in pairs.to_pylist():
        by_year.setdefault(row["fy"], []).append(row["label"])
    for year, found in sorted(by_year.items()):
        if len(found) > 1:
            raise check_failed(path, f"the label of FY{year}", sorted(found), "one label")
    latest = max(by_year)
    latest_label = by_year[latest][0]
    months = pc.count_distinct(pc.filter(month, pc.equal(fy, latest))).as_py()
    for year, (label,) in by_year.items():
        if year != latest and "FYTD" in label:
            raise check_failed(path, f"the label of FY{year}", label, f"{year}",
                               f"Only the latest fiscal year (FY{latest}) can be year-to-date.")
    if months < 12 and "FYTD" not in latest_label:
        raise check_failed(path, f"the label of FY{latest}", latest_label, f"{latest} (FYTD)",
                           f"FY{latest} has {months} months, so it is a year to date.")
    return Check("fy_labels", "pass",
                 f"FY{min(by_year)}-FY{latest}; latest labelled {latest_label!r} ({months} months)")


def check_month_grouping(path: Path, table: pa.Table, fy: pa.Array, month: pa.Array,
                         column: str = "Month Grouping") -> Check:
    """``'FYTD'`` marks months up to the latest month of the latest year, ``'Remaining'`` the rest.

    In a file through August, every September row of earlier years is ``'Remaining'``; in a
    year-end file every row is ``'FYTD'``.
    """
    grouping = table[column]
    allowed = pc.is_in(grouping, value_set=pa.array(["FYTD", "Remaining"]))
    if not pc.all(allowed).as_py():
        line, row = first_row(table, pc.invert(allowed))
        raise ParseError(path, f"{column!r} should be 'FYTD' or 'Remaining', found {row[column]!r}",
                         where=f"line {line}")
    fmonth = fiscal_month(month)
    latest = pc.max(fy).as_py()
    cutoff = pc.max(pc.filter(fmonth, pc.equal(fy, latest))).as_py()
    expected = pc.if_else(pc.less_equal(fmonth, cutoff), "FYTD", "Remaining")
    wrong = pc.not_equal(grouping, expected)
    if pc.any(wrong).as_py():
        line, row = first_row(table, wrong)
        i = pc.index(wrong, True).as_py()
        raise check_failed(path, f"{column!r} on line {line} ({row})", grouping[i].as_py(),
                           expected[i].as_py(),
                           f"The file's latest month is fiscal month {cutoff} of FY{latest}; "
                           "earlier years' later months are 'Remaining'.")
    n = {k: pc.sum(pc.equal(grouping, k)).as_py() for k in ("FYTD", "Remaining")}
    return Check("month_grouping", "pass",
                 f"'FYTD' = fiscal months 1-{cutoff} of each year ({n['FYTD']:,} rows), "
                 f"'Remaining' = the later months of earlier years ({n['Remaining']:,} rows)")


def check_stated_totals(path: Path, fy: pa.Array, counts: pa.ChunkedArray,
                        releases: dict[tuple[int, ...], dict[int, int]], what: str) -> list[Check]:
    """Fiscal-year totals the publisher states must equal the sum of the file's rows.

    ``releases`` maps the fiscal years a release covers to the totals stated for it. A file is
    recognised as that release by the years it covers (so a revised file with the same years is
    held to the same figures, and a fixture or partial file with other years is not checked).

    Raises:
        CheckError: a total differs.
    """
    sums = pa.table({"fy": fy, "n": counts}).group_by("fy").aggregate([("n", "sum")])
    computed = dict(zip(sums["fy"].to_pylist(), sums["n_sum"].to_pylist()))
    stated = releases.get(tuple(sorted(computed)))
    if stated is None:
        return []
    checks = []
    for year, total in sorted(stated.items()):
        if year not in computed:
            continue
        if computed[year] != total:
            raise check_failed(path, f"the FY{year} total of {what}", total, computed[year],
                               "Stated: CBP's published total; computed: the sum of the rows.")
        checks.append(Check(f"total_fy{year}", "pass",
                            f"FY{year} {what}: {total:,} as stated by CBP = sum of rows"))
    return checks


#: The columns of the warehouse table ``encounters`` that a parser returns, with their Arrow types.
ENCOUNTER_FIELDS = pa.schema([
    ("src_row", pa.int32()),
    ("dataset", pa.string()),
    ("fiscal_year", pa.int16()),
    ("fy_label", pa.string()),
    ("year", pa.int16()),
    ("month", pa.int8()),
    ("month_grouping", pa.string()),
    ("component", pa.string()),
    ("land_border_region", pa.string()),
    ("state", pa.string()),
    ("demographic", pa.string()),
    ("citizenship", pa.string()),
    ("title_of_authority", pa.string()),
    ("encounter_type", pa.string()),
    ("encounters", pa.int32()),
])


#: The columns every CBP encounters CSV has, around its own descriptive ones.
ENCOUNTER_HEAD = ["Fiscal Year", "Month Grouping", "Month (abbv)"]
ENCOUNTER_COUNT = "Encounter Count"


def parse_encounters(path: Path, dataset: str, columns: dict[str, str],
                     stated_totals: dict[tuple[int, ...], dict[int, int]], what: str) -> Parsed:
    """Read a CBP encounters CSV into ``encounters`` rows, checked, and against CBP's totals.

    The file has the columns of :data:`ENCOUNTER_HEAD`, its own descriptive columns (``columns``
    maps each warehouse column to the file's header) and ``'Encounter Count'``. ``dataset`` is
    the value of the ``dataset`` column; ``stated_totals`` and ``what`` go to
    :func:`check_stated_totals`.

    Raises:
        ParseError, LayoutError: as :func:`~.base.read_csv` and :func:`encounters_table`.
        CheckError: a label, a month grouping or a stated total disagrees.
    """
    # A count that is blank, 'n/a', '1.5' or beyond int32 is refused by read_csv, line named.
    table = read_csv(path, [*ENCOUNTER_HEAD, *columns.values(), ENCOUNTER_COUNT],
                     {ENCOUNTER_COUNT: pa.int32()})
    out, checks = encounters_table(path, table, dataset, columns)
    checks += check_stated_totals(path, out["fiscal_year"], out["encounters"], stated_totals, what)
    return Parsed({"encounters": out}, checks)


def encounters_table(path: Path, table: pa.Table, dataset: str,
                     columns: dict[str, str]) -> tuple[pa.Table, list[Check]]:
    """Turn a CBP encounters CSV (read by ``base.read_csv``) into ``encounters`` rows and checks.

    ``'Encounter Count'`` is read as int32, so read_csv has refused any count that is not a whole
    number, with its line.

    ``columns`` maps the warehouse's descriptive columns to the file's own headers; those the file
    lacks are NULL. Nothing depends on row order (the FY2022-FY2025 nationwide file is sorted by
    month name); rows come back in date order, then file order.
    """
    require_rows(path, table)
    fy = fiscal_years(path, table, "Fiscal Year")
    month = calendar_months(path, table, "Month (abbv)")
    encounters = table[ENCOUNTER_COUNT]
    checks = [check_non_negative(path, table, ENCOUNTER_COUNT, encounters),
              check_fy_labels(path, table["Fiscal Year"], fy, month),
              check_month_grouping(path, table, fy, month)]
    n = table.num_rows
    data = {
        "src_row": table["src_row"],
        "dataset": pa.repeat(dataset, n),
        "fiscal_year": fy,
        "fy_label": table["Fiscal Year"],
        "year": calendar_years(fy, month),
        "month": month,
        "month_grouping": table["Month Grouping"],
    }
    for name in ENCOUNTER_FIELDS.names[7:-1]:
        data[name] = (null_if_empty(table[columns[name]]) if name in columns
                      else pa.nulls(n, pa.string()))
    data["encounters"] = encounters
    out = pa.table(data).cast(ENCOUNTER_FIELDS)
    checks.append(check_unique(path, out, ["fiscal_year", "month", *columns]))
    order = [("year", "ascending"), ("month", "ascending"), ("src_row", "ascending")]
    return out.sort_by(order), checks
