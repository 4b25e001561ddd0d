"""The country dimension: every code and name in the mirror maps to exactly one country_id."""

from __future__ import annotations

import collections
import csv
import functools
import json
import warnings
from pathlib import Path

import pytest

from tradecheck import countries
from tradecheck.countries import code_rows, group_rows, normalise, resolve
from tradecheck.errors import UnknownIdError

KINDS = {"country", "territory", "aggregate", "region", "other"}
# FT-900 (from 2020) reuses two codes the API gives to other aggregates; the API meaning wins in
# the census scheme and the FT-900 rows reconcile by name.
FT900_REUSED = {"0021": "USMCA_MEX_CONSUMPTION", "0022": "USMCA_CAN_CONSUMPTION"}


def _codes(scheme: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = collections.defaultdict(set)
    for s, code, cid in code_rows():
        if s == scheme:
            out[code].add(cid)
    return out


@functools.cache
def _census_pairs(root: Path) -> set[tuple[str, str, str]]:
    """(file, CTY_CODE, name) of every row of the Census API files and the FT-900 workbook."""
    from python_calamine import CalamineWorkbook

    pairs = set()
    files = sorted(root.glob("census_intltrade/*/*.json"))
    assert len(files) >= 24, files
    for path in files:
        rows = json.loads(path.read_text())
        code, name = rows[0].index("CTY_CODE"), rows[0].index("CTY_NAME")
        pairs |= {("api", r[code], r[name]) for r in rows[1:]}
    sheet = CalamineWorkbook.from_path(root / "census_ft900" / "country.xlsx")
    rows = sheet.get_sheet_by_name("country").to_python()
    code, name = rows[0].index("CTY_CODE"), rows[0].index("CTYNAME")
    pairs |= {("ft900", str(r[code]), str(r[name])) for r in rows[1:]}
    return pairs


def test_census_codes_and_names_map_to_one_id(shared_data):
    census = _codes("census")
    pairs = _census_pairs(shared_data)
    codes = {code for _, code, _ in pairs}
    assert len(codes) >= 270  # 253 in the 2024 API file; more across years and in FT-900
    for code in codes:
        assert len(census.get(code, ())) == 1, f"Census code {code!r} maps to {census.get(code)}"
    for source, code, name in pairs:
        (by_code,) = census[code]
        if not name:  # the API gives code 8220 an empty name in 2013-2016
            continue
        expected = FT900_REUSED.get(code, by_code) if source == "ft900" else by_code
        assert resolve(name).country_id == expected, (source, code, name)


@pytest.mark.parametrize(
    "code, country_id",
    [("2010", "MEX"), ("1220", "CAN"), ("5700", "CHN"), ("5880", "JPN"), ("5800", "KOR"),
     ("4280", "DEU"), ("4210", "NLD"), ("4419", "CHE"), ("5330", "IND"), ("5830", "TWN"),
     ("5820", "HKG"), ("4120", "GBR"), ("-", "WORLD"), ("0003", "EU"), ("0020", "USMCA"),
     ("0001", "OPEC"), ("0025", "EURO_AREA"), ("1XXX", "NORTH_AMERICA"), ("7321", "SDN"),
     ("7320", "SDN"), ("4801", "SRB"), ("4802", "SRB"), ("8220", "UNIDENTIFIED")],
)
def test_schedule_c_spot_checks(code, country_id):
    assert _codes("census")[code] == {country_id}
    assert resolve(code).country_id == country_id


def test_census_aggregates_are_aggregates_or_regions(shared_data):
    census = _codes("census")
    for _, code, _ in _census_pairs(shared_data):
        if not (code.isdigit() and "1000" <= code <= "7999"):
            (cid,) = census[code]
            assert countries.get(cid).kind in {"aggregate", "region", "other"}, code
        else:
            (cid,) = census[code]
            assert countries.get(cid).kind in {"country", "territory"}, code


def test_world_bank_codes_and_names_map(shared_data):
    wb = _codes("wb")
    with open(shared_data / "worldbank_population" / "population.csv", newline="") as fh:
        pairs = {(r["Country Code"], r["Country Name"]) for r in csv.DictReader(fh)}
    assert len({code for code, _ in pairs}) >= 260
    for code, name in pairs:
        assert len(wb.get(code, ())) == 1, code
        (cid,) = wb[code]
        assert resolve(code).country_id == cid
        if code != "NAC":  # WB "North America" (USA, CAN, BMU) is not the Census region
            assert resolve(name).country_id == cid, (code, name)
    assert wb["WLD"] == {"WORLD"} and wb["EUU"] == {"EU"} and wb["EMU"] == {"EURO_AREA"}
    assert countries.get(next(iter(wb["HIC"]))).kind == "aggregate"


def test_wiod_countries_map(shared_data):
    import rdata

    wiod = _codes("wiod")
    seen = set()
    for year in (1995, 2011):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # rdata: no constructor for the R class "iot"
            data = rdata.conversion.convert(
                rdata.parser.parse_file(shared_data / "wiod2013" / f"wiot_{year}.RData")
            )
        seen |= {str(c) for c in data[f"wiot_{year}"]["countries"]}
    assert len(seen) == 41
    for code in seen:
        assert len(wiod.get(code, ())) == 1, code
    assert wiod["RoW"] == {"ROW"} and wiod["ROM"] == {"ROU"} and wiod["MEX"] == {"MEX"}


def test_icio_regions_map():
    icio = _codes("icio")
    assert len(icio) == 81  # 76 economies + ROW + MX1, MX2, CN1, CN2
    assert icio["MX1"] == icio["MX2"] == {"MEX"}
    assert icio["CN1"] == icio["CN2"] == {"CHN"}
    assert icio["ROW"] == {"ROW"}
    assert all(len(ids) == 1 for ids in icio.values())


def test_citizenship_and_partner_names_resolve(shared_data):
    from python_calamine import CalamineWorkbook

    names = set()
    for path, column in [
        ("nationwide-encounters-fy20-fy23-state.csv", "Citizenship"),
        ("nationwide-encounters-fy22-fy25-state.csv", "Citizenship"),
        ("sbo-encounters-fy22-fy25-aug.csv", "Citizenship Grouping"),
    ]:
        with open(shared_data / "cbp_encounters" / path, newline="") as fh:
            names |= {r[column] for r in csv.DictReader(fh)}
    book = CalamineWorkbook.from_path(
        shared_data / "ohss_usbp" / "KHSM Encounters (USBP) fy25m11.xlsx"
    )
    for sheet in book.sheet_names:
        rows = book.get_sheet_by_name(sheet).to_python()
        header = [str(c).strip() for c in rows[0]]
        if "Citizenship" in header:
            j = header.index("Citizenship")
            names |= {str(r[j]) for r in rows[1:] if str(r[j]).strip()}
    with open(shared_data / "published_figures" / "ustr-sme-exports.csv", newline="") as fh:
        names |= {r["partner"] for r in csv.DictReader(fh)}
    assert len(names) > 150
    for name in names:
        resolve(name)
    assert resolve("China, People's Republic").country_id == "CHN"
    assert resolve("CHINA, PEOPLES REPUBLIC OF").country_id == "CHN"
    assert resolve("MYANMAR (BURMA)").country_id == "MMR"
    assert resolve("OTHER").kind == resolve("Unknown").kind == "other"


@pytest.mark.parametrize(
    "text, country_id",
    [("mexico", "MEX"), ("Mexicans", "MEX"), ("Mexican", "MEX"), ("the Netherlands", "NLD"),
     ("Netherlands", "NLD"), ("Dutch", "NLD"), ("South Korea", "KOR"), ("Korea, South", "KOR"),
     ("KOREA, SOUTH", "KOR"), ("Korea, Rep.", "KOR"), ("Republic of Korea", "KOR"),
     ("South Koreans", "KOR"), ("North Korea", "PRK"), ("U.S.", "USA"), ("USA", "USA"),
     ("United States", "USA"), ("Americans", "USA"), ("Canadians", "CAN"), ("Chinese", "CHN"),
     ("  china ", "CHN"), ("Bahamas, The", "BHS"), ("Côte d’Ivoire", "CIV"), ("Burma", "MMR"),
     ("Turkiye", "TUR"), ("Viet Nam", "VNM"), ("Hong Kong SAR, China", "HKG"), ("UK", "GBR"),
     ("British", "GBR"), ("Salvadorans", "SLV"), ("Guatemalans", "GTM"), ("Hondurans", "HND"),
     ("Venezuelans", "VEN"), ("MEX", "MEX"), ("mex", "MEX"), (2010, "MEX"), ("RoW", "ROW"),
     ("NAFTA", "USMCA"), ("USMCA (NAFTA)", "USMCA"), ("European Union", "EU"),
     ("Eurozone", "EURO_AREA"), ("EURO_AREA", "EURO_AREA"), ("World", "WORLD"),
     ("TOTAL FOR ALL COUNTRIES", "WORLD"), ("Congo (Kinshasa)", "COD"), ("XKX", "XKX")],
)
def test_resolve(text, country_id):
    assert resolve(text).country_id == country_id


def test_unknown_text_suggests():
    with pytest.raises(UnknownIdError, match=r"Did you mean 'Mexico'"):
        resolve("Mexco")
    with pytest.raises(UnknownIdError):
        resolve("Atlantis")
    with pytest.raises(UnknownIdError, match="Did you mean"):
        countries.get("MEXX")
    assert countries.get("mex").name == "Mexico"


def test_normalise():
    assert normalise("KOREA, SOUTH") == normalise("Korea, South") == "korea south"
    assert normalise("the Netherlands") == normalise("NETHERLANDS") == "netherlands"
    assert normalise("U.S.") == "us"
    assert normalise("China, People's Republic") == normalise("CHINA, PEOPLES REPUBLIC") == (
        "china peoples republic"
    )
    assert normalise("Côte d’Ivoire") == normalise("Cote d'Ivoire")
    assert normalise("Latin America & Caribbean") == "latin america and caribbean"


def test_no_name_points_to_two_ids():
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for scheme, code, cid in code_rows():
        if scheme in countries.NAME_SCHEMES:
            assert code == normalise(code), (scheme, code)
            owners[code].add(cid)
    clashes = {name: ids for name, ids in owners.items() if len(ids) > 1}
    assert not clashes


def test_every_code_points_to_one_id():
    owners: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    for scheme, code, cid in code_rows():
        owners[scheme, code].add(cid)
    assert not {k: v for k, v in owners.items() if len(v) > 1}
    schemes = {scheme for scheme, _ in owners}
    assert schemes == set(countries.CODE_SCHEMES) | set(countries.NAME_SCHEMES)


def test_table_is_consistent():
    rows = countries.all_countries()
    ids = [c.country_id for c in rows]
    assert len(ids) == len(set(ids))
    iso3 = [c.iso3 for c in rows if c.iso3]
    assert len(iso3) == len(set(iso3))
    assert all(len(code) == 3 and code.isupper() for code in iso3)
    assert all(c.kind in KINDS for c in rows)
    assert all(c.iso3 is None for c in rows if c.kind not in {"country", "territory"})
    assert all(c.country_id == c.country_id.upper() and c.name for c in rows)
    by_id = {c.country_id: c for c in rows}
    assert by_id["MEX"].census_code == "2010"
    assert by_id["MEX"].demonyms[:2] == ("Mexican", "Mexicans")
    assert by_id["KOR"].name == "South Korea"


def test_groups():
    members = collections.defaultdict(set)
    for group, cid in group_rows():
        members[group].add(cid)
        assert countries.get(cid).kind in {"country", "territory"}
        assert countries.get(group).kind == "aggregate"
    assert members["USMCA"] == {"USA", "MEX", "CAN"}
    assert len(members["EU"]) == 27 and "GBR" not in members["EU"]
    assert len(members["EURO_AREA"]) == 20 and members["EURO_AREA"] < members["EU"]
    assert "HRV" in members["EURO_AREA"]
    assert len(members["ASEAN"]) == 10
    assert "VEN" in members["OPEC"] and "AGO" not in members["OPEC"]


def test_load_is_cached():
    assert countries._load() is countries._load()
