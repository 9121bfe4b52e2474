"""三表: monthly electricity and water readings with a chart, customs declarations."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from domain.case import CustomsDeclaration, MeterReading
from domain.enums import MeterKind
from domain.workflow import EXPORTER
from ui.stages.base import StagePage, tr
from ui.stages.fields import tr_label
from ui.stages.tables import Column, ListTable
from ui.undo import EditContext

_COLOURS = {MeterKind.ELECTRICITY: QColor("#1f6fb2"), MeterKind.WATER: QColor("#2a9d8f")}


def monthly_series(readings: list[MeterReading], kind: MeterKind) -> list[tuple[str, Decimal]]:
    """(month, quantity) of one meter kind, by month, skipping blanks."""
    points = [
        (r.month, r.quantity)
        for r in readings
        if r.kind == kind and r.month and r.quantity is not None
    ]
    return sorted((m, q) for m, q in points if q is not None)


class MeterChart(QWidget):
    """Bars of monthly readings per meter kind, drawn with QPainter."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumHeight(220)
        ctx.changed.connect(lambda path: self.update() if path.startswith("meters") else None)

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        area = QRectF(self.rect()).adjusted(10, 6, -10, -6)
        kinds = [k for k in MeterKind if monthly_series(self.ctx.case.meters, k)]
        p.setPen(QPen(QColor("#555555")))
        if not kinds:
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, tr("No readings yet"))
            return
        band_h = area.height() / len(kinds)
        for row, kind in enumerate(kinds):
            series = monthly_series(self.ctx.case.meters, kind)
            # a reading below zero is a typing slip (the field refuses it now):
            # draw it as an empty bar rather than across the month labels
            top = max(max(q for _, q in series), Decimal(0)) or Decimal(1)
            y0 = area.top() + row * band_h
            caption = QRectF(area.left(), y0, area.width(), 16)  # kind and scale
            baseline = y0 + band_h - 18  # month labels below it
            bar_room = baseline - caption.bottom() - 2
            p.setPen(QPen(QColor("#555555")))
            p.drawText(
                caption,
                0,
                tr("{meter} (highest month {top})")
                .replace("{meter}", tr_label(kind))
                .replace("{top}", f"{top:,f}"),
            )
            p.setPen(QPen(QColor("#999999")))
            p.drawLine(QPointF(area.left(), baseline), QPointF(area.right(), baseline))
            width = area.width() / max(len(series), 1)
            for i, (month, qty) in enumerate(series):
                h = max(float(qty / top), 0.0) * bar_room
                bar = QRectF(area.left() + i * width + 2, baseline - h, width - 4, h)
                p.fillRect(bar, _COLOURS[kind])
                p.setPen(QPen(QColor("#555555")))
                p.drawText(QPointF(bar.left(), baseline + 13), month[2:])


class MetersPage(StagePage):
    def build(self) -> None:
        c = self.ctx
        form = self.section(tr("Meter readings"))
        self.readings = ListTable(
            c,
            "meters",
            [
                Column("kind", tr("Meter"), choices=list(MeterKind)),
                Column("month", tr("Month (YYYY-MM)"), "month"),
                Column("quantity", tr("kWh / m³"), "quantity"),
                Column("amount_paid", tr("Amount paid"), "money"),
                Column("account_holder", tr("Account holder")),
            ],
            MeterReading,
        )
        self.readings.table.setMinimumHeight(250)
        form.addRow(self.readings)
        self.chart = MeterChart(c)
        form.addRow(self.chart)
        customs = self.section(self.label("customs", tr("Customs declarations")), when=EXPORTER)
        customs.addRow(
            ListTable(
                c,
                "customs",
                [
                    Column("month", tr("Month (YYYY-MM)"), "month"),
                    Column("declaration_no", tr("Declaration no.")),
                    Column("fob_value", tr("FOB value"), "money"),
                    Column("currency", tr("Currency")),
                    Column("fx_rate", tr("FX rate"), "quantity"),
                    Column("buyer", tr("Buyer")),
                    Column("goods", tr("Goods")),
                ],
                CustomsDeclaration,
            )
        )
