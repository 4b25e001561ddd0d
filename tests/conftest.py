"""Shared test paths and fixtures.

``SHARED_DATA`` is the read-only mirror of official files beside the checkout; ``FIXTURE_MIRROR`` is
our tiny mirror in the publishers' own formats and file names (tests/fixtures/mirror/...).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The claims modules open their store of compiled patterns (under the home) when first imported, at
# collection, before any fixture runs: the session gets a home of its own for that, never the
# user's. The clean-up is registered before the store's save, so it runs after it.
_SESSION_HOME = tempfile.mkdtemp(prefix="tradecheck-tests-")
os.environ["TRADECHECK_HOME"] = _SESSION_HOME
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(
    os.environ.get("TRADECHECK_TEST_SHARED", ROOT.parent / "shared" / "data")
).resolve()
FIXTURE_MIRROR = ROOT / "tests" / "fixtures" / "mirror"


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.fail(f"the shared mirror {SHARED_DATA} is missing; tests read the official files there")
    return SHARED_DATA


@pytest.fixture
def fixture_mirror() -> Path:
    return FIXTURE_MIRROR


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """No test reads or writes the user's real tradecheck home, nor a mirror from the environment."""
    monkeypatch.setenv("TRADECHECK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("TRADECHECK_MIRROR", raising=False)


@pytest.fixture(scope="session")
def built_home(tmp_path_factory) -> Path:
    """A warehouse built once per test session from the real shared mirror."""
    from unittest import mock

    if not SHARED_DATA.is_dir():
        pytest.fail(f"the shared mirror {SHARED_DATA} is missing")
    home = tmp_path_factory.mktemp("real-home")
    with mock.patch.dict(os.environ, {"TRADECHECK_HOME": str(home)}):
        from tradecheck.api import build

        build(SHARED_DATA)
    return home


@pytest.fixture
def real_home(built_home, monkeypatch) -> Path:
    """Point TRADECHECK_HOME at the session's real warehouse (read it, do not rebuild it)."""
    monkeypatch.setenv("TRADECHECK_HOME", str(built_home))
    return built_home


@pytest.fixture
def ctx(real_home):
    """An indicator context on the session's real warehouse, closed after the test."""
    from tradecheck.indicators import open_context

    c = open_context()
    yield c
    c.con.close()


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def serve():
    """Start ``tradecheck serve`` (a real server, in its own process) on a home; returns its URL."""
    import os
    import subprocess
    import sys
    import time

    import httpx

    started = []

    def start(home: Path, *args: str) -> str:
        port = free_port()
        env = {**os.environ, "TRADECHECK_HOME": str(home)}
        proc = subprocess.Popen([sys.executable, "-m", "tradecheck.cli", "serve", "--port", str(port),
                                 *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        started.append(proc)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"tradecheck serve exited: {proc.stdout.read().decode()}")
            try:
                httpx.get(url + "/api/status", timeout=2)
                return url
            except httpx.TransportError:
                time.sleep(0.1)
        pytest.fail("tradecheck serve did not answer within 30 s")

    yield start
    for proc in started:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture
def require_browser():
    """Tests that drive Chromium: skipped where none is installed, unless CI requires it
    (``.ci/run`` installs Debian's chromium and sets TRADECHECK_REQUIRE_BROWSER=1)."""
    import os

    from tradecheck.report.pdf import find_chromium

    if find_chromium() is None:
        if os.environ.get("TRADECHECK_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required (TRADECHECK_REQUIRE_BROWSER is set) but not installed")
        pytest.skip("no Chromium installed (.ci/run installs it)")
