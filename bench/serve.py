"""Benchmark the web app: latency and throughput under concurrent clients, and first paint.

Starts ``tradecheck serve`` in its own process on loopback, then for each scenario runs
``--clients`` concurrent clients (asyncio + httpx, one process) for ``--seconds`` seconds:

- **explorer**: ``GET /api/indicators/exports?partner=Mexico&period=2024`` (the figure, its
  evidence and the 15-year chart series);
- **check (same text)**: ``POST /api/check`` with the seed op-ed. A checked text's result is kept
  per warehouse build, so after the first request this measures the cached path;
- **check (new text each time)**: the seed op-ed with a different closing sentence per request,
  so every request extracts and checks all claims and draws their charts (the uncached path).

Prints p50/p95/max latency and requests per second, and writes bench/serve.json. With Chromium
installed it also loads /, a result page and /explore in headless Chromium and reports first
contentful paint. Aims (issue 5): p95 < 100 ms for the explorer call, < 300 ms for a check.

Usage: python bench/serve.py [--home DIR] [--clients 16] [--seconds 20]
The warehouse is DIR (default: $TRADECHECK_HOME when it holds one); without one it is built in a
temporary folder from ../shared/data.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
DEFAULT_MIRROR = HERE.parent.parent / "shared" / "data"
SEED = HERE.parent.parent / "shared" / "examples" / "seed-op-ed.txt"
AIMS = {"explorer": 0.100, "check (same text)": 0.300, "check (new text each time)": 0.300}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--home", type=Path, default=os.environ.get("TRADECHECK_HOME"))
    ap.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--workers", type=int, default=4, help="the server's --workers")
    args = ap.parse_args()

    tmp = None
    home = args.home
    if home is None or not (Path(home) / "warehouse.duckdb").exists():
        tmp = tempfile.mkdtemp(prefix="tradecheck-bench-")
        home = Path(tmp)
        print(f"building a warehouse in {home} from {args.mirror} …")
        subprocess.run([sys.executable, "-m", "tradecheck.cli", "build", "--mirror", str(args.mirror), "-q"],
                       env={**os.environ, "TRADECHECK_HOME": str(home)}, check=True)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "tradecheck.cli", "serve", "--port", str(port),
                               "--workers", str(args.workers)],
                              env={**os.environ, "TRADECHECK_HOME": str(home)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(url)
        seed = SEED.read_text(encoding="utf-8")
        results = {}
        scenarios = [
            ("explorer", lambda i: ("GET", "/api/indicators/exports",
                                    {"params": {"partner": "Mexico", "period": "2024"}})),
            ("check (same text)", lambda i: ("POST", "/api/check", {"json": {"text": seed}})),
            ("check (new text each time)", lambda i: ("POST", "/api/check", {
                "json": {"text": seed + f"\n\nRequest {i} of this benchmark, written in 2025."}})),
        ]
        for name, make in scenarios:
            asyncio.run(_load(url, make, 4, 2.0))  # warm-up: connections, caches, memo files
            results[name] = asyncio.run(_load(url, make, args.clients, args.seconds))
        paint = _first_paint(url, seed)
    finally:
        server.terminate()
        server.wait(timeout=10)
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)

    print(f"\n{args.clients} concurrent clients, {args.seconds:.0f} s each, server --workers "
          f"{args.workers}, {os.cpu_count()} cores\n")
    print(f"{'scenario':30} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} "
          f"{'errors':>7}  aim p95")
    for name, r in results.items():
        print(f"{name:30} {r['requests']:>9} {r['rps']:>8.1f} {r['p50'] * 1e3:>8.1f} "
              f"{r['p95'] * 1e3:>8.1f} {r['max'] * 1e3:>8.1f} {r['errors']:>7}  "
              f"< {AIMS[name] * 1e3:.0f} ms {'met' if r['p95'] < AIMS[name] else 'NOT met'}")
    if paint:
        print("\nfirst contentful paint (headless Chromium, loopback):")
        for page, ms in paint.items():
            print(f"  {page:24} {ms:7.0f} ms")
    out = HERE / "serve.json"
    out.write_text(json.dumps({"clients": args.clients, "seconds": args.seconds,
                               "workers": args.workers, "cores": os.cpu_count(),
                               "scenarios": results, "first_paint_ms": paint}, indent=2))
    print(f"\nwritten to {out}")


async def _load(url: str, make, clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = 0
    counter = iter(range(10**9))
    end = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(c: httpx.AsyncClient) -> None:
        nonlocal errors
        while time.perf_counter() < end:
            method, path, kw = make(next(counter))
            t = time.perf_counter()
            r = await c.request(method, path, **kw)
            latencies.append(time.perf_counter() - t)
            if r.status_code != 200:
                errors += 1

    start = time.perf_counter()
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as c:
        await asyncio.gather(*(client(c) for _ in range(clients)))
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {"requests": len(latencies), "rps": len(latencies) / elapsed, "errors": errors,
            "p50": statistics.median(latencies), "p95": latencies[int(0.95 * (len(latencies) - 1))],
            "max": latencies[-1]}


def _first_paint(url: str, seed: str) -> dict[str, float]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("(no Chromium: first paint not measured)")
        return {}
    from playwright.sync_api import sync_playwright

    result_url = url + httpx.post(url + "/api/check", json={"text": seed}, timeout=60).json()["url"]
    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"])
        for name, target in (("/ (paste page)", url + "/"), ("/r/<id> (seed op-ed)", result_url),
                             ("/explore", url + "/explore")):
            page = browser.new_page()
            page.goto(target)
            page.goto(target)  # second load: the server has the page warm, as a user re-opening it
            out[name] = page.evaluate(_FCP)
            page.close()
        browser.close()
    return out


_FCP = """() => new Promise(done => new PerformanceObserver(list => {
  const e = list.getEntriesByName('first-contentful-paint')[0];
  if (e) done(e.startTime);
}).observe({type: 'paint', buffered: true}))"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(url + "/api/status", timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("the server did not start within 60 s")


if __name__ == "__main__":
    main()
