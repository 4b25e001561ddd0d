"""tradecheck: check quantitative claims about North American trade and border security against
official statistics, and show the evidence.

    >>> import tradecheck
    >>> tradecheck.build(mirror="../shared/data")        # the evidence warehouse   # doctest: +SKIP
    >>> tradecheck.sql("SELECT count(*) FROM trade")                                # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import (  # noqa: E402
    CheckError,
    ChecksumError,
    ConfigError,
    FetchError,
    InputError,
    LayoutError,
    MissingFileError,
    NotBuiltError,
    ParseError,
    QueryError,
    SourceError,
    TradecheckError,
    UnknownIdError,
    WarehouseError,
)

_API = {"build", "sources", "sql", "indicator", "indicators", "check"}


def __getattr__(name: str):
    # The API pulls in DuckDB and every source; importing it lazily keeps `import tradecheck.x`
    # light for the modules (and tests) that need only a part.
    if name in _API - {"check"}:
        from . import api

        return getattr(api, name)
    if name in {"check", "Checker", "Report"}:
        from . import claims

        return getattr(claims, name)
    raise AttributeError(f"module 'tradecheck' has no attribute {name!r}")

__all__ = [
    "__version__",
    "build",
    "sources",
    "sql",
    "indicator",
    "indicators",
    "check",
    "Checker",
    "Report",
    "TradecheckError",
    "ConfigError",
    "InputError",
    "UnknownIdError",
    "SourceError",
    "FetchError",
    "ChecksumError",
    "MissingFileError",
    "ParseError",
    "LayoutError",
    "CheckError",
    "WarehouseError",
    "NotBuiltError",
    "QueryError",
]
