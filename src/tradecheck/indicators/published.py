"""Figures stated in official publications (table ``published_figures``), reported as stated.

A stated figure is not computed by tradecheck: it is what a publisher wrote ("over $110 billion"),
transcribed one row per figure with its document, address and publication month. Every result says
"stated by <publisher> in <document> (<published>)" and keeps the publisher's qualifier ("over",
"about") in its label and detail. A figure counts as available on an as-of date when its document
was published in or before that month.
"""

from __future__ import annotations

import datetime as dt

from .. import countries
from ..errors import UnknownIdError
from .core import Context, Evidence, Result, fmt_value

#: What each measure is, in words ({partner}: the destination).
MEASURES = {
    "sme_goods_exports": "goods exports of U.S. small and medium-sized enterprises (SMEs) to {partner}",
    "sme_exporters": "U.S. small and medium-sized enterprises (SMEs) exporting to {partner}",
}
#: The statistical source that would settle a measure no publication states (by measure prefix).
SETTLE = {
    "sme_": "The Census Bureau's \"Profile of U.S. Importing and Exporting Companies\" (exports by "
            "company size and destination country) would settle it.",
}
SETTLE_DEFAULT = "A statistical table of the publisher would settle it."


def _name(country_id: str) -> str:
    try:
        return countries.get(country_id).name
    except UnknownIdError:
        return country_id


def _settle(measure: str) -> str:
    return next((v for k, v in SETTLE.items() if measure.startswith(k)), SETTLE_DEFAULT)


def _what(measure: str, partner: str) -> str:
    template = MEASURES.get(measure, measure.replace("_", " ") + ", {partner}")
    return template.format(partner=_name(partner))


def _title(text: str) -> str:
    return text[:1].upper() + text[1:]


def _rows(ctx: Context, measure: str) -> list[dict]:
    """Every stated figure of ``measure`` published on or before the as-of date, latest first
    (read once per context: a text names the same measure several times)."""
    key = ("published", measure, ctx.as_of_sql)
    if key not in ctx.cache:
        ctx.cache[key] = _read_rows(ctx, measure)
    return ctx.cache[key]


def _read_rows(ctx: Context, measure: str) -> list[dict]:
    known = [r[0] for r in ctx.rows("SELECT DISTINCT measure FROM published_figures ORDER BY 1")]
    if measure not in known:
        raise UnknownIdError("published measure", measure, known,
                             f"The published figures hold: {', '.join(known) or 'nothing'}.")
    rows = ctx.dicts(
        "SELECT p.*, f.source_id, f.path, f.release, f.release_date FROM published_figures p "
        "JOIN files f USING (file_id) WHERE p.measure = ? "
        "ORDER BY p.published DESC, p.file_id DESC, p.src_row", [measure])
    return [r for r in rows if _published_on(r["published"]) <= ctx.as_of_sql]


def _published_on(published: str) -> dt.date:
    """``'2024-05'`` -> the first day of that month (the earliest date the figure was public)."""
    year, _, month = published.partition("-")
    return dt.date(int(year), int(month or 1), 1)


def _stated(row: dict) -> str:
    """``'over $110.00 billion'``: the figure with the publisher's qualifier."""
    return f"{row['qualifier'] or ''} {fmt_value(row['value'], row['unit'])}".strip()


def _unit(rows: list[dict]) -> str:
    return rows[0]["unit"] if rows else "USD"


def published_figure(ctx: Context, measure: str, partner: str, year: int | None = None) -> Result:
    """A figure stated in an official publication for ``partner`` (and data year), as stated."""
    rows = _rows(ctx, measure)
    mine = [r for r in rows if r["country_id"] == partner]
    if year is None and mine:
        year = max(r["data_year"] for r in mine)
    label = _title(_what(measure, partner)) + (f", {year}" if year else "")
    found = [r for r in mine if r["data_year"] == year]
    if not found:
        stated = sorted({f"{_name(r['country_id'] or r['partner'])} {r['data_year']}" for r in rows})
        missing = (f"No loaded publication states {_what(measure, partner)}"
                   f"{f' in {year}' if year else ''} (figures stated for: "
                   f"{', '.join(stated) or 'none'}). {_settle(measure)}")
        return Result("", {}, None, _unit(rows), label,
                      f"{_title(_what(measure, partner))} as stated in an official publication.",
                      notes=[missing])
    r, others = found[0], found[1:]
    qualifier, stated = r["qualifier"] or "", _stated(r)
    definition = (f"Stated by {r['publisher']} in {r['document']} ({r['published']}): {stated} "
                  f"({_what(measure, partner)}, {r['data_year']}). Reported as stated, "
                  f"not computed by tradecheck; a stated figure is weaker evidence than a "
                  f"statistical table.")
    notes = [f"Source document: {r['url']}"]
    if qualifier:
        notes.append(f"The publisher states \"{qualifier}\" this figure: it is "
                     f"{'a lower bound' if qualifier == 'over' else 'approximate'}, not an exact "
                     f"count.")
    notes += [f"Also stated by {o['publisher']} in {o['document']} ({o['published']}): "
              f"{_stated(o)}." for o in others]
    evidence = Evidence(r["source_id"], r["path"], r["release"], r["release_date"], (r["src_row"],),
                        r["url"], "value",
                        f"{measure}, {r['partner']}, {r['data_year']}, as stated in {r['document']}")
    detail = {"qualifier": r["qualifier"], "stated": stated, "publisher": r["publisher"],
              "document": r["document"], "url": r["url"], "published": r["published"],
              "measure": measure, "data_year": r["data_year"]}
    return Result("", {}, r["value"], r["unit"], f"{label} (stated: {stated})", definition,
                  [evidence], notes=notes, detail=detail)


def published_compare(ctx: Context, measure: str, partner: str, other: str,
                      year: int | None = None) -> Result:
    """The ratio of two partners' stated figures of the same measure and data year."""
    a = published_figure(ctx, measure, partner, year)
    year = year or (a.detail or {}).get("data_year")
    b = published_figure(ctx, measure, other, year)
    label = (_title(_what(measure, partner)) + f" relative to {_name(other)}"
             + (f", {year}" if year else ""))
    if a.value is None or b.value is None or not b.value:
        notes = list(dict.fromkeys((a.notes if a.value is None else []) +
                                   (b.notes if b.value is None else [])))
        return Result("", {}, None, "ratio", label,
                      f"The ratio of two stated figures: {_what(measure, partner)} and "
                      f"{_what(measure, other)}.",
                      components=[a, b], notes=notes)
    value = a.value / b.value
    notes = []
    qualifiers = {a.detail["qualifier"], b.detail["qualifier"]} - {None}
    if qualifiers:
        notes.append(f"The figures are stated with qualifiers ({a.detail['stated']}; "
                     f"{b.detail['stated']}): their ratio is approximate, not a bound on the true "
                     f"ratio.")
    return Result("", {}, value, "ratio", label,
                  f"{a.detail['stated']} / {b.detail['stated']}: the ratio of two figures stated by "
                  f"{a.detail['publisher']} in {a.detail['document']} ({a.detail['published']})"
                  + ("" if b.detail["document"] == a.detail["document"] else
                     f" and by {b.detail['publisher']} in {b.detail['document']} "
                     f"({b.detail['published']})")
                  + "; computed by tradecheck from the stated figures only.",
                  components=[a, b], notes=notes)
