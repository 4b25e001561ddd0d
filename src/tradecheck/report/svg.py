"""Draw a :class:`~.charts.Chart` as inline SVG: no script or network needed to see it.

Every point is a focusable element with a ``<title>`` (the exact figure, shown on hover by any
browser and read by screen readers) and ``data-`` attributes that ``report.js`` uses for a richer
tooltip on hover and keyboard focus. The drawing scales to its container (``viewBox``), so it
reads on a narrow screen too.
"""

from __future__ import annotations

import math
from html import escape

from ..indicators.core import fmt_value
from .charts import Chart

__all__ = ["compact", "render"]

WIDTH = 640
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 64, 16, 28, 44
BAR_HEIGHT, BAR_GAP, LABEL_WIDTH = 20, 6, 200
SERIES_HEIGHT = 260


def render(chart: Chart, chart_id: str = "chart") -> str:
    """The chart as an ``<svg>`` element (a string of markup, safe to inline in HTML)."""
    if chart.kind == "bars":
        body, height = _bars(chart)
    else:
        body, height = _series(chart)
    title = escape(chart.title)
    return (f'<svg class="chart" id="{escape(chart_id)}" viewBox="0 0 {WIDTH} {height}" '
            f'role="img" aria-labelledby="{escape(chart_id)}-t" '
            f'preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="{escape(chart_id)}-t">{title}</title>'
            f'<text class="c-title" x="0" y="16">{title}</text>{body}</svg>')


def compact(value: float, unit: str) -> str:
    """An axis label: "$300B", "250k", "1.2M lb"."""
    sign = "-" if value < 0 else ""
    v = abs(value)
    money = unit.startswith("USD")
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if v >= size:
            text = f"{v / size:.3g}{suffix}"
            break
    else:
        text = f"{v:.3g}"
    if money:
        return f"{sign}${text}"
    return f"{sign}{text}{'%' if unit == 'percent' else ''}"


def _domain(values: list[float]) -> tuple[float, float]:
    lo, hi = min(0.0, *values), max(0.0, *values)
    if hi == lo:
        hi = lo + 1
    step = _nice((hi - lo) / 4)
    return math.floor(lo / step) * step, math.ceil(hi / step) * step


def _nice(x: float) -> float:
    exp = 10 ** math.floor(math.log10(x))
    for m in (1, 2, 2.5, 5, 10):
        if x <= m * exp:
            return m * exp
    return 10 * exp


def _point(p, unit: str, shapes: str) -> str:
    """One data point: a focusable group with its exact figure as title, label and data."""
    label, exact = escape(p.label), escape(fmt_value(p.value, unit))
    cls = "pt hl" if p.highlight else "pt"
    return (f'<g class="{cls}" tabindex="0" role="img" aria-label="{label}: {exact}" '
            f'data-label="{label}" data-value="{exact}"><title>{label}: {exact}</title>{shapes}</g>')


def _series(chart: Chart) -> tuple[str, int]:
    height = SERIES_HEIGHT
    x0, x1 = PAD_LEFT, WIDTH - PAD_RIGHT
    y0, y1 = height - PAD_BOTTOM, PAD_TOP + 8
    values = [p.value for p in chart.points] + [ln.value for ln in chart.lines]
    lo, hi = _domain(values)

    def y(v: float) -> float:
        return y0 - (v - lo) / (hi - lo) * (y0 - y1)

    n = len(chart.points)
    slot = (x1 - x0) / n
    parts = [_y_axis(lo, hi, y, chart.unit, x0, x1)]
    columns = n <= 40
    path = []
    for i, p in enumerate(chart.points):
        cx = x0 + slot * (i + 0.5)
        if columns:
            top, base = sorted((y(p.value), y(0)))
            w = max(slot * 0.72, 1)
            shape = (f'<rect x="{cx - w / 2:.1f}" y="{top:.1f}" width="{w:.1f}" '
                     f'height="{max(base - top, 0.5):.1f}"/>')
        else:
            path.append(f"{'M' if not path else 'L'}{cx:.1f},{y(p.value):.1f}")
            shape = (f'<rect class="hit" x="{cx - slot / 2:.1f}" y="{y1:.1f}" width="{slot:.1f}" '
                     f'height="{y0 - y1:.1f}"/><circle cx="{cx:.1f}" cy="{y(p.value):.1f}" '
                     f'r="{3.5 if p.highlight else 2}"/>')
        parts.append(_point(p, chart.unit, shape))
    if path:
        parts.insert(1, f'<path class="c-line" d="{" ".join(path)}"/>')
    every = max(1, math.ceil(n / 8))
    for i, p in enumerate(chart.points):
        if i % every == 0 or p.highlight and n <= 24:
            cx = x0 + slot * (i + 0.5)
            parts.append(f'<text class="c-x" x="{cx:.1f}" y="{y0 + 16}" text-anchor="middle">'
                         f'{escape(p.label)}</text>')
    for k, ln in enumerate(chart.lines):
        ly = y(ln.value)
        parts.append(_rule(ln, chart.unit, (x0, ly, x1, ly), (x1, ly - 4 - 12 * (k % 2)), "end"))
    parts.append(_caption(chart, height - 6))
    return "".join(parts), height


def _bars(chart: Chart) -> tuple[str, int]:
    n = len(chart.points)
    x0, x1 = LABEL_WIDTH + 8, WIDTH - PAD_RIGHT - 56
    top = PAD_TOP + 16
    height = top + n * (BAR_HEIGHT + BAR_GAP) + 36
    values = [p.value for p in chart.points] + [ln.value for ln in chart.lines]
    lo, hi = _domain(values)

    def x(v: float) -> float:
        return x0 + (v - lo) / (hi - lo) * (x1 - x0)

    parts = []
    for i, p in enumerate(chart.points):
        yy = top + i * (BAR_HEIGHT + BAR_GAP)
        left, right = sorted((x(0), x(p.value)))
        label = p.label if len(p.label) <= 34 else p.label[:33] + "…"
        parts.append(_point(p, chart.unit,
            f'<text class="c-cat" x="{x0 - 6}" y="{yy + BAR_HEIGHT * 0.7:.1f}" text-anchor="end">'
            f'{escape(label)}</text><rect x="{left:.1f}" y="{yy}" width="{max(right - left, 0.5):.1f}" '
            f'height="{BAR_HEIGHT}"/><text class="c-val" x="{right + 4:.1f}" '
            f'y="{yy + BAR_HEIGHT * 0.7:.1f}">{escape(compact(p.value, chart.unit))}</text>'))
    bottom = top + n * (BAR_HEIGHT + BAR_GAP)
    for k, ln in enumerate(chart.lines):
        lx = x(ln.value)
        parts.append(_rule(ln, chart.unit, (lx, top - 4, lx, bottom), (lx, top - 8 - 12 * (k % 2)), "middle"))
    parts.append(_caption(chart, height - 8))
    return "".join(parts), height


def _rule(line, unit: str, ends: tuple[float, float, float, float], at: tuple[float, float],
          anchor: str) -> str:
    """A labelled dashed line across the plot (a claimed figure, an average)."""
    x1, y1, x2, y2 = ends
    return (f'<g class="ln {escape(line.role)}"><line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" '
            f'y2="{y2:.1f}"/><text x="{at[0]:.1f}" y="{at[1]:.1f}" text-anchor="{anchor}">'
            f'{escape(_line_text(line, unit))}</text></g>')


def _line_text(line, unit: str) -> str:
    """A claimed line says the claim as worded; a reference line gives its exact figure."""
    if line.role == "claimed" and line.label.count(" ") <= 4:
        return line.label
    return f"{line.label}: {fmt_value(line.value, unit)}"


def _y_axis(lo: float, hi: float, y, unit: str, x0: float, x1: float) -> str:
    step = _nice((hi - lo) / 4)
    out = []
    v = lo
    while v <= hi + step / 2:
        yy = y(v)
        out.append(f'<line class="grid" x1="{x0}" x2="{x1}" y1="{yy:.1f}" y2="{yy:.1f}"/>'
                   f'<text class="c-y" x="{x0 - 6}" y="{yy + 4:.1f}" text-anchor="end">'
                   f'{escape(compact(v, unit))}</text>')
        v += step
    return "".join(out)


def _caption(chart: Chart, y: float) -> str:
    return f'<text class="c-src" x="0" y="{y:.1f}">{escape(chart.caption)}</text>' if chart.caption else ""
