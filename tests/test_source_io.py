"""Input-output sources: WIOD 2013 (R data files) and OECD ICIO 2023 (CSV)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import numpy as np
import pyarrow.compute as pc
import pytest
import rdata

from tradecheck import catalogue
from tradecheck.errors import CheckError, LayoutError, ParseError
from tradecheck.sources.oecd_icio import OecdIcio
from tradecheck.sources.wiod2013 import REGIONS, Wiod2013

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_wiod_fixtures", HERE / "fixtures" / "make_wiod_fixtures.py")
maker = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(maker)

USA = REGIONS.index("USA")
MEX = REGIONS.index("MEX")


@pytest.fixture(scope="module")
def wiod():
    return Wiod2013(catalogue.source_meta("wiod2013"))


@pytest.fixture(scope="module")
def icio():
    return OecdIcio(catalogue.source_meta("oecd_icio"))


def spec_for(source, name: str):
    return next(f for f in source.files() if Path(f.path).name == name)


def cells(parsed, part: str):
    t = parsed.tables["io_cells"]
    t = t.filter(pc.equal(t["part"], part))
    return {(i, j): v for i, j, v in zip(t["i"].to_pylist(), t["j"].to_pylist(), t["value"].to_pylist())}


def raw_item(path: Path, item: str) -> np.ndarray:
    """An item of the R list read straight from rdata's parse tree (no conversion), matrices in R order."""
    vec = rdata.parser.parse_file(path).object.value[0]
    attrs = vec.attributes
    while attrs.tag.value.value != b"names":
        attrs = attrs.value[1]
    names = [c.value.decode() for c in attrs.value[0].value]
    return np.asarray(vec.value[names.index(item)].value)


# -- WIOD, real files -----------------------------------------------------------------------------
def test_wiod_2011_real_file(wiod, shared_data):
    path = shared_data / "wiod2013" / "wiot_2011.RData"
    parsed = wiod.parse(path, spec_for(wiod, path.name))
    assert set(parsed.tables) == {"io_tables", "io_cells"}  # labels come once, from WIOD_IndClass.rda
    assert parsed.tables["io_tables"].to_pylist() == [{
        "table_id": "wiod2013", "year": 2011, "n_rows": 1435, "n_final": 205,
        "unit": "$ millions, basic prices"}]

    n = 1435
    output = raw_item(path, "output").astype(float)
    inter = raw_item(path, "inter").reshape(n, n, order="F")  # R stores matrices column-major
    us = slice(USA * 35, (USA + 1) * 35)
    got = cells(parsed, "output")
    assert sum(v for (i, _), v in got.items() if us.start <= i < us.stop) == output[us].sum()
    assert output[us].sum() == 26_918_122  # U.S. gross output 2011, $ millions
    # U.S. transport equipment (c15) sold to Mexican transport equipment makers
    row, col = USA * 35 + 14, MEX * 35 + 14
    assert cells(parsed, "inter")[(row, col)] == inter[row, col] > 0
    assert len(cells(parsed, "inter")) == np.count_nonzero(inter)
    statuses = {c.check_id: c.status for c in parsed.checks}
    assert statuses == {"dimensions": "pass", "no_missing": "pass", "row_totals": "pass",
                        "world_total": "pass"}


def test_wiod_cells_are_int32_and_nonzero(wiod, shared_data):
    path = shared_data / "wiod2013" / "wiot_1995.RData"
    t = wiod.parse(path, spec_for(wiod, path.name)).tables["io_cells"]
    assert str(t.schema.field("i").type) == "int32" and str(t.schema.field("j").type) == "int32"
    assert pc.min(pc.abs(t["value"])).as_py() > 0
    assert set(t["part"].unique().to_pylist()) == {"inter", "final", "output"}


def test_wiod_labels_real_file(wiod, shared_data):
    path = shared_data / "wiod2013" / "WIOD_IndClass.rda"
    parsed = wiod.parse(path, spec_for(wiod, path.name))
    labels = parsed.tables["io_labels"].to_pandas()
    rows = labels[labels.axis == "row"]
    assert len(rows) == 41 * 35 and rows.idx.tolist() == list(range(1435))
    industries = rows.drop_duplicates("code")
    assert len(industries) == 35 and industries.label.notna().all()
    assert dict(zip(industries.code, industries.label))["c15"] == "Transport Equipment"
    assert rows.iloc[USA * 35 + 14][["region", "code"]].tolist() == ["USA", "c15"]
    final = labels[labels.axis == "final"]
    assert len(final) == 205 and final.iloc[0].label == "Final consumption expenditure by households"
    assert not labels.duplicated(["table_id", "axis", "idx"]).any()
    (check,) = parsed.checks
    assert check.status == "warn" and "2016" in check.detail


# -- WIOD, fixtures ---------------------------------------------------------------------------------
def test_wiod_fixtures_parse(wiod, fixture_mirror):
    folder = fixture_mirror / "wiod2013"
    for year in range(1995, 2012):
        path = folder / f"wiot_{year}.RData"
        parsed = wiod.parse(path, spec_for(wiod, path.name))
        assert parsed.tables["io_tables"]["year"].to_pylist() == [year]
        expected = maker.wiot_arrays(year)
        usa_c15, mex_c15 = USA * 35 + 14, MEX * 35 + 14
        assert cells(parsed, "inter")[(usa_c15, mex_c15)] == 100 + year - 1995
        assert cells(parsed, "final")[(mex_c15, MEX * 5 + 4)] == -5  # inventories can be negative
        assert len(cells(parsed, "inter")) == np.count_nonzero(expected["inter"])
    labels = wiod.parse(folder / "WIOD_IndClass.rda", spec_for(wiod, "WIOD_IndClass.rda"))
    assert labels.tables["io_labels"].num_rows == 41 * (35 + 5)


# -- WIOD, bad inputs -----------------------------------------------------------------------------
@pytest.mark.parametrize("content, words", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, r"not a readable R data file \(it begins b'\\x89PNG"),
], ids=["empty", "binary-junk"])
def test_wiod_unreadable(wiod, tmp_path, content, words):
    path = tmp_path / "wiot_2011.RData"
    path.write_bytes(content)
    with pytest.raises(ParseError, match=words) as err:
        wiod.parse(path, spec_for(wiod, path.name))
    assert str(path) in str(err.value)


def test_wiod_truncated(wiod, tmp_path, shared_data):
    data = (shared_data / "wiod2013" / "wiot_2011.RData").read_bytes()
    path = tmp_path / "wiot_2011.RData"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ParseError, match="not a readable R data file") as err:
        wiod.parse(path, spec_for(wiod, path.name))
    assert err.type is ParseError and "download it again" in str(err.value)


def test_wiod_renamed_item(wiod, tmp_path):
    path = maker.write_wiot(tmp_path / "wiot_2000.RData", 2000, rename={"inter": "Z"})
    with pytest.raises(LayoutError) as err:
        wiod.parse(path, spec_for(wiod, path.name))
    assert "'inter'" in str(err.value) and "'Z'" in str(err.value)
    assert err.value.expected == ["year", "countries", "industries", "final", "output", "inter"]


def test_wiod_year_mismatch(wiod, tmp_path, fixture_mirror):
    path = tmp_path / "wiot_1996.RData"
    shutil.copy(fixture_mirror / "wiod2013" / "wiot_1995.RData", path)
    with pytest.raises(CheckError, match=r"stated wiot_1996, found wiot_1995"):
        wiod.parse(path, spec_for(wiod, path.name))
    path = maker.write_wiot(tmp_path / "wiot_1997.RData", 1997, stated_year=1999)
    with pytest.raises(CheckError, match=r"year \(item 'year'\): stated 1997, found \[1999\]"):
        wiod.parse(path, spec_for(wiod, path.name))


def test_wiod_row_total_fails(wiod, tmp_path):
    arrays = maker.wiot_arrays(2005)
    arrays["output"][USA * 35 + 14] += 5_000
    path = maker.write_wiot(tmp_path / "wiot_2005.RData", 2005, arrays=arrays)
    with pytest.raises(CheckError, match=r"output of USA c15 \(row 1380\): stated") as err:
        wiod.parse(path, spec_for(wiod, path.name))
    assert "wiot_2005.RData" in str(err.value)


def test_wiod_dimension_check(wiod, tmp_path):
    arrays = maker.wiot_arrays(2003)
    arrays["final"] = arrays["final"][:, :200]
    path = maker.write_wiot(tmp_path / "wiot_2003.RData", 2003, arrays=arrays)
    with pytest.raises(CheckError, match=r"final columns: stated 41 countries x 5 uses = 205, found 200"):
        wiod.parse(path, spec_for(wiod, path.name))


def test_wiod_labels_missing_uses(wiod, tmp_path):
    path = maker.write_indclass(tmp_path / "WIOD_IndClass.rda", rows=maker.INDCLASS[:2])
    with pytest.raises(LayoutError, match="CONS_h"):
        wiod.parse(path, spec_for(wiod, "WIOD_IndClass.rda"))
    path = maker.write_indclass(tmp_path / "WIOD_IndClass.rda", columns=("RNr", "Code", "Desc"))
    with pytest.raises(LayoutError, match="IndustryCode.WIOD"):
        wiod.parse(path, spec_for(wiod, "WIOD_IndClass.rda"))


# -- OECD ICIO --------------------------------------------------------------------------------------
def icio_fixture(fixture_mirror) -> Path:
    return fixture_mirror / "oecd_icio" / "ICIO2023_2020.csv"


def test_icio_fixture_parses(icio, fixture_mirror):
    path = icio_fixture(fixture_mirror)
    parsed = icio.parse(path, icio.files()[0])
    assert parsed.tables["io_tables"].to_pylist() == [{
        "table_id": "icio2023", "year": 2020, "n_rows": 24, "n_final": 24,
        "unit": "$ millions, basic prices"}]
    labels = parsed.tables["io_labels"].to_pandas()
    rows = labels[labels.axis == "row"]
    assert {"MX1", "MX2", "CN1", "CN2", "MEX", "CHN"} <= set(rows.region)
    assert rows[rows.region == "MX1"].code.tolist() == ["A01_02", "C26", "C29"]
    assert labels[labels.axis == "va"].code.tolist() == ["TLS", "VA"]
    assert set(labels[labels.axis == "final"].region) == {"CHN", "MEX", "USA", "ROW"}
    assert not labels.duplicated(["table_id", "axis", "idx"]).any()

    with open(path) as fh:
        lines = [line.rstrip("\n").split(",") for line in fh]
    header, body = lines[0], {line[0]: line[1:] for line in lines[1:]}
    mx1_c29 = rows[(rows.region == "MX1") & (rows.code == "C29")].idx.item()
    usa_c26 = header.index("USA_C26") - 1
    assert cells(parsed, "inter")[(mx1_c29, usa_c26)] == float(body["MX1_C29"][usa_c26])
    assert cells(parsed, "output")[(mx1_c29, 0)] == float(body["MX1_C29"][-1])
    assert cells(parsed, "va")[(1, usa_c26)] == float(body["VA"][usa_c26])
    assert not any(i < 6 for i, _ in cells(parsed, "inter"))  # MEX/CHN rows are zero in this layout
    assert {c.check_id for c in parsed.checks} == {"output_identities", "split_regions"}


def _edit_icio(fixture_mirror, tmp_path, label: str, column: str | None, value: str = "") -> Path:
    """A copy of the fixture with one cell set (``column=None``: the row ``label`` dropped)."""
    lines = [line.split(",") for line in icio_fixture(fixture_mirror).read_text().splitlines()]
    header = lines[0]
    for line in lines:
        if line[0] == label and column:
            line[header.index(column)] = value
    lines = [line for line in lines if column or line[0] != label]
    path = tmp_path / "ICIO2023_2020.csv"
    path.write_text("\n".join(",".join(line) for line in lines) + "\n")
    return path


def test_icio_column_identity_fails(icio, fixture_mirror, tmp_path):
    path = _edit_icio(fixture_mirror, tmp_path, "VA", "USA_A01_02", "9999")
    with pytest.raises(CheckError, match=r"output of USA_A01_02: stated 4,796.824 .*, computed 10,556.269 as .*\(column identity\)"):
        icio.parse(path, icio.files()[0])


def test_icio_out_row_differs(icio, fixture_mirror, tmp_path):
    path = _edit_icio(fixture_mirror, tmp_path, "OUT", "USA_C26", "1")
    with pytest.raises(CheckError, match=r"output of USA_C26: stated [\d,.]+ \(OUT column\), computed 1.000 as OUT row"):
        icio.parse(path, icio.files()[0])


def test_icio_missing_va_row(icio, fixture_mirror, tmp_path):
    path = _edit_icio(fixture_mirror, tmp_path, "VA", None)
    with pytest.raises(LayoutError, match=r"missing rows \['VA'\]"):
        icio.parse(path, icio.files()[0])


def test_icio_bad_number_names_line(icio, fixture_mirror, tmp_path):
    path = _edit_icio(fixture_mirror, tmp_path, "USA_C29", "MX1_C26", "n/a")
    with pytest.raises(ParseError, match=r"line 10, row 'USA_C29'.*'MX1_C26'.*'n/a'"):
        icio.parse(path, icio.files()[0])


@pytest.mark.parametrize("name, content, error, words", [
    ("ICIO2023_2020.csv", b"", ParseError, "empty"),
    ("ICIO2023_2020.csv", b"PK\x03\x04\x00\x00binary", ParseError, "binary"),
    ("ICIO2023_2020.csv", b"country,industry,value\nMEX,C29,1\n", LayoutError, "V1"),
    ("2020.csv", b"V1,OUT\n", ParseError, "ICIO2023_YYYY.csv"),
])
def test_icio_bad_inputs(icio, tmp_path, name, content, error, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error, match=words) as err:
        icio.parse(path, icio.files()[0])
    assert str(path) in str(err.value)
