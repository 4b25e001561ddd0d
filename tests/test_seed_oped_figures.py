"""Every figure of the seed op-ed that the loaded data can answer, through the indicator catalogue.

The op-ed is ../shared/examples/seed-op-ed.txt; each test names the sentence it answers. Expected
values were checked independently (raw files, the engine run on the RData directly) in the family
tests; here they pin what the catalogue answers, with evidence, for the claim checker to use.
"""

from __future__ import annotations

import pytest

from tradecheck.indicators import open_context, run


@pytest.fixture(scope="module")
def ctx(built_home):
    import os
    from unittest import mock

    with mock.patch.dict(os.environ, {"TRADECHECK_HOME": str(built_home)}):
        c = open_context()
        yield c
        c.con.close()


def figure(ctx, name, **params):
    r = run(name, ctx=ctx, **params)
    assert r.value is not None, r.notes
    assert r.all_evidence(), f"{name} has no evidence"
    return r


def test_mexico_bought_335_billion_in_2024(ctx):
    # "In 2024, Mexico bought $335 billion in U.S. goods"
    assert figure(ctx, "exports", partner="Mexico", period=2024).text == "$334.03 billion"


def test_two_point_three_times_china(ctx):
    # "... 2.3 times more than China"
    assert round(figure(ctx, "trade_ratio", partner="Mexico", other="China", period=2024).value, 2) == 2.33


def test_mexico_and_canada_vs_next_ten(ctx):
    # "Mexico and Canada together purchase more from the U.S. than the next 10 trading partners combined"
    pair = figure(ctx, "exports", partner="Mexico and Canada", period=2024).value
    by_exports = figure(ctx, "trade_next", flow="exports", after="Mexico and Canada", period=2024, n=10)
    by_trade = figure(ctx, "trade_next", flow="total", after="Mexico and Canada", period=2024, n=10)
    assert round(pair / 1e9, 2) == 683.94 and round(by_exports.value / 1e9, 2) == 711.53
    assert "China" in by_exports.detail["group"] and "Germany" in by_exports.detail["group"]
    assert pair < by_exports.value and pair < by_trade.value


def test_small_business_exports(ctx):
    # "Mexican consumers buy more than $110 billion in U.S. small business exports alone"
    sme = figure(ctx, "published_figure", measure="sme_goods_exports", partner="Mexico", year=2022)
    assert sme.value == 110e9 and "Stated by" in sme.definition
    # "... more than double what China buys": no loaded source has SME exports to China
    china = run("published_figure", ctx=ctx, measure="sme_goods_exports", partner="China")
    assert china.value is None and "Profile of U.S. Importing and Exporting Companies" in " ".join(china.notes)


def test_per_capita_spending(ctx):
    # "Mexicans and Canadians spend over $4,000 annually on U.S. goods, while Chinese consumers spend just $100"
    assert round(figure(ctx, "trade_per_capita", partner="Mexico and Canada", period=2024).value) == 3973
    assert round(figure(ctx, "trade_per_capita", partner="Mexico", period=2024).value) == 2553
    assert round(figure(ctx, "trade_per_capita", partner="China", period=2024).value) == 102


def test_mexican_components_in_us_exports(ctx):
    # "Mexican components are 10 times more significant in U.S. exports than Chinese ones"
    origin = figure(ctx, "va_ratio", origin="Mexico", other="China", exporter="USA", year=2011)
    returning = figure(ctx, "va_returning_ratio", partner="Mexico", other="China", year=2011)
    assert round(origin.value, 2) == 0.69
    assert round(returning.value, 2) == 4.47


def test_lowest_crossings_in_30_years(ctx):
    # "the lowest level of illegal crossings in 30 years"
    r = figure(ctx, "usbp_lowest_since", scope="southwest_border", fiscal_year=2025)
    assert "1970" in r.label + " ".join(r.notes) + str(r.detail)


def test_june_2025_encounters(ctx):
    # "In June 2025, CBP recorded the lowest number of nationwide encounters, nearly 90% lower than
    # the 2021-2024 average"
    june = figure(ctx, "encounters", dataset="nationwide", period="2025-06")
    assert june.value == 25_185
    change = figure(ctx, "encounters_change", dataset="nationwide", period="2025-06", base="2021..2024")
    assert round(change.value, 2) == -88.96
    record = figure(ctx, "encounters_record", dataset="nationwide", which="lowest")
    assert record.value == 24_589  # July 2025 went lower since


def test_fentanyl_doses(ctx):
    # "nearly 258 kilograms of fentanyl, enough to prevent over 120 million lethal doses"
    # A computation on the claim's own quantity: it rests on a stated assumption, not on a file.
    doses = run("lethal_doses", ctx=ctx, drug="fentanyl", kg=258)
    assert doses.value == 129_000_000 and "2 mg" in doses.definition + " ".join(doses.notes)
