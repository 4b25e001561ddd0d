"""From a claim to readings: the indicator queries each reasonable definition implies, and the
verdict of each.

Where the words admit several definitions (exports vs total trade; the next 10 partners ranked by
exports or by total trade; calendar vs fiscal year; "Mexicans and Canadians" combined vs each),
every one is evaluated; the first reading listed is the one the wording points to (primary).
"""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass, field, replace
from typing import Callable

from .. import countries
from ..indicators import Result, fmt_value, run
from ..indicators.core import Context
from ..indicators.periods import Period, add_months, month_name
from ..indicators.border import ENCOUNTERS, SEIZURES
from ..indicators.trade import ANNUAL, MONTHLY, VERBS
from . import recache as re
from .entities import find_mentions
from .extract import _EVERY_MONTH, _TWO_WAY, Claim
from .quantities import Quantity
from .timeexpr import SINCE_NAFTA
from .verdict import CLOSE_ABOUT, Judgement, judge, judge_bool

__all__ = ["Reading", "readings", "NO_DATA_SOURCES"]


@dataclass
class Reading:
    name: str                         # "exports, calendar 2024"
    verdict: str
    official: str                     # the official figure(s), as text
    definition: str
    results: list[Result] = field(default_factory=list)
    tolerance: str = ""
    correction: str | None = None
    notes: list[str] = field(default_factory=list)
    official_value: float | None = None


#: What would settle claims the loaded sources cannot.
NO_DATA_SOURCES = {
    "jobs": "ITA's 'Jobs Supported by Exports' and research on cross-border production linkages "
            "(not loaded)",
    "mexican_enforcement_encounters": "Mexican government migration statistics (SEGOB / INM "
                                      "'eventos de personas en situación migratoria irregular', "
                                      "not loaded)",
    "mexican_seizures": "Mexican government security reports (Gabinete de Seguridad / SSPC seizure "
                        "figures, not loaded)",
    "sme": "the Census Bureau's 'Profile of U.S. Importing and Exporting Companies' (exports by "
           "company size and destination, not loaded; only USTR's statements for Mexico and "
           "Canada are)",
    "unmapped_percent": "no loaded indicator matches this percentage",
    "foreign_enforcement": "the other government's own figures (e.g. Mexico's INM or Panama's "
                           "migration service; not loaded)",
    "services_trade": "BEA's international services statistics (not loaded: only goods trade is)",
    "remittances": "Banco de México's remittance statistics (not loaded)",
    "investment": "BEA direct-investment statistics (not loaded)",
    "gotaways": "CBP/USBP 'gotaway' estimates (not published in the loaded files)",
    "migrant_deaths": "CBP's migrant death reports (deaths in the border region by fiscal year; not loaded)",
    "crossings_traffic": "BTS border-crossing entry data (trucks, pedestrians; not loaded)",
    "de_minimis": "CBP's de minimis (low-value) shipment statistics (not loaded: Census trade excludes "
                  "most low-value shipments)",
    "farm_trade": "USDA FAS GATS agricultural trade data (not loaded: trade here is by partner, not product)",
    "state_trade": "Census state export data (not loaded)",
    "forecast": "the figures for that year once published (a forecast is not yet a statistic)",
    "world_rank": "world trade statistics by country pair or crossing (UN Comtrade, WTO; not loaded: only U.S. "
                  "trade by partner is)",
    "overdoses": "CDC overdose-death statistics (not loaded)",
    "immigration_courts": "EOIR immigration-court and DHS/ICE enforcement statistics (asylum decisions, removals; "
                          "not loaded)",
    "port_trade": "BTS TransBorder Freight Data by port (trade by port of entry; only country totals are loaded)",
    "sectors": "CBP encounters by Field Operations field office, or figures setting several Border Patrol sectors "
               "side by side (one sector's fiscal years and its rank are read from OHSS; field offices are not loaded)",
    "visitor_spending": "NTTO/BEA international travel spending or a local retail survey (what visitors and "
                        "cross-border shoppers spend is not goods trade; not loaded)",
    "va_recent": "value added after 2011: OECD TiVA / ICIO tables (not loaded; the WIOD 2013 release "
                 "loaded ends in 2011)",
    "exporters": "the Census Bureau's 'Profile of U.S. Importing and Exporting Companies' (exporters "
                 "by size and destination, not loaded)",
    "deployments": "the deploying government's own statements (troop and staff deployments are not in "
                   "the loaded statistics)",
    "commodities": "Census trade by commodity (HS codes; only country totals are loaded)",
    "foreign_currency": "the partner's own statistics in its currency (Statistics Canada in Canadian dollars, "
                        "INEGI in pesos) or an exchange-rate series; the loaded Census figures are in U.S. "
                        "dollars",
    "partner_statistics": "the Census Bureau's U.S. imports from the partner (the figure is the partner's own count, "
                          "INEGI's or Mexico's Secretaría de Economía's, which values trade differently and is not "
                          "loaded)",
    "partner_export_share": "the partner's own exports by destination (INEGI, Statistics Canada; not loaded: the "
                            "Census Bureau counts U.S. imports from the partner, not the share of its exports that "
                            "comes here)",
    "unmapped_money": "a source for this amount (it is not U.S. goods trade, which is what is "
                      "loaded: remittances, investment and services trade are not)",
}

ORDINALS = {1: "largest", 2: "second-largest", 3: "third-largest", 4: "fourth-largest",
            5: "fifth-largest", 6: "sixth-largest", 7: "seventh-largest", 8: "eighth-largest",
            9: "ninth-largest", 10: "tenth-largest"}


def readings(claim: Claim, ctx: Context) -> list[Reading]:
    """Every reading of ``claim`` with its verdict (the primary one first); a place denied ("no longer our #1
    import source") holds where the place does not."""
    found = _readings(claim, ctx)
    if not claim.slots.get("negated"):
        return found
    flipped = {"supported": "contradicted", "contradicted": "supported"}
    return [replace(r, verdict=flipped[r.verdict],
                    correction=None if r.verdict == "contradicted" else f"The place holds: {r.official}.",
                    tolerance=f"denied: {r.tolerance}" if r.tolerance else r.tolerance,
                    notes=[*r.notes, "The text denies the place: the verdict is reversed."])
            if r.verdict in flipped else r for r in found]


def _readings(claim: Claim, ctx: Context) -> list[Reading]:
    handler: Callable[[Claim, Context], list[Reading]] = _HANDLERS.get(claim.kind, _no_data)
    if _is_sector(claim.slots.get("dataset")) or claim.slots.get("dataset") == "coastal_border":
        handler = _sector_readings   # (the coastal border is in OHSS's Border Patrol regions only, by fiscal year)
    month = claim.slots.get("bare_month") or claim.slots.get("since_month") if claim.period is None else None
    placed = _latest_named_month(claim, ctx, month) if month else None
    if placed is None:
        return handler(claim, ctx)
    note = f"No year stated: {calendar.month_name[month]} read as {placed.label}, the latest loaded."
    if claim.slots.get("since_month") and (latest := _latest_month(claim, ctx)) is not None:
        # "Since February, monthly crossings have averaged about 7,100": from the latest February on
        placed = Period.range(placed.start, latest.end)
    return [replace(r, notes=[note, *r.notes])
            for r in handler(_with(claim, period=placed, period_stated=True), ctx)]


def _latest_named_month(claim: Claim, ctx: Context, month: int) -> Period | None:
    """"Encounters fell to 6,000 in June", in a text that gives no date: the latest June loaded of
    the series the claim is about (as of the context's date)."""
    if claim.kind.startswith(("encounters", "lowest")):
        table, where, args = ENCOUNTERS, "dataset = ?", [_file_dataset(_datasets(claim)[0])]
    elif claim.kind.startswith(("seizures", "doses")):
        table, where, args = SEIZURES, "true", []
    elif claim.kind.startswith("trade"):
        table, where, args = MONTHLY, "true", []
    else:
        return None
    found = ctx.rows(f"SELECT max(year) FROM {ctx.table(table)} WHERE {where} AND month = ?", [*args, month])
    return Period.month(int(found[0][0]), month) if found and found[0][0] is not None else None


# -- helpers ---------------------------------------------------------------------------------------

#: the countries whose names take "the" ("exports to the Netherlands")
_THE = frozenset({"USA", "GBR", "NLD", "ARE", "PHL", "BHS", "DOM", "CZE", "CAF", "GMB", "COM", "MDV", "MHL", "SLB"})


def _names(ids) -> str:
    from .. import countries

    names = ["the world" if i == "WORLD" else f"the {countries.get(i).name}" if i in _THE else countries.get(i).name
             for i in ids]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _latest_io_year(ctx: Context) -> int:
    """The latest year of the WIOD input-output tables loaded."""
    return ctx.memo(("latest io year",), lambda: ctx.rows(
        "SELECT max(year) FROM io_tables WHERE table_id = 'wiod2013'")[0][0])


def _latest_year(ctx: Context) -> int:
    key = ("latest_trade_year", ctx.as_of_sql)
    if key not in ctx.cache:
        ctx.cache[key] = ctx.rows(f"SELECT max(year) FROM {ctx.table(ANNUAL)} WHERE flow = 'exports'")[0][0]
    return ctx.cache[key]


def _trade_period(claim: Claim, ctx: Context) -> tuple[Period, list[str]]:
    if claim.period is not None and claim.period_stated:
        return claim.period, []
    if claim.period is not None and claim.period.kind in ("year", "fy"):
        return claim.period, [f"No year in the sentence: {claim.period.label}, from the text before it."]
    year = _latest_year(ctx)
    return Period.year(year), [f"No year stated: checked against the latest full year loaded ({year})."]


def _missing(result: Result, name: str) -> Reading:
    return Reading(name, "no_data", "no data", result.definition, [result],
                   notes=list(result.notes))


def _flow_word(flow: str) -> str:
    return {"exports": "exports", "imports": "imports", "total": "total trade",
            "balance": "trade balance", "surplus": "goods surplus", "deficit": "goods deficit"}[flow]


def _bought(flow: str, who: str, value: str, period: str) -> str:
    if flow == "exports":
        return f"{_upper_first(who)} bought {value} of U.S. goods in {period}"
    if flow == "imports":
        return f"The U.S. imported {value} of goods from {who} in {period}"
    if flow == "total":
        return f"U.S. goods trade with {who} came to {value} in {period}"
    return f"The U.S. goods trade balance with {who} was {value} in {period}"


def _upper_first(text: str) -> str:
    """A phrase made to open a sentence ("the next 10 …" → "The next 10 …"), the rest kept as is."""
    return text[:1].upper() + text[1:]


def _short(value: float | None, unit: str) -> str:
    """"$334.0 billion": one decimal for corrections."""
    return fmt_value(value, unit, decimals=1)


# -- trade -----------------------------------------------------------------------------------------

def _trade_value(claim: Claim, ctx: Context) -> list[Reading]:
    period, notes = _trade_period(claim, ctx)
    if "next" in claim.slots:
        return _next_value(claim, ctx, period, notes)
    first = claim.slots.get("first_since")
    if first and period.kind in ("year", "month"):
        what = f"{_flow_word(claim.flow)} {_WITH[claim.flow]} {_names(claim.subjects)} " \
               f"{'was' if claim.flow in ('total', 'balance') else 'were'}"
    if first and period.kind == "year":
        # "topped $300 billion for the first time in 2022": the year against the years before it
        r = run("trade_record", ctx=ctx, flow=claim.flow, partner=claim.subjects, year=period.start[0])
        label = f"{_flow_word(claim.flow)}, {period.start[0]}, first past the bound"
        if r.value is None:
            return [_missing(r, label)]
        series = {int(y): v for y, v in r.detail["series"].items()}
        # (a balance by its size, on the side it is on that year: "the deficit with Mexico first topped $100 billion
        # in 2021" is of the deficits)
        side = "deficit" if claim.flow == "balance" and series[period.start[0]] < 0 else "surplus" \
            if claim.flow == "balance" else ""
        return [_first_crossing(claim, label, _upper_first(what.replace("trade balance", f"the {side}")),
                                {y: -v if side == "deficit" else v for y, v in series.items()}, period.start[0], [r],
                                "", lambda v: _short(v, "USD") + (f" {side}" if side else ""), notes)]
    if first and period.kind == "month":
        # "monthly exports to Mexico topped $30 billion for the first time in August 2024": the month against every
        # month before it (months are named "2024-08" in what is shown)
        y, m = period.start
        r = run("trade_record", ctx=ctx, flow=claim.flow, partner=claim.subjects, year=y, month=m)
        label = f"{_flow_word(claim.flow)}, {period.label}, first month past the bound"
        if r.value is None:
            return [_missing(r, label)]
        since = f"{first['since']:04d}-01" if first["since"] else f"{y - first['years']:04d}-{m:02d}" \
            if first["years"] else None
        return [_first_crossing(_with(claim, slots={**claim.slots, "first_since": {"since": since, "years": None}}),
                                label, _upper_first(what), dict(r.detail["series"]), f"{y:04d}-{m:02d}", [r], "",
                                lambda v: _short(v, "USD"), notes)]
    name = _FLOW_INDICATOR[claim.flow]
    r = run(name, ctx=ctx, partner=claim.subjects, period=period)
    label = f"{_flow_word(claim.flow)}, {period.label}"
    if r.value is None:
        return [_missing(r, label)]
    official = r.value
    if (claim.slots.get("per_month") and period.kind != "month" or claim.slots.get("per_day")) \
            and claim.flow != "balance":
        # "$28 billion a month", "$2.3 billion a day": the period's total spread over its months or days
        daily = bool(claim.slots.get("per_day"))
        span = period if period.end else period.until((_latest_year(ctx), 12))  # "since 2019": to the data's end
        count = span.n_days if daily else span.n_months
        unit = "day" if daily else "month"
        per = r.value / count
        j = judge(claim.quantity, per)
        return [Reading(f"{label}, {'daily' if daily else 'monthly'} average", j.verdict,
                        f"{_short(per, 'USD')} a {unit} ({r.text} / {count} {unit}s)", r.definition, [r],
                        j.tolerance, None if j.verdict == "supported" else
                        f"{_bought(claim.flow, _names(claim.subjects), _short(per, 'USD'), period.label)}"
                        f" on average each {unit}.", notes, per)]
    if claim.flow == "balance":
        # "a deficit of $152 billion" states the size of a negative balance
        text = claim.slots.get("balance_text", claim.text)
        # "a deficit of", "the gap with China", "balance with Canada: –$62.0 billion": a negative balance
        before = claim.text[:max(0, claim.quantity.start - claim.start)] if claim.quantity else ""
        # (the sign word nearest before the figure: "a surplus of $11bn with the UK and a deficit of
        # $95bn with Ireland")
        signs = re.findall(r"(?i)(?:\b|#\w*?)(deficits?|gap|shortfall|imbalance|surplus(?:es)?)\b", before)
        if not signs and claim.quantity:
            # "swung from a $1.4 billion surplus to a deficit of …": else the word right after it
            after = re.match(r"(?i)\s*(?:(?:goods|trade)\s+)*(deficits?|gap|shortfall|surplus(?:es)?)\b",
                             claim.text[claim.quantity.end - claim.start:])
            signs = [after.group(1)] if after else []
        deficit = (not signs[-1].lower().startswith("surplus") if signs else bool(
            re.search(r"(?i)(?:\b|#\w*?)(?:deficits?|gap|shortfall|imbalance)\b", text))) or bool(
            re.search(r"[−–-]\s*$", before))
        if not signs and not re.search(r"(?i)(?:\b|#\w*?)(?:deficits?|gap|shortfall|imbalance|surplus(?:es)?)\b|[−–-]\s*$",
                                       text + " " + before):
            # "The Census figure for 2023 was closer to $280 billion", of the deficit named before: its size
            deficit = r.value < 0
        if re.search(r"(?i)\b(?:surplus|deficit)\s+(?:of\s+(?:[\w.$,]+\s+){1,4}?(?:in\s+(?:its|"
                     r"their)\s+(?:goods\s+)?trade\s+"
                     r"(?:of\s+goods\s+|in\s+goods\s+)?)?)?(?:with|against|over)\s+(?:the\s+)?"
                     r"(?:U\.S\.|US\b|United\s+States|America\b|Americans\b|Washington|us\b)", text):
            # "Beijing's surplus with the U.S.", "the surplus of Mexico with the United States", "our
            # surplus with the Americans": the partner's balance, the U.S. one with the sign turned
            deficit = not deficit
        official = -r.value if deficit else r.value
        if official < 0:
            j = Judgement("contradicted", f"the balance is a {'surplus' if deficit else 'deficit'}")
            word = "surplus" if deficit else "deficit"
            return [Reading(label, j.verdict, r.text, r.definition, [r], j.tolerance,
                            f"The U.S. had a goods trade {word} of {_short(abs(r.value), 'USD')} with "
                            f"{_names(claim.subjects)} in {period.label}.", notes, r.value)]
        j = judge(claim.quantity, official)
        word = "deficit" if deficit else "surplus"
        return [Reading(label, j.verdict, f"{word} of {_short(official, 'USD')}", r.definition, [r],
                        j.tolerance, None if j.verdict == "supported" else
                        f"The U.S. goods trade {word} with {_names(claim.subjects)} was "
                        f"{_short(official, 'USD')} in {period.label}.", notes, official)]
    j = judge(claim.quantity, official)
    alternatives = [_trade_value(_with(claim, flow=f, slots={}), ctx)[0]
                    for f in claim.slots.get("alt_flows", ())]
    if claim.slots.get("loose_total") and j.verdict != "supported":
        # "trade with Mexico" in loose usage may mean what the U.S. sells there: a reading only when
        # the figure fits it, since two-way trade is the word's first sense
        exports = _trade_value(_with(claim, flow="exports", slots={}), ctx)[0]
        alternatives += [exports] if exports.verdict in ("supported", "close") else []
    correction = None
    context = ""
    if len(claim.subjects) == 1 and claim.flow in ("exports", "imports", "total") and period.kind == "year":
        rank = run("trade_rank", ctx=ctx, flow=claim.flow, partner=claim.subjects, period=period)
        if rank.value and rank.value > 1:
            first = rank.detail["ranking"][0]
            amount = _short(first["value"], "USD")
            context = (f", second to {first['partner']} ({amount})" if rank.value == 2 else
                       f" (the {ORDINALS.get(int(rank.value), f'#{int(rank.value)}')}; {first['partner']} was first "
                       f"at {amount})")
    if j.verdict != "supported":
        correction = _bought(claim.flow, _names(claim.subjects), _short(r.value, "USD"), period.label) + context + "."
    readings_ = [Reading(label, j.verdict, r.text, r.definition, [r], j.tolerance, correction, notes, r.value),
                 *alternatives]
    if len(claim.subjects) > 1:
        each = [run(name, ctx=ctx, partner=(p,), period=period) for p in claim.subjects]
        verdicts = [judge(claim.quantity, e.value).verdict for e in each if e.value is not None]
        worst = ("contradicted" if "contradicted" in verdicts else "close" if "close" in verdicts
                 else "supported") if verdicts else "no_data"
        each_reading = Reading(f"{_flow_word(claim.flow)}, each of {_names(claim.subjects)}, {period.label}",
                               worst, "; ".join(f"{_name(p)} {e.text}" for p, e in zip(claim.subjects, each)),
                               r.definition, each, "", None, [], None)
        values = [e.value for e in each if e.value and e.value > 0]
        if re.search(r"(?i)\beach\b(?!\s+(?:year|month|day|quarter)\b)|\bapiece\b", _words(claim)):
            readings_ = [each_reading]   # "Mexico and Canada each bought …"
        elif re.search(r"(?i)\b(?:combined|together|jointly|collectively|between\s+them|in\s+total|"
                       r"all\s+told)\b", _words(claim)):
            pass                          # "… combined": the sum only
        elif values and r.value and r.value > 0 and claim.quantity.value > 0 and abs(math.log(claim.quantity.value / r.value)) < \
                min(abs(math.log(claim.quantity.value / v)) for v in values):
            pass                          # "$1.6 trillion with the USMCA partners": only a sum is that large
        elif re.search(r"(?i)\bboth\b", _words(claim)):
            readings_.insert(0, each_reading)
        else:
            readings_.append(each_reading)
    return readings_


def _first_crossing(claim: Claim, label: str, what: str, series: dict[int | str, float], year: int | str,
                    results: list[Result], prefix: str, show: Callable[[float], str], notes: list[str]) -> Reading:
    """"Dropped below 400,000 for the first time since 1971": the year's figure past the bound, and
    no year between the one named (or any year before, or the years named) past it too. (Months are keyed
    "2024-08", with the claim's "since" in the same form and no count of years.)"""
    bound = claim.quantity
    j = judge(bound, series[year])
    first_since = claim.slots["first_since"]
    # an earlier year past the bound is one the bound, as claimed, holds for too
    last = max((y for y, v in series.items() if y < year and judge(bound, v).verdict == "supported"), default=None)
    floor = first_since["since"] if first_since["since"] else year - first_since["years"] \
        if first_since["years"] else None
    start = min(series)
    if last is None and floor is not None and start > floor:
        return Reading(label, "no_data", "no data", results[0].definition, results, notes=notes + [
            f"{prefix}{year}: {show(series[year])}; the series loaded starts in {prefix}{start}, after "
            f"{prefix}{floor}, so the years before cannot be compared."])
    crossed = last is None or floor is not None and last <= floor
    found = f"{prefix}{year}: {show(series[year])}; " + (
        f"last time past the bound: {prefix}{last} ({show(series[last])})" if last is not None
        else f"never past the bound before, in the series from {prefix}{start}")
    verdict = j.verdict if crossed else "contradicted"
    when = f"since {prefix}{floor}" if floor is not None else "in the series"
    side = "above" if bound.hedge in ("over", "just_over", "at_least") else "below"
    correction = None if verdict == "supported" else f"{what} {show(series[year])} in {prefix}{year}" + (
        f", but already {side} {show(bound.value)} in {prefix}{last} ({show(series[last])})." if j.verdict != "contradicted"
        else f", not {side} {show(bound.value)}.")
    return Reading(label, verdict, found, results[0].definition, results,
                   j.tolerance if crossed else f"{prefix}{last} was already past it", correction,
                   notes + [f"The claim: past {show(bound.value)} in {prefix}{year} for the first time {when}."],
                   series[year])


def _words(claim: Claim) -> str:
    """The claim's words as read: in English for a claim written in Spanish ("veces más": "times more")."""
    return claim.slots.get("read", claim.text)


def _with(claim: Claim, **changes) -> Claim:
    return replace(claim, **changes)


def _trade_ratio(claim: Claim, ctx: Context) -> list[Reading]:
    if claim.slots.get("next") and claim.subjects and not claim.others:
        return _ratio_to_next(claim, ctx)
    if not claim.others or not claim.subjects:
        return _no_data(claim, ctx, "the comparison's two sides could not both be identified")
    period, notes = _trade_period(claim, ctx)
    if claim.slots.get("flows"):
        return [_flow_ratio(claim, ctx, period, notes)]
    if claim.slots.get("per_capita"):
        return [_per_capita_ratio(claim, ctx, period, notes)]
    if claim.slots.get("population") or (re.search(r"(?i)\bpopulation|\b(?:people|residents|inhabitants)\b",
                                                   _words(claim)) or re.search(r"(?i)\bas\s+(?:many|populous)\b",
                                                                               _words(claim)) and re.search(
            r"(?i)\b(?:people|residents|inhabitants|population)\b", claim.slots.get("sentence", ""))) and not re.search(
            r"(?i)\b(?:export|import|trade|bought|sold|goods|deficit|surplus)", _words(claim)):
        # "more than three times Canada's population": a ratio of residents (and "home to about 140 million people,
        # more than three times as many as Canada")
        a, b = (run("population", ctx=ctx, country=side, year=period.start[0])
                for side in (claim.subjects, claim.others))
        return [_ratio_of(claim, a, b, f"population ratio, {period.start[0]}", notes, lambda ratio: (
            f"{_upper_first(_names(claim.subjects))} had {a.value / 1e6:,.1f} million residents in {period.start[0]}, "
            f"{ratio:.1f} times {_names(claim.others)}'s {b.value / 1e6:,.1f} million."))]
    if claim.flow == "balance":
        return [_balance_ratio(claim, ctx, period, notes)]
    r = run("trade_ratio", ctx=ctx, flow=claim.flow if claim.flow != "balance" else "exports",
            partner=claim.subjects, other=claim.others, period=period)
    label = f"{_flow_word(claim.flow)} ratio, {period.label}"
    if r.value is None:
        return [_missing(r, label)]
    j = _by_percent(claim, r.value) if claim.slots.get("by_percent") else judge(claim.quantity, r.value)
    a, b = r.components
    if re.search(r"(?i)\btimes\s+(?:more|larger|bigger|greater)\b", _words(claim)):
        notes = notes + ['"N times more than" is read as "N times as much as", the common usage; read '
                         f'literally ("N times more" = N + 1 times as much) the ratio would be {r.value - 1:.2f}.']
    times = f"{r.value:.1f} times as much as" if r.value >= 1 else f"{r.value:.0%} as much as"
    if claim.slots.get("by_percent"):
        # "exceeded those from Canada by more than 25 percent"
        times = f"{abs(r.value - 1):.0%} {'more' if r.value >= 1 else 'less'} than"
    correction = None if j.verdict == "supported" else (
        f"{_bought(claim.flow, _names(claim.subjects), _short(a.value, 'USD'), period.label)}, "
        f"{times} {_names(claim.others)} ({_short(b.value, 'USD')}).")
    return [Reading(label, j.verdict, f"{r.value:.2f}× ({a.text} vs {b.text})", r.definition, [r],
                    j.tolerance, correction, notes, r.value)]


def _multiple(claim: Claim, ratio: float) -> Judgement:
    """The claimed multiple against ``ratio``, or its difference when the claim gives one ("45 percent larger")."""
    return _by_percent(claim, ratio) if claim.slots.get("by_percent") else judge(claim.quantity, ratio)


def _by_percent(claim: Claim, ratio: float) -> Judgement:
    """A ratio claimed as a difference ("about 25 percent more than China"), judged on the
    difference: 25% against the official 15%, not 1.25 against 1.15."""
    up, said = claim.quantity.value >= 1, abs(claim.quantity.value - 1) * 100
    q = replace(claim.quantity, value=said, unit="%", precision=claim.quantity.precision * 100)
    return judge(q, abs(ratio - 1) * 100) if (ratio >= 1) == up else Judgement(
        "contradicted", "the difference goes the other way")


def _ratio_of(claim: Claim, a: Result, b: Result, label: str, notes: list[str],
              correction: Callable[[float], str]) -> Reading:
    """The claimed multiple against ``a`` / ``b``; ``correction`` words the true ratio."""
    if a.value is None or b.value is None or not b.value:
        return _missing(a if a.value is None else b, label)
    ratio = a.value / b.value
    j = judge(claim.quantity, ratio)
    return Reading(label, j.verdict, f"{ratio:.2f}× ({a.text} vs {b.text})", f"{a.definition} Divided by: "
                   f"{b.definition}", [a, b], j.tolerance, None if j.verdict == "supported" else correction(ratio),
                   notes, ratio)


def _per_capita_ratio(claim: Claim, ctx: Context, period: Period, notes: list[str]) -> Reading:
    """"Canadians bought about three times as much per head as Mexicans": a ratio of per-capita figures (of two-way
    trade when the figure it is set against is: "two-way goods trade with Canada came to $18,450 per resident,
    nearly three times the figure for Mexico")."""
    flow = "total" if claim.slots.get("two_way") else "exports"
    a, b = (run("trade_per_capita", ctx=ctx, flow=flow, partner=who, period=period)
            for who in (claim.subjects, claim.others))
    return _ratio_of(claim, a, b, f"{_flow_word(flow)} per person, {_names(claim.subjects)} vs {_names(claim.others)}, "
                     f"{period.label}", notes, lambda ratio:
                     f"In {period.label} {_names(claim.subjects)} " + (
                         "bought " if flow == "exports" else "accounted for ") + f"{_short(a.value, 'USD')} of U.S. "
                     f"goods {'' if flow == 'exports' else 'trade '}per person, {ratio:.1f} times "
                     f"{_names(claim.others)}'s {_short(b.value, 'USD')}.")


def _balance_ratio(claim: Claim, ctx: Context, period: Period, notes: list[str]) -> Reading:
    """"The deficit with Mexico is more than twice the deficit with Canada": a ratio of two
    balances of the same sign."""
    a, b = (run("trade_balance", ctx=ctx, partner=who, period=period) for who in (claim.subjects, claim.others))
    label = f"trade balance, {_names(claim.subjects)} vs {_names(claim.others)}, {period.label}"
    if a.value is not None and b.value is not None and (a.value < 0) != (b.value < 0):
        return Reading(label, "contradicted", f"{a.text} vs {b.text}", a.definition, [a, b], "one balance is a "
                       "deficit, the other a surplus", f"In {period.label} the U.S. goods trade balance was {a.text} "
                       f"with {_names(claim.subjects)} and {b.text} with {_names(claim.others)}.", notes, None)
    word = "deficit" if (a.value or 0) < 0 else "surplus"
    return _ratio_of(claim, a, b, label, notes, lambda ratio:
                     f"In {period.label} the U.S. goods trade {word} with {_names(claim.subjects)} "
                     f"({_short(abs(a.value), 'USD')}) was {ratio:.1f} times the one with {_names(claim.others)} "
                     f"({_short(abs(b.value), 'USD')}).")


def _flow_ratio(claim: Claim, ctx: Context, period: Period, notes: list[str]) -> Reading:
    """"Imported three times as much from China as it exported there": one partner, two flows."""
    first, second = claim.slots["flows"]
    a, b = (run(flow, ctx=ctx, partner=claim.subjects, period=period) for flow in (first, second))
    who = _names(claim.subjects)
    return _ratio_of(claim, a, b, f"{first} vs {second}, {who}, {period.label}", notes, lambda ratio:
                     f"In {period.label} U.S. goods {first} {'from' if first == 'imports' else 'to'} {who} "
                     f"({_short(a.value, 'USD')}) were {ratio:.1f} times {second} "
                     f"{'from' if second == 'imports' else 'to'} {who} ({_short(b.value, 'USD')}).")


def _next_rankings(flow: str, what: str) -> list[str]:
    """What the next N partners may be ranked by: the flow compared, and total trade too when they are called
    "trading partners"."""
    return [flow] + (["total"] if flow != "total" and "partner" in what else [])


def _group_vs_next(claim: Claim, ctx: Context) -> list[Reading]:
    period, notes = _trade_period(claim, ctx)
    n = claim.slots.get("n", 10)
    what = claim.slots.get("what", "")
    flow = "total" if claim.flow == "total" else claim.flow if claim.flow != "balance" else "exports"
    # the partners may be ranked by the flow compared, or (for "trading partners") by total trade
    rankings = _next_rankings(flow, what)
    if len(rankings) > 1:
        notes = notes + [f"'{what}' may be ranked by {_flow_word(flow)} or by total trade: both "
                         f"are evaluated, comparing {_flow_word(flow)} in each."]
    group = run(_FLOW_INDICATOR[flow], ctx=ctx, partner=claim.subjects, period=period)
    out = []
    for rank_by in rankings:
        nxt = run("trade_next", ctx=ctx, flow=flow, period=period, after=claim.subjects, n=n,
                  rank_by=rank_by)
        label = f"{_flow_word(flow)}, next {n} ranked by {_flow_word(rank_by)}, {period.label}"
        if group.value is None or nxt.value is None:
            out.append(_missing(group if group.value is None else nxt, label))
            continue
        more = group.value > nxt.value
        holds = more if claim.slots.get("direction", "more") == "more" else not more
        j = judge_bool(holds, f"{_upper_first(_names(claim.subjects))} {group.text} vs the next {n} {nxt.text}")
        if claim.slots.get("direction") == "as_much":
            # "nearly as much as the next ten combined": the ratio of the two against one, with the hedge
            j = judge(Quantity(1.0, "ratio", 0, 0, claim.slots.get("claimed", ""), claim.slots.get("hedge", "about"),
                               0.01), group.value / nxt.value)
        group_names = nxt.detail["group"]
        included = [c for c in claim.slots.get("including", ()) if c not in claim.subjects]
        missing = [i for i in included if _name(i) not in group_names]
        extra = list(notes)
        extra.append(f"The next {n} by {_flow_word(rank_by)}: {', '.join(group_names)}." + (
            f" Not among them: {_names(missing)}." if missing else ""))
        verb = "more" if more else "less"
        role = "export markets" if rank_by == "exports" else "trading partners"
        correction = None if j.verdict == "supported" else (
            f"{_bought(flow, _names(claim.subjects), _short(group.value, 'USD'), period.label)}, "
            f"{verb} than the next {n} {role} combined ({_short(nxt.value, 'USD')}).")
        out.append(Reading(label, j.verdict, f"{group.text} vs {nxt.text}",
                           f"{group.definition}; compared with {nxt.definition}", [group, nxt],
                           j.tolerance, correction, extra, group.value - nxt.value))
    return out


def _ratio_to_next(claim: Claim, ctx: Context) -> list[Reading]:
    """"Exports to Mexico and Canada are double those to the next five markets combined": the group's flow
    over the next N partners' (ranked by total trade too, for "partners")."""
    period, notes = _trade_period(claim, ctx)
    n, what = claim.slots["next"]
    flow = claim.flow if claim.flow in ("exports", "imports", "total") else "exports"
    group = run(_FLOW_INDICATOR[flow], ctx=ctx, partner=claim.subjects, period=period)
    out = []
    for rank_by in _next_rankings(flow, what):
        nxt = run("trade_next", ctx=ctx, flow=flow, period=period, after=claim.subjects, n=n, rank_by=rank_by)
        role = "export markets" if rank_by == "exports" else "trading partners"
        out.append(_ratio_of(
            claim, group, nxt, f"{_flow_word(flow)}, {_names(claim.subjects)} vs the next {n} ranked by "
            f"{_flow_word(rank_by)}, {period.label}", notes + ([f"The next {n} by {_flow_word(rank_by)}: "
                                                               f"{', '.join(nxt.detail['group'])}."] if nxt.value else []),
            lambda ratio, nxt=nxt, role=role: f"{_bought(flow, _names(claim.subjects), _short(group.value, 'USD'), period.label)}, "
            f"{ratio:.2f} times the next {n} {role} combined ({_short(nxt.value, 'USD')})."))
    return out


def _next_value(claim: Claim, ctx: Context, period: Period, notes: list[str]) -> list[Reading]:
    """"The next 10 export markets after Canada and Mexico bought $690 billion": the partners
    ranked just after the group, their flow summed (ranked by total trade too, for "partners")."""
    n, what = claim.slots["next"]
    flow = claim.flow if claim.flow in ("exports", "imports", "total") else "exports"
    rankings = _next_rankings(flow, what)
    out = []
    for rank_by in rankings:
        r = run("trade_next", ctx=ctx, flow=flow, period=period, after=claim.subjects or None, n=n, rank_by=rank_by)
        # ("the top five trading partners": no group named, the first N)
        which = f"next {n}" if claim.subjects else f"top {n}"
        after = f" after {_names(claim.subjects)}" if claim.subjects else ""
        label = f"{_flow_word(flow)}, {which}{after} ranked by {_flow_word(rank_by)}, {period.label}"
        if r.value is None:
            out.append(_missing(r, label))
            continue
        j = judge(claim.quantity, r.value)
        role = "export markets" if rank_by == "exports" else "trading partners"
        out.append(Reading(label, j.verdict, r.text, r.definition, [r], j.tolerance, None if j.verdict == "supported"
                           else _upper_first(_bought(flow, f"the {which} {role}{after} combined", _short(r.value, 'USD'),
                                                     period.label)) + ".",
                           notes + [f"The {which} by {_flow_word(rank_by)}: {', '.join(r.detail['group'])}."],
                           r.value))
    return out


def _name(country_id: str) -> str:
    from .. import countries

    return countries.get(country_id).name


def _group_vs_combined(claim: Claim, ctx: Context) -> list[Reading]:
    if claim.slots.get("topic") == "sme":
        return _no_data(claim, ctx, topic="sme")
    period, notes = _trade_period(claim, ctx)
    if claim.flow == "balance":
        return [_balance_compare(claim, ctx, period, notes, [claim.others])]
    flow = claim.flow if claim.flow in ("exports", "imports", "total") else "exports"
    name = _FLOW_INDICATOR[flow]
    a = run(name, ctx=ctx, partner=claim.subjects, period=period)
    b = run(name, ctx=ctx, partner=claim.others, period=period)
    label = f"{_flow_word(flow)}, {period.label}"
    if a.value is None or b.value is None:
        return [_missing(a if a.value is None else b, label)]
    holds = a.value > b.value if claim.slots.get("direction") == "more" else a.value < b.value
    j = judge_bool(holds, f"{a.text} vs {b.text}")
    correction = None if holds else (
        f"{_bought(flow, _names(claim.subjects), _short(a.value, 'USD'), period.label)}, "
        f"{'less' if a.value < b.value else 'more'} than {'' if flow == 'exports' else 'with '}"
        f"{_names(claim.others)} combined "
        f"({_short(b.value, 'USD')}).")
    return [Reading(label, j.verdict, f"{a.text} vs {b.text}", a.definition, [a, b], j.tolerance,
                    correction, notes, a.value - b.value)]


def _rank(claim: Claim, ctx: Context) -> list[Reading]:
    if claim.slots.get("topic") == "sme":
        return _no_data(claim, ctx, topic="sme", context=_sme_context(ctx))
    if not claim.subjects:
        return _no_data(claim, ctx, "the partner ranked could not be identified")
    if claim.flow == "balance":
        # "the goods deficit with Mexico is second only to China's": ranked by the deficit's size
        claim = _with(claim, flow="surplus" if re.search(r"(?i)\bsurplus", _words(claim)) else "deficit")
    if claim.slots.get("every_year"):
        return _rank_every_year(claim, ctx)
    if claim.slots.get("top_n") or claim.slots.get("at_most"):
        return _rank_top_n(claim, ctx)
    period, notes = _trade_period(claim, ctx)
    if claim.slots.get("first_time") and period.kind == "year":
        return _rank_first_time(claim, ctx, period)
    if countries.get(claim.subjects[0]).kind == "aggregate":
        return _rank_aggregate(claim, ctx, period)
    want = claim.slots.get("rank", 1)
    role = claim.slots.get("role", "market")
    flows = [claim.flow]
    out = []
    for flow in flows:
        r = run("trade_rank", ctx=ctx, flow=flow, partner=claim.subjects, period=period)
        label = f"rank by {_flow_word(flow)}, {period.label}"
        if r.value is None:
            out.append(_missing(r, label))
            continue
        j = judge_bool(int(r.value) == want, f"claimed #{want}, official #{int(r.value)}")
        ranking = r.detail["ranking"]
        extra = list(notes)
        if flow == "exports" and "partner" not in role:
            total = run("trade_rank", ctx=ctx, flow="total", partner=claim.subjects, period=period)
            if total.value is not None and total.value != r.value:
                extra.append(f"By total trade (exports + imports), {_names(claim.subjects)} ranks "
                             f"#{int(total.value)} in {period.label}.")
        above = [row for row in ranking if row["rank"] < r.value]
        me = next(row for row in ranking if row["country_id"] == claim.subjects[0])
        before = ", ".join(f"{x['partner']} ({_short(abs(x['value']), 'USD')})" for x in above)
        nth = ORDINALS.get(int(r.value), f"#{int(r.value)}")
        if flow in ("surplus", "deficit"):
            # "its largest goods surplus", "the third-largest deficit": the balance, by size
            sign = "surplus" if me["value"] > 0 else "deficit"
            correction = None if j.verdict == "supported" else (
                f"In {period.label}, the U.S. goods {sign} with {_names(claim.subjects)} "
                f"({_short(abs(me['value']), 'USD')}) " + (
                    f"was the {nth}" + (f", after {before}." if above else ".") if sign == flow else
                    f"was not a {flow} at all."))
        else:
            correction = None if j.verdict == "supported" else (
                f"In {period.label}, {_names(claim.subjects)} was the {nth} {_WHAT[flow]} "
                f"({_short(me['value'], 'USD')})" + (f", after {before}." if above else "."))
        out.append(Reading(label, j.verdict, f"#{int(r.value)} ({me['partner']} {_short(me['value'], 'USD')})",
                           r.definition, [r], j.tolerance, correction, extra, r.value))
        if (bloc := claim.slots.get("bloc_named")) and flow in ("exports", "imports", "total"):
            out.extend(_rank_with_bloc(claim, ctx, period, flow, bloc, r, me, want))
    return out


def _rank_with_bloc(claim: Claim, ctx: Context, period: Period, flow: str, bloc: str, r, me: dict,
                    want: int) -> list[Reading]:
    """The place read again with the bloc the text names counted as one partner ("The European Union
    gets the headlines, but Mexico is America's biggest trading partner"), when that changes it."""
    b = run(_FLOW_INDICATOR[flow], ctx=ctx, partner=(bloc,), period=period)
    if b.value is None:
        return []
    place = int(r.value) + (1 if b.value > me["value"] else 0)
    if (place == want) == (int(r.value) == want):
        return []   # the bloc does not change the verdict: the countries-only reading stands alone
    j = judge_bool(place == want, f"claimed #{want}, #{place} counting {_names((bloc,))} as one partner")
    return [Reading(f"rank by {_flow_word(flow)}, {period.label}, counting {_names((bloc,))} as one partner", j.verdict,
                    f"#{place} ({me['partner']} {_short(me['value'], 'USD')}; {_names((bloc,))} {b.text})",
                    b.definition, [r, b], j.tolerance, None if j.verdict == "supported" else
                    f"Counting {_names((bloc,))} as one partner, {_names(claim.subjects)} was the "
                    f"{ORDINALS.get(place, f'#{place}')} {_WHAT[flow]} in {period.label}.", [], float(place))]


#: the indicator that gives a flow's value for a partner
_FLOW_INDICATOR = {"exports": "exports", "imports": "imports", "total": "trade_total", "balance": "trade_balance"}
_WITH = {"exports": "to", "imports": "from", "total": "with", "balance": "with"}
_WHAT = {"exports": "market for U.S. goods", "imports": "source of U.S. goods imports",
         "total": "goods trading partner of the U.S."}


def _rank_every_year(claim: Claim, ctx: Context) -> list[Reading]:
    """"Our largest trading partner every year since 2019": the rank held in each year."""
    first, last, count = claim.slots["every_year"]
    latest = _latest_year(ctx)
    last = min(last or latest, latest)
    first = first if first is not None else last - (count or 1) + 1
    want = claim.slots.get("rank", 1)
    ranks, results = {}, []
    for year in range(first, last + 1):
        r = run("trade_rank", ctx=ctx, flow=claim.flow, partner=claim.subjects, period=Period.year(year))
        if r.value is None:
            return [_missing(r, f"rank by {_flow_word(claim.flow)}, {year}")]
        ranks[year], results = int(r.value), results + [r]
    off = {y: k for y, k in ranks.items() if k != want}
    j = judge_bool(not off, f"claimed #{want} in every year {first}–{last}")
    official = "; ".join(f"{y} #{k}" for y, k in ranks.items())
    held = ", ".join(str(y) for y in ranks if y not in off)
    ranked = ", ".join(f"{y} (#{k})" for y, k in off.items())
    correction = None if not off else (
        f"{_upper_first(_names(claim.subjects))} was the {ORDINALS.get(want, f'#{want}')} {_WHAT[claim.flow]} in {held}, but not in "
        f"{ranked}." if held else f"{_upper_first(_names(claim.subjects))} was not the {ORDINALS.get(want, f'#{want}')} "
        f"{_WHAT[claim.flow]} in any of those years: {ranked}.")
    return [Reading(f"rank by {_flow_word(claim.flow)}, each year {first}–{last}", j.verdict, official,
                    results[-1].definition, results, j.tolerance, correction,
                    [f"Checked every calendar year from {first} to {last} (the latest full year loaded)."],
                    float(len(off)))]


def _rank_aggregate(claim: Claim, ctx: Context, period: Period) -> list[Reading]:
    """"The European Union is America's biggest trading partner": true if the bloc counts as one
    partner, not among countries (the reading ranks use)."""
    want = claim.slots.get("rank", 1)
    name = _FLOW_INDICATOR[claim.flow if claim.flow in ("exports", "imports") else "total"]
    bloc = run(name, ctx=ctx, partner=claim.subjects[:1], period=period)
    top = run("trade_rank", ctx=ctx, flow=claim.flow if claim.flow != "balance" else "total", partner=("MEX",),
              period=period)
    label = f"{_upper_first(_names(claim.subjects[:1]))} as one partner, by {_flow_word(claim.flow)}, {period.label}"
    if bloc.value is None or top.value is None:
        return [_missing(bloc if bloc.value is None else top, label)]
    ranking = top.detail["ranking"]
    above = [row for row in ranking if row["value"] > bloc.value]
    held = len(above) + 1 == want
    j = judge_bool(held, f"claimed #{want} counting {_names(claim.subjects[:1])} as one partner")
    first = ranking[0]
    as_bloc = Reading(label, j.verdict, f"#{len(above) + 1} ({_names(claim.subjects[:1])} {bloc.text}; top country "
                      f"{first['partner']} {_short(first['value'], 'USD')})", bloc.definition, [bloc, top],
                      j.tolerance, None, [], float(len(above) + 1))
    countries_only = Reading(f"rank among countries, by {_flow_word(claim.flow)}, {period.label}", "contradicted",
                             f"not ranked ({_names(claim.subjects[:1])} is a group of countries; #1 is "
                             f"{first['partner']} {_short(first['value'], 'USD')})", top.definition, [top],
                             "a group is not a country", f"Among single countries, {first['partner']} was the "
                             f"{ORDINALS[1]} {_WHAT.get(claim.flow, _WHAT['total'])} in {period.label} "
                             f"({_short(first['value'], 'USD')}); the {_names(claim.subjects[:1])} as a whole "
                             f"came to {bloc.text}.", [], None)
    return [as_bloc, countries_only]


def _rank_first_time(claim: Claim, ctx: Context, period: Period) -> list[Reading]:
    """"First became our top trading partner in 2023": the rank held that year and in no year
    loaded before it."""
    want = claim.slots.get("rank", 1)
    label = f"rank by {_flow_word(claim.flow)}, {period.label}, and every year loaded before"
    r = run("trade_rank", ctx=ctx, flow=claim.flow, partner=claim.subjects, period=period)
    if r.value is None:
        return [_missing(r, label)]
    results, earlier = [r], None
    year = period.start[0] - 1
    while earlier is None:
        before = run("trade_rank", ctx=ctx, flow=claim.flow, partner=claim.subjects, period=Period.year(year))
        if before.value is None:
            break                       # the first year loaded
        results.append(before)
        earlier = year if int(before.value) <= want else None
        year -= 1
    held = int(r.value) <= want
    j = judge_bool(held and earlier is None, f"claimed #{want} first in {period.label}")
    nth = ORDINALS.get(want, f"#{want}")
    official = f"#{int(r.value)} in {period.label}" + (
        f"; already #{int(results[-1].value)} in {earlier}" if earlier is not None
        else f"; never #{want}{' or higher' if want > 1 else ''} in {year + 1}–{period.start[0] - 1}")
    correction = None if j.verdict == "supported" else (
        f"{_upper_first(_names(claim.subjects))} was the {nth} {_WHAT[claim.flow]} in {period.label}, but first held that place "
        f"by {earlier}." if held and earlier is not None else
        f"{_upper_first(_names(claim.subjects))} ranked #{int(r.value)} as a {_WHAT[claim.flow]} in {period.label}.")
    return [Reading(label, j.verdict, official, r.definition, results, j.tolerance, correction,
                    [f"Checked the rank in every calendar year loaded from {year + 1} to {period.label}."], r.value)]


def _rank_top_n(claim: Claim, ctx: Context) -> list[Reading]:
    """"Our two largest customers", "one of the top five markets": ranks within the first N."""
    n = claim.slots.get("top_n") or 5
    period, notes = _trade_period(claim, ctx)
    found = [run("trade_rank", ctx=ctx, flow=claim.flow, partner=(p,), period=period) for p in claim.subjects]
    label = f"rank by {_flow_word(claim.flow)}, {period.label}, within the top {n}"
    missing = next((r for r in found if r.value is None), None)
    if missing is not None or not found:
        return [_missing(missing, label)] if missing is not None else _no_data(claim, ctx, "no partner named")
    ranks = {p: int(r.value) for p, r in zip(claim.subjects, found)}
    holds = all(k <= n for k in ranks.values())
    j = judge_bool(holds, f"claimed within the top {n}")
    official = "; ".join(f"{_name(p)} #{k}" for p, k in ranks.items())
    ranking = found[0].detail["ranking"]
    correction = None if holds else (
        f"In {period.label} the top {n} {_ROLE_PLURAL[claim.flow]} were "
        f"{', '.join(row['partner'] for row in ranking[:n])}; " + "; ".join(
            f"{_name(p)} ranked #{k}" for p, k in ranks.items() if k > n) + ".")
    return [Reading(label, j.verdict, official, found[0].definition, found, j.tolerance, correction,
                    notes, float(max(ranks.values())))]


_ROLE_PLURAL = {"exports": "markets for U.S. goods", "imports": "sources of U.S. goods imports",
                "total": "goods trading partners of the U.S."}


def _per_capita(claim: Claim, ctx: Context) -> list[Reading]:
    period, notes = _trade_period(claim, ctx)
    if period.kind != "year":
        period = Period.year(period.start[0])
    out = []
    # "~$1,350 for every Vietnamese person" of U.S. imports: what the U.S. buys per resident of the partner
    # ("over $18,000 in U.S. goods trade per resident", "two-way trade is … about $6,900 per resident": trade, both ways)
    flow = "imports" if claim.flow == "imports" else "total" if claim.flow == "total" and (
        claim.slots.get("two_way") or _TWO_WAY.search(_words(claim))) else "exports"
    r = run("trade_per_capita", ctx=ctx, flow=flow, partner=claim.subjects, period=period)
    label = f"{_flow_word(flow)} per resident, {'combined, ' if len(claim.subjects) > 1 else ''}{period.label}"
    if r.value is None:
        return [_missing(r, label)]
    j = judge(claim.quantity, r.value)
    each = []
    if len(claim.subjects) > 1 and not claim.slots.get("combined"):
        each = [run("trade_per_capita", ctx=ctx, flow=flow, partner=(s,), period=period)
                for s in claim.subjects]
    correction = None
    if j.verdict != "supported" or any(judge(claim.quantity, e.value).verdict != "supported"
                                       for e in each if e.value is not None):
        parts = [f"{_names((s,))} ${e.value:,.0f}" for s, e in zip(claim.subjects, each) if e.value]
        correction = ((f"On a per capita basis, {_names(claim.subjects)} bought ${r.value:,.0f} of U.S. "
                       f"goods per person in {period.label}" if flow == "exports" else
                       f"On a per capita basis, U.S. two-way goods trade with {_names(claim.subjects)} came to "
                       f"${r.value:,.0f} per resident in {period.label}" if flow == "total" else
                       f"On a per capita basis, the U.S. imported ${r.value:,.0f} of goods per resident of "
                       f"{_names(claim.subjects)} in {period.label}")
                      + (f" combined ({'; '.join(parts)})." if parts else "."))
    out.append(Reading(label, j.verdict, f"${r.value:,.0f} per person", r.definition, [r],
                       j.tolerance, correction, notes, r.value))
    if each:
        verdicts = [judge(claim.quantity, e.value) for e in each if e.value is not None]
        worst = "contradicted" if any(v.verdict == "contradicted" for v in verdicts) else (
            "close" if any(v.verdict == "close" for v in verdicts) else "supported")
        out.append(Reading(f"{_flow_word(flow)} per resident, each of {_names(claim.subjects)}, {period.label}",
                           worst, "; ".join(f"{_names((s,))} ${e.value:,.0f}" for s, e in
                                            zip(claim.subjects, each) if e.value is not None),
                           each[0].definition, each, verdicts[0].tolerance if verdicts else "",
                           correction, notes, None))
    return out


#: a share that went down: "fell 8.2 percentage points", "lost two points"
_SHARE_DOWN = re.compile(r"(?i)\b(?:fell|fall(?:s|en)?|dropped|drop(?:s|ped)?|declined?|declining|slipped|slid|sank|shrank|"
                         r"lost|loses|down|decreased?|contracted|eroded|gave\s+up|retreated|plunged|tumbled)\b")


def _share_points(claim: Claim, ctx: Context) -> list[Reading]:
    """"China's share of U.S. imports fell 8.2 percentage points between 2017 and 2024": the share at the end
    less the share at the start, in points (a year alone against the year before; "since" to the latest year)."""
    latest = _latest_year(ctx)
    period, notes = claim.period, []
    if period is not None and period.kind == "range" and period.start[0] < (period.end or (latest, 12))[0]:
        first, last = period.start[0], (period.end or (latest, 12))[0]
    elif period is not None and period.kind == "year":
        first, last = period.start[0] - 1, period.start[0]
    else:
        first, last = latest - 1, latest
        notes = [f"No years stated: read as {first} to {last}, the latest full year loaded against the year before."]
    flow = claim.flow if claim.flow in ("exports", "imports", "total") else "exports"
    a, b = (run("trade_share", ctx=ctx, flow=flow, partner=claim.subjects, period=Period.year(y)) for y in (first, last))
    label = f"share of U.S. {_flow_word(flow)}, {first} to {last}, in points"
    if a.value is None or b.value is None:
        return [_missing(a if a.value is None else b, label)]
    points = b.value - a.value
    down = bool(_SHARE_DOWN.search(_words(claim)))
    if (points < 0) == down or not points:
        j = judge(claim.quantity, abs(points))
    else:
        j = Judgement("contradicted", f"the share {'rose' if points > 0 else 'fell'}, not the other way")
    moved = "fell" if points < 0 else "rose"
    correction = None if j.verdict == "supported" else (
        f"{_upper_first(_names(claim.subjects))}'s share of U.S. {_flow_word(flow)} {moved} "
        f"{abs(points):.1f} percentage points, from {a.value:.1f}% in {first} to {b.value:.1f}% in {last}.")
    return [Reading(label, j.verdict, f"{points:+.1f} points ({a.text} → {b.text})",
                    f"{a.definition} The later share less the earlier one.", [a, b], j.tolerance, correction, notes,
                    points)]


def _trade_share(claim: Claim, ctx: Context) -> list[Reading]:
    if claim.quantity is not None and claim.quantity.unit == "pp" and claim.subjects:
        return _share_points(claim, ctx)
    period, notes = _trade_period(claim, ctx)
    if "next" in claim.slots and not claim.subjects:
        # "the top five partners": the first N by the flow shared, that year
        n = claim.slots["next"][0]
        top = run("trade_next", ctx=ctx, flow=claim.flow if claim.flow in ("exports", "imports", "total") else "exports",
                  period=period, n=n)
        if top.value is None:
            return [_missing(top, "share")]
        claim = _with(claim, subjects=tuple(row["country_id"] for row in top.detail["ranking"][:n]))
        notes = notes + [f"The top {n} by {_flow_word(claim.flow)}: {', '.join(top.detail['group'])}."]
    r = run("trade_share", ctx=ctx, flow=claim.flow if claim.flow in ("exports", "imports", "total")
            else "exports", partner=claim.subjects, period=period)
    if r.value is None:
        return [_missing(r, "share")]
    j = judge(claim.quantity, r.value)
    return [Reading(f"share of U.S. {_flow_word(claim.flow)}, {period.label}", j.verdict, r.text,
                    r.definition, [r], j.tolerance, None if j.verdict == "supported" else
                    f"{_upper_first(_names(claim.subjects))} took {r.value:.1f}% of "
                    f"{'total U.S. goods trade' if claim.flow == 'total' else 'U.S. goods ' + _flow_word(claim.flow)} "
                    f"in {period.label}.", notes, r.value)]


def _trade_growth(claim: Claim, ctx: Context) -> list[Reading]:
    base, kind = claim.slots.get("base"), claim.slots.get("base_kind")
    latest = _latest_year(ctx)
    if base is None and claim.slots.get("lookback"):
        # "over the past decade": from the latest full year loaded, that many years back
        base, kind = Period.year(latest - claim.slots["lookback"]), "since"
    notes_default = []
    if base is None and claim.period is not None and claim.period.kind == "year":
        base, kind = claim.period, "year"   # the year named earlier in the text, against the one before
    if base is None:
        # "exports to Mexico grew 3%": the latest full year against the one before, and said so
        base, kind = Period.year(latest), "year"
        notes_default = [f"No period stated: read as {latest - 1} to {latest}, the latest full year loaded "
                         f"against the year before."]
    if kind == "range" and base.end is not None:
        start, end = Period.year(base.start[0]), Period.year(base.end[0])
    elif kind == "since" and base.start[1] == 10:
        # "since fiscal 2019": that fiscal year against the latest whole one loaded
        start, end = Period.fiscal_year(base.start[0] + 1), Period.fiscal_year(latest)
    elif kind == "year":
        # "jumped 18% in 2022": that year against the one before
        start, end = Period.year(base.start[0] - 1), Period.year(base.start[0])
    else:
        start, end = Period.year(base.start[0]), Period.year(latest)
    # ("has grown more than eightfold since NAFTA took effect")
    nafta = [f"'Since NAFTA' read from 1994, its first year in force (some count from 1993, the year before), to "
             f"{end.label}."] if kind == "since" and start.start == (1994, 1) and SINCE_NAFTA.search(
        claim.slots.get("read", claim.text)) else []
    flow = claim.flow if claim.flow in ("exports", "imports", "total", "balance") else "exports"
    r = run("trade_growth", ctx=ctx, flow=flow, partner=claim.subjects, start=start, end=end)
    label = f"{_flow_word(flow)}, {start.label} to {end.label}"
    if r.value is None:
        return [_missing(r, label)]
    wrong_way = (r.value < 0) != (claim.slots.get("direction") == "down")
    if claim.slots.get("absolute"):
        return [_trade_change_usd(claim, r, label, flow, start, end)]
    if claim.slots.get("multiple"):
        # "more than doubled": the end figure against the start, as a multiple
        multiple = r.components[1].value / r.components[0].value
        j = judge(claim.quantity, multiple)
        a, b = r.components
        return [Reading(label, j.verdict, f"×{multiple:.2f} ({a.text} → {b.text})", r.definition, [r],
                        j.tolerance, None if j.verdict == "supported" else
                        f"U.S. goods {VERBS[flow]} {_names(claim.subjects)} {_fold(multiple)} "
                        f"from {start.label} to {end.label} ({a.text} to {b.text}).", nafta, multiple)]
    j = Judgement("contradicted", "the change goes the other way") if wrong_way \
        else judge(claim.quantity, abs(r.value))
    notes = notes_default if kind in ("range", "year") else [
        f"'Since {start.label}' read as {start.label} to the latest full year loaded ({end.label})."]
    if nafta:
        notes = nafta
    a, b = r.components
    if flow == "balance" and a.value < 0 and b.value < 0:
        # a deficit grows when the balance falls: say "widened", in sizes
        correction = (f"The U.S. goods deficit with {_names(claim.subjects)} {'widened' if r.value > 0 else 'narrowed'} "
                      f"{abs(r.value):.0f}% from {start.label} to {end.label} ({_short(-a.value, 'USD')} to "
                      f"{_short(-b.value, 'USD')}).")
    else:
        correction = (f"U.S. goods {VERBS[flow]} {_names(claim.subjects)} {'rose' if r.value > 0 else 'fell'} "
                      f"{abs(r.value):.0f}% from {start.label} to {end.label} ({a.text} to {b.text}).")
    return [Reading(label, j.verdict, f"{r.value:+.1f}% ({a.text} → {b.text})", r.definition, [r],
                    j.tolerance, None if j.verdict == "supported" else correction, notes, r.value)]


def _trade_change_usd(claim: Claim, r: Result, label: str, flow: str, start: Period, end: Period) -> Reading:
    """"Exports to Mexico grew by $110 billion", "the deficit shrank by $100 billion": the change
    in dollars (for a deficit, in its size)."""
    a, b = r.components
    deficit = flow == "balance" and "deficit" in _words(claim).lower()
    first, last = (-a.value, -b.value) if deficit else (a.value, b.value)
    change = last - first
    what = (f"The U.S. goods trade {'deficit' if deficit else 'balance'} with" if flow == "balance"
            else f"U.S. goods {VERBS[flow]}")
    j = Judgement("contradicted", "the change goes the other way") \
        if (change < 0) != (claim.slots.get("direction") == "down") else judge(claim.quantity, abs(change))
    official = f"{'+' if change >= 0 else '−'}{_short(abs(change), 'USD')} ({a.text} → {b.text})"
    return Reading(label + " (change in dollars)", j.verdict, official, r.definition, [r], j.tolerance,
                   None if j.verdict == "supported" else
                   f"{what} {_names(claim.subjects)} {'grew' if change >= 0 else 'shrank'} by "
                   f"{_short(abs(change), 'USD')} from {start.label} to {end.label}.",
                   [], change)


def _population(claim: Claim, ctx: Context) -> list[Reading]:
    if not claim.subjects:
        return _no_data(claim, ctx, "the country could not be identified")
    period, notes = _trade_period(claim, ctx)
    r = run("population", ctx=ctx, country=claim.subjects, year=period.start[0])
    if r.value is None:
        return [_missing(r, r.label)]
    j = judge(claim.quantity, r.value)
    return [Reading(r.label, j.verdict, r.text, r.definition, [r], j.tolerance,
                    None if j.verdict == "supported" else f"{_upper_first(_names(claim.subjects))} had "
                    f"{r.value / 1e6:,.1f} million residents in {period.start[0]}.", notes, r.value)]


# -- small business (stated figures) ------------------------------------------------------------

def _sme_context(ctx: Context) -> list[str]:
    both = run("published_compare", ctx=ctx, measure="sme_goods_exports", partner="MEX", other="CAN")
    if both.value is None:
        return []
    a, b = both.components
    return [f"Among the partners with stated figures: Mexico {a.text} vs Canada {b.text} ({both.definition})."]


def _sme_value(claim: Claim, ctx: Context) -> list[Reading]:
    year = claim.period.start[0] if claim.period is not None and claim.period_stated else None
    r = run("published_figure", ctx=ctx, measure="sme_goods_exports", partner=claim.subjects[:1],
            year=year) if claim.subjects else None
    if r is None or r.value is None:
        return _no_data(claim, ctx, topic="sme")
    qualifier = (r.detail or {}).get("qualifier") if isinstance(r.detail, dict) else None
    official = r.value + (claim.quantity.precision / 10 if qualifier == "over" else 0.0)
    j = judge(claim.quantity, official)
    notes = [f"{r.label}: a figure stated in an official publication, not computed from a "
             f"statistical table."] + ([] if year else ["No year stated: the latest stated figure."])
    return [Reading(f"stated SME goods exports, {r.params.get('year', '') or 'latest'}", j.verdict,
                    r.text, r.definition, [r], j.tolerance,
                    None if j.verdict == "supported" else f"USTR states {r.text.lower()} of U.S. "
                    f"small-business goods exports went to {_names(claim.subjects)}.", notes, r.value)]


def _sme_count(claim: Claim, ctx: Context) -> list[Reading]:
    year = claim.period.start[0] if claim.period is not None and claim.period_stated else None
    if not claim.subjects:
        return _no_data(claim, ctx, topic="sme")
    r = run("published_figure", ctx=ctx, measure="sme_exporters", partner=claim.subjects[:1], year=year)
    if r.value is None:
        return _no_data(claim, ctx, topic="sme")
    qualifier = (r.detail or {}).get("qualifier") if isinstance(r.detail, dict) else None
    j = judge(claim.quantity, r.value + (0.5 if qualifier == "over" else 0.0))
    stated = r.detail.get("stated", r.text) if isinstance(r.detail, dict) else r.text
    return [Reading(r.label, j.verdict, r.text, r.definition, [r], j.tolerance,
                    None if j.verdict == "supported" else f"By USTR's statement, {stated} (small and medium-sized "
                    f"U.S. firms) exported to {_names(claim.subjects)} in {r.detail.get('data_year', '')}.",
                    [], r.value)]


def _sme_ratio(claim: Claim, ctx: Context) -> list[Reading]:
    # "exporters' goods sales … 1.3 times": what they sold; "1.3 times as many exporters": how many
    # ("small firms sell about a third more to Mexico than to Canada": what they sell)
    # ("1.5 times as many small firms exported to Canada as sold to Mexico": how many, whatever the verb)
    words = _words(claim)
    value = re.search(r"(?i)\b(?:sales|sold|worth|value|dollars?|as\s+much|goods\s+exports)\b|\$|\bmore\s+goods\b|"
                      r"\b(?:sell|ship|export)\w*\s+(?:[\w-]+\s+){0,3}?(?:more|less)\s+(?:goods\s+)?to\b", words)
    # ("more than 90,000 SMEs export to Canada, nearly two times more than to Mexico": a ratio said of a count of
    # firms is of how many)
    measure = "sme_exporters" if re.search(r"(?i)\bas\s+many\b|\bthe\s+number\b|\bmore\s+(?:\w+\s+){0,3}?(?:firms|companies|exporters|"
                                           r"businesses)\b", words) or not value and (re.search(
        r"(?i)\b(firms|companies|exporters|businesses|many)\b", words) or re.search(
        r"(?i)\d[\d,. \u00a0]*\s+(?:[\w.-]+\s+){0,2}?(?:SMEs|PMEs?|pymes|firms|companies|exporters|businesses|empresas|"
        r"entreprises)\b(?![^.;]{0,40}?[$€]|[^.;]{0,40}?\b(?:billion|milliards?|mil\s+millones)\b)",
        claim.slots.get("sentence", ""))) else "sme_goods_exports"
    if claim.subjects and not claim.others and claim.subjects[0] in ("MEX", "CAN") and (
            other := "CAN" if claim.subjects[0] == "MEX" else "MEX") in {
            m.country_id for m in find_mentions(claim.slots.get("sentence", ""))}:
        # "… a third more to Mexico than to Canada, even though Canada has nearly twice as many SME
        # exporters": USTR states its figures for the two partners only, so the other is the base
        claim = replace(claim, others=(other,))
    if claim.subjects and claim.others:
        year = {"year": claim.period.start[0]} if claim.period is not None and claim.period_stated else {}
        r = run("published_compare", ctx=ctx, measure=measure, partner=claim.subjects[0],
                other=claim.others[0], **year)
        if r.value is not None:
            j = _by_percent(claim, r.value) if claim.slots.get("by_percent") else judge(claim.quantity, r.value)
            return [Reading(r.label, j.verdict, f"{r.value:.2f}×", r.definition, [r], j.tolerance,
                            None if j.verdict == "supported" else f"USTR's stated figures give "
                            f"{r.value:.1f} times as much.", list(r.notes[:1]), r.value)]
    return _no_data(claim, ctx, topic="sme", context=_sme_context(ctx))


def _sme_growth(claim: Claim, ctx: Context) -> list[Reading]:
    """"Small-business exports to Mexico rose roughly 45% between 2016 and 2022": the change
    between two of USTR's stated figures, as stated."""
    base, kind = claim.slots.get("base"), claim.slots.get("base_kind")
    measure = claim.slots.get("measure", "sme_goods_exports")
    if not claim.subjects or base is None:
        return _no_data(claim, ctx, topic="sme", context=_sme_context(ctx))
    end_year = base.end[0] if kind == "range" and base.end is not None else None
    a = run("published_figure", ctx=ctx, measure=measure, partner=claim.subjects[:1], year=base.start[0])
    b = run("published_figure", ctx=ctx, measure=measure, partner=claim.subjects[:1], year=end_year)
    if a.value is None or b.value is None or a.params.get("year") == b.params.get("year"):
        return _no_data(claim, ctx, topic="sme", context=_sme_context(ctx))
    start, end = a.detail["data_year"], b.detail["data_year"]
    multiple = b.value / a.value
    label = f"stated {'SME exporters' if measure == 'sme_exporters' else 'SME goods exports'}, {start} to {end}"
    if claim.slots.get("multiple"):
        j, official = judge(claim.quantity, multiple), f"×{multiple:.2f} ({a.detail['stated']} → {b.detail['stated']})"
    else:
        change = (multiple - 1) * 100
        wrong_way = (change < 0) != (claim.slots.get("direction") == "down")
        j = Judgement("contradicted", "the change goes the other way") if wrong_way \
            else judge(claim.quantity, abs(change))
        official = f"{change:+.1f}% ({a.detail['stated']} → {b.detail['stated']})"
    notes = [f"Computed from two figures stated by USTR ({start}: {a.detail['stated']}; {end}: "
             f"{b.detail['stated']}), as stated; a stated \"over\" or \"about\" makes the change approximate."]
    return [Reading(label, j.verdict, official, b.definition, [a, b], j.tolerance,
                    None if j.verdict == "supported" else
                    f"By USTR's stated figures, the change from {start} to {end} was {official}.", notes,
                    multiple if claim.slots.get("multiple") else (multiple - 1) * 100)]


# -- value added --------------------------------------------------------------------------------

def _va_year(claim: Claim) -> tuple[int | None, list[str]]:
    if claim.period is not None and claim.period_stated:
        return claim.period.start[0], []
    return None, []


def _va_ratio(claim: Claim, ctx: Context) -> list[Reading]:
    if not claim.subjects or not claim.others:
        return _no_data(claim, ctx, "the two origins compared could not be identified")
    year, notes = _va_year(claim)
    if year is None:
        year = _latest_io_year(ctx)
        notes = [f"No year stated: the latest input-output table loaded (WIOD 2013 release, "
                 f"{year}). Later years need OECD TiVA / ICIO, not loaded."]
    origin, other = claim.subjects[0], claim.others[0]
    exporter = claim.slots.get("exporter", "USA")
    r = run("va_ratio", ctx=ctx, origin=origin, other=other, exporter=exporter, year=year)
    label = f"value added of {_names((origin,))} vs {_names((other,))} origin in U.S. gross exports, {year}"
    if r.value is None:
        return [_missing(r, label)]
    j = _multiple(claim, r.value)
    a, b = r.components[:2] if len(r.components) >= 2 else (r, r)
    correction = None if j.verdict == "supported" else (
        f"In {year}, {_names((origin,))} value added made up {a.text} of U.S. gross exports and "
        f"{_names((other,))} value added {b.text}: {r.value:.2f} times as much (WIOD 2013).")
    origin_reading = Reading(label, j.verdict, f"{r.value:.2f}×", r.definition, [r], j.tolerance,
                             correction, notes + list(r.notes[:2]), r.value)
    alt = run("va_returning_ratio", ctx=ctx, partner=origin, other=other, reporter=exporter, year=year)
    if alt.value is None:
        return [origin_reading]
    ja = _multiple(claim, alt.value)
    returning = Reading(f"U.S. value added returning in U.S. imports from {_names((origin,))} vs "
                        f"{_names((other,))} (share of imports), {year}", ja.verdict,
                        f"{alt.value:.2f}×", alt.definition, [alt], ja.tolerance,
                        None if ja.verdict == "supported" else
                        f"In {year}, U.S. content made up {alt.value:.1f} times as large a share of "
                        f"U.S. imports from {_names((origin,))} as of those from {_names((other,))} (WIOD 2013).",
                        notes + list(alt.notes[:2]), alt.value)
    text = claim.slots.get("sentence", claim.text).lower()
    if re.search(r"\bimport(?:s|ed)?\b|american parts|u\.s\. (?:parts|content|inputs|value added)|made in mexico|"
                 r"\bsells? to the (?:united states|u\.s\.)", text):
        # "U.S. content in imports from Mexico was more than four times that in imports from China": as
        # shares of each partner's imports, or in dollars, unless the text says which
        dollars = (alt.detail or {}).get("ratio_of_dollars")
        if dollars is None or re.search(r"\bshares?\b|percent|%|cents", text):
            return [returning]
        jd = _multiple(claim, dollars)
        in_dollars = Reading(f"U.S. value added returning in U.S. imports from {_names((origin,))} vs "
                             f"{_names((other,))} (dollars), {year}", jd.verdict, f"{dollars:.2f}×",
                             alt.definition, [alt], jd.tolerance, None if jd.verdict == "supported" else
                             f"In {year}, the U.S. value added in U.S. imports from {_names((origin,))} came to "
                             f"{dollars:.2f} times that in imports from {_names((other,))} (WIOD 2013).",
                             list(notes), dollars)
        # (in the claim's own part of the sentence: "CN content in US gross exports ~$30bn; returning US VA in
        # imports from MX ~4.5x CN's" is a ratio of shares)
        said = (claim.quantity.text if claim.quantity is not None else claim.text).lower()
        part = next((p for p in text.split(";") if said in p), text)
        if re.search(r"\$|\bdollars?\b|\bbillion\b", part):
            return [in_dollars]
        return [returning, in_dollars]
    if re.search(r"\b(?:in|of|to) (?:the )?(?:u\.s\.|us) (?:gross )?exports\b|\bexports of the u\.s\.|american exports|"
                 r"america['’]s exports|"
                 r"\bwhat (?:america|the u\.s\.|the united states|we) (?:exports?|sells?|ships?)\b", text):
        return [origin_reading]     # "Mexican content in U.S. exports"
    return [origin_reading, returning]


def _va_share(claim: Claim, ctx: Context) -> list[Reading]:
    if not claim.subjects:
        return _no_data(claim, ctx, "the origin of the value added could not be identified")
    year = claim.period.start[0] if claim.period is not None and claim.period_stated else \
        _latest_io_year(ctx)
    measure = claim.slots.get("measure", "share")
    if claim.slots.get("growth"):
        # "more than doubled between 2005 and 2011": the value added of the last year over the first's
        first, last = claim.slots["growth"]
        a, b = (run("va_in_exports", ctx=ctx, origin=claim.subjects[0], exporter=claim.slots.get("exporter", "USA"),
                    year=y) for y in (first, last))
        what = f"{_names(claim.subjects[:1])} value added in {_whose(claim.slots.get('exporter', 'USA'))} gross exports"
        return [_ratio_of(claim, b, a, f"{what}, {last} vs {first}", [], lambda ratio: (
            f"{_upper_first(what)} {_fold(ratio)} from {first} to {last} ({a.text} to {b.text}; WIOD 2013)."))]
    if measure.startswith("returning"):
        # U.S. value added coming back in the imports from a partner
        r = run("va_returning", ctx=ctx, partner=claim.subjects[0], year=year)
        what = f"U.S. value added in U.S. imports from {_names(claim.subjects[:1])}"
    else:
        exporter = claim.slots.get("exporter", "USA")
        r = run("va_in_exports", ctx=ctx, origin=claim.subjects[0], exporter=exporter, year=year)
        whose = _whose(exporter)
        what = f"{_names(claim.subjects[:1])} value added in {whose} gross exports"
    if r.value is None:
        return [_missing(r, r.label)]
    if measure.endswith("value"):
        j = judge(claim.quantity, r.value)
        return [Reading(r.label, j.verdict, r.text, r.definition, [r], j.tolerance,
                        None if j.verdict == "supported" else f"In {year}, {what} came to {r.text} (WIOD 2013).",
                        list(r.notes[:1]), r.value)]
    share = r.detail.get("share_percent") if isinstance(r.detail, dict) else None
    if share is None:
        return [_missing(r, r.label)]
    if measure == "foreign_share":
        # "Mexico's share of the foreign value added in U.S. exports": over all that is not domestic
        dom = run("va_domestic_share", ctx=ctx, exporter=exporter, year=year)
        if dom.value is None:
            return [_missing(dom, dom.label)]
        part = 100 * share / (100 - dom.value)
        j = judge(claim.quantity, part)
        return [Reading(f"{r.label}, as a share of all foreign value added", j.verdict,
                        f"{part:.1f}% ({share:.2f}% of gross exports / {100 - dom.value:.1f}% foreign)",
                        r.definition, [r, dom], j.tolerance, None if j.verdict == "supported" else
                        f"In {year}, {_names(claim.subjects[:1])} value added made up {part:.1f}% of the foreign "
                        f"value added in {whose} gross exports (WIOD 2013).", list(r.notes[:1]), part)]
    j = judge(claim.quantity, share)
    return [Reading(f"{r.label} (share)", j.verdict, f"{share:.2f}%", r.definition, [r], j.tolerance,
                    None if j.verdict == "supported" else (
                        f"In {year}, U.S. value added made up {share:.1f}% of U.S. imports from "
                        f"{_names(claim.subjects[:1])} (WIOD 2013)." if measure.startswith("returning") else
                        f"In {year}, {_names(claim.subjects[:1])} value added made up {share:.1f}% of {whose} "
                        f"gross exports (WIOD 2013)."),
                    list(r.notes[:1]), share)]


# -- border ---------------------------------------------------------------------------------------

def _periods(claim: Claim) -> list[tuple[str, Period]]:
    """Border statistics are published by fiscal year: a bare year is read both ways."""
    p = claim.period
    if p is not None and p.kind == "year" and claim.slots.get("calendar"):
        return [("calendar", p)]  # "in calendar 2024"
    if p is not None and p.kind == "year":
        return [("calendar", p), ("fiscal", Period.fiscal_year(p.start[0]))]
    return [("", p)]


def _datasets(claim: Claim) -> list[str]:
    ds = claim.slots.get("dataset")
    return [ds] if ds else ["southwest_border", "nationwide"]


def _month_scopes(claim: Claim) -> list[tuple[str, str]]:
    """The (dataset, component) pairs a border claim about months reads: a component the text names
    ("Border Patrol apprehensions") only where a file splits it out (the southwest border's)."""
    components = claim.slots.get("components") or ("all",)
    pairs = [(d, c) for c in components for d in _datasets(claim) if c == "all" or d == "southwest_border"]
    return pairs or [(d, "all") for d in _datasets(claim)]


def _scope_label(dataset: str, component: str) -> str:
    """"southwest border", "Border Patrol southwest border": what a month's count is of."""
    who = {"usbp": "Border Patrol ", "ofo": "Field Operations "}.get(component, "")
    return f"{who}{dataset.replace('_', ' ')}"


def _is_sector(dataset: str | None) -> bool:
    """Whether a claim's border series is one Border Patrol sector ("Tucson sector")."""
    return bool(dataset) and dataset.endswith(" sector")


def _usbp_run(indicator: str, ctx: Context, scope: str, **params) -> Result:
    """A Border Patrol fiscal-year indicator on the series a text names: a border, nationwide, or
    one sector ("Tucson sector"; the indicator finds its region)."""
    if _is_sector(scope):
        return run(indicator, ctx=ctx, sector=scope, **params)
    return run(indicator, ctx=ctx, scope=scope, **params)


#: what a claim about one Border Patrol sector can be read as: counts by fiscal year, their records
#: and changes (OHSS publishes sectors by month too, but no indicator sums a sector's months)
_SECTOR_KINDS = ("encounters_value", "encounters_record", "lowest_since", "lowest_in_years", "encounters_change")


def _sector_readings(claim: Claim, ctx: Context) -> list[Reading]:
    """A claim about one Border Patrol sector ("Tucson Sector agents made 439,000 apprehensions in
    FY2005"): read by fiscal year on the sector's series; a calendar year is read as the fiscal
    year, the only years sectors are published by (and said so)."""
    period = claim.period
    span = period or claim.slots.get("base")
    # (the sector's series is the Border Patrol's)
    slots = claim.slots | {"border_patrol": True, "component": "usbp", "components": ("usbp",)}
    if claim.kind == "encounters_change" and span is not None and span.kind == "range" and span.end \
            and span.start[1] == 10 and span.end[1] == 9:
        # "jumped more than twentyfold between fiscal 2022 and fiscal 2024", "fell 40% from FY2023 to
        # FY2024": fiscal year to fiscal year
        return _HANDLERS[claim.kind](_with(claim, slots=slots), ctx)
    if claim.kind not in _SECTOR_KINDS or period is None or period.kind not in ("fy", "year"):
        what = f"a {period.kind} figure" if period is not None and claim.kind in _SECTOR_KINDS else "this claim"
        return _no_data(claim, ctx, f"Border Patrol figures for the {claim.slots['dataset']} are read by fiscal "
                                    f"year (OHSS, FY2000 on; southwest sectors also FY1960–FY2019); {what} "
                                    f"about one sector is not.")
    fy, note = _sector_year(period)
    found = _HANDLERS[claim.kind](_with(claim, period=Period.fiscal_year(fy), slots=slots), ctx)
    return [replace(r, notes=[note, *r.notes]) for r in found] if note else found


def _sector_year(period: Period) -> tuple[int, str | None]:
    """The fiscal year a sector claim is read for, and the note when the text gave a calendar year
    (sectors are published by fiscal year only)."""
    if period.kind == "fy":
        return period.end[0], None
    return period.start[0], f"Sector figures are published by fiscal year: {period.label} read as FY{period.start[0]}."


def _seizures_ratio(claim: Claim, ctx: Context) -> list[Reading]:
    """"Methamphetamine seizures in fiscal 2024 were more than two and a half times the cocaine total": one
    drug's seizures as a multiple of another's, by weight, in the same period, region and seizer."""
    if claim.period is None:
        return _no_data(claim, ctx, "no period stated")
    drug, other = claim.slots["drug"], claim.slots["other"]
    region, component = claim.slots.get("region") or "all", claim.slots.get("component") or "all"
    out = []
    for kind, period in _periods(claim):
        a, b = (run("seizures", ctx=ctx, drug=x, period=period, unit="lb", region=region, component=component)
                for x in (drug, other))
        label = f"{drug} vs {other} seizures, {kind} {period.label}".replace("  ", " ")
        if a.value is None or b.value is None or not b.value:
            out.append(_missing(a if a.value is None else b, label))
            continue
        ratio = a.value / b.value
        j = judge(claim.quantity, ratio)
        out.append(Reading(label, j.verdict, f"{ratio:.2f}× ({a.text} vs {b.text})", a.definition, [a, b],
                           j.tolerance, None if j.verdict == "supported" else
                           f"In {period.label}, {_SEIZER[component]} seized {ratio:.2f} times as much {drug} as "
                           f"{other} ({a.text} vs {b.text}).", [], ratio))
    return out


def _sector_compare(claim: Claim, ctx: Context) -> list[Reading]:
    """"Tucson's FY2024 apprehensions were more than double San Diego's": one sector's apprehensions in a
    fiscal year as a multiple of another's (a calendar year read as the fiscal year)."""
    if claim.period is None or claim.period.kind not in ("fy", "year"):
        return _no_data(claim, ctx, "Border Patrol sectors are compared here by fiscal year; none is stated.")
    fy, note = _sector_year(claim.period)
    sector, other = claim.slots["sector"], claim.slots["other"]
    a, b = (_usbp_run("usbp_apprehensions", ctx, scope, fiscal_year=fy) for scope in (sector, other))
    label = f"Border Patrol apprehensions, {sector} vs {other}, FY{fy}"
    if a.value is None or b.value is None or not b.value:
        return [_missing(a if a.value is None else b, label)]
    ratio = a.value / b.value
    if claim.quantity is None:
        # "recorded more USBP apprehensions than the Laredo Sector": which is the larger
        more = claim.slots.get("direction") != "less"
        j = judge_bool(a.value > b.value if more else a.value < b.value, f"{a.text} vs {b.text}")
    else:
        j = judge(claim.quantity, ratio)
    return [Reading(label, j.verdict, f"{ratio:.2f}× ({a.text} vs {b.text})", a.definition, [a, b], j.tolerance,
                    None if j.verdict == "supported" else
                    f"In FY{fy} the {sector} recorded {ratio:.2f} times the {other}'s Border Patrol apprehensions "
                    f"({a.value:,.0f} vs {b.value:,.0f}).", [note] if note else [], ratio)]


def _sector_combined(claim: Claim, ctx: Context) -> list[Reading]:
    """"Rio Grande Valley apprehended more people than the next two sectors combined", "more than every
    other SW sector combined": a sector's fiscal-year apprehensions against the sum of the sectors ranked
    right after it (or of all the other sectors of its region)."""
    if claim.period is None or claim.period.kind not in ("fy", "year"):
        return _no_data(claim, ctx, "Border Patrol sectors are compared here by fiscal year; none is stated.")
    fy, note = _sector_year(claim.period)
    sector, n = claim.slots["sector"], claim.slots["next"]
    r = run("usbp_sector_rank", ctx=ctx, sector=sector, fiscal_year=fy)
    label = f"Border Patrol apprehensions, {sector} vs " + (f"the next {n} sectors" if n else "all other sectors") \
        + f" of its region, FY{fy}"
    if r.value is None:
        return [_missing(r, label)]
    rank, ranking = int(r.value), r.detail["ranking"]
    own = ranking[rank - 1]["value"]
    rest = ranking[rank:rank + n] if n else ranking[:rank - 1] + ranking[rank:]
    if not rest or n and len(rest) < n:
        return _no_data(claim, ctx, f"In FY{fy} the {sector} ranked #{rank} of {len(ranking)}: there are not "
                                    f"{n or 'any'} sectors after it to add up.")
    total = sum(x["value"] for x in rest)
    parts = " + ".join(f"{x['sector'].split(',')[0]} {x['value']:,}" for x in rest)
    more = claim.slots["direction"] == "more"
    j = judge_bool(own > total if more else own < total, f"{own:,} vs {total:,}")
    what = f"the next {len(rest)} sectors" if n else f"the other {len(rest)} sectors"
    return [Reading(label, j.verdict, f"{own:,} vs {total:,} ({parts})", r.definition, [r], j.tolerance,
                    None if j.verdict == "supported" else
                    f"In FY{fy} the {sector} recorded {own:,} Border Patrol apprehensions, "
                    f"{'fewer' if own < total else 'more'} than {what} combined ({total:,}).",
                    ([note] if note else []) + list(r.notes), own / total if total else None)]


def _sector_rank(claim: Claim, ctx: Context) -> list[Reading]:
    """"Del Rio was the busiest Border Patrol sector in fiscal 2023": the sector's place among its
    region's sectors in a whole fiscal year (a calendar year read as the fiscal year; no year: the
    latest whole one)."""
    sector, nth = claim.slots["sector"], claim.slots["rank"]
    period = claim.period
    if period is not None and period.kind not in ("fy", "year"):
        return _no_data(claim, ctx, f"Border Patrol sectors are ranked here by fiscal year; {period.label} is not one.")
    notes = []
    if period is None:
        fy = _latest_usbp_year(ctx, "southwest_border")
        r = run("usbp_sector_rank", ctx=ctx, sector=sector, fiscal_year=fy)
        if r.value is None:   # the latest year is partial: the one before
            fy -= 1
            r = run("usbp_sector_rank", ctx=ctx, sector=sector, fiscal_year=fy)
        notes.append(f"No year stated: read for FY{fy}, the latest whole fiscal year loaded.")
    else:
        fy, note = _sector_year(period)
        notes += [note] if note else []
        r = run("usbp_sector_rank", ctx=ctx, sector=sector, fiscal_year=fy)
    label = f"{sector}, rank among Border Patrol sectors, FY{fy}"
    if r.value is None:
        return [_missing(r, label)]
    rank, top = int(r.value), r.detail["ranking"][0]
    if claim.slots.get("became") and rank == nth == 1 and (
            before := run("usbp_sector_rank", ctx=ctx, sector=sector, fiscal_year=fy - 1)).value == 1:
        # "took over the top spot in 2014": first that year, but already first the year before
        return [Reading(label, "contradicted", f"#1 in FY{fy}; already #1 in FY{fy - 1}", r.definition, [r, before],
                        f"took over in FY{fy}: needs a lower place in FY{fy - 1}",
                        f"The {sector} sector was already the busiest in FY{fy - 1}.", notes + list(r.notes), 1.0)]
    # ("the fewest apprehensions of any sector": the last place, set against the quietest)
    last = nth < 0
    nth, top, which = (r.detail["of"], r.detail["ranking"][-1], "quietest") if last else (nth, top, "busiest")
    j = judge_bool(rank == nth, f"#{rank} of {r.detail['of']}")
    correction = None if rank == nth else (
        f"In FY{fy} the {which} Border Patrol sector was {top['sector'].split(',')[0]} ({top['value']:,}); the "
        f"{sector} ranked #{rank} ({r.detail['ranking'][rank - 1]['value']:,}).")
    return [Reading(label, j.verdict, f"#{rank} ({top['sector'].split(',')[0]} {'last' if last else 'first'}, "
                                      f"{top['value']:,})",
                    r.definition, [r], j.tolerance, correction, notes + list(r.notes), float(rank))]


def _file_dataset(dataset: str) -> str:
    """The encounters dataset holding what the text names: "the northern border" is a region of
    the nationwide files."""
    return "nationwide" if dataset == "northern_border" else dataset


def _border_run(indicator: str, ctx: Context, dataset: str, **params) -> Result:
    """An encounters indicator on a dataset the text names (see :func:`_file_dataset`)."""
    if dataset == "northern_border":
        return run(indicator, ctx=ctx, dataset=_file_dataset(dataset), region="northern", **params)
    r = run(indicator, ctx=ctx, dataset=dataset, **params)
    if r.value is None and dataset == "southwest_border" and params.get("component", "all") == "all":
        # the southwest border file starts in October 2021; the nationwide files' southwest
        # region reaches back to October 2019
        wide = run(indicator, ctx=ctx, dataset="nationwide", region="southwest", **params)
        if wide.value is not None:
            wide.notes.insert(0, "The Southwest Land Border Encounters file does not cover the period; "
                                 "read from the southwest region of CBP's nationwide files instead.")
            return wide
    return r


def _so_far(claim: Claim, ctx: Context, dataset: str, period: Period) -> Period:
    """"So far in fiscal 2025": the year's months up to the latest loaded, when it is not over."""
    if not claim.slots.get("to_date") or period.kind not in ("fy", "year"):
        return period
    latest = _latest_within(ctx, dataset, period)
    if latest is None:
        return period
    through = claim.slots["to_date"]
    if through is not True:
        # "through August": the months up to that one, within the year
        named = next((ym for ym in ((period.start[0], through), (period.start[0] + 1, through))
                      if period.start <= ym <= period.end), None)
        latest = min(latest, named) if named else latest
    return Period.range(period.start, latest)


def _latest_within(ctx: Context, dataset: str, period: Period) -> tuple[int, int] | None:
    """The latest month of encounters loaded of the dataset a text names, when it falls inside ``period`` (a period
    not over in the files), else None."""
    latest = _last_month(ctx, _file_dataset(dataset))
    return latest if latest is not None and period.end is not None and period.start <= latest < period.end else None


def _last_month(ctx: Context, dataset: str | None = None) -> tuple[int, int] | None:
    """The latest month of encounters loaded (as of the context's date), of a dataset or of any."""
    found = ctx.rows(f"SELECT max(year::INTEGER * 100 + month) FROM {ctx.table(ENCOUNTERS)}"
                     + (" WHERE dataset = ?" if dataset else ""), [dataset] if dataset else [])[0][0]
    return divmod(int(found), 100) if found else None


def _latest_month(claim: Claim, ctx: Context) -> Period | None:
    """The latest month of encounters loaded (as of the context's date) of the claim's dataset, if any."""
    latest = _last_month(ctx, _file_dataset(_datasets(claim)[0]))
    return Period.month(*latest) if latest else None


def _encounters_change(claim: Claim, ctx: Context) -> list[Reading]:
    period = claim.period
    # a month, or a span of months against a base's monthly average ("from February through
    # September 2025, … about 88% below the 2021-2024 average")
    month = period if period is not None and (period.kind == "month" or period.kind == "range" and period.end
                                              is not None and claim.slots.get("base_average")
                                              and claim.period_stated and period != claim.slots.get("base")) else None
    base = claim.slots.get("base")
    if month is None and period is not None and period.kind == "range" and period.end is None and base is not None \
            and claim.slots.get("base_average") and claim.period_stated and (latest := _latest_month(claim, ctx)):
        # "… have averaged about 10,600 since February 2025, down more than 90 percent from the FY2024 monthly
        # average": the months since then, to the latest loaded
        month = Period.range(period.start, latest.end)
    if base is None and claim.slots.get("from_peak") and (scopes := _month_scopes(claim)):
        # "down over 95% from the Biden peak": from the series' highest month (the first scope's, which the other
        # scopes are measured from too)
        dataset, component = scopes[0]
        peak = _border_run("encounters_record", ctx, dataset, which="highest", component=component)
        if peak.value is not None:
            return _encounters_change(_with(claim, slots=claim.slots | {
                "from_peak": False, "base": Period.month(*_month_of(peak.detail["month"])), "base_average": True}), ctx)
    if base is None and claim.period is not None and claim.period.kind in ("fy", "year"):
        return _encounters_year_change(claim, ctx)
    if base is not None and base.kind == "fy" and period is not None and period.kind == "fy" and period != base:
        # "by 1986 … 150 times the 1943 level": the one fiscal year against the other
        return _encounters_year_change(claim, ctx, [("fiscal", base, period)])
    if base is None and period is not None and period.kind == "range" and period.end is None:
        # "have fallen 80% since fiscal 2022": that year against the latest whole one loaded
        found = _last_month(ctx)
        if found is None:
            return _no_data(claim, ctx, "no month of encounters is loaded for this date")
        last_cy, last_fy = _whole_years(*found)
        last = (last_fy, 9) if period.start[1] == 10 else (last_cy, 12)
        return _encounters_year_change(claim, ctx, _endpoints(Period.range(period.start, last)))
    if month is None and base is not None and base.kind == "range" and base.end is not None \
            and base.end != base.start and (base.start[1], base.end[1]) not in ((1, 12), (10, 9)) \
            and not claim.slots.get("base_average"):
        # "fell 68% between December 2023 and December 2024": the one month against the other
        return _encounters_year_change(claim, ctx, [("", Period.month(*base.start), Period.month(*base.end))])
    if month is None and base is not None and base.kind == "range" and base.end is not None \
            and base.end[0] > base.start[0] and not claim.slots.get("base_average"):
        return _encounters_year_change(claim, ctx, _endpoints(base))
    if claim.slots.get("since_then") and base is not None and base.kind == "month":
        # "peaked in December 2023 and have since fallen by more than 90%": that month against the latest loaded
        latest = _latest_month(claim, ctx)
        if latest is None:
            return _no_data(claim, ctx, "no month of encounters is loaded for this date")
        return _encounters_change(_with(claim, period=latest, period_stated=True,
                                        slots={k: v for k, v in claim.slots.items() if k != "since_then"}), ctx)
    if month is None and base is not None and claim.slots.get("base_average") and not claim.period_stated:
        # "encounters are down 90% from the Biden-era monthly average": the latest month loaded
        latest = _latest_month(claim, ctx)
        if latest is None:
            return _no_data(claim, ctx, "no month of encounters is loaded for this date")
        return _encounters_change(_with(claim, period=latest, period_stated=True), ctx)
    if month is None or base is None:
        return _no_data(claim, ctx, "the month and the base period compared must both be stated")
    bases = [("calendar " if base.kind in ("year", "range") and base.start[1] == 1 else "", base)]
    if base.kind == "range" and base.start[1] == 1 and base.end and base.end[1] == 12:
        bases.append(("fiscal ", Period.range(Period.fiscal_year(base.start[0]).start,
                                             Period.fiscal_year(base.end[0]).end)))
    out = []
    component = claim.slots.get("component", "all")
    for dataset in _datasets(claim):
        for kind, b in bases:
            r = _border_run("encounters_change", ctx, dataset, period=month, base=b,
                            component=component if dataset == "southwest_border" else "all")
            label = f"{_scope_label(dataset, component if dataset == 'southwest_border' else 'all')}, {month.label} " \
                    f"vs {kind}{b.label} monthly average"
            if r.value is None:
                out.append(_missing(r, label))
                continue
            signed = r.value
            wrong_way = (signed > 0) == (claim.slots.get("direction") == "down")
            j = Judgement("contradicted", "the change goes the other way") if wrong_way \
                else judge(claim.quantity, abs(signed))
            how = f"{abs(signed):.0f}% {'lower' if signed < 0 else 'higher'} than the {b.label} monthly average"
            correction = None if j.verdict == "supported" else (
                f"In {month.label}, CBP recorded {f'{r.components[0].value:,.0f} ' if r.components else ''}"
                f"{dataset.replace('_', ' ')} encounters, {how}." if month.kind == "month" else
                f"In {month.label}, CBP's {dataset.replace('_', ' ')} encounters averaged {how}.")
            out.append(Reading(label, j.verdict, f"{signed:+.1f}%", r.definition, [r], j.tolerance,
                               correction, list(r.notes[:1]), signed))
    return out


def _fold(multiple: float) -> str:
    """A change as a multiple, in words: "grew 2.04-fold", or "fell 19% (×0.81)" for a fall."""
    return f"grew {multiple:.2f}-fold" if multiple >= 1 else f"fell {100 * (1 - multiple):.0f}% (×{multiple:.2f})"


def _endpoints(span: Period) -> list[tuple[str, Period, Period]]:
    """The first and last years of a range ("between FY2023 and FY2024", "from 2019 to 2024"):
    fiscal years for a range of fiscal years, else calendar and fiscal years both."""
    first, last = span.start[0], span.end[0]
    if span.start[1] == 10 and span.end[1] == 9:
        return [("", Period.fiscal_year(first + 1), Period.fiscal_year(last))]
    return [("calendar", Period.year(first), Period.year(last)),
            ("fiscal", Period.fiscal_year(first), Period.fiscal_year(last))]


def _encounters_year_change(claim: Claim, ctx: Context,
                            pairs: list[tuple[str, Period, Period]] | None = None) -> list[Reading]:
    """"Encounters fell 14% in fiscal 2024": that year against the year before; with ``pairs``,
    the last year of a stated range against its first ("fell by half between FY2023 and FY2024")."""
    if pairs is None:
        pairs = [(kind, Period.fiscal_year(p.end[0] - 1) if p.kind == "fy" else Period.year(p.start[0] - 1), p)
                 for kind, p in _periods(claim)]
    out = []
    patrol = bool(claim.slots.get("border_patrol") or claim.slots.get("component") == "usbp"
                  or re.search(r"(?i)border\s+patrol|\bUSBP\b|apprehen", _words(claim)))
    for dataset in _datasets(claim):
        # "Field Operations encounters at southwest ports jumped 150%": the component the text names,
        # where the file splits it out
        component = claim.slots.get("component", "all") if dataset == "southwest_border" else "all"
        for kind, prev, period in pairs:
            a, b = (_year_count(ctx, dataset, p, patrol, component) for p in (prev, period))
            label = f"{_scope_label(dataset, component)}, {period.label} vs {prev.label}"
            if a.value is None or b.value is None:
                out.append(_missing(a if a.value is None else b, label))
                continue
            change = 100 * (b.value / a.value - 1)
            wrong_way = (change > 0) == (claim.slots.get("direction") == "down")
            if claim.slots.get("multiple"):
                j = judge(claim.quantity, b.value / a.value)   # "nearly doubled": the end against the start
            else:
                j = Judgement("contradicted", "the change goes the other way") if wrong_way \
                    else judge(claim.quantity, abs(change))
            out.append(Reading(label, j.verdict, f"{change:+.1f}%, ×{b.value / a.value:.2f} ({a.text} → {b.text})",
                               b.definition, [a, b], j.tolerance, None if j.verdict == "supported" else
                               f"{_upper_first(_scope_label(dataset, component))} encounters "
                               f"{'fell' if change < 0 else 'rose'} {abs(change):.0f}% from {prev.label} to "
                               f"{period.label} ({a.text} → {b.text}).",
                               [], change))
    return out


def _year_count(ctx: Context, dataset: str, period: Period, patrol: bool, component: str = "all") -> Result:
    """A year's encounters; a Border Patrol fiscal year before CBP's monthly files (FY2020) from the
    fiscal-year series ("apprehensions grew elevenfold from FY1965 to FY1975")."""
    if patrol and period.kind in ("fy", "year") and (period.end[0] < 2020 and dataset in ("southwest_border", "nationwide")
                                                     or _is_sector(dataset) or dataset in ("northern_border",
                                                                                           "coastal_border")):
        # (the northern border's Border Patrol alone is in OHSS's regions only: CBP's nationwide
        # files do not split out the components)
        # (a calendar year before CBP's monthly files is read as the fiscal year, as the tables give it)
        return _usbp_run("usbp_apprehensions", ctx, dataset, fiscal_year=period.end[0])
    return _border_run("encounters", ctx, dataset, period=period, component=component)


def _lowest_since(claim: Claim, ctx: Context) -> list[Reading]:
    """"The lowest since 1971" (fiscal years) or "since March 2021" (months)."""
    since: Period = claim.slots["since"]
    which = claim.slots.get("which", "lowest")
    if claim.period is not None and claim.period.kind == "month" and since.kind in ("month", "year"):
        # a month against the months before it; "since 2020" reaches to the year's (or season's) end
        bound = since.start if since.kind == "month" else (since.start[0], claim.slots.get("since_month") or 12)
        out = []
        for dataset, component in _month_scopes(claim):
            r = _border_run("encounters_lowest_since", ctx, dataset, month=claim.period, which=which,
                            component=component)
            if r.value is None:
                out.append(_missing(r, r.label))
                continue
            official = _month_of(r.detail.get("since"))
            first = _month_of(r.detail["coverage"][0])
            if official is None and first > bound and (first[0] - bound[0]) * 12 + first[1] - bound[1] > 12:
                # "the lowest since 1970" for a month, where months are loaded from October 1999 only:
                # lowest in the loaded months, but the years before them are not there to compare (a
                # series that starts within a year of the bound, "since 2021" with months from October
                # 2021, is read as reaching it)
                out.append(Reading(f"{_scope_label(dataset, component)} encounters, {claim.period.label}",
                                   "no_data", "no data", r.definition, [r], notes=[
                                       f"{claim.period.label} is the {which} month loaded, but the monthly series "
                                       f"starts {month_name(first)}, after {month_name(bound)}; monthly counts "
                                       f"from before it would settle the claim."]))
                continue
            holds = official is None or official <= bound
            j = judge_bool(holds, r.label)
            out.append(Reading(f"{_scope_label(dataset, component)} encounters, {claim.period.label}",
                               j.verdict, r.label.split(": ", 1)[-1], r.definition, [r], j.tolerance,
                               None if holds else f"{claim.period.label} was the {which} since "
                               f"{month_name(official)}.", list(r.notes[:1]), r.value))
        return out
    period = claim.period
    if period is not None and not claim.period_stated and period.end is None and period.start == since.start:
        period = None   # "apprehensions are the lowest since 1970": the bound read as the period, no year stated
    stated = period.end[0] if period is not None and period.end else None
    if stated is None and period is not None:
        return _no_data(claim, ctx, "the year compared must be stated")
    out = []
    words = claim.slots.get("words", claim.text)
    if stated and tuple(claim.slots.get("components") or ()) == ("all",) and re.search(
            r"(?i)\bencounters\b", words) and not re.search(r"(?i)apprehen|border\s+patrol|\bU?SBP\b", words):
        # "Nationwide encounters fell in FY2025 to the lowest level since FY2020": all of CBP's encounters
        out = [r for r in _cbp_lowest_since(claim, ctx, stated, since, which) if r.verdict != "no_data"]
    scopes = [claim.slots["dataset"]] if claim.slots.get("dataset") else ["southwest_border", "nationwide"]
    for scope in scopes:
        # no year stated ("apprehensions are at their lowest since the 1960s"): the latest
        fy = stated or _latest_usbp_year(ctx, scope)
        r = _usbp_run("usbp_lowest_since", ctx, scope, fiscal_year=fy, which=which)
        label = f"Border Patrol {scope.replace('_', ' ')}, FY{fy}"
        if r.value is None:
            out.append(_missing(r, label))
            continue
        official = r.detail.get("since")
        # "since 1971": 1971 was the last year past it; "since the 1960s": a year of that decade (an
        # earlier year means the bound named was not past it: FY2011 was the lowest since FY1971, so
        # "since 1972" is wrong)
        holds = official is None or since.start[0] <= official <= since.end[0]
        j = judge_bool(holds, r.label.split(": ", 1)[-1])
        out.append(Reading(label, j.verdict, r.label.split(": ", 1)[-1], r.definition, [r],
                           j.tolerance, None if holds else f"Border Patrol {scope.replace('_', ' ')} "
                           f"figures for FY{fy} were the {which} since FY{official}.",
                           list(r.notes[:2]), official))
        if which == "highest" and (title_8 := _title_8_since(r, fy)) is not None:
            # a high of FY2020-FY2023 counts Title 42 expulsions: read on Title 8 apprehensions alone too
            value, before = title_8
            holds = before is None or since.start[0] <= before <= since.end[0]
            finding = f"highest since FY{before}" if before else "highest on record"
            j = judge_bool(holds, finding)
            out.append(Reading(f"{label}, Title 8 apprehensions only", j.verdict, f"{value:,.0f}: {finding}",
                               r.definition, [r], j.tolerance, None if holds else
                               f"Border Patrol {scope.replace('_', ' ')} Title 8 apprehensions for FY{fy} "
                               f"({value:,.0f}) were the highest since FY{before}.", [TITLE_42_NOTE], value))
    return out


def _cbp_fiscal_years(ctx: Context, dataset: str) -> tuple[int | None, int | None]:
    """The first and last fiscal years of a dataset's CBP encounter files loaded (``None`` when none is)."""
    return ctx.rows(f"SELECT min(fiscal_year), max(fiscal_year) FROM {ctx.table(ENCOUNTERS)} WHERE dataset = ?",
                    [_file_dataset(dataset)])[0]


def _cbp_lowest_since(claim: Claim, ctx: Context, fy: int, since: Period, which: str) -> list[Reading]:
    """"The lowest since FY2020", said of all of CBP's encounters in a fiscal year: the year against every earlier
    fiscal year of the loaded CBP files, the bound named being the last year past it. A year not yet over is
    annualised from its months loaded, and said so."""
    out = []
    for dataset in _datasets(claim):
        first, last = _cbp_fiscal_years(ctx, dataset)
        label = f"{dataset.replace('_', ' ')} encounters (all of CBP), FY{fy}"
        if first is None or not first <= since.start[0] < fy <= last:
            continue
        years = {y: _border_run("encounters", ctx, dataset, period=Period.fiscal_year(y))
                 for y in range(int(first), fy + 1)}
        if any(r.value is None for r in years.values()):
            continue
        value, notes = years[fy].value, []
        if any("is partial" in n for n in years[fy].notes) and (latest := _last_month(
                ctx, _file_dataset(dataset))) is not None:
            months = latest[0] * 12 + latest[1] - ((fy - 1) * 12 + 10) + 1
            if not 0 < months < 12:
                continue
            value = value * 12 / months
            notes.append(f"FY{fy} is not over: {years[fy].value:,.0f} in its first {months} months, {value:,.0f} "
                         f"a year at that pace.")
        past = (lambda v: v < value) if which == "lowest" else (lambda v: v > value)
        official = max((y for y, r in years.items() if y < fy and past(r.value)), default=None)
        holds = official is None or since.start[0] <= official <= since.end[0]
        finding = f"{which} since FY{official}" if official else f"{which} of FY{first}–FY{fy}"
        j = judge_bool(holds, finding)
        out.append(Reading(label, j.verdict, f"{value:,.0f}: {finding}", years[fy].definition,
                           list(years.values()), j.tolerance, None if holds else
                           f"CBP's {dataset.replace('_', ' ')} encounters in FY{fy} were the {finding}.",
                           notes + [f"Compared with every fiscal year of the loaded CBP files (FY{first} on)."],
                           value))
    return out


def _title_8_since(r: Result, fy: int) -> tuple[float, int | None] | None:
    """For a fiscal year whose Border Patrol count includes Title 42 expulsions (split out in the file): its Title 8
    apprehensions, and the most recent earlier whole year with more (None: none)."""
    rows = [x for x in r.detail.get("series", []) if not x["partial"]]
    row = next((x for x in rows if x["fiscal_year"] == fy), None)
    if row is None or "title_42" not in row:
        return None
    value = row["value"] - row["title_42"]
    before = next((x["fiscal_year"] for x in reversed(_title_8(rows)) if x["fiscal_year"] < fy and x["value"] > value),
                  None)
    return value, before


def _title_8(rows: list[dict]) -> list[dict]:
    """Border Patrol years as Title 8 apprehensions alone: those before the expulsions, and those whose file splits
    the Title 42 expulsions out (their count less the expulsions); years that count expulsions unsplit are left out."""
    return [dict(x, value=x["value"] - x.get("title_42", 0)) for x in rows
            if "Title 42" not in x["measure"] or "title_42" in x]


def _encounters_record(claim: Claim, ctx: Context) -> list[Reading]:
    month = claim.period if claim.period is not None and claim.period.kind == "month" else None
    which = claim.slots.get("which", "lowest")
    if month is None and claim.period is not None and claim.period.kind in ("fy", "year"):
        if tuple(claim.slots.get("components") or ()) == ("all",):
            # ("encounters in 2023 were the most ever": the fiscal year and the calendar year)
            return _cbp_annual_record(claim, ctx, claim.period.end[0], which) + (
                _cbp_annual_record(claim, ctx, claim.period.end[0], which, calendar=True)
                if claim.period.kind == "year" else [])
        out = _usbp_record(claim, ctx, claim.period.end[0], which)
        return out + (_cbp_annual_record(claim, ctx, claim.period.end[0], which) if _all_cbp(claim, out) else [])
    if month is None:
        return _no_data(claim, ctx, "the month of the record must be stated")
    if claim.slots.get("same_month"):
        return [_same_month_record(claim, ctx, dataset, month, which) for dataset in _datasets(claim)]
    out = []
    for dataset, component in _month_scopes(claim):
        r = _border_run("encounters_lowest_since", ctx, dataset, month=month, which=which, component=component)
        label = f"{_scope_label(dataset, component)} encounters, {month.label}, {which} on record?"
        if r.value is None:
            out.append(_missing(r, label))
            continue
        on_record = bool(r.detail.get("on_record"))
        j = judge_bool(on_record, r.label)
        notes = list(r.notes[:1])
        now = _border_run("encounters_record", ctx, dataset, which=which, component=component)
        since = r.detail.get("since")
        correction = None if on_record else (
            f"In {month.label}, CBP recorded {r.value:,.0f} {_scope_label(dataset, component)} encounters, the "
            f"{which} since {month_name(tuple(map(int, since.split('-'))))}." if since else None)
        official = r.label.split(": ", 1)[-1] + f" ({r.value:,.0f})"
        if on_record and now.value is not None and now.detail["month"] != r.detail["month"]:
            later = month_name(_month_of(now.detail["month"]))
            if not claim.slots.get("peak"):
                notes.append(f"True when written, since overtaken: {later} was "
                             f"{'lower' if which == 'lowest' else 'higher'} ({now.value:,.0f}).")
            else:
                # "encounters peaked in May 2022": the top of the whole series, as it stands now (a record said of a
                # month, "June 2025 was the lowest month on record", is true when written, and the note says so)
                j = Judgement("contradicted", f"a record then, since overtaken by {later}")
                official = f"{r.value:,.0f}, a record then; since overtaken by {later} ({now.value:,.0f})"
                correction = (f"Encounters {'bottomed' if which == 'lowest' else 'peaked'} in {later} "
                              f"({now.value:,.0f}); {month.label} ({r.value:,.0f}) was a record only until then.")
        out.append(Reading(label, j.verdict, official,
                           r.definition, [r, now], j.tolerance, correction, notes, r.value))
    return out


def _same_month_record(claim: Claim, ctx: Context, dataset: str, month: Period, which: str) -> Reading:
    """"The lowest May on record": the month against the same month of every year loaded."""
    year, m = month.start
    table = _file_dataset(dataset)
    years = [int(y) for (y,) in ctx.rows(
        f"SELECT DISTINCT year FROM {ctx.table(ENCOUNTERS)} WHERE dataset = ? AND month = ? ORDER BY year",
        [table, m])]
    found = {y: _border_run("encounters", ctx, dataset, period=Period.month(y, m)) for y in years}
    found = {y: r for y, r in found.items() if r.value is not None}
    name = month_name((year, m)).split()[0]
    label = f"{dataset.replace('_', ' ')} encounters, {name} of each year loaded, {which}?"
    if year not in found:
        return _no_data(claim, ctx, f"{month.label} is not loaded")[0]
    pick = min if which == "lowest" else max
    best = pick(found, key=lambda y: found[y].value)
    holds = best == year
    series = "; ".join(f"{name} {y} {r.value:,.0f}" for y, r in found.items())
    j = judge_bool(holds, f"{which} {name} of {len(found)} loaded ({min(found)}–{max(found)})")
    correction = None if holds else (
        f"{name} {best} had {'fewer' if which == 'lowest' else 'more'} {dataset.replace('_', ' ')} "
        f"encounters ({found[best].value:,.0f}) than {month.label} ({found[year].value:,.0f}).")
    return Reading(label, j.verdict, series, found[year].definition, list(found.values()), j.tolerance,
                   correction, [f"The record is within the loaded series ({name} {min(found)}–{max(found)})."],
                   found[year].value)


def _usbp_peak(claim: Claim, ctx: Context, scope: str, fy: int) -> list[Reading]:
    """"Apprehensions peaked in fiscal 1986": the top of the whole series, read two ways: Title 8
    apprehensions only, or encounters including the Title 42 expulsions of FY2020-FY2023."""
    r = _usbp_run("usbp_apprehensions", ctx, scope, fiscal_year=fy)
    where = scope.replace("_", " ")
    if r.value is None:
        return [_missing(r, f"Border Patrol {where}, FY{fy}, peak?")]
    rows = [x for x in r.detail["series"] if not x["partial"]]
    if claim.slots.get("within") is not None:
        # "in the 1950s … peaked": the top of the decade named (its fiscal years)
        first, last = claim.slots["within"].start[0], claim.slots["within"].end[0]
        rows = [x for x in rows if first <= x["fiscal_year"] <= last]
    title_8 = _title_8(rows)
    out = []
    # (the one series the text names: "with Title 42 included", "Title 8 only")
    named = {"8": ("Title 8 apprehensions",), "42": ("encounters with Title 42 expulsions",)}.get(
        claim.slots.get("title"), ("Title 8 apprehensions", "encounters with Title 42 expulsions"))
    for name, series in (("Title 8 apprehensions", title_8), ("encounters with Title 42 expulsions", rows)):
        if name not in named:
            continue
        top = max(series, key=lambda x: x["value"]) if series else None
        if top is None:
            continue
        held = top["fiscal_year"] == fy
        mine = next((x["value"] for x in series if x["fiscal_year"] == fy), None)
        j = judge_bool(held, f"the series peak is FY{top['fiscal_year']} ({top['value']:,})")
        out.append(Reading(f"Border Patrol {where}, peak of {name} (FY{series[0]['fiscal_year']}–"
                           f"FY{series[-1]['fiscal_year']})", j.verdict,
                           f"peak FY{top['fiscal_year']} ({top['value']:,})" + (
                               f"; FY{fy} {mine:,.0f}" if mine is not None else ""),
                           r.definition, [r], j.tolerance, None if held else
                           f"Border Patrol {where} {name} peaked in FY{top['fiscal_year']} ({top['value']:,}).",
                           [TITLE_42_NOTE], r.value))
    return out


#: a record said to stand today, against the whole series: "remain the highest ever recorded"
_STILL = re.compile(r"(?i)\b(?:remains?|remained|still|to\s+this\s+day|to\s+date|has\s+never\s+been\s+(?:topped|beaten|"
                    r"surpassed|matched|exceeded))\b")


TITLE_42_NOTE = ("From March 2020 to May 2023 Border Patrol counts include Title 42 expulsions; "
                 "earlier years count Title 8 apprehensions only.")


def _cbp_annual_record(claim: Claim, ctx: Context, fy: int, which: str, calendar: bool = False) -> list[Reading]:
    """"Nationwide encounters in fiscal 2022 were the highest on record": all of CBP, every whole
    fiscal year of the loaded files (or, ``calendar``, every whole calendar year)."""
    out = []
    year, name = (Period.year, "") if calendar else (Period.fiscal_year, "FY")
    for dataset in _datasets(claim):
        first, last = _cbp_fiscal_years(ctx, dataset)
        label = f"{dataset.replace('_', ' ')} encounters, {name or 'calendar '}{fy}, {which} on record?"
        if first is None or not first - calendar <= fy <= last:
            out.append(Reading(label, "no_data", "no data", f"The loaded CBP {dataset.replace('_', ' ')} files "
                               f"cover FY{first}–FY{last}." if first else "No CBP file loaded."))
            continue
        years = {y: _whole_year(_border_run("encounters", ctx, dataset, period=year(y)))
                 for y in range(int(first) - calendar, int(last) + 1)}
        whole = {y: r for y, r in years.items() if r.value is not None}
        if fy not in whole:
            out.append(_missing(years[fy], label))
            continue
        value = whole[fy].value
        better = (lambda a, b: a > b) if which == "highest" else (lambda a, b: a < b)
        beaten = [y for y, r in whole.items() if y != fy and not better(value, r.value) and y < fy]
        later = [y for y, r in whole.items() if y > fy and better(r.value, value)]
        held = not beaten and not later
        j = judge_bool(held, f"{name}{fy} against {name}{min(whole)}–{name}{max(whole)}")
        notes = [f"'On record' within the loaded CBP files (whole {'calendar' if calendar else 'fiscal'} years "
                 f"{name}{min(whole)}–{name}{max(whole)})."]
        if not beaten and later:
            notes.append(f"True when written, since overtaken: {name}{later[0]} ({whole[later[0]].text}).")
            beaten = later[:1]
        official = "; ".join(f"{name}{y} {r.value:,.0f}" for y, r in whole.items())
        out.append(Reading(label, j.verdict, official, whole[fy].definition, list(whole.values()), j.tolerance,
                           None if held else f"CBP recorded {value:,.0f} {dataset.replace('_', ' ')} encounters "
                           f"in {name or 'calendar '}{fy}, fewer than in {name}{beaten[-1]} "
                           f"({whole[beaten[-1]].value:,.0f})." if which == "highest" else None, notes, value))
    return out


def _usbp_record(claim: Claim, ctx: Context, fy: int, which: str) -> list[Reading]:
    """"Southwest border apprehensions in fiscal 2022 were the highest ever recorded": the fiscal
    year against every whole year of the Border Patrol series."""
    scopes = [claim.slots["dataset"]] if claim.slots.get("dataset") else ["southwest_border", "nationwide"]
    if claim.slots.get("than_any"):
        found = [_usbp_than_any(claim, ctx, scope, fy, claim.slots["than_any"], which) for scope in scopes]
        return [x for x in found if x.verdict != "no_data"] or found
    if claim.slots.get("stood"):
        found = [_usbp_stood(claim, ctx, scope, fy, *claim.slots["stood"]) for scope in scopes]
        return [x for x in found if x.verdict != "no_data"] or found
    if claim.slots.get("until"):
        found = [_usbp_until(claim, ctx, scope, fy, claim.slots["until"]) for scope in scopes]
        # (a scope whose series starts later, as the southwest's in FY1960, leaves the other)
        return [x for x in found if x.verdict != "no_data"] or found
    if claim.slots.get("peak") or (which == "highest" and _STILL.search(_words(claim))) or (which == "highest"
                                   and (claim.slots.get("apprehensions")
                                        or re.search(r"(?i)apprehen|arrest", _words(claim))
                                        or re.search(r"(?i)border\s+patrol|\busbp\b", _words(claim))
                                        and not re.search(r"(?i)encounter", _words(claim)))):
        # from March 2020 to May 2023 the counts include Title 42 expulsions: a high of
        # "apprehensions", of any year, is read both ways (Title 8 alone, or with the expulsions)
        return [x for scope in scopes for x in _usbp_peak(claim, ctx, scope, fy)]
    out = []
    for scope in scopes:
        r = _usbp_run("usbp_record", ctx, scope, fiscal_year=fy, which=which)
        label = f"Border Patrol {scope.replace('_', ' ')}, FY{fy}, {which} on record?"
        if r.value is None:
            out.append(_missing(r, label))
            continue
        held = bool(r.detail["on_record"])
        j = judge_bool(held, r.label)
        notes = list(r.notes[:2])
        if held and r.detail["overtaken_by"]:
            notes.append(f"True when written, since overtaken: FY{r.detail['overtaken_by'][0]}.")
        out.append(Reading(label, j.verdict, f"{r.value:,.0f} ({'the' if held else 'not the'} {which} "
                           f"since FY{r.detail['since']})", r.definition, [r], j.tolerance,
                           None if held else f"Border Patrol recorded {r.value:,.0f} "
                           f"{scope.replace('_', ' ')} apprehensions in FY{fy}, not the {which} on record "
                           f"({r.notes[0]})", notes, r.value))
    return out


def _usbp_stood(claim: Claim, ctx: Context, scope: str, fy: int, years: int, over: bool) -> Reading:
    """"A mark that stood for more than three decades": the years until a later whole year passed
    the year's count (or, never passed, to the latest year loaded); "about" allows 15 % fewer."""
    r = _usbp_run("usbp_record", ctx, scope, fiscal_year=fy, which="highest")
    label = f"Border Patrol {scope.replace('_', ' ')}, FY{fy}, unsurpassed for {'more than ' if over else ''}{years} years?"
    if r.value is None:
        return _missing(r, label)
    later = r.detail["overtaken_by"]
    if not r.detail["on_record"]:
        return Reading(label, "contradicted", f"FY{fy} {r.value:,.0f}: not a high when set", r.definition, [r],
                       "a record when set", f"Border Patrol {scope.replace('_', ' ')} apprehensions of FY{fy} "
                       f"({r.value:,.0f}) were below an earlier year's.", list(r.notes[:2]), None)
    last = _latest_usbp_year(ctx, scope)
    stood = (later[0] - fy) if later else (last - fy)
    holds = stood > years if over else stood >= 0.85 * years
    found = f"FY{fy} {r.value:,.0f}: " + (f"first surpassed in FY{later[0]}, {stood} years later" if later
                                           else f"not surpassed through FY{last}")
    j = judge_bool(holds, found)
    return Reading(label, j.verdict, found, r.definition, [r], j.tolerance, None if holds else
                   f"Border Patrol {scope.replace('_', ' ')} apprehensions of FY{fy} ({r.value:,.0f}) were "
                   f"{found.split(': ', 1)[1]}.", list(r.notes[:2]), stood)


def _usbp_until(claim: Claim, ctx: Context, scope: str, fy: int, until: int) -> Reading:
    """"A total not surpassed until fiscal 1986": the first later whole year above the year's count."""
    r = _usbp_run("usbp_record", ctx, scope, fiscal_year=fy, which="highest")
    label = f"Border Patrol {scope.replace('_', ' ')}, FY{fy}, first surpassed in FY{until}?"
    if r.value is None:
        return _missing(r, label)
    later = r.detail["overtaken_by"]
    first = later[0] if later else None
    found = f"FY{fy} {r.value:,.0f}: first surpassed in FY{first}" if first else f"FY{fy} {r.value:,.0f}: never surpassed"
    j = judge_bool(first == until, found)
    return Reading(label, j.verdict, found, r.definition, [r], j.tolerance, None if first == until else
                   f"Border Patrol {scope.replace('_', ' ')} apprehensions of FY{fy} ({r.value:,.0f}) were "
                   + (f"first surpassed in FY{first}." if first else "not surpassed in any later whole year loaded."),
                   list(r.notes[:2]), first)


def _than_any(series: dict[int, float], year: int, within: tuple[int, int], which: str) -> tuple[int, bool] | None:
    """"Higher (lower) than in any year of the 1990s": the other years of the span, all of which must be
    loaded, give their extreme; returns it and whether ``year``'s figure is beyond it."""
    span = {y: v for y, v in series.items() if within[0] <= y <= within[1] and y != year}
    if len(span) < within[1] - within[0] + 1 - (within[0] <= year <= within[1]):
        return None
    top = (max if which == "highest" else min)(span, key=span.get)
    return top, series[year] > span[top] if which == "highest" else series[year] < span[top]


def _usbp_than_any(claim: Claim, ctx: Context, scope: str, fy: int, within: tuple[int, int], which: str) -> Reading:
    """"Higher than in any year of the 1990s": the year's count against the extreme of the decade's."""
    where = scope.replace("_", " ")
    r = _usbp_run("usbp_apprehensions", ctx, scope, fiscal_year=fy)
    label = f"Border Patrol {where}, FY{fy} against FY{within[0]}–FY{within[1]}"
    if r.value is None:
        return _missing(r, label)
    series = {row["fiscal_year"]: row["value"] for row in r.detail["series"] if not row["partial"] or row["fiscal_year"] == fy}
    if (extreme := _than_any(series, fy, within, which)) is None:
        return Reading(label, "no_data", "no data", r.definition, [r], notes=[
            f"Not every whole Border Patrol year {where} of FY{within[0]}–FY{within[1]} is loaded; the "
            f"historical tables for all of them would settle it."])
    top, holds = extreme
    other = _usbp_run("usbp_apprehensions", ctx, scope, fiscal_year=top)
    found = f"FY{fy} {r.value:,.0f} vs FY{top} {series[top]:,.0f}, the {which} of FY{within[0]}–FY{within[1]}"
    j = judge_bool(holds, found)
    return Reading(label, j.verdict, found, r.definition, [r, other], j.tolerance, None if holds else
                   f"Border Patrol {where} apprehensions in FY{fy} ({r.value:,.0f}) were "
                   f"{'below' if which == 'highest' else 'above'} FY{top}'s ({series[top]:,.0f}).",
                   list(r.notes[:2]), r.value)


def _latest_usbp_year(ctx: Context, scope: str) -> int:
    """The latest fiscal year of Border Patrol figures for a scope (perhaps partial)."""
    def make() -> int:
        latest = ctx.rows(f"SELECT max(fiscal_year) FROM {ctx.table(ENCOUNTERS)} WHERE dataset = ?",
                          [scope])[0][0] if scope == "southwest_border" else None
        return int(latest or ctx.rows("SELECT max(fiscal_year) FROM usbp_encounters")[0][0])
    return ctx.memo(("latest usbp year", scope, ctx.as_of_sql), make)


def _lowest_in_years(claim: Claim, ctx: Context) -> list[Reading]:
    """"The lowest in 30 years": of the month or fiscal year the text names, else the latest."""
    years = claim.slots.get("years") or 0
    which = claim.slots.get("which", "lowest")
    period = claim.period if claim.period_stated else None   # a period carried from before is not this one's
    if period is not None and period.kind == "month":
        return [_month_in_years(claim, ctx, dataset, component, years, which)
                for dataset, component in _month_scopes(claim)]
    stated = period.end[0] if period is not None and period.kind in ("fy", "year") and period.end else None
    out = []
    scopes = [claim.slots.get("dataset")] if claim.slots.get("dataset") else ["southwest_border", "nationwide"]
    for scope in scopes:
        fy = stated or _latest_usbp_year(ctx, scope)
        r = _usbp_run("usbp_lowest_since", ctx, scope, fiscal_year=int(fy), which=which)
        label = f"Border Patrol {scope.replace('_', ' ')} apprehensions/encounters, FY{fy}"
        if r.value is None:
            out.append(_missing(r, label))
            continue
        span = r.detail.get("years")
        holds = span is None or span >= years
        j = judge_bool(holds, f"{which} in {span} years" if span else f"{which} on record")
        correction = None if holds else (
            f"Border Patrol {scope.replace('_', ' ')} figures for FY{fy} were the {which} since "
            f"FY{r.detail['since']} ({span} years).")
        out.append(Reading(label, j.verdict, r.label.split(": ", 1)[-1], r.definition, [r],
                           j.tolerance, correction, list(r.notes[:3]), span))
    return out


_NEARLY_YEARS = re.compile(r"(?i)\b(?:nearly|almost|close\s+to|just\s+(?:under|shy\s+of))\s+(?:\w+|\d+)\s+years\b")


def _month_of(ym: str | None) -> tuple[int, int] | None:
    """A month as an indicator's detail gives it ("2025-02"), as (year, month)."""
    return tuple(map(int, ym.split("-"))) if ym else None


def _month_in_years(claim: Claim, ctx: Context, dataset: str, component: str, years: int,
                    which: str) -> Reading:
    """"The fewest in four years" of a month: no month in the four years before it went lower."""
    month = claim.period
    r = _border_run("encounters_lowest_since", ctx, dataset, month=month, which=which, component=component)
    label = f"{_scope_label(dataset, component)} encounters, {month.label}"
    if r.value is None:
        return _missing(r, label)
    since = _month_of(r.detail.get("since"))
    first = _month_of(r.detail["coverage"][0])
    # "in nearly four years": up to half a year short of them
    bound = add_months(month.start, -12 * years + (6 if _NEARLY_YEARS.search(_words(claim)) else 0))
    if since is None and first > bound and dataset == "southwest_border" and component == "all":
        # the southwest border file starts in October 2021; the nationwide files' southwest region
        # reaches back two more years
        wide = run("encounters_lowest_since", ctx=ctx, dataset="nationwide", region="southwest", month=month,
                   which=which)
        if wide.value is not None:
            r, since, first = wide, _month_of(wide.detail.get("since")), _month_of(wide.detail["coverage"][0])
            r.notes.insert(0, "Read from the southwest region of CBP's nationwide files, which reach back further "
                              "than the Southwest Land Border Encounters file.")
    if since is None and first > bound:
        # the lowest in the files, but they do not reach back the years claimed
        return Reading(label, "no_data", "no data", r.definition, [r], notes=[
            f"The loaded files start in {month_name(first)}, less than {years} years before "
            f"{month.label}. OHSS's monthly enforcement tables go further back (not loaded)."])
    holds = since is None or since <= bound
    j = judge_bool(holds, r.label.split(": ", 1)[-1])
    gap = (month.start[0] - since[0]) * 12 + month.start[1] - since[1] if since else 0
    correction = None if holds else f"{month.label} was the {which} since {month_name(since)}, {gap} months earlier."
    return Reading(label, j.verdict, r.label.split(": ", 1)[-1], r.definition, [r], j.tolerance,
                   correction, list(r.notes[:1]), r.value)


def _encounters_value(claim: Claim, ctx: Context) -> list[Reading]:
    if claim.period is None:
        return _no_data(claim, ctx, "no period stated")
    out = []
    components = claim.slots.get("components") or (claim.slots.get("component", "all"),)
    scopes = [claim.slots["dataset"]] if claim.slots.get("dataset") else ["nationwide", "southwest_border"]
    if claim.slots.get("first_since") and claim.period.kind in ("fy", "year") and not claim.slots.get("per_month"):
        # "apprehensions dropped below 400,000 for the first time since 1971": the Border Patrol's
        # whole fiscal years, the only annual series reaching that far back
        fy = claim.period.end[0] if claim.period.kind == "fy" else claim.period.start[0]
        found = []
        for scope in scopes:
            r = _whole_year(_usbp_run("usbp_apprehensions", ctx, scope, fiscal_year=fy))
            label = f"Border Patrol {scope.replace('_', ' ')}, FY{fy}, first past the bound"
            if r.value is None:
                found.append(_missing(r, label))
                continue
            series = {row["fiscal_year"]: float(row["value"]) for row in r.detail["series"] if not row["partial"]}
            found.append(_first_crossing(claim, label, f"Border Patrol {scope.replace('_', ' ')} apprehensions were",
                                         series, fy, [r], "FY", lambda v: f"{v:,.0f}",
                                         [] if claim.period.kind == "fy" else [f"Read by fiscal year (FY{fy})."]))
        return [x for x in found if x.verdict != "no_data"] or found
    if claim.slots.get("border_patrol") and claim.period.kind == "range" and claim.slots.get("annual") \
            and claim.period.end is not None and claim.period.end[0] > claim.period.start[0]:
        return [_usbp_annual_average(claim, ctx, scope) for scope in scopes]
    if claim.slots.get("border_patrol") and claim.period.kind == "year" and claim.period.start[0] < 2020:
        # "1.1 million apprehensions in 1954": before CBP's monthly files, Border Patrol figures are
        # read by fiscal year (OHSS's monthly southwest counts are rounded, and differ from the
        # fiscal-year tables by up to 5 %)
        claim = _with(claim, period=Period.fiscal_year(claim.period.start[0]))
        components = ("usbp",)
    if claim.slots.get("border_patrol") and claim.period.kind == "fy" and "usbp" in components:
        fy = claim.period.end[0]
        out = [_count_reading(claim, _as_counted(claim, _usbp_run("usbp_apprehensions", ctx, scope, fiscal_year=fy)),
                              f"Border Patrol {scope.replace('_', ' ')}, FY{fy}",
                              f"Border Patrol recorded {{}} {scope.replace('_', ' ')} apprehensions "
                              f"in FY{fy}.") for scope in scopes]
        if fy < 2020 or claim.slots.get("dataset") == "nationwide":
            return out  # the nationwide CBP files do not split out the Border Patrol
        if any(r.verdict != "no_data" for r in out):
            components = tuple(c for c in components if c != "usbp")
            if not components:
                return out + (_counted(claim, ctx, ("all",)) if _all_cbp(claim, out) else [])
    out += _counted(claim, ctx, components)
    if components == ("usbp",) and _all_cbp(claim, out):
        out += _counted(claim, ctx, ("all",))
    elif components == ("all",) and _patrol_too(claim, out):
        out += [r for r in _counted(claim, ctx, ("usbp",)) if r.verdict != "no_data"]
    return out


def _patrol_too(claim: Claim, counted: list[Reading]) -> bool:
    """"About 1.5 million encounters at the southwest border in fiscal 2024": the Border Patrol also counts its
    apprehensions and expulsions as encounters, so when all of CBP's contradict a count of southwest-border
    encounters, the Border Patrol's alone are read too (the claim then 'depends' if they hold)."""
    words = claim.slots.get("words") or _words(claim)
    known = {r.verdict for r in counted if r.verdict != "no_data"}
    # (a bound, "fell below 10,000", is read on all of CBP's, as it is usually meant)
    return known == {"contradicted"} and claim.quantity is not None and claim.quantity.hedge not in _BOUNDS \
        and "southwest_border" in _datasets(claim) \
        and bool(_ENCOUNTERS_WORD.search(words)) and not _OTHER_THAN_PATROL.search(words)


#: what names more than the Border Patrol's count: the ports of entry, Field Operations, "all", "total", "nationwide"
_OTHER_THAN_PATROL = re.compile(r"(?i)\bports?\s+of\s+entry|\bfield\s+operations|\bOFO\b|\binadmissib|\ball\s+of\s+CBP|"
                                r"\bCBP['’]s\s+(?:total|overall)|\bnationwide|\btotal\b|\bcombined\b")


#: what names a count of CBP encounters rather than of the Border Patrol's apprehensions
_ENCOUNTERS_WORD = re.compile(r"(?i)\bencounters?\b")
#: … and its verb ("Border Patrol agents encountered nearly 2.5 million migrants")
_ENCOUNTERED = re.compile(r"(?i)\bencounter(?:s|ed)?\b")
#: (… or what names the Border Patrol's own: "Border Patrol encounters", "between the ports", a sector)
_PATROL_ONLY = re.compile(r"(?i)apprehen|arrest|detain|detention|caught|stopp|catch|between\s+(?:the\s+)?ports|"
                          r"\balone\b|"
                          r"\bpatrol(?:['’]s)?\s+(?:(?:southwest|northern|border|nationwide|total|monthly)\s+){0,2}encounters|\bsector\b")


def _all_cbp(claim: Claim, patrol: list[Reading]) -> bool:
    """"The Border Patrol recorded 2.1 million encounters at the southwest border in FY2024": a count
    of encounters credited to the Border Patrol is often all of CBP's (the Border Patrol's
    apprehensions and Field Operations' inadmissibles). When the Border Patrol's figures contradict
    it, all of CBP's are read too, so that the claim 'depends' when those hold."""
    words = claim.slots.get("words") or _words(claim)
    known = {r.verdict for r in patrol if r.verdict != "no_data"}
    return known == {"contradicted"} and claim.slots.get("dataset") in (None, "southwest_border", "nationwide") \
        and bool(_ENCOUNTERED.search(words)) and not _PATROL_ONLY.search(words)


def _counted(claim: Claim, ctx: Context, components: tuple[str, ...]) -> list[Reading]:
    """Readings of a count of encounters by CBP component, dataset and period."""
    out = []
    monthly, daily = claim.slots.get("per_month"), claim.slots.get("per_day")
    indicator, what = ("encounters_average", " a month") if monthly and not daily else ("encounters", "")
    what = " a day" if daily else what
    for component in components:
        for dataset in _datasets(claim):
            if component != "all" and dataset != "southwest_border" and (
                    len(components) > 1 or "southwest_border" in _datasets(claim)):
                continue  # the nationwide files do not split out the Border Patrol (or Field Operations)
            who = {"usbp": "Border Patrol ", "ofo": "Field Operations "}.get(
                component if dataset == "southwest_border" else "all", "")   # (only its files split them)
            for kind, period in _periods(claim):
                period = _so_far(claim, ctx, dataset, period)
                r = _border_run(indicator, ctx, dataset, period=period,
                                component=component if dataset == "southwest_border" else "all")
                when = f"{what}{' on average' if monthly or daily else ''} in {period.label}"
                if daily:
                    r = _per_day(r, period)
                elif monthly and claim.slots.get("each_month") and claim.quantity.hedge in _BOUNDS:
                    r = _extreme_month(r, claim.quantity.hedge)
                    if r.label.endswith(" month"):   # "never exceeded 12,000 a month": its highest month
                        when = f" in the {r.label.rsplit(', ', 1)[-1]} of {period.label}"
                out.append(_count_reading(
                    claim, r, f"{who}{dataset.replace('_', ' ')} encounters{what}, {kind} {period.label}".replace("  ", " "),
                    f"CBP recorded {{}} {who}{dataset.replace('_', ' ')} encounters{when}."))
    return out


_BOUNDS = ("under", "at_most", "over", "at_least")


def _extreme_month(r: Result, hedge: str) -> Result:
    """"Under 10,000 every single month": the highest month must be under (the lowest over)."""
    months = (r.detail or {}).get("monthly") if r.value is not None else None
    if not months:
        return r
    pick = max if hedge in ("under", "at_most") else min
    row = pick(months, key=lambda x: x["value"])
    word = "highest" if pick is max else "lowest"
    return replace(r, value=float(row["value"]), unit="encounters", label=f"{r.label}, {word} month",
                   definition=f"The {word} month of {len(months)} ({row['month']}: {row['value']:,}); the claim "
                              f"bounds every month, not the average ({r.value:,.0f}). {r.definition}")


def _per_month(r: Result, period: Period) -> Result:
    """"Averaged about 170,000 a month in fiscal 2023": a whole period's count over its months."""
    if r.value is None or period.end is None:
        return r
    months = period.n_months
    return replace(r, value=float(round(r.value / months)), unit=f"{r.unit} a month", label=f"{r.label}, a month",
                   definition=f"{r.definition} Divided by the {months} months of {period.label} "
                              f"({r.value:,.0f} / {months}).")


def _per_day(r: Result, period: Period) -> Result:
    """"Averaged 4,600 a day": a period's count over its days (only whole periods are counted)."""
    if r.value is None:
        return r
    if period.end is None:
        return replace(r, value=None, notes=[f"A daily average needs a closed period; {period.label} is open."])
    days = period.n_days
    value = r.value / days
    return replace(r, value=float(round(value)), unit=f"{r.unit} a day", label=f"{r.label}, a day",
                   definition=f"{r.definition} Divided by the {days} days of {period.label} "
                              f"({r.value:,.0f} / {days}).")


def _encounters_share(claim: Claim, ctx: Context) -> list[Reading]:
    """"The Border Patrol accounted for more than two-thirds of southwest border encounters": one CBP
    component's share (only the southwest border file splits them); "the southwest border accounted
    for roughly 74 percent of nationwide CBP encounters": a land border region's (the nationwide files
    split them)."""
    if claim.period is None:
        return _no_data(claim, ctx, "no period stated")
    if claim.slots.get("sector"):
        # a Border Patrol sector's share of its border's (or all) apprehensions, in a fiscal year
        sector, whole_scope = claim.slots["sector"], claim.slots.get("whole", "southwest_border")
        fy, note = _sector_year(claim.period)
        part, whole = (_usbp_run("usbp_apprehensions", ctx, scope, fiscal_year=fy) for scope in (sector, whole_scope))
        whole_of = f"Border Patrol {whole_scope.replace('_', ' ')} apprehensions"
        sector = sector.replace("_", " ")   # (or a border's: "northern border")
        return [_share_of(claim, f"{sector} share of {whole_of}, FY{fy}", part, whole, f"The {sector}", whole_of,
                          Period.fiscal_year(fy), [note] if note else [])]
    whole_of_region = {}
    if claim.slots.get("region"):
        region = claim.slots["region"]
        who, whole_of, dataset, part_of = f"{region} border", "CBP's nationwide encounters", "nationwide", {
            "region": region}
        if claim.slots.get("whole") and claim.slots["whole"] != region:
            # "northern border encounters were less than a tenth of the southwest border's total": one border's
            # encounters as a share of another's
            whole_of, whole_of_region = f"{claim.slots['whole']} border encounters", {"region": claim.slots["whole"]}
    else:
        component = claim.slots["component"]
        who = {"usbp": "Border Patrol", "ofo": "Office of Field Operations"}[component]
        whole_of, dataset, part_of = "southwest border encounters", "southwest_border", {"component": component}
    out = []
    for kind, period in _periods(claim):
        part = run("encounters", ctx=ctx, dataset=dataset, period=period, **part_of)
        whole = run("encounters", ctx=ctx, dataset=dataset, period=period, **whole_of_region)
        label = f"{who} share of {whole_of}, {kind} {period.label}".replace("  ", " ")
        notes = []
        if (part.value is None or whole.value is None) and (latest := _latest_within(ctx, dataset, period)):
            # "in FY2025, OFO accounted for nearly half": a share of a year not over is read from the months loaded
            # (a share needs no missing month filled in, unlike a total)
            so_far = Period.range(period.start, latest)
            part, whole = (run("encounters", ctx=ctx, dataset=dataset, period=so_far, **of)
                           for of in (part_of, whole_of_region))
            notes.append(f"{period.label} is not over in the files loaded: the share is of its months through "
                         f"{month_name(latest)} ({so_far.label}).")
            label = f"{label} (through {month_name(latest)})"
        out.append(_share_of(claim, label, part, whole, f"The {who}", whole_of, period, notes))
    return out


#: CBP's two components at the southwest border, as a comparison names them
_COMPONENT_NAMES = {"usbp": "Border Patrol", "ofo": "Field Operations"}


def _component_compare(claim: Claim, ctx: Context) -> list[Reading]:
    """"Field ops had more encounters at the southwest border than the Border Patrol did in November
    2024": CBP's two components in the period (only the southwest border file splits them)."""
    if claim.period is None:
        return _no_data(claim, ctx, "no period stated")
    a_name, b_name = _COMPONENT_NAMES[claim.slots["component"]], _COMPONENT_NAMES[claim.slots["other"]]
    more = claim.slots.get("direction") == "more"
    out = []
    for kind, period in _periods(claim):
        a, b = (_border_run("encounters", ctx, "southwest_border", period=period, component=c)
                for c in (claim.slots["component"], claim.slots["other"]))
        label = f"southwest border encounters, {a_name} vs {b_name}, {kind} {period.label}".replace("  ", " ")
        if a.value is None or b.value is None:
            out.append(_missing(a if a.value is None else b, label))
            continue
        if claim.quantity is not None and b.value:
            # "nearly three times as many": the one count as a multiple of the other
            ratio = a.value / b.value
            j = judge(claim.quantity, ratio)
            out.append(Reading(label, j.verdict, f"{ratio:.2f}× ({a_name} {a.text} vs {b_name} {b.text})", a.definition,
                               [a, b], j.tolerance, None if j.verdict == "supported" else
                               f"In {period.label}, {a_name} recorded {ratio:.2f} times as many southwest border "
                               f"encounters as {b_name} ({a.value:,.0f} vs {b.value:,.0f}).", [], ratio))
            continue
        if period.kind == "range" and period.end is not None and 1 < period.n_months <= 24:
            # "For three straight months, November 2024 through January 2025, encounters at the ports of entry …
            # outnumbered Border Patrol apprehensions": in each month of the span
            out.append(_component_each_month(claim, ctx, label, period, more))
            continue
        holds = a.value > b.value if more else a.value < b.value
        j = judge_bool(holds, f"{a_name} {a.text} vs {b_name} {b.text}")
        out.append(Reading(label, j.verdict, f"{a_name} {a.text} vs {b_name} {b.text}", a.definition, [a, b],
                           j.tolerance, None if holds else
                           f"In {period.label}, {a_name} recorded {a.value:,.0f} southwest border encounters and "
                           f"{b_name} {b.value:,.0f}.", [], a.value - b.value))
    return out


def _component_each_month(claim: Claim, ctx: Context, label: str, span: Period, more: bool) -> Reading:
    """One CBP component against the other in each month of a span: the comparison holds if it holds in every
    month, and the months it fails in are named."""
    a_name, b_name = _COMPONENT_NAMES[claim.slots["component"]], _COMPONENT_NAMES[claim.slots["other"]]
    months = [Period.month(*ym) for ym in span.months]
    pairs = [tuple(_border_run("encounters", ctx, "southwest_border", period=month, component=c)
                   for c in (claim.slots["component"], claim.slots["other"])) for month in months]
    if missing := next((r for pair in pairs for r in pair if r.value is None), None):
        return _missing(missing, label)
    failed = [month.label for month, (a, b) in zip(months, pairs)
              if not (a.value > b.value if more else a.value < b.value)]
    said = "; ".join(f"{month.label}: {a.value:,.0f} vs {b.value:,.0f}" for month, (a, b) in zip(months, pairs))
    j = judge_bool(not failed, f"{a_name} vs {b_name} each month")
    return Reading(f"{label}, each month", j.verdict, f"{a_name} vs {b_name}: {said}", pairs[0][0].definition,
                   [r for pair in pairs for r in pair], j.tolerance, None if not failed else
                   f"{a_name} recorded {'more' if not more else 'fewer'} southwest border encounters than {b_name} in "
                   f"{', '.join(failed)}.", [], float(len(months) - len(failed)))


def _share_of(claim: Claim, label: str, part: Result, whole: Result, who: str, whole_of: str, period: Period,
              notes: list[str] | None = None) -> Reading:
    """A part's share of a whole (a component's encounters, a region's seizures), judged against
    the percentage claimed; the correction says "{who} accounted for …% of {whole_of} in …"."""
    if part.value is None or whole.value is None or not whole.value:
        return _missing(part if part.value is None else whole, label)
    share = 100 * part.value / whole.value
    j = judge(claim.quantity, share)
    return Reading(label, j.verdict, f"{share:.1f}% ({part.text} of {whole.text})", part.definition,
                   [part, whole], j.tolerance, None if j.verdict == "supported" else
                   f"{who} accounted for {share:.1f}% of {whole_of} in {period.label} ({part.text} of "
                   f"{whole.text}).", list(notes or []), share)


def _usbp_annual_average(claim: Claim, ctx: Context, scope: str) -> Reading:
    """"In the early 1940s, annual apprehensions hovered around 11,000": the average fiscal year."""
    years = range(claim.period.start[0], claim.period.end[0] + 1)
    found = [_usbp_run("usbp_apprehensions", ctx, scope, fiscal_year=y) for y in years]
    label = f"Border Patrol {scope.replace('_', ' ')}, average of FY{years[0]}–FY{years[-1]}"
    missing = next((r for r in found if r.value is None), None)
    if missing is not None:
        return _missing(missing, label)
    mean = sum(r.value for r in found) / len(found)
    j = judge(claim.quantity, mean)
    return Reading(label, j.verdict, f"{mean:,.0f} a year (" + "; ".join(
        f"FY{y} {r.value:,.0f}" for y, r in zip(years, found)) + ")", found[0].definition, found,
        j.tolerance, None if j.verdict == "supported" else
        f"Border Patrol apprehensions {scope.replace('_', ' ')} averaged {mean:,.0f} a year in "
        f"FY{years[0]}–FY{years[-1]}.", [], mean)


def _as_counted(claim: Claim, r: Result) -> Result:
    """A fiscal year's figure as the text counts it: the year so far ("so far in fiscal 2025"), a
    month's or a day's average ("averaged 170,000 a month"), else the whole year."""
    if claim.slots.get("to_date"):
        return _year_to_date(r)
    if claim.slots.get("per_day"):
        return _per_day(_whole_year(r), claim.period)
    if claim.slots.get("per_month"):
        return _per_month(_whole_year(r), claim.period)
    return _whole_year(r, claim.quantity)


def _year_to_date(r: Result) -> Result:
    """A year to date, as the text claims it ("so far in fiscal 2025"): the note on its months first."""
    partial = [n for n in r.notes if "is partial" in n]
    r.notes[:] = partial + [n for n in r.notes if n not in partial]
    return r


def _whole_year(r: Result, claimed: Quantity | None = None) -> Result:
    """A year to date cannot stand for a whole fiscal year: no value, with the note saying so; but it is
    the least the whole year can be, so a count ``claimed`` for the year that falls well short of it is
    judged against it ("apenas 85 mil aprehensiones … en el año fiscal 2025", with 229,183 in eleven
    months), as is a bound it already settles ("more than 200,000", "under 200,000")."""
    if r.value is None or not any("is partial" in n for n in r.notes):
        return r
    if claimed is not None and claimed.unit == "count" and (
            claimed.hedge in ("over", "at_least", "just_over") and claimed.value <= r.value
            or claimed.hedge in ("under", "at_most") and claimed.value < r.value
            or claimed.hedge not in ("under", "at_most") and (claimed.upper or claimed.value) < r.value * (1 - CLOSE_ABOUT)):
        r.notes.insert(0, f"Only part of the year is loaded ({r.text} so far); the whole year can only be "
                          f"higher, so the claim is judged against that least figure.")
        return r
    r.notes.insert(0, f"Only part of the year is loaded ({r.text} so far); a whole-year figure "
                      f"needs a later release.")
    r.value = None
    return r


def _count_reading(claim: Claim, r: Result, label: str, correction: str) -> Reading:
    """A claimed count against an indicator's figure; ``correction`` has a {} for the figure."""
    if r.value is None:
        return _missing(r, label)
    j = judge(claim.quantity, r.value)
    least = "at least " if r.notes and "can only be higher" in r.notes[0] else ""   # a year so far
    return Reading(label, j.verdict, least + r.text, r.definition, [r], j.tolerance,
                   None if j.verdict == "supported" else correction.format(f"{least}{r.value:,.0f}"),
                   list(r.notes[:1]), r.value)


_SEIZER = {"all": "CBP", "usbp": "The Border Patrol", "ofo": "CBP's Office of Field Operations"}
_SEIZER_READING = {"all": "all of CBP", "usbp": "Border Patrol only", "ofo": "ports of entry only"}


def _last_seizure_year(claim: Claim, ctx: Context) -> Callable | None:
    """"Last fiscal year", in an undated text: the latest whole fiscal year loaded ("last year": the calendar year
    too). Returns a function that reads the claim for that year with a rule (``_seizures``, ``_seizures_change``)
    and says so in a note; ``None`` when the claim has a period or says no "last year"."""
    if claim.period is not None or not claim.slots.get("latest") or not (latest := _latest_seizure_years(ctx)):
        return None
    fiscal = re.search(r"(?i)\bfiscal\b|\bFY\b", claim.text)
    period = Period.fiscal_year(latest[1]) if fiscal else Period.year(latest[0])
    note = f"No date stated: \"last year\" read as {period.label}, the latest whole year loaded."
    dated = _with(claim, period=period, period_stated=True)
    return lambda rule: [replace(r, notes=[note, *r.notes]) for r in rule(dated, ctx)]


def _seizures(claim: Claim, ctx: Context) -> list[Reading]:
    drug = claim.slots.get("drug") or "fentanyl"
    context = []
    if dated := _last_seizure_year(claim, ctx):
        return dated(_seizures)
    if claim.period is not None:
        unit = claim.quantity.unit if claim.quantity.unit in ("kg", "lb") else "lb"
        regions = claim.slots.get("regions") or ("all",)
        components = claim.slots.get("components") or (claim.slots.get("component") or "all",)
        found = [(", ".join(x for x in (kind, "" if region == "all" and len(regions) == 1 else
                                        f"{region} region" if region != "all" else "all regions",
                                        "" if len(components) == 1 else _SEIZER_READING[component]) if x),
                  component,
                  run("seizures", ctx=ctx, drug=drug, period=_seized_so_far(claim, ctx, period), unit=unit,
                      region=region, component=component))
                 for component in components for region in regions for kind, period in _periods(claim)]
        cbp = found[0][2]
        if cbp.value is not None:
            context = [f"For comparison, CBP (U.S. side) seized {cbp.text} of {drug} "
                       f"{cbp.label.split(',')[-1].strip()} ({cbp.all_evidence()[0].cite() if cbp.all_evidence() else ''})."]
        if claim.slots.get("actor") == "cbp":
            out = []
            for kind, component, r in found:
                if r.value is None:
                    out.append(_missing(r, r.label))
                    continue
                j = judge(claim.quantity, r.value)
                out.append(Reading(f"{r.label}{' (' + kind + ')' if kind else ''}", j.verdict, r.text,
                                   r.definition, [r], j.tolerance, None if j.verdict == "supported"
                                   else f"{_SEIZER[component]} seized {r.text} of {drug} in "
                                        f"{r.label.split(',')[-1].strip()}.",
                                   [], r.value))
            if components == ("usbp",) and {r.verdict for r in out} == {"contradicted"} and not re.search(
                    r"(?i)between\s+(?:the\s+)?ports|\balone\b|\bonly\b", claim.slots.get("words") or _words(claim)):
                # "Border Patrol seized nearly 22,000 pounds of fentanyl in FY2024": CBP's seizures are often credited
                # to the Border Patrol; when its own contradict the claim, all of CBP's are read too ('depends')
                out += _seizures(_with(claim, slots={**claim.slots, "components": ("all",), "component": "all"}), ctx)
            return out
    return _no_data(claim, ctx, topic="mexican_seizures", context=context)


def _seized_so_far(claim: Claim, ctx: Context, period: Period) -> Period:
    """"So far in fiscal 2026": the year's months of seizures up to the latest loaded, when it is not over."""
    if not claim.slots.get("to_date") or period.kind not in ("fy", "year"):
        return period
    latest = _last_seizure_month(ctx)
    if latest is None or not period.start <= latest < period.end:
        return period
    return Period.range(period.start, latest)


def _seizures_share(claim: Claim, ctx: Context) -> list[Reading]:
    """"Officers at ports of entry seized roughly 80% of the fentanyl caught in fiscal 2024": a
    component's (or region's) seizures over all of CBP's, in the period (the latest fiscal year if
    none is stated)."""
    drug = claim.slots.get("drug") or "fentanyl"
    component, region = claim.slots.get("component") or "all", claim.slots.get("region") or "all"
    notes = []
    if claim.period is None:
        latest = _latest_seizure_years(ctx)
        if latest is None:
            return _no_data(claim, ctx, "no whole year of seizures is loaded for this date")
        fy = latest[1]
        claim, notes = _with(claim, period=Period.fiscal_year(fy)), [f"No period stated: read as FY{fy}, the "
                                                                      f"latest whole fiscal year loaded."]
    who = " ".join(x for x in (_SEIZER[component] if component != "all" else "",
                               f"the {region} border" if region != "all" else "") if x) or "CBP"
    out = []
    for kind, period in _periods(claim):
        part = run("seizures", ctx=ctx, drug=drug, period=period, component=component, region=region)
        whole = run("seizures", ctx=ctx, drug=drug, period=period)
        label = f"{who}{_apostrophe(who)} share of CBP {drug} seizures, {kind + ' ' if kind else ''}{period.label}"
        out.append(_share_of(claim, label, part, whole, _upper_first(who), f"CBP's {drug} seizures", period,
                             notes))
    return out


def _last_seizure_month(ctx: Context) -> tuple[int, int] | None:
    """The latest month of seizures loaded (as of the context's date), or ``None`` when none is."""
    def make() -> tuple[int, int] | None:
        latest = ctx.rows(f"SELECT year, month FROM {ctx.table(SEIZURES)} ORDER BY year DESC, month DESC LIMIT 1")
        return (int(latest[0][0]), int(latest[0][1])) if latest else None
    return ctx.memo(("last seizure month", ctx.as_of_sql), make)


def _latest_seizure_years(ctx: Context) -> tuple[int, int] | None:
    """The latest calendar and fiscal years whose twelve months of seizures are loaded (as of the
    context's date), or ``None`` when none are."""
    latest = _last_seizure_month(ctx)
    return _whole_years(*latest) if latest else None


def _whole_years(y: int, m: int) -> tuple[int, int]:
    """The latest whole calendar and fiscal years when month ``m`` of ``y`` is the last loaded."""
    return int(y if m == 12 else y - 1), int(y if m >= 9 else y - 1)


def _doses(claim: Claim, ctx: Context) -> list[Reading]:
    mass = claim.slots.get("mass")
    drug = claim.slots.get("drug") or "fentanyl"
    extra = {"lethal_dose_mg": claim.slots["lethal_dose_mg"]} if claim.slots.get("lethal_dose_mg") else {}
    period = claim.period
    if period is not None and period.end is None and (latest := _last_seizure_month(ctx)) is not None \
            and period.start <= latest:
        period = Period.range(period.start, latest)   # "Since Feb. 2025, CBP's fentanyl seizures add up to …"
    seized = period is not None and period.end is not None
    if mass is not None and mass.hedge not in ("exact", "about") and seized:
        # "more than 12,000 kilograms of fentanyl in fiscal 2023, over 6 billion lethal doses": the
        # stated mass is only a bound; the doses are of what was seized
        mass = None
    if mass is not None:
        grams = mass.value / 1000 if mass.unit == "g" else None
        kw = {"kg": grams} if grams is not None else {"kg": mass.value} if mass.unit == "kg" else {"lb": mass.value}
        where = f"{mass.value:,g} {mass.unit} of {drug}"   # (not "1,000-pound of fentanyl")
        notes = [f"Computed from the quantity the text states ({mass.text}), not from seizure data."]
    elif seized:
        region = claim.slots.get("region") or "all"
        kw = {"period": period, **({"region": region} if region != "all" else {})}
        at = f" at the {region} border" if region != "all" else ""
        where = f"{drug} seized by CBP{at}, {period.label}"
        notes = ["Computed from CBP's seizures in the period (" + (
            f"the text's '{claim.slots['mass'].text}' is a bound, not a quantity)." if claim.slots.get("mass")
            else "no quantity is stated).")]
    else:
        return _no_data(claim, ctx, "no quantity of the drug, nor a period of seizures, to compute doses from")
    r = run("lethal_doses", ctx=ctx, drug=drug, **kw, **extra)
    if r.value is None:
        return [_missing(r, "lethal doses")]
    j = judge(claim.quantity, r.value)
    return [Reading(f"lethal doses in {where}", j.verdict, r.text, r.definition, [r], j.tolerance,
                    None if j.verdict == "supported" else
                    f"{_upper_first(where)} makes about "
                    f"{f'{r.value / 1e9:,.1f} billion' if r.value >= 1e9 else f'{r.value / 1e6:,.0f} million' if r.value >= 1e6 else f'{r.value:,.0f}'} lethal "
                    f"doses at {claim.slots.get('lethal_dose_mg') or 2:g} mg each.", notes + list(r.notes), r.value)]


def _balance_sign(claim: Claim, ctx: Context) -> list[Reading]:
    period, notes = _trade_period(claim, ctx)
    if not claim.subjects:
        return _no_data(claim, ctx, "the partner could not be identified")
    r = run("trade_balance", ctx=ctx, partner=claim.subjects, period=period)
    if r.value is None:
        return [_missing(r, r.label)]
    actual = "surplus" if r.value > 0 else "deficit"
    j = judge_bool(actual == claim.slots.get("sign"), f"the U.S. had a {actual}")
    return [Reading(f"trade balance, {period.label}", j.verdict, f"{actual} of {_short(abs(r.value), 'USD')}",
                    r.definition, [r], j.tolerance, None if j.verdict == "supported" else
                    f"The U.S. had a goods trade {actual} of {_short(abs(r.value), 'USD')} with "
                    f"{_names(claim.subjects)} in {period.label}.", notes, r.value)]


# -- comparisons, records and directions without a figure ----------------------------------------

def _as_ratio(claim: Claim) -> Claim:
    """A comparison in words as a ratio claim: "more than" is a ratio above 1, "less than" below,
    "as much as" about 1."""
    from .quantities import Quantity

    hedge = {"more": "over", "less": "under"}.get(claim.slots.get("direction"), "about")
    q = Quantity(1.0, "ratio", claim.start, claim.end, claim.slots.get("claimed", claim.text), hedge, 0.05)
    return _with(claim, quantity=q)


def _trade_compare(claim: Claim, ctx: Context) -> list[Reading]:
    """"Bought more U.S. goods than Japan or Germany": against each partner named."""
    period, notes = _trade_period(claim, ctx)
    if claim.flow == "balance":
        return [_balance_compare(claim, ctx, period, notes, [(o,) for o in claim.others])]
    flow = claim.flow if claim.flow in ("exports", "imports", "total") else "exports"
    q = _as_ratio(claim).quantity
    found = [run("trade_ratio", ctx=ctx, flow=flow, partner=claim.subjects, other=(o,), period=period)
             for o in claim.others]
    label = f"{_flow_word(flow)}, {period.label}"
    missing = next((r for r in found if r.value is None), None)
    if missing is not None:
        return [_missing(missing, label)]
    verdicts = [judge(q, r.value) for r in found]
    bad = [v for v in verdicts if v.verdict != "supported"]
    j = bad[0] if bad else verdicts[0]
    a = found[0].components[0]
    official = f"{_upper_first(_names(claim.subjects))} {a.text} vs " + "; ".join(
        f"{_name(o)} {r.components[1].text}" for o, r in zip(claim.others, found))
    word = {"over": "more", "under": "less", "about": "about as much"}[q.hedge]
    correction = None if not bad else (
        f"{_bought(flow, _names(claim.subjects), _short(a.value, 'USD'), period.label)}; " + "; ".join(
            f"{_name(o)}: {_short(r.components[1].value, 'USD')}" for o, r in zip(claim.others, found)) + ".")
    return [Reading(label, j.verdict, official, found[0].definition, found,
                    f"'{word}' must hold against each partner named", correction, notes,
                    min(r.value for r in found))]


def _first_compare(claim: Claim, ctx: Context) -> list[Reading]:
    """"For the first time in two decades, we imported more from Mexico than from China", "OFO's
    encounters outnumbered Border Patrol's for the first time": the comparison held in the period, and
    in no earlier one loaded (or none since the year named, or in the years named)."""
    period = claim.period
    if period.kind not in ("year", "fy", "month"):
        return _no_data(claim, ctx, "the comparison is stated for a year, fiscal year or month only")
    more = claim.slots.get("direction", "more") == "more"
    if claim.slots["compare"] == "trade_compare":
        if period.kind != "year":
            return _no_data(claim, ctx, "the trade series compared is annual")
        flow = claim.flow
        a, b = (run("trade_record", ctx=ctx, flow=flow, partner=p, year=period.start[0])
                for p in (claim.subjects, claim.others))
        label = f"{_flow_word(flow)}, {_names(claim.subjects)} vs {_names(claim.others)}, {period.label} and every year before"
        if a.value is None or b.value is None:
            return [_missing(a if a.value is None else b, label)]
        series = {int(y): (v, b.detail["series"][y]) for y, v in a.detail["series"].items()
                  if y in b.detail["series"]}
        steps = [Period.year(y) for y in sorted(series) if y <= period.start[0]]
        values = [series[p.start[0]] for p in steps]
        results, who = [a, b], (_upper_first(_names(claim.subjects)), _name(claim.others[0]))
        prep = {"exports": "to", "imports": "from"}.get(flow, "with")
        sides = (f"U.S. {_flow_word(flow)} {prep} {_names(claim.subjects)}", f"those {prep} {who[1]}")
    else:
        who = (_COMPONENT_NAMES[claim.slots["component"]], _COMPONENT_NAMES[claim.slots["other"]])
        sides = (f"{who[0]}{_apostrophe(who[0])} southwest border encounters", who[1] + _apostrophe(who[1]))
        label = f"southwest border encounters, {who[0]} vs {who[1]}, {period.label} and every {period.kind} before"
        steps, values, results = [], [], []
        step = period
        while True:
            pair = [_border_run("encounters", ctx, "southwest_border", period=step, component=c)
                    for c in (claim.slots["component"], claim.slots["other"])]
            if any(r.value is None for r in pair):
                break                   # the first period loaded
            steps.insert(0, step)
            values.insert(0, (pair[0].value, pair[1].value))
            results.insert(0, pair)
            step = _previous(step)
        if not steps or steps[-1] != period:
            return [_missing(next(r for r in pair if r.value is None), label)]

    def show(v: float) -> str:
        return _short(v, "USD") if claim.slots["compare"] == "trade_compare" else f"{v:,.0f}"

    held = [(x > y) if more else (x < y) for x, y in values]
    first_since = claim.slots["first_since"]
    floor = first_since["since"] or (period.end[0] - first_since["years"] if first_since["years"] else None)
    earlier = [p for p, h in zip(steps[:-1], held[:-1]) if h]
    last = earlier[-1] if earlier else None
    if claim.slots["compare"] != "trade_compare":
        # the months whose counts are printed: the claim's, and the last one the comparison held before it
        results = [r for p, pair in zip(steps, results) if p == period or p == last for r in pair]
    first = last is None or floor is not None and last.end[0] <= floor
    word, place = ("more", "ahead") if more else ("less", "behind")
    x, y = values[-1]
    official = f"{period.label}: {who[0]} {show(x)} vs {who[1]} {show(y)}; " + (
        f"last {place} before in {last.label} ({show(values[steps.index(last)][0])} vs "
        f"{show(values[steps.index(last)][1])})" if last is not None else
        f"never {place} before, in the series from {steps[0].label}")
    j = judge_bool(held[-1] and first, f"claimed {word} in {period.label} for the first time" + (
        f" since {floor}" if floor is not None else ""))
    verb = "exceeded" if more else "fell short of"
    correction = None if j.verdict == "supported" else (
        f"In {period.label}, {sides[0]} ({show(x)}) did not {'exceed' if more else 'fall short of'} {sides[1]} "
        f"({show(y)})." if not held[-1] else
        f"{sides[0]} {verb} {sides[1]} in {period.label}, but also in {last.label} "
        f"({show(values[steps.index(last)][0])} vs {show(values[steps.index(last)][1])}).")
    return [Reading(label, j.verdict, official, results[0].definition, results, j.tolerance, correction,
                    [f"Compared every {'year' if period.kind == 'year' else period.kind} loaded from {steps[0].label} "
                     f"to {period.label}."], x - y)]


def _trade_gap(claim: Claim, ctx: Context) -> list[Reading]:
    """"Canada bought $16 billion less than Mexico", "came in some $72 billion behind": the
    difference between the partners' figures, in the direction claimed."""
    period, notes = _trade_period(claim, ctx)
    flow = claim.flow
    name = _FLOW_INDICATOR[flow]
    a, b = (run(name, ctx=ctx, partner=p, period=period) for p in (claim.subjects, claim.others))
    label = f"{_flow_word(flow)}, {period.label}, {_names(claim.subjects)} against {_names(claim.others)}"
    if a.value is None or b.value is None:
        return [_missing(a if a.value is None else b, label)]
    # a deficit is compared by its size
    x, y = (-a.value, -b.value) if flow == "balance" and a.value < 0 and b.value < 0 else (a.value, b.value)
    more = claim.slots.get("direction") != "less"
    gap = x - y if more else y - x
    official = f"{_short(abs(x - y), 'USD')} ({_names(claim.subjects)} {_short(x, 'USD')}, " \
               f"{_names(claim.others)} {_short(y, 'USD')})"
    j = judge(claim.quantity, gap) if gap > 0 else Judgement(
        "contradicted", f"{_upper_first(_names(claim.subjects))} was {'behind' if more else 'ahead of'} {_names(claim.others)}")
    what = "the U.S. goods deficit with" if flow == "balance" and a.value < 0 and b.value < 0 else {
        "exports": "U.S. goods exports to", "imports": "U.S. goods imports from", "total": "U.S. goods trade with",
        "balance": "the U.S. goods balance with"}[flow]
    correction = None if j.verdict == "supported" else (
        f"In {period.label}, {what} {_names(claim.subjects)} ({_short(x, 'USD')}) was {_short(abs(x - y), 'USD')} "
        f"{'above' if x > y else 'below'} that with {_names(claim.others)} ({_short(y, 'USD')}).")
    return [Reading(label, j.verdict, official, a.definition, [a, b], j.tolerance, correction, notes, gap)]


def _balance_compare(claim: Claim, ctx: Context, period: Period, notes: list[str],
                     groups: list[tuple[str, ...]]) -> Reading:
    """"A bigger gap than the one with Japan", "larger than the deficits with Mexico and Vietnam
    combined": the size of the deficit (or surplus) with the partner against that with each group."""
    word = "surplus" if re.search(r"(?i)\bsurplus", claim.slots.get("sentence", claim.text)) else "deficit"
    sign = 1.0 if word == "surplus" else -1.0
    a = run("trade_balance", ctx=ctx, partner=claim.subjects, period=period)
    found = [run("trade_balance", ctx=ctx, partner=g, period=period) for g in groups]
    label = f"goods trade {word}, {period.label}"
    missing = next((r for r in [a, *found] if r.value is None), None)
    if missing is not None:
        return _missing(missing, label)

    def size(r: Result) -> str:
        return f"{word} of {_short(sign * r.value, 'USD')}" if sign * r.value > 0 else \
            f"{'deficit' if sign > 0 else 'surplus'} of {_short(-sign * r.value, 'USD')}"

    more = claim.slots.get("direction") != "less"
    official = f"{_upper_first(_names(claim.subjects))}: {size(a)} vs " + "; ".join(
        f"{_names(g)}{' combined' if len(g) > 1 else ''}: {size(r)}" for g, r in zip(groups, found))
    if sign * a.value <= 0:
        j = Judgement("contradicted", f"the U.S. had no goods {word} with {_names(claim.subjects)}")
    else:
        j = judge_bool(all((sign * a.value > sign * r.value) == more for r in found), official)
    return Reading(label, j.verdict, official, a.definition, [a, *found], j.tolerance,
                   None if j.verdict == "supported" else f"In {period.label}, the U.S. goods trade balance with "
                   f"{_names(claim.subjects)} was a {size(a)}; with " + "; with ".join(
                       f"{_names(g)}, a {size(r)}" for g, r in zip(groups, found)) + ".",
                   notes, sign * a.value)


def _va_compare(claim: Claim, ctx: Context) -> list[Reading]:
    return _va_ratio(_as_ratio(claim), ctx)


def _sme_compare(claim: Claim, ctx: Context) -> list[Reading]:
    return _sme_ratio(_as_ratio(claim), ctx)


def _trade_record(claim: Claim, ctx: Context) -> list[Reading]:
    """"Reached a record $840 billion in 2024": the year against every earlier year loaded."""
    if not claim.subjects:
        return _no_data(claim, ctx, "the partner could not be identified")
    period, notes = _trade_period(claim, ctx)
    which = claim.slots.get("which", "highest")
    if period.kind == "month" and not claim.slots.get("share") and not claim.slots.get("annual"):
        # "In October 2024 U.S. imports from Mexico posted the highest monthly figure ever", "…, the highest
        # monthly figure that year": the month against the monthly series (or its year's months)
        within = claim.slots.get("within") or "series"
        r = run("trade_record", ctx=ctx, flow=claim.flow, partner=claim.subjects, year=period.start[0],
                month=period.start[1], which=which, within=within)
        label = f"{_flow_word(claim.flow)}, {period.label}, {which} month " + (
            f"of {period.start[0]}?" if within == "year" else "on record?")
        if r.value is None:
            return [_missing(r, label)]
        held, beaten = bool(r.detail["on_record"]), r.detail["beaten_by"]
        extra = list(notes) + list(r.notes)
        if held and r.detail["overtaken_by"]:
            extra.append(f"True then, since overtaken: {', '.join(r.detail['overtaken_by'][:3])}.")
        j = judge_bool(held, r.label)
        return [Reading(label, j.verdict, f"{r.text} ({'the' if held else 'not the'} {which} month, "
                        f"{'of ' + str(period.start[0]) if within == 'year' else 'in the series from ' + r.detail['since']})",
                        r.definition, [r], j.tolerance, None if held else
                        f"{_bought(claim.flow, _names(claim.subjects), _short(r.value, 'USD'), period.label)}; "
                        f"{', '.join(beaten[-3:])} {'were' if len(beaten) > 1 else 'was'} "
                        f"{'higher' if which == 'highest' else 'lower'}.", extra, r.value)]
    r = run("trade_record", ctx=ctx, flow=claim.flow, partner=claim.subjects, year=period.start[0], which=which)
    label = f"{_flow_word(claim.flow)}, {period.start[0]}, {which} on record?"
    if r.value is None:
        return [_missing(r, label)]
    if claim.slots.get("share") and claim.flow in ("exports", "imports", "total"):
        # "China's share of U.S. imports … the lowest since 2004": the share's series, year by year
        r = _share_series(ctx, claim, r, period.start[0])
        label = f"share of U.S. {_flow_word(claim.flow)}, {period.start[0]}, {which} on record?"
        if r.value is None:
            return [_missing(r, label)]
    if (within := claim.slots.get("than_any")) is not None:
        return [_trade_than_any(claim, r, label.replace(" on record?", f" against {within[0]}–{within[1]}"),
                              period.start[0], within, which, notes)]
    if (since := claim.slots.get("since")) is not None:
        return [_trade_since(claim, r, label.replace(" on record?", f" since {since.start[0]}?"), period.start[0],
                             since.start[0], which, notes)]
    held = bool(r.detail["on_record"])
    extra = list(notes) + list(r.notes)
    beaten = r.detail["beaten_by"]
    if claim.slots.get("peak") and held and r.detail["overtaken_by"]:
        # "imports from China peaked in 2017": the top of the whole series, later years included
        held, beaten = False, r.detail["overtaken_by"]
    elif held and r.detail["overtaken_by"]:
        extra.append(f"True then, since overtaken: {', '.join(map(str, r.detail['overtaken_by']))}.")
    j = judge_bool(held, r.label)
    what = "the peak" if claim.slots.get("peak") else "a record"
    return [Reading(label, j.verdict, f"{r.text} ({what if held else 'not ' + what} in the series "
                    f"from {r.detail['since']})", r.definition, [r], j.tolerance,
                    None if held else f"{_bought(claim.flow, _names(claim.subjects), _short(r.value, 'USD'), str(period.start[0]))}"
                    f", not {what}: {', '.join(map(str, beaten[-3:]))} {'were' if len(beaten) > 1 else 'was'} "
                    f"{'higher' if which == 'highest' else 'lower'}.", extra, r.value)]


def _share_series(ctx: Context, claim: Claim, values: Result, year: int) -> Result:
    """A partner's share of the U.S. flow in every year of ``values``'s series, as a result whose value
    is the share in ``year`` (its evidence: that year's share and the series' values)."""
    shares = {y: run("trade_share", ctx=ctx, flow=claim.flow, partner=claim.subjects, period=Period.year(int(y)))
              for y in values.detail["series"]}
    mine = shares.get(year) or shares.get(str(year))
    series = {int(y): r.value for y, r in shares.items() if r.value is not None}
    if mine is None:
        return replace(values, value=None)
    return replace(mine, detail={"series": series}, components=[mine, values])


def _trade_since(claim: Claim, r: Result, label: str, year: int, since: int, which: str,
                 notes: list[str]) -> Reading:
    """"Fell to $526 billion in 2020, the lowest since 2009": the latest earlier year at or beyond
    the year's figure must be the one named, or before it."""
    series = {int(y): v for y, v in r.detail["series"].items()}
    beats = (lambda v: v <= r.value) if which == "lowest" else (lambda v: v >= r.value)
    last = max((y for y, v in series.items() if y < year and beats(v)), default=None)
    first = min(series)
    if last is None and first > since:
        return Reading(label, "no_data", "no data", r.definition, [r], notes=notes + [
            f"{year} is the {which} in the annual series loaded, which starts in {first}, after {since}."])
    holds = last is None or last <= since
    share = r.unit == "percent"   # (shares to the hundredth: close years differ there)
    text = f"{r.value:.2f}%" if share else r.text
    found = (f"{which} since {last} ({f'{series[last]:.2f}%' if share else _short(series[last], 'USD')})"
             if last is not None else f"{which} in the series from {first}")
    what = (f"{_upper_first(_names(claim.subjects))}'s share of U.S. goods {_flow_word(claim.flow)} was {text} in {year}"
            if share else _bought(claim.flow, _names(claim.subjects), _short(r.value, 'USD'), str(year)))
    j = judge_bool(holds, f"{year}: {text}, the {found}")
    return Reading(label, j.verdict, f"{text}, the {found}", r.definition, [r], j.tolerance,
                   None if holds else f"{what}, the {found}.", notes, last)


def _trade_than_any(claim: Claim, r: Result, label: str, year: int, within: tuple[int, int], which: str,
                  notes: list[str]) -> Reading:
    """"Higher than in any year of the 2000s": the year's figure against the extreme of the decade's."""
    series = {int(y): v for y, v in r.detail["series"].items()}
    if (extreme := _than_any(series, year, within, which)) is None:
        return Reading(label, "no_data", "no data", r.definition, [r], notes=notes + [
            f"The annual series loaded starts in {min(series)}; years {within[0]}–{within[1]} "
            f"are not all there."])
    top, holds = extreme
    found = f"{year}: {r.text}; {top}, the {which} of {within[0]}–{within[1]}: {_short(series[top], 'USD')}"
    j = judge_bool(holds, found)
    return Reading(label, j.verdict, found, r.definition, [r], j.tolerance, None if holds else
                   f"{_bought(claim.flow, _names(claim.subjects), _short(r.value, 'USD'), str(year))}, "
                   f"{'less' if which == 'highest' else 'more'} than in {top} ({_short(series[top], 'USD')}).",
                   notes, r.value)


def _direction_reading(claim: Claim, a: Result, b: Result, label: str, what: str,
                       magnitude: bool = False) -> Reading:
    if a.value is None or b.value is None:
        return _missing(a if a.value is None else b, label)
    x, y = (abs(a.value), abs(b.value)) if magnitude else (a.value, b.value)
    went = "down" if y < x else "up"
    j = judge_bool(went == claim.slots.get("direction"), f"{a.text} → {b.text}")
    change = 100 * (y / x - 1) if x else 0.0
    return Reading(label, j.verdict, f"{a.text} → {b.text} ({change:+.1f}%)", b.definition, [a, b],
                   j.tolerance, None if j.verdict == "supported" else
                   f"{_upper_first(what)} {'fell' if went == 'down' else 'rose'} {abs(change):.0f}% "
                   f"({a.text} → {b.text}).", [], change)


def _previous(period: Period) -> Period:
    if period.kind == "fy":
        return Period.fiscal_year(period.end[0] - 1)
    if period.kind == "month":
        y, m = period.start
        return Period.month(y - 1, 12) if m == 1 else Period.month(y, m - 1)
    return Period.year(period.start[0] - 1)


def _trade_direction(claim: Claim, ctx: Context) -> list[Reading]:
    """"The deficit with Mexico shrank in 2024": the period against the one before."""
    if not claim.subjects:
        return _no_data(claim, ctx, "the partner could not be identified")
    name = _FLOW_INDICATOR[claim.flow]
    every = claim.period if claim.period is not None and claim.period.kind == "range" else None
    if every is not None:
        # "have grown every year since 2020", "… from 2018 to 2024": each year against the one before
        end = every.end[0] if every.end is not None else _latest_year(ctx)
        if end <= every.start[0]:
            return _no_data(claim, ctx, f"no whole year after {every.start[0]} is loaded")
        return [_trade_streak(_with(claim, slots={**claim.slots, "streak_years": end - every.start[0]}), ctx, name,
                              Period.year(end), [])]
    period, notes = _trade_period(claim, ctx)
    if claim.slots.get("streak_years") and period.kind == "year":
        return [_trade_streak(claim, ctx, name, period, notes)]
    prev = _previous(period)
    a, b = (run(name, ctx=ctx, partner=claim.subjects, period=p) for p in (prev, period))
    what = claim.slots.get("what", "")
    magnitude = claim.flow == "balance"
    if magnitude and a.value is not None and b.value is not None and (a.value < 0) != (b.value < 0):
        return _no_data(claim, ctx, "the balance changed sign")
    r = _direction_reading(claim, a, b, f"{_flow_word(claim.flow)}, {prev.label} → {period.label}",
                           f"U.S. goods {what if magnitude else _flow_word(claim.flow)} "
                           f"{'to' if claim.flow == 'exports' else 'from' if claim.flow == 'imports' else 'with'} "
                           f"{_names(claim.subjects)} in {period.label}", magnitude)
    r.notes = notes + r.notes
    return [r]


def _trade_streak(claim: Claim, ctx: Context, name: str, period: Period, notes: list[str]) -> Reading:
    """"Fell in 2024 for the second straight year": each of the years to the one named against
    the year before it."""
    n, down = claim.slots["streak_years"], claim.slots.get("direction") == "down"
    end = period.start[0]
    years = list(range(end - n, end + 1))
    results = [run(name, ctx=ctx, partner=claim.subjects, period=Period.year(y)) for y in years]
    label = f"{_flow_word(claim.flow)}, {years[1]}–{end}, each year {'below' if down else 'above'} the one before"
    missing = next((r for r in results if r.value is None), None)
    if missing is not None:
        return _missing(missing, label)
    values = [abs(r.value) if claim.flow == "balance" else r.value for r in results]
    broken = [years[i + 1] for i in range(n) if (values[i + 1] < values[i]) != down]
    series = "; ".join(f"{y} {_short(r.value, 'USD')}" for y, r in zip(years, results))
    j = judge_bool(not broken, f"claimed {n} years in a row {'down' if down else 'up'}")
    return Reading(label, j.verdict, series, results[-1].definition, results, j.tolerance,
                   None if not broken else f"U.S. goods {_flow_word(claim.flow)} {_WITH[claim.flow]} {_names(claim.subjects)} did not "
                   f"{'fall' if down else 'rise'} in {', '.join(map(str, broken))} ({series}).", notes, float(len(broken)))


def _encounters_direction(claim: Claim, ctx: Context) -> list[Reading]:
    if claim.slots.get("streak"):
        return [_encounters_streak(claim, ctx, dataset) for dataset in _datasets(claim)]
    if claim.period is None:
        return _no_data(claim, ctx, "no period stated")
    if claim.period.kind == "range":
        return [_encounters_span(claim, ctx, dataset) for dataset in _datasets(claim)]
    out = []
    for dataset in _datasets(claim):
        for kind, period in _periods(claim):
            prev = _previous(period)
            a, b = (_border_run("encounters", ctx, dataset, period=p) for p in (prev, period))
            out.append(_direction_reading(claim, a, b, f"{dataset.replace('_', ' ')} encounters, "
                                          f"{prev.label} → {period.label}",
                                          f"{dataset.replace('_', ' ')} encounters in {period.label}"))
    return out


_MONTH_NAMED = re.compile(r"(?i)\b(?:" + "|".join(calendar.month_name[1:]) + r")\b")


def _encounters_span(claim: Claim, ctx: Context, dataset: str) -> Reading:
    """"Encounters rose each year from FY2021 to FY2024", "have dropped every month since January
    2025", "have fallen since FY2022": each step against the one before, when the text says so,
    else the span's last month or whole year against its first (an open span runs to the latest
    loaded)."""
    span, down = claim.period, claim.slots.get("direction") == "down"
    each = bool(_EVERY_MONTH.search(_words(claim)) or _EVERY_YEAR.search(_words(claim)))
    where = dataset.replace("_", " ")
    latest = _last_month(ctx, _file_dataset(dataset))
    if latest is None:
        return Reading(f"{where} encounters, {span.label}", "no_data", "no data", "No CBP encounters file loaded.")
    if _EVERY_MONTH.search(_words(claim)) or _MONTH_NAMED.search(_words(claim)) and not _EVERY_YEAR.search(_words(claim)):
        end = span.end or latest
        steps = [Period.month(*m) for m in Period.range(span.start, end).months]
    else:
        fiscal = span.start[1] == 10 and (span.end is None or span.end[1] == 9)
        last_cy, last_fy = _whole_years(*latest)
        last = span.end[0] if span.end is not None else last_fy if fiscal else last_cy
        first = span.start[0] + 1 if fiscal else span.start[0]
        steps = [Period.fiscal_year(y) if fiscal else Period.year(y) for y in range(first, last + 1)]
    label = f"{where} encounters, {steps[0].label} → {steps[-1].label}" + (
        f", each {'below' if down else 'above'} the one before" if each else "")
    if len(steps) < 2:
        return Reading(label, "no_data", "no data", "", notes=[f"Only {steps[0].label} is loaded in the span."])
    patrol = bool(claim.slots.get("border_patrol") or re.search(r"(?i)border\s+patrol|\bUSBP\b|apprehen", _words(claim)))
    component = "usbp" if patrol and dataset == "southwest_border" else "all"
    if not each:
        steps = [steps[0], steps[-1]]
    results = [_year_count(ctx, dataset, p, patrol, component) for p in steps]
    missing = next((r for r in results if r.value is None), None)
    if missing is not None:
        return _missing(missing, label)
    values = [r.value for r in results]
    who = f"{'Border Patrol ' if component == 'usbp' else ''}{where} encounters"
    series = "; ".join(f"{p.label} {v:,.0f}" for p, v in zip(steps, values))
    if each:
        broken = [steps[i + 1].label for i in range(len(steps) - 1) if (values[i + 1] < values[i]) != down]
        j = judge_bool(not broken, f"claimed {'down' if down else 'up'} at each step")
        return Reading(label, j.verdict, series, results[-1].definition, results, j.tolerance,
                       None if not broken else f"{_upper_first(who)} did not {'fall' if down else 'rise'} in "
                       f"{', '.join(broken)} ({series}).", [], float(len(broken)))
    return _direction_reading(claim, results[0], results[-1], label, f"{who} in {steps[-1].label}")


def _encounters_streak(claim: Claim, ctx: Context, dataset: str) -> Reading:
    """"Encounters have fallen for six straight months": each of the last six months (to the month
    stated, or the latest loaded) below the month before it."""
    n, down = claim.slots["streak"], claim.slots.get("direction") == "down"
    last = claim.period if claim.period is not None and claim.period.kind == "month" else _latest_month(
        _with(claim, slots={**claim.slots, "dataset": dataset}), ctx)
    where = dataset.replace("_", " ")
    label = f"{where} encounters, {n} months to {last.label if last else 'the latest month'}, each "
    label += "below" if down else "above"
    if last is None:
        return Reading(label, "no_data", "no data", "No CBP encounters file loaded.")
    months = [Period.month(*add_months(last.start, -k)) for k in range(n, -1, -1)]
    results = [_border_run("encounters", ctx, dataset, period=p) for p in months]
    missing = next((r for r in results if r.value is None), None)
    if missing is not None:
        return _missing(missing, label)
    values = [r.value for r in results]
    broken = [months[i + 1].label for i in range(n) if (values[i + 1] < values[i]) != down]
    j = judge_bool(not broken, f"claimed {n} months in a row {'down' if down else 'up'}")
    series = "; ".join(f"{p.label} {v:,.0f}" for p, v in zip(months, values))
    return Reading(label, j.verdict, series, results[-1].definition, results, j.tolerance,
                   None if not broken else f"{where.capitalize()} encounters did not {'fall' if down else 'rise'} "
                   f"in {', '.join(broken)} ({series}).", [], float(len(broken)))


def _seizure_pair(claim: Claim, ctx: Context) -> list[tuple[str, Period, Period]]:
    """The two periods a seizure change compares: both stated, a range's ends, "since" a year to
    the latest whole year loaded, or a period and the one before (a bare year read as calendar
    and fiscal)."""
    periods = list(claim.slots.get("periods") or ())
    if len(periods) == 1 and periods[0][1] == "since":
        p = periods[0][0]
        latest = _latest_seizure_years(ctx)
        if latest is None:
            return []
        last_cy, last_fy = latest
        if p.start[1] == 10:   # "since fiscal 2021"
            return [("fiscal", Period.fiscal_year(p.start[0] + 1), Period.fiscal_year(last_fy))]
        return [("calendar", Period.year(p.start[0]), Period.year(last_cy)),
                ("fiscal", Period.fiscal_year(p.start[0]), Period.fiscal_year(last_fy))]
    if len(periods) >= 2:
        # a change runs from the earlier period to the later, in whatever order they are named; a
        # fraction of a base year ("half the next year's total") from the base to the figure's year;
        # "since fiscal 2019, … by fiscal 2024": from that year
        named = [p.first_year if p.kind == "range" and p.end is None else p for p, _ in periods[:2]]
        p1, p2 = named if claim.slots.get("ordered") else sorted(named, key=lambda p: p.start)
        if p1.kind == p2.kind == "year" and not claim.slots.get("calendar"):
            # "fell in 2024 … from the 2023 peak", two bare years: CBP counts by fiscal year too
            return [("calendar", p1, p2), ("fiscal", Period.fiscal_year(p1.start[0]), Period.fiscal_year(p2.start[0]))]
        return [("", p1, p2)]
    if len(periods) == 1 and periods[0][0].kind == "range" and periods[0][0].end is not None:
        p = periods[0][0]
        if p.start[1] == 10 and p.end[1] == 9:
            return [("fiscal", Period.fiscal_year(p.start[0] + 1), Period.fiscal_year(p.end[0]))]
        calendar = [("calendar", Period.year(p.start[0]), Period.year(p.end[0]))]
        # "between 2020 and 2023", bare years: CBP counts by fiscal year too
        return calendar if claim.slots.get("calendar") else calendar + [
            ("fiscal", Period.fiscal_year(p.start[0]), Period.fiscal_year(p.end[0]))]
    if claim.period is None:
        return []
    return [(kind, _previous(p), p) for kind, p in _periods(_with(claim, period=claim.period))]


def _seizure_scope(claim: Claim) -> dict:
    """The region and CBP component a seizure change names, when it names one ("at the southwest
    border", "Border Patrol agents")."""
    return {k: claim.slots[k] for k in ("region", "component") if claim.slots.get(k, "all") != "all"}


def _seizure_who(claim: Claim, drug: str) -> str:
    """Whose seizures a change is of, in words: "CBP fentanyl seizures", "Border Patrol fentanyl
    seizures at the southwest border"."""
    scope = _seizure_scope(claim)
    who = {"usbp": "Border Patrol", "ofo": "CBP Field Operations"}.get(scope.get("component", ""), "CBP")
    where = f" at the {scope['region']} border" if scope.get("region") else ""
    return f"{who} {drug} seizures{where}"


def _seizures_change(claim: Claim, ctx: Context) -> list[Reading]:
    """"Marijuana seizures fell by more than 80% between fiscal 2020 and fiscal 2023"."""
    if dated := _last_seizure_year(claim, ctx):
        return dated(_seizures_change)   # "Fentanyl seizures fell by more than half last year"
    drug = claim.slots.get("drug") or "fentanyl"
    who = _seizure_who(claim, drug)
    out = []
    for kind, start, end in _seizure_pair(claim, ctx):
        a, b = (run("seizures", ctx=ctx, drug=drug, period=p, **_seizure_scope(claim)) for p in (start, end))
        label = f"{who}, {start.label} → {end.label}{' (' + kind + ')' if kind else ''}"
        if a.value is None or b.value is None or not a.value:
            out.append(_missing(a if a.value is None else b, label))
            continue
        change = 100 * (b.value / a.value - 1)
        wrong_way = (change > 0) == (claim.slots.get("direction") == "down")
        if claim.slots.get("ordered"):
            # "less than half the FY2023 total", said of FY2021: the one year as a fraction of the other
            j = judge(claim.quantity, b.value / a.value)
            out.append(Reading(label, j.verdict, f"×{b.value / a.value:.2f} ({b.text} in {end.label} vs {a.text} in "
                                                 f"{start.label})", b.definition, [a, b], j.tolerance,
                               None if j.verdict == "supported" else
                               f"{who} in {end.label} ({b.text}) were {b.value / a.value:.2f} times "
                               f"the {start.label} total ({a.text}).", [], b.value / a.value))
            continue
        if claim.slots.get("multiple"):
            # "doubled", "halved": the end figure against the start, as a multiple
            j = judge(claim.quantity, b.value / a.value)
        else:
            j = Judgement("contradicted", "the change goes the other way") if wrong_way \
                else judge(claim.quantity, abs(change))
        out.append(Reading(label, j.verdict, f"{change:+.1f}%, ×{b.value / a.value:.2f} ({a.text} → {b.text})",
                           b.definition, [a, b],
                           j.tolerance, None if j.verdict == "supported" else
                           f"{who} {'fell' if change < 0 else 'rose'} {abs(change):.0f}% from "
                           f"{start.label} to {end.label} ({a.text} → {b.text}).", [], change))
    return out or _no_data(claim, ctx, "the periods compared must be stated")


def _seizures_direction(claim: Claim, ctx: Context) -> list[Reading]:
    if dated := _last_seizure_year(claim, ctx):
        return dated(_seizures_direction)   # "Fentanyl seizures fell last year"
    drug = claim.slots.get("drug") or "fentanyl"
    p = claim.period
    since = p is not None and p.kind == "range" and p.end is None   # "have fallen since fiscal 2023"
    out = []
    for kind, start, end in _seizure_pair(_with(claim, slots={**claim.slots, "periods": ((p, "since"),) if since
                                                            else ()}), ctx):
        if since and _EVERY_YEAR.search(_words(claim)):
            out.append(_seizures_each_year(claim, ctx, drug, start, end))
            continue
        a, b = (run("seizures", ctx=ctx, drug=drug, period=p, **_seizure_scope(claim)) for p in (start, end))
        who = _seizure_who(claim, drug)
        out.append(_direction_reading(claim, a, b, f"{who}, {start.label} → {end.label}", f"{who} in {end.label}"))
    return out or _no_data(claim, ctx, "no period stated")


_EVERY_YEAR = re.compile(r"(?i)\b(?:every|each)\s+(?:single\s+)?year\b|\byear\s+after\s+year\b|\byear[- ]on[- ]year\b")


def _seizures_record(claim: Claim, ctx: Context) -> list[Reading]:
    """"Cocaine seizures peaked in FY2021": the fiscal year against every whole fiscal year loaded
    (calendar years when the text says so: "calendar 2025 brought the highest annual total"), for the
    region and CBP component the text names."""
    drug, which = claim.slots.get("drug") or "fentanyl", claim.slots.get("which", "highest")
    first = ctx.rows(f"SELECT year, month FROM {ctx.table(SEIZURES)} ORDER BY year, month LIMIT 1")
    latest = _latest_seizure_years(ctx)
    if not first or latest is None or claim.period is None:
        return _no_data(claim, ctx, "no whole fiscal year of seizures is loaded")
    y, m = first[0]
    calendar = claim.period.kind == "year" and claim.slots.get("calendar")
    if calendar:
        years, name, period_of = range(y if m == 1 else y + 1, latest[0] + 1), str, Period.year
    else:
        years, name, period_of = range(y + 1 if m <= 10 else y + 2, latest[1] + 1), "FY{}".format, Period.fiscal_year
    year = claim.period.end[0]
    scope = _seizure_scope(claim)
    found = {y: run("seizures", ctx=ctx, drug=drug, period=period_of(y), unit="lb", **scope) for y in years}
    values = {y: r.value for y, r in found.items() if r.value is not None}
    whole = f"{name(years[0])}–{name(years[-1])}" if years else "none"
    who = _seizure_who(claim, drug)
    label = f"{who}, {name(year)}, {which} of {whole}?"
    if year not in values:
        return _no_data(claim, ctx, f"{name(year)} is not among the whole {'calendar' if calendar else 'fiscal'} "
                                    f"years of seizures loaded ({whole})")
    if (since := claim.slots.get("since")) is not None:
        return [_seizures_since(claim, found, values, year, since, name, who, which)]
    top = (max if which == "highest" else min)(values, key=values.get)
    found_text = f"{name(year)} {values[year]:,.1f} lb; {which}: {name(top)} ({values[top]:,.1f} lb), of {whole}"
    j = judge_bool(top == year, found_text)
    return [Reading(label, j.verdict, found_text, found[year].definition, [found[year], found[top]], j.tolerance,
                    None if top == year else f"{who} were {which} in {name(top)} ({values[top]:,.1f} lb); "
                    f"{name(year)} had {values[year]:,.1f} lb.",
                    [f"Whole {'calendar' if calendar else 'fiscal'} years of seizures loaded: {whole}; 'record' means "
                     f"within them."],
                    values[year])]


def _seizures_since(claim: Claim, found: dict, values: dict, year: int, since: int, name, who: str,
                    which: str) -> Reading:
    """"The highest since FY2020": above every year after FY2020 and below FY2020 itself; "since at
    least FY2019", from the first year loaded: above every year from FY2019 on."""
    higher = (lambda a, b: a > b) if which == "highest" else (lambda a, b: a < b)
    between = {y: v for y, v in values.items() if since < y < year}
    beaten = [y for y, v in between.items() if not higher(values[year], v)]
    # (from the first year loaded, "since FY2019" can only be read as "since the series began")
    at_least = claim.slots.get("at_least") or since == min(values)
    if at_least and since in values:
        beaten += [since] if not higher(values[year], values[since]) else []
    # ("since FY2020" also says FY2020 itself was as high: the last time)
    stood = at_least or since not in values or not higher(values[year], values[since])
    last = max(beaten) if beaten else None
    shown = f"{name(year)} {values[year]:,.1f} lb; " + (
        f"{name(last)} was {'higher' if which == 'highest' else 'lower'} ({values[last]:,.1f} lb)" if last else
        f"{which} since {name(since)}" + (f" ({name(since)} {values[since]:,.1f} lb)" if since in values else ""))
    j = judge_bool(not beaten and stood, shown)
    label = f"{who}, {name(year)}, {which} since {name(since)}?"
    return Reading(label, j.verdict, shown, found[year].definition, [found[y] for y in sorted({year, since, *between})
                                                                     if y in found], j.tolerance,
                   None if j.verdict == "supported" else f"{who} in {name(year)} ({values[year]:,.1f} lb) were the "
                   f"{which} only since {name(last)}." if last else None,
                   [f"Years of seizures loaded from {name(min(values))}; 'since' is judged within them."], values[year])


def _seizures_each_year(claim: Claim, ctx: Context, drug: str, start: Period, end: Period) -> Reading:
    """"Fentanyl seizures have fallen every year since fiscal 2023": each year against the one before."""
    fiscal = start.kind == "fy"
    years = range(start.end[0], end.end[0] + 1)
    found = [run("seizures", ctx=ctx, drug=drug, period=Period.fiscal_year(y) if fiscal else Period.year(y))
             for y in years]
    label = f"CBP {drug} seizures each year, {start.label} → {end.label}"
    if any(r.value is None for r in found):
        return _missing(next(r for r in found if r.value is None), label)
    want = claim.slots.get("direction")
    wrong = [(y, a, b) for y, a, b in zip(years[1:], found, found[1:]) if (b.value < a.value) != (want == "down")]
    j = judge_bool(not wrong, f"{len(found) - 1} year-on-year moves")
    name = (lambda y: f"FY{y}") if fiscal else str
    return Reading(label, j.verdict, "; ".join(f"{name(y)} {r.text}" for y, r in zip(years, found)),
                   found[-1].definition, found, j.tolerance, None if not wrong else
                   f"CBP {drug} seizures {'rose' if want == 'down' else 'fell'} in {name(wrong[0][0])} "
                   f"({wrong[0][1].text} → {wrong[0][2].text}).", [], found[-1].value)


def _doses_population(claim: Claim, ctx: Context) -> list[Reading]:
    """"Enough fentanyl to kill every American 18 times over": lethal doses / U.S. population."""
    mass, drug = claim.slots.get("mass"), claim.slots.get("drug") or "fentanyl"
    if mass is not None:
        kw = {"kg": mass.value} if mass.unit == "kg" else {"lb": mass.value}
    elif claim.period is not None and claim.period.end is not None:
        kw = {"period": claim.period}
    else:
        return _no_data(claim, ctx, "no quantity of the drug, nor a period of seizures, to compute doses from")
    doses = run("lethal_doses", ctx=ctx, drug=drug, **kw)
    year = claim.period.end[0] if claim.period is not None and claim.period.end else _latest_year(ctx)
    pop = run("population", ctx=ctx, country=("USA",), year=min(year, _latest_year(ctx)))
    if doses.value is None or pop.value is None:
        return [_missing(doses if doses.value is None else pop, "lethal doses per resident")]
    times = doses.value / pop.value
    j = judge(claim.quantity, times)
    return [Reading(f"lethal doses per U.S. resident, {claim.period.label if claim.period else mass.text}",
                    j.verdict, f"{times:.1f}× ({doses.text} / {pop.text})", doses.definition, [doses, pop],
                    j.tolerance, None if j.verdict == "supported" else
                    f"That is about {doses.value / 1e9:,.2f} billion lethal doses, {times:.1f} times the U.S. "
                    f"population.", list(doses.notes[:2]), times)]


def _sme_share(claim: Claim, ctx: Context) -> list[Reading]:
    """"SMEs account for roughly a third of U.S. goods exports to Mexico": USTR's stated SME
    figure over Census exports of the same year."""
    if not claim.subjects:
        return _no_data(claim, ctx, topic="sme")
    year = claim.period.start[0] if claim.period is not None and claim.period_stated else None
    sme = run("published_figure", ctx=ctx, measure="sme_goods_exports", partner=claim.subjects[:1], year=year)
    if sme.value is None:
        return _no_data(claim, ctx, topic="sme")
    year = int(sme.params.get("year") or (sme.detail or {}).get("data_year") or _latest_year(ctx))
    total = run("exports", ctx=ctx, partner=claim.subjects[:1], period=Period.year(year))
    if total.value is None:
        return [_missing(total, f"exports, {year}")]
    share = 100 * sme.value / total.value
    j = judge(claim.quantity, share)
    return [Reading(f"SME share of exports to {_names(claim.subjects[:1])}, {year}", j.verdict,
                    f"{share:.1f}% ({sme.text} / {total.text})", f"{sme.definition}; over {total.definition}",
                    [sme, total], j.tolerance, None if j.verdict == "supported" else
                    f"USTR's stated SME figure ({sme.text}) is {share:.0f}% of U.S. goods exports to "
                    f"{_names(claim.subjects[:1])} in {year} ({total.text}).",
                    ["A stated figure over a computed one."], share)]


def _va_domestic_share(claim: Claim, ctx: Context) -> list[Reading]:
    year, notes = _va_year(claim)
    if year is None:
        year = _latest_io_year(ctx)
        notes = [f"No year stated: the latest input-output table loaded ({year})."]
    exporter = claim.subjects[0] if claim.subjects else "USA"
    # (of the exports to one partner when the text names it: "Canada's exports to the U.S. were about 84 per cent
    # Canadian value added")
    importer = claim.others[0] if claim.others else None
    r = run("va_domestic_share", ctx=ctx, exporter=exporter, year=year, importer=importer)
    if r.value is None:
        return [_missing(r, r.label)]
    if claim.slots.get("foreign"):
        # foreign value added: all that is not the exporter's own
        share = 100 - r.value
        j = judge(claim.quantity, share)
        return [Reading(f"{r.label}: the rest is foreign", j.verdict, f"{share:.1f}% (100% − {r.text} domestic)",
                        r.definition, [r], j.tolerance, None if j.verdict == "supported" else
                        f"In {year}, foreign value added made up {share:.1f}% of {_whose(exporter)} gross exports "
                        f"(WIOD 2013).", notes + list(r.notes[:1]), share)]
    j = judge(claim.quantity, r.value)
    return [Reading(r.label, j.verdict, r.text, r.definition, [r], j.tolerance,
                    None if j.verdict == "supported" else
                    f"In {year}, domestic value added made up {r.value:.1f}% of {_whose(exporter)} gross "
                    f"exports{f' to {_names((importer,))}' if importer else ''} (WIOD 2013).",
                    notes + list(r.notes[:1]), r.value)]


def _apostrophe(name: str) -> str:
    """"'s", or "'" after a plural name ("Field Operations' share")."""
    return "'" if name.endswith("s") else "'s"


def _whose(country_id: str) -> str:
    """"U.S." or "Mexico's": the possessive a correction writes before "gross exports"."""
    return "U.S." if country_id == "USA" else f"{_names((country_id,))}'s"


# -- no data --------------------------------------------------------------------------------------

def _no_data(claim: Claim, ctx: Context, why: str = "", topic: str | None = None,
             context: list[str] | None = None) -> list[Reading]:
    topic = topic or claim.slots.get("topic") or ""
    source = NO_DATA_SOURCES.get(topic, "")
    text = why or (f"The loaded sources cannot settle this; it would take {source}." if source
                   else "No loaded indicator answers this claim.")
    if why and source:
        text += f" It would take {source}."
    return [Reading("no loaded source", "no_data", "no data", text, [], "", None,
                    list(context or []))]


_HANDLERS: dict[str, Callable[[Claim, Context], list[Reading]]] = {
    "trade_value": _trade_value,
    "trade_ratio": _trade_ratio,
    "group_vs_next": _group_vs_next,
    "group_vs_combined": _group_vs_combined,
    "rank": _rank,
    "per_capita": _per_capita,
    "trade_share": _trade_share,
    "trade_growth": _trade_growth,
    "sme_value": _sme_value,
    "sme_ratio": _sme_ratio,
    "sme_growth": _sme_growth,
    "va_ratio": _va_ratio,
    "encounters_change": _encounters_change,
    "encounters_record": _encounters_record,
    "lowest_in_years": _lowest_in_years,
    "encounters_value": _encounters_value,
    "encounters_share": _encounters_share,
    "component_compare": _component_compare,
    "lowest_since": _lowest_since,
    "balance_sign": _balance_sign,
    "population": _population,
    "sme_count": _sme_count,
    "va_share": _va_share,
    "seizures": _seizures,
    "seizures_record": _seizures_record,
    "doses": _doses,
    "doses_population": _doses_population,
    "trade_compare": _trade_compare,
    "first_compare": _first_compare,
    "trade_gap": _trade_gap,
    "sector_rank": _sector_rank,
    "sector_compare": _sector_compare,
    "sector_combined": _sector_combined,
    "seizures_ratio": _seizures_ratio,
    "va_compare": _va_compare,
    "sme_compare": _sme_compare,
    "trade_record": _trade_record,
    "trade_direction": _trade_direction,
    "encounters_direction": _encounters_direction,
    "seizures_direction": _seizures_direction,
    "seizures_share": _seizures_share,
    "seizures_change": _seizures_change,
    "sme_share": _sme_share,
    "va_domestic_share": _va_domestic_share,
}
