"""The one module that opens DuckDB. Everything else receives a connection."""

from __future__ import annotations

from pathlib import Path

import duckdb

from .errors import NotBuiltError, WarehouseError

__all__ = ["connect", "memory", "Error"]

Error = duckdb.Error


def connect(path: Path, *, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """Open the warehouse at ``path``; read-only connections cannot reach other files.

    Raises:
        NotBuiltError: ``read_only`` and there is no file at ``path``.
        WarehouseError: the file is locked by a writer or is not a DuckDB database.
    """
    if read_only and not path.exists():
        raise NotBuiltError(
            f"No warehouse at {path}. Build it with `tradecheck build --mirror DIR` (offline) or "
            f"`tradecheck build` (downloads the official files)."
        )
    config = {"enable_external_access": False} if read_only else {}
    try:
        return duckdb.connect(str(path), read_only=read_only, config=config)
    except duckdb.Error as exc:
        raise WarehouseError(
            f"Cannot open the warehouse {path}: {exc}. If another build is running, wait for it; "
            f"if the file is damaged, delete it and build again."
        ) from None


def memory() -> duckdb.DuckDBPyConnection:
    """An in-memory database, for scratch work that must not touch the warehouse."""
    return duckdb.connect(":memory:")
