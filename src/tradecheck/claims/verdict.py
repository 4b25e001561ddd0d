"""Verdicts: how a claimed figure, with its hedge, compares with the official one.

Verdicts are data with stable codes (a false claim is a result, not an error):

==============  ===============================================================================
supported       the official figure bears the claim out, as worded (hedge and rounding included)
close           off, but within the tolerance the wording allows for a round figure (stated)
contradicted    the official figure does not bear it out
depends         true under one reasonable definition, false under another
no_data         statistical, but the loaded sources cannot settle it (the source that would is named)
==============  ===============================================================================

Tolerances, by hedge:

- none ("$335 billion"): supported when the official figure rounds to the claim at the precision
  given (±half the last digit); close within 5 %.
- "about", "around", "roughly", "just", "some": supported within 5 % (or the rounding, if wider);
  close within 10 %.
- "nearly", "almost", "close to": supported from 10 % below up to the rounding above; close within
  10 % above.
- "over", "more than", "at least": supported above (at least: not below) the figure; no tolerance
  below, since the hedge states a bound ("over $4,000" is not borne out by $3,973).
- "under", "less than", "at most": the mirror image.
- "between $145 billion and $150 billion": supported inside the range (with the rounding of its
  ends); close within 5 % of the nearer end.
"""

from __future__ import annotations

from dataclasses import dataclass

from .quantities import Quantity

__all__ = ["VERDICTS", "Judgement", "judge", "judge_bool", "combine"]

VERDICTS = ("supported", "close", "contradicted", "depends", "no_data")

ABOUT, NEARLY_BELOW, CLOSE_EXACT, CLOSE_ABOUT = 0.05, 0.10, 0.05, 0.10


@dataclass(frozen=True)
class Judgement:
    verdict: str
    tolerance: str      # what the wording allows, in words


def judge(claimed: Quantity, official: float, value: float | None = None) -> Judgement:
    """Compare ``official`` with the claim (``value`` overrides the claimed number, e.g. a
    magnitude for "90% lower")."""
    c = claimed.value if value is None else value
    half = claimed.precision / 2
    diff = official - c
    rel = abs(diff) / abs(c) if c else float("inf")
    hedge = claimed.hedge
    if hedge == "between" and claimed.upper is not None and value is None:
        lo, hi = c - half, claimed.upper + half
        if lo <= official <= hi:
            return Judgement("supported", f"'{_h(claimed)}' allows {_n(c)} to {_n(claimed.upper)}")
        near = lo if official < lo else hi
        if abs(official - near) <= CLOSE_EXACT * abs(near):
            return Judgement("close", f"outside {_n(c)} to {_n(claimed.upper)}, by less than {_pct(CLOSE_EXACT)}")
        return Judgement("contradicted", f"'{_h(claimed)}' allows {_n(c)} to {_n(claimed.upper)}")
    if hedge in ("over", "just_over"):
        ok = official > c
        return Judgement("supported" if ok else "contradicted", f"'{_h(claimed)}' needs more than {_n(c)}")
    if hedge == "at_least":
        return Judgement("supported" if official >= c else "contradicted", f"needs at least {_n(c)}")
    if hedge == "under":
        return Judgement("supported" if official < c else "contradicted", f"needs less than {_n(c)}")
    if hedge == "at_most":
        return Judgement("supported" if official <= c else "contradicted", f"needs at most {_n(c)}")
    if hedge == "nearly":
        if c * (1 - NEARLY_BELOW) <= official <= c + half:
            return Judgement("supported", f"'{_h(claimed)}' allows {_n(c * (1 - NEARLY_BELOW))} to {_n(c + half)}")
        if c < official <= c * (1 + CLOSE_ABOUT):
            return Judgement("close", f"'{_h(claimed)}' means a little under {_n(c)}; the figure is a "
                                      f"little over")
        return Judgement("contradicted", f"'{_h(claimed)}' allows {_n(c * (1 - NEARLY_BELOW))} to {_n(c + half)}")
    if hedge == "about":
        allowed = max(ABOUT * abs(c), half)
        if abs(diff) <= allowed:
            return Judgement("supported", f"'{_h(claimed)}' allows ±{_pct(allowed / abs(c))}")
        if rel <= CLOSE_ABOUT:
            return Judgement("close", f"within {_pct(CLOSE_ABOUT)}, beyond the ±{_pct(ABOUT)} of '{_h(claimed)}'")
        return Judgement("contradicted", f"'{_h(claimed)}' allows ±{_pct(allowed / abs(c))}")
    # exact wording: the rounding of the figure as given
    if abs(diff) <= half + 1e-9 * abs(c):
        return Judgement("supported", f"rounds to the figure given (±{_n(half)})")
    if rel <= CLOSE_EXACT:
        return Judgement("close", f"off by {_pct(rel)}, more than the rounding (±{_n(half)}) but "
                                  f"within {_pct(CLOSE_EXACT)}")
    return Judgement("contradicted", f"off by {_pct(rel)}")


def judge_bool(holds: bool | None, what: str) -> Judgement:
    if holds is None:
        return Judgement("no_data", what)
    return Judgement("supported" if holds else "contradicted", what)


def combine(verdicts: list[str]) -> str:
    """One verdict from those of several readings: unanimous, else 'depends' when one reading
    supports and another contradicts; readings with no data do not count against the others."""
    known = [v for v in verdicts if v != "no_data"]
    if not known:
        return "no_data"
    if len(set(known)) == 1:
        return known[0]
    if "supported" in known and "contradicted" in known:
        return "depends"
    if "close" in known and "contradicted" in known and "supported" not in known:
        return "depends"
    return "supported" if "supported" in known else "close"


def _h(q: Quantity) -> str:
    return q.text


def _n(x: float) -> str:
    a = abs(x)
    if a >= 1e9:
        return f"{x / 1e9:,.2f} billion"
    if a >= 1e6:
        return f"{x / 1e6:,.2f} million"
    if a >= 100:
        return f"{x:,.0f}"
    return f"{x:,.2f}"


def _pct(r: float) -> str:
    return f"{100 * r:.1f}%"
