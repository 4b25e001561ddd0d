"""The HTML report: the checked text with each claim highlighted in its verdict's colour, and beside
it one evidence panel per claim (claimed vs official, the definitions considered, the correction,
the sources with their releases, a chart).

One self-contained page: the stylesheet, the small script and the charts (inline SVG) are all in
the file, so it opens offline. The web app serves the same markup.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from html import escape
from importlib import resources

from .. import __version__
from ..indicators.core import Context
from .charts import Chart, claim_chart
from .svg import render

__all__ = ["VERDICT_LABELS", "claim_charts", "page", "report_body", "report_page"]

VERDICT_LABELS = {"supported": "Supported", "close": "Close", "contradicted": "Contradicted",
                  "depends": "Depends on definition", "no_data": "No data"}


@cache
def asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text("utf-8")


def page(title: str, body: str, *, nav: str = "") -> str:
    """A complete HTML document with the inlined stylesheet and script."""
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{escape(title)}</title><style>{asset('report.css')}</style></head><body>"
        f"<header class=\"top\"><span class=\"brand\">tradecheck</span>{nav}</header>"
        f"<main>{body}</main><script>{asset('report.js')}</script></body></html>\n"
    )


def claim_charts(report, ctx: Context) -> list[Chart | None]:
    """One chart per claim of ``report`` (``None`` where there is nothing to draw)."""
    return [claim_chart(c, ctx) for c in report.claims]


def report_page(report, charts: list[Chart | None], *, title: str = "tradecheck report",
                source_name: str = "", nav: str = "", expanded: bool = False) -> str:
    """The self-contained report document (``expanded``: every evidence panel open, for print)."""
    return page(title, report_body(report, charts, source_name=source_name, expanded=expanded),
                nav=nav)


def report_body(report, charts: list[Chart | None], *, source_name: str = "",
                expanded: bool = False) -> str:
    checked = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    what = f" of <strong>{escape(source_name)}</strong>" if source_name else ""
    as_of = (f" Claims were also checked as published by {report.as_of.isoformat()}."
             if report.as_of else "")
    head = (f"<h1>Fact check{what}</h1><p class=\"muted\">{len(report.claims)} claims found and "
            f"checked against official statistics on {checked} (tradecheck {__version__}).{as_of} "
            f"Follow a highlighted claim to its evidence.</p>{_summary(report)}{_skipped(report)}")
    if not report.claims:
        return head + "<p class=\"card\">No checkable quantitative claim was found in this text.</p>"
    cards = "".join(_card(i, c, charts[i - 1] if charts else None, expanded)
                    for i, c in enumerate(report.claims, 1))
    return (f"{head}<div class=\"layout\"><article class=\"text\" aria-label=\"Checked text\">"
            f"{_highlighted(report)}</article><section class=\"claims\" aria-label=\"Evidence\">"
            f"{cards}</section></div>"
            "<footer>Verdicts: supported (the official figure bears the claim out as worded), close "
            "(off, within the tolerance its wording allows), contradicted, depends (true under one "
            "reasonable definition, false under another), no data (the loaded sources cannot settle "
            "it; the source that would is named).</footer>")


def _summary(report) -> str:
    items = "".join(f"<li class=\"badge v-{v}\">{n} {escape(VERDICT_LABELS[v].lower())}</li>"
                    for v, n in report.counts.items())
    return f"<ul class=\"summary\" aria-label=\"Verdict counts\">{items}</ul>"


def _skipped(report) -> str:
    """A warning naming each passage the checker failed on (an internal error) and left unchecked."""
    if not report.skipped:
        return ""
    items = "".join(f"<li>“{escape(s.text)}” (characters {s.start}–{s.end}): <code>{escape(s.error)}</code></li>"
                    for s in report.skipped)
    return (f"<div class=\"card skipped\" role=\"alert\"><p><strong>Not checked:</strong> "
            f"{escape(report.skipped_note)}</p><ul>{items}</ul></div>")


def _highlighted(report) -> str:
    """The text with each claim's span marked; a span overlapping an earlier one starts where
    that one ends."""
    text, out, cursor = report.text, [], 0
    for i, c in sorted(enumerate(report.claims, 1), key=lambda ic: ic[1].claim.start):
        start, end = max(c.claim.start, cursor), c.claim.end
        if start >= end:
            continue
        out.append(escape(text[cursor:start]))
        label = VERDICT_LABELS[c.verdict]
        out.append(f"<mark class=\"claim v-{c.verdict}\" id=\"t{i}\" data-verdict=\"{c.verdict}\" "
                   f"data-start=\"{c.claim.start}\" data-end=\"{c.claim.end}\">"
                   f"<a href=\"#c{i}\" title=\"Claim {i}: {escape(label)}\">{escape(text[start:end])}"
                   f"<sup aria-label=\"claim {i}, {escape(label)}\">{i}</sup></a></mark>")
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)


def _card(i: int, c, chart: Chart | None, expanded: bool = False) -> str:
    label = VERDICT_LABELS[c.verdict]
    figures = (f"<dl class=\"figures\"><div><dt>Claimed</dt><dd>{escape(c.claimed)}</dd></div>"
               f"<div><dt>Official</dt><dd>{escape(c.official)}</dd></div>"
               f"<div><dt>Verdict</dt><dd>{escape(label)}</dd></div></dl>")
    correction = (f"<p class=\"correction\"><strong>Accurate statement:</strong> "
                  f"{escape(c.correction)}</p>" if c.correction else "")
    readings = "".join(
        f"<tr><td>{'<strong>' if k == 0 else ''}{escape(r.name)}{'</strong>' if k == 0 else ''}"
        f"<div class=\"muted\">{escape(r.definition)}</div></td><td>{escape(r.official)}</td>"
        f"<td><span class=\"badge v-{r.verdict}\">{escape(VERDICT_LABELS[r.verdict])}</span>"
        f"{'<div class=muted>' + escape(r.tolerance) + '</div>' if r.tolerance else ''}</td></tr>"
        for k, r in enumerate(c.readings))
    table = (f"<h3>Definitions considered</h3><div class=\"table-wrap\"><table class=\"readings\">"
             f"<thead><tr><th>reading</th><th>official</th><th>verdict</th></tr></thead>"
             f"<tbody>{readings}</tbody></table></div>")
    figure = (f"<figure class=\"chart-box\">{render(chart, f'chart{i}')}</figure>"
              if chart is not None else "")
    sources = "".join(f"<li>{escape(s)}</li>" for s in c.sources)
    sources_html = f"<h3>Sources</h3><ul class=\"sources\">{sources}</ul>" if sources else ""
    headline = (f"<span class=\"headline\">{escape(c.headline)}</span>" if c.headline else "")
    return (f"<article class=\"claim-card v-{c.verdict}\" id=\"c{i}\" data-verdict=\"{c.verdict}\">"
            f"<details{' open' if expanded else ''}><summary><span class=\"num\">{i}</span><span class=\"quote\">“{escape(c.claim.text)}”"
            f"</span><span class=\"badge v-{c.verdict}\">{escape(label)}</span>{headline}</summary>"
            f"<div class=\"panel\">{figures}{correction}{figure}{table}"
            f"<p class=\"explain\">{escape(c.explanation)}</p>{sources_html}"
            f"<p><a href=\"#t{i}\">Back to the text</a></p></div></details></article>")
