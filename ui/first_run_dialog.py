"""First start: create the officer's encrypted workspace.

Officer name, staff number, 4-digit branch code and a password typed twice.
The password rule (≥ 10 characters and at least three of lower case, upper
case, digit, symbol) is checked live and the failing part is named under the
field, so the officer never meets a refusal only after pressing OK.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.errors import WorkspaceError
from domain.passwords import (
    MIN_PASSWORD_LENGTH,
    RULE_CLASSES,
    RULE_LENGTH,
    character_classes,
    password_rule_failures,
)
from domain.ports import WorkspaceGateway, WorkspaceSession
from ui.interaction import Interaction
from ui.style import repolish

BRANCH_PATTERN = r"\d{4}"


def password_rule_text(password: str) -> str:
    """What the field shows under the password: the first rule that fails."""
    failures = password_rule_failures(password)
    if RULE_LENGTH in failures:
        return QCoreApplication.translate(
            "FirstRunDialog", "At least {n} characters ({have} so far)."
        ).format(n=MIN_PASSWORD_LENGTH, have=len(password))
    if RULE_CLASSES in failures:
        return QCoreApplication.translate(
            "FirstRunDialog",
            "Use at least 3 of: lower case, upper case, digit, symbol ({have} so far).",
        ).format(have=character_classes(password))
    return QCoreApplication.translate("FirstRunDialog", "Strong enough.")


class FirstRunDialog(QDialog):
    """Creates the workspace; ``session`` holds it after ``accept``."""

    def __init__(
        self,
        gateway: WorkspaceGateway,
        directory: Path,
        interaction: Interaction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._directory = directory
        self._interaction = interaction
        self.session: WorkspaceSession | None = None
        self.setWindowTitle(self.tr("Set up the workstation"))
        self.setMinimumWidth(520)

        title = QLabel(self.tr("Welcome"))
        title.setProperty("role", "title")
        intro = QLabel(
            self.tr(
                "Your cases are kept in an encrypted workspace on this computer. "
                "Enter your details and choose a password: without it nobody, "
                "not even you, can read the workspace."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        where = QLabel(self.tr("Workspace folder: {path}").format(path=str(directory)))
        where.setProperty("role", "hint")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. 王建国"))
        self.staff_edit = QLineEdit()
        self.staff_edit.setMaxLength(20)
        self.branch_edit = QLineEdit()
        self.branch_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(BRANCH_PATTERN), self)
        )
        self.branch_edit.setMaxLength(4)
        self.branch_edit.setPlaceholderText("3301")
        self.branch_error = QLabel()
        self.branch_error.setProperty("role", "fieldError")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_rule = QLabel()
        self.password_rule.setWordWrap(True)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_error = QLabel()
        self.repeat_error.setProperty("role", "fieldError")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("Officer name:"), self.name_edit)
        form.addRow(self.tr("Staff number:"), self.staff_edit)
        form.addRow(self.tr("Branch code:"), self.branch_edit)
        form.addRow("", self.branch_error)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow("", self.password_rule)
        form.addRow(self.tr("Repeat password:"), self.repeat_edit)
        form.addRow("", self.repeat_error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create workspace"))
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        for edit in (
            self.name_edit,
            self.staff_edit,
            self.branch_edit,
            self.password_edit,
            self.repeat_edit,
        ):
            edit.textChanged.connect(self._update)
        self._update()

    # -- validation ------------------------------------------------------
    def problems(self) -> list[str]:
        """Which fields still stop the workspace from being created."""
        found = []
        if not self.name_edit.text().strip():
            found.append("name")
        if not self.staff_edit.text().strip():
            found.append("staff_no")
        if not re.fullmatch(BRANCH_PATTERN, self.branch_edit.text()):
            found.append("branch")
        if password_rule_failures(self.password_edit.text()):
            found.append("password")
        if self.repeat_edit.text() != self.password_edit.text():
            found.append("repeat")
        return found

    def _update(self) -> None:
        password = self.password_edit.text()
        ok_password = not password_rule_failures(password)
        self.password_rule.setText(password_rule_text(password))
        self.password_rule.setProperty("role", "fieldOk" if ok_password else "fieldError")
        self.password_edit.setProperty("invalid", bool(password) and not ok_password)
        repolish(self.password_rule)
        repolish(self.password_edit)
        branch = self.branch_edit.text()
        self.branch_error.setText(
            self.tr("Four digits, e.g. 3301.")
            if branch and not re.fullmatch(BRANCH_PATTERN, branch)
            else ""
        )
        repeat = self.repeat_edit.text()
        self.repeat_error.setText(
            self.tr("The two passwords differ.") if repeat and repeat != password else ""
        )
        self.ok_button.setEnabled(not self.problems())

    def _create(self) -> None:
        if self.problems():
            return
        try:
            self.session = self._gateway.create(
                self._directory,
                self.password_edit.text(),
                self.name_edit.text().strip(),
                self.staff_edit.text().strip(),
                self.branch_edit.text(),
            )
        except WorkspaceError as exc:
            self._interaction.error(
                self,
                self.tr("Workspace not created"),
                exc.message.render(QCoreApplication.translate),
            )
            return
        self.password_edit.clear()
        self.repeat_edit.clear()
        self.accept()
