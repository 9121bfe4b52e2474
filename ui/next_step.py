"""The bar at the top of the case editor: where the case stands in its
lifecycle, the officer's next step, and what still stands in its way.

``NextStepBar.show_state(status, move, blockers)`` fills it from
:mod:`domain.lifecycle`; the bar itself decides nothing. Each blocker carries
a 前往 link (``blockerActivated(index)``), so the officer goes straight to
the stage, field or flag to fix. The main button asks for the move
(``moveRequested``); 重新打开 asks to reopen an analysed or printed case.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from domain.enums import CaseStatus
from domain.i18n import Message
from domain.lifecycle import EDITABLE, FROM, TO, Blocker, Move
from domain.workflow import STAGES
from ui.screen_fit import TextButton
from ui.stages.base import stage_heading, tr_domain
from ui.stages.fields import tr_label, tr_msg

#: Blockers listed before "and N more" (the bar stays a few lines high).
SHOWN_BLOCKERS = 3

STATUS_COLOURS = {
    CaseStatus.DRAFT: "#607d8b",
    CaseStatus.IN_FIELD: "#1565c0",
    CaseStatus.ANALYSED: "#6a1b9a",
    CaseStatus.MEMO_PRINTED: "#00695c",
    CaseStatus.EXPORTED: "#2e7d32",
    CaseStatus.RETURNED: "#c62828",
    CaseStatus.ARCHIVED: "#757575",
}


def tr(text: str) -> str:
    """Translate a source string (empty context, collected by lupdate)."""
    return QCoreApplication.translate("", text)


def move_button_text(move: Move) -> str:
    return {
        Move.COMPLETE: tr("Complete investigation"),
        Move.PRINT: tr("Print memo…"),
        Move.EXPORT: tr("Export to head office…"),
    }.get(move, "")


def step_text(status: CaseStatus, move: Move | None) -> str:
    """The next step in words, with the status it leads to."""
    if move is None:
        if status == CaseStatus.EXPORTED:
            return tr("Sent to head office: waiting for its decision.")
        if status == CaseStatus.ARCHIVED:
            return tr("Archived: the case can be read, not changed.")
        return ""
    target = tr_label(TO[move])
    if status == CaseStatus.RETURNED:
        text = tr("Next: answer head office's questions, then export again → {target}")
    else:
        text = {
            Move.COMPLETE: tr("Next: complete the investigation → {target}"),
            Move.PRINT: tr("Next: print the credit memo → {target}"),
            Move.EXPORT: tr("Next: export the case to head office → {target}"),
        }[move]
    return text.format(target=target)


def blocker_text(blocker: Blocker) -> str:
    """A blocker in the reader's language; a stage is named as the stepper names
    it (下户调查 in Chinese, not the translation of its English title)."""
    message = blocker.message
    if "stage" in message.params and blocker.stage:
        stage = next((s for s in STAGES if s.id == blocker.stage), None)
        if stage is not None:
            heading = stage_heading(stage.short, tr_domain(stage.title), " ")
            message = Message(message.msg_id, {**message.params, "stage": heading})
    return tr_msg(message)


class NextStepBar(QFrame):
    """Status, next step and its blockers, with the buttons that act on them."""

    moveRequested = Signal(str)  # a domain.lifecycle.Move value
    reopenRequested = Signal()
    blockerActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("next_step")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#next_step{background:#f7f9fc;border:1px solid #d5dde8;}")
        self.status_label = QLabel()
        self.status_label.setObjectName("case_status")
        self.step_label = QLabel()
        self.step_label.setObjectName("step")
        self.step_label.setWordWrap(True)
        self.move_button = TextButton()
        self.move_button.setObjectName("move")
        self.move_button.clicked.connect(self._move)
        self.reopen_button = TextButton(tr("Reopen to change…"))
        self.reopen_button.setObjectName("reopen")
        self.reopen_button.clicked.connect(self.reopenRequested)
        self.blockers_label = QLabel()
        self.blockers_label.setObjectName("blockers")
        self.blockers_label.setWordWrap(True)
        self.blockers_label.setTextFormat(Qt.TextFormat.RichText)
        self.blockers_label.linkActivated.connect(self._link)
        top = QHBoxLayout()
        top.addWidget(self.status_label)
        top.addWidget(self.step_label, 1)
        top.addWidget(self.move_button)
        top.addWidget(self.reopen_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.blockers_label)
        self._move_id: Move | None = None
        self.blockers: tuple[Blocker, ...] = ()

    def show_state(
        self, status: CaseStatus, move: Move | None, blockers: Sequence[Blocker] = ()
    ) -> None:
        self._move_id = move
        self.blockers = tuple(blockers)
        colour = STATUS_COLOURS.get(status, "#555")
        self.status_label.setText(escape(tr_label(status)))
        self.status_label.setStyleSheet(
            f"color:white;background:{colour};padding:2px 10px;border-radius:3px;"
        )
        text = step_text(status, move)
        if status not in EDITABLE:
            text = tr("Read only.") + " " + text
        self.step_label.setText(text)
        self.move_button.setVisible(move is not None)
        if move is not None:
            self.move_button.setText(move_button_text(move))
            self.move_button.setEnabled(not blockers)
        self.reopen_button.setVisible(status in FROM[Move.REOPEN])
        self.blockers_label.setVisible(bool(blockers))
        self.blockers_label.setText(self._blockers_html())

    def _blockers_html(self) -> str:
        if not self.blockers:
            return ""
        go = escape(tr("Go there"))
        items = []
        for i, b in enumerate(self.blockers[:SHOWN_BLOCKERS]):
            link = f" <a href='blocker:{i}'>{go}</a>" if (b.stage or b.path or b.rule) else ""
            items.append(f"• {escape(blocker_text(b), quote=False)}{link}")
        rest = len(self.blockers) - SHOWN_BLOCKERS
        if rest > 0:
            items.append(escape(tr("… and {n} more").format(n=rest)))
        head = escape(tr("Still needed:"))
        return f"<span style='color:#8a4b00'>{head}</span><br>" + "<br>".join(items)

    def _move(self) -> None:
        if self._move_id is not None:
            self.moveRequested.emit(str(self._move_id))

    def _link(self, href: str) -> None:
        kind, _, index = href.partition(":")
        if kind == "blocker" and index.isdigit():
            self.blockerActivated.emit(int(index))
