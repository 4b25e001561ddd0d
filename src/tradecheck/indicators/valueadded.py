"""Value-added indicators: whose value added a country's gross exports carry, and how much of a
reporter's own value added comes back in its imports.

Every figure comes from the Leontief model on one year of a multi-regional input-output table of
the warehouse (WIOD 2013 release by default), through :mod:`tradecheck.valueadded`. A table year is
loaded and ``I - A`` factorised once per context (``ctx.cache``, keyed by the file read), so every
indicator on that year shares one LU factorisation and one pass of value added by origin. Value
added by origin is also memoised on disk (``cache/derived`` of the tradecheck home, keyed by the
file's checksum and load, the engine's :data:`MEMO_VERSION` and the package version): a fresh
process answers from the memo without importing scipy or reading the table.

The table's flows are its own: gross exports are intermediate plus final sales to every other
region at basic prices, not Census customs values, and they cover only the table's years (WIOD
2013: 1995-2011). A year, country or account the table does not have gives ``value=None`` with a
note naming what would settle it, never an exception.
"""

from __future__ import annotations

import contextlib
import json
import os
import zipfile
from functools import cached_property
from pathlib import Path

import numpy as np

from .. import __version__, countries, settings
from ..errors import ConfigError, UnknownIdError
from ..valueadded import (
    BM_TERMS,
    ContentByOrigin,
    SatelliteUnavailableError,
    ValueAddedEngine,
    load_table,
)
from ..valueadded.model import SATELLITES_NOTE
from .core import Context, Evidence, Result

#: What would settle a figure the loaded tables lack (a year, an economy, an account).
SETTLE = ("OECD TiVA (Trade in Value Added) indicators, computed from the OECD Inter-Country "
          "Input-Output tables (ICIO), would settle it: they cover more economies and later years.")
#: What would settle a satellite (employment, emissions ...) the table lacks.
SETTLE_SATELLITE = ("WIOD's Socio-Economic Accounts (employment, hours, capital) or OECD TiVA's "
                    "Trade in Employment (TiM) indicators would settle it.")
#: Names that take "the" in a sentence ("exports of the United States").
_THE = ("United ", "Netherlands", "Philippines", "Czech Republic", "Slovak Republic")

METHOD = (
    "Leontief value-added model on the {release} world input-output table of {year} ({table}: "
    "{regions} regions x {industries} industries; {unit}, current U.S. dollars). Value added of "
    "origin t in the exports of s = sum over s's industries j of [V B]_tj e_j, with B = (I - A)^-1 "
    "the global Leontief inverse, V = v/x and e_j industry j's intermediate and final sales to every "
    "other region. {v_note}")
V_NOTE = {
    "wiod2013": "WIOD 2013 as packaged in R publishes no value-added rows, so v = x - 1'Z is every "
                "primary input: value added plus taxes less subsidies on products, international "
                "transport margins, cif/fob adjustments and residents' purchases abroad.",
}
V_NOTE_DEFAULT = "v = x - 1'Z: every primary input of an industry (value added and net taxes)."

#: The Borin-Mancini (2019) source-based terms, as a reader would name them.
BM_MEANING = {
    "DAVAX": "domestic value added absorbed by the direct importer",
    "REX": "domestic value added re-exported by the importer to third countries",
    "REF": "domestic value added reflected back and absorbed at home",
    "DDC": "domestic double counting",
    "FVA": "foreign value added",
    "FDC": "foreign double counting",
}


# -- the table year, cached per context ----------------------------------------------------------

#: Version of what a value-added memo holds and how (the engine's formulas, the arrays' layout).
#: Bump it whenever either changes: memos written under another version are ignored and rebuilt.
MEMO_VERSION = 1


class _IOYear:
    """One table year: value added by origin, read from its disk memo when one matches, and the
    table with its engine (one LU) loaded only when a figure needs them (a first computation,
    Borin-Mancini, satellite accounts)."""

    def __init__(self, ctx: Context, file: dict):
        self.file = file
        self._con = ctx.con
        self.label = f"{file['table_id']} {file['year']}"  # as IOTable.label words it
        self.scale = _usd_per_unit(file["unit"], self.label)
        self._bm: dict[str, object] = {}
        self._accounts: dict[str, object] = {}
        self.evidence = Evidence(
            file["source_id"], file["path"], file["release"], file["release_date"], (),
            file["url"], None,
            f"the whole {file['table_id']} table of {file['year']} (every intermediate, final-use "
            f"and output cell: {file['n_rows']} rows x {file['n_rows']} + {file['n_final']} "
            f"columns); the figure is computed from all of them, not read from a row")

    @cached_property
    def table(self):
        return load_table(self._con, self.file["table_id"], self.file["year"])

    @cached_property
    def engine(self) -> ValueAddedEngine:
        return ValueAddedEngine(self.table)

    @cached_property
    def _content(self) -> tuple[ContentByOrigin, int]:
        # (value added by origin, rows of the table): from the memo, else computed and memoised
        path, key = _memo_path(self.file), _memo_key(self.file)
        hit = _read_memo(path, key)
        if hit is not None:
            return hit
        content = self.engine.content()
        _write_memo(path, key, content, self.table.n)
        return content, self.table.n

    @property
    def content(self) -> ContentByOrigin:
        return self._content[0]

    @cached_property
    def method(self) -> str:
        regions, rows = self.content.regions, self._content[1]
        return METHOD.format(
            release=self.file["release"], year=self.file["year"], table=self.file["table_id"],
            regions=len(regions), industries=rows // max(1, len(regions)),
            unit=self.file["unit"], v_note=V_NOTE.get(self.file["table_id"], V_NOTE_DEFAULT))

    def borin_mancini(self, exporter: str):
        if exporter not in self._bm:
            self._bm[exporter] = self.engine.borin_mancini([exporter])
        return self._bm[exporter]

    def account(self, name: str):
        if name not in self._accounts:
            self._accounts[name] = self.engine.content(name)
        return self._accounts[name]

    def has(self, region: str) -> bool:
        return region in self.content.regions


# -- the value-added memo -------------------------------------------------------------------------
# Value added by origin for one table year costs a fresh process ~0.9 s (scipy, the table, one LU);
# the memo holds its arrays (~0.6 MB for WIOD) and reads back in milliseconds with numpy alone. It
# is keyed by what the arrays derive from: the file's checksum, the load that put it in the
# warehouse (a rebuild may reconcile regions differently), the engine and this package.

def _memo_path(file: dict) -> Path:
    return (settings.cache_dir() / "derived"
            / f"va-content-{file['table_id']}-{file['year']}-{file['sha256'][:16]}.npz")


def _memo_key(file: dict) -> str:
    return json.dumps({
        "memo": MEMO_VERSION, "tradecheck": __version__, "numpy": np.__version__,
        "table_id": file["table_id"], "year": file["year"], "sha256": file["sha256"],
        "parser": file["parser"], "loaded": str(file["retrieved_at"]),
    }, sort_keys=True)


def _read_memo(path: Path, key: str) -> tuple[ContentByOrigin, int] | None:
    """The memoised content and row count, or ``None`` when the memo is missing, stale or bad."""
    try:
        with np.load(path, allow_pickle=False) as z:
            if str(z["key"]) != key:
                return None
            regions = tuple(str(r) for r in z["regions"])
            values, gross, rows = z["values"], z["gross"], int(z["rows"])
            unit, account, table = str(z["unit"]), str(z["account"]), str(z["table"])
    except (OSError, EOFError, ValueError, KeyError, TypeError, zipfile.BadZipFile):
        return None
    G = len(regions)
    if (G == 0 or len(set(regions)) != G or rows < G or values.dtype != np.float64
            or gross.dtype != np.float64 or values.shape != (G, G, G) or gross.shape != (G, G)):
        return None
    return ContentByOrigin(regions, values, gross, unit, account, table), rows


def _write_memo(path: Path, key: str, content: ContentByOrigin, rows: int) -> None:
    """Write the memo atomically (a temporary file, then a rename): readers see all of it or none."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                np.savez(out, key=np.array(key), regions=np.array(content.regions, dtype=str),
                         values=content.values, gross=content.gross, rows=np.array(rows),
                         unit=np.array(content.unit), account=np.array(content.account),
                         table=np.array(content.table))
            os.chmod(tmp, 0o644)  # mkstemp's 0o600 would hide it from others sharing the home
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        pass  # a read-only or full cache only costs the next process the computation


def warm_memos(ctx: Context, on_year=None, years: str = "latest") -> tuple[int, int]:
    """Write the value-added memos that are missing (``tradecheck build`` calls this, so the first
    check after a build reads a memo instead of solving a table, about 1 s each).

    ``years='latest'`` memoises the latest year of each table, the one a claim without a year is
    read against; ``'all'`` every year (about 0.6 s a WIOD year). ``on_year(label)`` is called after
    each year. Returns (memos written, memos already there).
    """
    written = kept = 0
    tables = [r[0] for r in ctx.rows("SELECT DISTINCT table_id FROM io_tables ORDER BY 1")]
    for table in tables:
        files = _files(ctx, table)
        for file in files if years == "all" else files[-1:]:
            io = _IOYear(ctx, file)
            if _read_memo(_memo_path(file), _memo_key(file)) is not None:
                kept += 1
            else:
                _ = io.content  # computes and writes the memo
                written += 1
            if on_year is not None:
                on_year(io.label)
    return written, kept


def _usd_per_unit(unit: str, label: str) -> float:
    if unit.lower().lstrip().startswith(("$ millions", "millions of u.s. dollars", "usd millions")):
        return 1e6
    raise ConfigError(f"The input-output table {label} is in {unit!r}; the value-added indicators "
                      f"report U.S. dollars and know only tables in $ millions.")


def _files(ctx: Context, table: str) -> list[dict]:
    """The io files of ``table`` published on or before the as-of date, one per year (latest)."""
    key = ("valueadded.files", table, ctx.as_of_sql)
    if key not in ctx.cache:
        known = [r[0] for r in ctx.rows("SELECT DISTINCT table_id FROM io_tables ORDER BY 1")]
        if table not in known:
            raise UnknownIdError("input-output table", table, known,
                                 f"The warehouse holds {', '.join(known) or 'no input-output table'}; "
                                 f"build it with that source first.")
        ctx.cache[key] = ctx.dicts(
            "SELECT t.table_id, t.year, t.n_rows, t.n_final, t.unit, f.file_id, f.source_id, f.path, "
            "f.url, f.release, f.release_date, f.sha256, f.parser, f.retrieved_at "
            "FROM io_tables t JOIN files f USING (file_id) "
            "WHERE t.table_id = ? AND f.release_date <= ? "
            "QUALIFY row_number() OVER (PARTITION BY t.year ORDER BY f.release_date DESC, "
            "f.file_id DESC) = 1 ORDER BY t.year", [table, ctx.as_of_sql])
    return ctx.cache[key]


def _open(ctx: Context, table: str, year: int) -> tuple[_IOYear | None, str | None]:
    """The table year (loaded once per context), or ``None`` and a note saying why not."""
    files = _files(ctx, table)
    match = [f for f in files if f["year"] == year]
    if not match:
        if files:
            cover = (f"the {files[0]['release']} ({table}) covers "
                     f"{files[0]['year']}–{files[-1]['year']}")
        else:
            cover = f"no release of {table} was published on or before {ctx.as_of_sql.isoformat()}"
        return None, f"No {table} input-output table for {year}: {cover}. {SETTLE}"
    key = ("valueadded.io", match[0]["file_id"])
    if key not in ctx.cache:
        ctx.cache[key] = _IOYear(ctx, match[0])
    return ctx.cache[key], None


def _missing_region(io: _IOYear, *ids: str | None) -> str | None:
    lacking = [i for i in ids if i is not None and not io.has(i)]
    if not lacking:
        return None
    return (f"{_names(lacking)} {'is' if len(lacking) == 1 else 'are'} not a separate region of "
            f"{io.label} ({len(io.content.regions) - 1} economies and the rest of the world, whose "
            f"figures are lumped together): the table cannot give {'it' if len(lacking) == 1 else 'them'}. "
            f"{SETTLE}")


def _name(country_id: str | None) -> str:
    if country_id is None:
        return "the world"
    try:
        name = countries.get(country_id).name
    except UnknownIdError:
        return country_id
    if name.startswith("Rest of "):
        return "the r" + name[1:]
    return f"the {name}" if name.startswith(_THE) else name


def _names(ids) -> str:
    names = [_name(i) for i in ids]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _to(importer: str | None) -> str:
    return "" if importer is None else f" to {_name(importer)}"


def _none(unit: str, label: str, definition: str, note: str) -> Result:
    return Result("", {}, None, unit, label, definition, notes=[note])


# -- value added by origin ----------------------------------------------------------------------

def va_in_exports(ctx: Context, origin: str, exporter: str, year: int, importer: str | None = None,
                  table: str = "wiod2013") -> Result:
    """Value added of ``origin`` embodied in the gross exports of ``exporter`` (to ``importer``)."""
    label = (f"Value added from {_name(origin)} in the gross exports of {_name(exporter)}"
             f"{_to(importer)}, {year}")
    definition = (f"Value added originating in {_name(origin)} embodied in the gross exports of "
                  f"{_name(exporter)}{_to(importer) or ' to all other regions'}, U.S. dollars.")
    io, note = _open(ctx, table, year)
    note = note or _missing_region(io, origin, exporter, importer) or _self_trade(exporter, importer)
    if note:
        return _none("USD", label, definition, note)
    c = io.content
    value = c.value(origin, exporter, importer) * io.scale
    gross = c.exports(exporter, importer) * io.scale
    foreign = [(o, v * io.scale) for o, v in c.by_origin(exporter, importer).items() if o != exporter]
    foreign.sort(key=lambda kv: -kv[1])
    detail = {
        "share_percent": 100 * value / gross if gross else None,
        "gross_exports_usd": gross,
        "top_foreign_origins": [{"origin": _name(o), "country_id": o, "value_usd": v,
                                 "share_percent": 100 * v / gross if gross else None}
                                for o, v in foreign[:10]],
    }
    return Result("", {}, value, "USD", label, f"{definition} {io.method}", [io.evidence],
                  notes=[f"{100 * value / gross:.2f}% of those gross exports "
                         f"(${gross / 1e9:,.1f} billion in the table)." if gross else
                         "The table records no such exports."],
                  detail=detail)


def va_ratio(ctx: Context, origin: str, other: str, exporter: str, year: int,
             importer: str | None = None, table: str = "wiod2013") -> Result:
    """How many times ``origin``'s value added in ``exporter``'s gross exports is ``other``'s."""
    a = va_in_exports(ctx, origin, exporter, year, importer, table)
    b = va_in_exports(ctx, other, exporter, year, importer, table)
    value = a.value / b.value if a.value is not None and b.value else None
    notes = []
    if value is None:
        notes = list(dict.fromkeys((a.notes if a.value is None else []) +
                                   (b.notes if b.value is None else [])))
    elif value < 1:
        notes.append(f"Value added from {_name(origin)} is {value:.2f} times that from "
                     f"{_name(other)}: smaller, not larger ({_name(other)}'s is {1 / value:.2f} "
                     f"times {_name(origin)}'s).")
    what = ("value added of each origin embodied in the same gross exports, so also the ratio of "
            "their shares of those exports.")
    return Result("", {}, value, "ratio",
                  f"Value added from {_name(origin)} relative to {_name(other)} in the gross "
                  f"exports of {_name(exporter)}{_to(importer)}, {year}",
                  f"{a.text} / {b.text}: {what}" if value is not None else f"The ratio of the "
                  f"{what}",
                  components=[a, b], notes=notes)


def va_domestic_share(ctx: Context, exporter: str, year: int, importer: str | None = None,
                      table: str = "wiod2013") -> Result:
    """Domestic value added as a percentage of ``exporter``'s gross exports (TiVA EXGR_DVASH)."""
    label = (f"Domestic value added share of the gross exports of {_name(exporter)}"
             f"{_to(importer)}, {year}")
    definition = (f"Value added originating in {_name(exporter)} itself, as a percentage of its gross "
                  f"exports{_to(importer)} (OECD TiVA's EXGR_DVASH concept; Borin-Mancini DVA plus "
                  f"domestic double counting).")
    io, note = _open(ctx, table, year)
    note = note or _missing_region(io, exporter, importer) or _self_trade(exporter, importer)
    if note:
        return _none("percent", label, definition, note)
    c = io.content
    dva = c.value(exporter, exporter, importer) * io.scale
    gross = c.exports(exporter, importer) * io.scale
    value = 100 * dva / gross if gross else None
    return Result("", {}, value, "percent", label, f"{definition} {io.method}", [io.evidence],
                  notes=[] if gross else ["The table records no such exports."],
                  detail={"domestic_value_added_usd": dva, "foreign_value_added_usd": gross - dva,
                          "gross_exports_usd": gross})


def va_returning(ctx: Context, partner: str, reporter: str, year: int,
                 table: str = "wiod2013") -> Result:
    """The reporter's own value added coming back in its imports from ``partner``."""
    label = (f"Value added from {_name(reporter)} returning in its imports from {_name(partner)}, "
             f"{year}")
    definition = (f"Value added originating in {_name(reporter)} embodied in the gross exports of "
                  f"{_name(partner)} to {_name(reporter)} (the table's imports: intermediate and "
                  f"final, basic prices, not Census customs values), U.S. dollars.")
    io, note = _open(ctx, table, year)
    note = note or _missing_region(io, reporter, partner) or _self_trade(partner, reporter)
    if note:
        return _none("USD", label, definition, note)
    c = io.content
    value = c.returning(reporter, partner) * io.scale
    imports = c.exports(partner, reporter) * io.scale
    share = 100 * value / imports if imports else None
    return Result("", {}, value, "USD", label, f"{definition} {io.method}", [io.evidence],
                  notes=[f"{share:.2f}% of those imports (${imports / 1e9:,.1f} billion in the "
                         f"table)." if imports else "The table records no such imports."],
                  detail={"share_percent": share, "imports_usd": imports})


def va_returning_ratio(ctx: Context, partner: str, other: str, reporter: str, year: int,
                       measure: str = "share", table: str = "wiod2013") -> Result:
    """The reporter's returning value added in imports from ``partner`` over that from ``other``.

    ``measure='share'`` compares the shares of each partner's exports to the reporter that are the
    reporter's own value added; ``'usd'`` compares the dollar amounts.
    """
    a = va_returning(ctx, partner, reporter, year, table)
    b = va_returning(ctx, other, reporter, year, table)
    label = (f"Value added from {_name(reporter)} returning in its imports from {_name(partner)} "
             f"relative to {_name(other)}, {year}")
    if a.value is None or b.value is None:
        notes = list(dict.fromkeys((a.notes if a.value is None else []) +
                                   (b.notes if b.value is None else [])))
        return Result("", {}, None, "ratio", label, f"The ratio of the value added from "
                      f"{_name(reporter)} returning in its imports from each partner.", components=[a, b], notes=notes)
    sa, sb = a.detail["share_percent"], b.detail["share_percent"]
    by = {"usd": (a.value / b.value if b.value else None),
          "share": (sa / sb if sa is not None and sb else None)}
    if measure == "share":
        definition = (f"{sa:.2f}% / {sb:.2f}%: the share of each partner's exports to "
                      f"{_name(reporter)} that is value added from {_name(reporter)} itself.")
    else:
        definition = (f"{a.text} / {b.text}: the value added from {_name(reporter)} returning in "
                      f"its imports from each partner, in dollars.")
    other_measure = "usd" if measure == "share" else "share"
    notes = []
    if by[other_measure] is not None:
        notes.append(f"By the other measure ({'dollars' if other_measure == 'usd' else 'shares'}) "
                     f"the ratio is {by[other_measure]:.2f}.")
    return Result("", {}, by[measure], "ratio", label, definition, components=[a, b], notes=notes,
                  detail={"ratio_of_shares": by["share"], "ratio_of_dollars": by["usd"]})


# -- Borin-Mancini ------------------------------------------------------------------------------

def gross_exports_decomposition(ctx: Context, exporter: str, year: int, importer: str | None = None,
                                table: str = "wiod2013") -> Result:
    """Borin-Mancini (2019) source-based decomposition of ``exporter``'s gross exports."""
    label = f"Decomposition of the gross exports of {_name(exporter)}{_to(importer)}, {year}"
    definition = (f"Gross exports of {_name(exporter)}{_to(importer) or ' to all other regions'} "
                  f"(the table's intermediate and final sales, U.S. dollars), split into the six "
                  f"source-based terms of Borin & Mancini (2019, World Bank PRWP 8804): "
                  + "; ".join(f"{k} = {v}" for k, v in BM_MEANING.items()) + ".")
    io, note = _open(ctx, table, year)
    note = note or _missing_region(io, exporter, importer) or _self_trade(exporter, importer)
    if note:
        return _none("USD", label, definition, note)
    pair = io.borin_mancini(exporter).pair(exporter, importer)
    gross = pair["gross"] * io.scale
    terms = {k: pair[k] * io.scale for k in BM_TERMS}
    total = sum(terms.values())
    detail = {
        "terms_usd": terms,
        "shares_percent": {k: 100 * v / gross if gross else None for k, v in terms.items()},
        "meaning": dict(BM_MEANING),
        "domestic_value_added_usd": terms["DAVAX"] + terms["REX"] + terms["REF"],
        "sum_of_terms_usd": total,
        "residual_usd": total - gross,
    }
    adds_up = (f"The six terms add up exactly to gross exports (sum minus gross exports: "
               f"{total - gross:+.3g} USD, floating-point rounding).")
    return Result("", {}, gross, "USD", label, f"{definition} {io.method}", [io.evidence],
                  notes=[adds_up], detail=detail)


# -- satellite accounts -------------------------------------------------------------------------

def io_satellite(ctx: Context, account: str, origin: str, exporter: str, year: int,
                 importer: str | None = None, table: str = "wiod2013") -> Result:
    """A satellite account (employment, emissions ...) of ``origin`` in ``exporter``'s exports."""
    label = (f"{account.capitalize()} of {_name(origin)} embodied in the gross exports of "
             f"{_name(exporter)}{_to(importer)}, {year}")
    definition = (f"The {account} account of {_name(origin)}'s industries, traced through the "
                  f"Leontief inverse into the gross exports of {_name(exporter)}{_to(importer)}.")
    unit = "USD millions" if account.startswith("va:") else "account units"
    io, note = _open(ctx, table, year)
    note = note or _missing_region(io, origin, exporter, importer) or _self_trade(exporter, importer)
    if note:
        return _none(unit, label, definition, note)
    try:
        c = io.account(account)
    except SatelliteUnavailableError:
        t = io.table
        why = SATELLITES_NOTE.get(t.table_id, "it was built without it")
        has = list(t.satellites) + [f"va:{code}" for code in t.va_codes]
        return _none(unit, label, definition,
                     f"The table {t.label} has no {account} account"
                     + (f" (its accounts: {', '.join(has)})" if has else ", nor any other")
                     + f": {why}. {SETTLE_SATELLITE}")
    return Result("", {}, c.value(origin, exporter, importer), unit, label,
                  f"{definition} {io.method}", [io.evidence])


def _self_trade(exporter: str, importer: str | None) -> str | None:
    if importer is not None and importer == exporter:
        return (f"A region does not export to itself: {_name(exporter)} is both the exporter and "
                f"the importer.")
    return None
