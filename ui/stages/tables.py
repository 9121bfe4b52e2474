"""An editable table over a list of the case (side inquiries, suppliers, meters…).

Each cell is the field ``<list path>/<row>/<attribute>``; edits go through the
undo stack like any field. Adding or removing a row replaces the whole list in
one undoable step. Invalid numbers stay in the cell as typed, marked red with
the validator's message as tooltip, and the case keeps the last valid value.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.field_feedback import limit_input
from ui.screen_fit import TextButton
from ui.stages.fields import TEXT_KINDS, format_value, parse, tr_label, tr_msg
from ui.undo import EditContext


def tr(text: str) -> str:
    """Translate a source string (empty context, collected by lupdate)."""
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class Column:
    attr: str
    header: str  # already translated
    kind: str = "text"  # a kind of ui.stages.fields.PARSERS, or "bool"
    choices: Sequence[StrEnum] = ()


def _header(column: Column) -> str:
    """A money column says its unit in the header, as the case list does (金额（¥）)."""
    if column.kind == "money":
        return tr("{header} (¥)").replace("{header}", column.header)
    return column.header


class LimitedCells(QStyledItemDelegate):
    """Cell editors of identifier columns take only their characters and length
    (ID, mobile, USCC, card: :func:`ui.field_feedback.limit_input`), as their fields do."""

    def __init__(self, columns: Sequence[Column], parent: QWidget) -> None:
        super().__init__(parent)
        self.columns = columns

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit) and 0 <= index.column() < len(self.columns):
            limit_input(editor, self.columns[index.column()].kind)
        return editor


class ListTable(QWidget):
    """Rows of ``ctx.value(path)`` with one column per attribute."""

    rows_changed = Signal()

    def __init__(
        self,
        ctx: EditContext,
        path: str,
        columns: Sequence[Column],
        factory: Callable[[], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.columns, self.factory = ctx, path, list(columns), factory
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setObjectName(path)
        self.table.setItemDelegate(LimitedCells(self.columns, self.table))
        self.table.setHorizontalHeaderLabels([_header(c) for c in self.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setMinimumHeight(110)
        # an empty table says what to do instead of showing a blank box
        self.empty_hint = QLabel(tr("Nothing entered yet. Press “Add row” to add one."))
        self.empty_hint.setParent(self.table.viewport())
        self.empty_hint.setObjectName(path + "#empty")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #7b8794;")
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.table.viewport().installEventFilter(self)
        # Tab inside a cell editor moves to the next cell; on the table itself it
        # moves on to the next field, so the form stays navigable by keyboard.
        self.table.setTabKeyNavigation(False)
        self.add_button = TextButton(tr("Add row"), self)
        self.remove_button = TextButton(tr("Remove row"), self)
        self.add_button.setObjectName(path + "#add")
        self.remove_button.setObjectName(path + "#remove")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        # What is wrong with which cell, in words under the table (the red cell's
        # tooltip alone is easy to miss).
        self.message = QLabel(self)
        self.message.setObjectName(path + "#message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self._problems: dict[tuple[int, int], tuple[bool, str]] = {}
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)
        self._loading = False
        self._own_edit = False
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        ctx.changed.connect(self._on_changed)
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_hint.setGeometry(self.table.viewport().rect())
        return False

    def _update_buttons(self) -> None:
        """ "Remove row" only when there is a row to remove (the current one)."""
        self.remove_button.setEnabled(0 <= self.table.currentRow() < self.table.rowCount())

    # -- reading ---------------------------------------------------------
    def rows(self) -> list[Any]:
        value = self.ctx.value(self.path)
        return list(value) if value else []

    def reload(self) -> None:
        self._problems.clear()
        self._show_problems()
        self._loading = True
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, col in enumerate(self.columns):
                value = getattr(row, col.attr)
                if col.choices:
                    self._combo(r, c, col, value)
                    continue
                item = QTableWidgetItem()
                if col.kind == "bool":
                    item.setFlags(
                        Qt.ItemFlag.ItemIsUserCheckable
                        | Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                    )
                    item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                else:
                    item.setText(format_value(col.kind, value))
                    if col.kind in ("money", "decimal", "quantity", "int", "percent"):
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                self.table.setItem(r, c, item)
        self._loading = False
        self.empty_hint.setVisible(not rows)
        self._update_buttons()
        self.rows_changed.emit()

    def _combo(self, r: int, c: int, col: Column, value: Any) -> None:
        combo = QComboBox()
        for choice in col.choices:
            combo.addItem(tr_label(choice))
        if value in col.choices:
            combo.setCurrentIndex(list(col.choices).index(value))
        combo.activated.connect(
            lambda i, r=r, col=col: self._edit(f"{self.path}/{r}/{col.attr}", col.choices[i])
        )
        self.table.setCellWidget(r, c, combo)

    # -- writing ---------------------------------------------------------
    def _edit(self, path: str, value: Any) -> None:
        self._own_edit = True
        try:
            self.ctx.edit(path, value, merge=False)
        finally:
            self._own_edit = False
        self.rows_changed.emit()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        col = self.columns[item.column()]
        path = f"{self.path}/{item.row()}/{col.attr}"
        if col.kind == "bool":
            self._edit(path, item.checkState() == Qt.CheckState.Checked)
            return
        result = parse(col.kind, item.text(), self.ctx.today())
        messages = [tr_msg(m) for m in (*result.errors, *result.warnings)]
        self._loading = True
        item.setToolTip("\n".join(messages))
        if messages:
            self._problems[(item.row(), item.column())] = (
                not result.ok,
                tr("Row {row}, {column}: {message}")
                .replace("{row}", str(item.row() + 1))
                .replace("{column}", col.header)
                .replace("{message}", " ".join(messages)),
            )
        else:
            self._problems.pop((item.row(), item.column()), None)
        self._show_problems()
        if not result.ok:
            item.setBackground(QBrush(QColor("#fde7ea")))
        elif result.warnings:
            item.setBackground(QBrush(QColor("#fff4d6")))
        else:
            item.setBackground(QBrush())
        self._loading = False
        if col.kind in TEXT_KINDS:
            self._edit(path, item.text())
        elif result.ok:
            self._edit(path, result.value)

    def _show_problems(self) -> None:
        problems = [self._problems[k] for k in sorted(self._problems)]
        self.message.setText("\n".join(text for _error, text in problems))
        self.message.setVisible(bool(problems))
        errors = any(error for error, _text in problems)
        self.message.setStyleSheet("color: #b00020;" if errors else "color: #a15c00;")

    def add_row(self) -> None:
        rows = self.rows()
        rows.append(self.factory())
        self._edit(self.path, rows)
        self.reload()
        first = next((i for i, c in enumerate(self.columns) if not c.choices), 0)
        self.table.setCurrentCell(len(rows) - 1, first)
        self.table.setFocus()

    def remove_row(self) -> None:
        r = self.table.currentRow()
        rows = self.rows()
        if 0 <= r < len(rows):
            del rows[r]
            self._edit(self.path, copy.deepcopy(rows))
            self.reload()

    def _on_changed(self, changed: str) -> None:
        if self._own_edit:
            return
        if (
            changed == self.path
            or changed.startswith(self.path + "/")
            or self.path.startswith(changed + "/")
        ):
            self.reload()
