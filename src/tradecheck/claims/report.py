"""Check a text: claims, readings and verdicts, gathered into a :class:`Report`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import duckdb

from ..errors import TradecheckError
from ..indicators.core import Context
from .extract import Claim, Skipped, extract, failure
from .interpret import Reading, readings
from .timeexpr import text_date
from .verdict import combine

__all__ = ["ClaimResult", "Report", "check_text"]


@dataclass
class ClaimResult:
    claim: Claim
    verdict: str
    readings: list[Reading]
    notes: list[str] = field(default_factory=list)

    @property
    def primary(self) -> Reading:
        """The reading the verdict rests on: the first that has data (readings with none do not
        count against the others)."""
        return next((r for r in self.readings if r.verdict != "no_data"), self.readings[0])

    @property
    def claimed(self) -> str:
        q = self.claim.quantity
        if q is not None:
            return q.text
        return self.claim.slots.get("claimed") or self.claim.text

    @property
    def official(self) -> str:
        return self.primary.official

    @property
    def definition(self) -> str:
        others = [r.name for r in self.readings[1:]]
        text = f"{self.primary.name}: {self.primary.definition}"
        if others:
            text += f" (also evaluated: {'; '.join(others)})"
        return text

    @property
    def sources(self) -> list[str]:
        seen: list[str] = []
        for r in self.readings:
            for result in r.results:
                for e in result.all_evidence():
                    cite = e.cite()
                    if cite not in seen:
                        seen.append(cite)
        return seen

    @property
    def correction(self) -> str | None:
        if self.verdict == "supported":
            return None
        return next((r.correction for r in self.readings if r.correction), None)

    @property
    def headline(self) -> str:
        """The one line a reader needs beside the verdict: the correction, why there is no data,
        or that a true claim has since been overtaken or revised."""
        if self.correction:
            return self.correction
        if self.verdict == "no_data":
            return self.primary.definition
        flagged = [n for r in self.readings for n in r.notes if n.startswith("True when written")]
        return " ".join(flagged + self.notes)

    @property
    def explanation(self) -> str:
        parts = []
        for r in self.readings:
            if r.verdict == "no_data" and not r.results:
                parts.append(r.definition)
                continue
            line = f"{r.name}: {r.official} → {r.verdict}"
            if r.tolerance:
                line += f" ({r.tolerance})"
            parts.append(line + ".")
        if self.verdict == "depends":
            parts.append("The verdict depends on the definition: "
                         f"{self.primary.verdict} under the first reading, other readings differ.")
        notes = [n for r in self.readings for n in r.notes] + self.notes
        return " ".join(parts + list(dict.fromkeys(notes)))

    def to_dict(self) -> dict:
        c = self.claim
        return {
            "text": c.text, "start": c.start, "end": c.end, "kind": c.kind,
            "verdict": self.verdict, "claimed": self.claimed, "official": self.official,
            "definition": self.definition, "sources": self.sources,
            "correction": self.correction, "explanation": self.explanation,
            "readings": [{"name": r.name, "verdict": r.verdict, "official": r.official,
                          "value": r.official_value, "definition": r.definition,
                          "tolerance": r.tolerance, "correction": r.correction, "notes": r.notes,
                          "results": [_brief(x) for x in r.results]}
                         for r in self.readings],
        }


def _brief(result) -> dict:
    """An indicator result as a report cites it: the figure and its sources (the full result,
    with the series or ranking behind it, is one `tradecheck indicator … --json` away)."""
    return {"indicator": result.indicator, "params": result.params_dict(),
            "value": result.value, "unit": result.unit, "text": result.text, "label": result.label,
            "sources": [e.cite() for e in result.all_evidence()]}


@dataclass
class Report:
    text: str
    claims: list[ClaimResult]
    as_of: dt.date | None = None
    #: what the checker failed on (an internal error): left out, so the rest is checked, and named here
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for c in self.claims:
            out[c.verdict] = out.get(c.verdict, 0) + 1
        return out

    @property
    def all_supported(self) -> bool:
        """Every claim is supported, and none was left unchecked."""
        return not self.skipped and all(c.verdict == "supported" for c in self.claims)

    @property
    def skipped_note(self) -> str:
        """What a reader is told when passages were left unchecked ("" when none was)."""
        n = len(self.skipped)
        if not n:
            return ""
        them = "it" if n == 1 else "them"
        return (f"tradecheck failed on {'one passage' if n == 1 else f'{n} passages'} (an internal error, not a "
                f"fault of the text) and left {them} out; the rest was checked. Please report {them} with the "
                f"error shown.")

    def to_dict(self) -> dict:
        return {"claims": [c.to_dict() for c in self.claims],
                "summary": self.counts,
                "as_of": self.as_of.isoformat() if self.as_of else None,
                "skipped": [s.to_dict() for s in self.skipped]}


def check_text(text: str, ctx: Context, then: Context | None = None) -> Report:
    """Check every claim of ``text`` on ``ctx`` (the latest releases); with ``then`` (a context as
    of the date the text was written), also say where the verdict then differs from now. A text
    that dates itself ("As of June 2025, …") is checked as of that date too when ``then`` is not
    given."""
    written = then.as_of if then is not None else text_date(text)
    if then is None and written is not None:
        then = ctx.dated(written)
    results, skipped = [], []
    for claim in extract(text, written, skipped):
        try:
            results.append(_checked(claim, ctx, then))
        except duckdb.Error:
            raise  # the warehouse failing is no fault of one claim's
        except Exception as exc:  # a fault of the checker's: this claim is left out, the others still checked
            skipped.append(Skipped(claim.start, claim.end, claim.text, failure(exc)))
    skipped.sort(key=lambda s: s.start)
    return Report(text, results, then.as_of if then is not None else None, skipped)


def _checked(claim: Claim, ctx: Context, then: Context | None) -> ClaimResult:
    """One claim's readings and verdict on ``ctx``, with a note where the releases of ``then`` say otherwise."""
    try:
        rs = readings(claim, ctx)
    except TradecheckError as exc:  # a claim the indicators refuse is reported, not fatal
        rs = [Reading("not evaluated", "no_data", "no data", str(exc))]
    result = ClaimResult(claim, combine([r.verdict for r in rs]), rs)
    if then is not None:
        try:
            old = readings(claim, then)
        except TradecheckError:
            old = []
        old_verdict = combine([r.verdict for r in old]) if old else "no_data"
        if old_verdict != result.verdict:
            result.notes.append(f"As published by {then.as_of.isoformat()}: {old_verdict} "
                                f"({old[0].official if old else 'no data'}); with the latest "
                                f"releases: {result.verdict}.")
    return result
