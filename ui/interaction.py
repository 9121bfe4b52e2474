"""The one seam for talking to the person (git-cola's interaction.py).

Every message box and file dialog of the UI goes through an ``Interaction``;
tests hand widgets a fake (``tests/ui/fakes.py``) that records what would have
been shown and answers questions from a script.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class Interaction:
    """Message boxes and file dialogs, modal to ``parent``."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent
        )
        if details:
            box.setDetailedText(details)
        box.exec()

    def confirm(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        ok_text: str = "",
        default_ok: bool = False,
    ) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        ok = box.addButton(QMessageBox.StandardButton.Ok)
        if ok_text:
            ok.setText(ok_text)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(ok if default_ok else cancel)
        box.exec()
        return box.clickedButton() is ok

    def choose(
        self, parent: QWidget | None, title: str, text: str, choices: Sequence[str]
    ) -> int | None:
        """A question with several answers (buttons, the first the default)
        and Cancel: the index of the answer chosen, None when cancelled."""
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        buttons = [box.addButton(c, QMessageBox.ButtonRole.AcceptRole) for c in choices]
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(buttons[0] if buttons else cancel)
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, b in enumerate(buttons) if b is clicked), None)

    def ask_open_file(
        self, parent: QWidget | None, title: str, directory: str = "", filters: str = ""
    ) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, directory, filters)
        return path or None

    def ask_save_file(
        self, parent: QWidget | None, title: str, suggested: str = "", filters: str = ""
    ) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None

    def ask_directory(self, parent: QWidget | None, title: str, directory: str = "") -> str | None:
        path = QFileDialog.getExistingDirectory(parent, title, directory)
        return path or None

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, *, secret: bool = False
    ) -> str | None:
        """One line of text (``secret``: a password field); None when cancelled."""
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        text, ok = QInputDialog.getText(parent, title, label, mode)
        return text if ok else None
