"""The warehouse build: provenance, releases, atomicity, incremental rebuilds, read-only SQL."""

from __future__ import annotations

import shutil

import pytest

from tradecheck import api, settings
from tradecheck.errors import ChecksumError, MissingFileError, ParseError, QueryError
from tradecheck.sources import registry

from conftest import ROOT


def one(query, params=None):
    return api.sql(query, params).rows[0][0]


# -- spot checks on the real mirror -----------------------------------------------------------

def test_spot_checks_from_the_real_mirror(real_home):
    exports = ("SELECT round(value_usd / 1e9, 2) FROM trade_annual "
               "WHERE flow = 'exports' AND country_id = ? AND year = ?")
    assert one(exports, ["MEX", 2024]) == 334.03
    assert one(exports, ["CAN", 2024]) == 349.91
    assert one("SELECT persons FROM population_latest WHERE country_id = 'MEX' AND year = 2024") == 130_861_007
    assert one("SELECT sum(encounters) FROM encounters_latest "
               "WHERE dataset = 'southwest_border' AND fiscal_year = 2024") == 2_135_005
    fentanyl = one("SELECT sum(pounds) FROM seizures_latest WHERE drug = 'Fentanyl' AND fiscal_year = 2023")
    assert fentanyl == pytest.approx(27_023, abs=1)


def test_both_trade_releases_are_kept_and_queryable_as_of_a_date(real_home):
    # Latest release (API pull, Oct 2025) is the default ...
    latest = api.sql("SELECT source_id, release, value_usd FROM trade_annual "
                     "WHERE flow = 'exports' AND country_id = 'MEX' AND year = 2022").rows
    assert latest[0][0] == "census_intltrade"
    # ... and the FT-900 release of March 2023 answers "as published in 2024".
    old = api.sql("SELECT source_id, method, round(value_usd / 1e9, 2) FROM trade_annual_as_of(DATE '2024-01-01') "
                  "WHERE flow = 'exports' AND country_id = 'MEX' AND year = 2022").rows
    assert old == [("census_ft900", "stated annual", 324.38)]
    assert latest[0][2] != pytest.approx(324.38e9, abs=1e6)  # the annual revision changed it
    assert one("SELECT count(*) FROM trade_annual_as_of(DATE '2020-01-01') WHERE year = 2022") == 0


def test_every_fact_row_traces_to_a_file_and_release(real_home):
    sources = {r[0] for r in api.sql("SELECT source_id FROM files").rows}
    assert sources == {s for s in registry() if s != "oecd_icio"}
    for table in ("trade", "population", "io_cells", "encounters", "usbp_encounters",
                  "apprehensions_history", "seizures", "published_figures"):
        orphans = one(f"SELECT count(*) FROM {table} LEFT JOIN files USING (file_id) WHERE files.path IS NULL")
        assert orphans == 0, table
    row = api.sql("SELECT f.path, f.release, f.sha256, t.src_row FROM trade t JOIN files f USING (file_id) "
                  "WHERE t.partner_code = '2010' AND t.year = 2024 AND t.month = 6 AND t.flow = 'exports'").rows
    assert row[0][0] == "census_intltrade/exports_hs/2024.json" and row[0][1] == "API pull, Oct 2025"
    assert len(row[0][2]) == 64 and row[0][3] > 0


def test_transcription_points_to_its_pdf(real_home):
    rows = api.sql("SELECT a.path, d.path, a.note FROM files a JOIN files d ON a.transcribes = d.file_id").rows
    assert sorted(r[0] for r in rows) == ["usbp_historical/nationwide_total_apprehensions_1925_2019.csv",
                                          "usbp_historical/southwest_border_apprehensions_1960_2019.csv"]
    assert all(r[1].endswith(".pdf") and r[2] == "secondary transcription" for r in rows)


def test_country_dimension_reconciles_publishers(real_home):
    assert one("SELECT count(*) FROM trade WHERE partner_code = '5800' AND country_id = 'KOR'") > 0
    assert one("SELECT count(DISTINCT country_id) FROM io_labels WHERE table_id = 'wiod2013'") == 41
    assert one("SELECT country_id FROM published_figures WHERE partner = 'Mexico' LIMIT 1") == "MEX"


def test_sources_lists_coverage_and_release(real_home):
    info = {s.id: s for s in api.sources()}
    assert info["census_intltrade"].coverage == "2013-01 – 2024-12"
    assert info["census_intltrade"].releases == ("API pull, Oct 2025",)
    assert info["wiod2013"].coverage == "1995 – 2011"
    assert not info["oecd_icio"].loaded


# -- read-only SQL ------------------------------------------------------------------------------

@pytest.mark.parametrize("query, message", [
    ("DELETE FROM trade", "Only read-only queries"),
    ("CREATE TABLE x AS SELECT 1", "Only read-only queries"),
    ("SELECT 1; SELECT 2", "exactly one SQL statement"),
    ("SELECT * FROM read_csv('/etc/passwd')", "The query failed"),
    ("COPY trade TO '/tmp/x.csv'", "Only read-only queries"),
    ("SELEC 1", "does not parse"),
    ("SELECT * FROM no_such_table", "no_such_table"),
])
def test_sql_refuses_writes_and_explains_failures(real_home, query, message):
    with pytest.raises(QueryError, match=message):
        api.sql(query)


# -- building: atomic, incremental, checked -------------------------------------------------------

@pytest.fixture
def mirror(tmp_path, fixture_mirror):
    """A writable copy of the tiny fixture mirror."""
    return shutil.copytree(fixture_mirror, tmp_path / "mirror")


def test_fixture_mirror_builds_every_source(mirror):
    result = api.build(mirror)
    loaded = {s.source_id for s in result.sources if s.files}
    assert loaded == set(registry())  # the fixture mirror has every source, OECD ICIO included
    assert one("SELECT count(*) FROM files WHERE release LIKE 'as retrieved on %'") > 0


def test_rebuild_of_an_unchanged_mirror_does_nothing(mirror):
    api.build(mirror)
    stamp = settings.warehouse_path().stat().st_mtime_ns
    again = api.build(mirror)
    assert again.up_to_date
    assert settings.warehouse_path().stat().st_mtime_ns == stamp


def test_a_changed_file_reparses_only_its_source(mirror):
    api.build(mirror)
    before = one("SELECT count(*) FROM seizures")
    csv = mirror / "published_figures" / "ustr-sme-exports.csv"
    csv.write_text(csv.read_text() + csv.read_text().splitlines()[1] + "\n")
    result = api.build(mirror)
    status = {s.source_id: s.reused for s in result.sources}
    assert status["published_figures"] is False
    assert all(status[s] for s in status if s != "published_figures")
    assert one("SELECT count(*) FROM seizures") == before
    assert one("SELECT count(*) FROM published_figures") == len(csv.read_text().splitlines()) - 1


def test_failed_build_leaves_previous_warehouse_intact(mirror, monkeypatch):
    api.build(mirror)
    path = settings.warehouse_path()
    before = path.read_bytes()
    victim = registry()["cbp_drug_seizures"]

    def boom(path, spec):
        raise ParseError(path, "injected failure")

    monkeypatch.setattr(victim, "parse", boom)
    with pytest.raises(ParseError, match="injected failure"):
        api.build(mirror, force=True)
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.building*"))
    assert one("SELECT count(*) FROM seizures") > 0


def test_interrupted_build_leaves_previous_warehouse_intact(mirror, monkeypatch):
    api.build(mirror)
    before = settings.warehouse_path().read_bytes()

    def interrupt(path, spec):
        raise KeyboardInterrupt

    monkeypatch.setattr(registry()["worldbank_population"], "parse", interrupt)
    with pytest.raises(KeyboardInterrupt):
        api.build(mirror, force=True)
    assert settings.warehouse_path().read_bytes() == before


def test_first_failed_build_leaves_no_warehouse(mirror):
    (mirror / "worldbank_population" / "population.csv").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(ParseError, match=r"population.csv.*binary"):
        api.build(mirror)
    assert not settings.warehouse_path().exists()


def test_missing_file_names_it_and_what_to_do(mirror):
    (mirror / "cbp_drug_seizures" / "nationwide-drugs-fy19-fy22.csv").unlink()
    with pytest.raises(MissingFileError, match=r"cbp_drug_seizures.*nationwide-drugs-fy19-fy22.csv.*--only"):
        api.build(mirror)


def test_mirror_checksums_are_verified(mirror):
    (mirror / "SHA256SUMS").write_text("0" * 64 + "  worldbank_population/population.csv\n")
    with pytest.raises(ChecksumError, match="population.csv does not match its checksum"):
        api.build(mirror)


def test_only_rebuilds_one_source_and_keeps_the_others(mirror):
    api.build(mirror)
    rows = one("SELECT count(*) FROM trade")
    result = api.build(mirror, only=["published_figures"], force=True)
    assert [s.source_id for s in result.sources] == ["published_figures"]
    assert one("SELECT count(*) FROM trade") == rows


# -- download mode: new releases are kept beside the old ones -----------------------------------

def test_download_build_keeps_superseded_releases(tmp_path, fixture_mirror):
    import httpx

    from tradecheck.net import Fetcher
    from tradecheck.warehouse.build import build

    population = (fixture_mirror / "worldbank_population" / "population.csv").read_text()
    served = {"population.csv": population}

    def handler(request):
        name = request.url.path.rsplit("/", 1)[-1]
        return httpx.Response(200, text=served[name]) if name in served else httpx.Response(404)

    def fetcher(refresh=False):
        return Fetcher(tmp_path / "log", transport=httpx.MockTransport(handler), backoff=0,
                       sleep=lambda s: None, refresh=refresh)

    build(only=["worldbank_population"], fetcher=fetcher())
    mexico = "SELECT persons FROM population_latest WHERE code = 'MEX' AND year = 2024"
    assert one(mexico) == 130_861_007
    # The publisher revises a figure: a refresh downloads it, keeps the earlier file aside ...
    served["population.csv"] = population.replace("130861007", "130861999")
    build(only=["worldbank_population"], fetcher=fetcher(refresh=True))
    assert one(mexico) == 130_861_999
    # ... and both releases stay in the warehouse, each traceable to its own bytes.
    paths = sorted(r[0] for r in api.sql("SELECT path FROM files WHERE source_id = 'worldbank_population'").rows)
    assert paths[0].startswith("worldbank_population/.releases/") and paths[1] == "worldbank_population/population.csv"
    assert one("SELECT count(DISTINCT persons) FROM population WHERE code = 'MEX' AND year = 2024") == 2


def test_icio_split_regions_aggregate_to_countries(mirror):
    api.build(mirror)
    split = api.sql("SELECT region, sum(value) FROM io_cells c JOIN io_labels l ON l.table_id = c.table_id "
                    "AND l.axis = 'row' AND l.idx = c.i WHERE c.table_id = 'icio2023' AND c.part = 'output' "
                    "AND l.region IN ('MX1', 'MX2') GROUP BY region ORDER BY region").rows
    assert [r[0] for r in split] == ["MX1", "MX2"] and all(r[1] > 0 for r in split)
    merged = one("SELECT sum(value) FROM io_cells_by_country WHERE table_id = 'icio2023' "
                 "AND part = 'output' AND row_country = 'MEX'")
    assert merged == pytest.approx(sum(r[1] for r in split))
    assert one("SELECT count(*) FROM io_cells_by_country WHERE table_id = 'icio2023' AND part <> 'va' AND row_country IS NULL") == 0


def test_changed_views_rebuild_reusing_rows(mirror, monkeypatch):
    from tradecheck.warehouse import build

    api.build(mirror)
    monkeypatch.setattr(build, "views_version", lambda: "changed")
    result = api.build(mirror)
    assert not result.up_to_date and all(s.reused for s in result.sources if s.files)


def test_a_build_precomputes_the_latest_value_added_memo(mirror):
    api.build(mirror)
    memos = sorted(p.name for p in (settings.cache_dir() / "derived").glob("va-content-*.npz"))
    latest = {t: y for t, y in api.sql("SELECT table_id, max(year) FROM io_tables GROUP BY 1").rows}
    assert memos and all(any(f"-{t}-{y}-" in m for m in memos) for t, y in latest.items())
    # a second build finds them up to date and writes nothing
    before = {p: p.stat().st_mtime_ns for p in (settings.cache_dir() / "derived").iterdir()}
    api.build(mirror)
    assert {p: p.stat().st_mtime_ns for p in (settings.cache_dir() / "derived").iterdir()} == before


# -- tables stored for the latest releases ------------------------------------------------------

def test_a_build_stores_the_latest_tables_indicators_read(real_home):
    """Each table indicators read as of a date is stored for the latest releases, holding exactly
    what its query gives, and a context on the latest releases reads it."""
    from tradecheck.indicators.core import Context, stored_name
    from tradecheck.indicators.registry import as_of_tables, open_context

    tables = as_of_tables()
    assert {"trade_annual", "trade_monthly", "encounters", "seizures", "population"} <= set(tables)
    ctx = open_context()
    try:
        for name, query in tables.items():
            assert ctx.table(name) == stored_name(name)
            stored = stored_name(name)
            rows = ctx.rows(f"SELECT count(*) FROM {stored}")[0][0]
            differ = ctx.rows(f"SELECT count(*) FROM ((SELECT * FROM {stored} EXCEPT ALL ({query})) "
                              f"UNION ALL (({query}) EXCEPT ALL SELECT * FROM {stored}))",
                              [Context.LATEST] * (2 * query.count("?")))[0][0]
            assert rows > 0 and differ == 0, name
        dated = open_context("2025-01-31")
        try:  # another date computes its own
            assert dated.table("trade_annual") != stored_name("trade_annual")
        finally:
            dated.con.close()
    finally:
        ctx.con.close()


def test_a_warehouse_without_stored_tables_gives_the_same_verdicts(real_home, tmp_path, monkeypatch):
    """A warehouse built before the stored tables (its meta names none) computes them: the seed
    op-ed and a monthly trade figure come out the same, evidence included."""
    import duckdb

    from tradecheck.claims import check, read_text
    from tradecheck.indicators import open_context, run

    old = tmp_path / "old-home"
    old.mkdir()
    shutil.copy(real_home / "warehouse.duckdb", old / "warehouse.duckdb")
    con = duckdb.connect(str(old / "warehouse.duckdb"))
    con.execute("UPDATE meta SET value = split_part(value, ':', 1) WHERE key = 'views'")
    con.close()
    text = read_text(ROOT.parent / "shared" / "examples" / "seed-op-ed.txt")

    def outcome():
        month = run("exports", partner="Mexico", period="2024-06")
        return check(text).to_dict(), month.value, [e.cite() for e in month.all_evidence()]

    latest = outcome()
    monkeypatch.setenv("TRADECHECK_HOME", str(old))
    ctx = open_context()
    try:
        assert ctx.table("trade_monthly").startswith("_trade_monthly")
    finally:
        ctx.con.close()
    assert outcome() == latest
    assert len(latest[0]["claims"]) == 18 and latest[1] > 0
