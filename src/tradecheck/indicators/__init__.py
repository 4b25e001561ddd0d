"""Named, documented indicators over the warehouse, each returning its value with evidence.

    >>> from tradecheck.indicators import run
    >>> run("exports", partner="Mexico", period=2024).text          # doctest: +SKIP
    '$334.03 billion'
"""

from .core import Context, Evidence, Result, fmt_value
from .periods import Period
from .registry import IndicatorSpec, Param, catalogue, get, open_context, run

__all__ = ["run", "catalogue", "get", "open_context", "Context", "Result", "Evidence", "Period",
           "IndicatorSpec", "Param", "fmt_value"]
