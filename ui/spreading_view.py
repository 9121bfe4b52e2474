"""The spreading view of 交叉检验: S1–S8 side by side, like a spreading screen
(docs/DOMAIN.md, "The spreading view").

:class:`SpreadingModel` holds the rows of :func:`domain.spreading.spread_rows`
(estimate, reference, deviation with its direction in words, light, every
input with its source). :class:`SpreadingView` shows the model in a table;
clicking a row shows the check's full arithmetic under it, and the verified
sales and profit and the equity reconciliation sit beside it. A negative
estimate shows in red.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from domain.chart_geometry import bar_value_text
from domain.checks.base import yuan
from domain.field_labels import input_label
from domain.i18n import CONTEXT, Message
from domain.spreading import Figure, SpreadInput, SpreadRow, equity_figures, spread_rows
from domain.spreading import verified_figures as verified_rows
from ui.stages.fields import tr_label, tr_msg, words_list

LIGHT_COLOURS = {"green": "#2e7d32", "amber": "#b07800", "red": "#c62828", "missing": "#757575"}
NEGATIVE = "#c62828"
COL_CHECK, COL_ESTIMATE, COL_REFERENCE, COL_DEVIATION, COL_LIGHT, COL_INPUTS = range(6)
CHECK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NARROW = 1000  # narrower than this, the figures go under the table

_Index = QModelIndex | QPersistentModelIndex


def _domain(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(CONTEXT, text)


def _text(value: Message | str) -> str:
    return tr_msg(value) if isinstance(value, Message) else value


def _unit(unit: str) -> str:
    """``m³/meal`` with each word translated (the norm's unit names are tr_noop)."""
    return "/".join(_domain(part) for part in unit.split("/")) if unit else ""


def _value_with_unit(i: SpreadInput) -> str:
    """``¥45/份餐`` for a price, ``0.9 kWh/kg``, ``40 天``; a unit such as
    ``normal × 12`` (the seasons) is the arithmetic's, not the value's."""
    unit = i.unit
    if not unit or "×" in unit:
        return i.value
    if unit.startswith("yuan/"):
        return f"¥{i.value}/{_unit(unit[len('yuan/') :])}"
    return f"{i.value} {_unit(unit)}"


def input_text(i: SpreadInput) -> str:
    """``gross margin 58.33% (the case's products)``, translated."""
    return f"{_domain(i.label)} {_value_with_unit(i)} ({_text(i.source)})"


def _money(value: Decimal | None) -> str:
    return "—" if value is None else yuan(value)


def _whole(value: Decimal | None) -> str:
    """An estimate in the table: whole yuan (the arithmetic below has the fen)."""
    return "—" if value is None else bar_value_text(value)


class SpreadingModel(QAbstractTableModel):
    """S1–S8 of one assessment, one row each."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SpreadRow] = []

    def set_assessment(self, assessment: Any) -> None:
        self.beginResetModel()
        self.rows = spread_rows(assessment) if assessment is not None else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Check"),
            self.tr("Estimate"),
            self.tr("Reference"),
            self.tr("Deviation"),
            self.tr("Light"),
            self.tr("Inputs and their sources"),
        )[section]

    def display(self, row: SpreadRow, column: int) -> str:
        if column == COL_CHECK:
            return tr_msg(row.name)
        if column == COL_ESTIMATE:
            return _whole(row.estimate)
        if column == COL_REFERENCE:
            return _whole(row.reference)
        if column == COL_DEVIATION:
            direction = row.direction()
            if direction is None:
                if row.missing:
                    words = words_list([_text(input_label(m)) for m in row.missing])
                    return self.tr("missing: {inputs}").replace("{inputs}", words)
                return "—"
            return f"{row.deviation_text()} · {tr_msg(direction)}"
        if column == COL_LIGHT:
            return "● " + tr_label(row.light)
        if column == COL_INPUTS:
            return "\n".join(input_text(i) for i in row.inputs)
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_ESTIMATE and row.negative:
                return QColor(NEGATIVE)
            if column == COL_LIGHT:
                return QColor(LIGHT_COLOURS.get(row.light, "#757575"))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_ESTIMATE, COL_REFERENCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CHECK_ID_ROLE:
            return row.check_id
        return None

    def row_of(self, check_id: str) -> int:
        return next((r for r, row in enumerate(self.rows) if row.check_id == check_id), -1)


def arithmetic_html(row: SpreadRow, tr: Any) -> str:
    """The full working of one check: arithmetic, inputs with sources, notes."""
    head = f"<b>{escape(tr_msg(row.name))}</b>"
    arith = escape(tr_msg(row.arithmetic))
    if row.negative:
        arith = f"<span style='color:{NEGATIVE}'>{arith}</span>"
    parts = [head, f"<p>{arith}</p>"]
    direction = row.direction()
    if direction is not None:
        parts.append(
            "<p>"
            + escape(
                QCoreApplication.translate(
                    "SpreadingView",
                    "Estimate {estimate} against the reference {reference}: {deviation}, {words}.",
                )
                .replace("{estimate}", _money(row.estimate))
                .replace("{reference}", _money(row.reference))
                .replace("{deviation}", row.deviation_text())
                .replace("{words}", tr_msg(direction))
            )
            + "</p>"
        )
    if row.inputs:
        items = "".join(f"<li>{escape(input_text(i))}</li>" for i in row.inputs)
        parts.append(f"<ul>{items}</ul>")
    for note in row.notes:
        parts.append(f"<p><i>{escape(tr_msg(note))}</i></p>")
    return "".join(parts)


class FiguresBox(QGroupBox):
    """A titled list of figures, a light beside those that have one."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(0, 1)
        self.labels: dict[str, QLabel] = {}  # by English label, for tests

    def set_figures(self, figures: Sequence[Figure]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.labels = {}
        row = 0
        for f in figures:
            name = QLabel(_domain(f.label))
            name.setWordWrap(True)
            value = QLabel(f.value)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if f.value.startswith("−"):
                value.setStyleSheet(f"color:{NEGATIVE};")
            self.grid.addWidget(name, row, 0)
            if f.light:  # the light under the value: the label keeps the width
                light = QLabel("● " + tr_label(f.light))
                light.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                light.setStyleSheet(f"color:{LIGHT_COLOURS.get(f.light, '#757575')};")
                cell = QWidget()
                stack = QVBoxLayout(cell)
                stack.setContentsMargins(0, 0, 0, 0)
                stack.setSpacing(0)
                if f.value:
                    stack.addWidget(value)
                stack.addWidget(light)
                self.grid.addWidget(cell, row, 1)
            else:
                self.grid.addWidget(value, row, 1)
            self.labels[f.label] = value
            row += 1
            if f.note is not None:
                note = QLabel(tr_msg(f.note))
                note.setWordWrap(True)
                note.setStyleSheet("color:#55606e;")
                self.grid.addWidget(note, row, 0, 1, 3)
                row += 1


class SpreadingView(QWidget):
    """The table of S1–S8, the arithmetic of the clicked row, the figures beside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spreading")
        self.model = SpreadingModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("spreading_table")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        for col in (COL_ESTIMATE, COL_REFERENCE, COL_LIGHT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (COL_CHECK, COL_DEVIATION):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_INPUTS, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur))
        self.arithmetic = QTextBrowser(self)
        self.arithmetic.setObjectName("spreading_arithmetic")
        self.arithmetic.setMinimumHeight(90)
        self.arithmetic.setPlaceholderText(self.tr("Click a row to see its full arithmetic."))
        self.verified = FiguresBox(self.tr("Verified sales and profit"), self)
        self.verified.setObjectName("verified_figures")
        self.equity = FiguresBox(self.tr("Equity reconciliation"), self)
        self.equity.setObjectName("equity_figures")
        side = QVBoxLayout()
        side.addWidget(self.verified)
        side.addWidget(self.equity)
        side.addStretch(1)
        self.side = QWidget(self)
        self.side.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.table)
        left.addWidget(self.arithmetic)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addLayout(left, 1)
        self.box.addWidget(self.side)
        self._arrange(beside=True)

    def _arrange(self, beside: bool) -> None:
        """The figures beside the table when there is room (a wide window),
        under it otherwise (a narrow one, or the flags' dock open)."""
        self.box.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )
        if beside:
            self.side.setFixedWidth(290)
        else:
            self.side.setMinimumWidth(0)
            self.side.setMaximumWidth(16777215)
        self.beside = beside

    def set_assessment(self, assessment: Any) -> None:
        current = self.current_check()
        self.model.set_assessment(assessment)
        if assessment is not None:
            self.verified.set_figures(verified_rows(assessment))
            self.equity.set_figures(equity_figures(assessment))
        self.table.setColumnWidth(COL_CHECK, 120)
        self.table.setColumnWidth(COL_DEVIATION, 130)
        self._fit_rows()
        if current:
            self.select_check(current)
        else:
            self.arithmetic.clear()

    def current_check(self) -> str:
        index = self.table.currentIndex()
        return str(index.data(CHECK_ID_ROLE)) if index.isValid() else ""

    def select_check(self, check_id: str) -> bool:
        row = self.model.row_of(check_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, COL_CHECK))
        self._show(self.model.index(row, COL_CHECK))
        return True

    def _show(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.arithmetic.clear()
            return
        self.arithmetic.setHtml(arithmetic_html(self.model.rows[index.row()], self.tr))

    def _fit_rows(self) -> None:
        """Every row whole and visible, without a scroll bar inside the page's."""
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        self.table.setFixedHeight(height + 2)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        beside = event.size().width() >= NARROW
        if beside != self.beside:
            self._arrange(beside)
        self._fit_rows()
