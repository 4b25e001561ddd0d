"""The source registry: one module per publisher dataset, all behind one seam.

Built-in sources are the modules of this package named after their catalogue id; extensions register
the same way, through the ``tradecheck.sources`` entry-point group (each entry point names a
:class:`Source` subclass whose ``meta`` class attribute holds its catalogue record).

Adding a source is a checklist: a catalogue entry in ``catalogue.toml``, a module here, a fixture in
the publisher's format under ``tests/fixtures/<id>/``, and the contract test in
``tests/test_sources_contract.py`` runs over it with no further code.
"""

from __future__ import annotations

import importlib
from functools import cache
from importlib.metadata import entry_points

from .. import catalogue
from ..errors import UnknownIdError
from .base import Check, Parsed, Source

__all__ = ["Source", "Parsed", "Check", "registry", "get"]


@cache
def registry() -> dict[str, Source]:
    """Every registered source, built-ins first (catalogue order), then extensions."""
    found: dict[str, Source] = {}
    for sid, meta in catalogue.load().items():
        module = importlib.import_module(f"{__name__}.{sid}")
        cls = _source_class(module, sid)
        found[sid] = cls(meta)
    for ep in entry_points(group="tradecheck.sources"):
        cls = ep.load()
        found[cls.id] = cls(cls.meta)
    return found


def _source_class(module, sid: str) -> type[Source]:
    for value in vars(module).values():
        if isinstance(value, type) and issubclass(value, Source) and getattr(value, "id", None) == sid:
            return value
    raise TypeError(f"module {module.__name__} defines no Source subclass with id {sid!r}")


def get(source_id: str) -> Source:
    """Return the registered source ``source_id``; raise :class:`UnknownIdError` with suggestions."""
    sources = registry()
    if source_id not in sources:
        raise UnknownIdError("source", source_id, sources, "Run `tradecheck sources` to list them.")
    return sources[source_id]
