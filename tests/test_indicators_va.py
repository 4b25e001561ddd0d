"""Value-added and published-figure indicators on the real mirror.

Value-added figures go through the warehouse (``load_table``) and are cross-checked against the
engine run straight on the publisher's file (``from_wiod_rdata`` on wiot_2011.RData); stated figures
against the row of the transcription CSV they cite.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time

import numpy as np
import pytest
from conftest import SHARED_DATA

from tradecheck import settings
from tradecheck.errors import UnknownIdError
from tradecheck.indicators import open_context, run
from tradecheck.indicators import valueadded as va
from tradecheck.valueadded import BM_TERMS, ValueAddedEngine, from_wiod_rdata

WIOD_2011 = SHARED_DATA / "wiod2013" / "wiot_2011.RData"
M = 1e6  # the table's $ millions, in the indicators' USD


@pytest.fixture(scope="module")
def rdata_2011():
    """Value added by origin from the RData file itself, not through the warehouse."""
    if not WIOD_2011.is_file():
        pytest.fail(f"the shared mirror file {WIOD_2011} is missing; these tests read it")
    return ValueAddedEngine(from_wiod_rdata(WIOD_2011)).content()


def _io_entries(ctx) -> list:
    return [k for k in ctx.cache if isinstance(k, tuple) and k[0] == "valueadded.io"]


# -- value added by origin ----------------------------------------------------------------------

def test_mexican_vs_chinese_value_added_in_us_exports_2011(ctx, rdata_2011):
    """The op-ed's 'Mexican components are 10 times more significant in U.S. exports than Chinese
    ones', read as value added by origin in U.S. gross exports: Mexico's is 0.69 times China's."""
    r = run("va_ratio", ctx=ctx, origin="Mexico", other="China", year=2011)  # exporter: USA
    mex, chn = r.components
    assert mex.value == pytest.approx(23_899.7 * M, abs=0.05 * M)
    assert chn.value == pytest.approx(34_624.2 * M, abs=0.05 * M)
    assert mex.value == pytest.approx(rdata_2011.value("MEX", "USA") * M, rel=1e-12)
    assert chn.value == pytest.approx(rdata_2011.value("CHN", "USA") * M, rel=1e-12)
    assert r.value == pytest.approx(0.6903, abs=1e-4) and r.unit == "ratio" and r.text == "0.69×"
    assert any("smaller, not larger" in n and "1.45 times" in n for n in r.notes)
    assert mex.detail["gross_exports_usd"] == 1_839_878 * M == rdata_2011.exports("USA") * M
    assert mex.detail["share_percent"] == pytest.approx(1.2990, abs=1e-4)
    top = [o["country_id"] for o in mex.detail["top_foreign_origins"][:4]]
    assert top == ["ROW", "CHN", "CAN", "MEX"]
    (ev,) = mex.evidence
    assert (ev.source_id, ev.path, ev.release) == ("wiod2013", "wiod2013/wiot_2011.RData",
                                                   "WIOD 2013 release")
    assert ev.rows == () and "whole wiod2013 table of 2011" in ev.note
    for words in ("Leontief", "WIOD 2013 release", "$ millions, basic prices",
                  "taxes less subsidies on products", "no value-added rows"):
        assert words in mex.definition
    json.dumps(r.to_dict())


def test_value_added_by_origin_adds_up_to_gross_exports_through_one_lu(ctx, rdata_2011):
    regions = rdata_2011.regions
    assert len(regions) == 41
    ids = [{"ROM": "ROU", "RoW": "ROW"}.get(r, r) for r in regions]  # as reconciled in the warehouse
    for importer in (None, "MEX"):
        parts = [run("va_in_exports", ctx=ctx, origin=o, exporter="USA", year=2011,
                     importer=importer) for o in ids]
        gross = parts[0].detail["gross_exports_usd"]
        assert sum(p.value for p in parts) == pytest.approx(gross, rel=1e-12)
        assert gross == (1_839_878 if importer is None else 167_275) * M
    assert len(_io_entries(ctx)) == 1  # every call shared one loaded, factorised table


def test_domestic_share_and_decomposition_agree(ctx):
    dom = run("va_domestic_share", ctx=ctx, exporter="United States", year=2011)
    assert dom.value == pytest.approx(85.0959, abs=1e-4) and dom.unit == "percent"
    total = run("gross_exports_decomposition", ctx=ctx, exporter="USA", year=2011)
    t = total.detail["terms_usd"]
    assert total.value == 1_839_878 * M
    # Borin-Mancini DVA + DDC is the domestic content V_s B_ss e_s; FVA + FDC the foreign content
    assert t["DAVAX"] + t["REX"] + t["REF"] + t["DDC"] == pytest.approx(
        dom.detail["domestic_value_added_usd"], rel=1e-12)
    assert t["FVA"] + t["FDC"] == pytest.approx(dom.detail["foreign_value_added_usd"], rel=1e-10)


def test_us_value_added_returning_in_imports_from_mexico_vs_china_2011(ctx, rdata_2011):
    r = run("va_returning_ratio", ctx=ctx, partner="MEX", other="CHN", year=2011)
    mex, chn = r.components
    assert mex.value == pytest.approx(26_739.3 * M, abs=0.05 * M)
    assert chn.value == pytest.approx(10_867.9 * M, abs=0.05 * M)
    assert mex.value == pytest.approx(rdata_2011.returning("USA", "MEX") * M, rel=1e-12)
    assert chn.value == pytest.approx(rdata_2011.returning("USA", "CHN") * M, rel=1e-12)
    assert mex.detail["imports_usd"] == 227_467 * M and chn.detail["imports_usd"] == 412_844 * M
    assert mex.detail["share_percent"] == pytest.approx(11.755, abs=1e-3)
    assert chn.detail["share_percent"] == pytest.approx(2.632, abs=1e-3)
    assert r.value == pytest.approx(4.4655, abs=1e-4)  # shares: 11.76% vs 2.63%
    assert r.detail["ratio_of_dollars"] == pytest.approx(2.4604, abs=1e-4)
    usd = run("va_returning_ratio", ctx=ctx, partner="MEX", other="CHN", year=2011, measure="usd")
    assert usd.value == r.detail["ratio_of_dollars"] and "(shares) the ratio is 4.47" in usd.notes[0]


def test_us_content_in_imports_was_ten_times_larger_from_mexico_in_2000_only(ctx):
    """The share ratio was ~10 around 2000 (21.2% vs 2.0%) and has fallen to ~4.5 by 2011."""
    r = run("va_returning_ratio", ctx=ctx, partner="MEX", other="CHN", year=2000)
    assert r.value == pytest.approx(10.317, abs=1e-3)
    assert [round(c.detail["share_percent"], 2) for c in r.components] == [21.16, 2.05]


def test_borin_mancini_terms_add_up_to_us_exports_to_mexico(ctx):
    r = run("gross_exports_decomposition", ctx=ctx, exporter="USA", importer="Mexico", year=2011)
    assert r.value == 167_275 * M
    terms = r.detail["terms_usd"]
    expected = {"DAVAX": 95_080.4, "REX": 12_748.8, "REF": 22_420.8, "DDC": 1_500.5,
                "FVA": 35_231.0, "FDC": 293.5}
    assert {k: terms[k] / M for k in BM_TERMS} == pytest.approx(expected, abs=0.1)
    assert sum(terms.values()) == pytest.approx(r.value, rel=1e-12)
    assert abs(r.detail["residual_usd"]) < 1e-3 and "add up exactly" in r.notes[0]
    assert r.detail["shares_percent"]["REF"] == pytest.approx(13.40, abs=0.01)


# -- what the table cannot give -----------------------------------------------------------------

@pytest.mark.parametrize("name, params", [
    ("va_ratio", {"origin": "Mexico", "other": "China"}),
    ("va_in_exports", {"origin": "Mexico"}),
    ("va_returning", {"partner": "Mexico"}),
    ("gross_exports_decomposition", {"importer": "Mexico"}),
    ("va_domestic_share", {}),
])
def test_a_year_outside_wiod_is_no_data_with_a_note(ctx, name, params):
    for year in (2024, 1994):
        r = run(name, ctx=ctx, year=year, **params)
        assert r.value is None and r.text == "no data"
        note = r.notes[0]
        assert "1995–2011" in note and "OECD TiVA" in note and "ICIO" in note, note
    assert _io_entries(ctx) == []  # nothing was loaded


def test_an_economy_wiod_lumps_into_the_rest_of_the_world(ctx):
    r = run("va_in_exports", ctx=ctx, origin="Vietnam", year=2011)
    assert r.value is None and "Vietnam is not a separate region" in r.notes[0]
    assert "OECD TiVA" in r.notes[0]
    same = run("gross_exports_decomposition", ctx=ctx, exporter="USA", importer="USA", year=2011)
    assert same.value is None and "does not export to itself" in same.notes[0]
    with pytest.raises(UnknownIdError, match="Did you mean 'wiod2013'"):
        run("va_domestic_share", ctx=ctx, year=2011, table="wiod2031")


def test_employment_on_a_table_without_satellites_is_no_data(ctx):
    r = run("io_satellite", ctx=ctx, account="employment", origin="Mexico", year=2011)
    assert r.value is None
    assert "no employment account" in r.notes[0] and "Socio-Economic Accounts" in r.notes[0]


# -- the value-added memo -------------------------------------------------------------------------

#: Every value-added indicator that reads value added by origin, and a region the table lacks.
MEMO_CALLS = [
    ("va_ratio", {"origin": "Mexico", "other": "China", "year": 2011}),
    ("va_in_exports", {"origin": "China", "exporter": "Mexico", "importer": "Canada", "year": 2011}),
    ("va_domestic_share", {"exporter": "Mexico", "year": 2011}),
    ("va_returning", {"partner": "Mexico", "year": 2011}),
    ("va_returning_ratio", {"partner": "MEX", "other": "CHN", "year": 2011, "measure": "usd"}),
    ("va_returning_ratio", {"partner": "MEX", "other": "CHN", "year": 2000}),
    ("va_in_exports", {"origin": "Vietnam", "year": 2011}),
]


@pytest.fixture
def memo_dir(real_home, tmp_path, monkeypatch):
    """An empty cache of this test's own: the session's warehouse, never its shared memos."""
    monkeypatch.setattr(settings, "cache_dir", lambda: tmp_path / "cache")
    return tmp_path / "cache" / "derived"


def _all(calls=MEMO_CALLS) -> tuple[list[dict], list]:
    """Each call's full result (figures, notes, definition, evidence) on a fresh context."""
    ctx = open_context()
    try:
        out = [run(name, ctx=ctx, **params).to_dict() for name, params in calls]
        return out, [ctx.cache[k] for k in _io_entries(ctx)]
    finally:
        ctx.con.close()


def _memos(memo_dir) -> list:
    return sorted(memo_dir.glob("*.npz"))


def test_memoised_value_added_gives_identical_figures_and_evidence(memo_dir):
    fresh, ios = _all()
    assert len(ios) == 2 and all("engine" in io.__dict__ for io in ios)  # computed: one LU each
    assert [m.name[:24] for m in _memos(memo_dir)] == ["va-content-wiod2013-2000",
                                                       "va-content-wiod2013-2011"]
    assert not list(memo_dir.glob("*.tmp"))
    memo, ios_memo = _all()
    assert all("table" not in io.__dict__ and "engine" not in io.__dict__ for io in ios_memo)
    assert memo == fresh  # every figure, note, definition and piece of evidence
    for a, b in zip(ios, ios_memo):
        assert a.content.regions == b.content.regions and a.method == b.method
        assert (a.content.unit, a.content.account, a.content.table) == (
            b.content.unit, b.content.account, b.content.table)
        assert np.array_equal(a.content.values, b.content.values)
        assert np.array_equal(a.content.gross, b.content.gross)
    assert fresh[0]["value"] == pytest.approx(0.6903, abs=1e-4)
    # a figure that needs the table itself still loads it behind a memoised content
    ctx = open_context()
    try:
        r = run("gross_exports_decomposition", ctx=ctx, exporter="USA", importer="Mexico",
                year=2011)
        assert r.value == 167_275 * M and abs(r.detail["residual_usd"]) < 1e-3
    finally:
        ctx.con.close()


@pytest.mark.parametrize("spoil", ["truncated", "garbage", "empty", "stale", "misshapen",
                                   "other_load"])
def test_a_corrupt_or_stale_memo_is_ignored_and_rebuilt(memo_dir, spoil, monkeypatch):
    calls = MEMO_CALLS[:2]
    fresh, _ = _all(calls)
    (path,) = _memos(memo_dir)
    good = path.read_bytes()
    if spoil == "truncated":
        path.write_bytes(good[: len(good) // 2])
    elif spoil == "garbage":
        path.write_bytes(b"\x93NUMPY not really" + os.urandom(4096))
    elif spoil == "empty":
        path.write_bytes(b"")
    elif spoil == "stale":  # the engine changed: its version no longer matches the memo's
        monkeypatch.setattr(va, "MEMO_VERSION", va.MEMO_VERSION + 1)
    elif spoil == "other_load":  # the warehouse was rebuilt: same file, another load
        with np.load(path) as z:
            arrays = dict(z)
        key = json.loads(str(arrays["key"]))
        arrays["key"] = np.array(json.dumps({**key, "loaded": "1999-01-01 00:00:00"},
                                            sort_keys=True))
        with path.open("wb") as out:
            np.savez(out, **arrays)
    else:  # a memo with the right key but arrays that do not fit together
        with np.load(path) as z:
            arrays = dict(z)
        arrays["values"] = arrays["values"][:, :, :-1]
        with path.open("wb") as out:
            np.savez(out, **arrays)
    again, ios = _all(calls)
    assert again == fresh
    assert all("engine" in io.__dict__ for io in ios)  # recomputed, not read from the bad memo
    with np.load(path) as z:  # ... and the memo rewritten, whole
        assert str(z["key"]) == va._memo_key(ios[0].file)
        assert z["values"].shape == (41, 41, 41)
    _, ios = _all(calls)
    assert all("engine" not in io.__dict__ for io in ios)  # the rewritten memo serves again


def test_a_cache_that_cannot_be_written_only_costs_time(real_home, tmp_path, monkeypatch):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setattr(settings, "cache_dir", lambda: blocked)
    fresh, ios = _all(MEMO_CALLS[:1])
    assert fresh[0]["value"] == pytest.approx(0.6903, abs=1e-4) and "engine" in ios[0].__dict__


def test_a_memo_hit_needs_neither_scipy_nor_the_table(real_home):
    fresh, _ = _all(MEMO_CALLS[:1])  # writes the memo into the session warehouse's cache
    code = ("import json, sys\n"
            "from tradecheck.indicators import run\n"
            "r = run('va_ratio', origin='Mexico', other='China', year=2011)\n"
            "print(json.dumps({'result': r.to_dict(), 'scipy': 'scipy' in sys.modules}))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env=dict(os.environ, TRADECHECK_HOME=str(real_home)))
    out = json.loads(done.stdout)
    assert out["scipy"] is False
    assert out["result"] == json.loads(json.dumps(fresh[0]))


def test_cold_and_warm_timings(ctx):
    started = time.perf_counter()
    run("va_in_exports", ctx=ctx, origin="Mexico", year=2010)
    cold = time.perf_counter() - started
    warm = []
    for name, params in [("va_in_exports", {"origin": "China"}), ("va_domestic_share", {}),
                         ("va_returning", {"partner": "Mexico"}),
                         ("va_ratio", {"origin": "Mexico", "other": "Canada"}),
                         ("va_returning_ratio", {"partner": "Mexico", "other": "Canada"})]:
        started = time.perf_counter()
        run(name, ctx=ctx, year=2010, **params)
        warm.append(time.perf_counter() - started)
    assert cold < 3.0  # ~0.5 s here: read one year from the warehouse, one LU, one content pass
    assert max(warm) < 0.02, warm


# -- figures stated in publications -------------------------------------------------------------

def test_sme_exports_to_mexico_2022_as_stated_by_ustr(ctx, shared_data):
    r = run("published_figure", ctx=ctx, measure="sme_goods_exports", partner="Mexico", year=2022)
    assert r.value == 110e9 and r.unit == "USD" and r.detail["qualifier"] == "over"
    assert "over $110.00 billion" in r.label
    assert r.definition.lower().startswith(
        "stated by office of the u.s. trade representative in ustr, sba and commerce convene third "
        "usmca sme dialogue (press release) (2024-05)")
    assert "not computed" in r.definition
    assert r.detail["url"].startswith("https://ustr.gov/") and r.detail["published"] == "2024-05"
    (ev,) = r.evidence
    assert ev.path == "published_figures/ustr-sme-exports.csv" and ev.rows == (5,)
    rows = list(csv.DictReader((shared_data / ev.path).open(encoding="utf-8")))
    row = rows[ev.rows[0] - 2]  # src_row 1 is the header
    assert (row["partner"], row["measure"], row["qualifier"], float(row["value"])) == (
        "Mexico", "sme_goods_exports", "over", r.value)
    json.dumps(r.to_dict())


def test_a_figure_no_publication_states_names_the_census_profile(ctx):
    r = run("published_figure", ctx=ctx, measure="sme_goods_exports", partner="China", year=2022)
    assert r.value is None
    assert "Profile of U.S. Importing and Exporting Companies" in r.notes[0]
    assert "company size and destination" in r.notes[0]
    with pytest.raises(UnknownIdError, match="Did you mean"):
        run("published_figure", ctx=ctx, measure="sme_export", partner="Mexico")


def test_published_compare_mexico_canada_and_china(ctx):
    r = run("published_compare", ctx=ctx, measure="sme_goods_exports", partner="Mexico",
            other="Canada", year=2022)
    assert r.value == pytest.approx(110 / 83) and "approximate" in r.notes[0]
    firms = run("published_compare", ctx=ctx, measure="sme_exporters", partner="MEX", other="CAN")
    assert firms.value == pytest.approx(49_000 / 90_000)  # latest data year: 2022
    china = run("published_compare", ctx=ctx, measure="sme_goods_exports", partner="Mexico",
                other="China", year=2022)
    assert china.value is None and "Profile of U.S. Importing and Exporting Companies" in china.notes[0]


def test_published_figures_respect_as_of(real_home):
    r = run("published_figure", as_of="2020-01-01", measure="sme_goods_exports", partner="Mexico")
    assert r.value == 76.2e9 and r.detail["data_year"] == 2016 and r.detail["qualifier"] == "about"
    assert "(2019-03)" in r.definition
