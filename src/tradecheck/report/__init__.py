"""Presenting checked claims and indicator results: charts of the evidence (:mod:`.charts`, drawn by
:mod:`.svg`) and the self-contained HTML report (:mod:`.html`), shared by the CLI and the web app."""

from .charts import Chart, claim_chart, result_chart
from .html import claim_charts, report_page

__all__ = ["Chart", "claim_chart", "claim_charts", "report_page", "result_chart"]
