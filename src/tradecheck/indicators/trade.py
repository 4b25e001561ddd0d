"""Trade indicators: U.S. goods trade with a partner or group, ranks, shares, ratios, per capita.

Figures come from the latest release published on or before the context's as-of date
(``trade_annual_as_of`` / ``trade_as_of``). A calendar year uses the publisher's stated annual
figure where it gives one (FT-900), else the sum of its twelve months (the API); any other period
sums its months and must be covered completely by the loaded data.
"""

from __future__ import annotations

from collections import defaultdict

from .. import countries
from .core import Context, Evidence, Result, as_of_table
from .periods import Period, month_name

FLOWS = ("exports", "imports", "total", "balance")

DEFINITIONS = {
    "exports": "U.S. total exports of goods (domestic and foreign merchandise), Census basis, "
               "current dollars, not seasonally adjusted",
    "imports": "U.S. general imports of goods, Census basis (customs value), current dollars, not "
               "seasonally adjusted",
    "total": "U.S. goods trade: total exports plus general imports, Census basis, current dollars",
    "balance": "U.S. goods trade balance: total exports minus general imports, Census basis",
}
# A partner "buys" U.S. exports and "sells" U.S. imports.
VERBS = {"exports": "exports to", "imports": "imports from", "total": "trade with",
         "balance": "trade balance with"}
#: Kinds of the country dimension that count as trading partners in rankings.
PARTNER_KINDS = ("country", "territory")


# -- tables as of the context's date ---------------------------------------------------------------

#: Annual trade (stated, or the sum of a complete year's months) and monthly trade, by partner.
ANNUAL = as_of_table("trade_annual", "SELECT * FROM trade_annual_as_of(?)")
MONTHLY = as_of_table("trade_monthly", "SELECT * FROM trade_as_of(?) WHERE freq = 'M'")
#: Population by country and year, from the latest World Bank release.
POPULATION = as_of_table("population", """
    SELECT p.country_id, p.year, p.persons, p.src_row, f.path, f.url, f.release, f.release_date,
           f.source_id
    FROM population p JOIN files f USING (file_id)
    WHERE f.release_date <= ? AND p.country_id IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY p.country_id, p.year ORDER BY f.release_date DESC,
                               p.file_id DESC) = 1""")


def _annual(ctx: Context) -> str:
    return ctx.table(ANNUAL)


def _monthly(ctx: Context) -> str:
    return ctx.table(MONTHLY)


# -- the core query -------------------------------------------------------------------------------

class _Flow:
    """Values of one basic flow (exports or imports) by partner over a period, with evidence."""

    def __init__(self, ctx: Context, flow: str, period: Period, partners: tuple[str, ...] | None):
        self.values: dict[str, float] = {}
        self.rows: dict[str, list[dict]] = defaultdict(list)
        where, params = "flow = ?", [flow]
        if partners is not None:
            where += f" AND partner_key IN ({', '.join('?' * len(partners))})"
            params += list(partners)
        if period.kind == "year":
            found = ctx.dicts(
                f"SELECT partner_key, value_usd, source_id, path, url, release, release_date, "
                f"src_rows, src_col, method FROM {_annual(ctx)} "
                f"WHERE {where} AND year = ?", params + [period.start[0]])
            for r in found:
                self.values[r["partner_key"]] = r["value_usd"]
                self.rows[r["partner_key"]].append(r)
            self.covered = bool(found) or self._year_covered(ctx, flow, period)
        else:
            period = period.until(self.latest(ctx, flow))
            lo, hi = _ym(period.start), _ym(period.end)
            found = ctx.dicts(
                f"SELECT partner_key, year, month, value_usd, source_id, path, url, release, "
                f"release_date, src_row, src_col FROM {_monthly(ctx)} "
                f"WHERE {where} AND year::INTEGER * 100 + month BETWEEN ? AND ?", params + [lo, hi])
            months = {(y, m) for y, m in ctx.rows(
                f"SELECT DISTINCT year, month FROM {_monthly(ctx)} WHERE flow = ? "
                f"AND year::INTEGER * 100 + month BETWEEN ? AND ?", [flow, lo, hi])}
            self.covered = len(months) == period.n_months
            self.missing = [m for m in period.months if m not in months]
            for r in found:
                self.values[r["partner_key"]] = self.values.get(r["partner_key"], 0.0) + r["value_usd"]
                self.rows[r["partner_key"]].append(r)
        self.period = period

    @staticmethod
    def latest(ctx: Context, flow: str) -> tuple[int, int]:
        """The last month with data (closes open ranges such as "since February 2025")."""
        ym = ctx.rows(f"SELECT max(year::INTEGER * 100 + month) FROM {_monthly(ctx)} WHERE flow = ?", [flow])[0][0]
        return divmod(ym, 100) if ym else (1900, 1)

    @staticmethod
    def _year_covered(ctx: Context, flow: str, period: Period) -> bool:
        return bool(ctx.rows(f"SELECT 1 FROM {_annual(ctx)} WHERE flow = ? AND year = ? LIMIT 1",
                             [flow, period.start[0]]))

    def evidence(self, partners, flow: str) -> list[Evidence]:
        by_file: dict[str, dict] = {}
        for key in partners:
            for r in self.rows.get(key, []):
                rows = r["src_rows"] if "src_rows" in r else [r["src_row"]]
                e = by_file.setdefault(r["path"], {"r": r, "rows": [], "names": set()})
                e["rows"].extend(rows)
                e["names"].add(_name(key))
        out = []
        for path, e in by_file.items():
            r = e["r"]
            col = r.get("src_col") or None
            what = "stated annual total" if r.get("method") == "stated annual" else "monthly values"
            out.append(Evidence(r["source_id"], path, r["release"], r["release_date"],
                                tuple(sorted(set(e["rows"]))), r["url"], col,
                                f"{flow} {', '.join(sorted(e['names']))}, {self.period.label}: {what}"))
        return out


def _ym(ym: tuple[int, int]) -> int:
    return ym[0] * 100 + ym[1]


def _name(country_id: str) -> str:
    try:
        return countries.get(country_id).name
    except Exception:  # an unmapped publisher code keeps its own label
        return country_id


def _names(ids) -> str:
    names = [_name(i) for i in ids]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _coverage_note(ctx: Context, flow: str, period: Period) -> str:
    first = ctx.rows(f"SELECT min(year), max(year) FROM {_annual(ctx)} WHERE flow = ?", [flow])[0]
    ym = ctx.rows(f"SELECT max(year::INTEGER * 100 + month) FROM {_monthly(ctx)} WHERE flow = ?", [flow])[0][0]
    last = f"{ym // 100}-{ym % 100:02d}" if ym else "nothing"
    return (f"The loaded trade releases cover {first[0]}–{last} for {flow}; {period.label} is not "
            f"(fully) covered. A later Census release would settle it.")


# -- indicators --------------------------------------------------------------------------------

def _flow(ctx: Context, flow: str, period: Period, partners: tuple[str, ...] | None) -> _Flow:
    """One basic flow for a period: all partners at once, memoised per context (rankings, groups
    and single partners of a text all read the same table)."""
    key = ("flow", ctx.as_of_sql, flow, period)
    if key not in ctx.cache:
        ctx.cache[key] = _Flow(ctx, flow, period, None)
    return ctx.cache[key]


def flow_value(ctx: Context, flow: str, partner: tuple[str, ...], period: Period) -> Result:
    """U.S. goods exports / imports / total trade / balance with a partner or a group (summed)."""
    basic = ("exports", "imports") if flow in ("total", "balance") else (flow,)
    parts = {f: _flow(ctx, f, period, partner) for f in basic}
    label = f"U.S. goods {VERBS[flow]} {_names(partner)}, {next(iter(parts.values())).period.label}"
    if not all(p.covered for p in parts.values()):
        return Result("", {}, None, "USD", label, DEFINITIONS[flow],
                      notes=[_coverage_note(ctx, basic[0], period)])
    missing = [p for p in partner if not any(p in parts[f].values for f in basic)]
    if missing:
        return Result("", {}, None, "USD", label, DEFINITIONS[flow],
                      notes=[f"No {flow} figure for {_names(missing)} in {period.label} in the "
                             f"loaded releases."])
    totals = {f: sum(parts[f].values.get(p, 0.0) for p in partner) for f in basic}
    value = (totals["exports"] - totals["imports"] if flow == "balance"
             else sum(totals.values()))
    evidence = [e for f in basic for e in parts[f].evidence(partner, f)]
    definition = DEFINITIONS[flow]
    if len(partner) > 1:
        definition += f"; sum over {_names(partner)}"
    detail = {"by_partner": {_name(p): sum(parts[f].values.get(p, 0.0) for f in basic)
                             for p in partner}} if len(partner) > 1 else None
    return Result("", {}, value, "USD", label, definition, evidence, detail=detail)


def ranking(ctx: Context, flow: str, period: Period) -> list[tuple[str, float]]:
    """Partners (countries and territories, not aggregates) by value, largest first."""
    key = ("ranking", ctx.as_of_sql, flow, period)
    if key not in ctx.cache:
        ctx.cache[key] = _ranking(ctx, flow, period)
    return ctx.cache[key]


def _ranking(ctx: Context, flow: str, period: Period) -> list[tuple[str, float]]:
    basic = ("exports", "imports") if flow in ("total", "balance") else (flow,)
    kinds = {r[0] for r in ctx.rows(
        f"SELECT country_id FROM countries WHERE kind IN ({', '.join('?' * len(PARTNER_KINDS))})",
        list(PARTNER_KINDS))}
    totals: dict[str, float] = defaultdict(float)
    for f in basic:
        for key, v in _flow(ctx, f, period, None).values.items():
            if key in kinds:
                totals[key] += -v if (flow == "balance" and f == "imports") else v
    return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))


def rank(ctx: Context, flow: str, partner: tuple[str, ...], period: Period) -> Result:
    """Rank of a partner among U.S. export markets / import sources / trading partners, or by the
    size of the U.S. goods surplus or deficit with it."""
    (pid,) = partner[:1]
    basis = "balance" if flow in ("surplus", "deficit") else flow
    order = ranking(ctx, basis, period)
    if flow == "deficit":
        order = sorted(order, key=lambda kv: (kv[1], kv[0]))   # the most negative balance first
    label = f"Rank of {_name(pid)} among U.S. {_ROLE[flow]}, {period.label}"
    keys = [k for k, _ in order]
    if pid not in keys:
        return Result("", {}, None, "rank", label, DEFINITIONS[basis],
                      notes=[f"{_name(pid)} has no {basis} figure for {period.label} in the loaded releases."])
    position = keys.index(pid) + 1
    above = [k for k in keys[:position]]
    value = flow_value(ctx, basis, tuple(above), period)
    top = [{"rank": i + 1, "partner": _name(k), "country_id": k, "value": v}
           for i, (k, v) in enumerate(order[:max(10, position + 2)])]
    by = {"surplus": "U.S. goods balance, largest surplus first",
          "deficit": "U.S. goods balance, largest deficit first"}.get(flow, f"{flow} value")
    return Result("", {}, float(position), "rank", label,
                  f"Position by {by} among {len(order)} partner countries and territories "
                  f"(aggregates such as the EU excluded). {DEFINITIONS[basis]}",
                  value.evidence, detail={"ranking": top})


_ROLE = {"exports": "export markets", "imports": "import sources", "total": "trading partners",
         "balance": "partners by trade surplus", "surplus": "partners by goods surplus",
         "deficit": "partners by goods deficit"}


def top(ctx: Context, flow: str, period: Period, n: int) -> Result:
    """The top-N partners and their combined value."""
    order = ranking(ctx, flow, period)[:n]
    ids = tuple(k for k, _ in order)
    value = flow_value(ctx, flow, ids, period)
    value.label = f"Top {n} U.S. {_ROLE[flow]}, {period.label}, combined"
    value.detail = {"ranking": [{"rank": i + 1, "partner": _name(k), "country_id": k, "value": v}
                                for i, (k, v) in enumerate(order)]}
    return value


def next_group(ctx: Context, flow: str, period: Period, after: tuple[str, ...] | None, n: int,
               rank_by: str | None = None) -> Result:
    """The N partners ranked right after a group (e.g. the next 10 after Mexico and Canada), or the
    top N without one, and their combined ``flow``; ranked by ``rank_by`` (default: the same flow)."""
    rank_by, after = rank_by or flow, after or ()
    order = ranking(ctx, rank_by, period)
    keys = [k for k, _ in order]
    positions = [keys.index(a) for a in after if a in keys]
    start = max(positions) + 1 if positions else 0
    group = [k for k in keys[start:] if k not in after][:n]
    value = flow_value(ctx, flow, tuple(group), period)
    value.label = (f"U.S. goods {flow} with the {n} {_ROLE[rank_by]} ranked after "
                   f"{_names(after)}, {period.label}, combined" if after else
                   f"U.S. goods {flow} with the top {n} {_ROLE[rank_by]}, {period.label}, combined")
    value.definition = (f"Sum of {flow} over ranks {start + 1}–{start + len(group)} by {rank_by} "
                        f"value ({_names(group)}). {DEFINITIONS[flow]}")
    value.detail = {"ranking": [{"rank": keys.index(k) + 1, "partner": _name(k), "country_id": k,
                                 "value": dict(order)[k]} for k in keys[:start + len(group)]],
                    "group": [_name(k) for k in group]}
    return value


def share(ctx: Context, flow: str, partner: tuple[str, ...], period: Period) -> Result:
    """A partner's share of the U.S. total, in percent."""
    part = flow_value(ctx, flow, partner, period)
    world = flow_value(ctx, flow, ("WORLD",), period)
    value = (100 * part.value / world.value) if part.value is not None and world.value else None
    return Result("", {}, value, "percent", f"{_names(partner)}'s share of U.S. goods {flow}, "
                  f"{period.label}", f"{part.definition}, divided by the total for all countries",
                  components=[part, world], notes=part.notes + world.notes)


def growth(ctx: Context, flow: str, partner: tuple[str, ...], start: Period, end: Period) -> Result:
    """Percent change between two periods."""
    a, b = flow_value(ctx, flow, partner, start), flow_value(ctx, flow, partner, end)
    value = (100 * (b.value / a.value - 1)) if a.value and b.value is not None else None
    return Result("", {}, value, "percent",
                  f"Change in U.S. goods {VERBS[flow]} {_names(partner)}, {start.label} to {end.label}",
                  f"({end.label} / {start.label} − 1) × 100. {DEFINITIONS[flow]}",
                  components=[a, b], notes=a.notes + b.notes)


def ratio(ctx: Context, flow: str, partner: tuple[str, ...], other: tuple[str, ...],
          period: Period) -> Result:
    """How many times one partner's (or group's) value is another's."""
    a, b = flow_value(ctx, flow, partner, period), flow_value(ctx, flow, other, period)
    value = a.value / b.value if a.value is not None and b.value else None
    return Result("", {}, value, "ratio",
                  f"U.S. goods {VERBS[flow]} {_names(partner)} relative to {_names(other)}, {period.label}",
                  f"{a.text} / {b.text}. {DEFINITIONS[flow]}", components=[a, b],
                  notes=a.notes + b.notes)


def population(ctx: Context, country: tuple[str, ...] | str, year: int) -> Result:
    """Population (World Bank SP.POP.TOTL) of a country or the sum over a group, mid-year."""
    ids = (country,) if isinstance(country, str) else tuple(country)
    found = ctx.memo(("population", ctx.as_of_sql, ids, year), lambda: ctx.dicts(
        f"SELECT country_id, persons, src_row, path, url, release, release_date, source_id "
        f"FROM {ctx.table(POPULATION)} WHERE country_id IN ({', '.join('?' * len(ids))}) AND year = ?",
        [*ids, year]))
    label = f"Population of {_names(ids)}, {year}"
    definition = "Population, total (World Bank WDI SP.POP.TOTL: all residents, mid-year estimate)"
    if {r["country_id"] for r in found} != set(ids):
        lacking = [i for i in ids if i not in {r["country_id"] for r in found}]
        return Result("", {}, None, "persons", label, definition,
                      notes=[f"No population for {_names(lacking)} in {year} in the loaded release."])
    r0 = found[0]
    ev = Evidence(r0["source_id"], r0["path"], r0["release"], r0["release_date"],
                  tuple(sorted(r["src_row"] for r in found)), r0["url"], "Value",
                  f"population of {_names(ids)}, {year}")
    return Result("", {}, float(sum(r["persons"] for r in found)), "persons", label, definition, [ev])


def per_capita(ctx: Context, flow: str, partner: tuple[str, ...], period: Period) -> Result:
    """Value per resident of the partner (or per resident of the group, combined)."""
    value = flow_value(ctx, flow, partner, period)
    year = period.start[0]
    pop = population(ctx, partner, year)
    v = value.value / pop.value if value.value is not None and pop.value else None
    notes = value.notes + pop.notes
    if period.kind != "year":
        notes.append(f"Population is that of {year}.")
    return Result("", {}, v, "USD per person",
                  f"U.S. goods {VERBS[flow]} {_names(partner)} per resident, {period.label}",
                  f"{value.text} / {pop.text} ({'combined' if len(partner) > 1 else 'one country'}). "
                  f"{DEFINITIONS[flow]}", components=[value, pop], notes=notes)


def record(ctx: Context, flow: str, partner: tuple[str, ...], year: int,
           which: str = "highest", month: int | None = None, within: str = "series") -> Result:
    """Was a year's value the highest (or lowest) of the annual series up to it?

    The value is the year's figure; ``detail`` has ``on_record`` (the extreme of every loaded year
    up to and including it), ``previous`` (the earlier year closest to it in rank order when it
    was not), ``overtaken_by`` (a later year beyond it) and the series. With ``month``, the same of
    that month against the monthly series (``within="year"``: against that year's months).
    """
    basic = ("exports", "imports") if flow in ("total", "balance") else (flow,)
    sign = {"exports": 1.0, "imports": -1.0 if flow == "balance" else 1.0}
    marks = ", ".join("?" * len(partner))
    if month is not None:
        return _month_record(ctx, flow, partner, (year, month), which, within, basic, sign)
    rows = ctx.rows(f"SELECT year, flow, sum(value_usd) FROM {_annual(ctx)} WHERE flow IN "
                    f"({', '.join('?' * len(basic))}) AND partner_key IN ({marks}) GROUP BY 1, 2",
                    list(basic) + list(partner))
    parts: dict[int, dict[str, float]] = defaultdict(dict)
    for y, f, v in rows:
        parts[int(y)][f] = float(v)
    series = {y: sum(sign[f] * v for f, v in p.items()) for y, p in sorted(parts.items())
              if len(p) == len(basic)}
    label = f"U.S. goods {VERBS[flow]} {_names(partner)}, {year}: {which} on record?"
    definition = (f"The {year} figure set against every calendar year loaded "
                  f"({min(series) if series else '—'}–{max(series) if series else '—'}). "
                  f"{DEFINITIONS[flow]}")
    if year not in series:
        return Result("", {}, None, "USD", label, definition,
                      notes=[_coverage_note(ctx, basic[0], Period.year(year))])
    value = series[year]
    better = (lambda a, b: a > b) if which == "highest" else (lambda a, b: a < b)
    earlier = {y: v for y, v in series.items() if y < year}
    beaten = [y for y, v in earlier.items() if not better(value, v)]
    later = [y for y, v in series.items() if y > year and better(v, value)]
    on_record = not beaten
    base = flow_value(ctx, flow, partner, Period.year(year))
    notes = [f"Annual series loaded from {min(series)}; 'record' means within it."]
    if beaten:
        top = max(beaten, key=lambda y: series[y]) if which == "highest" else min(beaten, key=lambda y: series[y])
        notes.insert(0, f"{year} ({fmt_usd(value)}) was below {top} ({fmt_usd(series[top])})."
                     if which == "highest" else
                     f"{year} ({fmt_usd(value)}) was above {top} ({fmt_usd(series[top])}).")
    return Result("", {}, value, "USD", label, definition, base.evidence, notes=notes,
                  detail={"on_record": on_record, "beaten_by": sorted(beaten),
                          "overtaken_by": later, "since": min(series),
                          "series": {str(y): v for y, v in series.items()}})


def _month_record(ctx: Context, flow: str, partner: tuple[str, ...], ym: tuple[int, int], which: str, within: str,
                  basic: tuple[str, ...], sign: dict[str, float]) -> Result:
    """A month against every month of the monthly series (or of its own year): as :func:`record`."""
    where = " AND year = ?" if within == "year" else ""
    rows = ctx.rows(f"SELECT year, month, flow, sum(value_usd) FROM {_monthly(ctx)} WHERE flow IN "
                    f"({', '.join('?' * len(basic))}) AND partner_key IN ({', '.join('?' * len(partner))}){where} "
                    f"GROUP BY 1, 2, 3", list(basic) + list(partner) + ([ym[0]] if within == "year" else []))
    parts: dict[tuple[int, int], dict[str, float]] = defaultdict(dict)
    for y, m, f, v in rows:
        parts[(int(y), int(m))][f] = float(v)
    series = {k: sum(sign[f] * v for f, v in p.items()) for k, p in sorted(parts.items()) if len(p) == len(basic)}
    period = Period.month(*ym)
    label = f"U.S. goods {VERBS[flow]} {_names(partner)}, {period.label}: {which} month " + (
        f"of {ym[0]}?" if within == "year" else "on record?")
    span = f"{month_name(min(series))} – {month_name(max(series))}" if series else "—"
    definition = (f"The month set against every month loaded ({span})" if within == "series" else
                  f"The month set against the other months of {ym[0]} loaded ({span})") + f". {DEFINITIONS[flow]}"
    if ym not in series:
        return Result("", {}, None, "USD", label, definition, notes=[_coverage_note(ctx, basic[0], period)])
    value = series[ym]
    better = (lambda a, b: a > b) if which == "highest" else (lambda a, b: a < b)
    beaten = [k for k, v in series.items() if k < ym and not better(value, v)]
    later = [k for k, v in series.items() if k > ym and better(v, value)]
    if within == "year":   # every month of the year, before and after it
        beaten, later = beaten + later, []
    base = flow_value(ctx, flow, partner, period)
    notes = [f"Monthly series loaded {span}; 'record' means within it." if within == "series" else
             f"The months of {ym[0]} loaded: {span}."]
    if beaten:
        top = (max if which == "highest" else min)(beaten, key=lambda k: series[k])
        notes.insert(0, f"{period.label} ({fmt_usd(value)}) was {'below' if which == 'highest' else 'above'} "
                        f"{month_name(top)} ({fmt_usd(series[top])}).")
    return Result("", {}, value, "USD", label, definition, base.evidence, notes=notes,
                  detail={"on_record": not beaten, "beaten_by": [month_name(k) for k in sorted(beaten)],
                          "overtaken_by": [month_name(k) for k in later], "since": month_name(min(series)),
                          "series": {f"{y}-{m:02d}": v for (y, m), v in series.items()}})


def fmt_usd(value: float) -> str:
    return f"${value / 1e9:,.2f} billion"
