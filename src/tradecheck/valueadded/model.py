"""The input-output table the value-added engine works on: :class:`IOTable`.

A multi-regional table with ``n`` rows (region x industry, each region's rows contiguous) holds

- ``Z`` (n x n) intermediate use: row ``i`` sells ``Z[i, j]`` to row ``j``;
- ``Y`` (n x F) final use: the columns are final-demand categories of a region (WIOD: 5 per region),
  or already one column per region; ``final_regions[k]`` names the region of column ``k``;
- ``x`` (n) gross output, always ``Z 1 + Y 1`` (the row identity): see below;
- ``v = x - 1'Z`` (n) value added, by definition of the Leontief model.

**What ``v`` holds.** ``x - 1'Z`` is every primary input of an industry, not only value added at
basic prices: where a table publishes no value-added rows (WIOD 2013 as packaged in R), it bundles
value added with taxes less subsidies on products, international transport margins, cif/fob
adjustments and residents' purchases abroad. Explicit value-added rows, where a table has them
(ICIO: ``VALU``, ``TLS``), are kept in ``va_rows`` and can be traced like any satellite account;
the engine's identities (value added by origin adds up to gross exports, world value added equals
world final demand) hold for ``v``, so it is the one the decompositions use.

**Why ``x`` is the row sum.** The decompositions add up exactly only if ``x = Z 1 + Y 1``. A table
stored in whole millions (WIOD 2013 in R) misses that identity by up to ~100 per row, so the
published output is kept as ``stated_output`` (see :meth:`IOTable.output_gap`) and ``x`` is the row
sum. Passing an ``x`` that differs from the row sums is refused.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from ..errors import ConfigError, UnknownIdError

__all__ = ["IOTable", "SatelliteUnavailableError", "SATELLITES_NOTE"]

#: Relative tolerance for a given ``x`` against the row sums ``Z 1 + Y 1``.
BALANCE_RTOL = 1e-9

SATELLITES_NOTE = {
    "wiod2013": "the WIOD 2013 tables as packaged in R (wiot_YYYY.RData) carry only the "
                "intermediate, final-use and output blocks: no employment, hours, capital or "
                "emissions (those are WIOD's separate Socio-Economic and Environmental Accounts, "
                "which tradecheck does not load)",
}


class SatelliteUnavailableError(UnknownIdError):
    """A satellite account (employment, emissions ...) was asked of a table that does not carry it."""

    def __init__(self, table: IOTable, name: str):
        known = list(table.satellites) + [f"va:{c}" for c in table.va_codes]
        why = SATELLITES_NOTE.get(table.table_id, "the table was built without it")
        hint = (f"The table {table.label} has no satellite account {name!r}: {why}. "
                f"Accounts it has: {', '.join(map(repr, known)) or 'none'}. Attach the account "
                f"as IOTable(..., satellites={{{name!r}: per_row_values}}) to trace it.")
        super().__init__("satellite account", name, known, hint)


@dataclass(frozen=True, eq=False)
class IOTable:
    """A multi-regional input-output table (see the module docstring for the conventions).

    Parameters:
        Z: intermediate use, n x n.
        Y: final use, n x F.
        regions: region of each row (as the engine should group them: ``'MEX'``, not ``'MX1'``,
            once :meth:`aggregate_regions` has been applied). Each region's rows are contiguous.
        industries: industry code of each row.
        final_regions: region of each column of ``Y``; the same set of regions as the rows.
        final_codes: final-use code of each column of ``Y`` (defaults to ``'FD'``).
        x: gross output; ``None`` (the default) takes the row sums. A given ``x`` must equal them.
        stated_output: the output the publisher states, when it differs from the row sums.
        va_rows: explicit value-added rows (k x n), with their ``va_codes``, when published.
        satellites: other per-row accounts (name -> n values), e.g. employment.
        table_id, year, unit: provenance, carried into messages and results.

    Raises:
        ConfigError: a shape, a label list or ``x`` is inconsistent (the message says which).
    """

    Z: np.ndarray
    Y: np.ndarray
    regions: tuple[str, ...]
    industries: tuple[str, ...]
    final_regions: tuple[str, ...]
    final_codes: tuple[str, ...] | None = None
    x: np.ndarray | None = None
    stated_output: np.ndarray | None = None
    va_rows: np.ndarray | None = None
    va_codes: tuple[str, ...] = ()
    satellites: Mapping[str, np.ndarray] = field(default_factory=dict)
    table_id: str = ""
    year: int | None = None
    unit: str = "$ millions"

    def __post_init__(self) -> None:
        def set_(name: str, value) -> None:
            object.__setattr__(self, name, value)

        Z = np.asarray(self.Z, dtype=np.float64)
        Y = np.asarray(self.Y, dtype=np.float64)
        if Y.ndim == 1:
            Y = Y.reshape(-1, 1)
        n = Z.shape[0]
        if Z.ndim != 2 or Z.shape != (n, n):
            raise ConfigError(f"Z must be a square matrix; got shape {Z.shape}.")
        if Y.ndim != 2 or Y.shape[0] != n:
            raise ConfigError(f"Y must have one row per row of Z ({n}); got shape {Y.shape}.")
        for name, labels, size in (("regions", self.regions, n), ("industries", self.industries, n),
                                   ("final_regions", self.final_regions, Y.shape[1])):
            if len(labels) != size:
                raise ConfigError(f"{name} must have {size} labels (one per {'row' if size == n else 'column of Y'}); "
                                  f"got {len(labels)}.")
            set_(name, tuple(str(s) for s in labels))
        codes = self.final_codes or ("FD",) * Y.shape[1]
        if len(codes) != Y.shape[1]:
            raise ConfigError(f"final_codes must have {Y.shape[1]} labels; got {len(codes)}.")
        set_("final_codes", tuple(str(c) for c in codes))
        if not (np.isfinite(Z).all() and np.isfinite(Y).all()):
            raise ConfigError(f"Z and Y must hold finite numbers; {self.label} holds NaN or infinity.")
        _check_contiguous(self.regions)
        missing = sorted(set(self.regions) - set(self.final_regions))
        extra = sorted(set(self.final_regions) - set(self.regions))
        if missing or extra:
            raise ConfigError(
                f"The final-demand regions must be the row regions: rows without final demand "
                f"{missing}, final demand of regions without rows {extra}. Aggregate the regions "
                f"(aggregate_regions) so that both axes name the same regions.")
        rows = Z.sum(axis=1) + Y.sum(axis=1)
        if self.x is not None:
            x = np.asarray(self.x, dtype=np.float64).ravel()
            gap = np.abs(x - rows)
            worst = int(np.argmax(gap)) if n else 0
            if x.shape != (n,) or gap[worst] > BALANCE_RTOL * max(1.0, float(np.abs(rows).max())):
                raise ConfigError(
                    f"x must equal the row sums Z 1 + Y 1 for the decompositions to add up; row "
                    f"{worst} ({self.regions[worst]} {self.industries[worst]}) has x = {x[worst]:,.6g} "
                    f"and row sum {rows[worst]:,.6g}. Pass x=None to use the row sums, and keep the "
                    f"published figure as stated_output.")
        set_("Z", Z)
        set_("Y", Y)
        set_("x", rows)
        if self.stated_output is not None:
            set_("stated_output", np.asarray(self.stated_output, dtype=np.float64).ravel())
        if self.va_rows is not None:
            va = np.atleast_2d(np.asarray(self.va_rows, dtype=np.float64))
            if va.shape[1] != n or va.shape[0] != len(self.va_codes):
                raise ConfigError(f"va_rows must be k x {n} with k = len(va_codes) = "
                                  f"{len(self.va_codes)}; got {va.shape}.")
            set_("va_rows", va)
        set_("va_codes", tuple(self.va_codes))
        sats = {}
        for name, values in dict(self.satellites).items():
            values = np.asarray(values, dtype=np.float64).ravel()
            if values.shape != (n,):
                raise ConfigError(f"satellite {name!r} must have one value per row ({n}); "
                                  f"got {values.shape}.")
            sats[str(name)] = values
        set_("satellites", sats)

    # -- labels and shapes -------------------------------------------------------------------------
    @property
    def label(self) -> str:
        return " ".join(str(p) for p in (self.table_id or "IO table", self.year) if p is not None)

    @property
    def n(self) -> int:
        return self.Z.shape[0]

    @cached_property
    def region_names(self) -> tuple[str, ...]:
        """The regions, in the order of the rows."""
        return tuple(dict.fromkeys(self.regions))

    @cached_property
    def blocks(self) -> tuple[slice, ...]:
        """The rows of each region (in :attr:`region_names` order), as slices."""
        starts = [0] + [i for i in range(1, self.n) if self.regions[i] != self.regions[i - 1]]
        return tuple(slice(a, b) for a, b in zip(starts, starts[1:] + [self.n]))

    @cached_property
    def row_region(self) -> np.ndarray:
        """Index (into :attr:`region_names`) of each row's region."""
        pos = {r: k for k, r in enumerate(self.region_names)}
        return np.array([pos[r] for r in self.regions], dtype=np.intp)

    def region_index(self, region: str) -> int:
        """Position of ``region`` in :attr:`region_names`.

        Raises:
            UnknownIdError: the table has no such region ("Did you mean ...?").
        """
        try:
            return self.region_names.index(region)
        except ValueError:
            raise UnknownIdError("region", region, self.region_names,
                                 f"The regions of {self.label} are {', '.join(self.region_names)}.") from None

    # -- derived quantities ------------------------------------------------------------------------
    @cached_property
    def Yr(self) -> np.ndarray:
        """Final demand by destination region: n x G (the final-use categories summed)."""
        pos = {r: k for k, r in enumerate(self.region_names)}
        agg = np.zeros((self.Y.shape[1], len(self.region_names)))
        agg[np.arange(self.Y.shape[1]), [pos[r] for r in self.final_regions]] = 1.0
        return self.Y @ agg

    @cached_property
    def v(self) -> np.ndarray:
        """Value added (all primary inputs): ``x - 1'Z``."""
        return self.x - self.Z.sum(axis=0)

    @cached_property
    def inv_x(self) -> np.ndarray:
        """``1 / x``, with 0 where an industry has no output (its column of A is then 0)."""
        out = np.zeros_like(self.x)
        np.divide(1.0, self.x, out=out, where=self.x != 0)
        return out

    @property
    def A(self) -> np.ndarray:
        """Technical coefficients ``Z diag(1/x)`` (a new n x n array on each call)."""
        return self.Z * self.inv_x

    def output_gap(self) -> np.ndarray | None:
        """``stated_output - x`` per row (``None`` when no output was stated)."""
        return None if self.stated_output is None else self.stated_output - self.x

    def account(self, name: str) -> np.ndarray:
        """A satellite account (``name``) or an explicit value-added row (``'va:CODE'``), per row.

        Raises:
            SatelliteUnavailableError: the table does not carry it.
        """
        if name in self.satellites:
            return self.satellites[name]
        if name.startswith("va:") and name[3:] in self.va_codes:
            return self.va_rows[self.va_codes.index(name[3:])]
        raise SatelliteUnavailableError(self, name)

    # -- regrouping --------------------------------------------------------------------------------
    def aggregate_regions(self, mapping: Mapping[str, str]) -> IOTable:
        """Merge regions: rows and columns with the same (new region, industry) are summed.

        ``mapping`` sends a region to its new name (``{'MX1': 'MEX', 'MX2': 'MEX'}`` for OECD ICIO);
        regions it does not name are kept. See :meth:`merged`.
        """
        return IOTable.merged(
            self.Z, self.Y, self.regions, self.industries, self.final_regions, self.final_codes,
            mapping, stated_output=self.stated_output, va_rows=self.va_rows, va_codes=self.va_codes,
            satellites=self.satellites, table_id=self.table_id, year=self.year, unit=self.unit)

    @classmethod
    def merged(cls, Z, Y, regions, industries, final_regions, final_codes, mapping, *,
               stated_output=None, va_rows=None, satellites=None, **kw) -> IOTable:
        """Build a table from arrays whose regions are first renamed by ``mapping`` and merged.

        Rows (and columns of Z) with the same (new region, industry) are summed, and so are final-
        demand columns with the same (new region, code). The result lists each new region's rows
        together, regions and industries in order of first appearance. The arrays need not be a
        valid table before the merge (OECD ICIO's ``MX1`` and ``MX2`` rows have no final demand of
        their own: only ``MEX`` has).
        """
        new = [mapping.get(r, r) for r in regions]
        keys = list(dict.fromkeys(zip(new, industries)))
        order = {r: k for k, r in enumerate(dict.fromkeys(new))}
        keys.sort(key=lambda k: order[k[0]])  # stable: industries keep their first-seen order
        pos = {k: i for i, k in enumerate(keys)}
        S = _indicator(np.array([pos[k] for k in zip(new, industries)], dtype=np.intp), len(keys))
        fnew = [mapping.get(r, r) for r in final_regions]
        fkeys = list(dict.fromkeys(zip(fnew, final_codes)))
        fkeys.sort(key=lambda k: order.get(k[0], len(order)))
        fpos = {k: i for i, k in enumerate(fkeys)}
        T = _indicator(np.array([fpos[k] for k in zip(fnew, final_codes)], dtype=np.intp),
                       len(fkeys))
        Z, Y = np.asarray(Z, dtype=np.float64), np.asarray(Y, dtype=np.float64)
        return cls(
            Z=np.asarray((S @ (S @ Z).T).T), Y=np.asarray((T @ (S @ Y).T).T),
            regions=tuple(k[0] for k in keys), industries=tuple(k[1] for k in keys),
            final_regions=tuple(k[0] for k in fkeys), final_codes=tuple(k[1] for k in fkeys),
            stated_output=None if stated_output is None else S @ np.asarray(stated_output),
            va_rows=None if va_rows is None else np.asarray((S @ np.atleast_2d(va_rows).T).T),
            satellites={k: S @ np.asarray(v) for k, v in (satellites or {}).items()}, **kw)


def _indicator(target: np.ndarray, size: int):
    """Sparse ``size x len(target)`` matrix summing old positions into ``target`` positions."""
    from scipy import sparse

    return sparse.csr_matrix((np.ones(target.size), (target, np.arange(target.size))),
                             shape=(size, target.size))


def _check_contiguous(regions: Sequence[str]) -> None:
    seen: set[str] = set()
    for i, r in enumerate(regions):
        if i and r == regions[i - 1]:
            continue
        if r in seen:
            raise ConfigError(
                f"The rows of each region must be contiguous; region {r!r} starts again at row {i}. "
                f"Reorder the rows (and Z's columns) region by region, or build the table through "
                f"aggregate_regions, which does.")
        seen.add(r)
