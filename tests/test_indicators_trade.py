"""Trade indicators on the real mirror, each figure cross-checked against the raw API files."""

from __future__ import annotations

import json

import pytest

from tradecheck import api
from tradecheck.errors import ConfigError, UnknownIdError
from tradecheck.indicators import Period, run
from tradecheck.indicators.registry import parse_partners


def raw_annual(shared_data, flow: str, year: int) -> dict[str, float]:
    """Annual values by Schedule C code, summed straight from the API response file."""
    folder = "exports_hs" if flow == "exports" else "imports_hs"
    rows = json.loads((shared_data / "census_intltrade" / folder / f"{year}.json").read_text())
    out: dict[str, float] = {}
    for code, _name, value, _y, _m in rows[1:]:
        out[code] = out.get(code, 0) + int(value)
    return out


def test_exports_to_mexico_2024_with_evidence(ctx, shared_data):
    r = run("exports", ctx=ctx, partner="Mexico", period=2024)
    assert r.value == raw_annual(shared_data, "exports", 2024)["2010"] == 334_031_930_350
    assert r.text == "$334.03 billion"
    (ev,) = r.evidence
    assert ev.path == "census_intltrade/exports_hs/2024.json" and ev.release == "API pull, Oct 2025"
    assert len(ev.rows) == 12 and ev.column == "ALL_VAL_MO"
    rows = json.loads((shared_data / ev.path).read_text())
    assert sum(int(rows[i][2]) for i in ev.rows) == r.value  # the cited rows are the figure


def test_as_of_uses_the_release_published_then(ctx, real_home):
    old = run("exports", as_of="2024-01-01", partner="Mexico", period=2022)
    assert old.text == "$324.38 billion" and old.evidence[0].release == "FT-900, March 2023"
    new = run("exports", ctx=ctx, partner="Mexico", period=2022)
    assert new.evidence[0].source_id == "census_intltrade" and new.value != old.value
    before = run("exports", as_of="2020-01-01", partner="Mexico", period=2022)
    assert before.value is None and "not (fully) covered" in before.notes[0]


def test_mexico_is_second_behind_canada(ctx, shared_data):
    r = run("trade_rank", ctx=ctx, partner="Mexico", period=2024)
    assert r.value == 2
    raw = raw_annual(shared_data, "exports", 2024)
    assert raw["1220"] > raw["2010"] > raw["5700"]
    assert [row["partner"] for row in r.detail["ranking"][:3]] == ["Canada", "Mexico", "China"]


def test_partners_ranked_by_the_size_of_the_balance(ctx, shared_data):
    exports, imports = raw_annual(shared_data, "exports", 2024), raw_annual(shared_data, "imports", 2024)
    balance = {k: exports.get(k, 0) - imports.get(k, 0) for k in ("5700", "2010", "4280", "4210")}
    # China, Mexico ... Germany (4280) fifth by deficit; the Netherlands (4210) first by surplus
    assert balance["5700"] < balance["2010"] < balance["4280"] < 0 < balance["4210"]
    germany = run("trade_rank", ctx=ctx, flow="deficit", partner="Germany", period=2024)
    assert germany.value == 5 and "largest deficit first" in germany.definition
    assert [row["partner"] for row in germany.detail["ranking"][:2]] == ["China", "Mexico"]
    assert germany.detail["ranking"][4]["value"] == balance["4280"]
    netherlands = run("trade_rank", ctx=ctx, flow="surplus", partner="Netherlands", period=2024)
    assert netherlands.value == 1 and netherlands.detail["ranking"][0]["value"] == balance["4210"]


def raw_monthly(shared_data, flow: str, year: int, code: str) -> dict[int, int]:
    """One partner's monthly values, straight from the API response file."""
    folder = "exports_hs" if flow == "exports" else "imports_hs"
    rows = json.loads((shared_data / "census_intltrade" / folder / f"{year}.json").read_text())
    return {int(month): int(value) for row_code, _name, value, _y, month in rows[1:] if row_code == code}


def test_a_month_against_the_months_of_its_year(ctx, shared_data):
    imports = raw_monthly(shared_data, "imports", 2024, "2010")
    top = max(imports, key=imports.get)
    r = run("trade_record", ctx=ctx, flow="imports", partner="Mexico", year=2024, month=top, within="year")
    assert r.value == imports[top] and r.detail["on_record"] and r.detail["beaten_by"] == []
    exports = raw_monthly(shared_data, "exports", 2024, "2010")
    low = min(exports, key=exports.get)
    r = run("trade_record", ctx=ctx, flow="exports", partner="Mexico", year=2024, month=low, within="year")
    assert r.value == exports[low] and not r.detail["on_record"] and len(r.detail["beaten_by"]) == 11
    # against the whole monthly series, the 2024 top month is also set against every earlier year's
    series = run("trade_record", ctx=ctx, flow="imports", partner="Mexico", year=2024, month=top)
    assert series.detail["since"] == "January 1985" and len(series.detail["series"]) > 12 * 39


def test_ratio_mexico_to_china(ctx, shared_data):
    r = run("trade_ratio", ctx=ctx, partner="Mexico", other="China", period=2024)
    raw = raw_annual(shared_data, "exports", 2024)
    assert r.value == pytest.approx(raw["2010"] / raw["5700"]) and round(r.value, 2) == 2.33
    assert [c.label for c in r.components] == ["U.S. goods exports to Mexico, 2024",
                                               "U.S. goods exports to China, 2024"]


def test_next_ten_after_mexico_and_canada(ctx, shared_data):
    group = run("exports", ctx=ctx, partner="Mexico and Canada", period=2024)
    nxt = run("trade_next", ctx=ctx, after="Mexico and Canada", period=2024, n=10)
    raw = raw_annual(shared_data, "exports", 2024)
    countries = sorted((v for k, v in raw.items() if k.isdigit() and 1000 <= int(k) < 8000),
                       reverse=True)
    assert group.value == sum(countries[:2])
    assert nxt.value == sum(countries[2:12])
    assert nxt.detail["group"][:3] == ["China", "Netherlands", "United Kingdom"]
    assert group.value < nxt.value  # by exports, the next ten buy more than Mexico and Canada


def test_per_capita_combined_and_each(ctx):
    both = run("trade_per_capita", ctx=ctx, partner="Mexicans and Canadians", period=2024)
    assert round(both.value) == 3973  # "over $4,000" does not hold combined ...
    canada = run("trade_per_capita", ctx=ctx, partner="Canada", period=2024)
    assert canada.value > 8000  # ... but does for Canadians alone
    china = run("trade_per_capita", ctx=ctx, partner="China", period=2024)
    assert china.value == pytest.approx(102, abs=1)
    assert china.components[1].value == 1_408_975_000


def test_total_trade_fiscal_year_share_and_growth(ctx, shared_data):
    fy = run("exports", ctx=ctx, partner="Mexico", period="FY2024")
    months = json.loads((shared_data / "census_intltrade/exports_hs/2023.json").read_text())[1:] + \
        json.loads((shared_data / "census_intltrade/exports_hs/2024.json").read_text())[1:]
    expected = sum(int(v) for c, _, v, y, m in months if c == "2010"
                   and (int(y), int(m)) >= (2023, 10) and (int(y), int(m)) <= (2024, 9))
    assert fy.value == expected
    total = run("trade_total", ctx=ctx, partner="Mexico", period=2024)
    assert total.value == raw_annual(shared_data, "exports", 2024)["2010"] + \
        raw_annual(shared_data, "imports", 2024)["2010"]
    share = run("trade_share", ctx=ctx, partner="Mexico", period=2024)
    raw = raw_annual(shared_data, "exports", 2024)
    assert share.value == pytest.approx(100 * raw["2010"] / raw["-"])
    growth = run("trade_growth", ctx=ctx, partner="Mexico", start=2023, end=2024)
    prev = raw_annual(shared_data, "exports", 2023)["2010"]
    assert growth.value == pytest.approx(100 * (raw["2010"] / prev - 1))


def test_uncovered_period_is_no_data_not_an_error(ctx):
    r = run("exports", ctx=ctx, partner="Mexico", period=2025)
    assert r.value is None and "cover 1985–2024-12" in r.notes[0]


@pytest.mark.parametrize("kwargs, error, message", [
    ({"partner": "Mexco", "period": 2024}, UnknownIdError, "Did you mean 'Mexico'"),
    ({"partner": "Mexico", "period": "2024-13"}, ConfigError, "not a month"),
    ({"partner": "Mexico"}, ConfigError, "needs --period"),
    ({"partner": "Mexico", "period": 2024, "flow": "x"}, UnknownIdError, "parameter of exports"),
])
def test_bad_parameters_are_named(ctx, kwargs, error, message):
    with pytest.raises(error, match=message):
        run("exports", ctx=ctx, **kwargs)


def test_partners_and_periods_parse():
    assert parse_partners("Korea, South") == ("KOR",)
    assert parse_partners("Japan, South Korea, India, Switzerland, the Netherlands, and Germany") == \
        ("JPN", "KOR", "IND", "CHE", "NLD", "DEU")
    assert Period.parse("FY2024").months[0] == (2023, 10) and Period.parse("FY2024").n_months == 12
    assert Period.parse("2021-01..2024-12").n_months == 48
    assert Period.parse("June 2025").label == "June 2025"
    assert Period.parse("2025-02..").end is None
    with pytest.raises(ConfigError, match="ends before it starts"):
        Period.parse("2024..2021")


def test_a_period_names_the_year_it_starts_and_ends_in():
    # a span from October starts a fiscal year, one to September ends one; other spans are calendar years
    assert Period.parse("FY2023..FY2024").first_year == Period.fiscal_year(2023)
    assert Period.parse("FY2023..FY2024").last_year == Period.fiscal_year(2024)
    assert Period.parse("2017..2024").first_year == Period.year(2017)
    assert Period.parse("2017-03..2024-06").last_year == Period.year(2024)
    with pytest.raises(ConfigError, match="no end yet"):
        Period.parse("2025-02..").last_year


def test_every_indicator_is_documented():
    specs = api.indicators()
    assert len(specs) >= 12
    for s in specs:
        assert s.title and len(s.description) > 30 and s.unit
        assert all(p.help for p in s.params), s.name
        assert callable(s.implementation), s.name
