"""Tests of four small sources: World Bank population, historical Border Patrol apprehensions, CBP
drug seizures and published figures.

Figures pinned here were read independently from the raw mirror files with the ``csv`` module (and
are recomputed that way in the tests), not taken from the parsers' output.
"""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest

from tradecheck.catalogue import FileSpec, source_meta
from tradecheck.errors import CheckError, LayoutError, ParseError
from tradecheck.sources.base import Parsed, Source
from tradecheck.sources.cbp_drug_seizures import CbpDrugSeizures
from tradecheck.sources.published_figures import PublishedFigures
from tradecheck.sources.usbp_historical import UsbpHistorical
from tradecheck.sources.worldbank_population import WorldbankPopulation

CLASSES = {cls.id: cls for cls in (WorldbankPopulation, UsbpHistorical, CbpDrugSeizures,
                                   PublishedFigures)}
SCHEMA_SQL = Path(__file__).resolve().parents[1] / "src" / "tradecheck" / "warehouse" / "schema.sql"

POP = "worldbank_population/population.csv"
NATIONWIDE = "usbp_historical/nationwide_total_apprehensions_1925_2019.csv"
SECTORS = "usbp_historical/southwest_border_apprehensions_1960_2019.csv"
DRUGS_19 = "cbp_drug_seizures/nationwide-drugs-fy19-fy22.csv"
DRUGS_23 = "cbp_drug_seizures/nationwide-drugs-fy23-fy26-dec.csv"
FIGURES = "published_figures/ustr-sme-exports.csv"

#: every data file of these sources: (source id, path in the mirror, a numeric column, its table)
DATA_FILES = [
    ("worldbank_population", POP, "Value", "population"),
    ("usbp_historical", NATIONWIDE, "total_apprehensions", "apprehensions_history"),
    ("usbp_historical", SECTORS, "total_apprehensions", "apprehensions_history"),
    ("cbp_drug_seizures", DRUGS_19, "Sum Qty (lbs)", "seizures"),
    ("cbp_drug_seizures", DRUGS_23, "Sum Qty (lbs)", "seizures"),
    ("published_figures", FIGURES, "value", "published_figures"),
]


def source(source_id: str) -> Source:
    # Built directly, not through the registry: these tests need only their own modules.
    return CLASSES[source_id](source_meta(source_id))


def spec(source_id: str, path: str) -> FileSpec:
    return next(f for f in source_meta(source_id).files if f.path == path)


def parse(root: Path, source_id: str, path: str) -> Parsed:
    return source(source_id).parse(root / path, spec(source_id, path))


def rows(parsed: Parsed, table: str) -> list[dict]:
    return parsed.tables[table].to_pylist()


def raw_rows(path: Path) -> list[tuple[int, dict]]:
    """(line, row) of a CSV file read with the csv module, the header being line 1."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(enumerate(csv.DictReader(fh), start=2))


def schema_columns(table: str) -> list[str]:
    """The columns of ``table`` in schema.sql, less file_id and country_id (the parser contract)."""
    body = re.search(rf"CREATE TABLE {table} \((.*?)\n\);", SCHEMA_SQL.read_text(), re.S).group(1)
    names = [line.split()[0] for line in body.splitlines()
             if line.strip() and not line.strip().startswith("--")]
    return [n for n in names if n not in ("file_id", "country_id")]


def copy_fixture(fixture_mirror: Path, tmp_path: Path, path: str) -> Path:
    """A writable copy of a fixture file, in the same mirror layout (siblings included)."""
    target = tmp_path / "mirror" / path
    if not target.parent.exists():
        shutil.copytree(fixture_mirror / Path(path).parent, target.parent)
    return target


def check_ids(parsed: Parsed) -> dict[str, str]:
    return {c.check_id: c.status for c in parsed.checks}


# --- the contract, on the fixtures and on the real files --------------------------------------

@pytest.mark.parametrize("source_id,path,_col,table", DATA_FILES)
def test_fixture_parses_to_schema(fixture_mirror, source_id, path, _col, table):
    parsed = parse(fixture_mirror, source_id, path)
    assert list(parsed.tables) == [table]
    out = parsed.tables[table]
    assert out.column_names == schema_columns(table)
    assert out.num_rows > 0
    assert out["src_row"].null_count == 0 and min(out["src_row"].to_pylist()) >= 2
    assert all(c.status in ("pass", "warn") for c in parsed.checks)


@pytest.mark.parametrize("source_id,path,_col,table", DATA_FILES)
def test_src_row_points_at_the_line(fixture_mirror, source_id, path, _col, table):
    """Each row's src_row is the line of the file it came from (header = line 1)."""
    lines = (fixture_mirror / path).read_text("utf-8").splitlines()
    for row in rows(parse(fixture_mirror, source_id, path), table):
        line = lines[row["src_row"] - 1]
        key = {"population": "code", "apprehensions_history": "fiscal_year",
               "seizures": "area_of_responsibility", "published_figures": "measure"}[table]
        assert str(row[key]) in line


@pytest.mark.parametrize("source_id,path,_col,table", DATA_FILES)
def test_real_file_parses_with_passing_checks(shared_data, source_id, path, _col, table):
    parsed = parse(shared_data, source_id, path)
    assert parsed.tables[table].column_names == schema_columns(table)
    assert parsed.rows == len(raw_rows(shared_data / path)) - (60 if path == SECTORS else 0)
    assert all(c.status == "pass" for c in parsed.checks), parsed.checks


# --- World Bank population --------------------------------------------------------------------

def test_population_mexico_and_china_2024(shared_data):
    independent = {row["Country Code"]: int(row["Value"]) for _, row in raw_rows(shared_data / POP)
                   if row["Year"] == "2024" and row["Country Code"] in ("MEX", "CHN")}
    assert independent == {"MEX": 130_861_007, "CHN": 1_408_975_000}
    table = rows(parse(shared_data, "worldbank_population", POP), "population")
    loaded = {r["code"]: r for r in table if r["year"] == 2024 and r["code"] in ("MEX", "CHN")}
    assert {c: r["persons"] for c, r in loaded.items()} == independent
    assert loaded["MEX"]["name"] == "Mexico" and loaded["CHN"]["name"] == "China"


def test_population_checks_on_real_file(shared_data):
    parsed = parse(shared_data, "worldbank_population", POP)
    assert check_ids(parsed) == {"years_in_range": "pass", "persons_positive_integers": "pass",
                                 "unique_code_year": "pass", "world_is_largest": "pass",
                                 "world_vs_income_groups": "pass"}
    detail = {c.check_id: c.detail for c in parsed.checks}
    assert "1960-2024" in detail["years_in_range"]
    assert "265 codes" in detail["unique_code_year"]


def test_population_fixture(fixture_mirror):
    parsed = parse(fixture_mirror, "worldbank_population", POP)
    table = parsed.tables["population"]
    assert table.num_rows == 12
    assert str(table.schema.field("persons").type) == "int64"
    mex = [r for r in table.to_pylist() if r["code"] == "MEX" and r["year"] == 2024]
    assert mex == [{"src_row": 9, "code": "MEX", "name": "Mexico", "year": 2024,
                    "persons": 130_861_007}]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_population_duplicate_is_refused(fixture_mirror, tmp_path):
    target = copy_fixture(fixture_mirror, tmp_path, POP)
    with open(target, "a", encoding="utf-8") as fh:
        fh.write("Mexico,MEX,2024,130861007\n")
    with pytest.raises(ParseError, match=r"Country Code='MEX', Year=2024 appears 2 times, "
                                         r"first on line 9, last on line 14"):
        parse(tmp_path / "mirror", "worldbank_population", POP)


@pytest.mark.parametrize("old,new,pattern", [
    ("Mexico,MEX,2024,130861007", "Mexico,MEX,1950,130861007",
     r"line 9.*'Year' should be a year in 1960"),
    ("Mexico,MEX,2024,130861007", "Mexico,MEX,2024,-5",
     r"line 9.*'Value' should be a positive whole"),
    ("Mexico,MEX,2024,130861007", "Mexico,MEX,2024,130861007.5", r"line 9.*found 130861007\.5"),
    ("Mexico,MEX,2024,130861007", "Mexico,MEX,2024,", r"line 9.*'Value'.*no number"),
    ("Mexico,MEX,2024,130861007", "Mexico,MEX,2024,1e300", r"line 9.*'Value'.*at most"),
    ("Mexico,MEX,2024,130861007", "Mexico,,2024,130861007", r"line 9.*'Country Code' is empty"),
])
def test_population_bad_values(fixture_mirror, tmp_path, old, new, pattern):
    target = copy_fixture(fixture_mirror, tmp_path, POP)
    _edit(target, old, new)
    with pytest.raises(ParseError, match=pattern):
        parse(tmp_path / "mirror", "worldbank_population", POP)


def test_population_bad_rows_are_counted(fixture_mirror, tmp_path):
    target = copy_fixture(fixture_mirror, tmp_path, POP)
    _edit(target, "Mexico,MEX,2023,", "Mexico,MEX,1950,")
    _edit(target, "Mexico,MEX,2024,", "Mexico,MEX,1951,")
    with pytest.raises(ParseError, match=r"line 8\).*'Year' should be a year in 1960\.\.\d{4}, "
                                         r"found 1950 \(1 more row\(s\) like it\)"):
        parse(tmp_path / "mirror", "worldbank_population", POP)


def test_population_world_smaller_than_a_country(fixture_mirror, tmp_path):
    target = copy_fixture(fixture_mirror, tmp_path, POP)
    _edit(target, "World,WLD,2024,8141808945", "World,WLD,2024,2000000000")
    with pytest.raises(CheckError, match=r"Low & middle income \(LMY\) in 2024 "
                                         r"\(6,563,501,708, line 7\) exceeds the stated world "
                                         r"total \(WLD: 2,000,000,000\); 1 row"):
        parse(tmp_path / "mirror", "worldbank_population", POP)


def test_population_world_smaller_than_income_groups(fixture_mirror, tmp_path):
    target = copy_fixture(fixture_mirror, tmp_path, POP)
    _edit(target, "World,WLD,2023,8064057930", "World,WLD,2023,7900000000")
    with pytest.raises(CheckError, match=r"2023.*7,900,000,000.*7,907,065,384"):
        parse(tmp_path / "mirror", "worldbank_population", POP)


# --- historical Border Patrol apprehensions ---------------------------------------------------

def test_apprehensions_fy2000_real(shared_data):
    nationwide = {row["fiscal_year"]: int(row["total_apprehensions"])
                  for _, row in raw_rows(shared_data / NATIONWIDE)}
    fy2000_raw = [row for _, row in raw_rows(shared_data / SECTORS) if row["fiscal_year"] == "2000"]
    sector_sum = sum(int(r["total_apprehensions"]) for r in fy2000_raw
                     if r["sector"] != "southwest border")
    stated = [int(r["total_apprehensions"]) for r in fy2000_raw
              if r["sector"] == "southwest border"]
    assert nationwide["2000"] == 1_676_438
    assert sector_sum == 1_643_679 and stated == [1_643_679]

    nw = rows(parse(shared_data, "usbp_historical", NATIONWIDE), "apprehensions_history")
    fy2000_nw = [(r["scope"], r["sector"], r["apprehensions"])
                 for r in nw if r["fiscal_year"] == 2000]
    assert fy2000_nw == [("nationwide", None, 1_676_438)]
    assert len(nw) == 95

    sw = rows(parse(shared_data, "usbp_historical", SECTORS), "apprehensions_history")
    fy2000 = [r for r in sw if r["fiscal_year"] == 2000]
    assert sum(r["apprehensions"] for r in fy2000) == 1_643_679
    assert len(fy2000) == 9 and {r["scope"] for r in fy2000} == {"southwest_border"}
    # sector names are kept as transcribed (lower case); the total row is never loaded
    assert {"big bend", "rio grande valley", "tucson"} <= {r["sector"] for r in fy2000}
    assert all(r["sector"] != "southwest border" for r in sw) and len(sw) == 540


def test_apprehensions_checks_on_real_file(shared_data):
    parsed = parse(shared_data, "usbp_historical", SECTORS)
    detail = {c.check_id: c.detail for c in parsed.checks}
    assert check_ids(parsed) == {"transcription": "pass", "sector_totals": "pass",
                                 "years_covered": "pass", "southwest_within_nationwide": "pass"}
    assert "secondary transcription" in detail["transcription"]
    assert ".pdf" in detail["transcription"]
    assert "all 60 years" in detail["sector_totals"]


def test_apprehensions_fixture(fixture_mirror):
    nw = parse(fixture_mirror, "usbp_historical", NATIONWIDE)
    assert [(r["src_row"], r["fiscal_year"], r["apprehensions"])
            for r in rows(nw, "apprehensions_history")] == [(2, 2019, 859_501), (3, 2018, 404_142),
                                                             (4, 1925, 22_199)]
    assert check_ids(nw)["years_covered"] == "warn"  # the fixture skips FY1926-FY2017
    sw = parse(fixture_mirror, "usbp_historical", SECTORS)
    assert sw.rows == 6
    assert check_ids(sw) == {"transcription": "pass", "sector_totals": "pass",
                             "years_covered": "pass", "southwest_within_nationwide": "pass"}


def test_apprehensions_total_row_disagrees(fixture_mirror, tmp_path):
    target = copy_fixture(fixture_mirror, tmp_path, SECTORS)
    _edit(target, "southwest border,2018,222479", "southwest border,2018,222480")
    with pytest.raises(CheckError,
                       match=r"FY2018 \(line 9\): stated 222,480, sum of sectors 222,479"):
        parse(tmp_path / "mirror", "usbp_historical", SECTORS)


def test_apprehensions_missing_total_row_warns(fixture_mirror, tmp_path):
    target = copy_fixture(fixture_mirror, tmp_path, SECTORS)
    _edit(target, "southwest border,2018,222479\n", "")
    checks = {c.check_id: c for c in parse(tmp_path / "mirror", "usbp_historical", SECTORS).checks}
    assert checks["sector_totals"].status == "warn" and "2018" in checks["sector_totals"].detail


def test_apprehensions_southwest_above_nationwide_warns(fixture_mirror, tmp_path):
    copy_fixture(fixture_mirror, tmp_path, SECTORS)
    _edit(tmp_path / "mirror" / NATIONWIDE, "2018,404142", "2018,200000")
    checks = {c.check_id: c for c in parse(tmp_path / "mirror", "usbp_historical", SECTORS).checks}
    check = checks["southwest_within_nationwide"]
    assert check.status == "warn"
    assert "FY2018: southwest border 222,479 > nationwide 200,000" in check.detail


def test_apprehensions_without_nationwide_file_warns(fixture_mirror, tmp_path):
    copy_fixture(fixture_mirror, tmp_path, SECTORS)
    (tmp_path / "mirror" / NATIONWIDE).unlink()
    checks = check_ids(parse(tmp_path / "mirror", "usbp_historical", SECTORS))
    assert checks["southwest_within_nationwide"] == "warn"


def test_apprehensions_documents_are_not_parsed(fixture_mirror):
    docs = [f for f in source_meta("usbp_historical").files if f.role == "document"]
    assert len(docs) == 2
    for doc in docs:
        assert (fixture_mirror / doc.path).read_bytes().startswith(b"%PDF-")
        assert source("usbp_historical").parse(fixture_mirror / doc.path, doc).tables == {}


# --- CBP drug seizures ------------------------------------------------------------------------

def test_fentanyl_fy2023_real(shared_data):
    independent = sum(float(r["Sum Qty (lbs)"]) for _, r in raw_rows(shared_data / DRUGS_23)
                      if r["FY"] == "2023" and r["Drug Type"] == "Fentanyl")
    assert independent == pytest.approx(27_022.85, abs=0.01)
    parsed = parse(shared_data, "cbp_drug_seizures", DRUGS_23)
    loaded = sum(r["pounds"] for r in rows(parsed, "seizures")
                 if r["fiscal_year"] == 2023 and r["drug"] == "Fentanyl")
    assert loaded == pytest.approx(independent, rel=1e-12)
    checks = {c.check_id: c for c in parsed.checks}
    assert checks["known_fentanyl_fy2023"].status == "pass"
    assert "27,022.85" in checks["known_fentanyl_fy2023"].detail
    assert "'2026 (FYTD)' (3 months)" in checks["fy_labels"].detail


def test_seizure_rows_real(shared_data):
    parsed = parse(shared_data, "cbp_drug_seizures", DRUGS_19)
    assert parsed.rows == 10_092
    details = {c.check_id: c.detail for c in parsed.checks}
    assert "latest labelled '2022' (12 months)" in details["fy_labels"]
    first = rows(parsed, "seizures")[0]
    assert first == {"src_row": 2, "fiscal_year": 2019, "fy_label": "2019", "year": 2019,
                     "month": 4,
                     "component": "Office of Field Operations", "region": "Coastal/Interior",
                     "land_filter": "Other", "area_of_responsibility": "ATLANTA FIELD OFFICE",
                     "drug": "Ecstasy", "events": 3, "pounds": pytest.approx(8.3799469484296)}


def test_seizures_fixture_fiscal_calendar(fixture_mirror):
    parsed = parse(fixture_mirror, "cbp_drug_seizures", DRUGS_23)
    got = [(r["fy_label"], r["fiscal_year"], r["year"], r["month"], r["drug"])
           for r in rows(parsed, "seizures")]
    assert got == [("2026 (FYTD)", 2026, 2025, 12, "Cocaine"),
                   ("2026 (FYTD)", 2026, 2025, 10, "Fentanyl"),
                   ("2023", 2023, 2022, 10, "Fentanyl"),
                   ("2023", 2023, 2023, 5, "Fentanyl"),
                   ("2025", 2025, 2025, 9, "Marijuana")]
    assert check_ids(parsed)["known_fentanyl_fy2023"] == "pass"
    older = parse(fixture_mirror, "cbp_drug_seizures", DRUGS_19)
    assert {r["drug"] for r in rows(older, "seizures")} >= {"Other Drugs**", "Fentanyl"}
    assert check_ids(older)["fy_labels"] == "pass"


@pytest.mark.parametrize("new,status", [("12200.35", "warn"), ("1.35", None)])
def test_seizures_known_figure_off(fixture_mirror, tmp_path, new, status):
    target = copy_fixture(fixture_mirror, tmp_path, DRUGS_23)
    _edit(target, "Fentanyl,45,12022.35", f"Fentanyl,45,{new}")
    if status:
        parsed = parse(tmp_path / "mirror", "cbp_drug_seizures", DRUGS_23)
        checks = {c.check_id: c for c in parsed.checks}
        assert checks["known_fentanyl_fy2023"].status == status
        assert "27,200.85" in checks["known_fentanyl_fy2023"].detail
    else:
        with pytest.raises(CheckError, match=r"Fentanyl seized in FY2023.*27,023.*15001\.85"):
            parse(tmp_path / "mirror", "cbp_drug_seizures", DRUGS_23)


def test_seizures_repeated_row(fixture_mirror, tmp_path):
    target = copy_fixture(fixture_mirror, tmp_path, DRUGS_23)
    with open(target, "a", encoding="utf-8") as fh:
        fh.write("2025,SEP,U.S. Border Patrol,Southwest Border,Land Only,YUMA SECTOR,"
                 "Marijuana,1,2\n")
    with pytest.raises(ParseError, match=r"line 7\).*appears 2 times, first on line 6, "
                                         r"last on line 7"):
        parse(tmp_path / "mirror", "cbp_drug_seizures", DRUGS_23)


def test_seizures_fytd_on_an_earlier_year(fixture_mirror, tmp_path):
    target = copy_fixture(fixture_mirror, tmp_path, DRUGS_23)
    _edit(target, "2025,SEP", "2025 (FYTD),SEP")
    with pytest.raises(CheckError, match=r"FY2025"):
        parse(tmp_path / "mirror", "cbp_drug_seizures", DRUGS_23)


def test_seizures_partial_latest_year_without_fytd(fixture_mirror, tmp_path):
    target = copy_fixture(fixture_mirror, tmp_path, DRUGS_23)
    target.write_text(target.read_text("utf-8").replace("2026 (FYTD)", "2026"), "utf-8")
    with pytest.raises(CheckError, match=r"FY2026"):
        parse(tmp_path / "mirror", "cbp_drug_seizures", DRUGS_23)


@pytest.mark.parametrize("old,new,pattern", [
    ("2025,SEP", "2025,SEPT", r"line 6.*'SEPT' is not one of JAN"),
    ("2025,SEP", "2025,sep", r"line 6.*'sep'"),
    ("2025,SEP", "FY25,SEP", r"line 6.*'FY25' is not a year"),
    ("Marijuana,10,1.878", "Marijuana,10,-1.878",
     r"line 6.*'Sum Qty \(lbs\)' should be a non-negative"),
    ("Marijuana,10,1.878", "Marijuana,2.5,1.878", r"line 6.*'Count of Event' should be a whole"),
    ("Marijuana,10,1.878", "Marijuana,1e12,1.878",
     r"line 6.*'Count of Event'.*at most 2,147,483,647"),
    ("Marijuana,10,1.878", "Marijuana,,1.878", r"line 6.*'Count of Event'.*no number"),
    ("Marijuana,10,1.878", ",10,1.878", r"line 6.*'Drug Type' is empty"),
])
def test_seizures_bad_values(fixture_mirror, tmp_path, old, new, pattern):
    target = copy_fixture(fixture_mirror, tmp_path, DRUGS_23)
    _edit(target, old, new)
    with pytest.raises(ParseError, match=pattern):
        parse(tmp_path / "mirror", "cbp_drug_seizures", DRUGS_23)


# --- published figures ------------------------------------------------------------------------

def test_published_figures_real(shared_data):
    parsed = parse(shared_data, "published_figures", FIGURES)
    figures = rows(parsed, "published_figures")
    assert len(figures) == 8
    mex = [f for f in figures if f["partner"] == "Mexico" and f["data_year"] == 2022
           and f["measure"] == "sme_goods_exports"]
    assert len(mex) == 1
    assert (mex[0]["qualifier"], mex[0]["value"], mex[0]["unit"], mex[0]["published"]) == \
        ("over", 110_000_000_000, "USD", "2024-05")
    assert mex[0]["publisher"] == "Office of the U.S. Trade Representative"
    raw = dict(raw_rows(shared_data / FIGURES))[mex[0]["src_row"]]
    assert (raw["partner"], raw["measure"], raw["value"]) == \
        ("Mexico", "sme_goods_exports", "110000000000")
    assert check_ids(parsed) == {"figures_present": "pass"}


def test_published_figures_fixture(fixture_mirror, tmp_path):
    figures = rows(parse(fixture_mirror, "published_figures", FIGURES), "published_figures")
    got = [(f["src_row"], f["data_year"], f["measure"], f["qualifier"], f["value"])
           for f in figures]
    assert got == [
        (2, 2022, "sme_exporters", "over", 49_000),
        (3, 2022, "sme_goods_exports", "over", 110_000_000_000),
        (4, 2016, "sme_goods_exports", "about", 76_200_000_000)]
    target = copy_fixture(fixture_mirror, tmp_path, FIGURES)
    _edit(target, ",about,", ",,")
    assert rows(parse(tmp_path / "mirror", "published_figures", FIGURES),
                "published_figures")[2]["qualifier"] is None


# --- bad input, for every data file -----------------------------------------------------------

@pytest.mark.parametrize("source_id,path,_col,_table", DATA_FILES)
def test_truncated_file(fixture_mirror, tmp_path, source_id, path, _col, _table):
    target = copy_fixture(fixture_mirror, tmp_path, path)
    lines = target.read_text("utf-8").splitlines()
    last = lines[-1]
    cut = last[: last.index(",") + 2]  # the last line breaks off in its second field
    target.write_text("\n".join(lines[:-1] + [cut]), "utf-8")
    with pytest.raises(ParseError, match=rf"line {len(lines)}\).*looks truncated") as err:
        parse(tmp_path / "mirror", source_id, path)
    assert str(target) in str(err.value)


@pytest.mark.parametrize("source_id,path,col,_table", DATA_FILES)
def test_renamed_column(fixture_mirror, tmp_path, source_id, path, col, _table):
    target = copy_fixture(fixture_mirror, tmp_path, path)
    _edit(target, col, col.upper() + "_RENAMED")
    with pytest.raises(LayoutError) as err:
        parse(tmp_path / "mirror", source_id, path)
    message = str(err.value)
    assert f"missing [{col!r}]" in message
    assert "expected columns" in message and "found" in message
    assert f"{col.upper()}_RENAMED" in message
    assert col in err.value.expected and f"{col.upper()}_RENAMED" in err.value.found


@pytest.mark.parametrize("source_id,path,_col,_table", DATA_FILES)
def test_binary_junk(fixture_mirror, tmp_path, source_id, path, _col, _table):
    target = copy_fixture(fixture_mirror, tmp_path, path)
    target.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 8)
    with pytest.raises(ParseError, match="binary"):
        parse(tmp_path / "mirror", source_id, path)


@pytest.mark.parametrize("source_id,path,_col,_table", DATA_FILES)
def test_empty_file(fixture_mirror, tmp_path, source_id, path, _col, _table):
    target = copy_fixture(fixture_mirror, tmp_path, path)
    target.write_bytes(b"")
    with pytest.raises(ParseError, match="is empty"):
        parse(tmp_path / "mirror", source_id, path)


@pytest.mark.parametrize("source_id,path,_col,_table", DATA_FILES)
def test_header_only(fixture_mirror, tmp_path, source_id, path, _col, _table):
    target = copy_fixture(fixture_mirror, tmp_path, path)
    target.write_text(target.read_text("utf-8").splitlines()[0] + "\n", "utf-8")
    with pytest.raises(ParseError, match="no (rows|figures)"):
        parse(tmp_path / "mirror", source_id, path)


@pytest.mark.parametrize("source_id,path,col,_table", DATA_FILES)
def test_non_numeric_value(fixture_mirror, tmp_path, source_id, path, col, _table):
    target = copy_fixture(fixture_mirror, tmp_path, path)
    with open(target, encoding="utf-8", newline="") as fh:
        table = list(csv.reader(fh))
    table[2][table[0].index(col)] = "twelve"  # line 3
    with open(target, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(table)
    # an integer column says "a whole number"
    with pytest.raises(ParseError, match=rf"line 3\).*column {re.escape(repr(col))} should be a "
                                         r"(whole )?number, found 'twelve'"):
        parse(tmp_path / "mirror", source_id, path)


@pytest.mark.parametrize("new,pattern", [
    ("2018,1e12", r"line 3.*at most 2,147,483,647"),
    ("2018,404142.5", r"line 3.*whole.*found '404142\.5'"),
    ("1850,404142", r"line 3.*'fiscal_year' should be a fiscal year in 1924"),
])
def test_apprehensions_bad_values(fixture_mirror, tmp_path, new, pattern):
    target = copy_fixture(fixture_mirror, tmp_path, NATIONWIDE)
    _edit(target, "2018,404142", new)
    with pytest.raises(ParseError, match=pattern):
        parse(tmp_path / "mirror", "usbp_historical", NATIONWIDE)


def test_apprehensions_duplicate_sector_year(fixture_mirror, tmp_path):
    target = copy_fixture(fixture_mirror, tmp_path, SECTORS)
    with open(target, "a", encoding="utf-8") as fh:
        fh.write("tucson,2018,52172\n")
    with pytest.raises(ParseError, match=r"sector='tucson', fiscal_year=2018 appears 2 times"
                                         r".*line 8.*line 10"):
        parse(tmp_path / "mirror", "usbp_historical", SECTORS)
