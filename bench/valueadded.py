"""Benchmark the value-added engine against pymrio and against the LU floor.

For each table, in the same run:

- **ours, full**: ``ValueAddedEngine(table)`` (one LU of I - A), value added by origin in every
  bilateral export flow (``content()``: origin x exporter x importer) and the Borin-Mancini terms
  for **all** exporter-importer pairs (``borin_mancini()``);
- **ours, focus**: the same value added by origin, and Borin-Mancini for the exports of three
  regions (WIOD: USA, MEX, CHN) to every partner;
- **pymrio**: ``IOSystem(Z, Y, x).calc_all()`` (A and the full Leontief inverse L; no extension);
- **LU floor**: ``scipy.linalg.lu_factor(I - A)`` alone, on a prebuilt I - A.

Tables: the 17 WIOD 2013 years (1,435 rows), a random table of OECD ICIO size (81 x 45 = 3,645
rows) and one of EXIOBASE size (49 x 200 = 9,800 rows; pymrio once). Wall time is the best of
``--repeat`` runs for WIOD and ICIO (one run for EXIOBASE); peak memory is the peak of the
allocations traced by ``tracemalloc`` during the call (NumPy and pandas buffers; LAPACK works in
place). The machine is shared: other processes may slow any single run.

Usage: python bench/valueadded.py [--mirror ../shared/data] [--repeat 2] [--no-exiobase]
Prints a table and writes bench/valueadded.json.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import time
import tracemalloc
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.linalg as sl

from tradecheck.valueadded import IOTable, ValueAddedEngine, from_wiod_rdata

HERE = Path(__file__).resolve().parent
DEFAULT_MIRROR = HERE.parent.parent / "shared" / "data"
FOCUS = ("USA", "MEX", "CHN")


def measure(fn, repeat: int = 1) -> dict:
    """Best wall time over ``repeat`` runs and the peak traced memory of the first run."""
    times, peak = [], 0
    for k in range(repeat):
        gc.collect()
        tracemalloc.start()
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
        peak = max(peak, tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        del result
    return {"seconds": min(times), "runs": [round(t, 4) for t in times], "peak_mb": peak / 2**20}


def ours_full(table: IOTable):
    engine = ValueAddedEngine(table)
    return engine.content(), engine.borin_mancini()


def ours_focus(table: IOTable, focus):
    engine = ValueAddedEngine(table)
    return engine.content(), engine.borin_mancini(focus)


def pymrio_system(table: IOTable):
    import pymrio

    rows = pd.MultiIndex.from_arrays([table.regions, table.industries], names=["region", "sector"])
    cols = pd.MultiIndex.from_arrays([table.final_regions, table.final_codes],
                                     names=["region", "category"])
    return pymrio.IOSystem(Z=pd.DataFrame(table.Z, index=rows, columns=rows),
                           Y=pd.DataFrame(table.Y, index=rows, columns=cols),
                           x=pd.DataFrame({"indout": table.x}, index=rows))


def lu_floor(I_minus_A: np.ndarray):
    return sl.lu_factor(I_minus_A, check_finite=False)


def synthetic(G: int, N: int, uses: int = 3, seed: int = 0) -> IOTable:
    """A dense random table with domestic blocks 20x heavier; v > 0 and Y > 0 by construction."""
    rng = np.random.default_rng(seed)
    n = G * N
    Z = rng.random((n, n))
    for g in range(G):
        Z[g * N:(g + 1) * N, g * N:(g + 1) * N] *= 20.0
    Z *= 0.6 / Z.sum(axis=0)  # A: column sums 0.6
    x = rng.uniform(0.8, 1.2, n) * 1000
    Z *= x  # Z = A diag(x); row sums A x stay well below x, so final demand is positive
    weights = rng.random((n, G * uses))
    Y = weights * ((x - Z.sum(axis=1)) / weights.sum(axis=1))[:, None]
    regions = [f"R{g:02d}" for g in range(G)]
    return IOTable(Z=Z, Y=Y, regions=tuple(np.repeat(regions, N)),
                   industries=tuple(f"i{k}" for k in range(N)) * G,
                   final_regions=tuple(np.repeat(regions, uses)),
                   final_codes=tuple(f"F{u}" for u in range(uses)) * G,
                   table_id=f"synthetic {G}x{N}")


def bench_table(table: IOTable, focus, repeat: int, pymrio_repeat: int | None = None) -> dict:
    out = {"rows": table.n, "regions": len(table.region_names), "focus": list(focus)}
    out["ours_full"] = measure(lambda: ours_full(table), repeat)
    out["ours_focus"] = measure(lambda: ours_focus(table, focus), repeat)
    M = np.eye(table.n, order="F") - table.A
    out["lu_floor"] = measure(lambda M=M: lu_floor(M), repeat)
    del M
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out["pymrio"] = measure(lambda: pymrio_system(table).calc_all(), pymrio_repeat or repeat)
    bm = ours_full(table)[1]
    out["bm_max_relative_residual"] = float(np.abs(bm.residual()).max() / bm.gross.max())
    for key in ("ours_full", "ours_focus"):
        out[key]["vs_pymrio_speedup"] = out["pymrio"]["seconds"] / out[key]["seconds"]
        out[key]["vs_lu_floor"] = out[key]["seconds"] / out["lu_floor"]["seconds"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-exiobase", action="store_true")
    parser.add_argument("--years", default="1995-2011")
    args = parser.parse_args()
    first, last = map(int, args.years.split("-"))

    report = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                          "numpy": np.__version__}, "wiod": {}, "synthetic": {}}
    for year in range(first, last + 1):
        table = from_wiod_rdata(args.mirror / "wiod2013" / f"wiot_{year}.RData")
        report["wiod"][year] = bench_table(table, FOCUS, args.repeat)
        row = report["wiod"][year]
        print(f"WIOD {year}: ours full {row['ours_full']['seconds']:.3f}s  focus "
              f"{row['ours_focus']['seconds']:.3f}s  pymrio {row['pymrio']['seconds']:.3f}s  "
              f"LU {row['lu_floor']['seconds']:.3f}s", flush=True)
    sizes = [("ICIO 81x45", 81, 45, args.repeat, None)]
    if not args.no_exiobase:
        sizes.append(("EXIOBASE 49x200", 49, 200, 1, 1))
    for name, G, N, repeat, prepeat in sizes:
        table = synthetic(G, N)
        focus = table.region_names[:3]
        report["synthetic"][name] = bench_table(table, focus, repeat, prepeat)
        del table
        gc.collect()

    wiod = report["wiod"]
    if wiod:
        total = {k: sum(r[k]["seconds"] for r in wiod.values())
                 for k in ("ours_full", "ours_focus", "pymrio", "lu_floor")}
        report["wiod_total_seconds"] = total
    print()
    print(f"{'table':<22}{'variant':<12}{'seconds':>9}{'peak MB':>9}{'x faster than pymrio':>22}"
          f"{'x LU floor':>12}")
    rows = [(f"WIOD {y}", r) for y, r in wiod.items()] + list(report["synthetic"].items())
    for name, r in rows:
        for key in ("ours_full", "ours_focus", "pymrio", "lu_floor"):
            m = r[key]
            faster = f"{m['vs_pymrio_speedup']:.2f}" if "vs_pymrio_speedup" in m else ""
            floor = f"{m['vs_lu_floor']:.2f}" if "vs_lu_floor" in m else ""
            print(f"{name:<22}{key:<12}{m['seconds']:>9.3f}{m['peak_mb']:>9.0f}{faster:>22}{floor:>12}")
    if wiod:
        t = report["wiod_total_seconds"]
        print(f"{'WIOD 17 years total':<22}full {t['ours_full']:.2f}s, focus {t['ours_focus']:.2f}s, "
              f"pymrio {t['pymrio']:.2f}s, LU {t['lu_floor']:.2f}s: full is "
              f"{t['pymrio'] / t['ours_full']:.2f}x faster than pymrio and "
              f"{t['ours_full'] / t['lu_floor']:.2f}x the LU floor")
    (HERE / "valueadded.json").write_text(json.dumps(report, indent=1, default=str))
    print(f"\nwrote {HERE / 'valueadded.json'}")


if __name__ == "__main__":
    main()
