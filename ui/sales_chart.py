"""Bar chart of the sales estimates S1–S8 against the reference figure.

The green band is the tolerance for a green light (±10 % by default), the
amber band the tolerance for amber (±20 %); a bar outside both is red. The
bands come from the rule pack through the figures handed in, not from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

LIGHT_FILL = {"green": "#2e7d32", "amber": "#e0a100", "red": "#c62828"}


@dataclass(frozen=True)
class EstimateBar:
    label: str  # "S2"
    value: Decimal
    light: str  # green / amber / red


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
        self.axis_note = ""  # e.g. "axis starts at", translated by the caller

    def sizeHint(self) -> QSize:
        return QSize(480, 200)

    def set_data(
        self,
        bars: Sequence[EstimateBar],
        reference: Decimal | None,
        green_band: Decimal,
        amber_band: Decimal,
        caption: str,
        axis_note: str = "",
    ) -> None:
        self.axis_note = axis_note
        self.bars, self.reference = list(bars), reference
        self.green_band, self.amber_band, self.caption = green_band, amber_band, caption
        self.setVisible(bool(self.bars) and reference is not None and reference > 0)
        self.update()

    def paintEvent(self, _event: object) -> None:
        if not self.bars or self.reference is None or self.reference <= 0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        left, top = 8.0, float(metrics.height() + 8)
        bottom = float(self.height() - metrics.height() - 6)
        width = float(self.width() - 16)
        ref = float(self.reference)
        values = [float(b.value) for b in self.bars]
        amber_band = float(self.amber_band)
        top_value = max(ref * (1 + amber_band) * 1.1, max(values))
        # The axis starts below the lowest bar, not at zero, so that a 10 %
        # band is wide enough to see; the start is printed on the axis.
        floor = max(0.0, min(min(values), ref * (1 - 2 * amber_band)) * 0.9)

        def y(value: float) -> float:
            share = (max(value, floor) - floor) / (top_value - floor)
            return bottom - (bottom - top) * share

        painter.setPen(QColor("#5f6b7a"))
        painter.drawText(QPointF(left, metrics.ascent() + 2), self.caption)
        amber = QRectF(
            left,
            y(ref * (1 + float(self.amber_band))),
            width,
            y(ref * (1 - float(self.amber_band))) - y(ref * (1 + float(self.amber_band))),
        )
        green = QRectF(
            left,
            y(ref * (1 + float(self.green_band))),
            width,
            y(ref * (1 - float(self.green_band))) - y(ref * (1 + float(self.green_band))),
        )
        painter.fillRect(amber, QColor(255, 243, 205))
        painter.fillRect(green, QColor(220, 240, 222))
        slot = width / len(self.bars)
        for i, bar in enumerate(self.bars):
            x = left + i * slot + slot * 0.2
            rect = QRectF(x, y(float(bar.value)), slot * 0.6, bottom - y(float(bar.value)))
            painter.fillRect(rect, QColor(LIGHT_FILL.get(bar.light, "#9e9e9e")))
            painter.setPen(QColor("#33414e"))
            painter.drawText(
                QRectF(left + i * slot, bottom + 2, slot, metrics.height()),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                bar.label,
            )
        pen = QPen(QColor("#1f3a5f"), 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(left, y(ref)), QPointF(left + width, y(ref)))
        painter.setPen(QColor("#b0b8c2"))
        painter.drawLine(QPointF(left, bottom), QPointF(left + width, bottom))
        painter.setPen(QColor("#5f6b7a"))
        painter.drawText(
            QRectF(left, 2, width, metrics.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            f"{self.axis_note} ¥{floor:,.0f}",
        )
        painter.end()


def estimate_bars(checks: Sequence[object]) -> list[EstimateBar]:
    """The S1–S8 checks that produced an estimate, as bars."""
    bars = []
    for chk in checks:
        check_id = str(getattr(chk, "id", ""))
        estimate = getattr(chk, "estimate", None)
        if check_id.startswith("S") and check_id[1:].isdigit() and isinstance(estimate, Decimal):
            bars.append(EstimateBar(check_id, estimate, str(getattr(chk, "light", ""))))
    return bars
