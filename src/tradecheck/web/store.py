"""Checked texts kept for their shareable address: ``/r/<id>``, where ``id`` is derived from the text,
its name and the as-of date, so the same text always gets the same address (and checking it twice stores it
once). Only the text is stored; the verdicts are recomputed on the warehouse in use when opened.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .. import settings

__all__ = ["Stored", "load", "result_id", "save"]

_ID = re.compile(r"^[0-9a-f]{16}$")


@dataclass(frozen=True)
class Stored:
    id: str
    text: str
    as_of: str | None
    name: str


def result_id(text: str, as_of: str | None, name: str = "") -> str:
    return hashlib.sha256(f"{as_of or ''}\n{name}\n{text}".encode()).hexdigest()[:16]


def _folder() -> Path:
    return settings.home() / "shared"


def save(text: str, as_of: str | None, name: str = "") -> Stored:
    item = Stored(result_id(text, as_of, name), text, as_of, name)
    path = _folder() / f"{item.id}.json"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"text": text, "as_of": as_of, "name": name}, f, ensure_ascii=False)
        os.replace(tmp, path)
    return item


def load(result: str) -> Stored | None:
    """The stored text behind an id, or ``None`` (unknown or malformed id)."""
    if not _ID.match(result):
        return None
    path = _folder() / f"{result}.json"
    try:
        data = json.loads(path.read_text("utf-8"))
    except (FileNotFoundError, ValueError):
        return None
    return Stored(result, data["text"], data.get("as_of"), data.get("name", ""))
