"""`tradecheck check` on bad and good inputs: clean refusals (exit 2), stdin, the JSON contract."""

from __future__ import annotations

import importlib
import json

import pytest
from click.testing import CliRunner
from conftest import ROOT

import tradecheck
from tradecheck.cli import main
from tradecheck.errors import InputError

SEED = ROOT.parent / "shared" / "examples" / "seed-op-ed.txt"
CLAIM_KEYS = {"text", "start", "end", "verdict", "claimed", "official", "definition", "sources",
              "correction", "explanation"}
SUPPORTED = "Chinese consumers spend just $100 on U.S. goods per capita."


def run(*args, **kw):
    return CliRunner().invoke(main, ["check", *args], catch_exceptions=False, **kw)


@pytest.mark.parametrize("name, content, expected", [
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b"  \n\n\t\n", "is empty"),
    ("binary.pdf", b"%PDF-1.7\n\x00\x01\x02\xff", "looks binary"),
    ("latin1.txt", "Mexico bought $335 billion in U.S. goods, señor.".encode("latin-1"), "not UTF-8"),
    ("huge.txt", b"Mexico bought $335 billion. " * (5 * 1024 * 1024 // 28 + 1), "up to 5 MB"),
])
def test_bad_files_exit_2_with_one_clear_message(real_home, tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    result = run(str(path))
    assert result.exit_code == 2, result.output
    assert expected in result.stderr and str(path) in result.stderr
    assert result.stderr.startswith("Error:") and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output and result.stdout == ""


def test_a_missing_file_exits_2(real_home, tmp_path):
    result = run(str(tmp_path / "nowhere.txt"), "--json")
    assert result.exit_code == 2
    assert "nowhere.txt does not exist" in result.stderr and "- to read standard input" in result.stderr
    assert "Traceback" not in result.output and result.stdout == ""


def test_bad_input_is_refused_before_any_warehouse_is_needed(tmp_path):
    # the test home is empty: a bad file must not trigger the first-use build
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run(str(tmp_path / "empty.txt"))
    assert result.exit_code == 2 and "is empty" in result.stderr
    assert "building" not in result.stderr


def test_dash_reads_standard_input(real_home):
    result = run("-", "--json", input=SUPPORTED)
    assert result.exit_code == 0, result.stderr
    [claim] = json.loads(result.stdout)["claims"]
    assert claim["verdict"] == "supported" and claim["text"] == SUPPORTED[claim["start"]:claim["end"]]


def test_empty_standard_input_exits_2(real_home):
    result = run("-", input="")
    assert result.exit_code == 2 and "standard input is empty" in result.stderr


def test_seed_op_ed_exits_1_with_a_table(real_home):
    result = run(str(SEED))
    assert result.exit_code == 1 and "claims checked" in result.stdout


def test_seed_op_ed_json_contract(real_home):
    text = SEED.read_text(encoding="utf-8")
    result = run(str(SEED), "--json")
    assert result.exit_code == 1, result.stderr
    document = json.loads(result.stdout)
    claims = document["claims"]
    assert claims and any(c["verdict"] != "supported" for c in claims)
    for c in claims:
        assert CLAIM_KEYS <= set(c), sorted(CLAIM_KEYS - set(c))
        assert c["text"] == text[c["start"]:c["end"]]
        assert c["verdict"] in tradecheck.claims.VERDICTS
        assert isinstance(c["sources"], list)
        if c["verdict"] == "supported":
            assert c["correction"] is None
    assert sum(document["summary"].values()) == len(claims)


@pytest.mark.parametrize("text", ["", "   \n\t"])
def test_python_api_refuses_an_empty_text(real_home, text):
    with pytest.raises(InputError, match="is empty"):
        tradecheck.check(text)


def test_python_api_refuses_a_text_over_5_mb(real_home):
    with pytest.raises(InputError, match="5 MB"):
        tradecheck.check("x" * (5 * 1024 * 1024 + 1))


def test_python_api_refuses_an_empty_text_before_needing_a_warehouse():
    with pytest.raises(InputError, match="is empty"):
        tradecheck.check("")


# A fault of the checker's own on one passage must not cost the reader the rest of the text: the passage is left
# out, named with the error, and the run says it was not all checked.
THREE = ("Mexico bought $334 billion of U.S. goods in 2024. Canada bought $349.9 billion of U.S. goods in 2024. "
         "China bought $143.5 billion of U.S. goods in 2024.")


def _failing_on(word: str, real):
    def fails(sentence, *args, **kw):
        if word in sentence.text:
            raise ZeroDivisionError("division by zero")
        return real(sentence, *args, **kw)
    return fails


def test_a_sentence_the_reader_fails_on_is_skipped_and_named(real_home, monkeypatch):
    ex = importlib.import_module("tradecheck.claims.extract")  # (the package's `extract` is the function)
    monkeypatch.setattr(ex, "_sentence_claims", _failing_on("Canada", ex._sentence_claims))
    report = tradecheck.check(THREE)
    assert [c.claim.text.split()[0] for c in report.claims] == ["Mexico", "China"]
    [skipped] = report.skipped
    assert THREE[skipped.start:skipped.end] == skipped.text and skipped.text.startswith("Canada bought")
    assert skipped.error.startswith("ZeroDivisionError: division by zero (at ") and "claims/" in skipped.error
    assert not report.all_supported and report.to_dict()["skipped"][0]["text"] == skipped.text
    with pytest.raises(ZeroDivisionError):  # without a list to record it in, the error is raised (for the tests)
        ex.extract(THREE)


def test_a_claim_the_interpreter_fails_on_is_skipped_and_the_cli_says_so(real_home, monkeypatch):
    from tradecheck.claims import report as rp

    real = rp.readings

    def fails(claim, ctx):
        if "China" in claim.text:
            raise KeyError("partner")
        return real(claim, ctx)

    monkeypatch.setattr(rp, "readings", fails)
    result = run("-", "--json", input=THREE)
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert [c["text"].split()[0] for c in document["claims"]] == ["Mexico", "Canada"]
    assert [s["text"].split()[0] for s in document["skipped"]] == ["China"]
    assert "Not checked: tradecheck failed on one passage" in result.stderr
    assert "KeyError: 'partner'" in result.stderr and "Traceback" not in result.output


def test_the_html_report_warns_of_a_skipped_passage(real_home, monkeypatch, tmp_path):
    ex = importlib.import_module("tradecheck.claims.extract")  # (the package's `extract` is the function)
    monkeypatch.setattr(ex, "_sentence_claims", _failing_on("China", ex._sentence_claims))
    result = run("-", "--html", str(tmp_path / "r.html"), input=THREE)
    assert result.exit_code == 1
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert 'role="alert"' in page and "“China bought $143.5 billion of U.S. goods in 2024.”" in page
    assert "ZeroDivisionError" in page
