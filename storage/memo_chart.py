"""The sales cross-check chart: one bar per estimate, the reference as a line,
the green and amber tolerance bands around it (reportlab.graphics)."""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from domain.i18n import Translate
from domain.memo import SalesChart, resolve
from storage.memo_styles import (
    BAND_AMBER,
    BAND_GREEN,
    INK,
    LIGHT_BAR,
    MUTED,
    RULE,
    register_fonts,
)

_STEPS = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5))


def _nice_step(top: Decimal, ticks: int = 5) -> Decimal:
    """A round tick step (1, 2, 2.5 or 5 × 10ⁿ) giving about ``ticks`` ticks."""
    raw = top / ticks
    exponent = raw.adjusted()
    scale = Decimal(10) ** exponent
    for s in _STEPS:
        if s * scale >= raw:
            return s * scale
    return 10 * scale


def _short(value: Decimal) -> str:
    """Axis label in ten-thousands (万) would need translation; plain grouping is clear."""
    return f"{value.quantize(Decimal(1)):,}"


def sales_chart_drawing(chart: SalesChart, width: float, translate: Translate) -> Drawing:
    font = register_fonts()
    height = 175.0
    left, right, bottom, top = 62.0, 70.0, 16.0, 8.0
    plot_w = width - left - right
    plot_h = height - bottom - top
    ref = chart.reference
    highest = max([b.value for b in chart.bars] + [ref * (1 + chart.amber_band)])
    step = _nice_step(highest * Decimal("1.05"))
    y_max = step * ((highest * Decimal("1.05") / step).to_integral_value(rounding="ROUND_CEILING"))

    def y(value: Decimal) -> float:
        return bottom + float(value / y_max) * plot_h

    d = Drawing(width, height)
    d.add(
        String(
            0,
            height - 11,
            resolve(chart.title, translate),
            fontName=font,
            fontSize=8.5,
            fillColor=INK,
        )
    )
    # Tolerance bands, amber under green.
    for band, fill in ((chart.amber_band, BAND_AMBER), (chart.green_band, BAND_GREEN)):
        lo = max(ref * (1 - band), Decimal(0))
        hi = ref * (1 + band)
        d.add(Rect(left, y(lo), plot_w, y(hi) - y(lo), fillColor=fill, strokeColor=None))
        d.add(
            String(
                left + plot_w + 4,
                y(hi) - 3,
                f"+{int(band * 100)}%",
                fontName=font,
                fontSize=6.5,
                fillColor=MUTED,
            )
        )
        d.add(
            String(
                left + plot_w + 4,
                y(lo) - 3,
                f"−{int(band * 100)}%",
                fontName=font,
                fontSize=6.5,
                fillColor=MUTED,
            )
        )
    # Axis and grid.
    tick = Decimal(0)
    while tick <= y_max:
        d.add(Line(left, y(tick), left + plot_w, y(tick), strokeColor=RULE, strokeWidth=0.25))
        d.add(
            String(
                left - 4,
                y(tick) - 2.5,
                _short(tick),
                fontName=font,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
        tick += step
    d.add(Line(left, bottom, left, bottom + plot_h, strokeColor=INK, strokeWidth=0.6))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=INK, strokeWidth=0.6))
    # Bars.
    n = len(chart.bars)
    slot = plot_w / max(n, 1)
    bar_w = min(slot * 0.55, 42.0)
    for i, bar in enumerate(chart.bars):
        x = left + slot * i + (slot - bar_w) / 2
        d.add(
            Rect(
                x,
                bottom,
                bar_w,
                y(bar.value) - bottom,
                fillColor=LIGHT_BAR[bar.light],
                strokeColor=None,
            )
        )
        d.add(
            String(
                x + bar_w / 2,
                y(bar.value) + 2.5,
                _short(bar.value),
                fontName=font,
                fontSize=6.3,
                fillColor=INK,
                textAnchor="middle",
            )
        )
        d.add(
            String(
                x + bar_w / 2,
                bottom - 10,
                resolve(bar.label, translate),
                fontName=font,
                fontSize=7.5,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    # Reference line last, over the bars.
    d.add(
        Line(
            left,
            y(ref),
            left + plot_w,
            y(ref),
            strokeColor=colors.HexColor("#1F3A5F"),
            strokeWidth=1.1,
            strokeDashArray=[4, 2],
        )
    )
    d.add(
        String(
            left + plot_w + 4,
            y(ref) - 3,
            "S_ref " + _short(ref),
            fontName=font,
            fontSize=6.5,
            fillColor=INK,
        )
    )
    return d
