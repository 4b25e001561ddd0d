"""The command line: a thin edge over the Python API.

Package errors become one clean message on standard error and exit code 2; a false claim is a
result, not an error. Set ``TRADECHECK_DEBUG=1`` to see the traceback of an unexpected error.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import api, settings
from .errors import TradecheckError

err = Console(stderr=True, soft_wrap=True)
out = Console()


class _CLI(click.Group):
    """Turns package errors into one message and exit code 2; hides unexpected tracebacks."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except TradecheckError as exc:
            err.print(f"[bold red]Error:[/] {exc}", highlight=False)
            sys.exit(2)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except KeyboardInterrupt:
            err.print("Interrupted. Nothing was changed.")
            sys.exit(130)
        except Exception as exc:  # the last line of defence: never a bare traceback
            if settings.get("debug"):
                raise
            err.print(f"[bold red]Unexpected error:[/] {type(exc).__name__}: {exc}. This is a bug in "
                      f"tradecheck; run again with TRADECHECK_DEBUG=1 for the traceback and report it.",
                      highlight=False)
            sys.exit(3)


@click.group(cls=_CLI, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tradecheck")
def main() -> None:
    """Check quantitative claims about North American trade and border security against
    official statistics, with evidence."""


class _RichProgress:
    """Draws the build's per-source progress."""

    def __init__(self, progress: Progress):
        self.progress, self.tasks = progress, {}

    def start(self, source_id, total, action):
        self.tasks[source_id] = self.progress.add_task(f"{source_id}: {action}", total=total or 1)

    def advance(self, source_id, detail):
        self.progress.advance(self.tasks[source_id])

    def finish(self, source_id, summary):
        task = self.tasks[source_id]
        self.progress.update(task, description=f"{source_id}: {summary}",
                             completed=self.progress.tasks[task].total)


def _build(mirror, only=(), force=False, quiet=False, refresh=False):
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=err, disable=quiet, transient=False) as progress:
        result = api.build(mirror, only=list(only) or None, force=force, refresh=refresh,
                           progress=_RichProgress(progress))
    if result.up_to_date:
        err.print(f"Warehouse up to date ({result.path}); nothing changed since the last build.")
    else:
        err.print(f"Built {result.path}: {result.rows:,} rows from "
                  f"{sum(s.files for s in result.sources)} files in {result.seconds:.1f} s.")
    return result


@main.command()
@click.option("--mirror", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Read official files from this folder (laid out like shared/data) instead of "
                   "downloading them. Default: $TRADECHECK_MIRROR.")
@click.option("--only", multiple=True, metavar="SOURCE", help="Build just this source (repeatable).")
@click.option("--force", is_flag=True, help="Parse every file again, even when unchanged.")
@click.option("--refresh", is_flag=True,
              help="Download again even when the cache holds a verified copy; a changed file is a "
                   "new release, and the earlier one is kept beside it.")
@click.option("--quiet", "-q", is_flag=True, help="No progress display.")
def build(mirror, only, force, refresh, quiet):
    """Build the evidence warehouse from the official sources (atomic; skips unchanged files)."""
    _build(mirror, only, force, quiet, refresh)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def sources(as_json):
    """List the sources with their coverage, releases and rows loaded."""
    infos = api.sources()
    if as_json:
        click.echo(json.dumps([vars(i) | {"releases": list(i.releases)} for i in infos], indent=2))
        return
    table = Table(title=f"Sources (warehouse: {settings.warehouse_path()})")
    for col in ("source", "title / publisher", "coverage", "release(s)", "files", "rows"):
        table.add_column(col, overflow="fold")
    for i in infos:
        table.add_row(i.id, f"{i.title}\n[dim]{i.publisher}[/]", i.coverage, "\n".join(i.releases),
                      str(i.files) if i.loaded else "-", f"{i.rows:,}" if i.loaded else "not loaded")
    out.print(table)


@main.command()
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
def sql(query, fmt):
    """Run a read-only SQL QUERY on the warehouse (writes are refused)."""
    result = api.sql(query)
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(result.rows)
    elif fmt == "json":
        click.echo(json.dumps([dict(zip(result.columns, r)) for r in result.rows], default=str, indent=2))
    else:
        table = Table()
        for c in result.columns:
            table.add_column(c)
        for r in result.rows:
            table.add_row(*("" if v is None else str(v) for v in r))
        out.print(table)
        err.print(f"{len(result.rows)} row(s)")


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
def check(file):
    """Check the quantitative claims in FILE (text or Markdown; - for standard input)."""
    if not settings.warehouse_path().exists():
        err.print("First use: building the evidence warehouse.")
        _build(settings.get("mirror"))
    err.print(f"The warehouse is ready ({settings.warehouse_path()}). The claim checker itself is "
              f"not built yet: it arrives with the claims issue, after the indicator catalogue.")


if __name__ == "__main__":  # pragma: no cover
    main()
