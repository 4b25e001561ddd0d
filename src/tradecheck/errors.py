"""Errors raised by tradecheck.

Every error the package raises on purpose derives from :class:`TradecheckError`, and its message is a
full sentence: what went wrong, where, and what to do next. Exceptions of the libraries we use
(httpx, duckdb, pyarrow, calamine, rdata) are wrapped where they cross into our code.

    TradecheckError
    ├── ConfigError            a setting or argument has a value we cannot use
    ├── InputError             a text to check is empty, binary, not UTF-8 or too large
    ├── UnknownIdError         a country, source or indicator id is not known ("Did you mean …?")
    ├── SourceError            something is wrong with a publisher's file
    │   ├── FetchError         a download failed after its retries
    │   ├── ChecksumError      a file's bytes differ from the checksum it should have
    │   ├── MissingFileError   a file the source needs is not in the mirror or cache
    │   └── ParseError         a file cannot be read as the publisher's layout
    │       └── LayoutError    the header, sheet or columns are not the expected ones
    ├── CheckError             loaded figures disagree with a total the publisher states
    └── WarehouseError         the warehouse file is missing, locked or refuses a query
        ├── NotBuiltError      no warehouse has been built yet
        └── QueryError         a query was refused (writes) or failed
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = [
    "TradecheckError",
    "ConfigError",
    "InputError",
    "UnknownIdError",
    "SourceError",
    "FetchError",
    "ChecksumError",
    "MissingFileError",
    "ParseError",
    "LayoutError",
    "CheckError",
    "WarehouseError",
    "NotBuiltError",
    "QueryError",
]


class TradecheckError(Exception):
    """Root of every error tradecheck raises on purpose."""


class ConfigError(TradecheckError):
    """A setting or argument has a value tradecheck cannot use."""


class InputError(TradecheckError):
    """A text to check is empty, binary, not UTF-8 or too large."""


class UnknownIdError(TradecheckError, LookupError):
    """An id (country, source, indicator …) is not known.

    The message offers the closest known ids, like ``Did you mean 'Mexico'?``.
    """

    def __init__(self, kind: str, value: str, known: Iterable[str], hint: str = ""):
        self.kind, self.value = kind, value
        self.suggestions = difflib.get_close_matches(value, list(known), n=3, cutoff=0.6)
        message = f"Unknown {kind} {value!r}."
        if self.suggestions:
            message += " Did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        if hint:
            message += " " + hint
        super().__init__(message)


class SourceError(TradecheckError):
    """Something is wrong with a publisher's file."""


class FetchError(SourceError):
    """A download failed after its retries."""


class ChecksumError(SourceError):
    """A file's bytes differ from the checksum it should have."""


class MissingFileError(SourceError):
    """A file a source needs is not in the mirror or the download cache."""


class ParseError(SourceError):
    """A file cannot be read as the publisher's layout.

    ``path`` names the file and ``where`` the row, column, sheet or cell, when known.
    """

    def __init__(self, path: object, problem: str, where: str = "", fix: str = ""):
        self.path, self.problem, self.where = str(path), problem, where
        place = f" ({where})" if where else ""
        message = f"Cannot read {self.path}{place}: {problem}"
        if not message.endswith("."):
            message += "."
        message += " " + (fix or "Check that the file is complete and in the publisher's layout, "
                          "or download it again.")
        super().__init__(message)


class LayoutError(ParseError):
    """The header, sheet or columns of a file are not the ones the publisher used to publish.

    The message lists the expected and the found names, so that a changed layout is easy to see.
    ``what`` says what the names are: ``"columns"`` (the default), ``"sheets"`` for a workbook's
    sheet names, ``"R objects"`` ...
    """

    def __init__(self, path: object, expected: Iterable[str], found: Iterable[str], where: str = "",
                 what: str = "columns"):
        self.expected, self.found, self.what = list(expected), list(found), what
        missing = [c for c in self.expected if c not in self.found]
        problem = (
            f"expected {what} {self.expected}, found {self.found}"
            + (f"; missing {missing}" if missing else "")
        )
        super().__init__(
            path,
            problem,
            where,
            fix="The publisher may have changed the layout: compare with the documented columns, "
            "and update the source module if the change is real.",
        )


class CheckError(TradecheckError):
    """Loaded figures disagree with a total the publisher states."""


class WarehouseError(TradecheckError):
    """The warehouse file is missing, locked or refuses a query."""


class NotBuiltError(WarehouseError):
    """No warehouse has been built yet."""


class QueryError(WarehouseError):
    """A query was refused (it writes) or failed."""
