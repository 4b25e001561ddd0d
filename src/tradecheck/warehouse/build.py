"""Build the evidence warehouse: atomic, incremental, traceable to the byte.

The build writes a new database file beside the current one and swaps it in (``os.replace``) only
when every source has loaded and every check has passed; an interrupted or failed build deletes its
own file and leaves the previous warehouse untouched. Files whose checksum and parser are unchanged
since the last build are copied from the previous warehouse instead of being parsed again; when
nothing changed at all, nothing is written.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Protocol

import numpy as np
import pyarrow as pa

from .. import __version__, countries, db, settings
from ..catalogue import FileSpec
from ..errors import ChecksumError, MissingFileError, TradecheckError, WarehouseError
from ..net import RELEASES, Fetcher, sha256_file
from ..sources import Parsed, Source, registry
from .schema import columns, ddl, parser_columns, schema_version, views, views_version

__all__ = ["build", "BuildResult", "Progress"]

#: Tables whose ``country_id`` the build reconciles: (code column, code schemes tried in order).
RECONCILE = {
    "trade": ("partner_code", ("census",)),
    "population": ("code", ("wb", "iso3")),
    "io_labels": ("region", ("wiod", "icio", "iso3")),
    "published_figures": ("partner", ("name", "alias")),
}


class Progress(Protocol):
    """What the build reports as it goes (the CLI draws it with rich)."""

    def start(self, source_id: str, total: int, action: str) -> None: ...
    def advance(self, source_id: str, detail: str) -> None: ...
    def finish(self, source_id: str, summary: str) -> None: ...


class _Quiet:
    def start(self, source_id, total, action): pass
    def advance(self, source_id, detail): pass
    def finish(self, source_id, summary): pass


@dataclass
class SourceResult:
    source_id: str
    files: int = 0
    rows: int = 0
    reused: bool = False
    skipped: str = ""
    seconds: float = 0.0


@dataclass
class BuildResult:
    """What a build did: ``up_to_date`` when nothing changed and nothing was written."""

    path: Path
    up_to_date: bool = False
    sources: list[SourceResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(s.rows for s in self.sources)


@dataclass(frozen=True)
class _File:
    source: Source
    spec: FileSpec
    path: Path
    rel: str            # path relative to the mirror / cache root, as recorded in provenance
    sha256: str
    origin: str
    retrieved_at: dt.datetime
    superseded: bool    # an earlier download of the file, kept when a newer release replaced it

    @property
    def parser(self) -> str:
        return f"{type(self.source).__module__}@{self.source.version}"


def build(
    mirror: Path | str | None = None,
    *,
    only: list[str] | None = None,
    progress: Progress | None = None,
    fetcher: Fetcher | None = None,
    force: bool = False,
    refresh: bool = False,
) -> BuildResult:
    """Build (or bring up to date) the warehouse under ``TRADECHECK_HOME``.

    Parameters:
        mirror: a folder laid out like ``shared/data`` to read instead of downloading (default:
            the ``TRADECHECK_MIRROR`` setting; when neither is set, files are downloaded into the
            cache first).
        only: build just these source ids (the others are carried over from the previous build).
        progress: receives per-source progress.
        fetcher: the downloader to use (tests pass one with a mock transport).
        force: parse every file again even when unchanged.
        refresh: download again even when the cache holds a verified copy (a file whose bytes
            changed is a new release; the earlier one is kept beside it and stays queryable).

    Returns:
        A :class:`BuildResult`.

    Raises:
        MissingFileError, ChecksumError, FetchError, ParseError, CheckError, WarehouseError. On any
        error the previous warehouse is left as it was.
    """
    started = time.perf_counter()
    progress = progress or _Quiet()
    mirror = mirror if mirror is not None else settings.get("mirror")
    target = settings.warehouse_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    sources = _select(only)
    with _lock(target):
        if mirror:
            root, origin = Path(mirror).expanduser().resolve(), "mirror"
            if not root.is_dir():
                raise MissingFileError(f"The mirror folder {root} does not exist. Give a folder laid "
                                       f"out like shared/data (see the README).")
        else:
            root, origin = settings.cache_dir(), "download"
            _download(sources, root, progress, fetcher, refresh)
        files, skipped = _locate(sources, root, origin)
        previous = _previous(target)
        plan = {s.id: force or _changed(s, files, previous) for s in sources}
        if (target.exists() and not any(plan.values()) and previous.get("schema") == schema_version()
                and previous.get("views") == _views_key()):
            results = [SourceResult(s.id, reused=True, skipped=skipped.get(s.id, "")) for s in sources]
            for r in results:
                progress.start(r.source_id, 0, "unchanged")
                progress.finish(r.source_id, "unchanged")
            _warm_value_added(progress)
            return BuildResult(target, True, results, time.perf_counter() - started)
        results = _write(target, sources, files, skipped, plan, previous, progress, root)
        _warm_value_added(progress)
    return BuildResult(target, False, results, time.perf_counter() - started)


def _views_key() -> str:
    """Identifies the views and the tables stored with them (``version:name:name…``; a context
    reads the names back): when it changes, a build remakes them, reusing the rows."""
    from ..indicators.core import stored_name
    from ..indicators.registry import as_of_tables

    return ":".join([views_version(), *sorted(stored_name(name) for name in as_of_tables())])


def _store_latest(con) -> None:
    """Store the tables the indicators read (:func:`..indicators.core.as_of_table`) as of the
    latest releases, so that a check's first query does not compute them (~0.25 s)."""
    from ..indicators.core import Context, stored_name
    from ..indicators.registry import as_of_tables

    for name, query in as_of_tables().items():
        con.execute(f"CREATE TABLE {stored_name(name)} AS {query}", [Context.LATEST] * query.count("?"))


def _warm_value_added(progress: Progress) -> None:
    """Precompute the value-added memo (cache/derived) of the latest year of each input-output
    table, the year claims without one are read against, so that the first check after a build
    does not solve a table (about 1 s). Other years are memoised on first use. A failure here
    leaves the build as it is: the memo is then written on first use instead."""
    from ..indicators.registry import open_context
    from ..indicators.valueadded import warm_memos

    try:
        ctx = open_context()
    except TradecheckError:
        return
    try:
        n = ctx.rows("SELECT count(DISTINCT table_id) FROM io_tables")[0][0]
        if not n:
            return
        progress.start("value_added_memo", n, "precomputing")
        written, kept = warm_memos(ctx, lambda label: progress.advance("value_added_memo", label))
        progress.finish("value_added_memo", f"{written} memos written, {kept} up to date")
    except TradecheckError as exc:
        progress.finish("value_added_memo", f"not precomputed ({exc}); computed on first use")
    finally:
        ctx.con.close()


def _select(only: list[str] | None) -> list[Source]:
    from ..sources import get

    if only:
        return [get(sid) for sid in only]
    return list(registry().values())


@contextmanager
def _lock(target: Path) -> Iterator[None]:
    lock_path = target.with_name(target.name + ".lock")
    with open(lock_path, "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise WarehouseError(f"Another build is writing {target}; wait for it to finish, "
                                 f"then run the build again.") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _download(sources: list[Source], root: Path, progress: Progress, fetcher: Fetcher | None,
              refresh: bool) -> None:
    own = fetcher is None
    fetcher = fetcher or Fetcher(root / "downloads.log", refresh=refresh)
    try:
        for source in sources:
            if source.meta.mirror_only:
                continue
            progress.start(source.id, len(source.files()), "downloading")
            source.fetch(fetcher, root)
            progress.finish(source.id, "downloaded")
    finally:
        if own:
            fetcher.close()


def _locate(sources: list[Source], root: Path, origin: str) -> tuple[list[_File], dict[str, str]]:
    """Find and checksum every file; verify them against the mirror's SHA256SUMS when it has one."""
    sums = _read_sums(root / "SHA256SUMS")
    found, skipped = [], {}
    for source in sources:
        specs = source.files()
        present = [s for s in specs if (root / s.path).is_file()]
        if not present and (source.meta.optional or (source.meta.mirror_only and origin == "download")):
            skipped[source.id] = ("no files (optional source)" if source.meta.optional
                                  else "mirror only: compiled from publications, nothing to download")
            continue
        missing = [s.path for s in specs if s not in present]
        if missing:
            listed = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
            raise MissingFileError(
                f"Source {source.id!r} needs {len(missing)} file(s) not found under {root}: {listed}. "
                f"Restore them in the mirror, build without --mirror to download them, or build the "
                f"other sources with --only."
            )
        for spec in specs:
            path = root / spec.path
            digest = sha256_file(path)
            if spec.path in sums and sums[spec.path] != digest:
                raise ChecksumError(
                    f"{path} does not match its checksum in {root / 'SHA256SUMS'} (found {digest}, "
                    f"listed {sums[spec.path]}). The file is damaged or was replaced: restore it, "
                    f"or update SHA256SUMS if the new file is a genuine new release."
                )
            # Earlier releases the downloader kept aside when a newer one replaced them, oldest
            # first: files loaded later win ties between releases of the same day.
            for old in sorted(path.parent.glob(f"{RELEASES}/*/{path.name}")):
                found.append(_file(source, spec, root, old, sha256_file(old), origin, superseded=True))
            found.append(_file(source, spec, root, path, digest, origin, superseded=False))
    return found, skipped


def _file(source, spec, root, path, digest, origin, superseded) -> _File:
    # A download is written once, so its mtime is when it was retrieved; for a mirror it is when
    # the mirror got the file, the closest record there is.
    stamp = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.timezone.utc).replace(tzinfo=None)
    return _File(source, spec, path, path.relative_to(root).as_posix(), digest, origin, stamp,
                 superseded)


def _read_sums(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    sums = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        digest, _, name = line.strip().partition("  ")
        if digest and name:
            sums[name.strip()] = digest
    return sums


def _previous(target: Path) -> dict:
    """What the current warehouse holds: its schema version and its files by source."""
    if not target.exists():
        return {}
    try:
        con = db.connect(target, read_only=True)
    except TradecheckError:
        return {}
    try:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        rows = con.execute("SELECT source_id, path, sha256, role, parser, file_id FROM files").fetchall()
    except db.Error:
        return {}
    finally:
        con.close()
    by_source: dict[str, set] = {}
    for sid, path, digest, role, parser, _ in rows:
        by_source.setdefault(sid, set()).add((path, digest, role, parser))
    return {"schema": meta.get("schema"), "views": meta.get("views"), "files": by_source,
            "max_file_id": max((r[5] for r in rows), default=0)}


def _signature(source: Source, files: list[_File]) -> set:
    return {(f.rel, f.sha256, f.spec.role, f.parser) for f in files if f.source is source}


def _changed(source: Source, files: list[_File], previous: dict) -> bool:
    if previous.get("schema") != schema_version():
        return True
    return previous.get("files", {}).get(source.id, set()) != _signature(source, files)


def _write(target, sources, files, skipped, plan, previous, progress, root) -> list[SourceResult]:
    tmp = target.with_name(target.name + ".building")
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    con = db.connect(tmp, read_only=False)
    reuse = bool(previous) and target.exists() and previous.get("schema") == schema_version()
    # Parsing is pure (no database, no network) and mostly in C (bz2, Arrow, calamine), so files
    # are parsed on worker threads while the main thread inserts the previous ones in order.
    pool = ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 1))
    parsing = {
        f.rel: pool.submit(f.source.parse, f.path, f.spec)
        for f in files
        if f.spec.role != "document" and f.source.id not in skipped and not (reuse and not plan[f.source.id])
    }
    try:
        con.execute(ddl())
        _load_dimensions(con)
        if reuse:
            con.execute(f"ATTACH '{_sql_path(target)}' AS prev (READ_ONLY)")
        next_id = previous.get("max_file_id", 0) + 1 if reuse else 1
        selected = {s.id for s in sources}
        results = []
        for source in sources:
            t0 = time.perf_counter()
            mine = [f for f in files if f.source is source]
            if source.id in skipped:
                progress.start(source.id, 0, "skipped")
                progress.finish(source.id, skipped[source.id])
                results.append(SourceResult(source.id, skipped=skipped[source.id]))
                continue
            if reuse and not plan[source.id]:
                progress.start(source.id, len(mine), "unchanged")
                rows = _copy_source(con, source.id)
                progress.finish(source.id, f"unchanged, {rows:,} rows reused")
                results.append(SourceResult(source.id, len(mine), rows, reused=True,
                                            seconds=time.perf_counter() - t0))
                continue
            progress.start(source.id, len(mine), "loading")
            rows = 0
            ids = {}
            for f in mine:
                ids[f.rel] = next_id
                parsed = parsing[f.rel].result() if f.rel in parsing else None
                rows += _load_file(con, f, next_id, parsed)
                next_id += 1
                progress.advance(source.id, f.rel)
            for f in mine:
                if f.spec.transcribes in ids and not f.superseded:
                    con.execute("UPDATE files SET transcribes = ? WHERE file_id = ?",
                                [ids[f.spec.transcribes], ids[f.rel]])
            progress.finish(source.id, f"{len(mine)} files, {rows:,} rows")
            results.append(SourceResult(source.id, len(mine), rows, seconds=time.perf_counter() - t0))
        if reuse:
            # Sources not selected with --only are carried over as they were.
            for sid in _previous_sources(con) - selected:
                _copy_source(con, sid)
            con.execute("DETACH prev")
        _reconcile(con)
        _final_checks(con, results)
        con.execute(views())
        _store_latest(con)
        con.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("schema", schema_version()), ("views", _views_key()), ("tradecheck", __version__),
            ("built_at", dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")),
            ("root", str(root)),
        ])
        con.execute("CHECKPOINT")
        con.close()
        pool.shutdown()
        os.replace(tmp, target)
        return results
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        con.close()
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            leftover.unlink(missing_ok=True)
        raise


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _previous_sources(con) -> set[str]:
    return {r[0] for r in con.execute("SELECT DISTINCT source_id FROM prev.files").fetchall()}


FACT_TABLES = ("trade", "population", "io_tables", "io_labels", "io_cells", "encounters",
               "usbp_encounters", "apprehensions_history", "seizures", "published_figures")


def _copy_source(con, source_id: str) -> int:
    """Copy one source's files, checks and fact rows from the previous warehouse."""
    ids = "SELECT file_id FROM prev.files WHERE source_id = ?"
    con.execute("INSERT INTO files SELECT * FROM prev.files WHERE source_id = ?", [source_id])
    con.execute(f"INSERT INTO checks SELECT * FROM prev.checks WHERE file_id IN ({ids})", [source_id])
    rows = 0
    for table in FACT_TABLES:
        con.execute(f"INSERT INTO {table} SELECT * FROM prev.{table} WHERE file_id IN ({ids})",
                    [source_id])
        rows += con.execute(f"SELECT count(*) FROM {table} WHERE file_id IN "
                            f"(SELECT file_id FROM files WHERE source_id = ?)", [source_id]).fetchall()[0][0]
    return rows


def _load_file(con, f: _File, file_id: int, parsed: Parsed | None) -> int:
    """Insert one parsed file (``None`` for a document) and its provenance; return its rows."""
    rows = 0
    if parsed is not None:
        for table, data in parsed.tables.items():
            _check_columns(f, table, data)
            data = data.append_column("file_id", pa.array(np.full(data.num_rows, file_id, np.int32)))
            con.register("_incoming", data)
            try:
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _incoming")
            finally:
                con.unregister("_incoming")
            rows += data.num_rows
        if parsed.checks:
            con.executemany("INSERT INTO checks VALUES (?, ?, ?, ?)",
                            [(file_id, c.check_id, c.status, c.detail) for c in parsed.checks])
    note = "secondary transcription" if f.spec.transcribes else None
    con.execute(
        "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
        [file_id, f.source.id, f.rel, f.spec.official_address or f.source.meta.url,
         *_release(f), f.sha256, f.path.stat().st_size, f.retrieved_at, f.origin, f.spec.role,
         rows, f.parser, note],
    )
    return rows


def _release(f: _File) -> tuple[str, dt.date]:
    """The catalogue's release when the bytes are the pinned ones; else dated by retrieval."""
    if f.spec.sha256 is None or f.spec.sha256 == f.sha256:
        return f.spec.release, f.spec.release_date
    day = f.retrieved_at.date()
    return f"as retrieved on {day.isoformat()}", day


def _check_columns(f: _File, table: str, data: pa.Table) -> None:
    want, got = parser_columns(table), set(data.column_names)
    if want != got:
        raise TypeError(
            f"{f.parser} returned table {table!r} with columns {sorted(got)}; the schema wants "
            f"{sorted(want)} (missing {sorted(want - got)}, extra {sorted(got - want)})"
        )


def _load_dimensions(con) -> None:
    from .. import catalogue

    _insert_rows(con, "sources", [
        (m.id, m.title, m.publisher, m.url, m.licence, m.cadence, m.unit, m.coverage, m.notes)
        for m in catalogue.load().values()])
    _insert_rows(con, "countries", [
        (c.country_id, c.name, c.kind, c.iso3, c.census_code, list(c.aliases), list(c.demonyms))
        for c in countries.all_countries()])
    _insert_rows(con, "country_codes", countries.code_rows())
    _insert_rows(con, "country_groups", countries.group_rows())


def _insert_rows(con, table: str, rows: list[tuple]) -> None:
    """Insert Python rows through Arrow: ``executemany`` costs a round trip per row."""
    names = columns(table)
    data = pa.Table.from_pylist([dict(zip(names, r)) for r in rows]) if rows else None
    if data is None:
        return
    con.register("_rows", data)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
    finally:
        con.unregister("_rows")


def _reconcile(con) -> None:
    """Fill ``country_id`` from each publisher's code or name; record what stays unmapped."""
    codes = {(scheme, code): cid for scheme, code, cid in countries.code_rows()}
    for table, (column, schemes) in RECONCILE.items():
        values = [r[0] for r in con.execute(f"SELECT DISTINCT {column} FROM {table}").fetchall()]
        if not values:
            continue
        mapping = []
        for value in values:
            cid = next((codes[(s, k)] for s in schemes
                        if (s, k := _key(s, value)) in codes), None)
            if cid is not None:
                mapping.append((value, cid))
        con.register("_map", pa.table({"code": [m[0] for m in mapping],
                                       "cid": [m[1] for m in mapping]}))
        try:
            con.execute(f"UPDATE {table} SET country_id = _map.cid FROM _map "
                        f"WHERE {table}.{column} = _map.code")
        finally:
            con.unregister("_map")
        unmapped = sorted(set(values) - {m[0] for m in mapping})
        if unmapped:
            con.execute(
                f"INSERT INTO checks SELECT min(file_id), ?, 'warn', ? FROM {table}",
                [f"countries_{table}", f"{len(unmapped)} {column} value(s) not in the country "
                 f"dimension: {', '.join(map(str, unmapped[:10]))}"],
            )


def _key(scheme: str, value: str) -> str:
    return countries.normalise(value) if scheme in NAME_SCHEMES else value


NAME_SCHEMES = ("name", "alias", "demonym")


def _final_checks(con, results: list[SourceResult]) -> None:
    for r in results:
        if r.skipped or r.files == 0:
            continue
        loaded = con.execute("SELECT count(*) FROM files WHERE source_id = ?", [r.source_id]).fetchall()[0][0]
        if loaded != r.files:
            raise WarehouseError(f"Source {r.source_id!r}: {r.files} files expected in provenance, "
                                 f"{loaded} recorded. This is a bug in the build; please report it.")
