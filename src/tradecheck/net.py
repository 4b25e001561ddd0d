"""The one module that touches the network: downloads with retries, timeouts, checksums and a log.

Files land in a cache laid out like the mirror (``<cache>/<source folder>/<publisher's file name>``)
and are written atomically (``.part`` then rename), each with a ``.sha256`` sidecar so that a cached
file is verified before it is trusted again. Every request is appended to ``downloads.log`` (JSON
lines: when, url, status, bytes, sha256, attempts, error). Tests pass an ``httpx.MockTransport``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import urljoin

import httpx

from . import settings
from .catalogue import FileSpec
from .errors import ChecksumError, FetchError

__all__ = ["Fetcher", "FetchResult", "sha256_file"]

#: Folder (beside a cached file) where earlier releases are kept when a newer download replaces
#: them: ``<folder>/.releases/<YYYYMMDD>-<sha256[:12]>/<file name>``.
RELEASES = ".releases"
RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}
USER_AGENT = "tradecheck/0.1 (+https://pypi.org/project/tradecheck/)"


@dataclass(frozen=True)
class FetchResult:
    url: str
    path: Path
    sha256: str
    bytes: int
    cached: bool
    retrieved_at: dt.datetime


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Fetcher:
    """Downloads official files.

    Parameters:
        log_path: where the download log is appended (default ``<cache>/downloads.log``).
        transport: an ``httpx`` transport (tests pass ``httpx.MockTransport``).
        retries, timeout: default to the ``http_retries`` / ``http_timeout`` settings.
        backoff: seconds before the first retry, doubled each time (``Retry-After`` wins).
        refresh: download again even when a verified cached copy exists.
    """

    def __init__(
        self,
        log_path: Path | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        retries: int | None = None,
        timeout: float | None = None,
        backoff: float = 1.0,
        refresh: bool = False,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.log_path = log_path or settings.cache_dir() / "downloads.log"
        self.retries = int(settings.get("http_retries") if retries is None else retries)
        self.backoff, self.refresh, self.sleep = backoff, refresh, sleep
        timeout = float(settings.get("http_timeout") if timeout is None else timeout)
        self.client = httpx.Client(
            transport=transport, timeout=timeout, follow_redirects=True,
            headers={"User-Agent": USER_AGENT},
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- requests -------------------------------------------------------------------------------
    def _request(self, url: str) -> httpx.Response:
        """GET ``url``, retrying transport errors and retryable statuses; log every attempt."""
        error = ""
        for attempt in range(1, self.retries + 2):
            try:
                response = self.client.get(url)
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"
                self._log(url, None, attempt, error=error)
            else:
                if response.status_code < 400:
                    return response
                error = f"HTTP {response.status_code} {response.reason_phrase}"
                self._log(url, response.status_code, attempt, error=error)
                if response.status_code not in RETRY_STATUS:
                    break
                wait = _retry_after(response)
                if wait is not None and attempt <= self.retries:
                    self.sleep(wait)
                    continue
            if attempt <= self.retries:
                self.sleep(self.backoff * 2 ** (attempt - 1))
        raise FetchError(
            f"Download of {redact(url)} failed after {attempt} attempt(s): {error}. Check the network "
            f"(or the publisher's site), then run the build again; or build offline from a mirror "
            f"with `tradecheck build --mirror DIR`."
        )

    def get_text(self, url: str) -> str:
        response = self._request(url)
        self._log(url, response.status_code, None, size=len(response.content))
        return response.text

    def get_json(self, url: str) -> object:
        text = self.get_text(url)
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise FetchError(f"{url} did not answer JSON ({exc}); it began {text[:120]!r}.") from None

    # -- files ----------------------------------------------------------------------------------
    def download(self, url: str, dest: Path, expected_sha256: str | None = None) -> FetchResult:
        """Download ``url`` to ``dest`` unless a verified copy is cached there.

        Raises:
            FetchError: the download failed after its retries.
            ChecksumError: the bytes differ from ``expected_sha256``.
        """
        cached = self.cached(dest, expected_sha256)
        if cached is not None:
            return cached
        response = self._request(url)
        return self.save(url, dest, response.content, expected_sha256)

    def save(self, url: str, dest: Path, content: bytes, expected_sha256: str | None = None) -> FetchResult:
        """Write downloaded bytes atomically with their checksum sidecar, and log them."""
        digest = hashlib.sha256(content).hexdigest()
        if expected_sha256 and digest != expected_sha256:
            self._log(url, 200, None, size=len(content), sha256=digest, error="checksum mismatch")
            raise ChecksumError(
                f"{url} gave bytes with sha256 {digest}, expected {expected_sha256}. The file may be "
                f"truncated or replaced by a newer release; run again, or drop the pinned checksum."
            )
        dest.parent.mkdir(parents=True, exist_ok=True)
        _keep_previous_release(dest, digest)
        part = dest.with_name(dest.name + ".part")
        part.write_bytes(content)
        os.replace(part, dest)
        _sidecar(dest).write_text(f"{digest}  {dest.name}\n{url}\n")
        now = dt.datetime.now(dt.timezone.utc)
        self._log(url, 200, None, size=len(content), sha256=digest, path=str(dest))
        return FetchResult(url, dest, digest, len(content), False, now)

    def cached(self, dest: Path, expected_sha256: str | None = None) -> FetchResult | None:
        """A cached copy of ``dest`` whose bytes still match its sidecar (and the pin), else None."""
        side = _sidecar(dest)
        if self.refresh or not dest.exists() or not side.exists():
            return None
        recorded, _, rest = side.read_text().partition("  ")
        digest = sha256_file(dest)
        if digest != recorded or (expected_sha256 and digest != expected_sha256):
            return None
        url = rest.splitlines()[1] if len(rest.splitlines()) > 1 else ""
        stamp = dt.datetime.fromtimestamp(dest.stat().st_mtime, dt.timezone.utc)
        return FetchResult(url, dest, digest, dest.stat().st_size, True, stamp)

    def discover(self, page: str, link: str) -> str:
        """The address of the first link on ``page`` whose href matches the regex ``link``."""
        html = self.get_text(page)
        for href in re.findall(r"""href\s*=\s*["']([^"']+)["']""", html, flags=re.I):
            if re.search(link, href):
                return urljoin(page, href)
        raise FetchError(
            f"No link matching {link!r} on {page}. The publisher may have renamed the file or "
            f"moved the page; look at the page and update the catalogue entry."
        )

    def fetch_spec(self, spec: FileSpec, dest: Path) -> FetchResult:
        """Download one catalogue file to ``dest``, finding its link or unzipping as it says."""
        cached = self.cached(dest)
        if cached is not None:
            return cached
        url = spec.url or self.discover(spec.page or "", spec.link or "")
        if not spec.zip_member:
            return self.download(url, dest)
        response = self._request(url)
        try:
            with zipfile.ZipFile(io.BytesIO(response.content)) as zf:
                content = zf.read(spec.zip_member)
        except (zipfile.BadZipFile, KeyError) as exc:
            raise FetchError(f"{url} is not a zip holding {spec.zip_member!r} ({exc}).") from None
        return self.save(url, dest, content)

    def _log(self, url: str, status: int | None, attempt: int | None, **extra) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        entry = {"at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                 "url": redact(url),
                 "status": status, "attempt": attempt, **extra}
        with open(self.log_path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry) + "\n")


def redact(url: str) -> str:
    """``url`` with the value of any ``key=`` (API key) parameter hidden, for logs and messages."""
    return re.sub(r"([?&]key=)[^&]*", r"\1REDACTED", url)


def _keep_previous_release(dest: Path, digest: str) -> None:
    """Move a cached file aside (with its sidecar and mtime) before other bytes replace it."""
    if not dest.exists() or sha256_file(dest) == digest:
        return
    old = sha256_file(dest)
    day = dt.datetime.fromtimestamp(dest.stat().st_mtime, dt.timezone.utc).strftime("%Y%m%d")
    keep = dest.parent / RELEASES / f"{day}-{old[:12]}"
    keep.mkdir(parents=True, exist_ok=True)
    os.replace(dest, keep / dest.name)
    if _sidecar(dest).exists():
        os.replace(_sidecar(dest), keep / _sidecar(dest).name)


def _sidecar(dest: Path) -> Path:
    return dest.with_name(dest.name + ".sha256")


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    return min(float(value), 120.0) if value.isdigit() else None

