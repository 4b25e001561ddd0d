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
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Iterable, Sequence

import pyarrow as pa
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
    "ensure_text_file",
    "read_csv",
    "read_sheets",
    "find_header",
]

NEWLINE = b"\n"
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
        raise _locate_csv_problem(path, header, expected, types, exc) from None
    rows = pa.array(range(2, table.num_rows + 2), pa.int32())
    return table.add_column(0, "src_row", rows)


def _locate_csv_problem(path, header, expected, types, exc) -> ParseError:
    """Find the first bad line behind an Arrow CSV error, to name it in the message."""
    numeric = {c for c, t in types.items() if pa.types.is_integer(t) or pa.types.is_floating(t)}
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        for lineno, row in enumerate(csv.reader(fh), start=1):
            if lineno == 1:
                continue
            if len(row) != len(header):
                return ParseError(path, f"expected {len(header)} fields, found {len(row)}: {row!r}; "
                                        "the file looks truncated or malformed", where=f"line {lineno}")
            for col in numeric:
                value = row[header.index(col)]
                integer = pa.types.is_integer(types[col])
                try:
                    int(value) if integer else float(value)
                except ValueError:
                    kind = "a whole number" if integer else "a number"
                    found = repr(value) if value.strip() else "no number (an empty cell)"
                    return ParseError(path, f"column {col!r} should be {kind}, found {found}",
                                      where=f"line {lineno}")
    return ParseError(path, f"the CSV reader failed: {exc}")


def read_sheets(path: Path) -> dict[str, list[list]]:
    """Read every sheet of an .xlsx workbook as lists of cell values (calamine, no formulas).

    Raises:
        ParseError: the file is empty or not an Excel workbook.
    """
    from python_calamine import CalamineWorkbook

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ParseError(path, f"the file cannot be opened ({exc.strerror})") from None
    if size == 0:
        raise ParseError(path, "the file is empty", fix="Download it again or restore it from the mirror.")
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
    """
    want = [_fold(e) for e in expected]
    for i, row in enumerate(rows[:search]):
        cells = [_fold(c) for c in row]
        if all(w in cells for w in want):
            return i
    first = next((r for r in rows[:search] if any(str(c).strip() for c in r)), [])
    raise LayoutError(path, list(expected), [str(c) for c in first if str(c).strip()],
                      where=f"sheet {sheet!r}, first {search} rows")


def header_index(row: list, name: str) -> int:
    """Position of ``name`` in a header row found by :func:`find_header`."""
    cells = [_fold(c) for c in row]
    return cells.index(_fold(name))


def _fold(value: object) -> str:
    return " ".join(str(value).split()).lower()


def csv_text(rows: Iterable[Sequence[object]]) -> str:
    """Render rows as CSV text (used by tests and fixtures)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()
