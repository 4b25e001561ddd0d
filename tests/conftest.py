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
