"""Border-security indicators: CBP encounters, Border Patrol apprehensions, drug seizures, doses.

Figures come from the releases published on or before the context's as-of date, and only from
months that had ended by then (``encounters_as_of`` / ``seizures_as_of``; the Border Patrol tables
by ``release_date``). A period must be covered completely by those releases: otherwise the value is
``None`` and a note names the coverage and the release or source that would settle it.

Series (all monthly series are in ``Result.detail`` for charts):

* ``southwest_border`` encounters: CBP's Southwest Land Border Encounters file (SBO), Border Patrol
  (USBP) apprehensions and expulsions plus Field Operations (OFO) inadmissibles and expulsions,
  from October 2021; the Border Patrol alone reaches back to October 1999 through OHSS's monthly
  southwest-region figures (:func:`_usbp_monthly`);
* ``nationwide`` encounters: CBP's Nationwide Encounters files (all of CBP, every border, ports
  and airports), from October 2019, by land border region but not by component;
* Border Patrol by fiscal year, joined across three series (see :func:`usbp_apprehensions`);
* drug seizures in pounds as CBP weighs them, by drug type as published.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import chain

from ..errors import ConfigError, UnknownIdError
from .core import Context, Evidence, Result, as_of_table
from .periods import Month, Period, month_name

# -- vocabulary -----------------------------------------------------------------------------------

DATASETS = {
    "southwest_border": "CBP encounters at the southwest land border (Border Patrol apprehensions "
                        "and expulsions between ports, Field Operations inadmissibles and "
                        "expulsions at ports; CBP Southwest Land Border Encounters file)",
    "nationwide": "CBP encounters nationwide (all CBP components, every border region, ports of "
                  "entry and airports; CBP Nationwide Encounters files)",
}
SOURCE_OF = {"southwest_border": "cbp_encounters_swb", "nationwide": "cbp_encounters_nationwide"}
COMPONENTS = {"all": None, "usbp": "U.S. Border Patrol", "ofo": "Office of Field Operations"}
REGIONS = {"all": None, "southwest": "Southwest Land Border", "northern": "Northern Land Border",
           "other": "Other"}
SEIZURE_REGIONS = {"all": None, "southwest": "Southwest Border", "northern": "Northern Border",
                   "coastal_interior": "Coastal/Interior"}
SEIZURE_COMPONENTS = {"all": None, "usbp": "U.S. Border Patrol", "ofo": "Office of Field Operations"}
TITLE_42 = ("From March 2020 (FY2020) to 11 May 2023, Border Patrol and CBP 'encounters' include "
            "Title 42 expulsions as well as Title 8 apprehensions (and, at ports, inadmissibles); "
            "figures up to FY2019 are Title 8 apprehensions only, so the two are not the same "
            "measure. One person expelled and caught again counts twice.")
#: Common names for CBP's published drug types.
DRUG_ALIASES = {"meth": "methamphetamine", "crystal meth": "methamphetamine",
                "cannabis": "marijuana", "mdma": "ecstasy", "khat": "khat catha edulis"}
KG_PER_LB = 0.45359237  # exact, by the 1959 international yard and pound agreement
#: DEA: "two milligrams of fentanyl can be lethal, depending on a person's body size, tolerance
#: and past usage" (dea.gov/resources/facts-about-fentanyl).
FENTANYL_LETHAL_MG = 2.0


# -- shared helpers -----------------------------------------------------------------------------

def _memo(ctx: Context, key: tuple, make):
    return ctx.memo(("border", ctx.as_of_sql, *key), make)


def _ym(ym: Month) -> str:
    return f"{ym[0]}-{ym[1]:02d}"


def _span(months) -> str:
    months = sorted(months)
    if not months:
        return "nothing"
    if months[0] == months[-1]:
        return month_name(months[0])
    return f"{month_name(months[0])} – {month_name(months[-1])}"


def _as_of_text(ctx: Context) -> str:
    if ctx.as_of:
        return f"in the releases published by {ctx.as_of.isoformat()}"
    return "in the latest releases"


def _none_published(ctx: Context, what: str) -> str:
    if ctx.as_of:
        return f"No release of {what} had been published by {ctx.as_of.isoformat()}."
    return f"No release of {what} is loaded."


class _Monthly:
    """A monthly series (encounters or pounds) with, per month, the file and rows it comes from.

    ``files`` maps file_id to its provenance; ``rows[(y, m)]`` is ``(file_id, [src_row …])``.
    """

    def __init__(self, what: str, records: list[dict], column: str):
        self.what, self.column = what, column
        self.values: dict[Month, float] = {}
        self.rows: dict[Month, tuple[int, list[int]]] = {}
        self.files: dict[int, dict] = {}
        for r in records:
            ym = (r["year"], r["month"])
            self.values[ym] = r["n"]
            self.rows[ym] = (r["file_id"], r["src_rows"])
            self.files.setdefault(r["file_id"], {k: r[k] for k in (
                "source_id", "path", "url", "release", "release_date")} | {"column": r.get("column", column)})
        self.months = sorted(self.values)
        self._evidence: dict = {}

    @property
    def first(self) -> Month | None:
        return self.months[0] if self.months else None

    @property
    def last(self) -> Month | None:
        return self.months[-1] if self.months else None

    @property
    def coverage(self) -> str:
        return _span(self.months)

    def missing(self, period: Period) -> list[Month]:
        return [m for m in period.months if m not in self.values]

    def total(self, months: list[Month]) -> float:
        return sum(self.values[m] for m in months)

    def evidence(self, months: list[Month], note: str) -> list[Evidence]:
        """One :class:`Evidence` per file behind ``months`` (memoised: rows lists are long)."""
        key = (tuple(months), note)
        if key not in self._evidence:
            by_file: dict[int, list[tuple[Month, list[int]]]] = defaultdict(list)
            for m in months:
                fid, rows = self.rows[m]
                by_file[fid].append((m, rows))
            out = []
            for fid, parts in by_file.items():
                f = self.files[fid]
                rows = tuple(sorted(chain.from_iterable(rs for _, rs in parts)))
                span = _span([m for m, _ in parts])
                out.append(Evidence(f["source_id"], f["path"], f["release"], f["release_date"],
                                    rows, f["url"], f["column"], f"{note}, {span}"))
            self._evidence[key] = out
        return self._evidence[key]

    def table(self, months: list[Month] | None = None) -> list[dict]:
        return [{"month": _ym(m), "value": self.values[m],
                 "release": self.files[self.rows[m][0]]["release"]}
                for m in (months if months is not None else self.months)]


# -- encounters ---------------------------------------------------------------------------------

#: Encounter and seizure rows of the latest file covering each month (as of the context's date).
ENCOUNTERS = as_of_table("encounters", "SELECT * FROM encounters_as_of(?)")
SEIZURES = as_of_table("seizures", "SELECT * FROM seizures_as_of(?)")

_ENCOUNTERS = as_of_table("border_encounters", """
        SELECT e.dataset, coalesce(e.component, '') AS component,
               coalesce(e.land_border_region, '') AS region, e.year, e.month, e.file_id,
               f.source_id, f.path, f.url, e.release, e.release_date,
               sum(e.encounters)::BIGINT AS n, list(e.src_row ORDER BY e.src_row) AS src_rows
        FROM encounters_as_of(?) e JOIN files f USING (file_id)
        WHERE last_day(make_date(e.year, e.month, 1)) <= ?
        GROUP BY ALL""")


def _encounter_rows(ctx: Context) -> str:
    """Encounters by dataset, component, region, month and file, as of the context's date."""
    return ctx.table(_ENCOUNTERS)


def _check_scope(dataset: str, component: str, region: str) -> None:
    if dataset == "nationwide" and component != "all":
        raise ConfigError(
            f"The nationwide encounter files do not split CBP's components, so component="
            f"{component!r} cannot be used with them. Use dataset=southwest_border for Border "
            f"Patrol or Field Operations at the southwest border, or usbp_apprehensions for Border "
            f"Patrol by fiscal year.")
    if dataset == "southwest_border" and region != "all":
        raise ConfigError(
            f"The southwest-border file is one region already; region={region!r} applies to the "
            f"nationwide files (dataset=nationwide, region=southwest covers October 2019 on).")


def _encounters(ctx: Context, dataset: str, component: str = "all",
                region: str = "all") -> _Monthly:
    _check_scope(dataset, component, region)

    def make():
        where, params = ["dataset = ?"], [dataset]
        if COMPONENTS[component]:
            where.append("component = ?")
            params.append(COMPONENTS[component])
        if REGIONS[region]:
            where.append("region = ?")
            params.append(REGIONS[region])
        records = ctx.dicts(
            f"SELECT year, month, file_id, any_value(source_id) AS source_id, "
            f"any_value(path) AS path, any_value(url) AS url, any_value(release) AS release, "
            f"any_value(release_date) AS "
            f"release_date, sum(n)::BIGINT AS n, flatten(list(src_rows)) AS src_rows "
            f"FROM {_encounter_rows(ctx)} WHERE {' AND '.join(where)} "
            f"GROUP BY year, month, file_id ORDER BY year, month", params)
        if dataset == "southwest_border" and component == "usbp":
            # OHSS's months before the SBO file's first (all of them if no SBO release is out yet)
            first = (records[0]["year"], records[0]["month"]) if records else (9999, 1)
            records = [r for r in _usbp_monthly(ctx) if (r["year"], r["month"]) < first] + records
        return _Monthly(_series_name(dataset, component, region), records, "Encounter Count")
    return _memo(ctx, ("enc", dataset, component, region), make)


#: The months before CBP's southwest border file, for the Border Patrol alone (see _usbp_monthly).
OHSS_MONTHS = ("Border Patrol months before October 2021 come from DHS OHSS Known Homeland Security "
               "Metrics (USBP encounters, Southwest Land Border region, from October 1999; rounded to "
               "tens; Title 8 apprehensions, with Title 42 expulsions from March 2020).")


def _usbp_monthly(ctx: Context) -> list[dict]:
    """Border Patrol encounters at the southwest border by month from OHSS KHSM (October 1999 on),
    the latest release per month as of the context's date, as :class:`_Monthly` records."""
    return ctx.dicts(
        "SELECT u.year, u.month, u.file_id, f.source_id, f.path, f.url, f.release, f.release_date, "
        "u.encounters::BIGINT AS n, [u.src_row] AS src_rows, 'sheet Monthly Region' AS column "
        "FROM usbp_encounters u JOIN files f USING (file_id) "
        "WHERE u.sheet = 'Monthly Region' AND u.region = 'Southwest Land Border' "
        "AND u.month IS NOT NULL AND f.release_date <= ? "
        "AND last_day(make_date(u.year, u.month, 1)) <= ? "
        "QUALIFY row_number() OVER (PARTITION BY u.year, u.month ORDER BY f.release_date DESC, "
        "f.file_id DESC) = 1 ORDER BY u.year, u.month", [ctx.as_of_sql, ctx.as_of_sql])


def _series_name(dataset: str, component: str, region: str) -> str:
    name = {"southwest_border": "southwest border", "nationwide": "nationwide"}[dataset]
    if component != "all":
        name += f", {COMPONENTS[component]}"
    if region != "all":
        name += f", {REGIONS[region]} region"
    return f"CBP encounters, {name}"


def _definition(dataset: str, component: str, region: str) -> str:
    text = DATASETS[dataset]
    if component != "all":
        text += f"; {COMPONENTS[component]} only"
    if dataset == "southwest_border" and component == "usbp":
        text += f" ({OHSS_MONTHS[:-1]})"
    if region != "all":
        text += f"; land border region '{REGIONS[region]}' only"
    return text + (". Counts are events, not people; Title 8 and Title 42 together "
                   "(Title 42 expulsions ended 11 May 2023)")


def _release_covering(ctx: Context, dataset: str, months: list[Month]) -> dict | None:
    """The earliest loaded release (any date) that covers all ``months`` of a dataset."""
    cover = _memo(ctx, ("enc_files",), lambda: ctx.dicts(
        "SELECT e.dataset, e.file_id, f.release, f.release_date, f.path, "
        "min(e.year::INTEGER * 100 + e.month) AS lo, max(e.year::INTEGER * 100 + e.month) AS hi "
        "FROM encounters e JOIN files f USING (file_id) GROUP BY ALL ORDER BY f.release_date"))
    want = [m[0] * 100 + m[1] for m in months]
    for f in cover:
        if f["dataset"] == dataset and f["lo"] <= min(want) and max(want) <= f["hi"]:
            return f
    return None


def _coverage_note(ctx: Context, series: _Monthly, dataset: str, region: str, period: Period,
                   missing: list[Month]) -> str:
    when = _as_of_text(ctx)
    if not series.months:
        have = _none_published(ctx, series.what)
    else:
        have = (f"{series.what} {when} cover {series.coverage}; {period.label} is not (fully) "
                f"covered (missing {_span(missing)}).")
    later = _release_covering(ctx, dataset, missing)
    if later and later["release_date"] > ctx.as_of_sql:
        settle = (f"The release '{later['release']}' ({later['path']}, published "
                  f"{later['release_date'].isoformat()}) covers it.")
    elif series.first and missing[0] < series.first and dataset == "southwest_border" \
            and series.first >= (2021, 10):
        settle = ("CBP's Southwest Land Border Encounters file starts in October 2021 (FY2022); "
                  "an earlier CBP release (FY2020–FY2022 file) would settle it, and the nationwide "
                  "files' southwest region (dataset=nationwide, region=southwest) covers October "
                  "2019 on.")
    elif series.first and missing[0] < series.first:
        settle = (f"The monthly series starts in {month_name(series.first)}; for Border Patrol "
                  f"apprehensions before that, use usbp_apprehensions (fiscal years, FY1925 on).")
    else:
        page = {"southwest_border": "southwest-land-border-encounters",
                "nationwide": "nationwide-encounters"}[dataset]
        url = f"https://www.cbp.gov/newsroom/stats/{page}"
        settle = f"A later CBP release ({url}) would settle it."
    return f"{have} {settle}"


def _covered(ctx, dataset, component, region, period) -> tuple[_Monthly, Period, str | None]:
    """The series, the period (closed at the latest month) and a note if it is not covered."""
    series = _encounters(ctx, dataset, component, region)
    if period.end is None:
        period = period.until(series.last or period.start)
    missing = series.missing(period)
    note = _coverage_note(ctx, series, dataset, region, period, missing) if missing else None
    return series, period, note


def encounters(ctx: Context, dataset: str, period: Period, component: str = "all",
               region: str = "all") -> Result:
    """CBP encounters in a period (month, calendar or fiscal year, range), summed over its months.

    Returns:
        A :class:`Result` in encounters, ``None`` (with a note) when the releases as of the
        context's date do not cover every month; ``detail`` holds the months summed.
    Raises:
        ConfigError: a component filter on the nationwide files, or a region on the SBO file.
    """
    series, period, note = _covered(ctx, dataset, component, region, period)
    label = f"{series.what}, {period.label}"
    definition = _definition(dataset, component, region)
    if note:
        return Result("", {}, None, "encounters", label, definition, notes=[note])
    months = period.months
    value = float(series.total(months))
    return Result("", {}, value, "encounters", label,
                  f"Sum of the {len(months)} monthly counts. {definition}",
                  series.evidence(months, series.what), detail={"monthly": series.table(months)},
                  notes=_notes(dataset, months))


def _notes(dataset: str, months: list[Month]) -> list[str]:
    notes = []
    if months and months[0] <= (2023, 5) and months[-1] >= (2020, 3):
        notes.append(TITLE_42)
    return notes


def encounters_average(ctx: Context, dataset: str, period: Period, component: str = "all",
                       region: str = "all") -> Result:
    """Monthly average of CBP encounters over a period ("the 2021–2024 average").

    A calendar-year range (``2021..2024``) averages January 2021 – December 2024; a fiscal-year
    range (``FY2021..FY2024``) averages October 2020 – September 2024.
    """
    total = encounters(ctx, dataset, period, component, region)
    p = _closed(ctx, dataset, component, region, period)
    label = f"{_series_name(dataset, component, region)}, monthly average, {p.label}"
    if total.value is None:
        return Result("", {}, None, "encounters per month", label, total.definition,
                      notes=total.notes)
    n = p.n_months
    if n <= 0:
        return Result("", {}, None, "encounters per month", label, total.definition,
                      notes=[f"No month of {period.label} is in the data loaded{' as of ' + str(ctx.as_of) if ctx.as_of else ''}."])
    return Result("", {}, total.value / n, "encounters per month", label,
                  f"Sum over {p.label} ({total.value:,.0f}) divided by its {n} months. "
                  f"{_definition(dataset, component, region)}",
                  total.evidence, detail=total.detail, notes=total.notes)


def _closed(ctx, dataset, component, region, period: Period) -> Period:
    return period.until(_encounters(ctx, dataset, component, region).last or period.start)


def encounters_change(ctx: Context, dataset: str, period: Period, base: Period,
                      component: str = "all", region: str = "all") -> Result:
    """Percent difference of a month (or a period's monthly average) from a base monthly average.

    ``(value / base average − 1) × 100``: June 2025 against the 2021–2024 monthly average.
    """
    compare = encounters if period.kind == "month" else encounters_average
    now = compare(ctx, dataset, period, component, region)
    then = encounters_average(ctx, dataset, base, component, region)
    p = _closed(ctx, dataset, component, region, period)
    label = (f"{_series_name(dataset, component, region)}: {p.label} against the "
             f"{base.label} monthly average")
    value = 100 * (now.value / then.value - 1) if now.value is not None and then.value else None
    what = "the month's count" if p.kind == "month" else f"the monthly average over {p.label}"
    return Result("", {}, value, "percent", label,
                  f"({what} / the monthly average over {base.label} − 1) × 100. "
                  f"{_definition(dataset, component, region)}",
                  components=[now, then], notes=list(dict.fromkeys(now.notes + then.notes)))


def _window(series: _Monthly, since: Period | None, through: Period | None) -> list[Month]:
    months = series.months
    if since is not None:
        months = [m for m in months if m >= since.start]
    if through is not None:
        end = through.end or through.start
        months = [m for m in months if m <= end]
    return months


def encounters_record(ctx: Context, dataset: str, which: str = "lowest", component: str = "all",
                      region: str = "all", since: Period | None = None,
                      through: Period | None = None) -> Result:
    """The lowest (or highest) month of a series within its coverage (or since / through a month).

    ``through`` cuts the series at a month with today's figures (hindsight: "was it the record
    as of June 2025?"); the context's as-of date instead uses only the releases published then.
    ``detail['series']`` is the monthly series compared.
    """
    series = _encounters(ctx, dataset, component, region)
    months = _window(series, since, through)
    scope = (f"since {month_name(since.start)}" if since else "on record")
    label = f"{which.capitalize()} month of {series.what} {scope}"
    definition = (f"The month with the {which} count among {{}} in the releases {_as_of_text(ctx)}."
                  f" {_definition(dataset, component, region)}")
    if not months:
        note = (f"The {series.what} {_as_of_text(ctx)} have no months in that window (they cover "
                f"{series.coverage})." if series.months else _none_published(ctx, series.what))
        later = _release_covering(ctx, dataset, [since.start]) if since else None
        if later and later["release_date"] > ctx.as_of_sql:
            note += f" The release '{later['release']}' (published {later['release_date']}) does."
        return Result("", {}, None, "encounters", label, definition.format("no months"),
                      notes=[note])
    pick = (min if which == "lowest" else max)(months, key=lambda m: (series.values[m], m))
    span = _span(months)
    notes = [(f"Compared {len(months)} months, {span}: 'on record' means within this coverage "
             f"(starting {month_name(months[0])}), not in all history.")] + _notes(dataset, months)
    ties = [m for m in months if series.values[m] == series.values[pick] and m != pick]
    if ties:
        notes.append(f"Tied with {', '.join(month_name(m) for m in ties)}.")
    return Result("", {}, float(series.values[pick]), "encounters",
                  f"{label}: {month_name(pick)}",
                  definition.format(f"the {len(months)} months {span}"),
                  series.evidence(months, series.what), notes=notes,
                  detail={"month": _ym(pick), "coverage": [_ym(months[0]), _ym(months[-1])],
                          "series": series.table(months)})


def encounters_lowest_since(ctx: Context, dataset: str, month: Period, which: str = "lowest",
                            component: str = "all", region: str = "all") -> Result:
    """For a month, the most recent earlier month with a count at or below it ("lowest since …").

    Returns the month's count; ``detail['since']`` is that earlier month (``None``: lowest on
    record, i.e. in the coverage, whose start ``detail['coverage'][0]`` gives). For ``which =
    'highest'``, the most recent earlier month at or above it.
    """
    if month.kind != "month":
        kind = {"year": "calendar year", "fy": "fiscal year"}.get(month.kind, "range")
        raise ConfigError(f"encounters_lowest_since compares one month; {month.label!r} is a "
                          f"{kind}. Give a month such as 2025-06.")
    ym = month.start
    series, _period, note = _covered(ctx, dataset, component, region, month)
    definition = _definition(dataset, component, region)
    if note:
        return Result("", {}, None, "encounters", f"{series.what}, {month.label}", definition,
                      notes=[note])
    value = series.values[ym]
    earlier = [m for m in series.months if m < ym]
    beats = (lambda v: v <= value) if which == "lowest" else (lambda v: v >= value)
    since = next((m for m in reversed(earlier) if beats(series.values[m])), None)
    word = "lowest" if which == "lowest" else "highest"
    compared = earlier[earlier.index(since):] if since else earlier
    if since:
        finding = (f"{word} since {month_name(since)} ({series.values[since]:,.0f})")
    elif earlier:
        finding = f"{word} on record (since the series starts, {month_name(earlier[0])})"
    else:
        finding = "the first month of the series (nothing earlier to compare)"
    vintage = f" {_as_of_text(ctx)}" if ctx.as_of else ""
    notes = [(f"{month.label}: {value:,.0f}, the {finding}. 'On record' means in the loaded "
              f"series, which starts {month_name(series.first)}{vintage}.")]
    notes += _notes(dataset, [*compared, ym])
    return Result("", {}, float(value), "encounters",
                  f"{series.what}, {month.label}: {finding}",
                  f"The count of {month.label} set against every earlier month (the most recent "
                  f"one at or {'below' if which == 'lowest' else 'above'} it). {definition}",
                  series.evidence([*compared, ym], series.what), notes=notes,
                  detail={"month": _ym(ym), "value": value, "since": _ym(since) if since else None,
                          "since_value": series.values[since] if since else None,
                          "on_record": since is None and bool(earlier),
                          "coverage": [_ym(series.first), _ym(series.last)],
                          "series": series.table()})


# -- Border Patrol by fiscal year, joined across series ---------------------------------------

#: Rule where series overlap: CBP's own unrounded figure first. The SBO file (southwest border,
#: FY2022 on) > the historical tables (FY1925/FY1960 - FY2019) > OHSS KHSM (rounded to tens; the
#: only series for FY2020 - FY2021, and nationwide from FY2020).
SERIES = {
    "sbo": "CBP Southwest Land Border Encounters file, component U.S. Border Patrol (Title 8 "
           "apprehensions + Title 42 expulsions)",
    "history": "U.S. Border Patrol fiscal-year apprehension tables FY1925/FY1960 – FY2019 (CBP "
               "PDFs, secondary transcription by jacobkap/borderpatrol; Title 8 apprehensions)",
    "ohss": "DHS OHSS Known Homeland Security Metrics, USBP encounters (rounded to tens)",
}
PRIORITY = ("sbo", "history", "ohss")
#: A partial fiscal year with fewer months is not compared with whole years (usbp_lowest_since).
MIN_MONTHS = 6
#: Border Patrol scopes below the nation: OHSS's land-border regions
USBP_REGIONS = {"southwest_border": "Southwest Land Border", "northern_border": "Northern Land Border",
                "coastal_border": "Coastal Border"}
SECTOR_ALIASES = {"rgv": "rio grande valley"}


def _sectors(ctx: Context) -> dict[str, tuple[str, str]]:
    """Border Patrol sectors as OHSS publishes them: ``{folded short name: (published name, scope of
    its region)}``, e.g. ``{"tucson": ("Tucson, AZ", "southwest_border")}``."""
    return _memo(ctx, ("sectors",), lambda: {
        _fold(sector.split(",")[0]): (sector, scope) for sector, region in ctx.rows(
            "SELECT DISTINCT sector, region FROM usbp_encounters WHERE sector IS NOT NULL "
            "AND region IS NOT NULL ORDER BY 1")
        for scope, published in USBP_REGIONS.items() if published == region})


def _sector(ctx: Context, name: str) -> tuple[str, str]:
    """The Border Patrol sector OHSS publishes as ``name`` ("Tucson", "tucson sector", "El Paso,
    TX", "RGV"), as (published name, scope of its region)."""
    known = _sectors(ctx)
    folded = re.sub(r"\s+(?:border\s+patrol\s+)?sector$", "", _fold(name.split(",")[0]))
    folded = SECTOR_ALIASES.get(folded, folded)
    if folded not in known:
        raise UnknownIdError("Border Patrol sector", name, sorted(known),
                             "OHSS publishes: " + ", ".join(v[0] for v in known.values()) + ".")
    return known[folded]


def _usbp_where(scope: str, sector: str | None = None) -> str:
    """"at the southwest border", "in the Tucson sector": where a Border Patrol series counts."""
    if sector:
        return f"in the {sector.split(',')[0]} sector ({scope.replace('_', ' ')})"
    return {"nationwide": "nationwide", "coastal_border": "in the coastal border region"}.get(
        scope, f"at the {scope.replace('_', ' ')}")


def _usbp_series(ctx: Context, scope: str, sector: str | None = None) -> dict[int, dict[str, dict]]:
    """``{fiscal_year: {series: {value, months, evidence}}}`` for one scope (or one sector of it,
    as OHSS names it: "Tucson, AZ"), as of the context."""
    def make():
        out: dict[int, dict[str, dict]] = defaultdict(dict)
        short = sector.split(",")[0].lower() if sector else None
        hist = ctx.dicts(
            "SELECT a.fiscal_year, sum(a.apprehensions)::BIGINT AS n, list(a.src_row ORDER BY "
            "a.src_row) AS src_rows, f.source_id, f.path, f.url, f.release, f.release_date, "
            "f.file_id "
            "FROM apprehensions_history a JOIN files f USING (file_id) "
            "WHERE a.scope = ? AND (? IS NULL OR a.sector = ?) AND f.release_date <= ? "
            "GROUP BY a.fiscal_year, f.source_id, f.path, f.url, "
            "f.release, f.release_date, f.file_id "
            "QUALIFY row_number() OVER (PARTITION BY a.fiscal_year ORDER BY f.release_date DESC, "
            "f.file_id DESC) = 1", [scope, short, short, ctx.as_of_sql])
        for r in hist:
            what = f"{sector.split(',')[0]} sector" if sector else "sum of sectors" if scope != "nationwide" else ""
            out[r["fiscal_year"]]["history"] = _entry(r, 12, "total_apprehensions", what)
        annual, monthly = (("Annual Count", "Monthly Count") if scope == "nationwide"
                           else ("Annual Sector", "Monthly Sector") if sector
                           else ("Annual Region", "Monthly Region"))
        region = None if scope == "nationwide" or sector else USBP_REGIONS[scope]
        ohss = ctx.dicts(
            "SELECT u.fiscal_year, u.encounters::BIGINT AS n, [u.src_row] AS src_rows, "
            "f.source_id, "
            "f.path, f.url, f.release, f.release_date, f.file_id, "
            "(SELECT [count(DISTINCT m.month), min(m.year::INTEGER * 100 + m.month), "
            "         max(m.year::INTEGER * 100 + m.month)] "
            " FROM usbp_encounters m WHERE m.file_id = u.file_id AND m.sheet = ? "
            " AND m.fiscal_year = u.fiscal_year "
            # (a quiet sector has no row for a month without apprehensions: the months of the
            # sheet's year count for every sector)
            " AND (u.sector IS NOT NULL OR m.region IS NOT DISTINCT FROM u.region)) AS months "
            "FROM usbp_encounters u JOIN files f USING (file_id) "
            "WHERE u.sheet = ? AND u.region IS NOT DISTINCT FROM ? AND u.sector IS NOT DISTINCT FROM ? "
            "AND f.release_date <= ? "
            "QUALIFY row_number() OVER (PARTITION BY u.fiscal_year ORDER BY f.release_date DESC, "
            "f.file_id DESC) = 1", [monthly, annual, region, sector, ctx.as_of_sql])
        for r in ohss:
            n, lo, hi = r["months"]
            entry = _entry(r, n, f"sheet '{annual}'", "")
            entry["span"] = _span([divmod(lo, 100), divmod(hi, 100)]) if n else "no months"
            out[r["fiscal_year"]]["ohss"] = entry
        if scope == "southwest_border" and not sector:
            series = _encounters(ctx, "southwest_border", "usbp")
            by_fy: dict[int, list[Month]] = defaultdict(list)
            for m in series.months:
                if series.files[series.rows[m][0]]["source_id"] == SOURCE_OF["southwest_border"]:
                    by_fy[m[0] + (m[1] >= 10)].append(m)   # the SBO file's months, not OHSS's before it
            t42 = _encounters_t42(ctx)
            for fy, months in by_fy.items():
                ev = series.evidence(months, f"Border Patrol encounters, southwest border, FY{fy}")
                out[fy]["sbo"] = {"value": series.total(months), "months": len(months),
                                  "span": _span(months), "evidence": ev,
                                  "title_42": sum(t42.get(m, 0) for m in months)}
        return dict(out)
    return _memo(ctx, ("usbp", scope, sector), make)


def _encounters_t42(ctx: Context) -> dict[Month, int]:
    """Border Patrol Title 42 expulsions at the southwest border by month (SBO file)."""
    return _memo(ctx, ("usbp_t42",), lambda: {(y, m): n for y, m, n in ctx.rows(
        "SELECT year, month, sum(encounters)::BIGINT FROM encounters_as_of(?) "
        "WHERE dataset = 'southwest_border' AND component = 'U.S. Border Patrol' "
        "AND title_of_authority = 'Title 42' AND last_day(make_date(year, month, 1)) <= ? "
        "GROUP BY ALL", [ctx.as_of_sql, ctx.as_of_sql])})


def _entry(r: dict, months: int, column: str, what: str) -> dict:
    ev = Evidence(r["source_id"], r["path"], r["release"], r["release_date"],
                  tuple(r["src_rows"]), r["url"], column,
                  f"FY{r['fiscal_year']}{', ' + what if what else ''}")
    return {"value": r["n"], "months": months, "span": f"{months} months", "evidence": [ev]}


def _joined(ctx: Context, scope: str, sector: str | None = None) -> list[dict]:
    """The joined series: one row per fiscal year with its source and the overlapping figures."""
    def make():
        rows = []
        for fy, found in sorted(_usbp_series(ctx, scope, sector).items()):
            name = next(s for s in PRIORITY if s in found)
            main = found[name]
            row = {"fiscal_year": fy, "value": main["value"], "series": name,
                   "measure": "Title 8 apprehensions" if fy <= 2019 else
                   "encounters: Title 8 apprehensions + Title 42 expulsions" if fy <= 2023 else
                   "encounters (Title 8 apprehensions)",
                   "months": main["months"], "partial": main["months"] < 12,
                   "other": {s: e["value"] for s, e in found.items() if s != name},
                   "difference": {s: e["value"] - main["value"] for s, e in found.items()
                                  if s != name and e["months"] == main["months"]}}
            if fy == 2020:
                row["measure"] = ("encounters: Title 8 apprehensions, and from 21 March 2020 "
                                  "Title 42 expulsions")
            if "title_42" in main:
                row["title_42"] = main["title_42"]
            rows.append(row)
        return rows
    return _memo(ctx, ("usbp_joined", scope, sector), make)


def _overlap_notes(rows: list[dict]) -> list[str]:
    notes = []
    for a, b in (("history", "ohss"), ("sbo", "ohss")):
        diffs = [(r["fiscal_year"], r["difference"][b]) for r in rows
                 if r["series"] == a and b in r["difference"]]
        if diffs:
            worst = max(diffs, key=lambda d: abs(d[1]))
            notes.append(
                f"Overlap FY{diffs[0][0]}–FY{diffs[-1][0]}: the {a} figure is used; OHSS differs by "
                f"{min(d for _, d in diffs):+,} to {max(d for _, d in diffs):+,} (largest FY"
                f"{worst[0]}: {worst[1]:+,}); see detail['series'][…]['difference'].")
    return notes


def usbp_apprehensions(ctx: Context, scope: str, fiscal_year: int, sector: str | None = None) -> Result:
    """U.S. Border Patrol apprehensions/encounters in a fiscal year, from the joined series.

    Which series each year comes from: the CBP SBO file for the southwest border from FY2022,
    else the historical tables (to FY2019; nationwide, and the southwest border and its sectors),
    else OHSS KHSM (FY2000 on; the only series for the northern and coastal border regions and
    their sectors, and nationwide after FY2019). A ``sector`` ("Tucson", "Rio Grande Valley")
    counts that sector alone; its region is then the scope. ``detail['series']`` lists every year
    with its series, its measure and, where series overlap, the other figures and their
    differences.
    """
    if sector:
        sector, scope = _sector(ctx, sector)
    rows = _joined(ctx, scope, sector)
    where = _usbp_where(scope, sector)
    label = f"U.S. Border Patrol apprehensions/encounters {where}, FY{fiscal_year}"
    used = {r["series"] for r in rows} | {s for r in rows for s in r["other"]}
    definition = (f"Border Patrol apprehensions {where} (FY{fiscal_year}: October "
                  f"{fiscal_year - 1} – September {fiscal_year}), joined across series: "
                  f"{'; '.join(f'{k} = {v}' for k, v in SERIES.items() if k in used)}. Where series "
                  f"overlap, the first of SBO, historical, OHSS is used.")
    by_fy = {r["fiscal_year"]: r for r in rows}
    notes = [TITLE_42] + _overlap_notes(rows)
    if fiscal_year not in by_fy:
        have = (f"The Border Patrol series {where} {_as_of_text(ctx)} cover FY"
                f"{rows[0]['fiscal_year']}–FY{rows[-1]['fiscal_year']}; FY{fiscal_year} is not "
                f"among them." if rows else _none_published(ctx, f"Border Patrol figures {where}"))
        return Result("", {}, None, "apprehensions", label, definition,
                      notes=[f"{have} "
                             + ("A later CBP or OHSS release would settle it." if not rows or
                                fiscal_year > rows[-1]["fiscal_year"] else
                                f"The published series start in FY{rows[0]['fiscal_year']}.")]
                      + notes, detail={"series": rows})
    row = by_fy[fiscal_year]
    entry = _usbp_series(ctx, scope, sector)[fiscal_year][row["series"]]
    notes.insert(0, f"FY{fiscal_year} comes from the {row['series']} series "
                    f"({SERIES[row['series']]})"
                    f"; measure: {row['measure']}.")
    if row["partial"]:
        notes.insert(1, f"FY{fiscal_year} is partial: {entry['span']} ({row['months']} of 12 "
                        f"months), a year to date.")
        if row["months"] < 6:
            notes.insert(2, f"Only {row['months']} months of FY{fiscal_year} are loaded: too few "
                            f"to stand for the year (an annualised figure would mostly reflect "
                            f"them). A later OHSS or CBP release would settle it.")
    return Result("", {}, float(row["value"]), "apprehensions", label, definition,
                  entry["evidence"], notes=notes, detail={"series": rows})


def usbp_lowest_since(ctx: Context, scope: str, fiscal_year: int,
                      partial: str = "annualise", which: str = "lowest", sector: str | None = None) -> Result:
    """The most recent earlier fiscal year with fewer Border Patrol apprehensions than a given one
    (with more, for ``which='highest'``).

    A partial fiscal year is compared annualised (year to date × 12 / months) by default, since a
    year to date set against whole years would overstate how low it is; ``partial='ytd'`` compares
    the year to date as it stands. A year with fewer than :data:`MIN_MONTHS` months gives no
    value. The value is the figure compared.
    """
    base = usbp_apprehensions(ctx, scope, fiscal_year, sector)
    if base.value is None:
        return base
    if sector:
        sector, scope = _sector(ctx, sector)
    rows = _joined(ctx, scope, sector)
    row = next(r for r in rows if r["fiscal_year"] == fiscal_year)
    value = float(row["value"])
    notes = list(base.notes)
    where = _usbp_where(scope, sector)
    if row["months"] < MIN_MONTHS:
        return Result("", {}, None, "apprehensions",
                      f"Border Patrol apprehensions {where}, FY{fiscal_year}: lowest since when?",
                      base.definition, base.evidence, notes=[
                          (f"Only {row['months']} months of FY{fiscal_year} are loaded ("
                           f"{row['value']:,}); fewer than {MIN_MONTHS} months cannot stand for "
                           f"the year, annualised or not. A later OHSS or CBP release would "
                           f"settle it.")] + notes, detail={"series": rows})
    annualised = row["partial"] and partial == "annualise"
    if annualised:
        value = row["value"] * 12 / row["months"]
        notes.insert(0, f"FY{fiscal_year} has {row['months']} months: annualised {row['value']:,} "
                        f"× 12 / {row['months']} = {value:,.0f}. Seasonality is ignored; "
                        f"partial='ytd' compares the year to date instead.")
    earlier = [r for r in rows if r["fiscal_year"] < fiscal_year and not r["partial"]]
    beats = (lambda v: v < value) if which == "lowest" else (lambda v: v > value)
    since = next((r for r in reversed(earlier) if beats(r["value"])), None)
    if since:
        finding = (f"{which} since FY{since['fiscal_year']} ({since['value']:,}; "
                   f"{fiscal_year - since['fiscal_year']} years earlier)")
    else:
        finding = (f"{which} on record (since FY{earlier[0]['fiscal_year']})" if earlier
                   else "first year")
    notes.insert(0, f"FY{fiscal_year}: {value:,.0f}, the {finding}.")
    if since and since["series"] != row["series"]:
        notes.insert(1, f"The comparison crosses series: FY{since['fiscal_year']} is "
                        f"{since['measure']} ({since['series']}), FY{fiscal_year} "
                        f"{row['measure']} ({row['series']}).")
    ev = list(base.evidence)
    if since:
        ev += _usbp_series(ctx, scope, sector)[since["fiscal_year"]][since["series"]]["evidence"]
    return Result("", {}, value, "apprehensions",
                  f"Border Patrol apprehensions {where}, FY{fiscal_year}: {finding}",
                  f"The FY{fiscal_year} figure{' (annualised)' if annualised else ''} set against "
                  f"every earlier whole fiscal year; the most recent one with {'fewer' if which == 'lowest' else 'more'}. "
                  f"{base.definition}", ev, notes=notes,
                  detail={"fiscal_year": fiscal_year, "compared": value, "ytd": row["value"],
                          "months": row["months"],
                          "since": since["fiscal_year"] if since else None,
                          "since_value": since["value"] if since else None,
                          "years": fiscal_year - since["fiscal_year"] if since else None,
                          "series": rows})


# -- drug seizures ------------------------------------------------------------------------------

_SEIZURES = as_of_table("border_seizures", """
        SELECT s.drug, s.region, s.component, s.year, s.month, s.file_id, f.source_id, f.path, f.url,
               s.release, s.release_date, sum(s.pounds) AS n, sum(s.events)::BIGINT AS events,
               list(s.src_row ORDER BY s.src_row) AS src_rows
        FROM seizures_as_of(?) s JOIN files f USING (file_id)
        WHERE last_day(make_date(s.year, s.month, 1)) <= ?
        GROUP BY ALL""")


def _seizure_rows(ctx: Context) -> str:
    """Seizures by drug, region, component, month and file, as of the context's date."""
    return ctx.table(_SEIZURES)


def _fold(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum() or c == " ").strip()


def _drug(ctx: Context, drug: str) -> str:
    """The published drug type matching ``drug``, case-insensitive ('other drugs' too)."""
    known = _memo(ctx, ("drugs",), lambda: [r[0] for r in ctx.rows(
        "SELECT DISTINCT drug FROM seizures ORDER BY 1")])
    by_fold = {_fold(k): k for k in known}
    drug = DRUG_ALIASES.get(_fold(drug), drug)
    if _fold(drug) not in by_fold:
        raise UnknownIdError("drug type", drug, [k.lower() for k in known],
                             f"CBP publishes: {', '.join(known)}.")
    return by_fold[_fold(drug)]


def _seizures(ctx: Context, drug: str, region: str, component: str = "all") -> _Monthly:
    def make():
        where, params = "drug = ?", [drug]
        if SEIZURE_REGIONS[region]:
            where += " AND region = ?"
            params.append(SEIZURE_REGIONS[region])
        if SEIZURE_COMPONENTS[component]:
            where += " AND component = ?"
            params.append(SEIZURE_COMPONENTS[component])
        records = ctx.dicts(
            f"SELECT year, month, file_id, any_value(source_id) AS source_id, "
            f"any_value(path) AS path, any_value(url) AS url, any_value(release) AS release, "
            f"any_value(release_date) AS "
            f"release_date, sum(n) AS n, flatten(list(src_rows)) AS src_rows "
            f"FROM {_seizure_rows(ctx)} WHERE {where} GROUP BY year, month, file_id "
            f"ORDER BY year, month", params)
        # A month with no seizure of this drug has no row: the file's months count as zero.
        all_months = ctx.dicts(
            f"SELECT DISTINCT year, month, file_id, source_id, path, url, release, release_date "
            f"FROM {_seizure_rows(ctx)}")
        have = {(r["year"], r["month"]) for r in records}
        records += [{**r, "n": 0.0, "src_rows": []} for r in all_months
                    if (r["year"], r["month"]) not in have]
        return _Monthly(f"CBP {drug} seizures", records, "Sum Qty (lbs)")
    return _memo(ctx, ("seiz", drug, region, component), make)


def seizures(ctx: Context, drug: str, period: Period, unit: str = "lb",
             region: str = "all", component: str = "all") -> Result:
    """CBP drug seizures of one drug type over a period (or since a month), in pounds or kilograms,
    by all of CBP or one component (Border Patrol, or Field Operations at the ports).

    Raises:
        UnknownIdError: the drug is not one of CBP's published drug types (with suggestions).
    """
    name = _drug(ctx, drug)
    series = _seizures(ctx, name, region, component)
    if period.end is None:
        period = period.until(series.last or period.start)
    where = "".join(f", {x}" for x in (SEIZURE_COMPONENTS[component], SEIZURE_REGIONS[region]) if x)
    label = f"CBP seizures of {name.lower()}{where}, {period.label}"
    scope = "" if region == "all" else f", region {SEIZURE_REGIONS[region]}"
    who = f"component {SEIZURE_COMPONENTS[component]}" if SEIZURE_COMPONENTS[component] else "all components"
    definition = (f"Sum of CBP's monthly seizure quantities of '{name}' (Drug Seizure Statistics, "
                  f"'Sum Qty (lbs)', {who}{scope}), as weighed at seizure (not "
                  f"purity-adjusted)"
                  + ("; 1 lb = 0.45359237 kg" if unit == "kg" else ""))
    missing = series.missing(period)
    if missing:
        have = (f"CBP seizures {_as_of_text(ctx)} cover {series.coverage}"
                if series.months else _none_published(ctx, "CBP drug seizures")[:-1])
        return Result("", {}, None, unit, label, definition,
                      notes=[f"{have}; {period.label} is not (fully) covered (missing "
                             f"{_span(missing)}). " + (
                                 "CBP's monthly seizure files start in October 2018 (FY2019); "
                                 "CBP's earlier annual tables would settle it."
                                 if series.first and missing[0] < series.first else
                                 "A later CBP release (https://www.cbp.gov/newsroom/stats/"
                                 "drug-seizure-statistics) would settle it.")])
    months = period.months
    pounds = series.total(months)
    value = pounds * KG_PER_LB if unit == "kg" else pounds
    notes = [f"{pounds:,.2f} lb × 0.45359237 = {value:,.2f} kg."] if unit == "kg" else []
    if period.kind == "range" and series.last in months:
        notes.append(f"Through {month_name(series.last)}, the latest month loaded.")
    return Result("", {}, value, unit, label, definition,
                  series.evidence(months, f"{name} seizures"), notes=notes,
                  detail={"monthly_lb": series.table(months), "pounds": pounds})


def lethal_doses(ctx: Context, drug: str = "fentanyl", kg: float | None = None,
                 lb: float | None = None, period: Period | None = None,
                 lethal_dose_mg: float | None = None, region: str = "all") -> Result:
    """How many lethal doses a quantity of a drug makes: milligrams / the lethal dose in mg.

    The quantity is ``kg`` or ``lb`` as given, or CBP's seizures of ``drug`` in ``period``. The
    lethal dose defaults to 2 mg for fentanyl (the DEA's figure); other drugs need
    ``lethal_dose_mg``.
    """
    given = [x for x in (kg, lb, period) if x is not None]
    if len(given) != 1:
        raise ConfigError("lethal_doses needs exactly one quantity: kg, lb, or a period of CBP "
                          "seizures (e.g. period=FY2023).")
    if lethal_dose_mg is None:
        if _fold(drug) != "fentanyl":
            raise ConfigError(f"There is no default lethal dose for {drug!r}; give lethal_dose_mg "
                              f"(the 2 mg default is the DEA's figure for fentanyl).")
        lethal_dose_mg = FENTANYL_LETHAL_MG
    if lethal_dose_mg <= 0:
        raise ConfigError(f"lethal_dose_mg must be positive, not {lethal_dose_mg}.")
    components, evidence = [], []
    if period is not None:
        seized = seizures(ctx, drug, period, "kg", region)
        components, quantity_kg, evidence = [seized], seized.value, seized.evidence
        what = f"CBP {drug.lower()} seizures, {seized.label.rsplit(', ', 1)[-1]}"
    else:
        quantity_kg = kg if kg is not None else lb * KG_PER_LB
        what = (f"{kg:,g} kg" if kg is not None else f"{lb:,g} lb ({quantity_kg:,.3f} kg)") + \
            f" of {drug.lower()}"
    label = f"Lethal doses (at {lethal_dose_mg:g} mg) in {what}"
    definition = (f"Quantity in milligrams (kg × 1,000,000) divided by an assumed lethal dose of "
                  f"{lethal_dose_mg:g} mg"
                  + (" (DEA: 'two milligrams of fentanyl can be lethal')"
                     if lethal_dose_mg == FENTANYL_LETHAL_MG and _fold(drug) == "fentanyl" else "")
                  + "; assumes the whole quantity is the pure drug")
    notes = [(f"Assumption: a lethal dose of {lethal_dose_mg:g} mg (parameter lethal_dose_mg). "
             f"Seized drugs are weighed as seized, with cutting agents and pill binders, so the "
             f"count is of potentially lethal doses of pure drug: an upper bound, not a count of "
             f"deaths prevented.")]
    if quantity_kg is None:
        return Result("", {}, None, "doses", label, definition, components=components,
                      notes=notes + components[0].notes)
    value = quantity_kg * 1e6 / lethal_dose_mg
    notes.append(f"{quantity_kg:,.3f} kg = {quantity_kg * 1e6:,.0f} mg; / {lethal_dose_mg:g} mg "
                 f"= {value:,.0f} doses.")
    return Result("", {}, value, "doses", label, definition, evidence, components=components,
                  notes=notes)


def usbp_sector_rank(ctx: Context, sector: str, fiscal_year: int, scope: str | None = None) -> Result:
    """Where a Border Patrol sector ranks by apprehensions/encounters in a fiscal year among the
    sectors of its region (or of ``scope``; ``nationwide``: all sectors). The value is the rank
    (1 = the busiest); ``detail['ranking']`` lists every sector with its figure and series."""
    published, region = _sector(ctx, sector)
    scope = scope or region
    region_of = dict(_sectors(ctx).values())   # published name -> its region's scope
    names = sorted(p for p, sc in region_of.items() if scope == "nationwide" or sc == scope)
    where = "in all regions" if scope == "nationwide" else _usbp_where(scope)
    label = f"{published.split(',')[0]} sector's rank among Border Patrol sectors {where}, FY{fiscal_year}"
    definition = (f"Border Patrol sectors {where} ranked by apprehensions/encounters in FY{fiscal_year} "
                  f"(October {fiscal_year - 1} – September {fiscal_year}), each on its joined series "
                  f"(historical tables to FY2019 for southwest sectors, else OHSS KHSM, rounded to tens).")
    ranking, evidence, missing = [], [], []
    for name in names:
        row = next((r for r in _joined(ctx, region_of[name], name) if r["fiscal_year"] == fiscal_year), None)
        if row is None and name != published:
            missing.append(name.split(",")[0])   # a dormant sector publishes no row
            continue
        if row is None or row["partial"]:
            have = f"{row['months']} months" if row else "no figure"
            return Result("", {}, None, "rank", label, definition, notes=[
                f"FY{fiscal_year} is not a whole year for the {name.split(',')[0]} sector ({have}) "
                f"{_as_of_text(ctx)}; a later OHSS release would settle it."])
        ranking.append({"sector": name, "value": row["value"], "series": row["series"]})
        if name == published:
            evidence = _usbp_series(ctx, region_of[name], name)[fiscal_year][row["series"]]["evidence"]
    ranking.sort(key=lambda r: -r["value"])
    for i, r in enumerate(ranking, 1):
        r["rank"] = i
    rank = next(r["rank"] for r in ranking if r["sector"] == published)
    top = ranking[0]
    notes = [f"FY{fiscal_year}: {published.split(',')[0]} {ranking[rank - 1]['value']:,}, #{rank} of "
             f"{len(ranking)}; the busiest was {top['sector'].split(',')[0]} ({top['value']:,})."]
    if len({r["series"] for r in ranking}) > 1:
        notes.append("The sectors' figures come from more than one series; see detail['ranking'].")
    if missing:
        notes.append(f"No FY{fiscal_year} figure is published for {', '.join(missing)}: left out of the ranking.")
    return Result("", {}, float(rank), "rank", label, definition, evidence, notes=notes,
                  detail={"ranking": ranking, "rank": rank, "of": len(ranking)})


def usbp_record(ctx: Context, scope: str, fiscal_year: int, which: str = "highest",
                sector: str | None = None) -> Result:
    """Was a fiscal year's Border Patrol count the highest (or lowest) of the joined series up to
    it? The value is the year's figure; ``detail['on_record']`` says whether it was, ``beaten_by``
    lists earlier whole years beyond it and ``overtaken_by`` later whole years."""
    base = usbp_apprehensions(ctx, scope, fiscal_year, sector)
    if sector:
        sector, scope = _sector(ctx, sector)
    label = f"Border Patrol apprehensions {_usbp_where(scope, sector)}, FY{fiscal_year}: {which} on record?"
    if base.value is None:
        base.label = label
        return base
    rows = [r for r in _joined(ctx, scope, sector) if not r["partial"]]
    value = base.value
    better = (lambda a, b: a > b) if which == "highest" else (lambda a, b: a < b)
    beaten = [r["fiscal_year"] for r in rows if r["fiscal_year"] < fiscal_year and not better(value, r["value"])]
    later = [r["fiscal_year"] for r in rows if r["fiscal_year"] > fiscal_year and better(r["value"], value)]
    first = rows[0]["fiscal_year"] if rows else fiscal_year
    notes = [f"Whole fiscal years loaded from FY{first}; 'record' means within them."] + list(base.notes)
    if beaten:
        by = {r["fiscal_year"]: r["value"] for r in rows}
        top = (max if which == "highest" else min)(beaten, key=lambda y: by[y])
        notes.insert(0, f"FY{top} was {'higher' if which == 'highest' else 'lower'} ({by[top]:,}).")
    return Result("", {}, value, "apprehensions", label,
                  f"The FY{fiscal_year} figure set against every whole fiscal year loaded from "
                  f"FY{first}. {base.definition}", base.evidence, notes=notes,
                  detail={"on_record": not beaten, "beaten_by": beaten, "overtaken_by": later,
                          "since": first})
