"""Asking the workspace password: at start and after the idle lock.

:class:`UnlockPanel` is the form itself (also shown inside the main window's
lock screen); :class:`UnlockDialog` wraps it in a dialog. Wrong passwords are
reported at the field and counted; a ``WorkspaceError`` shows its message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.errors import WorkspaceBusy, WorkspaceError, WrongPassword
from domain.ports import WorkspaceGateway, WorkspaceSession
from ui.interaction import Interaction

#: ``attempt(password) -> True`` when it unlocks; False or WrongPassword when wrong.
Attempt = Callable[[str], bool]

#: Wrong passwords allowed before the panel makes the officer wait.
FREE_ATTEMPTS = 5
#: Pause after each wrong password beyond the free ones (slows guessing).
WAIT_MS = 30_000


class UnlockPanel(QWidget):
    """Password field, message under it, an Unlock button. Emits ``unlocked``."""

    unlocked = Signal()
    cancelled = Signal()

    def __init__(
        self,
        attempt: Attempt,
        *,
        title: str,
        hint: str,
        demo_password: str | None = None,
        cancel_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.failed_attempts = 0
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.setInterval(WAIT_MS)
        self._wait.timeout.connect(self.end_wait)

        self.title_label = QLabel(title)
        self.title_label.setProperty("role", "title")
        self.hint_label = QLabel(hint)
        self.hint_label.setProperty("role", "hint")
        self.hint_label.setWordWrap(True)  # the lock card is at most 480 px wide
        self.hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMinimumWidth(260)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "fieldError")
        self.error_label.setWordWrap(True)
        # Room for two lines from the start, so a message never gets clipped.
        self.error_label.setMinimumHeight(self.error_label.fontMetrics().lineSpacing() * 2 + 4)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.demo_label = QLabel()
        self.demo_label.setProperty("role", "demo")
        self.demo_label.setWordWrap(True)
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if demo_password:
            self.demo_label.setText(
                self.tr("Demo workspace. The password is: {password}").format(
                    password=demo_password
                )
            )
        self.demo_label.setVisible(bool(demo_password))

        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.password_edit.returnPressed.connect(self.try_unlock)
        self.password_edit.textChanged.connect(lambda _t: self.error_label.clear())

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Password:"), self.password_edit)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button: QPushButton | None = None
        if cancel_text:
            self.cancel_button = QPushButton(cancel_text)
            self.cancel_button.setAutoDefault(False)
            self.cancel_button.clicked.connect(self.cancelled.emit)
            buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.unlock_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.demo_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.setFocusProxy(self.password_edit)

    @property
    def waiting(self) -> bool:
        """Whether the panel refuses attempts for now (too many wrong passwords)."""
        return self._wait.isActive()

    def end_wait(self) -> None:
        self._wait.stop()
        self.password_edit.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.error_label.setText(self.tr("You may try again."))
        self.password_edit.setFocus()

    def _start_wait(self) -> None:
        self.password_edit.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self.error_label.setText(
            self.tr("{n} wrong passwords. Wait {s} seconds before the next try.").format(
                n=self.failed_attempts, s=WAIT_MS // 1000
            )
        )
        self._wait.start()

    def try_unlock(self) -> bool:
        if self.waiting:
            return False
        password = self.password_edit.text()
        if not password:
            self.error_label.setText(self.tr("Enter the password."))
            return False
        try:
            ok = self._attempt(password)
        except WrongPassword:
            ok = False
        except WorkspaceError as exc:
            self.error_label.setText(exc.message.render(QCoreApplication.translate))
            return False
        if not ok:
            self.failed_attempts += 1
            self.error_label.setText(
                self.tr(
                    "Wrong password (attempt {n}). Check Caps Lock and the input method."
                ).format(n=self.failed_attempts)
            )
            self.password_edit.selectAll()
            self.password_edit.setFocus()
            if self.failed_attempts >= FREE_ATTEMPTS:
                self._start_wait()
            return False
        self.password_edit.clear()
        self.error_label.clear()
        self.failed_attempts = 0
        self.unlocked.emit()
        return True


class UnlockDialog(QDialog):
    """Opens an existing workspace; ``session`` holds it after ``accept``."""

    def __init__(
        self,
        gateway: WorkspaceGateway,
        directory: Path,
        *,
        demo_password: str | None = None,
        officer_hint: str = "",
        interaction: Interaction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._directory = directory
        self._interaction = interaction
        self.session: WorkspaceSession | None = None
        self.read_only = False
        self.setWindowTitle(self.tr("Open workspace"))
        self.setMinimumWidth(600)
        hint = self.tr("Workspace: {path}").format(path=str(directory))
        if officer_hint:
            hint = officer_hint + "\n" + hint
        self.panel = UnlockPanel(
            self._open,
            title=self.tr("Unlock your workspace"),
            hint=hint,
            demo_password=demo_password,
            cancel_text=self.tr("Quit"),
            parent=self,
        )
        self.panel.unlocked.connect(self.accept)
        self.panel.cancelled.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.panel)
        self.panel.setFocus()

    def _open(self, password: str) -> bool:
        try:
            self.session = self._gateway.open(self._directory, password)
        except WorkspaceBusy as busy:
            # Another program writes to the workspace: offer to look without writing,
            # when the gateway can (SqlWorkspaceGateway.open_read_only).
            open_read_only = getattr(self._gateway, "open_read_only", None)
            if open_read_only is None or self._interaction is None:
                raise
            offer = self.tr("Open it read-only? You can look at cases but not change them.")
            reason = busy.message.render(QCoreApplication.translate)
            question = f"{reason}\n\n{offer}"
            if not self._interaction.confirm(
                self, self.tr("Workspace in use"), question, self.tr("Open read-only")
            ):
                raise
            self.session = open_read_only(self._directory, password)
            self.read_only = True
        return True
