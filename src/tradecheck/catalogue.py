"""The source catalogue (``catalogue.toml``) read into typed, immutable records."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .errors import UnknownIdError

__all__ = ["FileSpec", "SourceMeta", "load", "source_meta"]


@dataclass(frozen=True)
class FileSpec:
    """One publisher file: where it sits in the mirror/cache layout and where it comes from.

    ``role`` is ``"data"`` (parsed into fact rows), ``"labels"`` (parsed for labels only) or
    ``"document"`` (kept in provenance, not parsed: e.g. the PDF a CSV was transcribed from).
    """

    path: str
    release: str
    release_date: dt.date
    url: str | None = None
    page: str | None = None
    link: str | None = None
    sha256: str | None = None
    role: str = "data"
    transcribes: str | None = None
    zip_member: str | None = None

    @property
    def official_address(self) -> str:
        return self.url or self.page or ""


@dataclass(frozen=True)
class SourceMeta:
    id: str
    title: str
    publisher: str
    url: str
    licence: str
    cadence: str
    unit: str
    coverage: str
    tables: tuple[str, ...]
    files: tuple[FileSpec, ...]
    notes: str = ""
    optional: bool = False
    mirror_only: bool = False
    extra: dict = field(default_factory=dict, compare=False, hash=False)


@cache
def load() -> dict[str, SourceMeta]:
    """Return every catalogue entry by source id, in catalogue order."""
    text = resources.files("tradecheck").joinpath("catalogue.toml").read_text("utf-8")
    raw = tomllib.loads(text)["sources"]
    metas = {}
    known = set(SourceMeta.__dataclass_fields__)
    for sid, entry in raw.items():
        entry = dict(entry)
        files = tuple(FileSpec(**f) for f in entry.pop("files", []))
        tables = tuple(entry.pop("tables", ()))
        extra = {k: entry.pop(k) for k in list(entry) if k not in known}
        metas[sid] = SourceMeta(id=sid, files=files, tables=tables, extra=extra, **entry)
    return metas


def source_meta(source_id: str) -> SourceMeta:
    """Return one catalogue entry; raise :class:`UnknownIdError` with suggestions."""
    metas = load()
    try:
        return metas[source_id]
    except KeyError:
        raise UnknownIdError("source", source_id, metas, "Run `tradecheck sources` to list them.")
