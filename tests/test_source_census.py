"""Census trade sources: the International Trade API year files and the FT-900 country workbook.

Real-mirror tests pin published figures; fixture tests read our tiny copies in the publisher's
layout; bad-input tests pin the error class and message; fetch tests run on a mock transport.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import httpx
import openpyxl
import pyarrow.compute as pc
import pytest

from tradecheck.catalogue import source_meta
from tradecheck.errors import CheckError, FetchError, LayoutError, ParseError
from tradecheck.net import Fetcher
from tradecheck.sources.base import read_sheets
from tradecheck.sources.census_ft900 import COLUMNS, CensusFT900
from tradecheck.sources.census_intltrade import CensusIntlTrade

TRADE_COLUMNS = [
    "src_row",
    "src_col",
    "reporter",
    "flow",
    "partner_code",
    "partner_name",
    "freq",
    "year",
    "month",
    "value_usd",
]
MEXICO_EXPORTS_2024 = 334_031_930_350


@pytest.fixture
def api() -> CensusIntlTrade:
    return CensusIntlTrade(source_meta("census_intltrade"))


@pytest.fixture
def ft900() -> CensusFT900:
    return CensusFT900(source_meta("census_ft900"))


def _spec(source, rel: str):
    return next(s for s in source.files() if s.path == rel)


def _parse_api(api, root: Path, rel: str):
    return api.parse(root / rel, _spec(api, rel))


def _rows(table, **where) -> list[dict]:
    mask = None
    for col, value in where.items():
        cond = pc.is_null(table[col]) if value is None else pc.equal(table[col], value)
        mask = cond if mask is None else pc.and_(mask, cond)
    return table.filter(mask).to_pylist()


def _checks(parsed) -> dict:
    return {c.check_id: c for c in parsed.checks}


# -- International Trade API: real mirror ------------------------------------------------------
def test_api_2024_exports_mexico_and_canada(api, shared_data):
    parsed = _parse_api(api, shared_data, "census_intltrade/exports_hs/2024.json")
    trade = parsed.tables["trade"]
    assert trade.column_names == TRADE_COLUMNS
    raw = json.loads((shared_data / "census_intltrade/exports_hs/2024.json").read_text())
    assert trade.num_rows == len(raw) - 1 == 3024
    mexico = _rows(trade, partner_code="2010")
    assert [r["month"] for r in mexico] == list(range(1, 13))
    assert sum(r["value_usd"] for r in mexico) == MEXICO_EXPORTS_2024
    canada = sum(r["value_usd"] for r in _rows(trade, partner_code="1220"))
    assert round(canada / 1e9, 2) == 349.91
    jan = mexico[0]
    # src_row is the JSON array index (header = 0): it points back at the published row
    assert raw[jan["src_row"]] == ["2010", "MEXICO", str(int(jan["value_usd"])), "2024", "01"]
    assert {(r["flow"], r["src_col"], r["freq"], r["reporter"], r["year"]) for r in mexico} == {
        ("exports", "ALL_VAL_MO", "M", "USA", 2024)
    }
    assert _rows(trade, partner_code="5800")[0]["partner_name"] == "KOREA, SOUTH"
    assert {c.status for c in parsed.checks} == {"pass"}


def test_api_imports_flow_comes_from_gen_val_mo(api, shared_data):
    trade = _parse_api(api, shared_data, "census_intltrade/imports_hs/2024.json").tables["trade"]
    assert set(trade["flow"].to_pylist()) == {"imports"}
    assert set(trade["src_col"].to_pylist()) == {"GEN_VAL_MO"}
    total = _rows(trade, partner_code="-", month=12)[0]
    assert total["partner_name"] == "TOTAL FOR ALL COUNTRIES" and total["value_usd"] > 2e11


def test_api_2013_total_includes_unidentified_code_8220(api, shared_data):
    # Without code 8220 (published with a blank name) the countries fall $72.7 million short in
    # October 2013.
    parsed = _parse_api(api, shared_data, "census_intltrade/exports_hs/2013.json")
    detail = _checks(parsed)["total_equals_countries"].detail
    assert "exactly" in detail and "$179,871,109" in detail and "07, 10, 11, 12" in detail
    row = _rows(parsed.tables["trade"], partner_code="8220", month=10)[0]
    assert row["partner_name"] == "" and row["value_usd"] == 72_728_485


def test_api_every_mirror_file_parses_with_passing_checks(api, shared_data):
    rows = 0
    for spec in api.files():
        parsed = api.parse(shared_data / spec.path, spec)
        assert all(c.status == "pass" for c in parsed.checks), spec.path
        rows += parsed.rows
    assert rows == 72_560


# -- International Trade API: fixtures ----------------------------------------------------------
def test_api_fixtures_parse_for_every_catalogue_file(api, fixture_mirror):
    for spec in api.files():
        parsed = api.parse(fixture_mirror / spec.path, spec)
        trade = parsed.tables["trade"]
        assert trade.num_rows == 48 and set(trade["year"].to_pylist()) == {int(spec.path[-9:-5])}
        assert _checks(parsed)["total_equals_countries"].status == "pass"
    trade = _parse_api(api, fixture_mirror, "census_intltrade/exports_hs/2024.json").tables["trade"]
    assert sum(r["value_usd"] for r in _rows(trade, partner_code="2010")) == MEXICO_EXPORTS_2024
    assert _rows(trade, partner_code="0020", month=3)[0]["src_row"] == 10


# -- International Trade API: bad input ---------------------------------------------------------
def _write_api(tmp_path, rows, folder="exports_hs", year=2024) -> Path:
    path = tmp_path / "census_intltrade" / folder / f"{year}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(rows if isinstance(rows, str) else json.dumps(rows))
    return path


HEADER = ["CTY_CODE", "CTY_NAME", "ALL_VAL_MO", "YEAR", "MONTH"]
GOOD = [
    HEADER,
    ["-", "TOTAL FOR ALL COUNTRIES", "300", "2024", "01"],
    ["1XXX", "NORTH AMERICA", "300", "2024", "01"],
    ["1220", "CANADA", "100", "2024", "01"],
    ["2010", "MEXICO", "200", "2024", "01"],
]


def test_api_small_file_and_partial_year_warning(api, tmp_path):
    parsed = api.parse(_write_api(tmp_path, GOOD), None)
    assert parsed.tables["trade"]["value_usd"].to_pylist() == [300.0, 300.0, 100.0, 200.0]
    assert _checks(parsed)["months_present"].status == "warn"


def test_api_truncated_json(api, tmp_path, fixture_mirror):
    text = (fixture_mirror / "census_intltrade/exports_hs/2024.json").read_text()
    with pytest.raises(ParseError, match=r"truncated or malformed") as err:
        api.parse(_write_api(tmp_path, text[: len(text) // 2]), None)
    assert "2024.json" in str(err.value) and "column" in str(err.value)


def test_api_header_missing_a_column(api, tmp_path):
    rows = [r[:4] for r in GOOD]
    with pytest.raises(LayoutError) as err:
        api.parse(_write_api(tmp_path, rows), None)
    message = str(err.value)
    assert "expected columns ['CTY_CODE', 'CTY_NAME', 'ALL_VAL_MO', 'YEAR', 'MONTH']" in message
    assert "found ['CTY_CODE', 'CTY_NAME', 'ALL_VAL_MO', 'YEAR']" in message
    assert "missing ['MONTH']" in message and "array index 0" in message


def test_api_header_of_other_flow_in_folder(api, tmp_path):
    rows = [["CTY_CODE", "CTY_NAME", "GEN_VAL_MO", "YEAR", "MONTH"], *GOOD[1:]]
    with pytest.raises(LayoutError, match=r"missing \['ALL_VAL_MO'\]"):
        api.parse(_write_api(tmp_path, rows, folder="exports_hs"), None)


def test_api_binary_and_empty_files(api, tmp_path):
    path = _write_api(tmp_path, "")
    with pytest.raises(ParseError, match="the file is empty"):
        api.parse(path, None)
    path.write_bytes(b"PK\x03\x04\x00\x00junk\x00\xff" * 20)
    with pytest.raises(ParseError, match="the file is binary, not JSON text"):
        api.parse(path, None)


def test_api_not_an_array_and_bad_rows(api, tmp_path):
    with pytest.raises(ParseError, match="expected a JSON array"):
        api.parse(_write_api(tmp_path, '{"error": "unknown variable"}'), None)
    with pytest.raises(ParseError, match=r"array index 1\).*header but no rows"):
        api.parse(_write_api(tmp_path, [HEADER]), None)
    with pytest.raises(ParseError, match=r"array index 2\).*5 values"):
        api.parse(_write_api(tmp_path, [*GOOD[:2], ["1XXX", "NORTH AMERICA"], *GOOD[3:]]), None)
    with pytest.raises(ParseError, match=r"array index 3\).*every value should be a string"):
        api.parse(_write_api(tmp_path, [*GOOD[:3], ["1220", "CANADA", 100, "2024", "01"]]), None)


@pytest.mark.parametrize("value", ["-100", "100.5", "", "1e3"])
def test_api_values_must_be_whole_nonnegative_dollars(api, tmp_path, value):
    rows = [*GOOD[:3], ["1220", "CANADA", value, "2024", "01"], GOOD[4]]
    with pytest.raises(
        ParseError, match=r"array index 3\).*non-negative whole number.*" + repr(value)
    ):
        api.parse(_write_api(tmp_path, rows), None)


def test_api_year_must_match_file_name(api, tmp_path):
    rows = [*GOOD[:4], ["2010", "MEXICO", "200", "2023", "01"]]
    with pytest.raises(CheckError, match=r"YEAR at array index 4 is '2023'.*states the year 2024"):
        api.parse(_write_api(tmp_path, rows), None)


def test_api_total_must_equal_countries(api, tmp_path):
    rows = [*GOOD[:4], ["2010", "MEXICO", "190", "2024", "01"]]
    with pytest.raises(CheckError) as err:
        api.parse(_write_api(tmp_path, rows), None)
    message = str(err.value)
    assert "2024.json" in message and "ALL_VAL_MO, array index 1" in message
    assert "states $300" in message and "sum to $290" in message and "difference of $10" in message


def test_api_unallocated_code_counts_toward_total(api, tmp_path):
    rows = [
        HEADER,
        ["-", "TOTAL FOR ALL COUNTRIES", "305", "2024", "01"],
        *GOOD[2:],
        ["8220", "", "5", "2024", "01"],
    ]
    parsed = api.parse(_write_api(tmp_path, rows), None)
    assert "$5 in month(s) 01" in _checks(parsed)["total_equals_countries"].detail


def test_api_duplicate_row(api, tmp_path):
    with pytest.raises(
        ParseError, match=r"'2010' appears twice for month 01 \(array indexes 4 and 5\)"
    ):
        api.parse(_write_api(tmp_path, [*GOOD, GOOD[4]]), None)


# -- FT-900: real mirror ------------------------------------------------------------------------
def test_ft900_2022_exports_to_mexico(ft900, shared_data):
    path = shared_data / "census_ft900/country.xlsx"
    parsed = ft900.parse(path, ft900.files()[0])
    trade = parsed.tables["trade"]
    assert trade.column_names == TRADE_COLUMNS
    annual = _rows(trade, partner_code="2010", year=2022, flow="exports", freq="A")
    assert len(annual) == 1 and annual[0]["month"] is None and annual[0]["src_col"] == "EYR"
    assert annual[0]["value_usd"] == 324_377_863_297
    assert round(annual[0]["value_usd"] / 1e9, 2) == 324.38
    months = _rows(trade, partner_code="2010", year=2022, flow="exports", freq="M")
    assert [m["src_col"] for m in months] == [
        f"E{m}"
        for m in [
            "JAN",
            "FEB",
            "MAR",
            "APR",
            "MAY",
            "JUN",
            "JUL",
            "AUG",
            "SEP",
            "OCT",
            "NOV",
            "DEC",
        ]
    ]
    assert sum(m["value_usd"] for m in months) == annual[0]["value_usd"]
    # src_row is the sheet row (header = row 1)
    sheet = read_sheets(path)["country"]
    assert sheet[annual[0]["src_row"] - 1][:3] == ["2022", "2010", "Mexico"]


def test_ft900_partial_last_year_and_skipped_rows(ft900, shared_data):
    parsed = ft900.parse(shared_data / "census_ft900/country.xlsx", ft900.files()[0])
    trade = parsed.tables["trade"]
    y2023 = _rows(trade, year=2023)
    assert {(r["freq"], r["month"]) for r in y2023} == {
        ("M", 1)
    }  # Feb-Dec are 0-filled placeholders
    mexico_jan = _rows(trade, partner_code="2010", year=2023, flow="exports")
    assert [r["value_usd"] for r in mexico_jan] == [26_948_401_078]
    assert not set(trade["partner_code"].to_pylist()) & {
        "0004",
        "0005",
        "0006",
        "0007",
        "0021",
        "0022",
    }
    assert _rows(trade, partner_code="0015", year=2021, freq="A", flow="imports")
    checks = _checks(parsed)
    assert checks["partial_years"].detail.startswith("2023: months after JAN")
    assert checks["annual_equals_months"].status == "pass"
    world = checks["world_equals_countries"]
    assert (
        world.status == "warn"
        and "2022 (up to 693.4)" in world.detail
        and "2021" not in world.detail
    )
    assert trade.num_rows == 211_108


# -- FT-900: fixture and bad input --------------------------------------------------------------
def test_ft900_fixture(ft900, fixture_mirror):
    parsed = ft900.parse(fixture_mirror / "census_ft900/country.xlsx", ft900.files()[0])
    trade = parsed.tables["trade"]
    assert trade.num_rows == 3 * (2 * 26 + 2)  # 3 partners; 2021-2022 in full, Jan 2023
    assert (
        _rows(trade, partner_code="2010", year=2022, freq="A", flow="exports")[0]["value_usd"]
        == 324_377_863_297
    )
    assert {c.status for c in parsed.checks} == {"pass"}


def _write_ft900(tmp_path, rows, header=COLUMNS, sheet="country") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(list(header))
    for row in rows:
        ws.append(row)
    path = tmp_path / "census_ft900" / "country.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _ft_row(year="2022", code="2010", name="Mexico", imports=10.0, exports=5.0):
    return [year, code, name, *[imports] * 12, imports * 12, *[exports] * 12, exports * 12]


def test_ft900_small_workbook_scaled_to_dollars(ft900, tmp_path):
    trade = ft900.parse(_write_ft900(tmp_path, [_ft_row(imports=1.5, exports=0.25)]), None).tables[
        "trade"
    ]
    assert _rows(trade, freq="A", flow="imports")[0]["value_usd"] == 18_000_000
    assert _rows(trade, month=3, flow="exports")[0] == {
        "src_row": 2,
        "src_col": "EMAR",
        "reporter": "USA",
        "flow": "exports",
        "partner_code": "2010",
        "partner_name": "Mexico",
        "freq": "M",
        "year": 2022,
        "month": 3,
        "value_usd": 250_000.0,
    }


def test_ft900_renamed_column(ft900, tmp_path):
    header = [("EYEAR" if c == "EYR" else c) for c in COLUMNS]
    with pytest.raises(LayoutError) as err:
        ft900.parse(_write_ft900(tmp_path, [_ft_row()], header=header), None)
    assert "missing ['EYR']" in str(err.value) and "'EYEAR'" in str(err.value)
    assert "sheet 'country', row 1" in str(err.value)


def test_ft900_missing_sheet(ft900, tmp_path):
    with pytest.raises(LayoutError, match=r"sheet names.*found \['Sheet1'\]"):
        ft900.parse(_write_ft900(tmp_path, [_ft_row()], sheet="Sheet1"), None)


def test_ft900_not_a_workbook_and_empty(ft900, tmp_path):
    path = tmp_path / "country.xlsx"
    path.write_text("<html><body>Service unavailable</body></html>")
    with pytest.raises(ParseError, match="not a readable Excel workbook"):
        ft900.parse(path, None)
    path.write_bytes(b"")
    with pytest.raises(ParseError, match="the file is empty"):
        ft900.parse(path, None)


def test_ft900_annual_must_equal_months(ft900, tmp_path):
    row = _ft_row()
    row[COLUMNS.index("IYR")] = 120.5
    with pytest.raises(CheckError) as err:
        ft900.parse(_write_ft900(tmp_path, [_ft_row(code="1220", name="Canada"), row]), None)
    message = str(err.value)
    assert "row 3 (2010 Mexico, 2022)" in message and "IYR states 120.500000" in message
    assert "sum to 120.000000" in message


def test_ft900_blank_cells_are_not_loaded(ft900, tmp_path):
    row = _ft_row()
    row[COLUMNS.index("EMAR")] = None
    row[COLUMNS.index("EYR")] = 55.0  # the publisher's annual of the 11 months given
    parsed = ft900.parse(_write_ft900(tmp_path, [row]), None)
    trade = parsed.tables["trade"]
    assert not _rows(trade, flow="exports", month=3)
    assert len(_rows(trade, flow="exports", freq="M")) == 11
    assert _checks(parsed)["blank_cells"].status == "warn"


def test_ft900_text_in_a_figure_cell(ft900, tmp_path):
    row = _ft_row()
    row[COLUMNS.index("IMAY")] = "(D)"
    with pytest.raises(
        ParseError, match=r"sheet 'country', row 2\).*IMAY should be a number.*'\(D\)'"
    ):
        ft900.parse(_write_ft900(tmp_path, [row]), None)


def test_ft900_partial_year_has_no_annual_row(ft900, tmp_path):
    jan_only = ["2023", "2010", "Mexico", 7.0, *[0.0] * 11, 7.0, 3.0, *[0.0] * 11, 3.0]
    trade = ft900.parse(_write_ft900(tmp_path, [_ft_row(), jan_only]), None).tables["trade"]
    assert {(r["freq"], r["month"]) for r in _rows(trade, year=2023)} == {("M", 1)}
    assert len(_rows(trade, year=2022, freq="A")) == 2


# -- fetch ---------------------------------------------------------------------------------------
def _api_server(root: Path, calls: list, fail=None):
    """A mock Census API answering each month from a year file laid out like the mirror."""

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url)
        if fail is not None:
            answer = fail(request)
            if answer is not None:
                return answer
        params = request.url.params
        folder = "imports_hs" if "/imports/" in request.url.path else "exports_hs"
        data = json.loads(
            (root / "census_intltrade" / folder / f"{params['YEAR']}.json").read_text()
        )
        rows = [r for r in data[1:] if r[4] == params["MONTH"]]
        # the API answers one row per line; the mirror is compact: fetch must re-serialize
        body = "[" + ",\n".join(json.dumps(r) for r in [data[0], *rows]) + "]"
        return httpx.Response(200, text=body)

    return handler


def _one_file(api, rel):
    return CensusIntlTrade(dataclasses.replace(api.meta, files=(_spec(api, rel),)))


def _fetcher(tmp_path, handler, retries=2):
    return Fetcher(
        log_path=tmp_path / "log",
        transport=httpx.MockTransport(handler),
        backoff=0,
        sleep=lambda s: None,
        retries=retries,
    )


def test_fetch_assembles_the_mirror_file_exactly(api, tmp_path, shared_data):
    rel = "census_intltrade/exports_hs/2024.json"
    calls: list = []
    with _fetcher(tmp_path, _api_server(shared_data, calls)) as fetcher:
        _one_file(api, rel).fetch(fetcher, tmp_path / "cache")
    dest = tmp_path / "cache" / rel
    assert dest.read_bytes() == (shared_data / rel).read_bytes()
    assert hashlib.sha256(dest.read_bytes()).hexdigest() == _spec(api, rel).sha256
    assert [c.params["MONTH"] for c in calls] == [f"{m:02d}" for m in range(1, 13)]
    assert all(c.params["YEAR"] == "2024" and "key" not in c.params for c in calls)
    log = [json.loads(line) for line in (tmp_path / "log").read_text().splitlines()]
    assert sum(1 for e in log if e["status"] == 200 and "MONTH=" in e["url"]) == 12
    assert log[-1]["path"] == str(dest) and log[-1]["sha256"] == _spec(api, rel).sha256


def test_fetch_skips_a_verified_cached_year_and_uses_the_key(
    api, tmp_path, fixture_mirror, monkeypatch
):
    monkeypatch.setenv("TRADECHECK_CENSUS_API_KEY", "k3y")
    rel = "census_intltrade/imports_hs/2019.json"
    calls: list = []
    with _fetcher(tmp_path, _api_server(fixture_mirror, calls)) as fetcher:
        _one_file(api, rel).fetch(fetcher, tmp_path / "cache")
        assert len(calls) == 12 and all(c.params["key"] == "k3y" for c in calls)
        _one_file(api, rel).fetch(fetcher, tmp_path / "cache")
    assert len(calls) == 12  # the second run trusted the verified cache
    dest = tmp_path / "cache" / rel
    assert dest.read_bytes() == (fixture_mirror / rel).read_bytes()
    assert "k3y" not in (dest.parent / "2019.json.sha256").read_text()
    parsed = api.parse(dest, _spec(api, rel))
    assert parsed.tables["trade"].num_rows == 48


def test_fetch_retries_503_then_succeeds(api, tmp_path, fixture_mirror):
    rel = "census_intltrade/exports_hs/2016.json"
    failed = []

    def flaky(request):
        if request.url.params["MONTH"] == "05" and len(failed) < 2:
            failed.append(request.url)
            return httpx.Response(503)
        return None

    calls: list = []
    with _fetcher(tmp_path, _api_server(fixture_mirror, calls, flaky)) as fetcher:
        _one_file(api, rel).fetch(fetcher, tmp_path / "cache")
    assert len(failed) == 2 and len(calls) == 14
    assert (tmp_path / "cache" / rel).read_bytes() == (fixture_mirror / rel).read_bytes()
    log = [json.loads(line) for line in (tmp_path / "log").read_text().splitlines()]
    assert [e["attempt"] for e in log if e["status"] == 503] == [1, 2]


def _only_month(month: str, status: int):
    """A failure for one month: answer ``status`` to it, let the mock API answer the others."""

    def fail(request):
        return httpx.Response(status) if request.url.params["MONTH"] == month else None

    return fail


def test_fetch_gives_fetch_error_when_retries_are_exhausted(api, tmp_path, fixture_mirror):
    rel = "census_intltrade/exports_hs/2016.json"
    handler = _api_server(fixture_mirror, [], _only_month("03", 503))
    message = r"YEAR=2016&MONTH=03 failed after 3 attempt\(s\): HTTP 503"
    with (
        _fetcher(tmp_path, handler, retries=2) as fetcher,
        pytest.raises(FetchError, match=message),
    ):
        _one_file(api, rel).fetch(fetcher, tmp_path / "cache")
    assert not (tmp_path / "cache" / rel).exists()
    log = [json.loads(line) for line in (tmp_path / "log").read_text().splitlines()]
    assert [e["status"] for e in log if "MONTH=03" in e["url"]] == [503, 503, 503]


def test_fetch_refuses_an_unpublished_month(api, tmp_path, fixture_mirror):
    rel = "census_intltrade/imports_hs/2024.json"
    handler = _api_server(fixture_mirror, [], _only_month("12", 204))
    message = r"empty answer for 2024-12.*not published yet.*nothing was written for 2024"
    with _fetcher(tmp_path, handler) as fetcher, pytest.raises(FetchError, match=message):
        _one_file(api, rel).fetch(fetcher, tmp_path / "cache")
    assert not (tmp_path / "cache" / rel).exists()


def test_fetch_refuses_a_changed_api_header(api, tmp_path):
    answer = json.dumps(
        [["CTY_CODE", "CTY_NAME", "ALL_VAL_MO", "MONTH"], ["-", "TOTAL", "1", "01"]]
    )

    def handler(request):
        return httpx.Response(200, text=answer)

    message = r"with header .*expected \['CTY_CODE', 'CTY_NAME', 'ALL_VAL_MO', 'YEAR', 'MONTH'\]"
    with _fetcher(tmp_path, handler) as fetcher, pytest.raises(FetchError, match=message):
        _one_file(api, "census_intltrade/exports_hs/2013.json").fetch(fetcher, tmp_path / "cache")
