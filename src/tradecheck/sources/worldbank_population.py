"""World Bank total population (WDI ``SP.POP.TOTL``), as republished in tidy form by datahub.io.

The file is ``Country Name, Country Code, Year, Value``, one row per economy and year. Regional and
income aggregates (``WLD``, ``HIC``, ``LMY`` ...) share the code column with countries: they are
loaded as published, and the build's country reconciliation tells them apart.

Checks made here (a failing one raises):

* every year lies in 1960 (the first WDI year) .. the current calendar year;
* every value is a whole, positive number of persons;
* no (code, year) appears twice;
* the world row ``WLD`` of each year is at least every other row of that year, and at least the
  sum of its two income halves, high income ``HIC`` plus low & middle income ``LMY``. In the Mar
  2026 mirror the world exceeds HIC + LMY by 0.98% (1960) to 1.97% (2024); the gap is reported in
  the check, not explained.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from ..catalogue import FileSpec
from ..errors import CheckError, ParseError
from .base import Check, Parsed, Source, check_unique, read_csv, reject_rows

COLUMNS = ["Country Name", "Country Code", "Year", "Value"]
FIRST_YEAR = 1960  # the first year of the World Development Indicators
MAX_PERSONS = 1e11  # ten times today's world: above it a value is a unit or typing error


class WorldbankPopulation(Source):
    id = "worldbank_population"

    def parse(self, path: Path, spec: FileSpec) -> Parsed:
        # Value is read as a float, not an integer, so that a whole number written "54922.0" (as a
        # tidy CSV written from a float column may have it) is accepted; "5.5" is refused below.
        raw = read_csv(path, COLUMNS, {"Year": pa.int16(), "Value": pa.float64()})
        if raw.num_rows == 0:
            raise ParseError(path, "the file has a header but no rows")
        for col in ("Country Code", "Country Name"):
            reject_rows(path, raw, col, pc.equal(raw[col], ""), "is empty")
        this_year = dt.date.today().year
        year, value = raw["Year"], raw["Value"]
        reject_rows(path, raw, "Year",
                    pc.or_(pc.less(year, FIRST_YEAR), pc.greater(year, this_year)),
                    f"should be a year in {FIRST_YEAR}..{this_year}")
        reject_rows(path, raw, "Value",
                    pc.or_(pc.or_(pc.less_equal(value, 0), pc.greater(value, MAX_PERSONS)),
                           pc.not_equal(pc.floor(value), value)),
                    f"should be a positive whole number of persons, at most {MAX_PERSONS:,.0f}")
        check_unique(path, raw, ["Country Code", "Year"])

        table = pa.table({
            "src_row": raw["src_row"],
            "code": raw["Country Code"],
            "name": raw["Country Name"],
            "year": year,
            "persons": pc.cast(value, pa.int64()),
        })
        checks = [
            Check("years_in_range", "pass",
                  f"years {pc.min(year).as_py()}-{pc.max(year).as_py()}, "
                  f"within {FIRST_YEAR}..{this_year}"),
            Check("persons_positive_integers", "pass",
                  f"{table.num_rows} values, all positive whole numbers of persons"),
            Check("unique_code_year", "pass",
                  f"{table.num_rows} rows, {table.num_rows} distinct (code, year), "
                  f"{pc.count_distinct(table['code']).as_py()} codes, no duplicates"),
            *_world_bounds(path, table),
        ]
        return Parsed({"population": table}, checks)


def _world_bounds(path: Path, table: pa.Table) -> list[Check]:
    code = table["code"]
    world = table.filter(pc.equal(code, "WLD")).select(["year", "persons"]) \
        .rename_columns(["year", "world"])
    if world.num_rows == 0:
        return [Check("world_bounds", "warn",
                      "no world (WLD) rows in the file: bounds not checked")]

    others = table.filter(pc.not_equal(code, "WLD")).join(world, "year")
    over = others.filter(pc.greater(others["persons"], others["world"]))
    if over.num_rows:
        r = over.slice(0, 1).to_pylist()[0]
        raise CheckError(f"{path}: the population of {r['name']} ({r['code']}) in {r['year']} "
                         f"({r['persons']:,}, line {r['src_row']}) exceeds the stated world total "
                         f"(WLD: {r['world']:,}); {over.num_rows} row(s) do. The file is "
                         "inconsistent: download it again or report it to the publisher.")
    checks = [Check("world_is_largest", "pass",
                    f"in each of {world.num_rows} years no row exceeds the world (WLD) total")]

    halves = table.filter(pc.is_in(code, pa.array(["HIC", "LMY"])))
    sums = halves.group_by("year").aggregate([("persons", "sum"), ("persons", "count")])
    sums = sums.filter(pc.equal(sums["persons_count"], 2)).join(world, "year")
    if sums.num_rows == 0:
        checks.append(Check("world_vs_income_groups", "warn",
                            "no year has both HIC and LMY rows: "
                            "world vs income groups not checked"))
        return checks
    gap = pc.subtract(sums["world"], sums["persons_sum"])
    short = sums.filter(pc.less(gap, 0))
    if short.num_rows:
        r = short.sort_by("year").slice(0, 1).to_pylist()[0]
        raise CheckError(f"{path}: in {r['year']} the stated world total (WLD) is "
                         f"{r['world']:,} but high income (HIC) plus low & middle income (LMY) is "
                         f"{r['persons_sum']:,}: "
                         "the world cannot be smaller than its parts. Download the file again or "
                         "report it to the publisher.")
    share = pc.divide(pc.cast(gap, pa.float64()), pc.cast(sums["world"], pa.float64()))
    lo, hi = pc.min(share).as_py(), pc.max(share).as_py()
    checks.append(Check(
        "world_vs_income_groups", "pass",
        f"in {sums.num_rows} years WLD >= HIC + LMY; the world exceeds the two income groups by "
        f"{lo:.2%}-{hi:.2%} (measured, not explained: the income aggregates of this "
        "release do not add up to its world total)"))
    return checks
