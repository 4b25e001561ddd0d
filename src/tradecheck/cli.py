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

from . import settings
from .errors import ConfigError, TradecheckError


class _LazyAPI:
    """``tradecheck.api`` imported on first use: `check` needs neither pyarrow nor the sources,
    and a command-line start-up should not pay for them."""

    def __getattr__(self, name):
        from . import api as module

        return getattr(module, name)


api = _LazyAPI()

err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)


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


@main.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("name")
@click.option("--as-of", "as_of", metavar="DATE",
              help="Use only releases published on or before DATE (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def indicator(ctx, name, as_of, as_json):
    """Compute indicator NAME with its evidence: --param value … (see `tradecheck indicators`).

    Example: tradecheck indicator exports --partner Mexico --period 2024
    """
    params = _extra_params(ctx.args)
    result = api.indicator(name, as_of=as_of, **params)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, default=str))
        return
    _print_result(result)


def _extra_params(args: list[str]) -> dict[str, str]:
    """``["--partner", "Mexico", "--period=2024"]`` -> ``{"partner": "Mexico", "period": "2024"}``."""
    params, i = {}, 0
    while i < len(args):
        arg = args[i]
        if not arg.startswith("--"):
            raise click.UsageError(f"Unexpected argument {arg!r}: give parameters as --name value.")
        key, eq, value = arg[2:].partition("=")
        if not eq:
            if i + 1 >= len(args) or args[i + 1].startswith("--"):
                raise click.UsageError(f"--{key} needs a value.")
            value, i = args[i + 1], i + 1
        params[key.replace("-", "_")] = value
        i += 1
    return params


def _print_result(result, indent: str = "") -> None:
    out.print(f"{indent}[bold]{result.label}[/]: [bold cyan]{result.text}[/]", highlight=False)
    out.print(f"{indent}  [dim]{result.definition}[/]", highlight=False)
    for e in result.evidence:
        out.print(f"{indent}  source: {e.cite()}", highlight=False)
    for note in result.notes:
        out.print(f"{indent}  [yellow]note:[/] {note}", highlight=False)
    ranking = (result.detail or {}).get("ranking") if isinstance(result.detail, dict) else None
    if ranking:
        from .indicators.core import fmt_value

        # partners ranked by dollars, or Border Patrol sectors by apprehensions
        who = "partner" if "partner" in ranking[0] else "sector"
        table = Table(box=None, padding=(0, 1))
        for col in ("rank", who, "value"):
            table.add_column(col, justify="right" if col != who else "left")
        for row in ranking:
            table.add_row(str(row["rank"]), row[who], fmt_value(row["value"], "USD") if who == "partner"
                          else f"{row['value']:,}")
        out.print(table)
    for c in result.components:
        _print_result(c, indent + "  ")
    if result.as_of and not indent:
        out.print(f"  [dim]as published on or before {result.as_of.isoformat()}[/]")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def indicators(as_json):
    """List the indicators with their parameters and units."""
    specs = api.indicators()
    if as_json:
        click.echo(json.dumps([{"name": s.name, "title": s.title, "description": s.description,
                                "unit": s.unit, "params": [vars(p) for p in s.params]}
                               for s in specs], indent=2, default=str))
        return
    table = Table(title="Indicators")
    for col in ("name", "what", "parameters", "unit"):
        table.add_column(col, overflow="fold")
    for s in specs:
        params = " ".join(_param_usage(p) for p in s.params)
        table.add_row(s.name, s.title, params, s.unit)
    out.print(table)


def _param_usage(p) -> str:
    flag = f"--{p.name.replace('_', '-')}"
    if p.required:
        return flag
    return f"[{flag}={p.default}]" if p.default is not None else f"[{flag}]"


VERDICT_STYLE = {"supported": "bold green", "close": "bold yellow", "contradicted": "bold red",
                 "depends": "bold magenta", "no_data": "bold bright_black"}


@main.command()
@click.argument("file", metavar="FILE")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document instead of a table.")
@click.option("--as-of", "as_of", metavar="DATE",
              help="When the text was written (YYYY-MM-DD): also check each claim against the "
                   "releases published by then, and say where that verdict differs from today's.")
@click.option("--verbose", "-v", is_flag=True, help="Show every reading's explanation and sources.")
@click.option("--html", "html_out", metavar="PATH", type=click.Path(dir_okay=False),
              help="Also write a self-contained HTML report (text highlighted, evidence, charts).")
@click.option("--pdf", "pdf_out", metavar="PATH", type=click.Path(dir_okay=False),
              help="Also write the report as PDF (printed by a local headless Chromium).")
def check(file, as_json, as_of, verbose, html_out, pdf_out):
    """Check the quantitative claims in FILE (text or Markdown; - for standard input).

    Exit code: 0 when every claim is supported, 1 when any is not (or a passage could not be
    checked), 2 on bad input.
    """
    from .claims import Checker, read_text

    text = read_text(file)
    if not settings.warehouse_path().exists():
        err.print("First use: building the evidence warehouse.")
        _build(settings.get("mirror"))
    with Checker(as_of) as checker:
        report = checker.check(text)
        if html_out or pdf_out:
            _write_report(report, checker, file, html_out, pdf_out)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, default=str, ensure_ascii=False))
    else:
        _print_report(report, verbose)
    if report.skipped:
        err.print(f"[bold red]Not checked:[/] {report.skipped_note}", highlight=False)
        for s in report.skipped:
            err.print(f"  characters {s.start}–{s.end} “{s.text}”: {s.error}", highlight=False, markup=False)
    sys.exit(0 if report.all_supported else 1)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--workers", default=4, show_default=True, type=click.IntRange(1, 64),
              help="Requests computed at once (each holds a read-only warehouse connection).")
def serve(host, port, workers):
    """Serve the web app: check a pasted text, explore the indicators, JSON API (read-only)."""
    import uvicorn

    from .web import create_app

    if not settings.warehouse_path().exists():
        err.print("First use: building the evidence warehouse.")
        _build(settings.get("mirror"))
    app = create_app(workers=workers)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    err.print(f"tradecheck serving {settings.warehouse_path()} at http://{host}:{port}/ "
              f"(Ctrl+C to stop)")
    server.run()


@main.command(name="eval")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_(file, as_json):
    """Score the checker on a labelled claim set (TSV: id, text, claim, verdict, official, note):
    extraction precision and recall, verdict accuracy, confusion matrix, disagreements."""
    from .claims import Checker
    from .claims.evaluate import evaluate

    with Checker() as checker:
        result = evaluate(file, checker)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, default=str, ensure_ascii=False))
    else:
        click.echo(result.render())


def _write_report(report, checker, file: str, html_out: str | None, pdf_out: str | None) -> None:
    from .report import claim_charts, report_page

    name = "standard input" if file == "-" else Path(file).name
    charts = claim_charts(report, checker.ctx)
    for target, expanded in ((html_out, False), (pdf_out, True)):
        if not target:
            continue
        html = report_page(report, charts, title=f"tradecheck: {name}", source_name=name,
                           expanded=expanded)
        path = Path(target)
        try:
            if target is pdf_out:
                from .report.pdf import write_pdf

                write_pdf(html, path)
            else:
                path.write_text(html, encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"Cannot write the report to {path}: {exc.strerror}. Choose a "
                              f"writable path.") from None
        err.print(f"Report written to {path}")


def _print_report(report, verbose: bool) -> None:
    table = Table(show_lines=True, title=f"{len(report.claims)} claims checked")
    table.add_column("#", justify="right")
    table.add_column("claim", ratio=3, overflow="fold")
    table.add_column("verdict")
    table.add_column("claimed / official", ratio=2, overflow="fold")
    table.add_column("correction or note", ratio=3, overflow="fold")
    for i, c in enumerate(report.claims, 1):
        note = c.headline
        table.add_row(str(i), c.claim.text, f"[{VERDICT_STYLE[c.verdict]}]{c.verdict}[/]",
                      f"{c.claimed}\n[bold]{c.official}[/]", note)
    out.print(table)
    summary = ", ".join(f"[{VERDICT_STYLE[v]}]{n} {v}[/]" for v, n in report.counts.items())
    out.print(f"Verdicts: {summary}")
    if verbose:
        for i, c in enumerate(report.claims, 1):
            out.print(f"\n[bold]{i}. {c.claim.text}[/]")
            out.print(f"  definition: {c.definition}", highlight=False)
            out.print(f"  explanation: {c.explanation}", highlight=False)
            for src in c.sources:
                out.print(f"  source: {src}", highlight=False)
    else:
        out.print("[dim]Run with -v for definitions, explanations and sources, or --json.[/]")


if __name__ == "__main__":  # pragma: no cover
    main()
