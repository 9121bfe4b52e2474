"""A date-and-time field with a calendar: the visit's start and end.

A ``QDateTimeEdit`` with a calendar popup, bound to a case path like the line
fields of :mod:`ui.stages.fields`. A time never recorded shows the current
time (the officer usually records the visit as it happens) and says in the
reserved message line that it is not recorded yet: nothing is stored until the
officer picks a time or presses "Now". A time after today, or an end before the
start (``check``), is kept and pointed out, as in the typed fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from domain.i18n import Message, tr_noop
from ui.field_feedback import FieldMessage
from ui.stages.base import tr
from ui.stages.fields import tr_msg
from ui.undo import EditContext

DISPLAY_FORMAT = "yyyy-MM-dd HH:mm"


def to_qt(value: datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def from_qt(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class FieldDateTime(QWidget):
    """Pick a date and time (calendar popup, or type over the digits)."""

    def __init__(
        self,
        ctx: EditContext,
        path: str,
        label_text: str = "",
        *,
        now: Callable[[], datetime] | None = None,
        check: Callable[[datetime], Message | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.label_text, self.check = ctx, path, label_text, check
        self._now = now or ctx.now  # local time, to the minute, without a zone (as typed)
        self.picker = QDateTimeEdit(self)
        self.picker.setObjectName(path)
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat(DISPLAY_FORMAT)
        wide = self.picker.fontMetrics().horizontalAdvance("2026-11-27 09:30")
        self.picker.setMinimumWidth(wide + 60)
        self.now_button = QPushButton(tr("Now"), self)
        self.now_button.setObjectName(path + "#now")
        self.now_button.clicked.connect(self.set_now)
        self.now_button.setMaximumWidth(
            self.now_button.fontMetrics().horizontalAdvance(tr("Now")) + 40
        )
        self.message = FieldMessage(self)
        self.invalid = False  # a picked time is always a valid one
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.picker)
        row.addWidget(self.now_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.picker)
        self._loading = False
        self.picker.dateTimeChanged.connect(self._on_picked)
        self.picker.editingFinished.connect(ctx.end_merge)
        ctx.changed.connect(self._on_changed)
        self.load()

    def value(self) -> datetime | None:
        stored = self.ctx.value(self.path)
        return stored if isinstance(stored, datetime) else None

    def set_now(self) -> None:
        """Record the current time (to the minute)."""
        self.set_value(self.now())

    def now(self) -> datetime:
        return self._now().replace(second=0, microsecond=0, tzinfo=None)

    def set_value(self, value: datetime) -> None:
        """Record ``value`` as if picked (a photo's time, "Now")."""
        self.ctx.edit(self.path, value, self.label_text, merge=False)
        self.load()

    def _on_picked(self, shown: QDateTime) -> None:
        if self._loading:
            return
        self.ctx.edit(self.path, from_qt(shown), self.label_text)
        self.revalidate()

    def _on_changed(self, changed: str) -> None:
        if changed == self.path or self.path.startswith(changed + "/"):
            self.load()

    def revalidate(self) -> None:
        value = self.value()
        if value is None:
            self.message.show_texts(
                [tr_msg(Message(tr_noop("Not recorded yet: pick the time, or press Now.")))],
                False,
            )
            return
        texts = []
        if value.date() > self._today():
            texts.append(tr_msg(Message(tr_noop("This date is after today; check it."))))
        warning = self.check(value) if self.check is not None else None
        if warning is not None:
            texts.append(tr_msg(warning))
        self.message.show_texts(texts, False)

    def _today(self) -> date:
        today: Any = self.ctx.today()
        return today if isinstance(today, date) else date.today()

    def load(self) -> None:
        value = self.value()
        shown = value if value is not None else self.now()
        self._loading = True
        try:
            self.picker.setDateTime(to_qt(shown))
        finally:
            self._loading = False
        self.revalidate()
