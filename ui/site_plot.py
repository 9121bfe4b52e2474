"""Where the site photos were taken around the business: a plot without a map.

Drawn with QPainter from :func:`domain.geo.site_plot`, so it needs no map
tiles and no network: the business (the visit's recorded position) at the
centre, north up, a labelled ring at a round distance holding every photo,
and each photo as a numbered dot. The list beside the plot gives each photo's
distance and time, and names the photos that carry no position.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from domain.geo import SitePlot, distance_text, site_plot
from ui.stages.base import tr
from ui.stages.fields import tr_msg, words_list
from ui.undo import EditContext

BUSINESS_COLOUR = QColor("#1f4e8c")
PHOTO_COLOUR = QColor("#c2410c")
RING_COLOUR = QColor("#9aa5b1")


class SitePlotCanvas(QWidget):
    """The plot itself (square, north up)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sitePlotCanvas")
        self.model: SitePlot | None = None
        self.setMinimumSize(280, 280)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    def set_model(self, model: SitePlot) -> None:
        self.model = model
        self.update()

    def scale(self) -> float:
        """Pixels per metre: the outer ring fills the square, less a margin."""
        radius_px = min(self.width(), self.height()) / 2 - 30
        return radius_px / self.model.ring_m if self.model else 0.0

    def position(self, east_m: float, north_m: float) -> QPointF:
        """Where a point east/north of the business falls on the widget (north up)."""
        k = self.scale()
        centre = QPointF(self.width() / 2, self.height() / 2)
        return QPointF(centre.x() + east_m * k, centre.y() - north_m * k)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#fbfcfd"))
        p.setPen(QPen(QColor("#d5dde8")))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        model = self.model
        if model is None or not model.has_centre:
            p.setPen(QColor("#555"))
            p.drawText(
                self.rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                tr(
                    "Record the visit's latitude and longitude (or use a photo's) to see where "
                    "the photos were taken."
                ),
            )
            return
        centre = self.position(0, 0)
        k = self.scale()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        p.setFont(small)
        for fraction in (0.5, 1.0):  # half ring and outer ring, each labelled
            r = model.ring_m * fraction * k
            p.setPen(QPen(RING_COLOUR, 1, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(centre, r, r)
            metres = int(model.ring_m * fraction)
            p.setPen(QColor("#5b6775"))
            p.drawText(QPointF(centre.x() + 3, centre.y() - r - 3), tr_msg(distance_text(metres)))
        # north arrow
        p.setPen(QPen(QColor("#333"), 1.5))
        p.drawLine(QPointF(18, 34), QPointF(18, 14))
        p.drawLine(QPointF(18, 14), QPointF(14, 20))
        p.drawLine(QPointF(18, 14), QPointF(22, 20))
        p.drawText(QRectF(8, 34, 20, 16), Qt.AlignmentFlag.AlignCenter, tr("N"))
        # the photos; a number that would cover another moves down a line
        taken: list[QRectF] = []
        line = p.fontMetrics().height()
        for number, point in enumerate(model.points, start=1):
            at = self.position(point.east_m, point.north_m)
            p.setPen(QPen(QColor("white"), 1))
            p.setBrush(PHOTO_COLOUR)
            p.drawEllipse(at, 6, 6)
            box = QRectF(at.x() + 8, at.y() - line / 2, line * 1.5, line)
            while any(box.intersects(other) for other in taken):
                box.translate(0, line)
            taken.append(box)
            p.setPen(PHOTO_COLOUR)
            p.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(number))
        # the business last, on top of photos taken right there
        p.setPen(QPen(QColor("white"), 1.5))
        p.setBrush(BUSINESS_COLOUR)
        p.drawRect(QRectF(centre.x() - 6, centre.y() - 6, 12, 12))


class SitePlotView(QWidget):
    """The plot and its legend, kept up to date with the case."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("sitePlot")
        self.canvas = SitePlotCanvas(self)
        self.legend = QLabel(self)
        self.legend.setObjectName("sitePlotLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.legend, 1)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, path: str) -> None:
        if path in ("attachments", "visits") or path.startswith("visits/0/"):
            self.refresh()

    def refresh(self) -> None:
        self.model = site_plot(self.ctx.case)
        self.canvas.set_model(self.model)
        self.legend.setText(self.legend_html())

    def legend_html(self) -> str:
        e = html.escape
        m = self.model
        business = tr("The business (the visit position)")
        no_time = tr("no time in photo")
        rows = [f"<p><span style='color:{BUSINESS_COLOUR.name()}'>■</span> {e(business)}"]
        if m.has_centre:
            rows.append(f"<br><small>{m.latitude:f}, {m.longitude:f}</small>")
        rows.append("</p><table cellspacing='0' cellpadding='2'>")
        for number, point in enumerate(m.points, start=1):
            when = f"{point.taken_at:%Y-%m-%d %H:%M}" if point.taken_at else no_time
            rows.append(
                f"<tr><td style='color:{PHOTO_COLOUR.name()}'>● {number}</td>"
                f"<td>{e(point.filename)}</td>"
                f"<td align='right'>{e(tr_msg(distance_text(point.distance_m)))}</td>"
                f"<td>{e(when)}</td></tr>"
            )
        rows.append("</table>")
        if m.without_position:
            names = words_list(list(m.without_position))
            lead = tr("No position in these photos:")
            rows.append(f"<p>{e(lead)} {e(names)}</p>")
        return "".join(rows)
