"""Border indicators on the real mirror, each figure cross-checked against the raw CBP files.

The raw checks read the publisher's CSV with the csv module (header = row 1, so the n-th data row
is ``src_row`` n + 1), independently of the parsers and the warehouse.
"""

from __future__ import annotations

import csv
import time
from collections import defaultdict
from functools import cache

import pytest
from conftest import SHARED_DATA

from tradecheck.errors import ConfigError, UnknownIdError
from tradecheck.indicators import run
from tradecheck.indicators.border import KG_PER_LB

MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}
SBO = "cbp_encounters/sbo-encounters-fy22-fy25-aug.csv"
NW_OLD = "cbp_encounters/nationwide-encounters-fy20-fy23-state.csv"
NW_NEW = "cbp_encounters/nationwide-encounters-fy22-fy25-state.csv"
DRUGS = "cbp_drug_seizures/nationwide-drugs-fy23-fy26-dec.csv"


@cache
def raw(path: str) -> list[dict]:
    """The file's rows as dicts, each with its ``src_row`` and calendar ``ym``."""
    with (SHARED_DATA / path).open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    fy_key = "Fiscal Year" if "Fiscal Year" in rows[0] else "FY"
    for i, r in enumerate(rows, start=2):
        fy, m = int(r[fy_key][:4]), MONTHS[r["Month (abbv)"]]
        r["src_row"], r["fy"], r["ym"] = i, fy, (fy - 1 if m >= 10 else fy, m)
    return rows


def raw_monthly(path: str, count: str = "Encounter Count") -> dict[tuple[int, int], int]:
    out: dict[tuple[int, int], int] = defaultdict(int)
    for r in raw(path):
        out[r["ym"]] += int(r[count])
    return out


@cache
def raw_nationwide() -> dict[tuple[int, int], int]:
    """Nationwide monthly totals, each month from the latest release that has it."""
    return {**raw_monthly(NW_OLD), **raw_monthly(NW_NEW)}


def cited_sum(result, count: str = "Encounter Count") -> float:
    """The sum of the rows a result cites, read back from the raw files."""
    total = 0.0
    for ev in result.evidence:
        by_row = {r["src_row"]: r for r in raw(ev.path)}
        total += sum(float(by_row[i][count]) for i in ev.rows)
    return total


# -- encounters ---------------------------------------------------------------------------------

def test_southwest_border_fy2024(ctx):
    r = run("encounters", ctx=ctx, dataset="southwest_border", period="FY2024")
    expected = sum(int(x["Encounter Count"]) for x in raw(SBO) if x["fy"] == 2024)
    assert r.value == expected == 2_135_005
    assert r.text == "2,135,005 encounters"
    (ev,) = r.evidence
    assert ev.path == SBO and ev.release_date.isoformat() == "2025-09-15"
    assert cited_sum(r) == r.value  # the cited rows are the figure
    usbp = run("encounters", ctx=ctx, dataset="southwest_border", period="FY2024", component="usbp")
    ofo = run("encounters", ctx=ctx, dataset="southwest_border", period="FY2024", component="ofo")
    assert usbp.value + ofo.value == r.value and usbp.value == 1_530_523


def test_nationwide_june_2025_against_the_2021_2024_average(ctx):
    june = run("encounters", ctx=ctx, dataset="nationwide", period="June 2025")
    assert june.value == raw_nationwide()[(2025, 6)] == 25_185
    assert cited_sum(june) == june.value
    months = [(y, m) for y in range(2021, 2025) for m in range(1, 13)]
    average = sum(raw_nationwide()[ym] for ym in months) / 48
    avg = run("encounters_average", ctx=ctx, dataset="nationwide", period="2021..2024")
    assert avg.value == pytest.approx(average) and round(avg.value) == 228_025
    assert {e.path for e in avg.evidence} == {NW_OLD, NW_NEW}  # Jan-Sep 2021 only in the old file
    change = run("encounters_change", ctx=ctx, dataset="nationwide", period="2025-06",
                 base="2021..2024")
    assert change.value == pytest.approx(100 * (25_185 / average - 1))
    assert round(change.value, 2) == -88.96 and change.text == "-89.0%"
    # Fiscal years FY2021-FY2024 (October 2020 - September 2024) give a slightly smaller drop.
    fiscal = run("encounters_change", ctx=ctx, dataset="nationwide", period="2025-06",
                 base="FY2021..FY2024")
    fy_months = [(2020, m) for m in (10, 11, 12)] + months[:45]
    assert fiscal.value == pytest.approx(
        100 * (25_185 / (sum(raw_nationwide()[ym] for ym in fy_months) / 48) - 1))
    assert round(fiscal.value, 1) == -88.8


def test_uncovered_period_names_coverage_and_source(ctx):
    # The SBO file starts in October 2021: calendar 2021 is not covered.
    r = run("encounters_change", ctx=ctx, dataset="southwest_border", period="2025-06",
            base="2021..2024")
    assert r.value is None
    assert "October 2021" in r.notes[0] and "region=southwest" in r.notes[0]
    # ... but the nationwide files' southwest region is, from October 2019.
    sw = run("encounters", ctx=ctx, dataset="nationwide", region="southwest", period="2021..2024")
    assert sw.value == sum(int(x["Encounter Count"]) for p in (NW_OLD, NW_NEW) for x in raw(p)
                           if x["Land Border Region"] == "Southwest Land Border"
                           and (2021, 1) <= x["ym"] <= (2024, 12)
                           and (p == NW_NEW or x["ym"] < (2021, 10)))
    with pytest.raises(ConfigError, match="do not split"):
        run("encounters", ctx=ctx, dataset="nationwide", period="2024", component="usbp")


def test_record_low_month_and_as_of(ctx, real_home):
    series = raw_nationwide()
    low = min(series, key=series.get)
    r = run("encounters_record", ctx=ctx, dataset="nationwide")
    assert low == (2025, 7) and r.value == series[low] == 24_589
    assert r.detail["month"] == "2025-07" and r.detail["coverage"] == ["2019-10", "2025-09"]
    assert len(r.detail["series"]) == 72 and "October 2019" in r.notes[0]
    # With today's figures cut at June 2025, June 2025 was then the record low ...
    then = run("encounters_record", ctx=ctx, dataset="nationwide", through="2025-06")
    assert then.detail["month"] == "2025-06" and then.value == 25_185
    # ... and it is still lower than every earlier month: "the lowest on record" (since Oct 2019).
    since = run("encounters_lowest_since", ctx=ctx, dataset="nationwide", month="2025-06")
    assert since.detail["since"] is None and since.detail["on_record"]
    assert all(v > 25_185 for ym, v in series.items() if ym < (2025, 6))
    assert "on record" in since.label and "October 2019" in since.notes[0]
    # July 2025 overtook it: a later month is lower.
    assert run("encounters_lowest_since", ctx=ctx, dataset="nationwide", month="2025-07"
               ).detail["on_record"]
    # As of 2025-07-31 no nationwide release covered June 2025 (the FY2025 year-end file came
    # out on 2025-10-20): the question could not be answered with the data published then.
    old = run("encounters_lowest_since", as_of="2025-07-31", dataset="nationwide", month="2025-06")
    assert old.value is None and "2025-10-20" in old.notes[0] and "September 2023" in old.notes[0]
    old_record = run("encounters_record", as_of="2025-07-31", dataset="nationwide")
    assert old_record.detail["month"] == "2020-04" and old_record.value == series[(2020, 4)]
    assert {e.path for e in old_record.evidence} == {NW_OLD}
    # A month that is lowest since an earlier one.
    sep = run("encounters_lowest_since", ctx=ctx, dataset="nationwide", month="2025-09")
    assert sep.detail["since"] == "2025-07"


@cache
def raw_ohss_southwest() -> dict[tuple[int, int], tuple[int, int]]:
    """OHSS KHSM's Border Patrol encounters at the southwest border by month: (count, sheet row)."""
    import openpyxl

    book = openpyxl.load_workbook(SHARED_DATA / "ohss_usbp/KHSM Encounters (USBP) fy25m11.xlsx", read_only=True)
    out = {}
    for i, (fy, month, region, n) in enumerate(book["Monthly Region"].iter_rows(min_row=2, values_only=True), 2):
        if region == "Southwest Land Border" and month:
            m = (int(month.split()[0]) + 8) % 12 + 1      # "01 October": the fiscal year's first month
            out[(fy - 1 if m >= 10 else fy, m)] = (int(n), i)
    book.close()
    return out


def test_border_patrol_months_reach_back_through_ohss(ctx):
    ohss = raw_ohss_southwest()
    # May 2019 comes from OHSS's Monthly Region sheet, which the SBO file (October 2021 on) lacks
    may = run("encounters", ctx=ctx, dataset="southwest_border", period="2019-05", component="usbp")
    assert may.value == ohss[(2019, 5)][0] == 132_860
    assert [(e.path, e.rows) for e in may.evidence] == [
        ("ohss_usbp/KHSM Encounters (USBP) fy25m11.xlsx", (ohss[(2019, 5)][1],))]
    assert "OHSS" in may.definition
    # from October 2021 the SBO file's own unrounded count is used, not OHSS's
    sbo = raw(SBO)
    oct21 = sum(int(x["Encounter Count"]) for x in sbo if x["ym"] == (2021, 10) and x["Component"] == "U.S. Border Patrol")
    assert run("encounters", ctx=ctx, dataset="southwest_border", period="2021-10", component="usbp").value == oct21
    # March 2025 (7,180) is the lowest Border Patrol month since OHSS's series starts in October 1999
    low = run("encounters_lowest_since", ctx=ctx, dataset="southwest_border", month="2025-03", component="usbp")
    assert low.value == 7_180 and low.detail["on_record"] and low.detail["coverage"][0] == "1999-10"
    assert min(n for n, _ in ohss.values()) > 7_180
    # all of CBP (Field Operations too) still starts with the SBO file
    everyone = run("encounters_lowest_since", ctx=ctx, dataset="southwest_border", month="2025-03")
    assert everyone.detail["coverage"][0] == "2021-10"
    # the fiscal-year series keeps OHSS as its own series for FY2021, not as SBO months
    rows = {x["fiscal_year"]: x for x in run("usbp_apprehensions", ctx=ctx, scope="southwest_border",
                                               fiscal_year=2021).detail["series"]}
    assert rows[2021]["series"] == "ohss" and rows[2022]["series"] == "sbo"


def test_as_of_before_any_release(real_home):
    r = run("encounters", as_of="2019-01-01", dataset="nationwide", period="FY2020")
    assert r.value is None
    assert "No release of CBP encounters, nationwide had been published by 2019-01-01" in r.notes[0]
    assert "nationwide-encounters-fy20-fy23-state.csv" in r.notes[0]
    s = run("seizures", as_of="2019-01-01", drug="fentanyl", period="FY2019")
    assert s.value is None and "2019-01-01" in s.notes[0]


def test_impossible_period_and_unknown_drug(ctx):
    with pytest.raises(ConfigError, match="not a month"):
        run("encounters", ctx=ctx, dataset="nationwide", period="2025-13")
    with pytest.raises(UnknownIdError, match="Did you mean 'fentanyl'"):
        run("seizures", ctx=ctx, drug="fentanil", period="FY2023")
    with pytest.raises(UnknownIdError):
        run("encounters", ctx=ctx, dataset="southwest", period="2024")


# -- Border Patrol, joined series -----------------------------------------------------------

def test_usbp_joined_series_and_break(ctx):
    r = run("usbp_apprehensions", ctx=ctx, scope="nationwide", fiscal_year=2019)
    with (SHARED_DATA / "usbp_historical/nationwide_total_apprehensions_1925_2019.csv").open() as f:
        hist = {int(x["fiscal_year"]): int(x["total_apprehensions"]) for x in csv.DictReader(f)}
    assert r.value == hist[2019] == 859_501
    assert r.evidence[0].path.startswith("usbp_historical/") and r.evidence[0].rows == (2,)
    assert any("Title 42" in n for n in r.notes) and any("Overlap FY2000–FY2019" in n for n in r.notes)
    rows = {x["fiscal_year"]: x for x in r.detail["series"]}
    assert rows[1925]["series"] == rows[2019]["series"] == "history"
    assert rows[2020]["series"] == rows[2024]["series"] == "ohss"
    assert rows[2019]["other"] == {"ohss": 859_500} and rows[2019]["difference"] == {"ohss": -1}
    assert "Title 42" in rows[2021]["measure"] and rows[2019]["measure"] == "Title 8 apprehensions"

    swb = run("usbp_apprehensions", ctx=ctx, scope="southwest_border", fiscal_year=2024)
    usbp_2024 = sum(int(x["Encounter Count"]) for x in raw(SBO)
                    if x["fy"] == 2024 and x["Component"] == "U.S. Border Patrol")
    assert swb.value == usbp_2024 == 1_530_523
    srows = {x["fiscal_year"]: x for x in swb.detail["series"]}
    assert srows[2022]["series"] == "sbo" and srows[2021]["series"] == "ohss"
    assert srows[1960]["series"] == "history" and abs(srows[2024]["difference"]["ohss"]) <= 5
    assert srows[2022]["title_42"] > 0 and srows[2024]["title_42"] == 0


def test_usbp_lowest_since(ctx):
    r = run("usbp_lowest_since", ctx=ctx, scope="southwest_border", fiscal_year=2025)
    ytd = sum(int(x["Encounter Count"]) for x in raw(SBO)
              if x["fy"] == 2025 and x["Component"] == "U.S. Border Patrol")
    assert r.detail["ytd"] == ytd and r.detail["months"] == 11
    assert r.value == pytest.approx(ytd * 12 / 11)
    assert r.detail["since"] == 1970 and r.detail["years"] == 55
    assert any("crosses series" in n for n in r.notes)
    assert run("usbp_lowest_since", ctx=ctx, scope="southwest_border", fiscal_year=2025,
               partial="ytd").detail["since"] == 1970
    # Nationwide, OHSS has only October-November 2024 of FY2025: too few months to compare.
    few = run("usbp_lowest_since", ctx=ctx, scope="nationwide", fiscal_year=2025)
    assert few.value is None and "Only 2 months" in few.notes[0]
    assert run("usbp_lowest_since", ctx=ctx, scope="nationwide", fiscal_year=2024
               ).detail["since"] == 2020


@cache
def raw_ohss_annual(sheet: str) -> dict[tuple[int, str], tuple[int, int]]:
    """OHSS KHSM's annual Border Patrol encounters by region or sector: (count, sheet row)."""
    import openpyxl

    book = openpyxl.load_workbook(SHARED_DATA / "ohss_usbp/KHSM Encounters (USBP) fy25m11.xlsx", read_only=True)
    out = {(int(fy), name): (int(n), i) for i, (fy, name, n) in enumerate(
        book[sheet].iter_rows(min_row=2, values_only=True), 2) if fy and name}
    book.close()
    return out


def test_usbp_regions_and_sectors(ctx):
    regions = raw_ohss_annual("Annual Region")
    north = run("usbp_apprehensions", ctx=ctx, scope="northern_border", fiscal_year=2024)
    assert north.value == regions[(2024, "Northern Land Border")][0] == 23_720
    assert north.evidence[0].rows == (regions[(2024, "Northern Land Border")][1],)
    assert "at the northern border" in north.label
    sectors = raw_ohss_annual("Annual Sector")
    # a southwest sector: the historical tables to FY2019, OHSS after
    with (SHARED_DATA / "usbp_historical/southwest_border_apprehensions_1960_2019.csv").open() as f:
        tucson = {int(x["fiscal_year"]): int(x["total_apprehensions"]) for x in csv.DictReader(f) if x["sector"] == "tucson"}
    assert run("usbp_apprehensions", ctx=ctx, sector="Tucson", fiscal_year=2005).value == tucson[2005] == 439_079
    r = run("usbp_apprehensions", ctx=ctx, sector="tucson sector", fiscal_year=2023)
    assert r.value == sectors[(2023, "Tucson, AZ")][0] and "in the Tucson sector (southwest border)" in r.label
    # a quiet sector skips months with none; its year is still whole
    havre = run("usbp_apprehensions", ctx=ctx, sector="Havre", fiscal_year=2024).detail["series"]
    assert next(x for x in havre if x["fiscal_year"] == 2024)["partial"] is False
    assert run("usbp_record", ctx=ctx, sector="Swanton", fiscal_year=2024).detail["on_record"]
    with pytest.raises(UnknownIdError, match="Did you mean 'tucson'"):
        run("usbp_apprehensions", ctx=ctx, sector="Tuscon", fiscal_year=2024)


def test_usbp_sector_rank(ctx):
    sectors = raw_ohss_annual("Annual Sector")
    southwest = sorted(((n, name) for (fy, name), (n, _) in sectors.items() if fy == 2023 and name.endswith(
        ("TX", "AZ", "CA")) and not name.startswith("Livermore")), reverse=True)
    r = run("usbp_sector_rank", ctx=ctx, sector="Del Rio", fiscal_year=2023)
    assert r.value == 1 + [name for _, name in southwest].index("Del Rio, TX") == 2
    assert r.detail["ranking"][0]["sector"] == southwest[0][1] == "El Paso, TX" and r.detail["of"] == 9
    # all regions: Livermore published nothing in FY2024 and is left out, said so
    wide = run("usbp_sector_rank", ctx=ctx, sector="San Diego", fiscal_year=2024, scope="nationwide")
    assert wide.value == 2 and wide.detail["of"] == 20 and any("Livermore" in n for n in wide.notes)
    assert run("usbp_sector_rank", ctx=ctx, sector="Blaine", fiscal_year=2025).value is None   # 2 months


# -- seizures and doses ---------------------------------------------------------------------

def test_fentanyl_fy2023_in_pounds_and_kilograms(ctx):
    lb = run("seizures", ctx=ctx, drug="Fentanyl", period="FY2023")
    expected = sum(float(x["Sum Qty (lbs)"]) for x in raw(DRUGS)
                   if x["fy"] == 2023 and x["Drug Type"] == "Fentanyl")
    assert lb.value == pytest.approx(expected) and round(lb.value, 2) == 27_022.85
    assert cited_sum(lb, "Sum Qty (lbs)") == pytest.approx(lb.value)
    kg = run("seizures", ctx=ctx, drug="FENTANYL", period="FY2023", unit="kg")
    assert kg.value == pytest.approx(expected * 0.45359237) and KG_PER_LB == 0.45359237
    assert round(kg.value, 1) == 12_257.4 and kg.unit == "kg"
    since = run("seizures", ctx=ctx, drug="fentanyl", period="2025-02..")
    assert since.value == pytest.approx(sum(
        float(x["Sum Qty (lbs)"]) for x in raw(DRUGS)
        if x["ym"] >= (2025, 2) and x["Drug Type"] == "Fentanyl"))
    assert since.label.endswith("February 2025 – December 2025")


def test_seizures_by_component_split_the_cbp_total(ctx):
    # the file's Component column: Border Patrol between the ports, Field Operations at them
    parts = {}
    for component, name in (("usbp", "U.S. Border Patrol"), ("ofo", "Office of Field Operations")):
        r = run("seizures", ctx=ctx, drug="fentanyl", period="FY2024", component=component)
        assert r.value == pytest.approx(sum(float(x["Sum Qty (lbs)"]) for x in raw(DRUGS) if x["fy"] == 2024
                                            and x["Drug Type"] == "Fentanyl" and x["Component"] == name))
        assert name in r.label and f"component {name}" in r.definition
        assert cited_sum(r, "Sum Qty (lbs)") == pytest.approx(r.value)
        parts[component] = r.value
    assert round(parts["ofo"], 1) == 18_900.3
    total = run("seizures", ctx=ctx, drug="fentanyl", period="FY2024").value
    assert parts["usbp"] + parts["ofo"] == pytest.approx(total)
    southwest = run("seizures", ctx=ctx, drug="fentanyl", period="FY2024", component="usbp", region="southwest")
    assert round(southwest.value, 1) == 2_934.8 and southwest.value < parts["usbp"]


def test_lethal_doses(ctx):
    r = run("lethal_doses", ctx=ctx, kg=258)
    assert r.value == 129_000_000 and r.text == "129,000,000 doses"
    assert "2 mg" in r.definition and "DEA" in r.definition and "2 mg" in r.notes[0]
    assert run("lethal_doses", ctx=ctx, kg=258, lethal_dose_mg=3).value == 86_000_000
    assert run("lethal_doses", ctx=ctx, lb=1).value == pytest.approx(453_592.37 / 2)
    seized = run("lethal_doses", ctx=ctx, period="FY2023")
    assert seized.value == pytest.approx(27_022.85091570415 * 0.45359237 * 1e6 / 2)
    assert seized.evidence and seized.components[0].unit == "kg"
    with pytest.raises(ConfigError, match="exactly one"):
        run("lethal_doses", ctx=ctx, kg=1, lb=1)
    with pytest.raises(ConfigError, match="no default lethal dose"):
        run("lethal_doses", ctx=ctx, drug="cocaine", kg=1)


# -- speed --------------------------------------------------------------------------------------

CALLS = [
    ("encounters", {"dataset": "southwest_border", "period": "FY2024"}),
    ("encounters_average", {"dataset": "nationwide", "period": "2021..2024"}),
    ("encounters_change", {"dataset": "nationwide", "period": "2025-06", "base": "2021..2024"}),
    ("encounters_record", {"dataset": "nationwide"}),
    ("encounters_lowest_since", {"dataset": "nationwide", "month": "2025-06"}),
    ("usbp_apprehensions", {"scope": "southwest_border", "fiscal_year": 2024}),
    ("usbp_lowest_since", {"scope": "southwest_border", "fiscal_year": 2025}),
    ("seizures", {"drug": "fentanyl", "period": "FY2023"}),
    ("lethal_doses", {"period": "FY2023"}),
]


@pytest.mark.parametrize("name,params", CALLS, ids=[c[0] for c in CALLS])
def test_warm_call_is_fast(ctx, name, params):
    first = run(name, ctx=ctx, **params)
    start = time.perf_counter()
    second = run(name, ctx=ctx, **params)
    assert time.perf_counter() - start < 0.020
    assert second.value == first.value
    second.to_dict()  # serialisable, detail included
