"""Measure the checker against a labelled file: extraction recall and precision, verdict accuracy.

The labels are a tab-separated file with the header ``id  text  claim  verdict  official  note``,
one labelled claim a row. ``claim`` is a substring of ``text`` (its first occurrence is the
labelled span); several rows may share a ``text`` (ids like ``h012a``, ``h012b``). A row with an
empty ``claim`` and the verdict ``none`` marks a text with no checkable claim. Fields are read
verbatim (no quoting), so a text cannot hold a tab or a line break.

    >>> result = evaluate("tests/claims.tsv")                        # doctest: +SKIP
    >>> result.recall, result.precision, result.accuracy              # doctest: +SKIP
    (0.9, 0.85, 0.8)
    >>> print(result.render())                                        # doctest: +SKIP

Matching: a labelled claim is *found* when a predicted claim's span ``[start, end)`` overlaps the
labelled span; each predicted claim matches at most one labelled claim, pairs taken greedily by the
size of their overlap (of two with the same overlap, the one whose figure lies in the labelled span
first). A labelled claim that cannot be located (its ``claim`` is not in its ``text``) is a *data
error*: it is listed and left out of the figures, not fatal; the predicted claims of its text that
match no other label are left out too (they may be the lost label's).
"""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

from ..errors import InputError
from .inputs import decode
from .extract import Skipped
from .report import Report
from .verdict import VERDICTS

__all__ = ["HEADER", "DataError", "EvalResult", "LabelledRow", "RowError", "evaluate",
           "read_labels"]

HEADER = ("id", "text", "claim", "verdict", "official", "note")
NONE = "none"
#: How many bad rows a refusal lists before "and N more".
_SHOW_BAD = 5


class _Checks(Protocol):
    def check(self, text: str) -> Report: ...


@dataclass(frozen=True)
class LabelledRow:
    id: str
    text: str
    claim: str
    verdict: str
    official: str
    note: str
    line: int


@dataclass(frozen=True)
class RowError:
    """One disagreement: ``kind`` is ``verdict`` (found, other verdict), ``missed`` (not
    extracted) or ``spurious`` (extracted, but no labelled claim there)."""

    id: str
    kind: str
    snippet: str
    expected: str | None            # the labelled verdict; None for a spurious claim
    predicted: str | None           # the checker's verdict; None for a missed claim
    official: str | None            # the checker's official figure
    expected_official: str | None = None


@dataclass(frozen=True)
class DataError:
    """A labelled row that could not be scored (the label, not the checker, is at fault)."""

    id: str
    line: int
    message: str


@dataclass
class EvalResult:
    path: str
    texts: int
    labelled: int                   # labelled claims scored (data errors left out)
    found: int                      # labelled claims a predicted claim overlaps
    predicted: int                  # claims the checker extracted, in every text
    correct: int                    # found claims with the labelled verdict
    confusion: dict[str, dict[str, int]]     # labelled verdict -> predicted verdict -> count
    unscored: int = 0               # predicted claims left out beside a label we could not locate
    errors: list[RowError] = field(default_factory=list)
    data_errors: list[DataError] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)   # passages the checker failed on (internal errors)

    @property
    def recall(self) -> float | None:
        """Labelled claims found / labelled claims (None without labelled claims)."""
        return self.found / self.labelled if self.labelled else None

    @property
    def precision(self) -> float | None:
        """Predicted claims matching a labelled one / predicted claims (None if none predicted)."""
        # Matching is one-to-one, so the predicted claims that match are exactly `found`.
        return self.found / self.predicted if self.predicted else None

    @property
    def accuracy(self) -> float | None:
        """Right verdicts / found claims (None when no claim was found)."""
        return self.correct / self.found if self.found else None

    def to_dict(self) -> dict:
        return {
            "path": self.path, "texts": self.texts, "labelled": self.labelled,
            "found": self.found, "predicted": self.predicted, "correct": self.correct,
            "recall": self.recall, "precision": self.precision, "accuracy": self.accuracy,
            "unscored": self.unscored, "confusion": self.confusion,
            "errors": [asdict(e) for e in self.errors],
            "data_errors": [asdict(e) for e in self.data_errors],
            "skipped": [s.to_dict() for s in self.skipped],
        }

    def render(self, width: int = 120) -> str:
        """The summary, the confusion matrix and the disagreements, as plain text tables."""
        from rich.console import Console
        from rich.table import Table

        buffer = io.StringIO()
        console = Console(file=buffer, width=width, no_color=True, highlight=False,
                          force_terminal=False)

        summary = Table(title=f"Evaluation of {self.path}", show_header=False)
        summary.add_column("measure")
        summary.add_column("value", justify="right")
        summary.add_column("of", justify="right")
        summary.add_row("texts", str(self.texts), "")
        summary.add_row("extraction recall", _pct(self.recall), f"{self.found}/{self.labelled}")
        summary.add_row("extraction precision", _pct(self.precision),
                        f"{self.found}/{self.predicted}")
        summary.add_row("verdict accuracy (found claims)", _pct(self.accuracy),
                        f"{self.correct}/{self.found}")
        if self.unscored:
            summary.add_row("predicted claims not scored (data errors)", str(self.unscored), "")
        console.print(summary)

        missed = _count_by(e.expected for e in self.errors if e.kind == "missed")
        spurious = _count_by(e.predicted for e in self.errors if e.kind == "spurious")
        matrix = Table(title="Labelled verdict (rows) × predicted verdict (columns)")
        matrix.add_column("labelled")
        for v in VERDICTS:
            matrix.add_column(v, justify="right")
        matrix.add_column("not found", justify="right")
        for v in VERDICTS:
            matrix.add_row(v, *(_cell(self.confusion[v][p]) for p in VERDICTS),
                           _cell(missed.get(v, 0)))
        matrix.add_row("(no label)", *(_cell(spurious.get(p, 0)) for p in VERDICTS), "")
        console.print(matrix)

        if self.errors:
            errors = Table(title=f"{len(self.errors)} disagreement(s)")
            for col in ("id", "kind", "claim", "expected", "predicted", "official"):
                errors.add_column(col, overflow="fold")
            for e in self.errors:
                expected = e.expected or "—"
                if e.expected_official:
                    expected += f" ({e.expected_official})"
                errors.add_row(e.id, e.kind, e.snippet, expected, e.predicted or "—",
                               e.official or "")
            console.print(errors)
        if self.data_errors:
            bad = Table(title=f"{len(self.data_errors)} row(s) not scored (data errors)")
            for col in ("id", "line", "problem"):
                bad.add_column(col, overflow="fold")
            for d in self.data_errors:
                bad.add_row(d.id, str(d.line), d.message)
            console.print(bad)
        if self.skipped:
            failed = Table(title=f"{len(self.skipped)} passage(s) the checker failed on (internal errors; their "
                                 f"labels count as missed)")
            for col in ("passage", "error"):
                failed.add_column(col, overflow="fold")
            for s in self.skipped:
                failed.add_row(_snip(s.text), s.error)
            console.print(failed)
        return buffer.getvalue()


def read_labels(path: str | Path) -> list[LabelledRow]:
    """The rows of a labelled TSV file, checked for shape.

    Raises:
        InputError: the file is missing, binary or not UTF-8; the header is not :data:`HEADER`;
            or rows have the wrong number of fields, an unknown verdict, an empty id or text, a
            repeated id, or a ``none`` verdict that disagrees with the ``claim`` field.
    """
    path = Path(path)
    expected = "\t".join(HEADER)
    if not path.is_file():
        raise InputError(f"{path} does not exist or is not a file. Give a tab-separated file of "
                         f"labelled claims with the header {expected!r}.")
    text = decode(path.read_bytes(), str(path),
                  f"Give a labelled, tab-separated file with the header {expected!r}.")
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise InputError(f"{path} is empty or starts with a blank line; its first line should be "
                         f"the header {expected!r} (tab-separated).")
    found = lines[0].rstrip("\r").split("\t")
    if tuple(c.strip() for c in found) != HEADER:
        hint = (" It looks comma-separated: separate the columns with tabs."
                if "\t" not in lines[0] and "," in lines[0] else "")
        raise InputError(f"{path} has the header {found!r} on line 1; expected the tab-separated "
                         f"columns {list(HEADER)} ({expected!r}).{hint}")

    rows, problems, seen = [], [], {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        # Editors drop trailing empty fields, so `official` and `note` may be missing.
        if not 4 <= len(fields) <= len(HEADER):
            problems.append(f"line {number} has {len(fields)} tab-separated fields, expected "
                            f"{len(HEADER)} (a tab inside a text?)")
            continue
        fields += [""] * (len(HEADER) - len(fields))
        row = LabelledRow(*(f.strip() for f in fields), number)
        problem = _row_problem(row, seen)
        if problem:
            problems.append(f"line {number} (id {row.id!r}) {problem}")
            continue
        seen[row.id] = number
        rows.append(row)
    if problems:
        more = f"; and {len(problems) - _SHOW_BAD} more" if len(problems) > _SHOW_BAD else ""
        raise InputError(f"{path} has {len(problems)} malformed row(s): "
                         + "; ".join(problems[:_SHOW_BAD]) + more
                         + f". Columns are {list(HEADER)}; verdicts are "
                         f"{', '.join(VERDICTS + (NONE,))}.")
    return rows


def _row_problem(row: LabelledRow, seen: dict[str, int]) -> str | None:
    if not row.id:
        return "has an empty id"
    if row.id in seen:
        return f"repeats the id of line {seen[row.id]}"
    if not row.text.strip():
        return "has an empty text"
    if row.verdict not in VERDICTS + (NONE,):
        return f"has the unknown verdict {row.verdict!r}"
    if row.verdict == NONE and row.claim.strip():
        return "has the verdict 'none' but a claim; leave claim empty for a text without claims"
    if row.verdict != NONE and not row.claim.strip():
        return f"has the verdict {row.verdict!r} but an empty claim"
    return None


def evaluate(path: str | Path, checker: _Checks | None = None) -> EvalResult:
    """Run the checker once on each distinct text of a labelled TSV and score it.

    Parameters:
        path: the labelled file (see the module docstring for its columns).
        checker: anything with ``check(text) -> Report``, e.g. a :class:`~tradecheck.claims.Checker`
            to reuse; by default one is opened on the warehouse and closed afterwards.

    Returns:
        An :class:`EvalResult`: recall, precision, accuracy, confusion matrix, disagreements.

    Raises:
        InputError: the file is missing, unreadable or malformed (see :func:`read_labels`).
        NotBuiltError: no warehouse yet, when no checker is given.
    """
    rows = read_labels(path)
    groups: dict[str, list[LabelledRow]] = {}
    for row in rows:
        groups.setdefault(row.text, []).append(row)

    own = checker is None
    if own:
        from . import Checker

        checker = Checker()
    result = EvalResult(str(path), len(groups), 0, 0, 0, 0,
                        {v: {p: 0 for p in VERDICTS} for v in VERDICTS})
    try:
        for text, group in groups.items():
            _score_text(text, group, checker.check(text), result)
    finally:
        if own:
            checker.close()
    return result


def _score_text(text: str, group: list[LabelledRow], report: Report, result: EvalResult) -> None:
    labels, nones = [], [r for r in group if r.verdict == NONE]
    unlocated = False
    for row in group:
        if row.verdict == NONE:
            continue
        start = text.find(row.claim)
        if start < 0:
            unlocated = True
            result.data_errors.append(DataError(
                row.id, row.line, f"the claim {_snip(row.claim)!r} is not a substring of its text "
                f"{_snip(text)!r}; copy it exactly from the text (case, quotes and spaces)."))
            continue
        labels.append((row, start, start + len(row.claim)))
    if nones and labels:
        for row in nones:
            result.data_errors.append(DataError(
                row.id, row.line, "marks the text as having no claim, but rows "
                f"{', '.join(r.id for r, _, _ in labels)} label claims in it; this row is ignored."))

    result.skipped.extend(report.skipped)
    claims = report.claims
    # (of two claims with the same overlap, the one whose own figure lies in the labelled span first: "reached a
    # record 1.68 million" holds a record and a count over the same words)
    pairs = sorted(
        ((min(end, c.claim.end) - max(start, c.claim.start), i, j,
          not (c.claim.quantity is not None and start <= c.claim.quantity.start < end))
         for i, (_, start, end) in enumerate(labels) for j, c in enumerate(claims)),
        key=lambda p: (-p[0], p[1], p[3], p[2]))
    match: dict[int, int] = {}
    used: set[int] = set()
    for overlap, i, j, _ in pairs:
        if overlap <= 0:
            break
        if i not in match and j not in used:
            match[i] = j
            used.add(j)

    result.labelled += len(labels)
    result.predicted += len(used)
    for i, (row, _, _) in enumerate(labels):
        if i not in match:
            result.errors.append(RowError(row.id, "missed", _snip(row.claim), row.verdict, None,
                                          None, row.official or None))
            continue
        c = claims[match[i]]
        result.found += 1
        result.confusion[row.verdict][c.verdict] += 1
        if c.verdict == row.verdict:
            result.correct += 1
        else:
            result.errors.append(RowError(row.id, "verdict", _snip(row.claim), row.verdict,
                                          c.verdict, c.official, row.official or None))
    if unlocated:
        # A label we could not locate may be the one an unmatched prediction stands for: leave
        # those predictions unscored rather than call them false positives.
        result.unscored += len(claims) - len(used)
        return
    ids = "/".join(r.id for r in group)
    for j, c in enumerate(claims):
        if j not in used:
            result.predicted += 1
            result.errors.append(RowError(ids, "spurious", _snip(c.claim.text), None, c.verdict,
                                          c.official))


def _snip(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.1%}"


def _cell(n: int) -> str:
    return str(n) if n else "·"


def _count_by(values) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out
