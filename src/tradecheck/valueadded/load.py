"""Build an :class:`IOTable` from the warehouse (``io_tables``, ``io_labels``, ``io_cells``) or,
for benches and tests, straight from a WIOD 2013 ``wiot_YYYY.RData`` file.

:func:`load_table` receives a DuckDB connection (``tradecheck.db`` is the one module that opens
the database); it only reads.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from ..errors import ConfigError, ParseError, QueryError, UnknownIdError, WarehouseError
from .model import IOTable

__all__ = ["load_table", "from_wiod_rdata"]


def load_table(con, table_id: str, year: int, *, reconcile: bool = True) -> IOTable:
    """Read one input-output table of the warehouse into an :class:`IOTable`.

    Parameters:
        con: an open DuckDB connection to the warehouse.
        table_id: ``'wiod2013'``, ``'icio2023'`` ...
        year: the table's year.
        reconcile: merge published regions into reconciled countries (``country_id`` of
            ``io_labels``: OECD ICIO's ``MX1`` + ``MX2`` -> ``MEX``); regions without a country id
            (``RoW``) keep their published name.

    Raises:
        UnknownIdError: no such table, or no such year of it ("Did you mean ...?").
        WarehouseError: the labels or cells of the table are missing or inconsistent.
        QueryError: DuckDB refused a query.
    """
    import duckdb

    try:
        tables = con.execute(
            "SELECT table_id, year, n_rows, n_final, unit FROM io_tables").fetchall()
        match = [t for t in tables if t[0] == table_id and t[1] == year]
        if not match:
            ids = sorted({t[0] for t in tables})
            if table_id not in ids:
                raise UnknownIdError("input-output table", table_id, ids,
                                     "Build the warehouse with that source first.")
            years = sorted(str(t[1]) for t in tables if t[0] == table_id)
            raise UnknownIdError(f"year of {table_id}", str(year), years,
                                 f"The warehouse holds {table_id} for {', '.join(years)}.")
        _, _, n, n_final, unit = match[0]
        labels = con.execute(
            "SELECT DISTINCT axis, idx, region, country_id, code FROM io_labels WHERE table_id = ? "
            "ORDER BY axis, idx", [table_id]).fetchall()
        cells = con.execute(
            "SELECT part, i, j, value FROM io_cells WHERE table_id = ? AND year = ?",
            [table_id, year]).fetchnumpy()
    except duckdb.Error as exc:
        raise QueryError(f"Reading input-output table {table_id} {year} failed: {exc}. Rebuild the "
                         f"warehouse if its schema is older than this version.") from None

    axes: dict[str, dict[int, tuple]] = {"row": {}, "final": {}, "va": {}}
    for axis, idx, region, country, code in labels:
        if idx in axes.setdefault(axis, {}) and axes[axis][idx] != (region, country, code):
            raise WarehouseError(f"io_labels of {table_id} give two labels for {axis} {idx}: "
                                 f"{axes[axis][idx]} and {(region, country, code)}. Rebuild the "
                                 f"warehouse.")
        axes[axis][idx] = (region, country, code)
    for axis, size in (("row", n), ("final", n_final)):
        if sorted(axes[axis]) != list(range(size)):
            raise WarehouseError(f"io_labels of {table_id} should label {size} {axis} positions "
                                 f"0..{size - 1}; found {len(axes[axis])}. Rebuild the warehouse.")
    n_va = len(axes["va"])

    Z, Y = np.zeros((n, n)), np.zeros((n, n_final))
    output, va = np.zeros(n), np.zeros((n_va, n))
    part = np.asarray(cells["part"]).astype(str)
    i, j, value = (np.asarray(cells[c]) for c in ("i", "j", "value"))
    for name, target in (("inter", Z), ("final", Y), ("output", output), ("va", va)):
        sel = part == name
        if target.ndim == 1:
            target[i[sel]] = value[sel]
        else:
            target[i[sel], j[sel]] = value[sel]

    row = [axes["row"][k] for k in range(n)]
    fin = [axes["final"][k] for k in range(n_final)]
    name = (lambda r, c: c or r) if reconcile else (lambda r, c: r)
    mapping = {r: name(r, c) for r, c, _ in row + fin if name(r, c) != r}
    try:
        return IOTable.merged(
            Z, Y, [r for r, _, _ in row], [c for _, _, c in row],
            [r for r, _, _ in fin], [c for _, _, c in fin], mapping,
            stated_output=output if output.any() else None, va_rows=va if n_va else None,
            va_codes=tuple(axes["va"][k][2] for k in range(n_va)),
            table_id=table_id, year=year, unit=unit)
    except ConfigError as exc:
        raise WarehouseError(f"Input-output table {table_id} {year} of the warehouse is not a "
                             f"consistent table: {exc}") from None


_WIOD_FILE = re.compile(r"wiot_(\d{4})\.RData")


def from_wiod_rdata(path: str | Path) -> IOTable:
    """Read a WIOD 2013 ``wiot_YYYY.RData`` (the R package ``wiod``) straight into an IOTable.

    For benches and tests; the warehouse route is :func:`load_table`. ``x`` is the row sum; the
    file's ``output`` is kept as ``stated_output``. Regions are as published (``RoW`` included).

    Raises:
        ParseError: the file is not a readable ``wiot_YYYY.RData`` or lacks an expected item.
    """
    from ..sources.wiod2013 import read_rdata

    path = Path(path)
    match = _WIOD_FILE.fullmatch(path.name)
    if not match:
        raise ParseError(path, "the file name should be wiot_YYYY.RData, as the wiod package names it",
                         fix="Keep the publisher's file name: the year is read from it.")
    year = int(match.group(1))
    objects = read_rdata(path)
    try:
        obj = objects[f"wiot_{year}"]
        inter, final, output = (np.asarray(getattr(obj[k], "values", obj[k]), dtype=np.float64)
                                for k in ("inter", "final", "output"))
        countries = [str(c) for c in np.asarray(obj["countries"]).ravel()]
        industries = [str(c) for c in np.asarray(obj["industries"]).ravel()]
    except (KeyError, TypeError) as exc:
        raise ParseError(path, f"the R list lacks the item {exc}", where=f"object wiot_{year}") from None
    G, N = len(countries), len(industries)
    uses = final.shape[1] // G if G else 0
    if inter.shape != (G * N, G * N) or final.shape != (G * N, G * uses) or output.shape != (G * N,):
        raise ParseError(path, f"inter {inter.shape}, final {final.shape} and output {output.shape} "
                               f"do not fit {G} regions x {N} industries", where=f"object wiot_{year}")
    try:
        return IOTable(
            Z=inter, Y=final,
            regions=tuple(np.repeat(countries, N)), industries=tuple(industries * G),
            final_regions=tuple(np.repeat(countries, uses)),
            final_codes=("CONS_h", "CONS_np", "CONS_g", "GFCF", "INVEN")[:uses] * G
            if uses == 5 else tuple(f"F{k}" for k in range(uses)) * G,
            stated_output=output, table_id="wiod2013", year=year, unit="$ millions",
        )
    except ConfigError as exc:
        raise ParseError(path, str(exc)) from None
