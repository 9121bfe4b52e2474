"""Bar chart of the sales estimates S1–S8 against the reference figure.

Drawn from :func:`domain.chart_geometry.sales_chart_geometry`, the geometry the
memo's chart uses too (docs/DOMAIN.md, "The sales chart"): the axis starts at
zero with labelled ticks, each bar carries its value, the reference line and
the green (±10 % by default) and amber (±20 %) tolerance bands are labelled,
and a legend names every mark. The bands come from the rule pack through the
figures handed in, not from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from domain.chart_geometry import ChartGeometry, sales_chart_geometry
from ui.stages.fields import tr_label

LIGHT_FILL = {"green": "#2e7d32", "amber": "#e0a100", "red": "#c62828", "missing": "#9e9e9e"}
BAND_FILL = ("#fff3cd", "#dcf0de")  # amber (the wider band), green
REFERENCE = "#1f3a5f"
MUTED = "#5f6b7a"
INK = "#33414e"
NEGATIVE = "#c62828"


@dataclass(frozen=True)
class EstimateBar:
    label: str  # "S2"
    value: Decimal
    light: str  # green / amber / red


@dataclass(frozen=True)
class PlotArea:
    left: float
    top: float
    width: float
    height: float

    def y(self, at: float) -> float:
        """The pixel row of a geometry fraction (0 = the zero line)."""
        return self.top + self.height * (1.0 - at)

    @property
    def bottom(self) -> float:
        return self.top + self.height


class SalesEstimateChart(QWidget):
    """S1–S8 as bars, the reference as a dashed line, the tolerance bands shaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sales_chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.bars: list[EstimateBar] = []
        self.reference: Decimal | None = None
        self.green_band = Decimal("0.10")
        self.amber_band = Decimal("0.20")
        self.caption = ""
        self.geometry_: ChartGeometry | None = None

    def sizeHint(self) -> QSize:
        return QSize(560, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 260)

    def set_data(
        self,
        bars: Sequence[EstimateBar],
        reference: Decimal | None,
        green_band: Decimal,
        amber_band: Decimal,
        caption: str,
    ) -> None:
        self.bars, self.reference = list(bars), reference
        self.green_band, self.amber_band, self.caption = green_band, amber_band, caption
        drawable = bool(self.bars) and reference is not None and reference > 0
        self.geometry_ = (
            sales_chart_geometry(
                [(b.label, b.value, b.light) for b in self.bars],
                reference,
                green_band,
                amber_band,
            )
            if drawable and reference is not None
            else None
        )
        self.setVisible(drawable)
        self.update()

    # -- layout -------------------------------------------------------------
    def plot_area(self) -> PlotArea:
        """Where the plot sits: right of the tick labels, under the caption and
        legend, over the bar names."""
        metrics = self.fontMetrics()
        geo = self.geometry_
        widest = (
            max((metrics.horizontalAdvance(t.label) for t in geo.ticks), default=0) if geo else 0
        )
        line = metrics.height()
        left = 8.0 + widest + 6.0
        top = 3.0 * line + 14.0  # caption, legend, the value over the highest bar
        right = 8.0 + metrics.horizontalAdvance("±20%") + 6.0  # the band labels
        bottom = line + 6.0
        return PlotArea(left, top, self.width() - left - right, self.height() - top - bottom)

    def bar_rects(self) -> list[QRectF]:
        """Each bar's rectangle in widget pixels (empty for a negative value)."""
        geo = self.geometry_
        if geo is None:
            return []
        area = self.plot_area()
        slot = area.width / len(geo.bars)
        width = min(slot * 0.55, 64.0)
        return [
            QRectF(
                area.left + i * slot + (slot - width) / 2,
                area.y(bar.height),
                width,
                area.bottom - area.y(bar.height),
            )
            for i, bar in enumerate(geo.bars)
        ]

    # -- painting -----------------------------------------------------------
    def paintEvent(self, _event: object) -> None:
        geo = self.geometry_
        if geo is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        area = self.plot_area()
        right = area.left + area.width
        align_right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        centred = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        # caption
        painter.setPen(QColor(INK))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QPointF(8, metrics.ascent() + 2), self.caption)
        painter.setFont(self.font())
        self._legend(painter, geo, 8.0, line + 8.0)
        # bands, with their labels at the right end
        for band, fill in zip(geo.bands, BAND_FILL, strict=True):
            top, bottom = area.y(band.high), area.y(band.low)
            painter.fillRect(QRectF(area.left, top, area.width, bottom - top), QColor(fill))
        painter.setPen(QColor(MUTED))
        for band in geo.bands:
            painter.drawText(
                QPointF(right + 4, area.y(band.high) + metrics.ascent() / 2), band.label
            )
        # grid and tick labels, from zero
        for tick in geo.ticks:
            y = area.y(tick.at)
            painter.setPen(QPen(QColor("#d5dbe3"), 0.8))
            painter.drawLine(QPointF(area.left, y), QPointF(right, y))
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(0, y - line / 2, area.left - 6, line), align_right, tick.label)
        # bars, each with its name under the axis
        slot = area.width / len(geo.bars)
        rects = self.bar_rects()
        for i, (bar, rect) in enumerate(zip(geo.bars, rects, strict=True)):
            painter.fillRect(rect, QColor(LIGHT_FILL.get(bar.light, "#9e9e9e")))
            painter.setPen(QColor(INK))
            under = QRectF(area.left + i * slot, area.bottom + 3, slot, line)
            painter.drawText(under, int(Qt.AlignmentFlag.AlignHCenter), bar.label)
        # axes
        painter.setPen(QPen(QColor(INK), 1.0))
        painter.drawLine(QPointF(area.left, area.top), QPointF(area.left, area.bottom))
        painter.drawLine(QPointF(area.left, area.bottom), QPointF(right, area.bottom))
        # the reference line over the bars
        painter.setPen(QPen(QColor(REFERENCE), 1.6, Qt.PenStyle.DashLine))
        y_ref = area.y(geo.reference_at)
        painter.drawLine(QPointF(area.left, y_ref), QPointF(right, y_ref))
        # each bar's value over it, on a light ground so that no line crosses it
        for i, (bar, rect) in enumerate(zip(geo.bars, rects, strict=True)):
            width = metrics.horizontalAdvance(bar.value_text) + 6
            cell = QRectF(
                area.left + i * slot + (slot - width) / 2, rect.top() - line - 2, width, line
            )
            painter.fillRect(cell, QColor(255, 255, 255, 215))
            painter.setPen(QColor(NEGATIVE if bar.negative else INK))
            painter.drawText(cell, centred, bar.value_text)
        painter.end()

    def legend_entries(self) -> list[tuple[str, str]]:
        """(kind, text) of each legend entry, in order: the reference line,
        the two bands, the three lights."""
        geo = self.geometry_
        if geo is None:
            return []
        amber, green = geo.bands
        return [
            ("reference", self.tr("Reference {value}").replace("{value}", geo.reference_text)),
            ("green_band", self.tr("{band} green").replace("{band}", green.label)),
            ("amber_band", self.tr("{band} amber").replace("{band}", amber.label)),
            *((light, tr_label(light)) for light in ("green", "amber", "red")),
        ]

    def _legend(self, painter: QPainter, geo: ChartGeometry, x: float, y: float) -> None:
        metrics = painter.fontMetrics()
        mid = y + metrics.height() / 2
        for kind, text in self.legend_entries():
            if kind == "reference":
                painter.setPen(QPen(QColor(REFERENCE), 1.6, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(x, mid), QPointF(x + 22, mid))
                x += 26
            else:
                fill = {"green_band": BAND_FILL[1], "amber_band": BAND_FILL[0]}.get(kind)
                swatch = QRectF(x, mid - 5, 14 if fill else 10, 10)
                painter.fillRect(swatch, QColor(fill or LIGHT_FILL[kind]))
                if fill:
                    painter.setPen(QColor("#b0b8c2"))
                    painter.drawRect(swatch)
                x += swatch.width() + 4
            painter.setPen(QColor(INK))
            painter.drawText(QPointF(x, y + metrics.ascent()), text)
            x += metrics.horizontalAdvance(text) + 14


def estimate_bars(checks: Sequence[object]) -> list[EstimateBar]:
    """The S1–S8 checks that produced an estimate, as bars."""
    bars = []
    for chk in checks:
        check_id = str(getattr(chk, "id", ""))
        estimate = getattr(chk, "estimate", None)
        if check_id.startswith("S") and check_id[1:].isdigit() and isinstance(estimate, Decimal):
            bars.append(EstimateBar(check_id, estimate, str(getattr(chk, "light", ""))))
    return bars
