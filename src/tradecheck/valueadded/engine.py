"""Value added in trade: who adds the value in a country's exports, and where it ends up.

Notation (Borin & Mancini 2019, "Measuring What Matters in Global Value Chains and Value-Added
Trade", World Bank PRWP 8804, and its 2023 update in Economic Systems Research 35(4)): G regions,
``A = Z diag(1/x)``, ``B = (I - A)^-1`` the global Leontief inverse, ``L_ss = (I - A_ss)^-1`` the
local (domestic) one, ``V = diag(v/x)`` the value-added coefficients, ``Y_sr`` the final demand of
region r for goods of s, ``e_sr = A_sr x_r + Y_sr`` the gross exports of s to r (by industry of s)
and ``e_s = sum_{r != s} e_sr``.

All of it rests on **one** LU factorisation of ``(I - A)`` per table (:class:`ValueAddedEngine`),
solved against a few right-hand sides shared by every exporter and partner:

- ``W = R V B`` (G x n; row t: value added of origin t per unit of final output of each row), one
  transposed solve with G right-hand sides. Its columns add up to 1 (``v/x = 1' - 1'A``).
- ``B Y`` (n x G; output each destination's final demand calls for), one solve with G columns.
- the diagonal blocks ``B_ss`` of the inverse, only for the Borin-Mancini foreign terms: from the
  LU factors' trailing triangles (no pivoting happens on ``I - A`` when ``v >= 0``: it is column
  diagonally dominant), 2/3 n^3 flops for all regions together, never the full inverse.

Identities that hold to floating precision (and the tests check): value added by origin in a
region's exports adds up to its gross exports; the six Borin-Mancini terms add up to bilateral
gross exports; DVA + DDC (Borin-Mancini) is the domestic content ``V_s B_ss e_s`` and FVA + FDC the
foreign content; world value added equals world final demand.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from ..errors import ConfigError, UnknownIdError
from .model import IOTable

__all__ = ["ValueAddedEngine", "ContentByOrigin", "BMDecomposition", "BM_TERMS"]

#: The six Borin-Mancini (2019) source-based terms, in the order they add up to gross exports.
BM_TERMS = ("DAVAX", "REX", "REF", "DDC", "FVA", "FDC")

# Right-hand sides per triangular solve for the diagonal blocks: wide enough for BLAS-3 speed,
# narrow enough that later regions in a group waste little work above their own rows.
_GROUP_WIDTH = 256


def _linalg():
    """``scipy.linalg``, imported on first use: ~0.4 s that a memoised result never needs."""
    import scipy.linalg

    return scipy.linalg


class ValueAddedEngine:
    """One table, one LU factorisation of ``(I - A)``, every value-added quantity derived from it.

    Parameters:
        table: the :class:`~tradecheck.valueadded.model.IOTable` (rows grouped by region).

    The work is done lazily and cached: :attr:`W`, :attr:`BY`, the diagonal blocks of ``B``.
    """

    def __init__(self, table: IOTable):
        self.table = table
        n = table.n
        M = np.empty((n, n), order="F")
        np.multiply(table.Z, -table.inv_x, out=M)
        M.flat[:: n + 1] += 1.0
        sla = _linalg()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", sla.LinAlgWarning)  # a zero pivot is reported below
            self._lu = sla.lu_factor(M, overwrite_a=True, check_finite=False)
        pivots = np.abs(np.diag(self._lu[0]))
        bad = np.flatnonzero(~(pivots > 1e-13))  # zero or NaN: I - A is singular
        if bad.size:
            i = int(bad[0])
            raise ConfigError(
                f"I - A of {table.label} is singular (zero pivot in elimination step {i}, near "
                f"{table.regions[i]} {table.industries[i]}): some industries use up all their "
                f"output as inputs, so the Leontief inverse does not exist. Check the columns of Z "
                f"whose sums reach their output.")
        self._blocks_B: dict[int, np.ndarray] = {}

    # -- shared pieces ---------------------------------------------------------------------------
    @property
    def regions(self) -> tuple[str, ...]:
        return self.table.region_names

    @cached_property
    def va_coef(self) -> np.ndarray:
        """``1' - 1'A``: ``v / x`` per row, and 1 for a row without output.

        A row without output has a zero column in A, so a sale of it (WIOD has a few, $1-3 million,
        where whole-million rounding nets exports against a stock draw-down) needs no inputs and is
        all its own value added; with 0 there, that sale would carry no value added at all and the
        value added in exports would fall short of gross exports by it.
        """
        return 1.0 - self.table.Z.sum(axis=0) * self.table.inv_x

    @cached_property
    def exports(self) -> np.ndarray:
        """Gross exports ``E`` (n x G): row i's intermediate and final sales to each other region."""
        t = self.table
        starts = [b.start for b in t.blocks]
        E = np.add.reduceat(t.Z, starts, axis=1) + t.Yr
        E[np.arange(t.n), t.row_region] = 0.0
        return E

    @cached_property
    def W(self) -> np.ndarray:
        """``R V B`` (G x n): value added of each origin region per unit of each row's final output."""
        t = self.table
        rhs = np.zeros((t.n, len(self.regions)))
        rhs[np.arange(t.n), t.row_region] = self.va_coef
        W = _linalg().lu_solve(self._lu, rhs, trans=1, check_finite=False)
        return np.ascontiguousarray(W.T)

    @cached_property
    def BY(self) -> np.ndarray:
        """``B Y`` (n x G): output of each row called for by each region's final demand."""
        return _linalg().lu_solve(self._lu, self.table.Yr, check_finite=False)

    @cached_property
    def _local(self) -> list[tuple]:
        """LU factors of each region's ``I - A_ss`` (the local Leontief inverse ``L_ss``)."""
        t = self.table
        out = []
        for b in t.blocks:
            M = -t.Z[b, b] * t.inv_x[b]
            M.flat[:: M.shape[0] + 1] += 1.0
            out.append(_linalg().lu_factor(M, check_finite=False))
        return out

    def leontief_columns(self, columns) -> np.ndarray:
        """Columns of the global Leontief inverse ``B = (I - A)^-1`` (n x len(columns))."""
        rhs = np.zeros((self.table.n, len(columns)))
        rhs[np.asarray(columns), np.arange(len(columns))] = 1.0
        return _linalg().lu_solve(self._lu, rhs, check_finite=False)

    def leontief(self) -> np.ndarray:
        """The whole Leontief inverse (n x n). Costly (2 n^3 flops); no decomposition needs it."""
        return self.leontief_columns(np.arange(self.table.n))

    def diagonal_block(self, s: int) -> np.ndarray:
        """``B_ss``, the (s, s) block of the Leontief inverse (cached)."""
        if s not in self._blocks_B:
            self._compute_diagonal_blocks([s])
        return self._blocks_B[s]

    def _compute_diagonal_blocks(self, wanted) -> None:
        # B = U^-1 L^-1 when the LU did not pivot; rows and columns >= k of L^-1 and U^-1 depend only
        # on the trailing triangles of the factors, so B_ss costs two triangular solves against the
        # trailing part from s's first row: sum over s of 2 N (n - start_s)^2 = 2/3 n^3 in all.
        lu, piv = self._lu
        n = self.table.n
        blocks = self.table.blocks
        todo = sorted(set(wanted) - set(self._blocks_B))
        if not todo:
            return
        if not np.array_equal(piv, np.arange(n)):
            for s in todo:  # pivoting happened (some v < 0): plain solves against B's columns
                cols = np.arange(blocks[s].start, blocks[s].stop)
                self._blocks_B[s] = self.leontief_columns(cols)[blocks[s]]
            return
        blas = _linalg().blas
        groups, group, width = [], [], 0
        for s in todo:
            size = blocks[s].stop - blocks[s].start
            if group and (width + size > _GROUP_WIDTH or s != group[-1] + 1):
                groups.append(group)
                group, width = [], 0
            group.append(s)
            width += size
        groups.append(group)
        for group in groups:
            start = blocks[group[0]].start
            sub = lu[start:, start:]
            if not sub.flags.f_contiguous:
                sub = np.asfortranarray(sub)
            width = blocks[group[-1]].stop - start
            rhs = np.zeros((n - start, width), order="F")
            rhs[np.arange(width), np.arange(width)] = 1.0
            rhs = blas.dtrsm(1.0, sub, rhs, lower=1, diag=1, overwrite_b=1)  # L^-1
            rhs = blas.dtrsm(1.0, sub, rhs, lower=0, diag=0, overwrite_b=1)  # U^-1 L^-1
            for s in group:
                local = slice(blocks[s].start - start, blocks[s].stop - start)
                self._blocks_B[s] = np.array(rhs[local, local])

    # -- value added by origin ---------------------------------------------------------------------
    def content(self, account: str | None = None) -> ContentByOrigin:
        """Value added (or a satellite account) of every origin in every bilateral export flow.

        ``values[t, s, r] = sum over s's rows j of W[t, j] e_sr[j]``: origin t's value added in the
        gross exports of s to r (``V B diag(e_s)`` summed over t's rows, for each partner). Summed
        over origins it gives bilateral gross exports exactly.

        Parameters:
            account: ``None`` for value added; else a satellite account or ``'va:CODE'`` (an
                explicit value-added row), traced with the same multipliers.

        Raises:
            SatelliteUnavailableError: the table does not carry ``account``.
        """
        t = self.table
        if account is None:
            W, unit, name = self.W, t.unit, "value added"
        else:
            coef = t.account(account) * t.inv_x
            rhs = np.zeros((t.n, len(self.regions)))
            rhs[np.arange(t.n), t.row_region] = coef
            W = _linalg().lu_solve(self._lu, rhs, trans=1, check_finite=False).T
            unit, name = "account units", account
        E = self.exports
        values = np.stack([W[:, b] @ E[b] for b in t.blocks], axis=1)
        return ContentByOrigin(self.regions, values, _gross_by_region(E, t), unit, name, t.label)

    # -- Borin & Mancini ---------------------------------------------------------------------------
    def borin_mancini(self, exporters=None) -> BMDecomposition:
        """Source-based decomposition of bilateral gross exports (Borin & Mancini 2019, sec. 4).

        For exporter s and importer r (exporting-country perspective, so the terms add up over
        partners to the decomposition of s's total exports):

        - DVA  = V_s L_ss e_sr: domestic value added the first time it leaves s (eq. 29), split by
          where it is absorbed (``x_r = L_rr (Y_r + sum_{j!=r} A_rj x_j)``, ``x_j = sum_k B_jk Y_k``):
          - DAVAX = V_s L_ss Y_sr + V_s L_ss A_sr L_rr Y_rr: absorbed directly by r;
          - REX = V_s L_ss A_sr L_rr (sum_{j!=s,r} Y_rj + sum_{j!=r} A_rj sum_k B_jk sum_{l!=s} Y_kl):
            re-exported by r and absorbed in third regions (or back in r);
          - REF = V_s L_ss A_sr L_rr (Y_rs + sum_{j!=r} A_rj sum_k B_jk Y_ks): reflection, absorbed
            back home in s;
        - DDC = V_s (B_ss - L_ss) e_sr = V_s L_ss sum_{j!=s} A_sj B_js e_sr: domestic double counting;
        - FVA = sum_{t!=s} V_t B^{/s}_ts e_sr with ``B^{/s} = (I - A^{/s})^-1``, ``A^{/s}`` = A without
          s's intermediate exports: foreign value added the first time it enters s's exports;
        - FDC = sum_{t!=s} V_t (B_ts - B^{/s}_ts) e_sr: foreign double counting.

        ``B^{/s}`` is never formed: ``B_.s = B^{/s}_.s M_s`` with ``M_s = I + A_s,-s B_-s,s =
        (I - A_ss) B_ss``, so ``sum_t V_t B^{/s}_ts = c_s' M_s^-1`` with ``c_s = sum_{t!=s} W_t,s``.

        Parameters:
            exporters: region names (default: all). Each exporter costs one diagonal block ``B_ss``.

        Returns:
            :class:`BMDecomposition` with an (exporters x G) array per term.
        """
        t = self.table
        G, blocks, Z, inv_x = len(self.regions), t.blocks, t.Z, t.inv_x
        ex = list(range(G)) if exporters is None else [t.region_index(r) for r in exporters]
        k = len(ex)
        E, W, Yr, vc = self.exports, self.W, t.Yr, self.va_coef
        self._compute_diagonal_blocks(ex)

        terms = {name: np.zeros((k, G)) for name in BM_TERMS}
        gross = np.zeros((k, G))
        dva = np.zeros((k, G))
        DA = np.zeros((k, t.n))  # row i: d_s' A_s. (d_s' = V_s L_ss), r's columns give d_s' A_sr
        for i, s in enumerate(ex):
            b = blocks[s]
            d = _linalg().lu_solve(self._local[s], vc[b], trans=1, check_finite=False)
            DA[i] = (d @ Z[b]) * inv_x
            w = W[s, b]
            c = W[:, b].sum(axis=0) - w
            M = self._Ass_complement(s) @ self._blocks_B[s]  # (I - A_ss) B_ss
            f = np.linalg.solve(M.T, c)
            Es = E[b]
            gross[i] = Es.sum(axis=0)
            dva[i] = d @ Es
            terms["DDC"][i] = (w - d) @ Es
            terms["FVA"][i] = f @ Es
            terms["FDC"][i] = (c - f) @ Es
            terms["DAVAX"][i] = d @ Yr[b]

        # Intermediate exports, by where they are absorbed: x_r = L_rr (Y_r. + sum_{j!=r} A_rj x_j).
        BY = self.BY
        ABY = BY - Yr  # A (B Y), since (I - A) B Y = Y
        for b in blocks:
            ABY[b] -= Z[b, b] @ (BY[b] * inv_x[b, None])  # keep only j != r: A_rj B Y
        rows = np.arange(k)
        ex_arr = np.array(ex)
        lu_solve = _linalg().lu_solve
        for r, b in enumerate(blocks):
            P = lu_solve(self._local[r], DA[:, b].T, trans=1, check_finite=False).T  # d_s' A_sr L_rr
            PY, PAB = P @ Yr[b], P @ ABY[b]  # (k x G): by final destination l
            home_y, home_ab = PY[rows, ex_arr], PAB[rows, ex_arr]
            terms["DAVAX"][:, r] += PY[:, r]
            terms["REF"][:, r] = home_y + home_ab
            terms["REX"][:, r] = (PY.sum(axis=1) - PY[:, r] - home_y) + (PAB.sum(axis=1) - home_ab)
        for i, s in enumerate(ex):  # no exports to oneself
            for name in BM_TERMS:
                terms[name][i, s] = 0.0
        return BMDecomposition(self.regions, tuple(self.regions[s] for s in ex), terms, gross, dva,
                               t.unit, t.label)

    def _Ass_complement(self, s: int) -> np.ndarray:
        b = self.table.blocks[s]
        M = -self.table.Z[b, b] * self.table.inv_x[b]
        M.flat[:: M.shape[0] + 1] += 1.0
        return M


def _gross_by_region(E: np.ndarray, t: IOTable) -> np.ndarray:
    """Bilateral gross exports (G x G, exporter x importer) from the row-level ``E``."""
    return np.add.reduceat(E, [b.start for b in t.blocks], axis=0)


@dataclass(frozen=True, eq=False)
class ContentByOrigin:
    """Value added (or an account) of each origin in each bilateral export flow.

    ``values[t, s, r]``: origin t's content in the gross exports of s to r; ``gross[s, r]`` those
    exports. ``values.sum(axis=0) == gross`` (value added; to floating precision).
    """

    regions: tuple[str, ...]
    values: np.ndarray
    gross: np.ndarray
    unit: str
    account: str
    table: str

    def _i(self, region: str) -> int:
        try:
            return self.regions.index(region)
        except ValueError:
            raise UnknownIdError("region", region, self.regions,
                                 f"The regions of {self.table} are {', '.join(self.regions)}.") from None

    def value(self, origin: str, exporter: str, importer: str | None = None) -> float:
        """Content of ``origin`` in the exports of ``exporter`` (to ``importer``; default: all)."""
        row = self.values[self._i(origin), self._i(exporter)]
        return float(row.sum() if importer is None else row[self._i(importer)])

    def exports(self, exporter: str, importer: str | None = None) -> float:
        """Gross exports of ``exporter`` (to ``importer``; default: to every other region)."""
        row = self.gross[self._i(exporter)]
        return float(row.sum() if importer is None else row[self._i(importer)])

    def share(self, origin: str, exporter: str, importer: str | None = None) -> float:
        """``value / exports``: the share of ``origin`` in those gross exports."""
        total = self.exports(exporter, importer)
        return self.value(origin, exporter, importer) / total if total else float("nan")

    def by_origin(self, exporter: str, importer: str | None = None) -> dict[str, float]:
        """Every origin's content in the exports of ``exporter`` (to ``importer``)."""
        cols = self.values[:, self._i(exporter)]
        vals = cols.sum(axis=1) if importer is None else cols[:, self._i(importer)]
        return dict(zip(self.regions, map(float, vals)))

    def domestic(self) -> dict[str, float]:
        """DVA in gross exports (OECD TiVA EXGR_DVA): ``V_s B_ss e_s`` per exporter.

        This is Borin-Mancini's domestic content: their DVA plus domestic double counting (DDC).
        """
        total = self.values.sum(axis=2)
        return dict(zip(self.regions, map(float, np.diag(total))))

    def foreign(self) -> dict[str, float]:
        """FVA in gross exports (TiVA EXGR_FVA): ``sum_{t!=s} V_t B_ts e_s`` (= BM's FVA + FDC)."""
        total = self.values.sum(axis=2)
        return dict(zip(self.regions, map(float, total.sum(axis=0) - np.diag(total))))

    def ratio(self, exporter: str, a: str, b: str) -> float:
        """Content of origin ``a`` over that of origin ``b`` in ``exporter``'s gross exports."""
        return self.value(a, exporter) / self.value(b, exporter)

    def returning(self, reporter: str, partner: str) -> float:
        """The reporter's own content in its imports from ``partner``: origin = importer = reporter."""
        return self.value(reporter, partner, reporter)


@dataclass(frozen=True, eq=False)
class BMDecomposition:
    """Borin-Mancini source-based terms per (exporter, importer); see ``borin_mancini``.

    ``terms[name][i, r]`` for ``exporters[i]`` and ``regions[r]``; they add up to ``gross``.
    ``dva`` is ``V_s L_ss e_sr`` computed directly, which DAVAX + REX + REF must equal.
    """

    regions: tuple[str, ...]
    exporters: tuple[str, ...]
    terms: dict[str, np.ndarray]
    gross: np.ndarray
    dva: np.ndarray
    unit: str
    table: str

    def _pos(self, exporter: str, importer: str | None):
        if exporter not in self.exporters:
            raise UnknownIdError("exporter", exporter, self.exporters,
                                 "Decompose it with borin_mancini(exporters=[...]) first.")
        if importer is not None and importer not in self.regions:
            raise UnknownIdError("importer", importer, self.regions)
        i = self.exporters.index(exporter)
        return i, (slice(None) if importer is None else self.regions.index(importer))

    def pair(self, exporter: str, importer: str | None = None) -> dict[str, float]:
        """The six terms and ``gross`` for exports of ``exporter`` to ``importer`` (default: all)."""
        i, r = self._pos(exporter, importer)
        out = {name: float(np.sum(self.terms[name][i, r])) for name in BM_TERMS}
        out["gross"] = float(np.sum(self.gross[i, r]))
        return out

    def residual(self) -> np.ndarray:
        """``sum of the six terms - gross exports`` (exporters x G): zero to floating precision."""
        return sum(self.terms[name] for name in BM_TERMS) - self.gross
