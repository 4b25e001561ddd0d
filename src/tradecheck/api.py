"""The Python API behind the CLI: what ``tradecheck X`` does, ``tradecheck.X()`` does too."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import db, settings
from .errors import QueryError
from .sources import registry
from .warehouse.build import BuildResult, Progress
from .warehouse.build import build as _build

if TYPE_CHECKING:
    from .indicators import Result

__all__ = ["build", "sources", "sql", "indicator", "indicators", "SourceInfo", "QueryResult"]

#: How each table states its period, for the coverage ``sources`` reports (per source).
_COVERAGE = {
    "trade": "strftime(make_date(year, coalesce(month, 1), 1), '%Y-%m')",
    "population": "CAST(year AS VARCHAR)",
    "io_tables": "CAST(year AS VARCHAR)",
    "encounters": "strftime(make_date(year, month, 1), '%Y-%m')",
    "usbp_encounters": "'FY' || fiscal_year",
    "apprehensions_history": "'FY' || fiscal_year",
    "seizures": "strftime(make_date(year, month, 1), '%Y-%m')",
    "published_figures": "CAST(data_year AS VARCHAR)",
}


def build(
    mirror: str | Path | None = None,
    *,
    only: list[str] | None = None,
    force: bool = False,
    refresh: bool = False,
    progress: Progress | None = None,
) -> BuildResult:
    """Build the evidence warehouse (see :func:`tradecheck.warehouse.build.build`)."""
    return _build(mirror, only=only, force=force, refresh=refresh, progress=progress)


@dataclass(frozen=True)
class SourceInfo:
    id: str
    title: str
    publisher: str
    url: str
    coverage: str         # as loaded ('2013-01 – 2024-12'), or the catalogue's when not built
    releases: tuple[str, ...]
    files: int
    rows: int
    loaded: bool


def sources() -> list[SourceInfo]:
    """Every registered source, with what the warehouse holds of it (if it has been built)."""
    loaded: dict[str, tuple] = {}
    coverage: dict[str, str] = {}
    path = settings.warehouse_path()
    if path.exists():
        con = db.connect(path)
        try:
            for sid, releases, files, rows in con.execute(
                "SELECT source_id, list(DISTINCT release ORDER BY release), count(*), "
                "sum(rows_loaded) FROM files GROUP BY source_id"
            ).fetchall():
                loaded[sid] = (tuple(releases), files, int(rows or 0))
            for table, period in _COVERAGE.items():
                for sid, lo, hi in con.execute(
                    f"SELECT f.source_id, min({period}), max({period}) FROM {table} "
                    f"JOIN files f USING (file_id) GROUP BY f.source_id"
                ).fetchall():
                    coverage[sid] = lo if lo == hi else f"{lo} – {hi}"
        finally:
            con.close()
    out = []
    for sid, source in registry().items():
        meta = source.meta
        releases, files, rows = loaded.get(sid, (tuple(sorted({f.release for f in meta.files})), 0, 0))
        out.append(SourceInfo(sid, meta.title, meta.publisher, meta.url,
                              coverage.get(sid, meta.coverage), releases, files, rows, sid in loaded))
    return out


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple]


def sql(query: str, params: list | None = None) -> QueryResult:
    """Run one read-only SQL statement on the warehouse.

    Raises:
        QueryError: the statement writes, is not one statement, or fails (the message says why).
        NotBuiltError: no warehouse yet.
    """
    con = db.connect(settings.warehouse_path())
    try:
        try:
            statements = con.extract_statements(query)
        except db.Error as exc:
            raise QueryError(f"The query does not parse: {_first_line(exc)}") from None
        if len(statements) != 1:
            raise QueryError(f"Give exactly one SQL statement; found {len(statements)}.")
        kind = statements[0].type.name
        if kind not in {"SELECT", "EXPLAIN"}:
            raise QueryError(
                f"Only read-only queries (SELECT, WITH … SELECT, EXPLAIN) are allowed; this is a "
                f"{kind} statement. The warehouse is rebuilt by `tradecheck build`, never edited."
            )
        try:
            cursor = con.execute(query, params or [])
            return QueryResult([d[0] for d in cursor.description], cursor.fetchall())
        except db.Error as exc:
            raise QueryError(f"The query failed: {_first_line(exc)}") from None
    finally:
        con.close()


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def indicator(name: str, *, as_of: str | None = None, **params) -> "Result":
    """Compute a named indicator with its evidence, e.g. ``indicator("exports", partner="Mexico",
    period=2024)``; ``as_of`` ("2024-01-01") uses only releases published by then.

    Raises:
        UnknownIdError: unknown indicator, parameter, country or choice ("Did you mean …?").
        ConfigError: a missing or malformed parameter.
        NotBuiltError: no warehouse yet.
    """
    from .indicators import run

    return run(name, as_of=as_of, **params)


def indicators() -> list:
    """Every indicator's specification (name, title, description, unit, parameters)."""
    from .indicators import catalogue

    return list(catalogue().values())
