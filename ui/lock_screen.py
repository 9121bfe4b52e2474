"""What the main window shows while locked: a card asking the password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from domain.ports import Actor
from ui.unlock_dialog import UnlockPanel


class LockScreen(QFrame):
    """Covers the case list; ``unlock_panel.unlocked`` fires on the right password."""

    def __init__(
        self, actor: Actor, check_password: Callable[[str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(480)
        self.unlock_panel = UnlockPanel(
            check_password,
            title=self.tr("Workstation locked"),
            hint=self.tr("Locked for {name} ({staff_no}). Enter your password to go on.").format(
                name=actor.name, staff_no=actor.staff_no
            ),
            parent=card,
        )
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 20)
        inner.addWidget(self.unlock_panel)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
