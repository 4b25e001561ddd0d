"""Value added in trade from multi-regional input-output tables.

    >>> from tradecheck.valueadded import ValueAddedEngine, from_wiod_rdata      # doctest: +SKIP
    >>> engine = ValueAddedEngine(from_wiod_rdata("wiod2013/wiot_2011.RData"))   # doctest: +SKIP
    >>> content = engine.content()          # value added by origin in every export flow
    >>> content.ratio("USA", "MEX", "CHN")   # Mexican over Chinese value added in U.S. exports
    >>> content.returning("USA", "MEX")      # U.S. value added coming back in imports from Mexico
    >>> engine.borin_mancini(["USA"]).pair("USA", "MEX")   # DAVAX, REX, REF, DDC, FVA, FDC

- :mod:`.model`: :class:`IOTable` (Z, Y, x = row sums, v = x - 1'Z, region aggregation);
- :mod:`.engine`: one LU of ``I - A`` per table, value added by origin, Borin-Mancini terms;
- :mod:`.load`: tables from the warehouse (a DuckDB connection) or a WIOD ``.RData`` file.
"""

from __future__ import annotations

from .engine import BM_TERMS, BMDecomposition, ContentByOrigin, ValueAddedEngine
from .load import from_wiod_rdata, load_table
from .model import IOTable, SatelliteUnavailableError

__all__ = [
    "IOTable",
    "ValueAddedEngine",
    "ContentByOrigin",
    "BMDecomposition",
    "BM_TERMS",
    "SatelliteUnavailableError",
    "load_table",
    "from_wiod_rdata",
]
