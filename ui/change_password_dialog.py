"""``ChangePasswordDialog``: old password, new one twice, with the first-run
strength rule (``ui.first_run_dialog.password_rule_failures``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ui.first_run_dialog import password_rule_failures, password_rule_text


class ChangePasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change password"))
        self.old_edit = QLineEdit()
        self.new_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update)
        self.rule_label = QLabel()
        self.rule_label.setProperty("role", "hint")
        self.rule_label.setWordWrap(True)
        self.setMinimumWidth(440)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Current password"), self.old_edit)
        form.addRow(self.tr("New password"), self.new_edit)
        form.addRow(self.tr("New password again"), self.repeat_edit)
        # under all three fields: the first problem may be about any of them
        form.addRow("", self.rule_label)
        form.addRow(self.buttons)
        self._update()

    def problems(self) -> list[str]:
        new = self.new_edit.text()
        out = []
        if not self.old_edit.text():
            out.append(self.tr("Type the current password."))
        if password_rule_failures(new):
            out.append(password_rule_text(new))
        if new != self.repeat_edit.text():
            out.append(self.tr("The two new passwords differ."))
        elif new and new == self.old_edit.text():
            out.append(self.tr("The new password is the current one."))
        return out

    def _update(self) -> None:
        problems = self.problems()
        self.rule_label.setText(problems[0] if problems else password_rule_text(self.new_password))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)

    @property
    def old_password(self) -> str:
        return self.old_edit.text()

    @property
    def new_password(self) -> str:
        return self.new_edit.text()
