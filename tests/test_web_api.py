"""The web app's JSON API and pages, in process (Starlette's test client), on the real warehouse."""

from __future__ import annotations

import csv
import io

import anyio
import httpx
import pytest

from conftest import SHARED_DATA
from tradecheck.indicators import catalogue
from tradecheck.web import create_app

SEED_PATH = SHARED_DATA.parent / "examples" / "seed-op-ed.txt"


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


class AppClient:
    """A synchronous client calling the ASGI app in process (no redirects followed)."""

    def __init__(self, app):
        self.app = app

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def request(self, method: str, url: str, **kw) -> httpx.Response:
        async def go():
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
                return await c.request(method, url, **kw)
        return anyio.run(go)

    def get(self, url: str, **kw) -> httpx.Response:
        return self.request("GET", url, **kw)

    def post(self, url: str, **kw) -> httpx.Response:
        return self.request("POST", url, **kw)


@pytest.fixture
def client(real_home):
    return AppClient(create_app())


def test_api_check_returns_the_reports_claims_charts_and_a_stable_address(seed, client):
    import tradecheck

    expected = tradecheck.check(seed)
    r = client.post("/api/check", json={"text": seed, "name": "seed-op-ed.txt"})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert [(c["start"], c["end"], c["verdict"]) for c in doc["claims"]] == \
        [(c.claim.start, c.claim.end, c.verdict) for c in expected.claims]
    assert sum(c["chart"] is not None for c in doc["claims"]) >= 8
    again = client.post("/api/check", json={"text": seed, "name": "seed-op-ed.txt"}).json()
    assert again["id"] == doc["id"] and doc["url"] == f"/r/{doc['id']}"
    assert client.get(f"/api/results/{doc['id']}").json()["claims"] == doc["claims"]
    page = client.get(doc["url"])
    assert page.status_code == 200 and page.text.count('<mark class="claim') == len(expected.claims)


def test_api_check_accepts_plain_text_and_an_as_of_date(client):
    r = client.post("/api/check?as_of=2023-04-01", content="In 2022, Mexico bought $324.4 billion in U.S. goods.",
                    headers={"content-type": "text/plain"})
    assert r.status_code == 200, r.text
    assert r.json()["as_of"] == "2023-04-01"


@pytest.mark.parametrize("body, headers, status, words", [
    (b"{not json", {"content-type": "application/json"}, 400, "not valid JSON"),
    (b'{"txt": "x"}', {"content-type": "application/json"}, 400, '"text" string'),
    (b'{"text": "   "}', {"content-type": "application/json"}, 400, "empty"),
    (b'{"text": "Mexico bought $1 billion.", "as_of": "2023-02-30"}', {"content-type": "application/json"},
     400, "not a date"),
    (b"\x00\x01binary", {"content-type": "text/plain"}, 400, "binary"),
    (b"\xff\xfe caf\xe9", {"content-type": "text/plain"}, 400, "not UTF-8"),
    (b"<x/>", {"content-type": "application/xml"}, 415, "not accepted"),
])
def test_api_check_refuses_bad_input_with_a_clear_4xx(client, body, headers, status, words):
    r = client.post("/api/check", content=body, headers=headers)
    assert r.status_code == status
    assert words in r.json()["error"]["message"]


def test_request_size_is_limited(real_home):
    with AppClient(create_app(max_bytes=2000)) as c:
        r = c.post("/api/check", json={"text": "Mexico bought $335 billion. " * 200})
    assert r.status_code == 413
    assert "limit of this server" in r.json()["error"]["message"]


def test_request_time_is_limited(seed, real_home):
    with AppClient(create_app(timeout=0.001)) as c:
        r = c.post("/api/check", json={"text": seed})
    assert r.status_code == 503
    assert "took longer than" in r.json()["error"]["message"]


def test_indicator_api_gives_the_figure_its_evidence_and_chart(client):
    r = client.get("/api/indicators/exports", params={"partner": "Mexico", "period": "2024"})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["value"] == 334_031_930_350
    assert doc["evidence"][0]["path"] == "census_intltrade/exports_hs/2024.json"
    assert [p["label"] for p in doc["chart"]["points"] if p["highlight"]] == ["2024"]


def test_indicator_api_as_of_uses_the_releases_of_then(client):
    now = client.get("/api/indicators/exports", params={"partner": "Mexico", "period": "2022"}).json()
    then = client.get("/api/indicators/exports",
                      params={"partner": "Mexico", "period": "2022", "as_of": "2023-04-01"}).json()
    assert round(then["value"] / 1e9, 2) == 324.38  # FT-900, March 2023
    assert then["value"] != now["value"]


def test_indicator_csv_has_one_row_per_chart_point_each_with_its_source(client):
    r = client.get("/api/indicators/exports", params={"partner": "Canada", "period": "2024", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) >= 10
    latest = next(row for row in rows if row["highlighted"] == "yes")
    assert latest["item"] == "2024" and float(latest["value"]) == pytest.approx(349_908_153_123)
    assert all(row["sources"] for row in rows)


@pytest.mark.parametrize("path, params, status, words", [
    ("/api/indicators/exprots", {}, 404, "Did you mean 'exports'"),
    ("/api/indicators/exports", {"partner": "Mexico"}, 400, "needs --period"),
    ("/api/indicators/exports", {"partner": "Mexcio", "period": "2024"}, 400, "Mexico"),
    ("/api/indicators/exports", {"partner": "Mexico", "period": "2024-13"}, 400, "2024-13"),
    ("/api/indicators/exports", {"partner": "Mexico", "period": "2024", "colour": "red"}, 400, "colour"),
    ("/api/indicators/exports", {"partner": "Mexico", "period": "2024", "format": "xml"}, 400, "json or csv"),
    ("/api/results/0123456789abcdef", {}, 404, "No checked text"),
    ("/api/nothing", {}, 404, "Nothing at"),
])
def test_bad_parameters_get_a_clear_4xx(client, path, params, status, words):
    r = client.get(path, params=params)
    assert r.status_code == status, r.text
    assert words in r.json()["error"]["message"]


def test_user_text_never_reaches_sql(client, real_home):
    hostile = "Mexico'); DROP TABLE trade; --"
    r = client.get("/api/indicators/exports", params={"partner": hostile, "period": "2024"})
    assert r.status_code == 400
    assert client.get("/api/indicators/exports", params={"partner": "Mexico", "period": "2024"}).status_code == 200


def test_openapi_documents_the_check_and_every_indicator(client):
    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    assert "/api/check" in doc["paths"]
    for name, spec in catalogue().items():
        op = doc["paths"][f"/api/indicators/{name}"]["get"]
        assert {p["name"] for p in op["parameters"]} == {p.name for p in spec.params} | {"as_of", "format"}
    assert "POST /api/check" in client.get("/api").text


def test_form_post_stores_the_text_and_redirects_to_its_address(seed, client):
    r = client.post("/check", files={"file": ("op-ed.md", seed.encode("utf-8"), "text/markdown")},
                    data={"text": "", "as_of": ""})
    assert r.status_code == 303
    page = client.get(r.headers["location"])
    assert page.status_code == 200 and "op-ed.md" in page.text


def test_form_post_of_an_empty_text_shows_the_form_again_with_the_reason(client):
    r = client.post("/check", data={"text": "  "})
    assert r.status_code == 400 and "empty" in r.text and "<textarea" in r.text


def test_explorer_shows_a_figure_chart_table_and_csv_link(client):
    r = client.get("/explore", params={"indicator": "trade_rank", "partner": "Mexico", "period": "2024"})
    assert r.status_code == 200
    assert "#2" in r.text and "<svg" in r.text and "format=csv" in r.text
    assert client.get("/explore", params={"indicator": "nope"}).status_code == 404


def test_without_a_warehouse_the_api_says_to_build_one(tmp_path):
    with AppClient(create_app()) as c:
        r = c.get("/api/status")
    assert r.status_code == 503 and "tradecheck build" in r.json()["error"]["message"]
