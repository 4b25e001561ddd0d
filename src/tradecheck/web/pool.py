"""Checkers shared by the web app's worker threads, and moved to a new warehouse when a build
swaps one in.

A build writes a new file and swaps it in with ``os.replace``, so a connection always sees one
complete warehouse: the one it opened. DuckDB keeps one database instance per path while any
connection to it is open, so a connection opened after a swap would still get the *old* file while
an old connection lives. The pool therefore moves in generations: when the file on disk changes,
idle checkers are closed at once, busy ones when their request ends, and new checkers open only
once no old one is left (new requests wait for the old ones in flight, milliseconds).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from .. import settings
from ..claims import Checker

__all__ = ["CheckerPool", "WarehouseVersion"]


@dataclass(frozen=True)
class WarehouseVersion:
    """Identifies one warehouse file (a swap makes a new inode)."""

    inode: int
    mtime_ns: int

    @classmethod
    def current(cls) -> WarehouseVersion | None:
        try:
            st = os.stat(settings.warehouse_path())
        except FileNotFoundError:
            return None
        return cls(st.st_ino, st.st_mtime_ns)


class _Pooled:
    def __init__(self, version: WarehouseVersion | None):
        self.version = version
        self.checker = Checker()
        self.built_at = self.checker.ctx.rows("SELECT value FROM meta WHERE key = 'built_at'")[0][0]


#: A checker whose cache holds more entries than this is closed when its request ends. Each as-of
#: date a request names (``as_of``, or a text that dates itself) adds entries and temporary tables
#: to the connection; this keeps a long-running server's memory bounded (a warm checker holds ~100).
MAX_CACHE_ENTRIES = 500


class CheckerPool:
    """At most ``size`` checkers on the current warehouse, each used by one thread at a time."""

    def __init__(self, size: int = 4, max_cache_entries: int = MAX_CACHE_ENTRIES):
        self.size, self.max_cache_entries = size, max_cache_entries
        self._cond = threading.Condition()
        self._idle: list[_Pooled] = []
        self._busy: list[_Pooled] = []
        self._version: WarehouseVersion | None = None

    @contextmanager
    def checker(self) -> Iterator[_Pooled]:
        """A checker on the newest complete warehouse, for the duration of one request.

        Raises:
            NotBuiltError: there is no warehouse.
        """
        item = self._take()
        try:
            yield item
        finally:
            self._give(item)

    def _take(self) -> _Pooled:
        with self._cond:
            while True:
                now = WarehouseVersion.current()
                if now != self._version:
                    self._retire_idle()
                    self._version = now
                if self._idle:
                    item = self._idle.pop()
                    self._busy.append(item)
                    return item
                old = [b for b in self._busy if b.version != now]
                if not old and len(self._busy) < self.size:
                    break
                self._cond.wait(timeout=0.5)
            slot = _Reserved(now)
            self._busy.append(slot)
        try:
            item = _Pooled(now)
        except BaseException:
            with self._cond:
                self._busy.remove(slot)
                self._cond.notify_all()
            raise
        with self._cond:
            self._busy[self._busy.index(slot)] = item
        return item

    def _give(self, item: _Pooled) -> None:
        with self._cond:
            self._busy.remove(item)
            if (item.version == self._version == WarehouseVersion.current()
                    and len(item.checker.ctx.cache) <= self.max_cache_entries):
                self._idle.append(item)
            else:
                item.checker.close()
            self._cond.notify_all()

    def _retire_idle(self) -> None:
        for item in self._idle:
            item.checker.close()
        self._idle.clear()

    def close(self) -> None:
        with self._cond:
            self._retire_idle()


class _Reserved:
    """A place held in the pool while a checker opens (outside the lock)."""

    def __init__(self, version: WarehouseVersion | None):
        self.version = version
