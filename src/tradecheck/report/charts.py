"""Charts of the evidence: what picture each indicator result (and each checked claim) gets.

A :class:`Chart` is data (points, reference lines, a caption naming the source), so the HTML
report, the web app and the JSON API share one description; :mod:`.svg` draws it.

- a partner's trade flow: the annual series around the year claimed, the year highlighted;
- a rank or "the next N partners": the ranking, the partners named highlighted;
- encounters, records, "lowest since": the monthly (or fiscal-year) series, the month highlighted,
  the average it is compared to drawn as a line;
- seizures: the months summed;
- anything else with a figure (ratios, per-capita figures, value added, stated figures): the figures
  of every reading side by side.

Where the claim states a figure in the chart's unit (or one that converts: kg ↔ lb, "90 % below"
an average, "2.3 times" another partner), it is drawn as the *claimed* line.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from ..errors import TradecheckError
from ..indicators import Result, run
from ..indicators.core import Context
from ..indicators.periods import Period, add_months
from ..indicators.trade import ANNUAL

__all__ = ["Chart", "Line", "Point", "claim_chart", "result_chart"]

LB_PER_KG = 2.20462262185
#: How far back a partner's annual series goes from the year in question.
SERIES_YEARS = 15
#: Encounter months shown before the month in question when nothing else fixes the window.
SERIES_MONTHS = 36


@dataclass
class Point:
    label: str
    value: float
    highlight: bool = False
    source: str = ""             # where this figure was read, when not the chart's caption


@dataclass
class Line:
    label: str
    value: float
    role: str = "reference"      # 'claimed' | 'reference'


@dataclass
class Chart:
    kind: str                    # 'series' (a time axis) | 'bars' (categories)
    title: str
    unit: str                    # a Result unit ('USD', 'encounters', 'lb' …)
    points: list[Point]
    lines: list[Line] = field(default_factory=list)
    caption: str = ""            # where the figures come from

    def to_dict(self) -> dict:
        return asdict(self)


# -- charts of one indicator result --------------------------------------------------------------

_FLOWS = {"exports", "imports", "trade_total", "trade_balance"}


def result_chart(result: Result, ctx: Context) -> Chart | None:
    """The chart that puts ``result`` in context, or ``None`` when a picture would add nothing
    (no figure, or a single number with nothing to set it against)."""
    if result.value is None and not isinstance(result.detail, dict):
        return None
    detail = result.detail if isinstance(result.detail, dict) else {}
    caption = _caption(result)
    name = result.indicator
    if name in _FLOWS:
        return _trade_series(result, ctx, caption)
    if "ranking" in detail:
        return _ranking(result, detail, caption)
    if name in {"encounters_record", "encounters_lowest_since"} and detail.get("series"):
        rows = detail["series"]
        marked = {detail.get("month"), detail.get("since")}
        points = [Point(_month_label(r["month"]), float(r["value"]), r["month"] in marked,
                        r.get("release", "")) for r in rows]
        return Chart("series", result.label, result.unit, points, caption=caption)
    if name in {"usbp_lowest_since", "usbp_apprehensions"} and detail.get("series"):
        marked = {detail.get("fiscal_year"), detail.get("since")}
        points = [Point(f"FY{r['fiscal_year']}", float(r["value"]), r["fiscal_year"] in marked)
                  for r in detail["series"] if r.get("value") is not None]
        lines = []
        if detail.get("compared") is not None and detail.get("months", 12) < 12:
            lines.append(Line(f"FY{detail['fiscal_year']} annualised", float(detail["compared"])))
        return Chart("series", result.label, "apprehensions", points, lines, caption)
    if name in {"encounters", "encounters_average", "encounters_change"}:
        return _encounters(result, ctx, caption)
    if "monthly_lb" in detail:
        points = [Point(_month_label(r["month"]), float(r["value"]), True) for r in detail["monthly_lb"]]
        return Chart("series", f"{result.label}: the months summed", "lb", points, caption=caption)
    if "monthly" in detail and len(detail["monthly"]) > 1:
        points = [Point(_month_label(r["month"]), float(r["value"]), True) for r in detail["monthly"]]
        return Chart("series", result.label, result.unit, points, caption=caption)
    parts = [c for c in result.components if c.value is not None]
    if len(parts) >= 2 and len({c.unit for c in parts}) == 1:
        return Chart("bars", result.label, parts[0].unit,
                     [Point(_short(c.label), c.value) for c in parts], caption=caption)
    return None


def _trade_series(result: Result, ctx: Context, caption: str) -> Chart | None:
    period: Period | None = result.params.get("period")
    partner = result.params.get("partner")
    if period is None or partner is None:
        return None
    if period.kind == "year":
        last = period.start[0]
        years = [Period.year(y) for y in range(last - SERIES_YEARS + 1, last + 1)]
        later = _later_years(result, ctx, last)
        periods = years + later

        def label(p: Period) -> str:
            return p.label
    elif period.kind == "month":
        y, m = period.start
        periods = [Period.month(*add_months((y, m), -k)) for k in range(23, -1, -1)]

        def label(p: Period) -> str:
            return _month_label(f"{p.start[0]}-{p.start[1]:02d}")
    else:
        return None
    points = []
    for p in periods:
        try:
            r = run(result.indicator, ctx=ctx, partner=partner, period=p)
        except TradecheckError:
            continue
        if r.value is not None:
            cite = "; ".join(e.cite() for e in r.all_evidence())
            points.append(Point(label(p), r.value, p == period, cite))
    if len(points) < 2:
        return None
    return Chart("series", _series_title(result.label), result.unit, points, caption=caption)


def _later_years(result: Result, ctx: Context, last: int) -> list[Period]:
    """Years after the one claimed that the data has (so a reader sees what came next)."""
    key = ("latest trade year", ctx.as_of_sql)
    if key not in ctx.cache:
        ctx.cache[key] = ctx.rows(f"SELECT max(year) FROM {ctx.table(ANNUAL)}")[0][0]
    top = ctx.cache[key] or last
    return [Period.year(y) for y in range(last + 1, top + 1)]


def _ranking(result: Result, detail: dict, caption: str) -> Chart:
    rows = detail["ranking"]
    named = set(detail.get("group") or ())
    partner = result.params.get("partner") or ()
    after = result.params.get("after") or ()
    ids = {*partner, *after}
    shown = rows[:15] if len(rows) > 15 and not named else rows
    points = [Point(f"{r['rank']}. {r['partner']}", float(r["value"]),
                    r.get("country_id") in ids or r["partner"] in named) for r in shown]
    return Chart("bars", _ranking_title(result), "USD", points, caption=caption)


def _ranking_title(result: Result) -> str:
    period = result.params.get("period")
    flow = result.params.get("rank_by") or result.params.get("flow") or "exports"
    what = {"exports": "exports to", "imports": "imports from", "total": "trade with",
            "balance": "trade balance with"}.get(flow, flow)
    return f"U.S. goods {what} each partner, {period.label if period else ''}, ranked"


def _encounters(result: Result, ctx: Context, caption: str) -> Chart | None:
    params = dict(result.params)
    period: Period | None = params.pop("period", None)
    base: Period | None = params.pop("base", None)
    if period is None or period.end is None:
        return None
    first = base.start if base is not None else add_months(period.start, -SERIES_MONTHS + 1)
    last = max(period.end, base.end) if base is not None and base.end else period.end
    try:
        series = run("encounters", ctx=ctx, period=Period.range(first, last), **params)
    except TradecheckError:
        return None
    monthly = (series.detail or {}).get("monthly") or []
    if len(monthly) < 2:
        return None
    wanted = {f"{y}-{m:02d}" for y, m in period.months}
    points = [Point(_month_label(r["month"]), float(r["value"]), r["month"] in wanted,
                    r.get("release", "")) for r in monthly]
    lines = []
    average = next((c for c in result.components if c.unit == "encounters per month"), None)
    if result.indicator == "encounters_average":
        average = result
    if average is not None and average.value is not None:
        lines.append(Line("average " + _after_comma(average.label), average.value))
    title = f"{_before_comma(series.label)}, monthly"
    return Chart("series", title, "encounters", points, lines, caption)


# -- charts of a checked claim ------------------------------------------------------------------

#: Claims comparing a group with others: their figures side by side say more than a series.
_COMPARISONS = {"group_vs_next", "group_vs_combined", "per_capita"}
#: Units of results whose context (a series, a ranking) is worth drawing for a claim.
_CONTEXT_UNITS = {"USD", "rank", "encounters", "percent", "apprehensions", "lb", "kg",
                  "encounters per month"}


def claim_chart(claim_result, ctx: Context) -> Chart | None:
    """The chart beside a checked claim: its primary evidence in context, with the claimed figure
    drawn where it can be put in the chart's unit."""
    results = [r for reading in claim_result.readings for r in reading.results]
    with_value = [r for r in results if r.value is not None]
    if not with_value:
        return None
    chart = _readings_bars(claim_result, with_value) if claim_result.claim.kind in _COMPARISONS else None
    if chart is None:
        chart = next((c for r in with_value if r.unit in _CONTEXT_UNITS
                      and (c := result_chart(r, ctx)) is not None), None)
    if chart is None:
        chart = _readings_bars(claim_result, with_value)
    if chart is None:
        return None
    claimed = _claimed_line(claim_result, chart)
    if claimed is not None:
        chart.lines.append(claimed)
    return chart


def _readings_bars(claim_result, results: list[Result]) -> Chart | None:
    """Every reading's figure side by side (one unit), or a ratio's two terms."""
    first = results[0]
    if first.unit == "ratio":
        parts = [c for c in first.components if c.value is not None]
        if len(parts) == 2 and parts[0].unit == parts[1].unit:
            return Chart("bars", first.label, parts[0].unit,
                         [Point(_short(c.label), c.value, i == 0) for i, c in enumerate(parts)],
                         caption=_caption(first))
    same = []
    for r in results:
        if r.unit == first.unit and r.label not in {p.label for p in same}:
            same.append(Point(_short(r.label), r.value, r is first))
    if first.unit == "ratio" or (len(same) < 2 and claim_result.claim.quantity is None):
        return None
    return Chart("bars", first.label, first.unit, same, caption=_caption(first))


def _claimed_line(claim_result, chart: Chart) -> Line | None:
    q = claim_result.claim.quantity
    if q is None:
        return None
    label = f"claimed: {q.text}"
    if q.unit == "USD" and chart.unit in {"USD", "USD per person"}:
        return Line(label, q.value, "claimed")
    if q.unit in {"kg", "lb"} and chart.unit in {"kg", "lb"}:
        value = q.value if q.unit == chart.unit else (
            q.value * LB_PER_KG if chart.unit == "lb" else q.value / LB_PER_KG)
        return Line(label, value, "claimed")
    if q.unit == "count" and chart.unit in {"encounters", "apprehensions", "doses", "persons"}:
        return Line(label, q.value, "claimed")
    if q.unit == "%" and chart.unit == "encounters":
        average = next((ln for ln in chart.lines if ln.label.startswith("average")), None)
        if average is not None:
            lower = re.search(r"(?i)\b(?:below|lower|less|fewer|down|drop|fell|decline)", claim_result.claim.text)
            factor = 1 - q.value / 100 if lower else 1 + q.value / 100
            return Line(f"claimed: {q.text} vs the average", average.value * factor, "claimed")
    if q.unit == "ratio" and chart.kind == "bars" and len(chart.points) == 2 and chart.unit == "USD":
        return Line(f"claimed: {q.text} {chart.points[1].label}", chart.points[1].value * q.value, "claimed")
    return None


# -- labels -------------------------------------------------------------------------------------

def _caption(result: Result) -> str:
    cites = []
    for e in result.all_evidence():
        where = f"{e.path} ({e.release})"
        if where not in cites:
            cites.append(where)
    return "Source: " + "; ".join(cites[:3]) + (" …" if len(cites) > 3 else "") if cites else ""


def _month_label(ym: str) -> str:
    y, m = ym.split("-")[:2]
    return f"{_MONTHS[int(m) - 1]} {y}"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _series_title(label: str) -> str:
    return f"{_before_comma(label)}, by {'year' if label[-4:].isdigit() else 'month'}"


def _before_comma(label: str) -> str:
    return label.rsplit(", ", 1)[0]


def _after_comma(label: str) -> str:
    return label.rsplit(", ", 1)[-1]


def _short(label: str) -> str:
    """A bar label: the result's label less the leading words every bar shares."""
    return re.sub(r"^U\.S\. goods ", "", label)
