"""The claim checker: from a text to verdicts with evidence.

    >>> report = check("In 2024, Mexico bought $335 billion in U.S. goods.")   # doctest: +SKIP
    >>> report.claims[0].verdict, report.claims[0].correction                      # doctest: +SKIP
    ('close', 'Mexico bought $334.0 billion of U.S. goods in 2024, second to Canada ($349.9 billion).')
"""

from __future__ import annotations

import datetime as dt

from ..indicators.core import Context
from ..indicators.registry import open_context
from .extract import Claim, extract
from .inputs import read_text, validate_text
from .interpret import Reading
from .report import ClaimResult, Report, check_text
from .verdict import VERDICTS


def evaluate(path, checker: "Checker | None" = None):
    """Extraction precision/recall and verdict accuracy on a labelled TSV (see
    :mod:`tradecheck.claims.evaluate`)."""
    from .evaluate import evaluate as _evaluate

    return _evaluate(path, checker)

__all__ = ["check", "evaluate", "Checker", "Report", "ClaimResult", "Claim", "Reading", "VERDICTS",
           "extract", "read_text"]


class Checker:
    """Checks texts on one warehouse connection, keeping work shared between texts (loaded
    input-output tables, ranked partners) warm. Close it when done."""

    def __init__(self, as_of: dt.date | str | None = None):
        self.ctx: Context = open_context()
        self.then: Context | None = None
        if as_of is not None:
            self.then = open_context(as_of)

    def check(self, text: str) -> Report:
        return check_text(validate_text(text), self.ctx, self.then)

    def close(self) -> None:
        self.ctx.con.close()
        if self.then is not None:
            self.then.con.close()

    def __enter__(self) -> "Checker":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def check(text: str, *, as_of: dt.date | str | None = None) -> Report:
    """Check every quantitative claim in ``text`` against the warehouse.

    ``as_of`` (the date the text was written) also checks each claim against the releases
    published by then, and says where that verdict differs from today's.

    Raises:
        InputError: the text is empty or larger than 5 MB.
        NotBuiltError: no warehouse yet (``tradecheck build``).
    """
    text = validate_text(text)  # refuse a bad text before touching the warehouse
    with Checker(as_of) as checker:
        return checker.check(text)
