"""The sales cross-check chart: one bar per estimate, the reference as a line,
the green and amber tolerance bands around it (reportlab.graphics)."""

from decimal import ROUND_CEILING, Decimal
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from domain.enums import Light
from domain.enums import label as label_of
from domain.i18n import Message, Translate, tr_noop
from domain.memo import SalesChart, resolve
from storage.memo_styles import (
    ACCENT,
    BAND_AMBER,
    BAND_GREEN,
    FONT,
    INK,
    LIGHT_BAR,
    MUTED,
    RULE,
    runs,
    string_width,
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


def _text(d: Drawing, x: float, y: float, text: str, size: float, **kw: Any) -> float:
    """Add mixed Latin/CJK ``text`` (one String per font run); returns its width."""
    kw.setdefault("fillColor", INK)
    anchor = kw.pop("textAnchor", "start")
    width = string_width(text, size)
    if anchor == "end":
        x -= width
    elif anchor == "middle":
        x -= width / 2
    for font, piece in runs(text):
        d.add(String(x, y, piece, fontName=font, fontSize=size, **kw))
        x += stringWidth(piece, font, size)
    return width


def sales_chart_drawing(chart: SalesChart, width: float, translate: Translate) -> Drawing:
    """Bars of the estimates (coloured by their light, value under the id), the
    reference as a dashed line, the tolerance bands shaded, a legend on top."""
    height = 185.0
    left, right, bottom, top = 56.0, 12.0, 26.0, 22.0
    plot_w = width - left - right
    plot_h = height - bottom - top
    ref = chart.reference
    highest = max([b.value for b in chart.bars] + [ref * (1 + chart.amber_band)])
    step = _nice_step(highest * Decimal("1.05"))
    y_max = step * (highest * Decimal("1.05") / step).to_integral_value(rounding=ROUND_CEILING)

    def y(value: Decimal) -> float:
        return bottom + float(value / y_max) * plot_h

    d = Drawing(width, height)
    d.initialFontName = FONT  # not Helvetica: every font in the file is embedded
    # Tolerance bands, amber under green.
    for band, fill in ((chart.amber_band, BAND_AMBER), (chart.green_band, BAND_GREEN)):
        lo = max(ref * (1 - band), Decimal(0))
        hi = ref * (1 + band)
        d.add(Rect(left, y(lo), plot_w, y(hi) - y(lo), fillColor=fill, strokeColor=None))
    # Grid and axes.
    tick = Decimal(0)
    while tick <= y_max:
        d.add(Line(left, y(tick), left + plot_w, y(tick), strokeColor=RULE, strokeWidth=0.25))
        _text(d, left - 4, y(tick) - 2.5, _short(tick), 6.5, fillColor=MUTED, textAnchor="end")
        tick += step
    d.add(Line(left, bottom, left, bottom + plot_h, strokeColor=INK, strokeWidth=0.6))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=INK, strokeWidth=0.6))
    # Bars, with the id and the value under each.
    slot = plot_w / max(len(chart.bars), 1)
    bar_w = min(slot * 0.55, 42.0)
    for i, bar in enumerate(chart.bars):
        x = left + slot * i + (slot - bar_w) / 2
        fill = LIGHT_BAR[bar.light]
        # A negative estimate (e.g. loans exceeding inflows) has no bar; its value is printed.
        bar_h = max(y(bar.value) - bottom, 0.0)
        d.add(Rect(x, bottom, bar_w, bar_h, fillColor=fill, strokeColor=None))
        centre = x + bar_w / 2
        _text(d, centre, bottom - 10, resolve(bar.label, translate), 7.5, textAnchor="middle")
        _text(
            d,
            centre,
            bottom - 19,
            "¥" + _short(bar.value),
            6.5,
            fillColor=MUTED,
            textAnchor="middle",
        )
    # Reference line over the bars.
    dash = {"strokeColor": ACCENT, "strokeWidth": 1.1, "strokeDashArray": [4, 2]}
    d.add(Line(left, y(ref), left + plot_w, y(ref), **dash))
    # Legend on top.
    ly = height - 10
    x = left
    d.add(Line(x, ly + 2.5, x + 18, ly + 2.5, **dash))
    label = f"{resolve(Message(tr_noop('Reference annual sales')), translate)} ¥{_short(ref)}"
    _text(d, x + 22, ly, label, 7)
    x += 22 + string_width(label, 7) + 14
    for band, fill in ((chart.green_band, BAND_GREEN), (chart.amber_band, BAND_AMBER)):
        d.add(Rect(x, ly - 1, 14, 8, fillColor=fill, strokeColor=RULE, strokeWidth=0.3))
        label = f"±{(band * 100).normalize():f}%"
        _text(d, x + 18, ly, label, 7)
        x += 18 + string_width(label, 7) + 14
    for light in (Light.GREEN, Light.AMBER, Light.RED):
        d.add(Rect(x, ly - 1, 8, 8, fillColor=LIGHT_BAR[light], strokeColor=None))
        x += 11 + _text(d, x + 11, ly, resolve(Message(label_of(light)), translate), 7) + 10
    return d
