"""Shared test paths and fixtures.

``SHARED_DATA`` is the read-only mirror of official files beside the checkout; ``FIXTURE_MIRROR`` is
our tiny mirror in the publishers' own formats and file names (tests/fixtures/mirror/...).
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(
    __import__("os").environ.get("TRADECHECK_TEST_SHARED", ROOT.parent / "shared" / "data")
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
    import os
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
