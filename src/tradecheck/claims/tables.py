"""Tables in a text: Markdown pipe tables, found with the offsets of every cell.

    | Partner | 2024 exports ($bn) | Share |
    |---|---|---|
    | Canada | 349.9 | 17.0% |

A table is a header line, a separator line of dashes, and one or more rows. The line just above
the table (or the one above a blank line) is its caption ("U.S. goods exports, 2024:"): it may give the
year, the flow or the unit that the header leaves out. Reading the cells as claims is the
extractor's work (:func:`tradecheck.claims.extract.extract`).

A table pasted where line breaks were lost (a form field, a spreadsheet cell, a chat message) reads as one
line, "| Fiscal year | Encounters | |---|---| | FY2023 | 2.48 million | | FY2024 | 2.14 million |";
:func:`unfold` puts its line breaks back, counting the columns from its separator.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import recache as re

__all__ = ["Cell", "Table", "find_tables", "unfold"]

_ROW = re.compile(r"^[ \t]*\|?(?:[^|\n]*\|)+[^|\n]*$")
_SEPARATOR = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*(?::?-{2,}:?[ \t]*)?$")


#: the separator of a table written on one line, with the row before it: "| a | b | |---|---|"
_FOLDED_SEPARATOR = re.compile(r"\|[ \t]+(?P<sep>\|(?:[ \t]*:?-{2,}:?[ \t]*\|){2,})")


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Table:
    start: int
    end: int
    caption: str
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]


def find_tables(text: str) -> list[Table]:
    """Every pipe table in ``text`` with at least one row under its separator line."""
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]*", text) if m.start() == 0 or text[m.start() - 1] == "\n"]
    out = []
    i = 0
    while i + 2 < len(lines):
        (h_at, head), (_, sep) = lines[i], lines[i + 1]
        if not (_ROW.match(head) and "|" in head and _SEPARATOR.match(sep)):
            i += 1
            continue
        header = _cells(head, h_at)
        rows = []
        j = i + 2
        while j < len(lines) and lines[j][1].strip() and _ROW.match(lines[j][1]) and "|" in lines[j][1]:
            rows.append(_cells(lines[j][1], lines[j][0]))
            j += 1
        if rows:
            # the caption: the line above, or the one above a blank line
            above = next((line.strip() for _, line in reversed(lines[max(0, i - 2):i]) if line.strip()), "")
            above = "" if "|" in above else above
            last_at, last = lines[j - 1]
            out.append(Table(h_at, last_at + len(last.rstrip()), above, header, tuple(rows)))
        i = j
    return out


def unfold(text: str) -> str:
    """``text`` with the line breaks of every table written on one line put back, one row to a line; the
    text keeps its length, so every offset in it still points at the same words."""
    if "|" not in text or not _FOLDED_SEPARATOR.search(text):
        return text
    out = list(text)
    for m in _FOLDED_SEPARATOR.finditer(text):
        columns = m.group("sep").count("|") - 1
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = len(text) if (n := text.find("\n", m.end())) < 0 else n
        pipes = [i for i in range(line_start, m.start() + 1) if text[i] == "|"]
        if len(pipes) < columns + 1:
            continue
        # the header row: the last columns + 1 pipes before the separator, on a line of its own
        head = pipes[-columns - 1]
        if head > line_start and text[head - 1] in " \t":
            out[head - 1] = "\n"
        out[m.start() + 1] = "\n"
        # the rows: columns + 1 pipes each, with only blanks between one row's last pipe and the next's first
        at = m.end()
        while True:
            row = re.match(r"[ \t]+((?:\|[^|\n]*){%d}\|)" % columns, text[at:line_end])
            if not row:
                break
            out[at] = "\n"
            at += row.end()
        if text[at:line_end].strip() and text[at] in " \t":
            out[at] = "\n"  # the words after the table
    return "".join(out)


def _cells(line: str, at: int) -> tuple[Cell, ...]:
    """The cells of a row, trimmed, with their offsets; the outer pipes open and close no cell."""
    out = []
    pos = 0
    parts = line.split("|")
    for k, part in enumerate(parts):
        start = pos
        pos += len(part) + 1
        if (k == 0 or k == len(parts) - 1) and not part.strip():
            continue
        lead = len(part) - len(part.lstrip())
        out.append(Cell(at + start + lead, at + start + lead + len(part.strip()), part.strip()))
    return tuple(out)
