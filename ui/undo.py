"""Field edits as undoable commands on one case (Ctrl+Z / Ctrl+Shift+Z).

Every widget of a stage page changes the case only through
:meth:`EditContext.edit`, which pushes a :class:`SetFieldCommand` onto the
editor's ``QUndoStack``. Redo and undo write the value at the field's path
(``domain.workflow.set_value``) and announce the path through
:attr:`EditContext.changed`, so the widget showing it reloads and autosave
starts its countdown. Consecutive keystrokes in one field merge into one
command until the field loses focus.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from domain.case import Case
from domain.i18n import Message
from domain.path_labels import case_path_label
from domain.workflow import get_value, set_value

_FIELD_EDIT_ID = 4711


class EditContext(QObject):
    """The case being edited, its undo stack, and the change notification."""

    changed = Signal(str)  # path that changed (a list path when rows change)

    def __init__(
        self,
        case: Case,
        stack: QUndoStack | None = None,
        today: Callable[[], date] | None = None,
        parent: QObject | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.case = case
        self.stack = stack if stack is not None else QUndoStack(self)
        self.today: Callable[[], date] = today or date.today
        self.now: Callable[[], datetime] = now or (lambda: datetime.now().astimezone())

    def value(self, path: str) -> Any:
        return get_value(self.case, path)

    def edit(self, path: str, value: Any, label: str = "", *, merge: bool = True) -> None:
        """Change one field as an undoable step; nothing happens when equal."""
        old = get_value(self.case, path)
        if old == value and type(old) is type(value):
            return
        self.stack.push(
            SetFieldCommand(self, path, copy.deepcopy(old), copy.deepcopy(value), label, merge)
        )

    def end_merge(self) -> None:
        """The field lost focus: the next keystroke starts a new undo step."""
        top = self.stack.command(self.stack.index() - 1) if self.stack.index() > 0 else None
        if isinstance(top, SetFieldCommand):
            top.mergeable = False

    def apply(self, path: str, value: Any) -> None:
        set_value(self.case, path, copy.deepcopy(value))
        self.changed.emit(path)


def path_words(path: str) -> str:
    """A field's path in the officer's words (the undo menu names the step by it)."""
    shown = case_path_label(path)
    return shown.render(QCoreApplication.translate) if isinstance(shown, Message) else shown


class SetFieldCommand(QUndoCommand):
    """Set the value at ``path``; undo restores the old one. The step is named
    by ``label``, else by the field's words (撤销 调查意见, never a path)."""

    def __init__(
        self,
        ctx: EditContext,
        path: str,
        old: Any,
        new: Any,
        label: str = "",
        mergeable: bool = True,
    ) -> None:
        super().__init__(label or path_words(path))
        self.ctx = ctx
        self.path = path
        self.old = old
        self.new = new
        self.mergeable = mergeable

    def redo(self) -> None:
        self.ctx.apply(self.path, self.new)

    def undo(self) -> None:
        self.ctx.apply(self.path, self.old)

    def id(self) -> int:
        return _FIELD_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, SetFieldCommand)
            or other.path != self.path
            or not self.mergeable
            or not other.mergeable
        ):
            return False
        self.new = other.new
        return True
