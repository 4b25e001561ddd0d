"""CBP Drug Seizure Statistics: events and pounds seized, by month, office and drug.

Files ``nationwide-drugs-fy19-fy22.csv`` and ``nationwide-drugs-fy23-fy26-dec.csv``, columns
``FY, Month (abbv), Component, Region, Land Filter, Area of Responsibility, Drug Type,
Count of Event, Sum Qty (lbs)``, one row per fiscal month, office and drug. Rows are loaded as
published (the drug keeps CBP's spelling, ``'Other Drugs**'``, ``'Lsd'``); CBP's conventions
(fiscal-year labels like ``'2026 (FYTD)'``, upper-case month abbreviations, Oct-Sep fiscal years)
are read by the shared helpers of :mod:`._cbp`.

Checks made here (a failing one raises):

* every month is a three-letter abbreviation ``JAN`` .. ``DEC`` (else ParseError, line named);
* event counts are whole and non-negative, pounds non-negative (else ParseError, line named);
* one row per fiscal year, month, component, region, land filter, office and drug (a repeated
  row would be counted twice: ParseError naming both lines);
* only the latest fiscal year may be labelled ``(FYTD)``, and it must be when it has fewer than
  12 months (the FY2019-FY2022 file is a year-end file: its FY2022 is complete and plain);
* a known figure: fentanyl seized in FY2023, 27,023 lb as CBP states it on its page (the
  FY2023-FY2026 file sums to 27,022.85 lb). Within 1 lb it passes; within 5% it warns (a later
  release may revise it); further off it raises, as the unit or the coverage has changed.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from ..catalogue import FileSpec
from . import _cbp
from .base import Check, Parsed, Source, check_unique, read_csv, reject_rows

COLUMNS = ["FY", "Month (abbv)", "Component", "Region", "Land Filter", "Area of Responsibility",
           "Drug Type", "Count of Event", "Sum Qty (lbs)"]

#: Figures CBP states on its drug-seizure page, checked when the file covers them:
#: (drug as published, fiscal year) -> pounds.
KNOWN_POUNDS = {("Fentanyl", 2023): 27_023}
KNOWN_TOLERANCE_LB = 1.0      # the stated figure is rounded to the pound
REVISION_TOLERANCE = 0.05     # beyond this share, not a revision but a different unit or coverage

SCHEMA = pa.schema([
    ("src_row", pa.int32()),
    ("fiscal_year", pa.int16()),
    ("fy_label", pa.string()),
    ("year", pa.int16()),
    ("month", pa.int8()),
    ("component", pa.string()),
    ("region", pa.string()),
    ("land_filter", pa.string()),
    ("area_of_responsibility", pa.string()),
    ("drug", pa.string()),
    ("events", pa.int32()),
    ("pounds", pa.float64()),
])


class CbpDrugSeizures(Source):
    id = "cbp_drug_seizures"

    def parse(self, path: Path, spec: FileSpec) -> Parsed:
        # Events are read as int32 (the warehouse column is INTEGER): read_csv refuses "3.5", a
        # blank or a count beyond int32 with its line.
        raw = read_csv(path, COLUMNS, {"Count of Event": pa.int32(), "Sum Qty (lbs)": pa.float64()})
        _cbp.require_rows(path, raw)
        fy = _cbp.fiscal_years(path, raw, "FY")
        month = _cbp.calendar_months(path, raw, "Month (abbv)")
        reject_rows(path, raw, "Drug Type", pc.equal(raw["Drug Type"], ""), "is empty")
        events, pounds = raw["Count of Event"], raw["Sum Qty (lbs)"]
        reject_rows(path, raw, "Count of Event", pc.less(events, 0),
                    "should be a non-negative whole number of events")
        reject_rows(path, raw, "Sum Qty (lbs)", pc.less(pounds, 0),
                    "should be a non-negative number of pounds")

        table = pa.table({
            "src_row": raw["src_row"],
            "fiscal_year": fy,
            "fy_label": raw["FY"],
            "year": _cbp.calendar_years(fy, month),
            "month": month,
            "component": _cbp.null_if_empty(raw["Component"]),
            "region": _cbp.null_if_empty(raw["Region"]),
            "land_filter": _cbp.null_if_empty(raw["Land Filter"]),
            "area_of_responsibility": _cbp.null_if_empty(raw["Area of Responsibility"]),
            "drug": raw["Drug Type"],
            "events": events,
            "pounds": pounds,
        }).cast(SCHEMA)
        checks = [
            Check("months_valid", "pass",
                  f"{table.num_rows:,} rows, every month one of JAN..DEC; "
                  f"{_count_months(fy, month)} distinct fiscal months"),
            Check("quantities_non_negative", "pass",
                  f"{table.num_rows:,} rows: events whole and non-negative, pounds non-negative "
                  f"({pc.sum(pounds).as_py():,.0f} lb, "
                  f"{pc.sum(events).as_py():,} events in all)"),
            check_unique(path, raw, COLUMNS[:7]),
            _cbp.check_fy_labels(path, raw["FY"], fy, month),
            *_known_figures(path, table),
        ]
        return Parsed({"seizures": table}, checks)


def _count_months(fy, month) -> int:
    return pa.table({"fy": fy, "month": month}).group_by(["fy", "month"]).aggregate([]).num_rows


def _known_figures(path: Path, table: pa.Table) -> list[Check]:
    checks = []
    for (drug, year), stated in KNOWN_POUNDS.items():
        rows = pc.and_(pc.equal(table["drug"], drug), pc.equal(table["fiscal_year"], year))
        n = pc.sum(rows).as_py() or 0
        figure = f"{drug} seized in FY{year}"
        check_id = f"known_{drug.lower()}_fy{year}"
        if not n:
            checks.append(Check(check_id, "pass", f"{figure} ({stated:,} lb, stated by CBP): "
                                                  "not in this file, not checked"))
            continue
        computed = pc.sum(pc.filter(table["pounds"], rows)).as_py()
        off = abs(computed - stated)
        detail = (f"{figure}: stated by CBP as {stated:,} lb; "
                  f"the file's {n} rows sum to {computed:,.2f} lb")
        if off <= KNOWN_TOLERANCE_LB:
            checks.append(Check(check_id, "pass", detail))
        elif off <= REVISION_TOLERANCE * stated:
            checks.append(Check(check_id, "warn",
                                detail + f" ({off / stated:.2%} off: a revision in this release?)"))
        else:
            raise _cbp.check_failed(path, f"{figure} (lb)", stated, round(computed, 2),
                                    f"That is {off / stated:.1%} off, beyond a revision: "
                                    "the unit or the coverage of the file has changed.")
    return checks
