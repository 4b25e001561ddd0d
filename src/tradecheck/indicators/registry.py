"""The indicator catalogue (``catalogue.toml``) and how an indicator is run.

Each indicator is defined once: its name, title, description, unit and parameters in the catalogue;
its computation in a family module (``trade.py``, ``border.py``, ``valueadded.py`` …) as a function
``f(ctx, **params) -> Result``. Parameters are parsed here by type, so a family function receives
country ids, :class:`Period` objects and numbers, never raw text.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Callable

from .. import countries, db, settings
from ..errors import ConfigError, UnknownIdError
from .core import AS_OF_TABLES, Context, Result
from .periods import Period

__all__ = ["Param", "IndicatorSpec", "catalogue", "get", "run", "parse_partners", "open_context"]


@dataclass(frozen=True)
class Param:
    name: str
    type: str                 # partners | country | period | int | float | str | date
    help: str
    default: Any = None
    required: bool = False
    choices: tuple[str, ...] = ()

    def parse(self, value: Any) -> Any:
        """Turn a CLI/API value into what the family function receives."""
        if value is None:
            return None
        try:
            if self.type == "partners":
                return parse_partners(value)
            if self.type == "country":
                return countries.resolve(str(value)).country_id
            if self.type == "period":
                return Period.parse(value)
            if self.type == "int":
                return int(value)
            if self.type == "float":
                return float(value)
            if self.type == "date":
                return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
        except ValueError as exc:
            raise ConfigError(f"Parameter {self.name!r}: {value!r} is not a valid {self.type} ({exc}).") from None
        value = str(value)
        if self.choices and value not in self.choices:
            raise UnknownIdError(f"value for {self.name!r}", value, self.choices,
                                 f"Choose one of: {', '.join(self.choices)}.")
        return value


@dataclass(frozen=True)
class IndicatorSpec:
    name: str
    title: str
    description: str
    unit: str
    family: str
    function: str
    params: tuple[Param, ...]
    fixed: dict = field(default_factory=dict, hash=False)

    @property
    def implementation(self) -> Callable[..., Result]:
        module = importlib.import_module(f"{__package__}.{self.family}")
        return getattr(module, self.function)

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """Check and parse ``given`` against the declared parameters."""
        names = {p.name for p in self.params}
        for key in given:
            if key not in names:
                raise UnknownIdError(f"parameter of {self.name}", key, names,
                                     f"{self.name} takes: {', '.join(sorted(names)) or 'nothing'}.")
        out = {}
        for p in self.params:
            value = given.get(p.name, p.default)
            if value is None and p.required:
                raise ConfigError(f"Indicator {self.name} needs --{p.name.replace('_', '-')}: {p.help}")
            out[p.name] = p.parse(value)
        return out


@cache
def catalogue() -> dict[str, IndicatorSpec]:
    """Every indicator, by name: one catalogue file per family (``trade.toml`` …), in name order."""
    specs = {}
    files = sorted(f for f in resources.files(__package__).iterdir() if f.name.endswith(".toml"))
    entries = [(n, e) for f in files for n, e in tomllib.loads(f.read_text("utf-8"))["indicators"].items()]
    for name, entry in entries:
        if name in specs:
            raise ValueError(f"indicator {name!r} is defined twice in the catalogue files")
        params = tuple(Param(**{**p, "choices": tuple(p.get("choices", ()))})
                       for p in entry.get("params", []))
        specs[name] = IndicatorSpec(name, entry["title"], entry["description"].strip(), entry["unit"],
                                    entry["family"], entry.get("function", name), params,
                                    dict(entry.get("fixed", {})))
    return specs


def as_of_tables() -> dict[str, str]:
    """Every table the indicators declare (:func:`.core.as_of_table`), by name, their modules
    imported first."""
    for family in sorted({spec.family for spec in catalogue().values()}):
        importlib.import_module(f"{__package__}.{family}")
    return dict(AS_OF_TABLES)


def get(name: str) -> IndicatorSpec:
    specs = catalogue()
    if name not in specs:
        raise UnknownIdError("indicator", name, specs, "Run `tradecheck indicators` to list them.")
    return specs[name]


def open_context(as_of: dt.date | str | None = None) -> Context:
    """A context on the current warehouse (read-only)."""
    if isinstance(as_of, str):
        as_of = Param("as_of", "date", "").parse(as_of)
    return Context(db.connect(settings.warehouse_path()), as_of)


def run(name: str, *, as_of: dt.date | str | None = None, ctx: Context | None = None,
        **params: Any) -> Result:
    """Compute indicator ``name`` with ``params`` (as of a date, or on the latest releases).

    Raises:
        UnknownIdError: unknown indicator, parameter, country or choice (with suggestions).
        ConfigError: a missing or malformed parameter.
        NotBuiltError: no warehouse yet.
    """
    spec = get(name)
    bound = spec.bind(params)
    own = ctx is None
    ctx = ctx or open_context(as_of)
    try:
        result = spec.implementation(ctx, **spec.fixed, **bound)
    finally:
        if own:
            ctx.con.close()
    result.indicator = name
    result.params = {k: v for k, v in bound.items() if v is not None}
    result.as_of = ctx.as_of
    return result


def parse_partners(value: Any) -> tuple[str, ...]:
    """``"Mexico and Canada"``, ``"Mexico, Canada"``, ``["MEX", "CAN"]`` -> ``("MEX", "CAN")``.

    A comma may also belong to a name ("Korea, South"): adjacent pieces are joined back when
    together they name a country.
    """
    if isinstance(value, (list, tuple)):
        pieces = [str(v) for v in value]
    else:
        pieces = [p for p in re.split(r"\s*(?:,|\+|&|;|\band\b)\s*", str(value)) if p.strip()]
    ids, i = [], 0
    while i < len(pieces):
        if i + 1 < len(pieces) and _known(f"{pieces[i]}, {pieces[i + 1]}"):
            ids.append(_known(f"{pieces[i]}, {pieces[i + 1]}"))
            i += 2
            continue
        ids.append(countries.resolve(pieces[i].strip()).country_id)
        i += 1
    if not ids:
        raise ConfigError("Name at least one partner (a country, or a group like 'USMCA').")
    return tuple(dict.fromkeys(ids))


def _known(text: str) -> str | None:
    found = countries.find(text)
    return found.country_id if found else None
