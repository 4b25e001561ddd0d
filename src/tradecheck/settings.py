"""Settings: one table of names, defaults and help, each overridable by a ``TRADECHECK_*`` variable.

This is the only module-level state of the package. Code asks ``settings.get("home")``; nothing
reads ``os.environ`` elsewhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import platformdirs

from .errors import ConfigError

__all__ = ["Setting", "SETTINGS", "get", "home", "warehouse_path", "cache_dir"]


@dataclass(frozen=True)
class Setting:
    name: str
    default: Callable[[], object]
    help: str
    parse: Callable[[str], object] = str

    @property
    def env(self) -> str:
        return "TRADECHECK_" + self.name.upper()


def _positive_float(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise ValueError("must be positive")
    return value


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise ValueError("must be zero or more")
    return value


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in [
        Setting("home", lambda: platformdirs.user_data_dir("tradecheck"),
                "Folder holding the warehouse file and the download cache.", str),
        Setting("mirror", lambda: None,
                "Read official files from this folder (laid out like shared/data) instead of "
                "downloading them.", str),
        Setting("http_timeout", lambda: 60.0, "Seconds before one HTTP request gives up.",
                _positive_float),
        Setting("http_retries", lambda: 4, "Extra attempts after a failed download.", _count),
        Setting("debug", lambda: False, "Show tracebacks of unexpected errors (1/true).",
                lambda t: t.strip().lower() in {"1", "true", "yes", "on"}),
        Setting("census_api_key", lambda: None,
                "Optional key for the Census API (raises the daily request limit).", str),
    ]
}


def get(name: str) -> object:
    """Return a setting's value: its ``TRADECHECK_*`` variable if set, else its default."""
    setting = SETTINGS[name]
    raw = os.environ.get(setting.env)
    if raw is None or raw == "":
        return setting.default()
    try:
        return setting.parse(raw)
    except ValueError as exc:
        raise ConfigError(
            f"{setting.env}={raw!r} is not a valid value ({exc}). {setting.help} "
            f"Unset it to use the default."
        ) from None


def home() -> Path:
    return Path(str(get("home"))).expanduser()


def warehouse_path() -> Path:
    return home() / "warehouse.duckdb"


def cache_dir() -> Path:
    return home() / "cache"
