"""The local web app (``tradecheck serve``): check a pasted or uploaded text, explore the
indicators, and the JSON API behind both. Read-only on the warehouse.

Routes (see :func:`create_app`; the API is described at ``/openapi.json``):

====================================  ==========================================================
``GET /``                             paste or upload a text
``POST /check``                       the form's target: stores the text, redirects to its result
``GET /r/{id}``                       a checked text, at a stable address
``GET /explore``                      pick an indicator and its parameters: figure, chart, table
``POST /api/check``                   JSON in, the checked text out
``GET /api/results/{id}``             a stored result as JSON
``GET /api/indicators[/{name}]``      the catalogue; one indicator (``format=csv`` for a table)
``GET /api/status``                   the warehouse in use
``GET /openapi.json``, ``GET /api``   the API's description, as JSON and as a page
====================================  ==========================================================

Limits: request bodies over ``max_bytes`` get 413; work over ``timeout`` seconds gets 503. User
text never reaches SQL: texts go to the claim extractor, and indicator parameters are parsed by
type before the indicator functions run their parameterised queries.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from ..claims.inputs import decode, validate_text
from ..claims.report import check_text
from ..errors import ConfigError, InputError, NotBuiltError, TradecheckError, UnknownIdError
from ..indicators import catalogue, run
from ..indicators.registry import Param, get
from ..report.charts import result_chart
from ..report.html import claim_charts, report_body
from . import pages, store
from .openapi import openapi
from .pool import CheckerPool, WarehouseVersion

__all__ = ["MAX_BYTES", "TIMEOUT_S", "create_app"]

#: Largest request body accepted (an op-ed is ~10 KB).
MAX_BYTES = 1024 * 1024
#: Longest a request may compute before it is answered 503.
TIMEOUT_S = 30.0
#: Checked texts kept rendered in memory (per warehouse build).
CACHE_SIZE = 256

#: Starting values the explorer fills in for a parameter with no default, by indicator family.
EXAMPLES = {"partner": "Mexico", "other": "China", "after": "Mexico and Canada", "country": "Mexico",
            "origin": "Mexico", "period": "2024", "base": "2021-01..2024-12", "month": "2025-06",
            "fiscal_year": "2025", "year": "2024", "start": "2014", "end": "2024", "drug": "fentanyl",
            "measure": "sme_goods_exports", "account": "employment", "kg": "258"}
EXAMPLES_BY_INDICATOR = {
    "encounters": {"period": "FY2024"},
    "encounters_change": {"period": "2025-06", "base": "2022-01..2024-12"},
    "encounters_average": {"period": "2022-01..2024-12"}, "seizures": {"period": "FY2024"},
    "published_compare": {"other": "Canada"}, "va_returning_ratio": {"other": "China"},
}


class HTTPProblem(Exception):
    def __init__(self, status: int, message: str, kind: str = "bad_request"):
        super().__init__(message)
        self.status, self.message, self.kind = status, message, kind


class _LRU:
    def __init__(self, size: int):
        self.size, self._data, self._lock = size, OrderedDict(), threading.Lock()

    def get(self, key):
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
        return None

    def put(self, key, value) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


class WebApp:
    """The app's state: the checker pool, the rendered-result cache, the limits."""

    def __init__(self, *, workers: int = 4, max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT_S):
        self.pool = CheckerPool(workers)
        self.workers, self.max_bytes, self.timeout = workers, max_bytes, timeout
        self.cache = _LRU(CACHE_SIZE)
        self.limiter: anyio.CapacityLimiter | None = None

    # -- running work off the event loop, bounded in number and time ----------------------------
    async def work(self, fn: Callable[[], Any]) -> Any:
        if self.limiter is None:
            self.limiter = anyio.CapacityLimiter(self.workers)
        try:
            with anyio.fail_after(self.timeout):
                return await anyio.to_thread.run_sync(fn, abandon_on_cancel=True, limiter=self.limiter)
        except TimeoutError:
            raise HTTPProblem(503, f"The request took longer than {self.timeout:.0f} s and was "
                                   f"stopped. Check a shorter text, or try again when the server is "
                                   f"less busy.", "timeout") from None

    # -- checking ---------------------------------------------------------------------------------
    async def answer(self, key: tuple, fn: Callable[[], Any]) -> Any:
        """``fn()``'s answer, kept per warehouse file: a hit is served on the event loop, with no
        thread hop; a miss is computed on a worker thread."""
        key = (*key, WarehouseVersion.current())
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        out = await self.work(fn)
        self.cache.put(key, out)
        return out

    def checked(self, item: store.Stored) -> dict:
        """The report of a stored text on the current warehouse: JSON payload and HTML body."""
        with self.pool.checker() as pooled:
            ctx = pooled.checker.ctx
            then = ctx.dated(dt.date.fromisoformat(item.as_of)) if item.as_of else None
            report = check_text(item.text, ctx, then)
            charts = claim_charts(report, ctx)
        payload = report.to_dict()
        for claim, chart in zip(payload["claims"], charts):
            claim["chart"] = chart.to_dict() if chart is not None else None
        payload = {"id": item.id, "url": f"/r/{item.id}", "built_at": pooled.built_at, **payload}
        body = report_body(report, charts, source_name=item.name)
        return {"payload": payload, "body": body, "title": f"tradecheck: {item.name or 'checked text'}",
                "json": json.dumps(payload, ensure_ascii=False).encode("utf-8")}

    def indicator(self, name: str, query: dict[str, str]) -> tuple[Any, Any, list]:
        spec = get(name)
        params = {k: v for k, v in query.items() if k not in {"as_of", "format"} and v != ""}
        as_of = query.get("as_of") or None
        with self.pool.checker() as pooled:
            ctx = pooled.checker.ctx
            if as_of:
                ctx = ctx.dated(Param("as_of", "date", "").parse(as_of))
            result = run(spec.name, ctx=ctx, **params)
            chart = result_chart(result, ctx)
        sources = " | ".join(e.cite() for e in result.all_evidence())
        table = [(p.label, p.value, p.highlight, p.source or sources) for p in chart.points] if chart \
            else ([(result.label, result.value, True, sources)] if result.value is not None else [])
        return result, chart, table

    def indicator_response(self, name: str, query: dict[str, str], fmt: str) -> tuple[bytes, str]:
        """The API's answer for one indicator query: JSON or CSV bytes and their media type."""
        result, chart, table = self.indicator(name, query)
        if fmt == "csv":
            return _csv(result, chart, table).encode("utf-8"), "text/csv; charset=utf-8"
        doc = result.to_dict()
        doc["chart"] = chart.to_dict() if chart else None
        return json.dumps(doc, default=str, ensure_ascii=False).encode("utf-8"), "application/json"


def create_app(*, workers: int = 4, max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT_S) -> Starlette:
    """The ASGI application (served by ``tradecheck serve`` with uvicorn)."""
    state = WebApp(workers=workers, max_bytes=max_bytes, timeout=timeout)

    async def home(request: Request) -> Response:
        return HTMLResponse(pages.home())

    async def check_form(request: Request) -> Response:
        await _body(request, state.max_bytes)  # bounded before the form parser reads it
        try:
            form = await request.form(max_files=1, max_fields=8, max_part_size=state.max_bytes)
        except (MultiPartException, ValueError) as exc:
            raise HTTPProblem(400, f"The form could not be read ({exc}). Paste the text into the box "
                                   f"and press Check.") from None
        text = form.get("text") or ""
        name = ""
        upload = form.get("file")
        if upload is not None and hasattr(upload, "read"):
            data = await upload.read()
            if data:
                name = upload.filename or "upload"
                text = decode(data, name, "Upload a plain text or Markdown file.")
        try:
            text = validate_text(str(text), "The text")
        except InputError as exc:
            return HTMLResponse(pages.home(str(exc), str(text)[:20000]), status_code=400)
        as_of = _as_of(form.get("as_of"))
        item = store.save(text, as_of, name)
        return RedirectResponse(f"/r/{item.id}", status_code=303)

    async def result_page(request: Request) -> Response:
        item = _stored(request.path_params["rid"])
        out = await state.answer(("checked", item.id), lambda: state.checked(item))
        return HTMLResponse(pages.result(out["body"], out["title"], item.id))

    async def api_check(request: Request) -> Response:
        body = await _body(request, state.max_bytes)
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "application/json":
            try:
                doc = json.loads(body)
            except ValueError as exc:
                raise HTTPProblem(400, f"The request body is not valid JSON ({exc}). Send "
                                       f"{{\"text\": \"…\"}}.") from None
            if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
                raise HTTPProblem(400, "Send a JSON object with a \"text\" string, e.g. "
                                       "{\"text\": \"Mexico bought $335 billion in U.S. goods in 2024.\"}.")
            text, as_of, name = doc["text"], _as_of(doc.get("as_of")), str(doc.get("name") or "")
        elif kind in {"text/plain", "text/markdown", ""}:
            text = decode(body, "The request body", "Send UTF-8 text.")
            as_of, name = _as_of(request.query_params.get("as_of")), ""
        else:
            raise HTTPProblem(415, f"Content type {kind!r} is not accepted: send application/json "
                                   f"({{\"text\": …}}) or text/plain.", "unsupported_media_type")
        item = store.save(validate_text(text, "The text"), as_of, name)
        out = await state.answer(("checked", item.id), lambda: state.checked(item))
        return Response(out["json"], media_type="application/json")

    async def api_result(request: Request) -> Response:
        item = _stored(request.path_params["rid"])
        out = await state.answer(("checked", item.id), lambda: state.checked(item))
        return Response(out["json"], media_type="application/json")

    async def api_indicators(request: Request) -> Response:
        return JSONResponse([_spec_dict(s) for s in catalogue().values()])

    async def api_indicator(request: Request) -> Response:
        name = request.path_params["name"]
        query = dict(request.query_params)
        fmt = query.get("format", "json")
        if fmt not in {"json", "csv"}:
            raise HTTPProblem(400, f"format={fmt!r} is not known: use json or csv.")
        body, media = await state.answer(("indicator", name, tuple(sorted(query.items()))),
                                         lambda: state.indicator_response(name, query, fmt))
        headers = {"Content-Disposition": f'attachment; filename="{name}.csv"'} if fmt == "csv" else None
        return Response(body, media_type=media, headers=headers)

    async def explore(request: Request) -> Response:
        specs = list(catalogue().values())
        query = {k: v for k, v in request.query_params.items()}
        name = query.pop("indicator", "exports")
        try:
            chosen = get(name)
        except UnknownIdError as exc:
            return HTMLResponse(pages.error(404, str(exc)), status_code=404)
        values = {p.name: str(p.default) if p.default is not None else "" for p in chosen.params}
        given = {k: v for k, v in query.items() if k in values or k == "as_of"}
        if not given:  # first visit to this indicator: start from example values
            for p in chosen.params:
                if not values[p.name] and p.required:
                    values[p.name] = EXAMPLES_BY_INDICATOR.get(name, {}).get(p.name, EXAMPLES.get(p.name, ""))
                    if p.name == "year" and chosen.family == "valueadded":
                        values[p.name] = "2011"
        values.update(given)
        ask = {k: v for k, v in values.items() if v != ""}
        outcome = chart = None
        table: list = []
        message, status = "", 200
        try:
            outcome, chart, table = await state.work(lambda: state.indicator(name, ask))
        except TradecheckError as exc:
            message, status = str(exc), 400
        return HTMLResponse(pages.explorer(specs, chosen, values, outcome, chart, table, message, ask),
                            status_code=status)

    async def status(request: Request) -> Response:
        def read() -> dict:
            with state.pool.checker() as pooled:
                meta = dict(pooled.checker.ctx.rows("SELECT key, value FROM meta"))
                files = pooled.checker.ctx.rows("SELECT count(*), sum(rows_loaded) FROM files")[0]
            return {"built_at": meta.get("built_at"), "tradecheck": meta.get("tradecheck"),
                    "root": meta.get("root"), "files": files[0], "rows": int(files[1] or 0)}
        return JSONResponse(await state.work(read))

    async def openapi_json(request: Request) -> Response:
        return JSONResponse(openapi())

    async def api_page(request: Request) -> Response:
        return HTMLResponse(pages.api_docs(openapi()))

    routes = [
        Route("/", home), Route("/check", check_form, methods=["POST"]),
        Route("/r/{rid}", result_page), Route("/explore", explore),
        Route("/api/check", api_check, methods=["POST"]), Route("/api/results/{rid}", api_result),
        Route("/api/indicators", api_indicators), Route("/api/indicators/{name}", api_indicator),
        Route("/api/status", status), Route("/openapi.json", openapi_json), Route("/api", api_page),
    ]
    app = Starlette(routes=routes, exception_handlers={
        HTTPProblem: _problem, TradecheckError: _package_error, 404: _not_found, 405: _not_allowed})
    app.state.web = state
    return app


# -- helpers -------------------------------------------------------------------------------------

async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 past ``limit`` bytes (without reading it all)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPProblem(413, _too_large(limit), "too_large")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPProblem(413, _too_large(limit), "too_large")
        chunks.append(chunk)
    body = b"".join(chunks)
    request._body = body  # let request.form() / json() reuse what was read
    return body


def _too_large(limit: int) -> str:
    return (f"The request is larger than {limit // 1024} KB, the limit of this server. Check a "
            f"shorter text, or use `tradecheck check FILE` (up to 5 MB).")


def _as_of(value) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise HTTPProblem(400, f"as_of={value!r} is not a date: use YYYY-MM-DD.") from None


def _stored(rid: str) -> store.Stored:
    item = store.load(rid)
    if item is None:
        raise HTTPProblem(404, f"No checked text has the id {rid!r}. Check the address, or check "
                               f"the text again at /.", "not_found")
    return item


def _spec_dict(s) -> dict:
    return {"name": s.name, "title": s.title, "description": s.description, "unit": s.unit,
            "family": s.family, "url": f"/api/indicators/{s.name}",
            "params": [{"name": p.name, "type": p.type, "help": p.help, "required": p.required,
                        "default": p.default, "choices": list(p.choices)} for p in s.params]}


def _csv(result, chart, table) -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["indicator", "label", "item", "value", "unit", "highlighted", "sources"])
    unit = chart.unit if chart else result.unit
    for label, value, highlight, source in table:
        w.writerow([result.indicator, result.label, label, repr(float(value)), unit,
                    "yes" if highlight else "", source])
    return out.getvalue()


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def _respond(request: Request, status: int, kind: str, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": {"type": kind, "message": message}}, status_code=status)
    return HTMLResponse(pages.error(status, message), status_code=status)


async def _problem(request: Request, exc: HTTPProblem) -> Response:
    return _respond(request, exc.status, exc.kind, exc.message)


async def _package_error(request: Request, exc: TradecheckError) -> Response:
    if isinstance(exc, NotBuiltError):
        status = 503
    elif isinstance(exc, UnknownIdError) and exc.kind == "indicator":
        status = 404
    elif isinstance(exc, (InputError, ConfigError, UnknownIdError)):
        status = 400
    else:
        status = 500
    return _respond(request, status, type(exc).__name__, str(exc))


async def _not_found(request: Request, exc) -> Response:
    return _respond(request, 404, "not_found", f"Nothing at {request.url.path}. See /api for the "
                                               f"API and / to check a text.")


async def _not_allowed(request: Request, exc) -> Response:
    return _respond(request, 405, "method_not_allowed",
                    f"{request.method} is not allowed on {request.url.path}.")
