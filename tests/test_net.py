"""The download path, against a mock transport: never the internet."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import httpx
import pytest

from tradecheck.catalogue import FileSpec, source_meta
from tradecheck.errors import ChecksumError, FetchError
from tradecheck.net import Fetcher
from tradecheck.sources import get


def _fetcher(tmp_path, handler, **kw):
    kw.setdefault("retries", 3)
    return Fetcher(tmp_path / "downloads.log", transport=httpx.MockTransport(handler), backoff=0,
                   sleep=lambda s: None, **kw)


def _log(tmp_path):
    return [json.loads(line) for line in (tmp_path / "downloads.log").read_text().splitlines()]


def test_download_writes_file_sidecar_and_log(tmp_path):
    body = b"Country Name,Country Code,Year,Value\nMexico,MEX,2024,130861007\n"
    fetcher = _fetcher(tmp_path, lambda request: httpx.Response(200, content=body))
    dest = tmp_path / "cache" / "worldbank_population" / "population.csv"
    result = fetcher.download("https://datahub.io/core/population/r/population.csv", dest)
    assert dest.read_bytes() == body
    assert result.sha256 == hashlib.sha256(body).hexdigest() and not result.cached
    assert (dest.parent / "population.csv.sha256").read_text().startswith(result.sha256)
    entry = _log(tmp_path)[-1]
    assert entry["status"] == 200 and entry["sha256"] == result.sha256 and entry["size"] == len(body)


def test_cached_copy_is_reused_and_verified(tmp_path):
    calls = []

    def handler(request):
        calls.append(request.url)
        return httpx.Response(200, content=b"v%d" % len(calls))

    fetcher = _fetcher(tmp_path, handler)
    dest = tmp_path / "f.csv"
    fetcher.download("https://example.gov/f.csv", dest)
    again = fetcher.download("https://example.gov/f.csv", dest)
    assert again.cached and len(calls) == 1
    dest.write_bytes(b"tampered")  # a damaged cache entry is downloaded again, not trusted
    fresh = fetcher.download("https://example.gov/f.csv", dest)
    assert not fresh.cached and dest.read_bytes() == b"v2" and len(calls) == 2


def test_retries_transient_failures_then_succeeds(tmp_path):
    answers = iter([httpx.Response(503), httpx.Response(429, headers={"Retry-After": "2"}),
                    httpx.Response(200, content=b"ok")])
    waits = []
    fetcher = Fetcher(tmp_path / "downloads.log", transport=httpx.MockTransport(lambda r: next(answers)),
                      retries=3, backoff=0.5, sleep=waits.append)
    fetcher.download("https://example.gov/x", tmp_path / "x")
    assert (tmp_path / "x").read_bytes() == b"ok"
    assert waits == [0.5, 2.0]  # exponential backoff, then the server's Retry-After
    assert [e["status"] for e in _log(tmp_path)] == [503, 429, 200]


def test_connection_errors_are_retried_and_reported(tmp_path):
    def handler(request):
        raise httpx.ConnectError("connection refused", request=request)

    fetcher = _fetcher(tmp_path, handler, retries=2)
    with pytest.raises(FetchError, match=r"https://example.gov/x failed after 3 attempt\(s\).*ConnectError.*--mirror"):
        fetcher.download("https://example.gov/x", tmp_path / "x")
    assert not (tmp_path / "x").exists()
    assert len(_log(tmp_path)) == 3


def test_client_errors_are_not_retried(tmp_path):
    calls = []
    fetcher = _fetcher(tmp_path, lambda r: calls.append(r) or httpx.Response(404))
    with pytest.raises(FetchError, match="HTTP 404"):
        fetcher.download("https://example.gov/missing.csv", tmp_path / "m.csv")
    assert len(calls) == 1


def test_pinned_checksum_mismatch_keeps_no_file(tmp_path):
    fetcher = _fetcher(tmp_path, lambda r: httpx.Response(200, content=b"truncated"))
    with pytest.raises(ChecksumError, match="expected 0{64}"):
        fetcher.download("https://example.gov/x", tmp_path / "x", expected_sha256="0" * 64)
    assert not (tmp_path / "x").exists()


def test_link_discovery_follows_the_publishers_page(tmp_path):
    page = ('<html><a href="/document/stats/nationwide-drugs-fy23-fy26-dec.csv">CSV</a>'
            '<a href="/other.pdf">PDF</a></html>')

    def handler(request):
        if request.url.path == "/newsroom/stats/drug-seizure-statistics":
            return httpx.Response(200, text=page)
        if request.url.path == "/document/stats/nationwide-drugs-fy23-fy26-dec.csv":
            return httpx.Response(200, content=b"FY,Month (abbv)\n")
        return httpx.Response(404)

    fetcher = _fetcher(tmp_path, handler)
    spec = source_meta("cbp_drug_seizures").files[1]
    result = fetcher.fetch_spec(spec, tmp_path / spec.path)
    assert result.url == "https://www.cbp.gov/document/stats/nationwide-drugs-fy23-fy26-dec.csv"
    assert (tmp_path / spec.path).read_bytes() == b"FY,Month (abbv)\n"


def test_link_discovery_names_the_page_when_the_link_is_gone(tmp_path):
    fetcher = _fetcher(tmp_path, lambda r: httpx.Response(200, text="<html>moved</html>"))
    spec = source_meta("cbp_drug_seizures").files[1]
    with pytest.raises(FetchError, match="No link matching .* on https://www.cbp.gov/newsroom/stats/drug-seizure-statistics"):
        fetcher.fetch_spec(spec, tmp_path / spec.path)


def test_zip_member_is_extracted(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("2020.csv", "V1,OUT\n")
    fetcher = _fetcher(tmp_path, lambda r: httpx.Response(200, content=buf.getvalue()))
    spec = FileSpec(path="oecd_icio/ICIO2023_2020.csv", release="r", release_date=None,
                    url="https://example.org/icio.zip", zip_member="2020.csv")
    fetcher.fetch_spec(spec, tmp_path / spec.path)
    assert (tmp_path / spec.path).read_text() == "V1,OUT\n"


def test_default_source_fetch_downloads_every_catalogue_file(tmp_path):
    seen = []

    def handler(request):
        seen.append(str(request.url))
        return httpx.Response(200, content=b"fiscal_year,total_apprehensions\n2019,859501\n")

    source = get("usbp_historical")
    source.fetch(_fetcher(tmp_path, handler), tmp_path / "cache")
    assert sorted(seen) == sorted(f.url for f in source.files())
    assert all((tmp_path / "cache" / f.path).is_file() for f in source.files())


def test_api_keys_never_reach_the_log_or_messages(tmp_path):
    fetcher = _fetcher(tmp_path, lambda r: httpx.Response(500), retries=0)
    with pytest.raises(FetchError) as info:
        fetcher.get_text("https://api.census.gov/data/x?get=A&key=s3cret&YEAR=2024")
    assert "s3cret" not in str(info.value) and "key=REDACTED&YEAR=2024" in str(info.value)
    assert "s3cret" not in (tmp_path / "downloads.log").read_text()
