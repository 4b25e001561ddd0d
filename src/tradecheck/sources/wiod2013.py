"""World Input-Output Tables, 2013 release (WIOD), as packaged in the R package ``wiod``.

Files, and what each gives:

- ``wiot_YYYY.RData`` (role ``data``), one per year 1995-2011: an R list of class ``iot`` named
  ``wiot_YYYY`` holding ``inter`` (1435 x 1435 intermediate use), ``final`` (1435 x 205: 41 regions
  x 5 final uses, region-major), ``output`` (1435 gross outputs), ``countries`` (40 ISO3 codes +
  ``RoW``), ``industries`` (``c1`` .. ``c35``) and ``year``. Rows are region x industry, region-major.
  It gives ``io_tables`` (one row) and ``io_cells``: parts ``inter``, ``final`` and ``output``,
  non-zero cells only.
- ``WIOD_IndClass.rda`` (role ``labels``) gives every ``io_labels`` row of table ``wiod2013``, once
  for the source (the yearly files share one layout, so labels emitted by each would repeat 17
  times). Each yearly file is checked against that layout (:data:`REGIONS`, :data:`INDUSTRIES`).

Where the package differs from what one would expect:

- ``WIOD_IndClass.rda`` is the classification of the **2016** release (56 ISIC Rev. 4 industries
  ``A01`` .. ``U``, the package's own help says so), not the 35 NACE Rev. 1 sectors ``c1`` .. ``c35``
  of these tables. Only its five final-use names (``CONS_h`` .. ``INVEN``, the same five uses in both
  releases) are used; the 35 industry names are the 2013 release's own sector names
  (:data:`INDUSTRY_NAMES`, as in the WIOT 2013 spreadsheets). The parse says so in a ``warn`` check.
- Values are whole millions of U.S. dollars (R integers): every cell was cut to an integer, so a
  row's cells need not add up to its stated output. The gap is bounded by the number of figures in
  the row (each is off by less than 1): on the real 1995-2011 files the largest gap is 113 ($
  millions), well inside that bound (1,641), and the world total is off by at most 0.091% (1995).
- There are no value-added rows: ``output - column sums of inter`` would bundle value added with
  taxes less subsidies on products, international transport margins, cif/fob adjustments and
  residents' purchases abroad, so it is **not** stored as a ``va`` part. A query that wants it can
  derive it from the ``output`` and ``inter`` parts, naming it for what it is.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pyarrow as pa

from ..catalogue import FileSpec
from ..errors import CheckError, LayoutError, ParseError
from ._io import cells_table
from .base import Check, Parsed, Source, ensure_not_empty

TABLE_ID = "wiod2013"
UNIT = "$ millions, basic prices"

#: The 41 regions of the 2013 release, in the order of the rows (``ROM`` is Romania, as published).
REGIONS = (
    "AUS", "AUT", "BEL", "BGR", "BRA", "CAN", "CHN", "CYP", "CZE", "DEU", "DNK", "ESP", "EST",
    "FIN", "FRA", "GBR", "GRC", "HUN", "IDN", "IND", "IRL", "ITA", "JPN", "KOR", "LTU", "LUX",
    "LVA", "MEX", "MLT", "NLD", "POL", "PRT", "ROM", "RUS", "SVK", "SVN", "SWE", "TUR", "TWN",
    "USA", "RoW",
)
#: The 2013 release's 35 sectors (NACE Rev. 1 code in the comment), as named in its WIOT spreadsheets.
INDUSTRY_NAMES = {
    "c1": "Agriculture, Hunting, Forestry and Fishing",  # AtB
    "c2": "Mining and Quarrying",  # C
    "c3": "Food, Beverages and Tobacco",  # 15t16
    "c4": "Textiles and Textile Products",  # 17t18
    "c5": "Leather, Leather and Footwear",  # 19
    "c6": "Wood and Products of Wood and Cork",  # 20
    "c7": "Pulp, Paper, Paper , Printing and Publishing",  # 21t22
    "c8": "Coke, Refined Petroleum and Nuclear Fuel",  # 23
    "c9": "Chemicals and Chemical Products",  # 24
    "c10": "Rubber and Plastics",  # 25
    "c11": "Other Non-Metallic Mineral",  # 26
    "c12": "Basic Metals and Fabricated Metal",  # 27t28
    "c13": "Machinery, Nec",  # 29
    "c14": "Electrical and Optical Equipment",  # 30t33
    "c15": "Transport Equipment",  # 34t35
    "c16": "Manufacturing, Nec; Recycling",  # 36t37
    "c17": "Electricity, Gas and Water Supply",  # E
    "c18": "Construction",  # F
    "c19": "Sale, Maintenance and Repair of Motor Vehicles and Motorcycles; Retail Sale of Fuel",  # 50
    "c20": "Wholesale Trade and Commission Trade, Except of Motor Vehicles and Motorcycles",  # 51
    "c21": "Retail Trade, Except of Motor Vehicles and Motorcycles; Repair of Household Goods",  # 52
    "c22": "Hotels and Restaurants",  # H
    "c23": "Inland Transport",  # 60
    "c24": "Water Transport",  # 61
    "c25": "Air Transport",  # 62
    "c26": "Other Supporting and Auxiliary Transport Activities; Activities of Travel Agencies",  # 63
    "c27": "Post and Telecommunications",  # 64
    "c28": "Financial Intermediation",  # J
    "c29": "Real Estate Activities",  # 70
    "c30": "Renting of M&Eq and Other Business Activities",  # 71t74
    "c31": "Public Admin and Defence; Compulsory Social Security",  # L
    "c32": "Education",  # M
    "c33": "Health and Social Work",  # N
    "c34": "Other Community, Social and Personal Services",  # O
    "c35": "Private Households with Employed Persons",  # P
}
INDUSTRIES = tuple(INDUSTRY_NAMES)
#: The five final uses, in the order of each region's block of ``final`` columns.
USES = ("CONS_h", "CONS_np", "CONS_g", "GFCF", "INVEN")
LIST_ITEMS = ("year", "countries", "industries", "final", "output", "inter")
INDCLASS_COLUMNS = ("RNr", "IndustryCode.WIOD", "Desc")
#: Largest |sum of all rows' gaps| / world output allowed; measured at most 0.091% (1995).
WORLD_GAP_TOL = 2e-3
R_INT_NA = np.iinfo(np.int32).min



class Wiod2013(Source):
    id = "wiod2013"

    def parse(self, path: Path, spec: FileSpec) -> Parsed:
        """Read a ``wiot_YYYY.RData`` table or (role ``labels``) ``WIOD_IndClass.rda``.

        Raises:
            ParseError: the file is empty, not an R data file, or truncated.
            LayoutError: an expected object, list item or code is missing or renamed.
            CheckError: a dimension, the year or a row total disagrees.
        """
        if spec.role == "labels":
            return _parse_labels(path)
        return _parse_year(path)


# -- yearly tables ----------------------------------------------------------------------------------
def _parse_year(path: Path) -> Parsed:
    match = re.fullmatch(r"wiot_(\d{4})\.RData", path.name)
    if not match:
        raise ParseError(path, "the file name should be wiot_YYYY.RData, as the wiod package names it",
                         fix="Keep the publisher's file name: the year is read from it.")
    year = int(match.group(1))
    objects = read_rdata(path)
    key = f"wiot_{year}"
    if key not in objects:
        found = list(map(str, objects))
        other = [k for k in found if re.fullmatch(r"wiot_\d{4}", k)]
        if other:
            raise _mismatch(path, "year (name of the R object)", key, other[0])
        raise LayoutError(path, [key], found, where="objects in the file", what="R objects")
    table = objects[key]
    if not isinstance(table, dict):
        raise LayoutError(path, LIST_ITEMS, [type(table).__name__], where=f"R object {key!r}",
                          what="list items")
    table = {str(k): v for k, v in table.items()}
    if any(item not in table for item in LIST_ITEMS):
        raise LayoutError(path, LIST_ITEMS, list(table), where=f"items of the R list {key!r}",
                          what="list items")

    stated_year = np.asarray(table["year"]).ravel()
    if stated_year.size != 1 or int(stated_year[0]) != year:
        raise _mismatch(path, "year (item 'year')", year, stated_year.tolist())
    countries = [str(c) for c in np.asarray(table["countries"]).ravel()]
    industries = [str(c) for c in np.asarray(table["industries"]).ravel()]
    inter, final, output = (_numbers(path, table, item) for item in ("inter", "final", "output"))
    checks = [_check_dimensions(path, inter, final, output, countries, industries)]
    if tuple(countries) != REGIONS:
        raise LayoutError(path, REGIONS, countries, where="R vector 'countries'", what="regions")
    if tuple(industries) != INDUSTRIES:
        raise LayoutError(path, INDUSTRIES, industries, where="R vector 'industries'",
                          what="industries")
    checks.append(_check_missing(path, inter=inter, final=final, output=output))
    inter, final, output = (a.astype(np.float64) for a in (inter, final, output))
    checks += _check_rows(path, inter, final, output)

    n = output.size
    tables = {
        "io_tables": pa.table({
            "table_id": [TABLE_ID], "year": pa.array([year], pa.int16()),
            "n_rows": pa.array([n], pa.int32()), "n_final": pa.array([final.shape[1]], pa.int32()),
            "unit": [UNIT],
        }),
        "io_cells": cells_table(TABLE_ID, year, {"inter": inter, "final": final, "output": output}),
    }
    return Parsed(tables, checks)


def _numbers(path: Path, table: dict, item: str) -> np.ndarray:
    """``table[item]`` as a numeric NumPy array (xarray and masked arrays unwrapped)."""
    value = table[item]
    value = getattr(value, "values", value)
    array = np.ma.filled(np.ma.asarray(value), R_INT_NA if np.issubdtype(np.asarray(value).dtype, np.integer)
                         else np.nan)
    if not (np.issubdtype(array.dtype, np.integer) or np.issubdtype(array.dtype, np.floating)):
        raise ParseError(path, f"item {item!r} should hold numbers, found {array.dtype} values",
                         where=f"R list item {item!r}")
    return array


def _check_dimensions(path, inter, final, output, countries, industries) -> Check:
    n_reg, n_ind, n_use = len(countries), len(industries), len(USES)
    if inter.ndim != 2 or final.ndim != 2:
        raise _mismatch(path, "inter and final dimensions", "2 (matrices)", f"{inter.ndim} and {final.ndim}")
    rows = inter.shape[0]
    wanted = [  # figure, stated (as text), expected, found
        ("inter columns (a square matrix)", f"{rows} (its rows)", rows, inter.shape[1]),
        ("inter rows", f"{n_reg} countries x {n_ind} industries = {n_reg * n_ind}", n_reg * n_ind, rows),
        ("final rows", f"{rows} (inter rows)", rows, final.shape[0]),
        ("final columns", f"{n_reg} countries x {n_use} uses = {n_reg * n_use}", n_reg * n_use,
         final.shape[1]),
        ("output length", f"{rows} (inter rows)", rows, output.size),
    ]
    for figure, stated, expected, found in wanted:
        if found != expected:
            raise _mismatch(path, figure, stated, found)
    return Check("dimensions", "pass",
                 f"inter {rows}x{rows}, final {rows}x{final.shape[1]}, output {output.size}: "
                 f"{n_reg} regions x {n_ind} industries, {n_use} final uses")


def _check_missing(path: Path, **arrays: np.ndarray) -> Check:
    for item, array in arrays.items():
        bad = np.isnan(array) if np.issubdtype(array.dtype, np.floating) else array == R_INT_NA
        if bad.any():
            where = np.argwhere(bad)[0].tolist()
            raise CheckError(f"{path}: item {item!r} holds {int(bad.sum())} missing value(s) (NA/NaN), "
                             f"the first at index {where}; stated a number, found NA. The file is "
                             f"damaged or not the publisher's: restore it from the mirror.")
    return Check("no_missing", "pass", "no NA or NaN in inter, final or output")


def _check_rows(path: Path, inter: np.ndarray, final: np.ndarray, output: np.ndarray) -> list[Check]:
    """Row identity: intermediate + final use = output, within the slack of integer storage."""
    gap = inter.sum(axis=1) + final.sum(axis=1) - output
    bound = inter.shape[1] + final.shape[1] + 1  # every figure of the row is off by less than 1
    worst = int(np.argmax(np.abs(gap)))
    label = _row_label(worst)
    if abs(gap[worst]) > bound:
        raise CheckError(
            f"{path}: output of {label} (row {worst + 1}): stated {output[worst]:,.0f}, computed "
            f"{output[worst] + gap[worst]:,.0f} as intermediate plus final use; the gap "
            f"{gap[worst]:,.0f} exceeds the {bound:,} that integer rounding allows. The file is damaged "
            f"or its columns are not the publisher's.")
    world = float(gap.sum() / output.sum()) if output.sum() else 0.0
    if abs(world) > WORLD_GAP_TOL:
        raise CheckError(
            f"{path}: world output: stated {output.sum():,.0f}, computed {output.sum() + gap.sum():,.0f} as "
            f"intermediate plus final use ({world:+.3%}, tolerance {WORLD_GAP_TOL:.1%}). A block of "
            f"the table is missing or misplaced.")
    return [
        Check("row_totals", "pass", f"intermediate + final use = output within integer rounding: largest "
                                    f"gap {gap[worst]:+,.0f} ($ millions) at {label}, bound {bound:,}"),
        Check("world_total", "pass", f"world intermediate + final use = output {world:+.4%} "
                                     f"(tolerance {WORLD_GAP_TOL:.1%})"),
    ]


def _row_label(k: int) -> str:
    region, industry = divmod(k, len(INDUSTRIES))
    if region < len(REGIONS):
        return f"{REGIONS[region]} {INDUSTRIES[industry]}"
    return f"row {k + 1}"


# -- labels -----------------------------------------------------------------------------------------
def _parse_labels(path: Path) -> Parsed:
    objects = read_rdata(path)
    if "WIOD_IndClass" not in objects:
        raise LayoutError(path, ["WIOD_IndClass"], list(map(str, objects)), where="objects in the file",
                          what="R objects")
    frame = objects["WIOD_IndClass"]
    columns = [str(c) for c in getattr(frame, "columns", [])]
    if any(c not in columns for c in INDCLASS_COLUMNS):
        raise LayoutError(path, INDCLASS_COLUMNS, columns, where="data frame 'WIOD_IndClass'")
    names = {str(code).strip(): " ".join(str(desc).split())
             for code, desc in zip(frame["IndustryCode.WIOD"], frame["Desc"])}
    if any(u not in names for u in USES):
        raise LayoutError(path, USES, list(names), where="column 'IndustryCode.WIOD'", what="codes")

    n_reg, n_ind, n_use = len(REGIONS), len(INDUSTRIES), len(USES)
    rows = {
        "table_id": [TABLE_ID] * (n_reg * (n_ind + n_use)),
        "axis": ["row"] * (n_reg * n_ind) + ["final"] * (n_reg * n_use),
        "idx": pa.array(list(range(n_reg * n_ind)) + list(range(n_reg * n_use)), pa.int32()),
        "region": [r for r in REGIONS for _ in INDUSTRIES] + [r for r in REGIONS for _ in USES],
        "code": list(INDUSTRIES) * n_reg + list(USES) * n_reg,
        "label": [INDUSTRY_NAMES[c] for c in INDUSTRIES] * n_reg + [names[u] for u in USES] * n_reg,
    }
    own = sorted(set(INDUSTRIES) & set(names))
    check = Check(
        "labels_release", "warn" if not own else "pass",
        f"{path.name} names {len(names)} codes ({', '.join(list(names)[:3])}, ...), the WIOD 2016 "
        f"release's classification; it has none of c1..c35, so the 35 industry names come from the "
        f"2013 release's sector list in this module; the {n_use} final-use names come from the file"
        if not own else f"{path.name} names {len(own)} of the 35 industries",
    )
    return Parsed({"io_labels": pa.table(rows)}, [check])


# -- shared helpers -----------------------------------------------------------------------------------
def read_rdata(path: Path) -> dict:
    """Parse and convert an R data file, turning every failure into a :class:`ParseError`."""
    import rdata

    ensure_not_empty(path)
    with open(path, "rb") as fh:
        head = fh.read(6)
    if not head.startswith(_RDATA_MAGIC):
        raise ParseError(path, f"it is not a readable R data file (it begins {head!r}; R data files begin "
                               f"RDX2/RDX3, or are gzip, bzip2 or xz compressed)",
                         fix="The download may be an error page; download it again or restore it "
                             "from the mirror.")
    # The package's objects carry R classes rdata has no constructor for ('iot', 'data.table');
    # the plain list or data frame underneath is exactly what we read. Naming them here (rather
    # than silencing the warning, which is not thread-safe) keeps parsing on worker threads quiet.
    constructors = {**rdata.conversion.DEFAULT_CLASS_MAP, "iot": _as_is,
                    "data.table": rdata.conversion.DEFAULT_CLASS_MAP["data.frame"]}
    try:
        return rdata.conversion.convert(rdata.parser.parse_file(path), constructors)
    except Exception as exc:  # noqa: BLE001 - rdata, zlib, bz2, lzma, struct: each its own types
        raise ParseError(
            path, f"it is not a readable R data file ({type(exc).__name__}: {str(exc)[:200]})",
            fix="The download may be truncated or an error page; download it again or restore "
                "it from the mirror.") from None


_RDATA_MAGIC = (b"RDX2\n", b"RDX3\n", b"RDA2\n", b"RDA3\n", b"\x1f\x8b", b"BZh", b"\xfd7zXZ")


def _as_is(obj, attrs):
    return obj


def _mismatch(path: Path, figure: str, stated, computed) -> CheckError:
    return CheckError(f"{path}: {figure}: stated {stated}, found {computed}. The file is not the "
                      f"publisher's table for this name, or its layout changed; restore it from the "
                      f"mirror, or update the source module if the change is real.")
