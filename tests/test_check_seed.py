"""The seed op-ed, claim by claim (table: tests/claims/seed.tsv)."""

from __future__ import annotations

import csv

import pytest

from conftest import ROOT, SHARED_DATA

SEED = (SHARED_DATA.parent / "examples" / "seed-op-ed.txt")
ROWS = list(csv.DictReader(open(ROOT / "tests/claims/seed.tsv", encoding="utf-8"), delimiter="\t"))


@pytest.fixture(scope="module")
def report(built_home):
    import os
    from unittest import mock

    from tradecheck.claims import Checker

    with mock.patch.dict(os.environ, {"TRADECHECK_HOME": str(built_home)}):
        with Checker() as checker:
            yield checker.check(SEED.read_text(encoding="utf-8"))


def _find(report, needle):
    text = report.text
    start = text.index(needle)
    end = start + len(needle)
    hits = [c for c in report.claims if c.claim.start < end and start < c.claim.end]
    return hits


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_every_seed_claim_is_found_with_its_verdict(report, row):
    hits = _find(report, row["claim"])
    assert hits, f"claim not found: {row['claim']!r}"
    # overlapping claims (a record and a change in one sentence) each answer their own part
    assert any(h.verdict == row["verdict"] for h in hits), [(h.claim.text, h.verdict) for h in hits]


def test_no_claim_outside_the_table(report):
    text = report.text
    spans = [(text.index(r["claim"]), text.index(r["claim"]) + len(r["claim"])) for r in ROWS]
    stray = [c.claim.text for c in report.claims
             if not any(c.claim.start < b and a < c.claim.end for a, b in spans)]
    assert not stray


def test_offsets_point_into_the_text(report):
    for c in report.claims:
        assert report.text[c.claim.start:c.claim.end] == c.claim.text


def test_corrections_and_evidence(report):
    (c,) = _find(report, "$335 billion")
    assert c.correction == ("Mexico bought $334.0 billion of U.S. goods in 2024, second to Canada "
                            "($349.9 billion).")
    assert any("census_intltrade/exports_hs/2024.json" in s and "API pull, Oct 2025" in s for s in c.sources)
    (pc,) = _find(report, "over $4,000")
    assert "$3,973" in pc.official and "Canada $8,475" in pc.correction
    (rec,) = [h for h in _find(report, "recorded the lowest number of nationwide encounters")
              if h.claim.kind == "encounters_record"]
    assert "since overtaken: July 2025" in rec.explanation
    (nd,) = _find(report, "nearly 258 kilograms of fentanyl")
    assert nd.verdict == "no_data" and "Mexican government" in nd.explanation


def test_both_definitions_of_the_next_ten_are_evaluated(report):
    (c,) = _find(report, "than the next 10 trading partners combined")
    names = [r.name for r in c.readings]
    assert any("ranked by exports" in n for n in names) and any("ranked by total trade" in n for n in names)
    assert "also evaluated" in c.definition
    assert [r.verdict for r in c.readings] == ["contradicted", "supported"] and c.verdict == "depends"
