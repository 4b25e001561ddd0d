"""CBP encounter CSVs (southwest border, nationwide) and the OHSS Border Patrol workbook.

Real-mirror tests pin figures CBP and OHSS publish; fixture tests run on tiny files in the
publishers' formats (tests/fixtures/mirror/...); bad-input tests check that every failure is one of
ours and names the file and the line, sheet or column.
"""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pyarrow.compute as pc
import pytest

from tradecheck.catalogue import source_meta
from tradecheck.errors import CheckError, LayoutError, ParseError
from tradecheck.sources import _cbp
from tradecheck.sources.cbp_encounters_nationwide import CbpEncountersNationwide
from tradecheck.sources.cbp_encounters_swb import CbpEncountersSwb
from tradecheck.sources.ohss_usbp import SHEETS, OhssUsbp

SCHEMA = Path(__file__).resolve().parents[1] / "src" / "tradecheck" / "warehouse" / "schema.sql"
SBO = "cbp_encounters/sbo-encounters-fy22-fy25-aug.csv"
NW_20_23 = "cbp_encounters/nationwide-encounters-fy20-fy23-state.csv"
NW_22_25 = "cbp_encounters/nationwide-encounters-fy22-fy25-state.csv"
OHSS = "ohss_usbp/KHSM Encounters (USBP) fy25m11.xlsx"


def source(cls):
    return cls(source_meta(cls.id))


def spec_of(src, path):
    return next(s for s in src.files() if s.path == path)


def parse(cls, root: Path, path: str, file: Path | None = None):
    src = source(cls)
    return src.parse(file or root / path, spec_of(src, path))


def schema_columns(table: str) -> list[str]:
    block = re.search(rf"CREATE TABLE {table} \((.*?)\n\);", SCHEMA.read_text(), re.DOTALL).group(1)
    lines = [line.strip() for line in block.splitlines()]
    names = [line.split()[0] for line in lines if line and not line.startswith("--")]
    return [n for n in names if n not in ("file_id", "country_id")]


def total(table, **where) -> int:
    mask = None
    for column, value in where.items():
        m = pc.equal(table[column], value)
        mask = m if mask is None else pc.and_(mask, m)
    return pc.sum(table.filter(mask)["encounters"]).as_py()


def check_ids(parsed) -> set[str]:
    return {c.check_id for c in parsed.checks if c.status == "pass"}


# --- real mirror ------------------------------------------------------------------------------

def test_real_sbo_fy2024_total(shared_data):
    parsed = parse(CbpEncountersSwb, shared_data, SBO)
    table = parsed.tables["encounters"]
    assert total(table, fiscal_year=2024) == 2_135_005
    assert {"total_fy2024", "month_grouping", "fy_labels", "counts_non_negative",
            "unique_rows"} <= check_ids(parsed)
    assert set(table["dataset"].to_pylist()) == {"southwest_border"}
    components = set(table["component"].to_pylist())
    assert components == {"U.S. Border Patrol", "Office of Field Operations"}
    assert table["fy_label"].to_pylist().count("2025 (FYTD)") == pc.sum(
        pc.equal(table["fiscal_year"], 2025)).as_py()


def test_real_calendar_conversion(shared_data):
    table = parse(CbpEncountersSwb, shared_data, SBO).tables["encounters"]
    oct_2024 = table.filter(pc.and_(pc.equal(table["year"], 2024), pc.equal(table["month"], 10)))
    assert oct_2024.num_rows > 0
    assert set(oct_2024["fiscal_year"].to_pylist()) == {2025}
    assert set(oct_2024["fy_label"].to_pylist()) == {"2025 (FYTD)"}
    # and the file's first month: October 2021 is in FY2022
    assert (pc.min(table["year"]).as_py(), table["month"][0].as_py()) == (2021, 10)


def test_real_nationwide_june_2025(shared_data):
    parsed = parse(CbpEncountersNationwide, shared_data, NW_22_25)
    table = parsed.tables["encounters"]
    with open(shared_data / NW_22_25, newline="", encoding="utf-8") as fh:
        independent = sum(int(r["Encounter Count"]) for r in csv.DictReader(fh)
                          if r["Fiscal Year"] == "2025" and r["Month (abbv)"] == "JUN")
    assert total(table, year=2025, month=6) == independent == 25_185
    assert table.num_rows == 47_100
    assert {f"total_fy{y}" for y in (2022, 2023, 2024, 2025)} <= check_ids(parsed)


def test_real_nationwide_fy20_fy23_totals(shared_data):
    parsed = parse(CbpEncountersNationwide, shared_data, NW_20_23)
    table = parsed.tables["encounters"]
    assert {f"total_fy{y}" for y in (2020, 2021, 2022, 2023)} <= check_ids(parsed)
    assert total(table, fiscal_year=2021) == 1_956_519
    assert table["component"].null_count == table["encounter_type"].null_count == table.num_rows


def test_real_ohss_workbook(shared_data):
    parsed = parse(OhssUsbp, shared_data, OHSS)
    table = parsed.tables["usbp_encounters"]
    october = table.filter(pc.and_(pc.equal(table["sheet"], "Monthly Count"),
                                   pc.equal(table["fiscal_year"], 2000)))
    first = october.slice(0, 1).to_pylist()[0]
    assert (first["year"], first["month"], first["src_row"]) == (1999, 10, 2)
    assert first["encounters"] == 89_810
    assert set(table["sheet"].to_pylist()) == set(SHEETS)
    assert {"annual_vs_monthly_count", "annual_vs_annual_region", "rounded_to_tens",
            "unique_rows"} <= check_ids(parsed)
    assert total(table, sheet="Annual Count", fiscal_year=2024) == 1_557_320


# --- fixtures ---------------------------------------------------------------------------------

def test_fixture_sbo(fixture_mirror):
    parsed = parse(CbpEncountersSwb, fixture_mirror, SBO)
    table = parsed.tables["encounters"]
    assert table.column_names == schema_columns("encounters")
    assert table.num_rows == 36
    sep = table.filter(pc.and_(pc.equal(table["fiscal_year"], 2024), pc.equal(table["month"], 9)))
    assert set(sep["month_grouping"].to_pylist()) == {"Remaining"}
    assert set(sep["year"].to_pylist()) == {2024}
    # FY2024 is not the whole release, so CBP's FY2024 total is not applied to this excerpt
    assert "total_fy2024" not in check_ids(parsed)
    # src_row is the CSV line the row was read from
    lines = (fixture_mirror / SBO).read_text().splitlines()
    for row in table.to_pylist()[:5]:
        assert lines[row["src_row"] - 1].endswith("," + str(row["encounters"]))


def test_fixture_nationwide_sorted_by_month_name(fixture_mirror):
    raw = (fixture_mirror / NW_22_25).read_bytes()
    assert b"\r\n" in raw  # like the real release
    table = parse(CbpEncountersNationwide, fixture_mirror, NW_22_25).tables["encounters"]
    assert table.column_names == schema_columns("encounters")
    dates = list(zip(table["year"].to_pylist(), table["month"].to_pylist()))
    assert dates == sorted(dates)  # rows come back in date order whatever the file's order
    assert dates[0] == (2023, 10)
    assert total(table, year=2025, month=6, state="NY") == sum(
        int(r["Encounter Count"]) for r in csv.DictReader(raw.decode().splitlines())
        if r["Fiscal Year"] == "2025" and r["Month (abbv)"] == "JUN" and r["State"] == "NY")
    china = table.filter(pc.equal(table["state"], "NY"))["citizenship"].to_pylist()
    assert "CHINA, PEOPLES REPUBLIC OF" in china
    assert table["component"].null_count == table.num_rows


def test_fixture_nationwide_fy20_fy23(fixture_mirror):
    table = parse(CbpEncountersNationwide, fixture_mirror, NW_20_23).tables["encounters"]
    assert table.num_rows == 38
    assert "UC / Single Minors" in table["demographic"].to_pylist()  # as published in this release
    assert set(table["dataset"].to_pylist()) == {"nationwide"}


def test_fixture_ohss(fixture_mirror):
    parsed = parse(OhssUsbp, fixture_mirror, OHSS)
    table = parsed.tables["usbp_encounters"]
    assert table.column_names == schema_columns("usbp_encounters")
    assert set(table["sheet"].to_pylist()) == set(SHEETS)
    annual = table.filter(pc.equal(table["sheet"], "Annual Count")).to_pylist()
    # a title and a blank row sit above the header: data starts on sheet row 4
    assert [r["src_row"] for r in annual] == [4, 5]
    assert annual[0]["freq"] == "A" and annual[0]["year"] is None and annual[0]["region"] is None
    regions = table.filter(pc.equal(table["sheet"], "Annual Region"))
    assert regions.num_rows == 6  # the note below the table is not a row
    sector = table.filter(pc.equal(table["sheet"], "Monthly Rgn and Sector")).to_pylist()[0]
    assert sector["freq"] == "M" and sector["region"] and sector["sector"]
    assert sector["citizenship"] is None
    nov = table.filter(pc.and_(pc.equal(table["sheet"], "Monthly Count"),
                               pc.equal(table["fiscal_year"], 2025))).to_pylist()
    assert [(r["year"], r["month"]) for r in nov] == [(2024, 10), (2024, 11)]


def test_calendar_years_follow_fiscal_to_calendar():
    import pyarrow as pa
    fy = pa.array([2025] * 12, pa.int16())
    month = pa.array(range(1, 13), pa.int8())
    assert _cbp.calendar_years(fy, month).to_pylist() == [2025] * 9 + [2024] * 3
    assert _cbp.fiscal_month(month).to_pylist() == [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]


# --- bad input --------------------------------------------------------------------------------

@pytest.fixture
def sbo_copy(fixture_mirror, tmp_path) -> Path:
    path = tmp_path / Path(SBO).name
    shutil.copy(fixture_mirror / SBO, path)
    return path


def lines_of(path: Path) -> list[str]:
    return path.read_text().splitlines()


def write_lines(path: Path, lines: list[str]) -> None:
    path.write_text("\r\n".join(lines) + "\r\n")


def test_truncated_csv_names_the_line(sbo_copy, fixture_mirror):
    data = sbo_copy.read_bytes().rstrip(b"\r\n")
    sbo_copy.write_bytes(data[: data.rfind(b",", 0, data.rfind(b",") - 1)])  # cut the last line
    with pytest.raises(ParseError) as err:
        parse(CbpEncountersSwb, fixture_mirror, SBO, sbo_copy)
    assert "line 37" in str(err.value) and str(sbo_copy) in str(err.value)


def test_renamed_column_is_layout_error(sbo_copy, fixture_mirror):
    lines = lines_of(sbo_copy)
    lines[0] = lines[0].replace("Encounter Count", "Encounters")
    write_lines(sbo_copy, lines)
    with pytest.raises(LayoutError) as err:
        parse(CbpEncountersSwb, fixture_mirror, SBO, sbo_copy)
    assert "Encounter Count" in err.value.expected and "Encounters" in err.value.found
    assert "'Encounter Count'" in str(err.value) and "'Encounters'" in str(err.value)


@pytest.mark.parametrize("content, words", [
    (b"", "empty"),
    (b"\x00\x01\x02PK\x03\x04" * 50, "binary"),
])
@pytest.mark.parametrize("cls, path", [(CbpEncountersSwb, SBO),
                                       (CbpEncountersNationwide, NW_22_25)])
def test_empty_or_binary_csv(tmp_path, fixture_mirror, cls, path, content, words):
    bad = tmp_path / Path(path).name
    bad.write_bytes(content)
    with pytest.raises(ParseError, match=words):
        parse(cls, fixture_mirror, path, bad)


def test_header_only_csv(sbo_copy, fixture_mirror):
    write_lines(sbo_copy, lines_of(sbo_copy)[:1])
    with pytest.raises(ParseError, match="no rows"):
        parse(CbpEncountersSwb, fixture_mirror, SBO, sbo_copy)


def test_impossible_month_names_the_line(sbo_copy, fixture_mirror):
    lines = lines_of(sbo_copy)
    lines[5] = re.sub(r",[A-Z]{3},", ",XYZ,", lines[5], count=1)
    assert ",XYZ," in lines[5]
    write_lines(sbo_copy, lines)
    with pytest.raises(ParseError) as err:
        parse(CbpEncountersSwb, fixture_mirror, SBO, sbo_copy)
    assert "line 6" in str(err.value) and "'XYZ'" in str(err.value)


def test_bad_fiscal_year_label_names_the_line(sbo_copy, fixture_mirror):
    lines = lines_of(sbo_copy)
    lines[3] = "FY24" + lines[3][4:]
    write_lines(sbo_copy, lines)
    with pytest.raises(ParseError, match="line 4"):
        parse(CbpEncountersSwb, fixture_mirror, SBO, sbo_copy)


def test_negative_count_names_the_line(sbo_copy, fixture_mirror):
    lines = lines_of(sbo_copy)
    lines[2] = lines[2].rsplit(",", 1)[0] + ",-5"
    write_lines(sbo_copy, lines)
    with pytest.raises(ParseError, match="line 3.*negative|negative.*line 3"):
        parse(CbpEncountersSwb, fixture_mirror, SBO, sbo_copy)


@pytest.mark.parametrize("value", ["n/a", "", "1.5", "many", "+5"])
def test_non_numeric_count_names_the_line(sbo_copy, fixture_mirror, value):
    lines = lines_of(sbo_copy)
    lines[8] = lines[8].rsplit(",", 1)[0] + "," + value
    write_lines(sbo_copy, lines)
    with pytest.raises(ParseError, match="line 9"):
        parse(CbpEncountersSwb, fixture_mirror, SBO, sbo_copy)


def test_partial_latest_year_must_be_labelled_fytd(sbo_copy, fixture_mirror):
    write_lines(sbo_copy, [line.replace("2025 (FYTD)", "2025") for line in lines_of(sbo_copy)])
    with pytest.raises(CheckError, match=r"FY2025.*2025 \(FYTD\)"):
        parse(CbpEncountersSwb, fixture_mirror, SBO, sbo_copy)


def test_wrong_month_grouping_is_check_error(sbo_copy, fixture_mirror):
    write_lines(sbo_copy, [line.replace(",Remaining,", ",FYTD,") for line in lines_of(sbo_copy)])
    with pytest.raises(CheckError, match="Month Grouping") as err:
        parse(CbpEncountersSwb, fixture_mirror, SBO, sbo_copy)
    assert str(sbo_copy) in str(err.value) and "'Remaining'" in str(err.value)


def test_stated_total_mismatch_is_check_error(tmp_path, fixture_mirror):
    """A file covering the years of the FY20-FY23 release is held to CBP's totals for it."""
    header = lines_of(fixture_mirror / NW_20_23)[0]
    rows = [f"{fy},FYTD,{m},Southwest Land Border,TX,Single Adults,MEXICO,Title 8,1000"
            for fy in (2020, 2021, 2022, 2023) for m in ("OCT", "NOV", "DEC", "JAN", "FEB", "MAR",
                                                         "APR", "MAY", "JUN", "JUL", "AUG", "SEP")]
    bad = tmp_path / Path(NW_20_23).name
    write_lines(bad, [header] + rows)
    with pytest.raises(CheckError) as err:
        parse(CbpEncountersNationwide, fixture_mirror, NW_20_23, bad)
    message = str(err.value)
    assert str(bad) in message and "FY2020" in message
    assert "646,822" in message and "12,000" in message


# --- bad workbooks ----------------------------------------------------------------------------

def edited_workbook(fixture_mirror, tmp_path, edit) -> Path:
    from openpyxl import load_workbook
    wb = load_workbook(fixture_mirror / OHSS)
    edit(wb)
    path = tmp_path / Path(OHSS).name
    wb.save(path)
    return path


def test_ohss_renamed_sheet(fixture_mirror, tmp_path):
    def rename(wb):
        wb["Annual Region"].title = "Annual Regions"
    path = edited_workbook(fixture_mirror, tmp_path, rename)
    with pytest.raises(LayoutError) as err:
        parse(OhssUsbp, fixture_mirror, OHSS, path)
    assert "Annual Region" in err.value.expected and "Annual Regions" in err.value.found
    assert str(path) in str(err.value) and "missing ['Annual Region']" in str(err.value)
    assert "expected sheets [" in str(err.value)  # not "columns"


def test_ohss_renamed_column_below_a_title(fixture_mirror, tmp_path):
    def rename(wb):
        wb["Annual Count"]["B3"] = "Encounters"  # the header is on row 3, under a title
    path = edited_workbook(fixture_mirror, tmp_path, rename)
    with pytest.raises(LayoutError) as err:
        parse(OhssUsbp, fixture_mirror, OHSS, path)
    message = str(err.value)
    assert "'Annual Count'" in message and "row 3" in message and str(path) in message
    assert "Quantity" in err.value.expected and "Encounters" in err.value.found


def test_find_header_names_the_closest_row_not_a_title():
    from tradecheck.sources.base import find_header
    rows = [["KHSM Encounters (USBP)", "", ""], ["", "", ""], ["Fiscal\nYear", "Encounters", ""],
            [2024.0, 10.0, ""]]
    with pytest.raises(LayoutError) as err:
        find_header(Path("x.xlsx"), rows, ["Fiscal Year", "Quantity"], "Annual Count")
    assert err.value.found == ["Fiscal Year", "Encounters"]  # white space folded
    assert err.value.where.startswith("sheet 'Annual Count', row 3, the closest")
    assert "missing ['Quantity']" in str(err.value)  # 'Fiscal Year' was found
    with pytest.raises(LayoutError) as err:
        find_header(Path("x.xlsx"), [["", ""], ["Title", ""]], ["Fiscal Year"], "S")
    assert err.value.found == ["Title"] and "row 2, its first non-empty row" in err.value.where


def test_count_beyond_int32_names_the_limit(sbo_copy, fixture_mirror):
    lines = lines_of(sbo_copy)
    lines[8] = lines[8].rsplit(",", 1)[0] + ",9999999999"
    write_lines(sbo_copy, lines)
    with pytest.raises(ParseError, match=r"line 9\).*'Encounter Count' should be a whole number of "
                                         r"at most 2,147,483,647, found '9999999999'"):
        parse(CbpEncountersSwb, fixture_mirror, SBO, sbo_copy)


def test_ohss_extra_column(fixture_mirror, tmp_path):
    def add(wb):
        wb["Annual Sector"]["D1"] = "Gender"
    path = edited_workbook(fixture_mirror, tmp_path, add)
    with pytest.raises(LayoutError, match="Gender"):
        parse(OhssUsbp, fixture_mirror, OHSS, path)


def test_ohss_bad_month_names_sheet_and_row(fixture_mirror, tmp_path):
    def edit(wb):
        wb["Monthly Sector"]["B3"] = "13 Smarch"
    path = edited_workbook(fixture_mirror, tmp_path, edit)
    with pytest.raises(ParseError, match=r"'Monthly Sector', row 3.*13 Smarch"):
        parse(OhssUsbp, fixture_mirror, OHSS, path)


def test_ohss_text_quantity_names_sheet_and_row(fixture_mirror, tmp_path):
    def edit(wb):
        wb["Annual Citizenship"]["C2"] = "n/a"
    path = edited_workbook(fixture_mirror, tmp_path, edit)
    with pytest.raises(ParseError, match=r"'Annual Citizenship', row 2.*Quantity"):
        parse(OhssUsbp, fixture_mirror, OHSS, path)


def test_ohss_annual_count_beyond_rounding(fixture_mirror, tmp_path):
    def edit(wb):
        ws = wb["Annual Count"]
        ws["B4"] = ws["B4"].value + 1000
    path = edited_workbook(fixture_mirror, tmp_path, edit)
    with pytest.raises(CheckError, match="FY2024 'Annual Count'") as err:
        parse(OhssUsbp, fixture_mirror, OHSS, path)
    assert str(path) in str(err.value)


def test_ohss_unknown_sheet_warns(fixture_mirror, tmp_path):
    path = edited_workbook(fixture_mirror, tmp_path, lambda wb: wb.create_sheet("Notes"))
    parsed = parse(OhssUsbp, fixture_mirror, OHSS, path)
    assert any(c.status == "warn" and "Notes" in c.detail for c in parsed.checks)


@pytest.mark.parametrize("content", [b"", b"Fiscal Year,Quantity\n2024,10\n", b"\x00junk" * 100])
def test_ohss_not_a_workbook(tmp_path, fixture_mirror, content):
    bad = tmp_path / Path(OHSS).name
    bad.write_bytes(content)
    with pytest.raises(ParseError) as err:
        parse(OhssUsbp, fixture_mirror, OHSS, bad)
    assert str(bad) in str(err.value)


def test_repeated_row_is_refused(sbo_copy, fixture_mirror):
    lines = lines_of(sbo_copy)
    write_lines(sbo_copy, lines + [lines[4]])
    with pytest.raises(ParseError, match=r"first on line 5, last on line 38"):
        parse(CbpEncountersSwb, fixture_mirror, SBO, sbo_copy)


def test_ohss_repeated_row_is_refused(fixture_mirror, tmp_path):
    def edit(wb):
        ws = wb["Annual Sector"]
        ws.append([c.value for c in ws[2]])
    path = edited_workbook(fixture_mirror, tmp_path, edit)
    with pytest.raises(ParseError, match=r"first on sheet row 2, last on sheet row 6"):
        parse(OhssUsbp, fixture_mirror, OHSS, path)
