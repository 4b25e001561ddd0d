"""What every source module builds on: the :class:`Source` seam and the checked readers.

A source module subclasses :class:`Source`, names its catalogue id and implements
:meth:`Source.parse`, which turns one publisher file into tidy Arrow tables whose columns are those
of ``warehouse/schema.sql`` (less ``file_id`` and ``country_id``, which the build adds). ``parse``
never touches the network. Fetching is :meth:`Source.fetch`; the default downloads each catalogue
file from its official address, a module overrides it only where its publisher differs.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Iterable, Sequence

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from ..catalogue import FileSpec, SourceMeta
from ..errors import LayoutError, ParseError

if TYPE_CHECKING:
    from ..net import Fetcher

__all__ = [
    "Check",
    "Parsed",
    "Source",
    "MONTHS",
    "fiscal_to_calendar",
    "ensure_not_empty",
    "ensure_text_file",
    "read_csv",
    "locate_csv_problem",
    "read_sheets",
    "find_header",
    "header_index",
    "clean_label",
    "reject_rows",
    "check_unique",
]

NEWLINE = b"\n"
#: What Arrow reads as an integer: digits, an optional minus, surrounding blanks (not '+5', '1e3').
_WHOLE = re.compile(r"\s*-?\d+\s*")
MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], start=1)}


@dataclass(frozen=True)
class Check:
    """One check made on a file: ``status`` is ``"pass"`` or ``"warn"``.

    A check that fails outright raises :class:`~tradecheck.errors.CheckError` instead.
    """

    check_id: str
    status: str
    detail: str


@dataclass
class Parsed:
    """What :meth:`Source.parse` returns: Arrow tables by warehouse table name, and its checks."""

    tables: dict[str, pa.Table] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(t.num_rows for t in self.tables.values())


class Source:
    """A publisher's dataset: its catalogue entry, how to fetch it and how to read its files."""

    id: ClassVar[str]
    #: Bump when ``parse`` output changes, so that unchanged files are re-read on the next build.
    version: ClassVar[int] = 1

    def __init__(self, meta: SourceMeta):
        self.meta = meta

    def files(self) -> tuple[FileSpec, ...]:
        return self.meta.files

    def parse(self, path: Path, spec: FileSpec) -> Parsed:
        """Read one publisher file (``spec.role == "data"`` or ``"labels"``) into tidy rows."""
        raise NotImplementedError

    def fetch(self, fetcher: "Fetcher", root: Path) -> None:
        """Download every file of the source into ``root`` (the cache, laid out like the mirror)."""
        for spec in self.files():
            fetcher.fetch_spec(spec, root / spec.path)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id!r}>"


def fiscal_to_calendar(fiscal_year: int, month: int) -> int:
    """The calendar year of ``month`` in U.S. federal fiscal year ``fiscal_year`` (Oct-Sep)."""
    return fiscal_year - 1 if month >= 10 else fiscal_year


def ensure_not_empty(path: Path) -> None:
    """Refuse a file that cannot be opened or holds no bytes (for binary formats).

    Raises:
        ParseError: the file is missing, unreadable or empty.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ParseError(path, f"the file cannot be opened ({exc.strerror})") from None
    if size == 0:
        raise ParseError(path, "the file is empty", fix="Download it again or restore it from the mirror.")


def ensure_text_file(path: Path, what: str = "CSV text") -> None:
    """Refuse an empty or binary file with a message that says which."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        raise ParseError(path, f"the file cannot be opened ({exc.strerror})") from None
    if not head.strip():
        raise ParseError(path, "the file is empty", fix="Download it again or restore it from the mirror.")
    if b"\x00" in head:
        raise ParseError(path, f"the file is binary, not {what}",
                         fix="The download may have saved an error page or a different format; "
                             "download it again.")


def read_csv(
    path: Path,
    expected: Sequence[str],
    types: dict[str, pa.DataType] | None = None,
) -> pa.Table:
    """Read a publisher CSV whose header must hold ``expected`` columns.

    Returns an Arrow table with the expected columns (in that order) and a leading ``src_row``
    column: the 1-based line of the file each row comes from (the header is line 1).

    Raises:
        ParseError: the file is empty, binary, truncated or has a value of the wrong type.
        LayoutError: the header lacks an expected column (the message lists both).
    """
    ensure_text_file(path)
    with open(path, "rb") as fh:
        data = fh.read()
    if data[-1:] not in (b"\n", b"\r"):
        # Every publisher ends its CSV with a line break: a file that stops mid-line was cut.
        raise ParseError(path, "the last line has no line ending, so the file looks truncated",
                         where=f"line {data.count(NEWLINE) + 1}")
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        header = next(csv.reader(fh), [])
    header = [h.strip() for h in header]
    if any(c not in header for c in expected):
        raise LayoutError(path, expected, header, where="line 1")
    types = types or {}
    try:
        table = pacsv.read_csv(
            path,
            read_options=pacsv.ReadOptions(use_threads=True),
            convert_options=pacsv.ConvertOptions(
                include_columns=list(expected),
                column_types={c: types.get(c, pa.string()) for c in expected},
                # No value is silently missing: "NA", "n/a" or a blank in a numeric column is an
                # error that names its line, not a null.
                null_values=[],
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise locate_csv_problem(path, header, types, exc) from None
    rows = pa.array(range(2, table.num_rows + 2), pa.int32())
    return table.add_column(0, "src_row", rows)


def locate_csv_problem(
    path: Path,
    header: Sequence[str],
    types: dict[str, pa.DataType],
    exc: Exception,
    label_column: bool = False,
) -> ParseError:
    """The first bad line behind an Arrow CSV error, as a :class:`ParseError` that names it.

    For :func:`read_csv`, and for a reader that calls ``pyarrow.csv`` itself (a matrix too wide to
    list its columns). ``header`` is the file's header, ``types`` the Arrow type of each column read
    as a number; with ``label_column`` the first field of the line (its row label) is named too.
    Falls back to Arrow's own message if no line can be blamed.
    """
    numeric = [(header.index(c), c, t) for c, t in types.items()
               if c in header and (pa.types.is_integer(t) or pa.types.is_floating(t))]
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        for lineno, row in enumerate(csv.reader(fh), start=1):
            if lineno == 1:
                continue
            where = f"line {lineno}" + (f", row {row[0]!r}" if label_column and row else "")
            if len(row) != len(header):
                shown = repr(row) if len(repr(row)) <= 200 else repr(row)[:200] + " ..."
                return ParseError(path, f"expected {len(header)} fields, found {len(row)}: {shown}; "
                                        "the file looks truncated or malformed", where=where)
            for k, col, dtype in numeric:
                problem = _number_problem(row[k], dtype)
                if problem:
                    found = repr(row[k]) if row[k].strip() else "no number (an empty cell)"
                    return ParseError(path, f"column {col!r} {problem}, found {found}", where=where)
    return ParseError(path, f"the CSV reader failed: {exc}")


def _number_problem(value: str, dtype: pa.DataType) -> str | None:
    """Why Arrow refuses ``value`` as a ``dtype`` number (completing "column 'X' ..."), or None."""
    try:
        number = float(value) if "_" not in value else None  # Python reads '1_000'; Arrow not
    except ValueError:
        number = None
    if not pa.types.is_integer(dtype):
        return None if number is not None else "should be a number"
    digits = _WHOLE.fullmatch(value) is not None
    if digits:
        number = int(value)
    elif number is None or not number.is_integer():
        return "should be a whole number"
    bits = dtype.bit_width
    signed = pa.types.is_signed_integer(dtype)
    lo, hi = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2 ** bits - 1)
    if number > hi:
        return f"should be a whole number of at most {hi:,}"
    if number < lo:
        return f"should be a whole number of at least {lo:,}"
    return None if digits else "should be a whole number written in digits"  # '1e3', '12.0'


def read_sheets(path: Path) -> dict[str, list[list]]:
    """Read every sheet of an .xlsx workbook as lists of cell values (calamine, no formulas).

    Raises:
        ParseError: the file is empty or not an Excel workbook.
    """
    from python_calamine import CalamineWorkbook

    ensure_not_empty(path)
    try:
        wb = CalamineWorkbook.from_path(str(path))
        return {name: wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
                for name in wb.sheet_names}
    except Exception as exc:  # calamine raises its own types, and ValueError/OSError
        raise ParseError(path, f"it is not a readable Excel workbook ({type(exc).__name__}: {exc})",
                         fix="The download may be incomplete or an error page; download it again.") from None


def find_header(
    path: Path, rows: list[list], expected: Iterable[str], sheet: str, search: int = 30
) -> int:
    """Return the 0-based index of the row holding all ``expected`` labels (title rows may come first).

    Labels are compared after folding white space and case (``'Fiscal\\nYear'`` matches
    ``'fiscal year'``).

    Raises:
        LayoutError: no row among the first ``search`` holds them all. The message shows, as found,
            the row that holds the most of them (not a title above the header), its labels with
            their white space folded, and its row number.
    """
    expected = list(expected)
    want = [_fold(e) for e in expected]
    best, best_key = None, None
    for i, row in enumerate(rows[:search]):
        cells = {_fold(c) for c in row}
        hits = sum(w in cells for w in want)
        if hits == len(want):
            return i
        key = (hits, any(str(c).strip() for c in row))  # on a tie, the first (non-empty) row
        if best_key is None or key > best_key:
            best, best_key = i, key
    if best is None:
        raise LayoutError(path, expected, [], where=f"sheet {sheet!r}, which has no rows")
    found = [clean_label(c) for c in rows[best] if str(c).strip()]
    which = (f"the closest to the header in its first {search} rows" if best_key[0]
             else f"its first non-empty row: none of its first {search} rows holds any of them")
    raise LayoutError(path, expected, found, where=f"sheet {sheet!r}, row {best + 1}, {which}")


def header_index(row: list, name: str) -> int:
    """Position of ``name`` in a header row found by :func:`find_header`."""
    cells = [_fold(c) for c in row]
    return cells.index(_fold(name))


def clean_label(value: object) -> str:
    """A header cell as text, its white space folded (``'Fiscal\\nYear'`` -> ``'Fiscal Year'``)."""
    return " ".join(str(value).split())


def _fold(value: object) -> str:
    return clean_label(value).lower()


def reject_rows(
    path: Path, table: pa.Table, column: str, bad: pa.ChunkedArray | pa.Array, problem: str,
    what: str = "line",
) -> None:
    """Refuse a file if ``bad`` holds for any row: name the first such row and count the others.

    Parameters:
        path: the file, named in the message.
        table: the rows, with a ``src_row`` column (as :func:`read_csv` returns them).
        column: the column at fault; the message quotes its value in the first bad row.
        bad: a boolean mask over the rows; a null in it counts as bad.
        problem: what is wrong, completing "column 'X' ...": ``"should be a year in 1960..2025"``.
        what: what ``src_row`` numbers, for the message (``"line"``, ``"sheet row"``).

    Raises:
        ParseError: like ``Cannot read f.csv (line 9): column 'Value' should be a positive whole
            number, found -5.0 (2 more row(s) like it).``
    """
    bad = pc.fill_null(bad, True)
    n = pc.sum(bad).as_py() or 0
    if not n:
        return
    i = pc.indices_nonzero(bad)[0].as_py()
    value = table[column][i].as_py()
    found = "no value (null)" if value is None else repr(value)
    more = f" ({n - 1} more row(s) like it)" if n > 1 else ""
    raise ParseError(path, f"column {column!r} {problem}, found {found}{more}",
                     where=f"{what} {table['src_row'][i].as_py()}")


def check_unique(path: Path, table: pa.Table, keys: list[str], what: str = "line") -> Check:
    """Each combination of ``keys`` appears once: a repeated row would be counted twice.

    ``table`` has a ``src_row`` column; ``what`` says what it numbers (``"line"``, ``"sheet row"``).

    Returns:
        A passing ``unique_rows`` check.

    Raises:
        ParseError: a combination appears more than once; the message gives the earliest one, its
            values, how often it appears, its first and last row, and how many combinations repeat.
    """
    groups = table.group_by(keys).aggregate([("src_row", "count"), ("src_row", "min"),
                                             ("src_row", "max")])
    repeated = groups.filter(pc.greater(groups["src_row_count"], 1))
    if repeated.num_rows:
        first = repeated.sort_by("src_row_min").slice(0, 1).to_pylist()[0]
        key = ", ".join(f"{k}={first[k]!r}" for k in keys)
        more = (f" ({repeated.num_rows} combinations of {keys} repeat)"
                if repeated.num_rows > 1 else "")
        raise ParseError(path, f"{key} appears {first['src_row_count']} times, first on {what} "
                               f"{first['src_row_min']}, last on {what} {first['src_row_max']}"
                               f"{more}; a repeated row would be counted twice",
                         where=f"{what} {first['src_row_max']}",
                         fix="The file may have been appended to twice; download it again.")
    return Check("unique_rows", "pass", f"{table.num_rows:,} rows, one per {', '.join(keys)}")


def csv_text(rows: Iterable[Sequence[object]]) -> str:
    """Render rows as CSV text (used by tests and fixtures)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()
