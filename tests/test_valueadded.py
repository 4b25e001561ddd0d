"""Value added in trade: identities, the Borin-Mancini terms against their literal formulas,
pymrio's Leontief inverse, and figures pinned on the real WIOD 2013 tables (2011)."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pymrio
import pytest
from conftest import SHARED_DATA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradecheck import db
from tradecheck.errors import ConfigError, ParseError, TradecheckError, UnknownIdError
from tradecheck.valueadded import (
    BM_TERMS,
    IOTable,
    SatelliteUnavailableError,
    ValueAddedEngine,
    from_wiod_rdata,
    load_table,
)
from tradecheck.warehouse import schema

WIOD_2011 = SHARED_DATA / "wiod2013" / "wiot_2011.RData"


# -- helpers -----------------------------------------------------------------------------------------
def random_table(seed: int, G: int, N: int, uses: int = 2, prefix: str = "R") -> IOTable:
    """A random positive table: A with column sums in (0.2, 0.9), x = (I - A)^-1 Y 1, Z = A x."""
    rng = np.random.default_rng(seed)
    n = G * N
    A = rng.random((n, n)) + np.kron(np.eye(G), rng.random((N, N)) * 3)  # heavier at home
    A *= rng.uniform(0.2, 0.9, n) / A.sum(axis=0)
    Y = rng.random((n, G * uses)) * 10
    x = np.linalg.solve(np.eye(n) - A, Y.sum(axis=1))
    regions = [f"{prefix}{g}" for g in range(G)]
    return IOTable(Z=A * x, Y=Y, regions=tuple(np.repeat(regions, N)),
                   industries=tuple(f"i{k}" for k in range(N)) * G,
                   final_regions=tuple(np.repeat(regions, uses)),
                   final_codes=tuple(f"F{u}" for u in range(uses)) * G, table_id="random", year=seed)


def naive_bm(t: IOTable) -> dict[str, np.ndarray]:
    """Borin & Mancini (2019) source-based terms, literally: explicit B, L_ss and B^{/s}."""
    n, blocks, G = t.n, t.blocks, len(t.region_names)
    A = t.A
    B = np.linalg.inv(np.eye(n) - A)
    V, Yr = t.v * t.inv_x, t.Yr
    L = [np.linalg.inv(np.eye(b.stop - b.start) - A[b, b]) for b in blocks]
    out = {k: np.zeros((G, G)) for k in BM_TERMS}
    for s, bs in enumerate(blocks):
        A_not_s = A.copy()  # A^{/s}: without s's intermediate exports
        for j, bj in enumerate(blocks):
            if j != s:
                A_not_s[bs, bj] = 0
        B_not_s = np.linalg.inv(np.eye(n) - A_not_s)
        for r, br in enumerate(blocks):
            if r == s:
                continue
            e = t.Z[bs, br].sum(axis=1) + Yr[bs, r]
            VsLss = V[bs] @ L[s]
            p = VsLss @ A[bs, br] @ L[r]
            AmBY = sum(A[br, bj] @ (B[bj] @ Yr) for j, bj in enumerate(blocks) if j != r)
            out["DAVAX"][s, r] = VsLss @ Yr[bs, r] + p @ Yr[br, r]
            out["REX"][s, r] = (sum(p @ Yr[br, j] for j in range(G) if j not in (s, r))
                                + sum(p @ AmBY[:, k] for k in range(G) if k != s))
            out["REF"][s, r] = p @ Yr[br, s] + p @ AmBY[:, s]
            out["DDC"][s, r] = V[bs] @ (B[bs, bs] - L[s]) @ e
            foreign = [t_ for t_ in range(G) if t_ != s]
            out["FVA"][s, r] = sum(V[blocks[k]] @ B_not_s[blocks[k], bs] @ e for k in foreign)
            out["FDC"][s, r] = sum(V[blocks[k]] @ (B[blocks[k], bs] - B_not_s[blocks[k], bs]) @ e
                                   for k in foreign)
    return out


def assert_identities(t: IOTable, rtol: float = 1e-10) -> None:
    engine = ValueAddedEngine(t)
    content, bm = engine.content(), engine.borin_mancini()
    scale = max(1.0, float(np.abs(bm.gross).max()))
    # value added by origin adds up to gross exports, pair by pair
    np.testing.assert_allclose(content.values.sum(axis=0), content.gross, rtol=0, atol=rtol * scale)
    # the six terms add up to bilateral gross exports; DAVAX + REX + REF = V_s L_ss e_sr
    assert np.abs(bm.residual()).max() <= rtol * scale
    dva = bm.terms["DAVAX"] + bm.terms["REX"] + bm.terms["REF"]
    assert np.abs(dva - bm.dva).max() <= rtol * scale
    # BM's DVA + DDC is the domestic content V_s B_ss e_s, FVA + FDC the foreign content
    dom, foreign = content.domestic(), content.foreign()
    for i, s in enumerate(bm.exporters):
        assert dva[i].sum() + bm.terms["DDC"][i].sum() == pytest.approx(dom[s], abs=rtol * scale)
        assert (bm.terms["FVA"][i].sum() + bm.terms["FDC"][i].sum()
                == pytest.approx(foreign[s], abs=rtol * scale))
    # world value added = world final demand
    assert t.v.sum() == pytest.approx(t.Y.sum(), rel=rtol)


# -- the model -----------------------------------------------------------------------------------------
def test_x_is_the_row_sum_and_v_the_primary_inputs():
    t = random_table(0, 3, 2)
    np.testing.assert_allclose(t.x, t.Z.sum(axis=1) + t.Y.sum(axis=1))
    np.testing.assert_allclose(t.v, t.x - t.Z.sum(axis=0))
    assert t.Yr.shape == (6, 3) and t.blocks == (slice(0, 2), slice(2, 4), slice(4, 6))


def test_an_x_off_the_row_sums_is_refused_with_the_row_named():
    t = random_table(0, 2, 2)
    x = t.x.copy()
    x[3] += 5
    with pytest.raises(ConfigError, match=r"row 3 \(R1 i1\).*x=None"):
        IOTable(Z=t.Z, Y=t.Y, regions=t.regions, industries=t.industries,
                final_regions=t.final_regions, x=x)


def test_rows_of_a_region_must_be_contiguous_and_final_regions_match():
    t = random_table(0, 2, 2)
    with pytest.raises(ConfigError, match="'R0' starts again at row 2"):
        IOTable(Z=t.Z, Y=t.Y, regions=("R0", "R1", "R0", "R1"), industries=t.industries,
                final_regions=t.final_regions)
    with pytest.raises(ConfigError, match=r"final demand of regions without rows \['R9'\]"):
        IOTable(Z=t.Z, Y=t.Y, regions=t.regions, industries=t.industries,
                final_regions=("R0", "R0", "R1", "R9"))


def test_merging_mx1_and_mx2_sums_their_rows_columns_and_final_demand():
    """OECD ICIO splits Mexico in MX1 and MX2 rows, with one MEX final demand: merge to MEX."""
    t = random_table(3, 4, 2)  # regions R0..R3, read R1 as MX1 and R2 as MX2
    regions = tuple({"R1": "MX1", "R2": "MX2"}.get(r, r) for r in t.regions)
    final_regions = tuple({"R1": "MEX", "R2": "MEX"}.get(r, r) for r in t.final_regions)
    codes = ("hh", "gov") * 4
    with pytest.raises(ConfigError, match=r"rows without final demand \['MX1', 'MX2'\]"):
        IOTable(Z=t.Z, Y=t.Y, regions=regions, industries=t.industries,
                final_regions=final_regions, final_codes=codes)
    merged = IOTable.merged(t.Z, t.Y, regions, t.industries, final_regions, codes,
                            {"MX1": "MEX", "MX2": "MEX"}, satellites={"jobs": np.ones(t.n)})
    assert merged.region_names == ("R0", "MEX", "R3")
    assert merged.industries == ("i0", "i1") * 3
    S = np.zeros((6, 8))  # new row <- old rows
    S[[0, 1, 2, 3, 2, 3, 4, 5], range(8)] = 1
    F = np.zeros((8, 6))
    F[range(8), [0, 1, 2, 3, 2, 3, 4, 5]] = 1
    np.testing.assert_allclose(merged.Z, S @ t.Z @ S.T)
    np.testing.assert_allclose(merged.Y, S @ t.Y @ F)
    np.testing.assert_allclose(merged.x, S @ t.x)
    np.testing.assert_allclose(merged.satellites["jobs"], [1, 1, 2, 2, 1, 1])
    assert merged.final_codes == ("hh", "gov") * 3
    # world totals and the identities survive the merge
    assert merged.v.sum() == pytest.approx(t.v.sum(), rel=1e-12)
    assert_identities(merged)


def test_satellite_accounts_missing_from_wiod_say_so(wiod2011):
    _, engine, *_ = wiod2011
    with pytest.raises(SatelliteUnavailableError, match="no satellite account 'employment'.*WIOD 2013"
                       ) as info:
        engine.content("employment")
    assert isinstance(info.value, TradecheckError)


def test_a_satellite_account_is_traced_like_value_added():
    t0 = random_table(5, 3, 2)
    jobs = np.arange(1.0, t0.n + 1)
    t = IOTable(Z=t0.Z, Y=t0.Y, regions=t0.regions, industries=t0.industries,
                final_regions=t0.final_regions, satellites={"employment": jobs})
    engine = ValueAddedEngine(t)
    content = engine.content("employment")
    B = np.linalg.inv(np.eye(t.n) - t.A)
    E = engine.exports
    direct = (jobs / t.x) @ B[:, t.blocks[0]] @ E[t.blocks[0], 1]  # all origins, R0 -> R1
    assert content.values[:, 0, 1].sum() == pytest.approx(direct, rel=1e-12)


def test_a_singular_leontief_system_is_refused_with_the_row_named():
    Z = np.array([[2.0, 0.0], [0.5, 1.0]])  # R0 uses all its output itself: I - A is singular
    Y = np.array([[0.0, 0.0], [1.0, 1.0]])
    t = IOTable(Z=Z, Y=Y, regions=("R0", "R1"), industries=("a", "a"), final_regions=("R0", "R1"))
    with pytest.raises(ConfigError, match=r"I - A of IO table is singular.*Check the columns of Z"):
        ValueAddedEngine(t)


def test_unknown_region_suggests_the_right_one():
    content = ValueAddedEngine(random_table(1, 3, 1, prefix="MEX")).content()
    with pytest.raises(UnknownIdError, match="Did you mean 'MEX1'"):
        content.value("MEX11", "MEX0")


def test_a_misnamed_rdata_file_is_a_parse_error(tmp_path):
    bad = tmp_path / "wiot.RData"
    bad.write_bytes(b"x")
    with pytest.raises(ParseError, match="wiot_YYYY.RData"):
        from_wiod_rdata(bad)
    wrong = tmp_path / "wiot_2011.RData"
    wrong.write_bytes(b"not R")
    with pytest.raises(ParseError, match="not a readable R data file"):
        from_wiod_rdata(wrong)


# -- the engine against literal formulas and pymrio -----------------------------------------------
@pytest.mark.parametrize("seed,G,N", [(1, 3, 2), (2, 4, 3), (3, 5, 1)])
def test_borin_mancini_matches_the_literal_formulas(seed, G, N):
    t = random_table(seed, G, N)
    fast, slow = ValueAddedEngine(t).borin_mancini(), naive_bm(t)
    for name in BM_TERMS:
        np.testing.assert_allclose(fast.terms[name], slow[name], rtol=1e-11, atol=1e-11, err_msg=name)
    assert_identities(t)


def test_a_subset_of_exporters_gives_the_same_rows():
    t = random_table(4, 4, 2)
    engine = ValueAddedEngine(t)
    full, part = engine.borin_mancini(), ValueAddedEngine(t).borin_mancini(["R2", "R0"])
    for name in BM_TERMS:
        np.testing.assert_allclose(part.terms[name], full.terms[name][[2, 0]], rtol=1e-12, atol=1e-12)
    assert part.pair("R2", "R1") == pytest.approx(full.pair("R2", "R1"), rel=1e-12)
    with pytest.raises(UnknownIdError, match="exporter 'R1'"):
        part.pair("R1")


def test_negative_value_added_pivots_and_still_adds_up():
    """A column with inputs worth more than its output (v < 0) makes the LU pivot: the fallback."""
    Z = np.array([[0.1, 5.0, 0.2], [3.0, 0.5, 0.4], [0.3, 0.2, 0.1]])
    Y = np.array([[1.0, 2.0, 0.5], [5.0, 2.0, 1.0], [1.0, 1.0, 3.0]])
    Y[0, 0] = -7.0  # a stock draw-down leaves R0 with little output but large purchases
    t = IOTable(Z=Z, Y=Y, regions=("R0", "R1", "R2"), industries=("a",) * 3,
                final_regions=("R0", "R1", "R2"))
    engine = ValueAddedEngine(t)
    assert (t.v < 0).any() and not np.array_equal(engine._lu[1], np.arange(3))
    slow = naive_bm(t)
    for name in BM_TERMS:
        np.testing.assert_allclose(engine.borin_mancini().terms[name], slow[name], atol=1e-12)
    assert_identities(t)


def test_diagonal_blocks_are_those_of_the_inverse():
    t = random_table(6, 7, 40)  # 280 rows: regions are grouped into several triangular solves
    engine = ValueAddedEngine(t)
    B = np.linalg.inv(np.eye(t.n) - t.A)
    for s in (0, 3, 6):
        b = t.blocks[s]
        np.testing.assert_allclose(engine.diagonal_block(s), B[b, b], rtol=1e-12, atol=1e-14)


def test_leontief_route_matches_pymrio_on_a_small_table():
    t = random_table(7, 3, 3)
    L = pymrio.calc_L(pymrio.calc_A(t.Z, t.x))
    engine = ValueAddedEngine(t)
    np.testing.assert_allclose(engine.leontief(), L, rtol=1e-12, atol=1e-14)
    R = np.zeros((3, t.n))
    R[t.row_region, np.arange(t.n)] = 1
    np.testing.assert_allclose(engine.W, R @ np.diag(t.v / t.x) @ L, rtol=1e-12, atol=1e-14)


# -- property tests ------------------------------------------------------------------------------------
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), G=st.integers(2, 4), N=st.integers(1, 3),
       uses=st.integers(1, 2))
def test_identities_hold_on_random_positive_tables(seed, G, N, uses):
    t = random_table(seed, G, N, uses)
    assert_identities(t)
    bm = ValueAddedEngine(t).borin_mancini()
    for name in BM_TERMS:  # every term is value, never negative, on positive tables
        assert bm.terms[name].min() >= -1e-12 * bm.gross.max(), name
    slow = naive_bm(t)
    for name in BM_TERMS:
        np.testing.assert_allclose(bm.terms[name], slow[name], rtol=1e-9, atol=1e-10)


# -- the warehouse route -------------------------------------------------------------------------------
def _warehouse_with(t: IOTable, regions, countries, final_regions, stated=None):
    con = db.memory()
    con.execute(schema.ddl())
    con.execute("INSERT INTO io_tables VALUES (1, 'toy', 2020, ?, ?, '$ millions')",
                [t.n, t.Y.shape[1]])
    labels = [(1, "toy", "row", i, r, c, ind, None)
              for i, (r, c, ind) in enumerate(zip(regions, countries, t.industries))]
    labels += [(1, "toy", "final", k, r, r, code, None)
               for k, (r, code) in enumerate(zip(final_regions, t.final_codes))]
    con.executemany("INSERT INTO io_labels VALUES (?, ?, ?, ?, ?, ?, ?, ?)", labels)
    rows = [("inter", int(i), int(j), float(t.Z[i, j])) for i, j in zip(*np.nonzero(t.Z))]
    rows += [("final", int(i), int(j), float(t.Y[i, j])) for i, j in zip(*np.nonzero(t.Y))]
    rows += [("output", i, 0, float(v)) for i, v in enumerate(t.x if stated is None else stated)]
    con.executemany("INSERT INTO io_cells VALUES (1, 'toy', 2020, ?, ?, ?, ?)", rows)
    return con


def test_load_table_round_trips_and_merges_mx1_mx2():
    t = random_table(8, 4, 2)
    plain = _warehouse_with(t, t.regions, t.regions, t.final_regions, stated=t.x + 1.0)
    loaded = load_table(plain, "toy", 2020)
    np.testing.assert_array_equal(loaded.Z, t.Z)
    np.testing.assert_array_equal(loaded.Y, t.Y)
    assert loaded.regions == t.regions and loaded.final_codes == t.final_codes
    np.testing.assert_allclose(loaded.output_gap(), 1.0)
    assert (loaded.table_id, loaded.year, loaded.unit) == ("toy", 2020, "$ millions")

    regions = tuple({"R1": "MX1", "R2": "MX2"}.get(r, r) for r in t.regions)
    countries = tuple("MEX" if r.startswith("MX") else r for r in regions)
    final_regions = tuple({"R1": "MEX", "R2": "MEX"}.get(r, r) for r in t.final_regions)
    con = _warehouse_with(t, regions, countries, final_regions)
    merged = load_table(con, "toy", 2020)
    assert merged.region_names == ("R0", "MEX", "R3") and merged.n == 6
    assert merged.x.sum() == pytest.approx(t.x.sum())
    with pytest.raises(TradecheckError, match="rows without final demand"):
        load_table(con, "toy", 2020, reconcile=False)
    with pytest.raises(UnknownIdError, match="Did you mean '2020'"):
        load_table(con, "toy", 2021)
    with pytest.raises(UnknownIdError, match="input-output table 'toyy'.*Did you mean 'toy'"):
        load_table(con, "toyy", 2020)


# -- the real tables: WIOD 2013 release, 2011 -----------------------------------------------------------
@pytest.fixture(scope="module")
def wiod2011():
    if not WIOD_2011.is_file():
        pytest.fail(f"the shared mirror file {WIOD_2011} is missing; these tests read it")
    table = from_wiod_rdata(WIOD_2011)
    engine = ValueAddedEngine(table)
    return table, engine, engine.content(), engine.borin_mancini()


def test_wiod_2011_identities(wiod2011):
    t, _, content, bm = wiod2011
    scale = bm.gross.max()
    assert np.abs(content.values.sum(axis=0) - content.gross).max() < 1e-12 * scale
    assert np.abs(bm.residual()).max() < 1e-12 * scale
    dva = bm.terms["DAVAX"] + bm.terms["REX"] + bm.terms["REF"]
    assert np.abs(dva - bm.dva).max() < 1e-12 * scale
    dom = content.domestic()
    assert dva[39].sum() + bm.terms["DDC"][39].sum() == pytest.approx(dom["USA"], rel=1e-12)
    # world value added (here: all primary inputs) equals world final demand ...
    assert t.v.sum() == pytest.approx(t.Y.sum(), rel=1e-13)
    # ... because x is the row sum; the published (whole-million) output misses it by 0.04%
    gap = t.output_gap()
    assert gap.sum() == 59_212 and np.abs(gap).max() == 108
    assert gap.sum() / t.stated_output.sum() == pytest.approx(4.18e-4, rel=1e-2)


def test_wiod_2011_leontief_route_matches_pymrio_within_10_seconds(wiod2011):
    t, engine, *_ = wiod2011
    started = time.perf_counter()
    L = pymrio.calc_L(pymrio.calc_A(pd.DataFrame(t.Z), pd.DataFrame({"indout": t.x}))).to_numpy()
    columns = np.r_[0:35, 27 * 35:28 * 35, 39 * 35:41 * 35]  # AUS, MEX, USA, RoW
    np.testing.assert_allclose(engine.leontief_columns(columns), L[:, columns], rtol=1e-9, atol=1e-12)
    R = np.zeros((41, t.n))
    R[t.row_region, np.arange(t.n)] = 1
    np.testing.assert_allclose(engine.W, R @ (engine.va_coef[:, None] * L), rtol=0, atol=1e-12)
    for s in (6, 27, 39):  # CHN, MEX, USA: the diagonal blocks the foreign terms rest on
        b = t.blocks[s]
        np.testing.assert_allclose(engine.diagonal_block(s), L[b, b], rtol=1e-10, atol=1e-12)
    assert time.perf_counter() - started < 10


def test_wiod_2011_mexican_vs_chinese_value_added_in_us_exports(wiod2011):
    """Mexican value added in U.S. gross exports is ~0.69 of Chinese, not 10 times it."""
    _, _, content, _ = wiod2011
    assert content.exports("USA") == 1_839_878  # $ millions, intermediate + final, to 40 regions
    assert content.value("MEX", "USA") == pytest.approx(23_899.7, abs=0.5)
    assert content.value("CHN", "USA") == pytest.approx(34_624.2, abs=0.5)
    assert content.ratio("USA", "MEX", "CHN") == pytest.approx(0.6903, abs=1e-4)
    assert content.share("USA", "USA") == pytest.approx(0.8510, abs=1e-4)
    assert content.domestic()["USA"] + content.foreign()["USA"] == pytest.approx(1_839_878)


def test_wiod_2011_us_value_added_returning_in_us_imports(wiod2011):
    """U.S. content is 11.8% of U.S. imports from Mexico and 2.6% of those from China."""
    _, _, content, _ = wiod2011
    assert content.exports("MEX", "USA") == 227_467
    assert content.exports("CHN", "USA") == 412_844
    assert content.returning("USA", "MEX") == pytest.approx(26_739.3, abs=0.5)
    assert content.returning("USA", "CHN") == pytest.approx(10_867.9, abs=0.5)
    assert content.share("USA", "MEX", "USA") == pytest.approx(0.11755, abs=1e-5)
    assert content.share("USA", "CHN", "USA") == pytest.approx(0.02632, abs=1e-5)


def test_wiod_2011_borin_mancini_us_mexico(wiod2011):
    *_, bm = wiod2011
    pair = bm.pair("USA", "MEX")
    assert pair["gross"] == 167_275
    expected = {"DAVAX": 95_080.4, "REX": 12_748.8, "REF": 22_420.8, "DDC": 1_500.5,
                "FVA": 35_231.0, "FDC": 293.5}
    assert {k: pair[k] for k in BM_TERMS} == pytest.approx(expected, abs=0.1)
    # Mexico's exports to the U.S. carry more foreign value added than U.S. exports to Mexico
    back = bm.pair("MEX", "USA")
    assert back["FVA"] / back["gross"] == pytest.approx(0.3227, abs=1e-4)
    assert pair["REF"] / pair["gross"] == pytest.approx(0.1340, abs=1e-4)


def test_a_row_without_output_that_exports_passes_its_sales_as_value_added():
    """WIOD 1995-96 (LUX): whole-million rounding nets an export of 1 against a stock draw-down."""
    t0 = random_table(9, 3, 2)
    Y = t0.Y.copy()
    Z = t0.Z.copy()
    Z[1, :], Z[:, 1] = 0.0, 0.0  # R0 i1 has no output ...
    Y[1, :] = 0.0
    Y[1, 2], Y[1, 0] = 1.0, -1.0  # ... yet exports 1 to R1 against a stock draw-down at home
    t = IOTable(Z=Z, Y=Y, regions=t0.regions, industries=t0.industries,
                final_regions=t0.final_regions, final_codes=t0.final_codes)
    assert t.x[1] == 0
    assert_identities(t)
