"""The web app's checker pool: reuse, and a bound on what a long-lived checker may hold."""

from __future__ import annotations

from tradecheck.web.pool import CheckerPool


def test_checkers_are_reused_until_their_cache_outgrows_the_bound(real_home):
    pool = CheckerPool(size=2, max_cache_entries=3)
    try:
        with pool.checker() as first:
            pass
        with pool.checker() as again:
            assert again is first  # reused while small
            again.checker.ctx.cache.update({("as of", d): None for d in range(4)})
        with pool.checker() as fresh:
            assert fresh is not first and fresh.checker.ctx.cache == {}
        assert first.checker.ctx.con is not fresh.checker.ctx.con
    finally:
        pool.close()
