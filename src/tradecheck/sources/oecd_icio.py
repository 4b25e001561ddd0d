"""OECD Inter-Country Input-Output tables, 2023 release (extended tables, one CSV per year).

No file is mirrored here: the layout below is the one OECD documents for ``ICIO2023_YYYY.csv``
(the member ``YYYY.csv`` of its zip, saved under the catalogue's name), and the fixture follows it.
Assumptions, to be checked against a real file when one is mirrored:

- line 1 is the header: an empty or ``V1`` cell over the row labels, then the intermediate columns
  ``REG_IND`` (region x industry: ``AUS_A01_02``, ``MX1_C29``, ``CN2_C26``), in the order of the
  rows, then the final-demand columns ``REG_HFCE, REG_NPISH, REG_GGFC, REG_GFCF, REG_INVNT,
  REG_DPABR`` for each region (the 77 regions, ``MEX`` and ``CHN`` unsplit), then ``OUT``;
- the rows are the same ``REG_IND`` labels, then ``TLS`` (taxes less subsidies on products, one row
  for all regions), ``VA`` (value added) and ``OUT`` (output); values are millions of U.S. dollars
  at basic prices;
- the region is the part of a label before its first ``_`` (industry codes themselves hold ``_``).

Mexico and China are split by OECD into ``MX1``/``MX2`` (global manufacturing / other) and
``CN1``/``CN2`` (processing trade / other); in the extended tables the figures sit in the split
rows and columns while ``MEX``/``CHN`` industry rows stay at zero. They are kept as separate
regions (``io_labels.region``); the aggregate view (MX1 + MX2 -> MEX) is made downstream through
``io_labels.country_id``, which the build fills from the region code. A ``split_regions`` check
warns if an aggregate and its parts both carry output, which would double count in that view.

Tables: ``io_tables`` (table ``icio2023``), ``io_labels`` (axes ``row``, ``final``, ``va``: rows
``TLS`` and ``VA``) and ``io_cells`` (parts ``inter``, ``final``, ``output`` from the ``OUT``
column, ``va`` for the ``TLS`` and ``VA`` rows under the intermediate columns), non-zero cells only.
The ``TLS`` row under final-demand columns (taxes on final products) has no part in the schema and
is not stored. Labels come from the data file itself; the catalogue lists one year, so they are
emitted once per source.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from ..catalogue import FileSpec
from ..errors import CheckError, LayoutError, ParseError
from ._io import cells_table
from .base import Check, Parsed, Source, ensure_text_file, locate_csv_problem

TABLE_ID = "icio2023"
UNIT = "$ millions, basic prices"
USES = {
    "HFCE": "Household final consumption expenditure",
    "NPISH": "Final consumption expenditure of non-profit institutions serving households",
    "GGFC": "General government final consumption",
    "GFCF": "Gross fixed capital formation",
    "INVNT": "Changes in inventories and valuables",
    "DPABR": "Direct purchases abroad by residents",
}
VA_ROWS = {"TLS": "Taxes less subsidies on products", "VA": "Value added at basic prices"}
TRAILER = ("TLS", "VA", "OUT")
SPLITS = {"MEX": ("MX1", "MX2"), "CHN": ("CN1", "CN2")}
#: Identities hold to ``max(ABS_TOL, REL_TOL * |output|)``: OECD balances the tables exactly, and
#: this leaves room for the decimals the CSV prints. Not yet measured on a real file (none mirrored).
ABS_TOL, REL_TOL = 1.0, 1e-4


class OecdIcio(Source):
    id = "oecd_icio"

    def parse(self, path: Path, spec: FileSpec) -> Parsed:
        """Read one ``ICIO2023_YYYY.csv``.

        Raises:
            ParseError: wrong file name, empty, binary or non-numeric file.
            LayoutError: the header or the row labels are not OECD's layout.
            CheckError: an output total or the column identity disagrees.
        """
        match = re.fullmatch(r"ICIO2023_(\d{4})\.csv", path.name, flags=re.IGNORECASE)
        if not match:
            raise ParseError(path, "the file name should be ICIO2023_YYYY.csv",
                             fix="Keep the catalogue's file name: the year is read from it.")
        year = int(match.group(1))
        header, labels, values = _read(path)
        layout = _split(path, header, labels)
        rows, inter_cols, final_cols, out_col = layout
        z = values[np.ix_(rows, inter_cols)]
        f = values[np.ix_(rows, final_cols)]
        out = values[rows, out_col]
        tail = {name: labels.index(name) for name in TRAILER}
        va = values[np.ix_([tail["TLS"], tail["VA"]], inter_cols)]
        out_row = values[tail["OUT"], inter_cols]
        checks = _check(path, [labels[r] for r in rows], z, f, out, va, out_row)

        names = [labels[r] for r in rows]
        finals = [header[1 + c] for c in final_cols]  # header[0] labels the rows
        tables = {
            "io_tables": pa.table({
                "table_id": [TABLE_ID], "year": pa.array([year], pa.int16()),
                "n_rows": pa.array([len(rows)], pa.int32()), "n_final": pa.array([len(finals)], pa.int32()),
                "unit": [UNIT],
            }),
            "io_labels": _labels(names, finals),
            "io_cells": cells_table(TABLE_ID, year, {"inter": z, "final": f, "output": out, "va": va}),
        }
        return Parsed(tables, checks)


def _read(path: Path) -> tuple[list[str], list[str], np.ndarray]:
    """Header, row labels and the numbers (rows x columns after the label column) of the CSV."""
    ensure_text_file(path)
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        header = [h.strip() for h in next(csv.reader(fh), [])]
    if len(header) < 2 or header[0] not in ("", "V1"):
        raise LayoutError(path, ["V1", "<REG_IND> ...", "OUT"], header[:5], where="line 1")
    if len(set(header)) != len(header):
        dupes = sorted({h for h in header if header.count(h) > 1})
        raise LayoutError(path, ["unique column names"], dupes[:10], where="line 1 (repeated columns)")
    first = header[0] or "V1"
    names = [first] + header[1:]
    types = {c: pa.float64() for c in header[1:]}
    try:
        table = pacsv.read_csv(
            path,
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, use_threads=True),
            # No null markers: an empty or 'NA' cell is an error to locate, not a missing value.
            convert_options=pacsv.ConvertOptions(
                column_types={first: pa.string(), **types},
                null_values=[], strings_can_be_null=False),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise locate_csv_problem(path, header, types, exc, label_column=True) from None
    labels = [s.strip() for s in table.column(0).to_pylist()]
    values = np.column_stack([table.column(k).to_numpy() for k in range(1, table.num_columns)])
    if np.isnan(values).any():
        r, c = np.argwhere(np.isnan(values))[0]
        raise ParseError(path, f"the cell of row {labels[r]!r}, column {header[c + 1]!r} is NaN; every "
                               f"cell should hold a number", where=f"line {r + 2}")
    return header, labels, values


def _split(path: Path, header: list[str], labels: list[str]):
    """Positions of the industry rows, intermediate, final-demand and output columns."""
    missing = [t for t in TRAILER if t not in labels]
    if missing:
        found = [x for x in labels if "_" not in x]
        raise LayoutError(path, TRAILER, found, where=f"row labels (column 1): missing rows {missing}",
                          what="row labels")
    rows = [k for k, x in enumerate(labels) if x not in TRAILER]
    bad = [labels[k] for k in rows if "_" not in labels[k]]
    if bad:
        raise LayoutError(path, ["REG_IND", *TRAILER], bad[:10], where="row labels (column 1)",
                          what="row labels")
    columns = header[1:]
    if "OUT" not in columns:
        raise LayoutError(path, ["<REG_IND> ...", "<REG_USE> ...", "OUT"], columns[-5:], where="line 1")
    n = len(rows)
    inter = columns[:n]
    if inter != [labels[k] for k in rows]:
        k = next(k for k, (a, b) in enumerate(zip(inter, (labels[r] for r in rows))) if a != b) \
            if len(inter) == n else len(inter)
        raise LayoutError(path, [labels[r] for r in rows][k:k + 5], inter[k:k + 5],
                          where=f"line 1: intermediate columns should repeat the row labels, from column {k + 2}")
    rest = columns[n:]
    final = [c for c in rest if c != "OUT"]
    odd = [c for c in final if c.partition("_")[2] not in USES]
    if odd or rest[-1] != "OUT":
        raise LayoutError(path, [f"REG_{u}" for u in USES] + ["OUT"], (odd or rest)[:10],
                          where="line 1: final-demand columns")
    position = {name: k for k, name in enumerate(columns)}
    return (rows, list(range(n)), [position[c] for c in final], position["OUT"])


def _check(path, names, z, f, out, va, out_row) -> list[Check]:
    tol = np.maximum(ABS_TOL, REL_TOL * np.abs(out))
    computed = {
        "OUT row (column totals)": out_row,
        "intermediate inputs + TLS + VA (column identity)": z.sum(axis=0) + va.sum(axis=0),
        "intermediate + final use (row identity)": z.sum(axis=1) + f.sum(axis=1),
    }
    details = []
    for figure, value in computed.items():
        gap = value - out
        worst = int(np.argmax(np.abs(gap) - tol))
        if abs(gap[worst]) > tol[worst]:
            raise CheckError(
                f"{path}: output of {names[worst]}: stated {out[worst]:,.3f} (OUT column), computed "
                f"{value[worst]:,.3f} as {figure}; tolerance {tol[worst]:,.3f}. The file is damaged or "
                f"its layout changed: compare with OECD's ReadMe.")
        rel = np.abs(gap) / np.maximum(np.abs(out), 1.0)
        details.append(f"{figure}: largest gap {np.abs(gap).max():.3g}, relative {rel.max():.2e}")
    checks = [Check("output_identities", "pass", "; ".join(details))]
    regions = np.array([x.partition("_")[0] for x in names])
    for whole, parts in SPLITS.items():
        own = float(np.abs(out[regions == whole]).sum())
        split = float(np.abs(out[np.isin(regions, parts)]).sum())
        if own and split:
            checks.append(Check("split_regions", "warn",
                                f"{whole} rows carry output ({own:,.0f}) as well as {'/'.join(parts)} "
                                f"({split:,.0f}): summing them through country_id would double count"))
        elif split:
            checks.append(Check("split_regions", "pass", f"{whole} is given as {'/'.join(parts)} "
                                                         f"(kept as separate regions)"))
    return checks


def _labels(names: list[str], finals: list[str]) -> pa.Table:
    row = [x.partition("_") for x in names]
    fin = [x.partition("_") for x in finals]
    n, m, v = len(row), len(fin), len(VA_ROWS)
    return pa.table({
        "table_id": [TABLE_ID] * (n + m + v),
        "axis": ["row"] * n + ["final"] * m + ["va"] * v,
        "idx": pa.array(list(range(n)) + list(range(m)) + list(range(v)), pa.int32()),
        # TLS and VA are not a region's: '' keeps the NOT NULL column honest (no region given).
        "region": [r for r, _, _ in row] + [r for r, _, _ in fin] + [""] * v,
        "code": [c for _, _, c in row] + [u for _, _, u in fin] + list(VA_ROWS),
        "label": pa.array([None] * n + [USES[u] for _, _, u in fin] + list(VA_ROWS.values()), pa.string()),
    })
