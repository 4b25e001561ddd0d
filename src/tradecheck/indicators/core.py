"""Indicator results, their evidence, and the context indicators are computed in.

Every :class:`Result` carries the figure, its unit, a plain-language definition, and the
:class:`Evidence` it rests on: the source file, its release and the rows read. Composite indicators
(ratios, per-capita figures, ranks) keep the results they were computed from in ``components``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, fields
from typing import Any

from ..errors import ConfigError

__all__ = ["Evidence", "Result", "Context", "fmt_value", "AS_OF_TABLES", "as_of_table", "stored_name"]

#: Tables indicators read, by name: a query whose every ``?`` is the as-of date. The build stores
#: each for the latest releases (:func:`stored_name`), so that a new process does not compute them
#: again; a context on another date makes a temporary one on first use (:meth:`Context.table`).
AS_OF_TABLES: dict[str, str] = {}


def as_of_table(name: str, query: str) -> str:
    """Declare the table ``name`` (when the indicator module reading it is imported)."""
    AS_OF_TABLES[name] = query
    return name


def stored_name(name: str) -> str:
    """The warehouse table holding ``name`` for the latest releases. It is named by its query's
    text, so that a table stored from another version of the query is never read."""
    digest = hashlib.sha256(AS_OF_TABLES[name].encode()).hexdigest()[:12]
    return f"latest_{name}_{digest}"


@dataclass(frozen=True)
class Evidence:
    """Rows of one publisher file a figure was read from."""

    source_id: str
    path: str                      # relative path in the mirror / cache layout
    release: str
    release_date: dt.date
    rows: tuple[int, ...]          # src_row of each row used (header = 1; JSON: array index)
    url: str = ""                  # official address
    column: str | None = None      # the file's column (or sheet) the figures are in
    note: str = ""                 # what these rows are ("exports to MEXICO (2010), Jan–Dec 2024")

    def cite(self) -> str:
        rows = _ranges(self.rows)
        where = f"{self.path}, row{'s' if len(self.rows) != 1 else ''} {rows}"
        if self.column:
            where += f", column {self.column}"
        return f"{where} ({self.release}, published {self.release_date.isoformat()})"


@dataclass
class Result:
    """An indicator's value with its evidence.

    ``value`` is ``None`` only when the figure does not exist in the loaded data (``notes`` then
    says why and which source would settle it).
    """

    indicator: str
    params: dict[str, Any]
    value: float | None
    unit: str                      # 'USD', 'persons', 'encounters', 'lb', 'kg', 'ratio', 'percent',
                                   # 'rank', 'USD per person', 'doses', 'USD millions'
    label: str                     # "U.S. goods exports to Mexico, 2024"
    definition: str                # what exactly was computed, and from what
    evidence: list[Evidence] = field(default_factory=list)
    components: list["Result"] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    detail: Any = None             # tables behind the figure (a ranking, a monthly series …)
    as_of: dt.date | None = None

    @property
    def text(self) -> str:
        return fmt_value(self.value, self.unit)

    def all_evidence(self) -> list[Evidence]:
        """This result's evidence and its components', without repeats, in order."""
        seen, out = set(), []
        for ev in [*self.evidence, *(e for c in self.components for e in c.all_evidence())]:
            key = (ev.path, ev.rows, ev.column)
            if key not in seen:
                seen.add(key)
                out.append(ev)
        return out

    def params_dict(self) -> dict:
        """The parameters as plain JSON values (periods and dates as text)."""
        return {k: _plain(v) for k, v in self.params.items()}

    def to_dict(self) -> dict:
        d = {
            "indicator": self.indicator,
            "params": self.params_dict(),
            "value": self.value,
            "unit": self.unit,
            "text": self.text,
            "label": self.label,
            "definition": self.definition,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "evidence": [_evidence_dict(e) for e in self.evidence],
            "components": [c.to_dict() for c in self.components],
            "notes": list(self.notes),
            "detail": _plain(self.detail),
        }
        return d


class Context:
    """What an indicator computes with: a read-only warehouse connection and the as-of date.

    ``as_of`` (a date, or ``None`` for the latest releases) selects the releases an indicator may
    use: only those published on or before it. ``cache`` memoises work shared between indicators
    in one session (e.g. a factorised input-output table).
    """

    LATEST = dt.date(9999, 12, 31)

    def __init__(self, con, as_of: dt.date | None = None):
        self.con = con
        self.as_of = as_of
        self.cache: dict = {}

    def dated(self, as_of: dt.date) -> Context:
        """The same connection and cache, as of another date (every cache key names its as-of
        date, so the two can share one): no second connection for a dated check."""
        other = Context(self.con, as_of)
        other.cache = self.cache
        return other

    @property
    def as_of_sql(self) -> dt.date:
        return self.as_of or self.LATEST

    def memo(self, key: tuple, make):
        """``make()``, made once per context for ``key`` (which names the as-of date where the value
        depends on it)."""
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def table(self, name: str) -> str:
        """The table ``name`` (:func:`as_of_table`) as of this context's date: the one the build
        stored for the latest releases, else a temporary one made on first use."""
        def make() -> str:
            if self.as_of is None and stored_name(name) in self._stored():
                return stored_name(name)
            query, table = AS_OF_TABLES[name], f"_{name}_{len(self.cache)}"
            self.con.execute(f"CREATE TEMP TABLE {table} AS {query}", [self.as_of_sql] * query.count("?"))
            return table
        return self.memo(("table", name, self.as_of_sql), make)

    def _stored(self) -> set[str]:
        """The stored tables of the warehouse, as its build recorded them beside the views' version
        (a warehouse built before there were any has none)."""
        def make() -> set[str]:
            views = self.rows("SELECT value FROM meta WHERE key = 'views'")
            return set(views[0][0].split(":")[1:]) if views else set()
        return self.memo(("stored tables",), make)

    def rows(self, query: str, params: list | None = None) -> list[tuple]:
        return self.con.execute(query, params or []).fetchall()

    def dicts(self, query: str, params: list | None = None) -> list[dict]:
        cursor = self.con.execute(query, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r)) for r in cursor.fetchall()]


def fmt_value(value: float | None, unit: str, decimals: int = 2) -> str:
    """A figure as a person would write it: "$334.03 billion", "2,135,005 encounters", "2.33×";
    ``decimals`` is for scaled dollars ("$334.0 billion" with 1, as corrections write them)."""
    if value is None:
        return "no data"
    if unit == "USD":
        return _dollars(value, decimals)
    if unit == "USD millions":
        return _dollars(value * 1e6, decimals)
    if unit == "USD per person":
        return f"${value:,.0f} per person"
    if unit == "ratio":
        return f"{value:,.2f}×"
    if unit == "percent":
        return f"{value:,.1f}%"
    if unit == "rank":
        return f"#{int(value)}"
    if unit in {"lb", "kg"}:
        return f"{value:,.1f} {unit}"
    if unit == "doses":
        return f"{value:,.0f} doses"   # a count of whole doses, though the arithmetic leaves a fraction
    if float(value).is_integer():
        return f"{int(value):,} {unit}".rstrip()
    return f"{value:,.2f} {unit}".rstrip()


def _dollars(v: float, decimals: int = 2) -> str:
    sign, a = ("-" if v < 0 else ""), abs(v)
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if a >= scale:
            return f"{sign}${a / scale:,.{decimals}f} {word}"
    return f"{sign}${a:,.0f}"


def _ranges(rows: tuple[int, ...]) -> str:
    """``(2, 3, 4, 9)`` -> ``'2-4, 9'``."""
    if not rows:
        return "-"
    out, start, prev = [], rows[0], rows[0]
    limit = 8
    for r in [*rows[1:], None]:
        if r is not None and r == prev + 1:
            prev = r
            continue
        out.append(f"{start}" if start == prev else f"{start}-{prev}")
        if r is not None:
            start = prev = r
    if len(out) > limit:  # the full list stays in the JSON evidence
        return ", ".join(out[:limit]) + f", … ({len(rows)} rows in all)"
    return ", ".join(out)


def _evidence_dict(e: Evidence) -> dict:
    # field by field: asdict() deep-copies every row number (a ranking cites ~200,000 rows)
    d = {f.name: getattr(e, f.name) for f in fields(e)}
    d["release_date"] = e.release_date.isoformat()
    d["rows"] = list(e.rows)
    d["cite"] = e.cite()
    return d


def _plain(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if hasattr(v, "label") and not isinstance(v, (str, int, float)):
        return v.label
    return v


def require(condition: bool, message: str) -> None:
    if not condition:
        raise ConfigError(message)
