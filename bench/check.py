"""Benchmark checking the seed op-ed: warm in-process, cold in-process, cold CLI.

Prints a table, and writes to bench/check.json:

- **warm**: one :class:`~tradecheck.claims.Checker` reused in this process; 2 warm-up checks,
  then the median (and min, max) of ``--repeat`` timed checks;
- **cold in-process**: a fresh Python process times importing ``tradecheck.claims``, opening the
  Checker and its first check (each separately), then a second check for comparison;
- **cold CLI**: ``tradecheck check FILE --json`` in a subprocess, median of ``--cli-repeat`` runs
  (interpreter start, imports, warehouse open, check, JSON out) after one more, reported apart: the
  first run after an install or a change writes Python's bytecode and the claim reader's compiled
  patterns, which later runs read;
- the cold measures run in Python's default configuration: a shell that disables the bytecode cache
  (``PYTHONDONTWRITEBYTECODE``, as some sandboxes do) would have every process compile the package's
  source (0.15-0.2 s more on the development machine), so the setting is removed for them;
- **profile**: one warm check under cProfile; the top 15 functions by cumulative time.

Aims: warm < 100 ms, cold CLI < 1.5 s. The machine is shared: other processes may slow a run.

Usage: python bench/check.py [--home DIR] [--file FILE] [--repeat 20] [--cli-repeat 5]
The warehouse is DIR (default: $TRADECHECK_HOME when it holds one); without one, it is built in a
temporary folder from --mirror (default ../shared/data).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_MIRROR = HERE.parent.parent / "shared" / "data"
DEFAULT_FILE = HERE.parent.parent / "shared" / "examples" / "seed-op-ed.txt"
AIM_WARM, AIM_CLI = 0.100, 1.5

COLD = r"""
import json, sys, time
t0 = time.perf_counter()
from tradecheck.claims import Checker, read_text
t1 = time.perf_counter()
checker = Checker()
t2 = time.perf_counter()
report = checker.check(read_text(sys.argv[1]))
t3 = time.perf_counter()
checker.check(read_text(sys.argv[1]))
t4 = time.perf_counter()
checker.close()
print(json.dumps({"import": t1 - t0, "open": t2 - t1, "first_check": t3 - t2,
                  "second_check": t4 - t3, "claims": len(report.claims)}))
"""


def warm(path: Path, repeat: int) -> tuple[dict, str, list[dict]]:
    """Time ``repeat`` warm checks after 2 warm-ups; profile one more."""
    from tradecheck.claims import Checker, read_text

    text = read_text(path)
    with Checker() as checker:
        for _ in range(2):
            report = checker.check(text)
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            checker.check(text)
            times.append(time.perf_counter() - t)
        profiler = cProfile.Profile()
        profiler.enable()
        checker.check(text)
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("cumulative")
    stats.print_stats(15)
    top = []
    for (file, line, func), (_, calls, tottime, cumtime, _) in sorted(
            stats.stats.items(), key=lambda kv: -kv[1][3])[:15]:
        top.append({"function": f"{_short(file)}:{line}({func})", "calls": calls,
                    "tottime": round(tottime, 4), "cumtime": round(cumtime, 4)})
    return ({"median": statistics.median(times), "min": min(times), "max": max(times),
             "runs": len(times), "claims": len(report.claims)}, out.getvalue(), top)


def cold_in_process(path: Path, env: dict) -> dict:
    done = subprocess.run([sys.executable, "-c", COLD, str(path)], env=env, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def cold_cli(path: Path, env: dict, repeat: int) -> dict:
    exe = shutil.which("tradecheck", path=str(Path(sys.executable).parent) + os.pathsep
                       + env.get("PATH", ""))
    command = [exe] if exe else [sys.executable, "-m", "tradecheck.cli"]
    times = []
    for _ in range(repeat + 1):
        t = time.perf_counter()
        done = subprocess.run(command + ["check", str(path), "--json"], check=False, env=env,
                              capture_output=True, text=True)
        times.append(time.perf_counter() - t)
        if done.returncode not in (0, 1):   # 1: some claim is not supported, a result
            raise SystemExit(f"`tradecheck check` failed ({done.returncode}): {done.stderr}")
        json.loads(done.stdout)
    first, times = times[0], times[1:]
    return {"median": statistics.median(times), "min": min(times), "max": max(times),
            "runs": repeat, "first_run": first, "command": " ".join(command + ["check", "FILE", "--json"])}


def _short(file: str) -> str:
    marker = "site-packages/"
    if "/tradecheck/" in file:
        return "tradecheck/" + file.rsplit("/tradecheck/", 1)[1]
    return file.split(marker, 1)[1] if marker in file else file


def _ensure_home(args) -> tuple[Path, tempfile.TemporaryDirectory | None]:
    home = args.home or (Path(os.environ["TRADECHECK_HOME"]) if os.environ.get("TRADECHECK_HOME")
                         else None)
    if home is not None and (home / "warehouse.duckdb").exists():
        return home.resolve(), None
    if args.home is not None:
        raise SystemExit(f"No warehouse in {args.home}; build it with `tradecheck build --mirror DIR`"
                         " or leave out --home to build one in a temporary folder.")
    tmp = tempfile.TemporaryDirectory()
    os.environ["TRADECHECK_HOME"] = tmp.name
    print(f"building a warehouse in {tmp.name} from {args.mirror} …", file=sys.stderr)
    from tradecheck import api

    api.build(args.mirror)
    return Path(tmp.name), tmp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, default=None)
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--cli-repeat", type=int, default=5)
    args = parser.parse_args()
    if args.repeat < 1 or args.cli_repeat < 1:
        parser.error("--repeat and --cli-repeat must be at least 1")
    path = args.file.resolve()

    home, tmp = _ensure_home(args)
    os.environ["TRADECHECK_HOME"] = str(home)
    env = dict(os.environ, TRADECHECK_HOME=str(home))
    env.pop("TRADECHECK_MIRROR", None)   # a cold CLI must not start a build
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    try:
        cli = cold_cli(path, env, args.cli_repeat)
        cold = cold_in_process(path, env)
        hot, profile_text, top = warm(path, args.repeat)
    finally:
        if tmp is not None:
            tmp.cleanup()

    report = {
        "file": str(path), "bytes": path.stat().st_size, "claims": hot["claims"],
        "warm_seconds": hot, "cold_in_process_seconds": cold, "cold_cli_seconds": cli,
        "aims": {"warm_seconds": AIM_WARM, "cold_cli_seconds": AIM_CLI,
                 "warm_met": hot["median"] < AIM_WARM, "cold_cli_met": cli["median"] < AIM_CLI},
        "profile_top_cumulative": top,
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
    }
    ms = 1000
    rows = [
        (f"warm check (median of {hot['runs']}, 1 Checker)", hot["median"],
         f"min {hot['min'] * ms:.1f} / max {hot['max'] * ms:.1f} ms", AIM_WARM),
        ("cold in-process: import tradecheck.claims", cold["import"], "", None),
        ("cold in-process: open Checker", cold["open"], "", None),
        ("cold in-process: first check", cold["first_check"],
         f"second check {cold['second_check'] * ms:.1f} ms", None),
        (f"cold CLI `check --json` (median of {cli['runs']})", cli["median"],
         f"min {cli['min'] * ms:.0f} / max {cli['max'] * ms:.0f} ms; first run "
         f"{cli['first_run'] * ms:.0f} ms", AIM_CLI),
    ]
    print(f"{path.name}: {report['bytes']:,} bytes, {hot['claims']} claims")
    print(f"{'measure':<46} {'ms':>9}  {'aim':>8}  detail")
    for name, seconds, detail, aim in rows:
        verdict = "" if aim is None else (f"< {aim * ms:.0f} " + ("ok" if seconds < aim else "MISSED"))
        print(f"{name:<46} {seconds * ms:9.1f}  {verdict:>8}  {detail}")
    print("\nProfile of one warm check (top 15 by cumulative time):")
    print(profile_text.strip())
    (HERE / "check.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nwrote {HERE / 'check.json'}")


if __name__ == "__main__":
    main()
