"""The web app in headless Chromium (Debian's, driven by Playwright), against a real
``tradecheck serve``. Screenshots go to ``artifacts/screenshots/`` (kept by CI as test artefacts)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from conftest import ROOT, SHARED_DATA

SEED_PATH = SHARED_DATA.parent / "examples" / "seed-op-ed.txt"
LABELS = list(csv.DictReader(io.StringIO((ROOT / "tests/claims/seed.tsv").read_text("utf-8")),
                             delimiter="\t"))
SHOTS = ROOT / "artifacts" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture
def browser(require_browser):
    from playwright.sync_api import sync_playwright

    from tradecheck.report.pdf import find_chromium

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=find_chromium(), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def site(built_home, serve):
    return serve(built_home)


def _paste_and_check(browser, site: str, text: str, width: int = 1280):
    """Open the paste page at ``width`` pixels, paste ``text``, press Check, land on the result."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(site + "/")
    page.fill("#text", text)
    page.click("#check")
    page.wait_for_url("**/r/*")
    return page


def test_paste_the_seed_op_ed_and_see_every_claim_with_its_verdict(seed, browser, site):
    page = _paste_and_check(browser, site, seed)
    page.screenshot(path=str(SHOTS / "result.png"), full_page=True)

    marks = page.eval_on_selector_all(
        "mark.claim", "ms => ms.map(m => [+m.dataset.start, +m.dataset.end, m.dataset.verdict])")
    # every labelled claim of the op-ed is highlighted in the colour of its expected verdict
    for row in LABELS:
        start = seed.index(row["claim"])
        end = start + len(row["claim"])
        over = [v for s, e, v in marks if s < end and start < e]
        assert row["verdict"] in over, (row["id"], row["claim"], over)
    colours = page.eval_on_selector_all(
        "mark.claim", "ms => ms.map(m => [m.dataset.verdict, getComputedStyle(m).backgroundColor])")
    by_verdict = {}
    for verdict, colour in colours:
        by_verdict.setdefault(verdict, set()).add(colour)
    assert all(len(c) == 1 for c in by_verdict.values())  # one colour per verdict …
    assert len({next(iter(c)) for c in by_verdict.values()}) == len(by_verdict)  # … each its own

    # follow a highlighted claim: its evidence panel opens, with its chart drawn
    mark = page.locator("mark.claim", has_text="$335 billion")
    mark.locator("a").click()
    card = page.locator(f"#c{mark.get_attribute('id')[1:]}")
    assert card.locator("details").evaluate("d => d.open")
    chart = card.locator("svg.chart")
    chart.wait_for(state="visible")
    box = chart.bounding_box()
    assert box["width"] > 200 and box["height"] > 100
    assert chart.locator(".pt").count() >= 10
    assert "$334.0 billion" in card.inner_text()
    # hovering a point shows its exact value
    chart.locator(".pt.hl").hover()
    assert page.locator(".tip").inner_text() == "2024: $334.03 billion"
    card.screenshot(path=str(SHOTS / "evidence-panel.png"))


def test_keyboard_reaches_the_evidence_and_the_chart_points(browser, site):
    page = _paste_and_check(browser, site, "In 2024, Mexico bought $335 billion in U.S. goods.")
    page.focus("mark.claim a")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('#c1 details').open")
    page.focus("#c1 svg.chart .pt.hl")
    assert "2024" in page.locator(".tip").inner_text()


def test_explorer_page_shows_figure_chart_and_csv(browser, site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site + "/explore")
    page.select_option("#indicator", "trade_rank")
    page.wait_for_url("**/explore?indicator=trade_rank*")
    page.fill("#p-partner", "Mexico")
    page.fill("#p-period", "2023")
    page.select_option("#p-flow", "imports")
    page.click("#explore button[type=submit]")
    page.wait_for_url("**period=2023*")
    assert page.inner_text("#figure") == "#1"
    assert page.locator("#outcome svg.chart .pt.hl").count() == 1
    page.screenshot(path=str(SHOTS / "explorer.png"), full_page=True)
    with page.expect_download() as dl:
        page.click("text=Download CSV")
    assert "Mexico" in Path(dl.value.path()).read_text(encoding="utf-8")


def test_narrow_screen_has_no_sideways_scrolling(seed, browser, site):
    page = _paste_and_check(browser, site, seed, width=375)
    page.click("mark.claim >> nth=2")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.screenshot(path=str(SHOTS / "narrow.png"))
    page.goto(site + "/explore")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
