"""Horizontal bar charts drawn with QPainter (no chart library): one bar per
group, its length proportional to the value, the figure written beside it."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

LIGHT_COLOURS = {"red": "#c0392b", "amber": "#d68910", "green": "#1e8449"}
BAR_COLOUR = "#2e86c1"


class BarChart(QWidget):
    """``set_bars([(label, value, text)])``; the longest bar fills the width."""

    ROW = 22

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        display: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        #: the shown name of a bar's key (industry id → 零售); the key itself by default
        self.display = display or str
        self.bars: list[tuple[str, Decimal, str]] = []
        self.setMinimumHeight(80)

    def set_bars(self, bars: list[tuple[str, Decimal, str]]) -> None:
        self.bars = bars
        self.setMinimumHeight(self.ROW * (len(bars) + 1) + 10)
        self.update()

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn (tests check the proportions)."""
        # Room on the right for the longest "count · amount" text, so it is never cut.
        metrics = self.fontMetrics()
        label_w = 110.0
        text_w = max((metrics.horizontalAdvance(t) for _, _, t in self.bars), default=0) + 12.0
        width = max(self.width() - label_w - text_w - 10, 10)
        top = max((v for _, v, _ in self.bars), default=Decimal(0))
        rects = []
        for i, (_, value, _) in enumerate(self.bars):
            share = float(value / top) if top > 0 else 0.0
            y = self.ROW * (i + 1) + 4
            rects.append(QRectF(label_w, y, width * share, self.ROW - 6))
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawText(4, 16, self.title)
        for (label, _, text), rect in zip(self.bars, self.bar_rects(), strict=True):
            colour = LIGHT_COLOURS.get(label, BAR_COLOUR)
            painter.fillRect(rect, QColor(colour))
            name = self.fontMetrics().elidedText(
                self.display(label), Qt.TextElideMode.ElideRight, 104
            )
            painter.drawText(
                QRectF(4, rect.top() - 2, 104, rect.height() + 4),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                name,
            )
            painter.drawText(
                QRectF(rect.right() + 6, rect.top() - 2, self.width(), rect.height() + 4),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                text,
            )
        painter.end()
