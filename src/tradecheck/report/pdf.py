"""``--pdf``: the HTML report printed to PDF by a headless Chromium, when one is installed.

A browser prints the report exactly as it is shown (fonts, inline SVG charts); no PDF library
draws it as well. Without Chromium the error says how to get one, or to print the HTML instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import ConfigError

__all__ = ["find_chromium", "write_pdf"]

#: Where Debian, Ubuntu and the upstream builds put the browser.
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT_S = 60


def find_chromium() -> str | None:
    override = os.environ.get("TRADECHECK_CHROMIUM")
    if override:
        return override if Path(override).exists() else None
    return next((p for p in map(shutil.which, BROWSERS) if p), None)


def write_pdf(html: str, out: Path) -> None:
    """Print ``html`` (a self-contained page) to ``out``.

    Raises:
        ConfigError: no Chromium found, or it failed to print (its message is included).
    """
    browser = find_chromium()
    if browser is None:
        raise ConfigError(
            "--pdf needs Chromium to print the report, and none was found (looked for "
            f"{', '.join(BROWSERS)}; set TRADECHECK_CHROMIUM to its path). Install it "
            "(Debian/Ubuntu: apt install chromium), or write --html and print that from a browser."
        )
    with tempfile.TemporaryDirectory(prefix="tradecheck-pdf-") as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        target = Path(tmp) / "report.pdf"
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer",
               f"--print-to-pdf={target}", page.as_uri()]
        try:
            done = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise ConfigError(f"Chromium ({browser}) did not finish printing the PDF within "
                              f"{TIMEOUT_S} s. Write --html instead and print it from a browser.") from None
        if not target.exists() or target.stat().st_size == 0:
            detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
            raise ConfigError(f"Chromium ({browser}) could not print the PDF: {detail[0]}. "
                              f"Write --html instead and print it from a browser.")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(target), out)
