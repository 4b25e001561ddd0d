"""The labelled development sets as a regression floor: the checker on every row of each set in
`FLOORS` (see tests/claims/README.md for what each is). The sealed sets are not run here: their rows are
never looked at, only their aggregate scores (`tradecheck eval FILE`)."""

from __future__ import annotations

import os
from unittest import mock

import pytest

from conftest import ROOT
from tradecheck.claims import Checker
from tradecheck.claims.evaluate import evaluate

#: Floors a little under the scores when each set was last tuned on (tests/claims/README.md gives them),
#: so a regression fails.
FLOORS = {"dev.tsv": (1.0, 1.0, 1.0), "tune.tsv": (1.0, 1.0, 1.0), "fresh_a.tsv": (0.98, 0.98, 0.95),
          "fresh_c.tsv": (0.98, 0.98, 0.95), "fresh_f.tsv": (0.97, 0.98, 0.95),
          "fresh_h.tsv": (0.94, 0.98, 0.97), "fresh_j.tsv": (0.94, 0.96, 0.93),
          "fresh_l.tsv": (1.0, 0.99, 0.99), "fresh_n.tsv": (0.96, 0.98, 0.95),
          "fresh_p.tsv": (0.96, 0.98, 0.96), "fresh_r.tsv": (0.99, 0.99, 1.0),
          "fresh_t.tsv": (1.0, 0.99, 0.99), "fresh_v.tsv": (1.0, 0.99, 1.0),
          "fresh_w.tsv": (0.93, 0.95, 0.92), "fresh_x.tsv": (0.97, 0.97, 0.99),
          "fresh_z.tsv": (0.99, 0.98, 0.96), "fresh_ab.tsv": (0.98, 0.98, 0.97),
          "fresh_ad.tsv": (0.98, 0.98, 0.98), "fresh_ai.tsv": (0.98, 0.99, 0.96),
          "fresh_aj.tsv": (0.94, 0.98, 0.96), "fresh_al.tsv": (0.97, 0.99, 0.98),
          "fresh_am.tsv": (0.98, 0.99, 0.94), "fresh_ao.tsv": (0.99, 0.99, 0.99),
          "fresh_aq.tsv": (0.96, 0.99, 0.98), "fresh_as.tsv": (0.95, 0.98, 0.88),
          "fresh_at.tsv": (0.97, 0.99, 0.93), "fresh_av.tsv": (0.93, 0.99, 0.92),
          "fresh_ax.tsv": (0.96, 0.98, 0.97), "fresh_az.tsv": (0.97, 0.98, 0.93),
          "fresh_ba.tsv": (0.94, 0.99, 0.91), "fresh_bc.tsv": (0.97, 0.97, 0.96),
          "fresh_be.tsv": (0.95, 0.98, 0.97), "fresh_bg.tsv": (0.95, 0.96, 0.94),
          "fresh_bl.tsv": (0.99, 0.96, 0.96), "fresh_bn.tsv": (0.96, 0.99, 0.96), "fresh_bp.tsv": (0.93, 0.99, 0.91),
          "fresh_bu.tsv": (0.97, 0.99, 1.0), "fresh_bw.tsv": (0.96, 0.99, 0.95), "fresh_by.tsv": (0.98, 0.99, 0.98),
          "fresh_cd.tsv": (0.97, 0.99, 0.99), "fresh_cf.tsv": (0.88, 0.99, 0.95), "fresh_ch.tsv": (0.91, 0.99, 0.92),
          "fresh_cj.tsv": (0.98, 0.96, 0.88), "fresh_cl.tsv": (0.98, 0.99, 0.9), "fresh_cn.tsv": (0.95, 0.96, 0.94),
          "fresh_cp.tsv": (0.93, 0.98, 0.96), "fresh_cr.tsv": (0.96, 0.99, 0.95), "fresh_ct.tsv": (0.97, 0.99, 0.96),
          "fresh_cv.tsv": (0.97, 0.97, 0.93), "fresh_cx.tsv": (0.99, 0.99, 0.96), "fresh_cz.tsv": (0.87, 0.96, 0.82),
          "fresh_db.tsv": (0.95, 0.99, 0.94), "fresh_dd.tsv": (0.97, 0.99, 0.96), "fresh_df.tsv": (0.91, 0.99, 0.96),
          "fresh_dk.tsv": (0.95, 0.99, 0.93), "fresh_dm.tsv": (0.96, 0.99, 0.95),
          "fresh_do.tsv": (0.95, 0.99, 0.94), "fresh_dq.tsv": (0.95, 0.99, 0.95), "fresh_ds.tsv": (0.95, 0.99, 0.95),
          "fresh_du.tsv": (0.96, 0.99, 0.96), "fresh_dw.tsv": (0.98, 0.99, 0.95), "fresh_dy.tsv": (0.98, 0.99, 0.94),
          "fresh_ea.tsv": (0.94, 0.99, 0.96), "fresh_ec.tsv": (0.98, 0.99, 0.95), "fresh_ee.tsv": (0.96, 0.99, 0.95),
          "fresh_eg.tsv": (0.95, 0.97, 0.94), "fresh_ei.tsv": (0.9, 0.97, 0.85), "fresh_ek.tsv": (1.0, 0.99, 0.92),
          "fresh_em.tsv": (0.95, 0.99, 0.95), "fresh_eo.tsv": (0.96, 0.99, 0.95), "fresh_eq.tsv": (0.98, 0.98, 0.93),
          "fresh_es.tsv": (0.98, 0.99, 0.95), "fresh_eu.tsv": (1.0, 0.99, 0.97), "fresh_ew.tsv": (0.98, 0.98, 0.95),
          "fresh_ey.tsv": (0.99, 0.99, 0.96), "fresh_fa.tsv": (0.98, 0.99, 0.96), "fresh_fc.tsv": (0.99, 0.99, 0.97),
          "fresh_fe.tsv": (0.87, 0.97, 0.88), "fresh_fg.tsv": (0.96, 0.99, 0.93), "fresh_fi.tsv": (0.93, 0.96, 0.89),
          "fresh_fk.tsv": (0.99, 0.98, 0.91), "fresh_fm.tsv": (0.96, 0.97, 0.92), "fresh_fo.tsv": (0.95, 0.99, 0.93),
          "fresh_fq.tsv": (0.95, 0.99, 0.93), "fresh_fs.tsv": (0.98, 0.99, 0.96), "fresh_fu.tsv": (0.95, 0.95, 0.86),
           "fresh_fw.tsv": (0.92, 0.99, 0.92), "fresh_fy.tsv": (0.94, 0.98, 0.91), "fresh_ga.tsv": (0.96, 0.99, 0.96)}


@pytest.fixture(scope="module")
def checker(built_home):
    with mock.patch.dict(os.environ, {"TRADECHECK_HOME": str(built_home)}), Checker() as c:
        yield c


@pytest.mark.parametrize("name", list(FLOORS))
def test_labelled_set_scores_hold(checker, name):
    result = evaluate(ROOT / "tests/claims" / name, checker)
    recall, precision, accuracy = FLOORS[name]
    errors = [(e.id, e.kind, e.snippet, e.expected, e.predicted) for e in result.errors]
    assert result.recall >= recall and result.precision >= precision, errors
    assert result.accuracy >= accuracy, errors
    assert not result.skipped, [(s.text, s.error) for s in result.skipped]
