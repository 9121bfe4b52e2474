"""An officer at the keyboard: fills the case editor through its real widgets.

Every helper finds the widget the way the officer sees it (by the field it
shows, ``objectName`` = the field's path) and works it the way a person does:
keystrokes into line edits, clicks on check boxes and buttons, a choice in a
combo box, "Add row" and typing into table cells. Nothing here writes to the
case directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.case_editor import CaseEditor
from ui.stages.statements import BALANCE_ROWS, INCOME_ROWS, SEASONS
from ui.stages.tables import ListTable


class Officer:
    """Drives one case editor the way the officer would."""

    def __init__(self, qtbot: QtBot, editor: CaseEditor) -> None:
        self.qtbot, self.editor = qtbot, editor

    # -- finding ------------------------------------------------------------
    def _page(self) -> QWidget:
        return self.editor.pages.currentWidget()

    def _find(self, kind: type, name: str) -> QWidget:
        found = [w for w in self._page().findChildren(kind, name) if w.isVisibleTo(self._page())]
        assert found, f"no visible {kind.__name__} for {name!r} on this stage"
        return found[0]

    def stage(self, stage_id: str) -> None:
        """Click the stage in the stepper."""
        row = [s.id for s in self.editor.stages].index(stage_id)
        self.editor.stepper.setCurrentRow(row)
        assert self.editor.current_stage().id == stage_id

    # -- fields -------------------------------------------------------------
    def type(self, path: str, text: str) -> None:
        """Type into a line or text field, then press Enter (a line) as the officer does.
        A date-time picker gets the time as picked in its calendar (``YYYY-MM-DD HH:MM``)."""
        picker = self._page().findChild(QDateTimeEdit, path)
        if picker is not None:
            picker.setDateTime(QDateTime.fromString(text, "yyyy-MM-dd HH:mm"))
            picker.editingFinished.emit()
            return
        widget = self._page().findChildren(QLineEdit, path) or self._page().findChildren(
            QPlainTextEdit, path
        )
        assert widget, f"no field {path!r} on this stage"
        edit = widget[0]
        edit.setFocus()
        if isinstance(edit, QLineEdit):
            edit.selectAll()
        # One key event carrying the whole text, as an input method commits 张建华:
        # QTest's keyClicks types ASCII only.
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text)
            QApplication.sendEvent(edit, event)
        if isinstance(edit, QLineEdit):
            self.qtbot.keyClick(edit, Qt.Key.Key_Return)

    def tick(self, path: str) -> None:
        box = self._find(QCheckBox, path)
        assert isinstance(box, QCheckBox)
        if not box.isChecked():
            box.setFocus()
            self.qtbot.keyClick(box, Qt.Key.Key_Space)  # the officer tabs to it and ticks
        assert box.isChecked()

    def choose(self, path: str, shown: str) -> None:
        """Pick the entry whose text is ``shown`` in the combo box of ``path``."""
        combo = self._find(QComboBox, path)
        assert isinstance(combo, QComboBox)
        index = combo.findText(shown)
        assert index >= 0, f"{shown!r} is not offered in {path}: {_items(combo)}"
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    def click(self, name: str) -> None:
        button = self._find(QPushButton, name)
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    # -- tables -------------------------------------------------------------
    def add_row(self, path: str, cells: Mapping[str, str]) -> None:
        """ "Add row" under the table of ``path``, then type each cell (a choice
        column takes the text shown in its combo box)."""
        table = next(t for t in self._page().findChildren(ListTable) if t.path == path)
        self.qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
        row = table.table.rowCount() - 1
        for attr, text in cells.items():
            col = next(i for i, c in enumerate(table.columns) if c.attr == attr)
            combo = table.table.cellWidget(row, col)
            if isinstance(combo, QComboBox):
                index = combo.findText(text)
                assert index >= 0, f"{text!r} is not offered: {_items(combo)}"
                combo.setCurrentIndex(index)
                combo.activated.emit(index)
            else:
                item = table.table.item(row, col)
                assert item is not None
                item.setText(text)
        assert not table.message.isVisibleTo(table), table.message.text()

    def income(self, figures: Mapping[str, tuple[str, str, str]]) -> None:
        """The seasonal income statement: row key → (slack, normal, peak) as typed."""
        table = self._find(QTableWidget, "income_table")
        assert isinstance(table, QTableWidget)
        keys = [key for key, _ in INCOME_ROWS]
        for key, texts in figures.items():
            for col, text in enumerate(texts[: len(SEASONS)]):
                if text:
                    item = table.item(keys.index(key), col)
                    assert item is not None
                    item.setText(text)

    def balance(self, figures: Mapping[str, str]) -> None:
        table = self._find(QTableWidget, "balance_table")
        assert isinstance(table, QTableWidget)
        for key, text in figures.items():
            item = table.item(BALANCE_ROWS.index(key), 0)
            assert item is not None
            item.setText(text)

    # -- the editor's own buttons --------------------------------------------
    def finish_stage(self) -> None:
        self.qtbot.mouseClick(self.editor.finish_button, Qt.MouseButton.LeftButton)
        assert self.editor.current_stage().id in self.editor.case.stages_finished, (
            self.editor.missing_label.text()
        )

    def attach_photo(self, path: Path) -> None:
        self.editor.interaction.open_answers.append(str(path))  # the file dialog's answer
        self.qtbot.mouseClick(self.editor.photos.add_button, Qt.MouseButton.LeftButton)

    def next_step(self) -> None:
        """The next-step bar's button (完成调查 / 打印报告 / 报送总行)."""
        button = self.editor.next_step.move_button
        assert button.isVisible() and button.isEnabled(), self.editor.next_step.blockers
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]
