"""Requests to a running ``tradecheck serve`` while ``tradecheck build`` swaps the warehouse: every
answer comes from one complete warehouse, and the server moves to the new one."""

from __future__ import annotations

import threading

import httpx

from tradecheck import api


def test_requests_during_rebuilds_never_see_a_half_built_warehouse(fixture_mirror, serve, tmp_path, monkeypatch):
    home = tmp_path / "served"
    monkeypatch.setenv("TRADECHECK_HOME", str(home))
    api.build(fixture_mirror)
    url = serve(home)
    first = httpx.get(url + "/api/status").json()

    answers, problems, stop = [], [], threading.Event()

    def hammer():
        with httpx.Client(base_url=url, timeout=30) as c:
            while not stop.is_set():
                r = c.get("/api/status")
                if r.status_code != 200:
                    problems.append((r.status_code, r.text))
                else:
                    answers.append(r.json())

    threads = [threading.Thread(target=hammer) for _ in range(4)]
    for t in threads:
        t.start()
    builds = [api.build(fixture_mirror, force=True) for _ in range(2)]
    stop.set()
    for t in threads:
        t.join()

    assert problems == []
    assert len(answers) > 20
    # each answer is one whole warehouse: the same files and rows as the first build
    assert {(a["files"], a["rows"]) for a in answers} == {(first["files"], first["rows"])}
    last = httpx.get(url + "/api/status").json()
    built_at = api.sql("SELECT value FROM meta WHERE key = 'built_at'").rows[0][0]
    assert last["built_at"] == built_at != first["built_at"]  # the server moved to the new file
    assert not any(b.up_to_date for b in builds)
