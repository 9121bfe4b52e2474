"""The sales cross-check chart: one bar per estimate, the reference as a line,
the green and amber tolerance bands around it (reportlab.graphics)."""

from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from domain.chart_geometry import sales_chart_geometry
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
    left, right, bottom, top = 56.0, 30.0, 26.0, 22.0
    plot_w = width - left - right
    plot_h = height - bottom - top
    # One geometry for the screen and the memo (domain/chart_geometry.py):
    # the axis from zero, round ticks, bars proportional to their values.
    geo = sales_chart_geometry(
        [(str(i), b.value, str(b.light)) for i, b in enumerate(chart.bars)],
        chart.reference,
        chart.green_band,
        chart.amber_band,
    )

    def y(at: float) -> float:
        return bottom + at * plot_h

    d = Drawing(width, height)
    d.initialFontName = FONT  # not Helvetica: every font in the file is embedded
    # Tolerance bands, amber under green.
    for band, fill in zip(geo.bands, (BAND_AMBER, BAND_GREEN), strict=True):
        d.add(
            Rect(
                left,
                y(band.low),
                plot_w,
                y(band.high) - y(band.low),
                fillColor=fill,
                strokeColor=None,
            )
        )
    # Each band labelled at its top, right of the plot (as on screen).
    for band in geo.bands:
        _text(d, left + plot_w + 3, y(band.high) - 2.5, band.label, 6.5, fillColor=MUTED)
    # Grid and axes, from zero.
    for tick in geo.ticks:
        d.add(Line(left, y(tick.at), left + plot_w, y(tick.at), strokeColor=RULE, strokeWidth=0.25))
        _text(d, left - 4, y(tick.at) - 2.5, tick.label, 6.5, fillColor=MUTED, textAnchor="end")
    d.add(Line(left, bottom, left, bottom + plot_h, strokeColor=INK, strokeWidth=0.6))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=INK, strokeWidth=0.6))
    # Bars, with the id and the value under each.
    slot = plot_w / max(len(chart.bars), 1)
    bar_w = min(slot * 0.55, 42.0)
    for i, (bar, geo_bar) in enumerate(zip(chart.bars, geo.bars, strict=True)):
        x = left + slot * i + (slot - bar_w) / 2
        fill = LIGHT_BAR[bar.light]
        # A negative estimate (e.g. loans exceeding inflows) has no bar; its value is printed.
        bar_h = y(geo_bar.height) - bottom
        d.add(Rect(x, bottom, bar_w, bar_h, fillColor=fill, strokeColor=None))
        centre = x + bar_w / 2
        _text(d, centre, bottom - 10, resolve(bar.label, translate), 7.5, textAnchor="middle")
        _text(
            d,
            centre,
            bottom - 19,
            geo_bar.value_text,
            6.5,
            fillColor=LIGHT_BAR[Light.RED] if geo_bar.negative else MUTED,
            textAnchor="middle",
        )
    # Reference line over the bars.
    dash = {"strokeColor": ACCENT, "strokeWidth": 1.1, "strokeDashArray": [4, 2]}
    d.add(Line(left, y(geo.reference_at), left + plot_w, y(geo.reference_at), **dash))
    # Legend on top.
    ly = height - 10
    x = left
    d.add(Line(x, ly + 2.5, x + 18, ly + 2.5, **dash))
    label = f"{resolve(Message(tr_noop('Reference annual sales')), translate)} {geo.reference_text}"
    _text(d, x + 22, ly, label, 7)
    x += 22 + string_width(label, 7) + 14
    for geo_band, fill in zip(reversed(geo.bands), (BAND_GREEN, BAND_AMBER), strict=True):
        d.add(Rect(x, ly - 1, 14, 8, fillColor=fill, strokeColor=RULE, strokeWidth=0.3))
        label = geo_band.label
        _text(d, x + 18, ly, label, 7)
        x += 18 + string_width(label, 7) + 14
    for light in (Light.GREEN, Light.AMBER, Light.RED):
        d.add(Rect(x, ly - 1, 8, 8, fillColor=LIGHT_BAR[light], strokeColor=None))
        x += 11 + _text(d, x + 11, ly, resolve(Message(label_of(light)), translate), 7) + 10
    return d
