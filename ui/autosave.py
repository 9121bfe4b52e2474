"""Debounced autosave: every edit saves the case a short while after typing stops.

The timer and the clock are injected (a ``QTimer`` and ``datetime.now`` by
default) so that tests fire the save by hand. The indicator text is
"Saving…" (正在保存…) while an edit waits to be saved and "Saved HH:MM:SS"
(已保存 HH:MM:SS) after the store acknowledged it. A failed save keeps the
edit pending and says so; the next edit or :meth:`Autosave.flush` tries again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from domain.errors import DomainError
from domain.ports import SaveResult

DEFAULT_DELAY_S = 1.5


class Debouncer(Protocol):
    def connect(self, callback: Callable[[], None]) -> None: ...

    def start(self) -> None:
        """(Re)start the countdown."""
        ...

    def stop(self) -> None: ...


class QtDebouncer:
    """A single-shot ``QTimer``; ``start`` restarts the countdown."""

    def __init__(self, delay_s: float = DEFAULT_DELAY_S, parent: QObject | None = None) -> None:
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(delay_s * 1000))

    def connect(self, callback: Callable[[], None]) -> None:
        self._timer.timeout.connect(callback)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()


def tr(text: str) -> str:
    """Translate a source string (empty context, collected by lupdate)."""
    return QCoreApplication.translate("", text)


class Autosave(QObject):
    """Calls ``save`` once typing has paused; reports state for the indicator."""

    status_changed = Signal(str)
    saved = Signal(object)  # SaveResult
    failed = Signal(str)

    def __init__(
        self,
        save: Callable[[], SaveResult],
        *,
        timer: Debouncer | None = None,
        delay_s: float = DEFAULT_DELAY_S,
        clock: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._timer: Debouncer = timer if timer is not None else QtDebouncer(delay_s, self)
        self._timer.connect(self._on_timeout)
        self._clock = clock or datetime.now
        self.dirty = False
        self.last_result: SaveResult | None = None
        self.status = ""

    def touch(self) -> None:
        """An edit happened: save after the delay (restarting any countdown)."""
        self.dirty = True
        self._set_status(tr("Saving…"))
        self._timer.start()

    def flush(self) -> bool:
        """Save now if anything is pending (closing, changing stage). True if clean."""
        self._timer.stop()
        if self.dirty:
            self._on_timeout()
        return not self.dirty

    def _on_timeout(self) -> None:
        if not self.dirty:
            return
        self.dirty = False
        try:
            result = self._save()
        except (DomainError, OSError) as exc:
            self.dirty = True
            text = exc.message.render() if isinstance(exc, DomainError) else str(exc)
            self._set_status(tr("Save failed; will retry"))
            self.failed.emit(text)
            return
        self.last_result = result
        self._set_status(tr("Saved {time}").replace("{time}", f"{self._clock():%H:%M:%S}"))
        self.saved.emit(result)

    def _set_status(self, text: str) -> None:
        self.status = text
        self.status_changed.emit(text)
