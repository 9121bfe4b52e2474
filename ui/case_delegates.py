"""Painting of the case list's progress bar and red/amber flag badges."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.case_table_model import FLAGS_ROLE, SORT_ROLE
from ui.style import ACCENT, AMBER, BORDER, MUTED, RED

IndexLike = QModelIndex | QPersistentModelIndex


def _background(painter: QPainter, option: QStyleOptionViewItem) -> None:
    if option.state & QStyle.StateFlag.State_Selected:
        painter.fillRect(option.rect, option.palette.highlight().color().lighter(190))


class ProgressDelegate(QStyledItemDelegate):
    """A thin bar with the percentage beside it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: IndexLike) -> None:
        value = index.data(SORT_ROLE)
        percent = int(value) if isinstance(value, int) else 0
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _background(painter, option)
        rect: QRect = option.rect
        text_w = QFontMetrics(option.font).horizontalAdvance("100%") + 8
        bar = QRectF(rect.x() + 8, rect.center().y() - 3, max(10, rect.width() - 24 - text_w), 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BORDER))
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRectF(bar)
        filled.setWidth(bar.width() * max(0, min(100, percent)) / 100)
        painter.setBrush(QColor(ACCENT))
        if percent > 0:
            painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(QColor(MUTED))
        text_rect = QRect(int(bar.right()) + 8, rect.y(), text_w, rect.height())
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            f"{percent}%",
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: IndexLike) -> QSize:
        return QSize(140, 28)


class FlagsDelegate(QStyledItemDelegate):
    """Red and amber counts as coloured badges; a dash when there are none."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: IndexLike) -> None:
        counts = index.data(FLAGS_ROLE)
        red, amber = counts if isinstance(counts, tuple) else (0, 0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _background(painter, option)
        rect: QRect = option.rect
        metrics = QFontMetrics(option.font)
        x = rect.x() + 8
        if not red and not amber:
            painter.setPen(QColor(MUTED))
            painter.drawText(
                QRect(x, rect.y(), rect.width() - 8, rect.height()),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                "—",
            )
        for count, colour in ((red, RED), (amber, AMBER)):
            if not count:
                continue
            text = str(count)
            width = max(22, metrics.horizontalAdvance(text) + 12)
            badge = QRectF(x, rect.center().y() - 9, width, 18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(badge, 9, 9)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)
            x += width + 6
        painter.restore()
