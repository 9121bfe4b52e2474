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
        self.setMinimumHeight(170)
        ctx.changed.connect(lambda path: self.update() if path.startswith("meters") else None)

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(46, 10, -10, -28)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QPen(QColor("#999999")))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        kinds = [k for k in MeterKind if monthly_series(self.ctx.case.meters, k)]
        if not kinds:
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, tr("No readings yet"))
            return
        for row, kind in enumerate(kinds):
            series = monthly_series(self.ctx.case.meters, kind)
            top = max(q for _, q in series) or Decimal(1)
            band = QRectF(
                area.left(),
                area.top() + row * area.height() / len(kinds),
                area.width(),
                area.height() / len(kinds) - 6,
            )
            width = band.width() / max(len(series), 1)
            p.setPen(QPen(QColor("#555555")))
            p.drawText(QRectF(0, band.top(), 44, 16), Qt.AlignmentFlag.AlignRight, tr_label(kind))
            for i, (month, qty) in enumerate(series):
                h = float(qty / top) * (band.height() - 14)
                bar = QRectF(band.left() + i * width + 2, band.bottom() - h, width - 4, h)
                p.fillRect(bar, _COLOURS[kind])
                p.setPen(QPen(QColor("#555555")))
                p.drawText(QPointF(bar.left(), band.bottom() + 12), month[2:])


class MetersPage(StagePage):
    def build(self) -> None:
        c = self.ctx
        form = self.section(tr("Meter readings"))
        self.readings = ListTable(
            c,
            "meters",
            [
                Column("kind", tr("Meter"), choices=list(MeterKind)),
                Column("month", tr("Month (YYYY-MM)")),
                Column("quantity", tr("kWh / m³"), "decimal"),
                Column("amount_paid", tr("Amount paid"), "money"),
                Column("account_holder", tr("Account holder")),
            ],
            MeterReading,
        )
        form.addRow(self.readings)
        self.chart = MeterChart(c)
        form.addRow(self.chart)
        customs = self.section(self.label("customs"), when=EXPORTER)
        customs.addRow(
            ListTable(
                c,
                "customs",
                [
                    Column("month", tr("Month (YYYY-MM)")),
                    Column("declaration_no", tr("Declaration no.")),
                    Column("fob_value", tr("FOB value"), "money"),
                    Column("currency", tr("Currency")),
                    Column("fx_rate", tr("FX rate"), "decimal"),
                    Column("buyer", tr("Buyer")),
                    Column("goods", tr("Goods")),
                ],
                CustomsDeclaration,
            )
        )
