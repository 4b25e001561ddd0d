"""Benchmark the warehouse build against DuckDB reading the same raw files.

Prints, and writes to bench/build.json:
- the full build from a mirror (wall time, peak memory of the building process, per-source time);
- the rebuild of the unchanged mirror (the skip path);
- the baseline: DuckDB alone reading the same raw CSV and JSON files (``read_csv`` / ``read_json``
  into tables), and the build time as a ratio of it, for the whole build and for the sources DuckDB
  can read at all (it reads neither .xlsx without an extension nor R's .RData).

Usage: python bench/build.py [--mirror ../shared/data] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_MIRROR = HERE.parent.parent / "shared" / "data"

CHILD = r"""
import json, resource, sys, time
from tradecheck import api
t = time.perf_counter()
result = api.build(sys.argv[1], force=True)
wall = time.perf_counter() - t
t = time.perf_counter()
again = api.build(sys.argv[1])
rebuild = time.perf_counter() - t
print(json.dumps({"wall": wall, "rebuild": rebuild, "up_to_date": again.up_to_date,
                  "rows": result.rows,
                  "sources": {s.source_id: {"seconds": s.seconds, "rows": s.rows, "files": s.files}
                              for s in result.sources},
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_build(mirror: Path) -> dict:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, TRADECHECK_HOME=home)
        env.pop("TRADECHECK_MIRROR", None)
        done = subprocess.run([sys.executable, "-c", CHILD, str(mirror)], env=env, check=True,
                              capture_output=True, text=True)
        return json.loads(done.stdout.strip().splitlines()[-1])


def duckdb_baseline(mirror: Path) -> dict:
    import duckdb

    csvs = sorted(p for p in mirror.rglob("*.csv"))
    jsons = sorted(p for p in mirror.rglob("*.json"))
    con = duckdb.connect()
    t = time.perf_counter()
    for i, p in enumerate(csvs):
        con.execute(f"CREATE TABLE c{i} AS SELECT * FROM read_csv(?)", [str(p)])
    for i, p in enumerate(jsons):
        con.execute(f"CREATE TABLE j{i} AS SELECT * FROM read_json(?, format = 'array')", [str(p)])
    seconds = time.perf_counter() - t
    con.close()
    return {"seconds": seconds, "files": len(csvs) + len(jsons),
            "bytes": sum(p.stat().st_size for p in csvs + jsons)}


# Sources whose files DuckDB can read (CSV / JSON): the like-for-like part of the comparison.
DUCKDB_READABLE = {"census_intltrade", "worldbank_population", "cbp_encounters_swb",
                   "cbp_encounters_nationwide", "usbp_historical", "cbp_drug_seizures",
                   "published_figures"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    mirror = args.mirror.resolve()

    builds = [run_build(mirror) for _ in range(args.repeat)]
    baselines = [duckdb_baseline(mirror) for _ in range(args.repeat)]
    wall = statistics.median(b["wall"] for b in builds)
    base = statistics.median(b["seconds"] for b in baselines)
    best = min(builds, key=lambda b: b["wall"])
    per_source = {sid: statistics.median(b["sources"][sid]["seconds"] for b in builds)
                  for sid in best["sources"]}
    readable = sum(per_source[s] for s in DUCKDB_READABLE if s in per_source)
    report = {
        "mirror": str(mirror),
        "repeat": args.repeat,
        "build_seconds_median": wall,
        "rebuild_unchanged_seconds_median": statistics.median(b["rebuild"] for b in builds),
        "peak_rss_mb_max": max(b["peak_rss_mb"] for b in builds),
        "rows": best["rows"],
        "per_source_seconds": per_source,
        "duckdb_baseline_seconds_median": base,
        "duckdb_baseline_files": baselines[0]["files"],
        "ratio_build_to_baseline": wall / base,
        "csv_json_sources_seconds": readable,
        "ratio_csv_json_sources_to_baseline": readable / base,
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
    }
    width = max(len(s) for s in per_source)
    print(f"full build (median of {args.repeat}):   {wall:6.2f} s   peak RSS {report['peak_rss_mb_max']:.0f} MB"
          f"   {best['rows']:,} rows")
    print(f"rebuild, unchanged mirror:         {report['rebuild_unchanged_seconds_median']:6.2f} s")
    print(f"baseline: DuckDB read_csv/read_json of the {baselines[0]['files']} CSV/JSON files: {base:6.2f} s")
    print(f"ratio build / baseline:            {report['ratio_build_to_baseline']:6.1f}x")
    print(f"ratio CSV/JSON sources / baseline: {report['ratio_csv_json_sources_to_baseline']:6.1f}x")
    print("per source:")
    for sid, sec in sorted(per_source.items(), key=lambda kv: -kv[1]):
        print(f"  {sid:<{width}}  {sec:6.2f} s  {best['sources'][sid]['rows']:>10,} rows")
    (HERE / "build.json").write_text(json.dumps(report, indent=2))
    print(f"wrote {HERE / 'build.json'}")


if __name__ == "__main__":
    main()
