"""Regular expressions compiled once per machine rather than once per process.

The claim reader holds about 500 patterns, some of them long alternations of words, and Python's
:mod:`re` spends about 0.6 s parsing and compiling them in each new process: a third of a cold
``tradecheck check``. This module is a drop-in for the part of :mod:`re` the claims modules use
(``from . import recache as re``). It compiles a pattern as :mod:`re` does, keeps it for the process,
and also keeps the compiled program on disk (``cache/derived`` of the tradecheck home), so the next
process rebuilds the pattern from its program without parsing it.

The disk store is keyed by everything the program depends on: the pattern's text and flags, and the
interpreter (implementation, version and the regular-expression engine's magic number). Building a
pattern from a stored program goes through the engine's own constructor, which validates the program;
anything wrong with the store (missing, unreadable, another interpreter's, an entry the engine refuses)
only means compiling afresh. On an interpreter without the internals this needs, every pattern is
simply compiled by :func:`re.compile`.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from re import IGNORECASE, Match, Pattern, I, escape

from .. import settings

try:  # CPython's engine internals, as re.compile itself uses them (Python 3.11 to 3.13)
    import _sre
    from re import _compiler, _parser

    _CODE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
    _ENGINE = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError, StopIteration):  # pragma: no cover - another interpreter
    _ENGINE = None

__all__ = ["compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "split",
           "escape", "Match", "Pattern", "I", "IGNORECASE", "Store", "store_path"]

#: A stored program: (flags as compiled, the program's words as bytes, groups, group index, index group).
Entry = tuple[int, bytes, int, dict, tuple]
#: Past this many stored programs (patterns edited over many versions), the store keeps only those
#: this process used.
MAX_STORED = 5000

_patterns: dict[tuple[str, int], re.Pattern] = {}
_store: Store | None = None   # opened on the first pattern compiled


def store_path() -> Path | None:
    """The file holding this interpreter's compiled programs, or ``None`` where there is none."""
    if _ENGINE is None:
        return None
    return settings.cache_dir() / "derived" / f"regex-{_ENGINE}.marshal"


def compile(pattern: str | re.Pattern, flags: int = 0) -> re.Pattern:
    """The compiled ``pattern``, as :func:`re.compile` makes it."""
    global _store
    if isinstance(pattern, re.Pattern):
        return pattern
    key = (pattern, int(flags))
    try:
        return _patterns[key]
    except KeyError:
        pass
    if _ENGINE is None:
        compiled = re.compile(pattern, flags)
    else:
        if _store is None:
            _store = Store(store_path())
            atexit.register(_store.save)
        compiled = _store.pattern(*key)
    _patterns[key] = compiled
    return compiled


def search(pattern, string: str, flags: int = 0) -> re.Match | None:
    return compile(pattern, flags).search(string)


def match(pattern, string: str, flags: int = 0) -> re.Match | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string: str, flags: int = 0) -> re.Match | None:
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern, string: str, flags: int = 0):
    return compile(pattern, flags).finditer(string)


def findall(pattern, string: str, flags: int = 0) -> list:
    return compile(pattern, flags).findall(string)


def sub(pattern, repl, string: str, count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def split(pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list:
    return compile(pattern, flags).split(string, maxsplit)


# -- the store ------------------------------------------------------------------------------------

class Store:
    """The compiled programs kept in one file: read when opened, written back by :meth:`save` when
    this process compiled a pattern the file did not have."""

    def __init__(self, path: Path):
        self.path = path
        self.entries = self._read()
        self.used: dict[tuple[str, int], Entry] = {}
        self.added = False

    def pattern(self, pattern: str, flags: int) -> re.Pattern:
        """``pattern`` built from its stored program, or compiled (and stored) when there is none
        or the engine refuses it."""
        key = (pattern, flags)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                built = _build(pattern, entry)
            except (RuntimeError, TypeError, ValueError, OverflowError):  # refused: compile afresh
                pass
            else:
                self.used[key] = entry
                return built
        entry = self.used[key] = self.entries[key] = _program(pattern, flags)
        self.added = True
        return _build(pattern, entry)

    def save(self) -> None:
        """Write the file atomically (a temporary file, then a rename). A file that cannot be
        written is no error: the next process compiles again."""
        if not self.added:
            return
        self.added = False
        keep = self.entries if len(self.entries) <= MAX_STORED else self.used
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as out:
                    marshal.dump(keep, out)
                os.chmod(tmp, 0o644)  # mkstemp's 0o600 would hide it from others sharing the home
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise

    def _read(self) -> dict[tuple[str, int], Entry]:
        try:
            with open(self.path, "rb") as f:
                entries = marshal.load(f)
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return entries if isinstance(entries, dict) else {}


def _program(pattern: str, flags: int) -> Entry:
    """Parse and compile ``pattern`` to the engine's program, as ``re._compiler.compile`` does."""
    parsed = _parser.parse(pattern, flags)
    state = parsed.state
    indexgroup = [None] * state.groups
    for name, i in state.groupdict.items():
        indexgroup[i] = name
    code = array(_CODE, _compiler._code(parsed, flags)).tobytes()
    return int(flags | state.flags), code, state.groups - 1, dict(state.groupdict), tuple(indexgroup)


def _build(pattern: str, entry: Entry) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array(_CODE, code).tolist(), groups, groupindex, indexgroup)
