"""A read-only look at a case, used until the guided case editor is wired in."""

from __future__ import annotations

import json

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.case import Case
from domain.serialization import case_to_dict


class CaseSummaryDialog(QDialog):
    def __init__(self, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Case {number}").format(number=case.number))
        self.resize(720, 620)
        heading = QLabel(f"{case.number}  ·  {case.display_name}")
        heading.setProperty("role", "title")
        note = QLabel(self.tr("Read-only view. The guided case editor opens cases here later."))
        note.setProperty("role", "hint")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.text.setFont(fixed)
        self.text.setPlainText(json.dumps(case_to_dict(case), ensure_ascii=False, indent=2))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
