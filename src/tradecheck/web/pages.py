"""The web app's pages (server-rendered HTML in the report's style; they work without JavaScript)."""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode

from ..indicators.core import Result, fmt_value
from ..report.charts import Chart
from ..report.html import page
from ..report.svg import render

__all__ = ["NAV", "api_docs", "error", "explorer", "home", "result"]

NAV = ('<nav aria-label="Main"><a href="/">Check a text</a> · <a href="/explore">Explore indicators</a>'
       ' · <a href="/api">API</a></nav>')


def home(message: str = "", text: str = "") -> str:
    problem = f'<p class="error" role="alert">{escape(message)}</p>' if message else ""
    body = f"""<h1>Check a text against official statistics</h1>
<p class="muted">Paste an op-ed, speech or brief (or upload a text or Markdown file). Every
quantitative claim about U.S.–Mexico trade and border security is found and checked; the result
has its own address to share.</p>{problem}
<form class="check card" method="post" action="/check" enctype="multipart/form-data">
<label for="text">Text</label>
<textarea id="text" name="text" required placeholder="In 2024, Mexico bought $335 billion in U.S. goods…">{escape(text)}</textarea>
<div class="row"><div><label for="file">or upload a file</label>
<input id="file" name="file" type="file" accept=".txt,.md,.markdown,text/plain,text/markdown" data-into="text"></div>
<div><label for="as_of">Written on (optional)</label><input id="as_of" name="as_of" type="date"></div>
<div><button type="submit" id="check">Check claims</button></div></div>
</form>"""
    return page("tradecheck", body, nav=NAV)


def result(body: str, title: str, result_id: str) -> str:
    links = (f'<p class="muted">Shareable address: <a href="/r/{result_id}">/r/{result_id}</a> · '
             f'<a href="/api/results/{result_id}">JSON</a></p>')
    return page(title, links + body, nav=NAV)


def explorer(specs, chosen, values: dict[str, str], outcome: Result | None, chart: Chart | None,
             table: list[tuple], message: str, query: dict[str, str]) -> str:
    options = "".join(
        f'<option value="{escape(s.name)}"{" selected" if s.name == chosen.name else ""}>'
        f'{escape(s.title)} ({escape(s.name)})</option>' for s in specs)
    fields = "".join(_field(p, values.get(p.name, "")) for p in chosen.params)
    fields += (f'<div><label for="p-as_of">As published by (optional)</label><input id="p-as_of" '
               f'name="as_of" type="date" value="{escape(values.get("as_of", ""))}"></div>')
    form = f"""<form class="card" method="get" action="/explore" id="explore">
<div class="row"><div style="flex:1 1 20rem"><label for="indicator">Indicator</label>
<select id="indicator" name="indicator" onchange="this.form.querySelectorAll('.param').forEach(function(e){{e.disabled=true}});this.form.submit()">{options}</select></div></div>
<p class="muted">{escape(chosen.description)}</p>
<div class="row">{fields}<div><button type="submit">Show</button></div></div></form>"""
    shown = ""
    if message:
        shown = f'<p class="error" role="alert">{escape(message)}</p>'
    elif outcome is not None:
        shown = _outcome(outcome, chart, table, query)
    return page(f"tradecheck: {chosen.title}", f"<h1>Explore the indicators</h1>{form}{shown}", nav=NAV)


def _field(p, value: str) -> str:
    fid = f"p-{p.name}"
    label = f'<label for="{fid}">{escape(p.name.replace("_", " "))}{" *" if p.required else ""}</label>'
    if p.choices:
        opts = "".join(f'<option{" selected" if c == value else ""}>{escape(c)}</option>' for c in p.choices)
        if not p.required and p.default is None:
            opts = '<option value=""></option>' + opts
        control = f'<select class="param" id="{fid}" name="{escape(p.name)}">{opts}</select>'
    else:
        kind = "number" if p.type in {"int", "float"} else "date" if p.type == "date" else "text"
        step = ' step="any"' if p.type == "float" else ""
        control = (f'<input class="param" id="{fid}" name="{escape(p.name)}" type="{kind}"{step} '
                   f'value="{escape(value)}" title="{escape(p.help)}" placeholder="{escape(p.help[:40])}">')
    return f"<div>{label}{control}</div>"


def _outcome(r: Result, chart: Chart | None, table: list[tuple], query: dict[str, str]) -> str:
    qs = urlencode(query)
    notes = "".join(f"<li>{escape(n)}</li>" for n in r.notes)
    sources = "".join(f"<li>{escape(e.cite())}</li>" for e in r.all_evidence())
    unit = chart.unit if chart else r.unit
    rows = "".join(f'<tr{" class=hl" if hl else ""}><td>{escape(label)}</td><td class="num">'
                   f'{escape(fmt_value(v, unit))}</td><td class="muted">{escape(src)}</td></tr>'
                   for label, v, hl, src in table)
    figure = f'<figure class="chart-box">{render(chart, "explore-chart")}</figure>' if chart else ""
    table_html = (f'<h2>Table</h2><div class="table-wrap"><table class="data"><thead><tr><th>item</th>'
                  f'<th>value</th><th>source</th></tr></thead><tbody>{rows}</tbody></table></div>') if rows else ""
    return f"""<section class="card" id="outcome" aria-live="polite">
<div class="muted">{escape(r.label)}</div><div class="big" id="figure">{escape(r.text)}</div>
<p>{escape(r.definition)}</p>{f'<ul class="explain">{notes}</ul>' if notes else ''}
{figure}{table_html}
<p><a class="button" href="/api/indicators/{escape(r.indicator)}?{escape(qs)}&amp;format=csv" download>Download CSV</a>
<a href="/api/indicators/{escape(r.indicator)}?{escape(qs)}">JSON</a></p>
<h2>Sources</h2><ul class="sources">{sources or '<li>none</li>'}</ul></section>"""


def api_docs(spec: dict) -> str:
    items = []
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            params = "".join(
                f"<li><code>{escape(p['name'])}</code>{' (required)' if p.get('required') else ''}: "
                f"{escape(p.get('description', ''))}"
                f"{' — one of ' + escape(', '.join(p['schema']['enum'])) if 'enum' in p['schema'] else ''}</li>"
                for p in op.get("parameters", []))
            items.append(f"<article class=\"card\"><h2><code>{method.upper()} {escape(path)}</code></h2>"
                         f"<p>{escape(op['summary'])}</p><p class=\"muted\">{escape(op.get('description', ''))}</p>"
                         f"{'<ul>' + params + '</ul>' if params else ''}</article>")
    body = ("<h1>JSON API</h1><p>The machine-readable description: <a href=\"/openapi.json\">"
            "/openapi.json</a> (OpenAPI 3.1). Errors are JSON <code>{\"error\": {\"type\", \"message\"}}</code> "
            "with a 4xx status for bad input.</p>" + "".join(items))
    return page("tradecheck API", body, nav=NAV)


def error(status: int, message: str) -> str:
    return page(f"tradecheck: error {status}",
                f'<h1>Error {status}</h1><p class="error" role="alert">{escape(message)}</p>'
                f'<p><a href="/">Back to the start</a></p>', nav=NAV)
