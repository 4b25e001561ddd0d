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
