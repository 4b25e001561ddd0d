"""The warehouse schema (``schema.sql`` and ``views.sql``) and what parsers must return."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

from ..db import memory

__all__ = ["ddl", "views", "columns", "parser_columns", "schema_version", "views_version"]

#: Columns the build fills in itself, never a parser.
BUILD_COLUMNS = ("file_id", "country_id")


def _read(name: str) -> str:
    return resources.files("tradecheck.warehouse").joinpath(name).read_text("utf-8")


@cache
def ddl() -> str:
    return _read("schema.sql")


@cache
def views() -> str:
    return _read("views.sql")


def schema_version() -> str:
    """Identifies the tables' shape: when it changes, every source is read again."""
    return hashlib.sha256(ddl().encode()).hexdigest()[:16]


def views_version() -> str:
    """Identifies the views: when they change, the warehouse is rebuilt (reusing its rows)."""
    return hashlib.sha256(views().encode()).hexdigest()[:16]


@cache
def _all_columns() -> dict[str, tuple[str, ...]]:
    """Every table's columns, read by creating ``schema.sql`` in a scratch database."""
    con = memory()
    try:
        con.execute(ddl())
        found: dict[str, list[str]] = {}
        for table, column in con.execute(
            "SELECT table_name, column_name FROM duckdb_columns() ORDER BY table_name, column_index"
        ).fetchall():
            found.setdefault(table, []).append(column)
    finally:
        con.close()
    return {t: tuple(c) for t, c in found.items()}


def columns(table: str) -> tuple[str, ...]:
    """The columns of ``table`` as declared in ``schema.sql``, in order."""
    return _all_columns()[table]


def parser_columns(table: str) -> set[str]:
    """The columns a source's ``parse`` must return for ``table``."""
    return set(columns(table)) - set(BUILD_COLUMNS)
