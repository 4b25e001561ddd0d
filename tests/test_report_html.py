"""The HTML report and its charts, on the real warehouse and the seed op-ed."""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from conftest import SHARED_DATA
from tradecheck.cli import main

SEED = SHARED_DATA.parent / "examples" / "seed-op-ed.txt"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def checked(built_home):
    from unittest import mock

    from tradecheck.claims import Checker
    from tradecheck.report import claim_charts

    with mock.patch.dict(os.environ, {"TRADECHECK_HOME": str(built_home)}), Checker() as checker:
        report = checker.check(SEED.read_text(encoding="utf-8"))
        yield report, claim_charts(report, checker.ctx)


def _chart_of(checked, needle):
    report, charts = checked
    for claim, chart in zip(report.claims, charts):
        if needle in claim.claim.text:
            return claim, chart
    raise AssertionError(f"no claim with {needle!r}")


def test_trade_claim_chart_is_the_partners_series_with_the_year_and_the_claim_marked(checked):
    _, chart = _chart_of(checked, "$335 billion")
    assert chart.kind == "series" and chart.unit == "USD"
    marked = [p for p in chart.points if p.highlight]
    assert [p.label for p in marked] == ["2024"]
    assert marked[0].value == pytest.approx(334_031_930_350)
    # earlier years come from the FT-900 workbook, later ones from the API pull: each cites its own
    by_year = {p.label: p for p in chart.points}
    assert "census_ft900/country.xlsx" in by_year["2012"].source
    assert "exports_hs/2024.json" in by_year["2024"].source
    assert [(ln.role, ln.value) for ln in chart.lines] == [("claimed", 335e9)]


def test_rank_claim_chart_is_the_ranking_with_the_partner_highlighted(checked):
    _, chart = _chart_of(checked, "most important consumer")
    assert chart.kind == "bars"
    assert chart.points[0].label == "1. Canada" and not chart.points[0].highlight
    assert chart.points[1].label == "2. Mexico" and chart.points[1].highlight


def test_encounters_change_chart_draws_the_average_and_the_claimed_level(checked):
    _, chart = _chart_of(checked, "90% lower")
    june = [p for p in chart.points if p.highlight]
    assert [(p.label, p.value) for p in june] == [("Jun 2025", 25185)]
    average = next(ln for ln in chart.lines if ln.role == "reference")
    assert average.value == pytest.approx(228_024.58, abs=0.01)
    claimed = next(ln for ln in chart.lines if ln.role == "claimed")
    assert claimed.value == pytest.approx(average.value * 0.10)


def test_group_comparison_chart_shows_both_rankings(checked):
    _, chart = _chart_of(checked, "next 10 trading partners")
    values = {round(p.value / 1e9, 2) for p in chart.points}
    assert {683.94, 711.53, 645.15} <= values


def test_no_data_claims_have_no_chart(checked):
    report, charts = checked
    for claim, chart in zip(report.claims, charts):
        if claim.verdict == "no_data" and not any(r.results for r in claim.readings):
            assert chart is None


def test_svg_is_well_formed_with_one_focusable_titled_element_per_point(checked):
    from tradecheck.report.svg import render

    _, charts = checked
    drawn = [c for c in charts if c is not None]
    assert len(drawn) >= 8
    for i, chart in enumerate(drawn):
        root = ET.fromstring(render(chart, f"c{i}"))
        points = [g for g in root.iter(f"{SVG}g") if "pt" in g.get("class", "").split()]
        assert len(points) == len(chart.points)
        assert all(g.get("tabindex") == "0" and g.find(f"{SVG}title") is not None for g in points)
        assert sum("hl" in g.get("class").split() for g in points) == sum(p.highlight for p in chart.points)


class _Scan(HTMLParser):
    def __init__(self):
        super().__init__()
        self.marks, self.external, self.svgs, self.cards = [], [], 0, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "mark":
            self.marks.append((int(a["data-start"]), int(a["data-end"]), a["data-verdict"]))
        if tag == "svg":
            self.svgs += 1
        if tag == "article" and "claim-card" in a.get("class", ""):
            self.cards += 1
        for key in ("src", "href"):
            if a.get(key, "").startswith(("http:", "https:", "//")):
                self.external.append((tag, a[key]))


def test_check_html_writes_a_self_contained_report(real_home, tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["check", str(SEED), "--json", "--html", str(out)])
    assert result.exit_code == 1, result.output
    claims = json.loads(result.stdout)["claims"]
    scan = _Scan()
    scan.feed(out.read_text("utf-8"))
    assert scan.external == []  # no CDN, no fonts from the network: opens offline
    assert "<script src" not in out.read_text("utf-8")
    assert scan.cards == len(claims)
    assert sorted(scan.marks) == sorted((c["start"], c["end"], c["verdict"]) for c in claims)
    assert scan.svgs >= 8
    text = out.read_text("utf-8")
    assert "Mexico bought $334.0 billion of U.S. goods in 2024" in text  # the correction
    assert re.search(r"census_intltrade/exports_hs/2024\.json.*API pull, Oct 2025, published 2025-10-15", text)


def test_check_pdf_without_a_browser_says_what_to_do(real_home, tmp_path, monkeypatch):
    monkeypatch.setenv("TRADECHECK_CHROMIUM", str(tmp_path / "no-such-browser"))
    result = CliRunner().invoke(main, ["check", str(SEED), "--pdf", str(tmp_path / "r.pdf")])
    assert result.exit_code == 2
    assert "--pdf needs Chromium" in result.output and "Traceback" not in result.output


def test_check_pdf_prints_the_report(real_home, tmp_path, require_browser):
    out = tmp_path / "r.pdf"
    result = CliRunner().invoke(main, ["check", str(SEED), "--pdf", str(out)])
    assert result.exit_code == 1, result.output
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 50_000

