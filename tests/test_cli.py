"""The command line: every command has help and is in the README; errors are one clean message."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from tradecheck.cli import main
from conftest import ROOT


def run(*args, **kw):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, **kw)


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help_and_is_in_the_readme(name):
    result = run(name, "--help")
    assert result.exit_code == 0 and "Usage:" in result.output
    assert main.commands[name].help and len(main.commands[name].help) > 20
    assert re.search(rf"`tradecheck {name}\b", (ROOT / "README.md").read_text())


def test_sql_without_a_warehouse_says_how_to_build():
    result = run("sql", "SELECT 1")
    assert result.exit_code == 2
    assert "No warehouse at" in result.stderr and "tradecheck build" in result.stderr


def test_build_with_a_missing_mirror_is_a_clean_error(tmp_path):
    result = run("build", "--mirror", str(tmp_path / "nowhere"), "--quiet")
    assert result.exit_code == 2
    assert "nowhere does not exist" in result.stderr and "Traceback" not in result.output


def test_unknown_source_suggests_the_right_one(tmp_path):
    result = run("build", "--mirror", str(tmp_path), "--only", "census_ft90", "--quiet")
    assert result.exit_code == 2 and "Did you mean 'census_ft900'" in result.stderr


def test_bad_setting_is_named(monkeypatch):
    monkeypatch.setenv("TRADECHECK_HTTP_TIMEOUT", "soon")
    result = run("build", "--quiet")
    assert result.exit_code == 2 and "TRADECHECK_HTTP_TIMEOUT='soon'" in result.stderr


def test_sql_and_sources_on_the_real_warehouse(real_home):
    result = run("sql", "SELECT count(*) AS n FROM files WHERE source_id = 'census_intltrade'",
                 "--format", "csv")
    assert result.exit_code == 0 and result.stdout.splitlines() == ["n", "24"]
    refused = run("sql", "DROP TABLE trade")
    assert refused.exit_code == 2 and "Only read-only queries" in refused.stderr
    listing = run("sources", "--json")
    assert '"id": "census_ft900"' in listing.stdout and '"loaded": true' in listing.stdout


def test_console_script_builds_a_fixture_mirror(tmp_path, fixture_mirror):
    env = {"TRADECHECK_HOME": str(tmp_path / "home"), "PATH": __import__("os").environ["PATH"]}
    done = subprocess.run([sys.executable, "-m", "tradecheck.cli", "build", "--mirror",
                           str(fixture_mirror)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Built" in done.stderr and "rows from" in done.stderr


def test_indicator_command_prints_figure_and_source(real_home):
    result = run("indicator", "exports", "--partner", "Mexico", "--period", "2024")
    assert result.exit_code == 0
    assert "U.S. goods exports to Mexico, 2024: $334.03 billion" in result.stdout
    assert "census_intltrade/exports_hs/2024.json" in result.stdout and "API pull, Oct 2025" in result.stdout


def test_indicator_json_and_as_of(real_home):
    import json

    result = run("indicator", "exports", "--partner=Mexico", "--period", "2022", "--as-of", "2024-01-01", "--json")
    doc = json.loads(result.stdout)
    assert doc["text"] == "$324.38 billion" and doc["evidence"][0]["release"] == "FT-900, March 2023"
    assert doc["as_of"] == "2024-01-01"


def test_indicator_errors_are_clean(real_home):
    bad = run("indicator", "exports", "--partner", "Mexco", "--period", "2024")
    assert bad.exit_code == 2 and "Did you mean 'Mexico'" in bad.stderr
    loose = run("indicator", "exports", "Mexico")
    assert loose.exit_code == 2 and "give parameters as --name value" in loose.stderr


def test_indicators_lists_the_catalogue():
    result = run("indicators", "--json")
    names = {i["name"] for i in __import__("json").loads(result.stdout)}
    assert {"exports", "trade_rank", "trade_next", "trade_per_capita", "population"} <= names
