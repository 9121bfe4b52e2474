"""Lock the window after a stretch without keyboard or mouse activity.

An event filter on the application notes the time of every input event; a
QTimer asks :meth:`IdleLock.check` periodically whether the idle limit has
passed and, if so, emits :attr:`IdleLock.idle`. The clock is injected
(``now() -> seconds``) so tests move time by hand instead of sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

CHECK_INTERVAL_MS = 15_000

_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
    }
)


class IdleLock(QObject):
    """Emits ``idle`` once when no input has arrived for ``idle_minutes``.

    After ``idle`` it stays quiet until :meth:`reset` (called when the
    officer has unlocked again).
    """

    idle = Signal()

    def __init__(
        self,
        idle_minutes: int,
        now: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
        *,
        check_interval_ms: int = CHECK_INTERVAL_MS,
        start_timer: bool = True,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._limit = idle_minutes * 60.0
        self._last = now()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        if start_timer:
            self._timer.start()

    @property
    def idle_seconds(self) -> float:
        return self._now() - self._last

    @property
    def locked(self) -> bool:
        return self._fired

    def set_idle_minutes(self, minutes: int) -> None:
        self._limit = minutes * 60.0

    def record_activity(self) -> None:
        self._last = self._now()

    def reset(self) -> None:
        """Start counting again (after an unlock)."""
        self._fired = False
        self.record_activity()

    def lock_now(self) -> None:
        """Lock at once: emit ``idle`` as if the limit had passed."""
        if not self._fired:
            self._fired = True
            self.idle.emit()

    def mark_locked(self) -> None:
        """The window locked itself (Ctrl+L): stop counting until :meth:`reset`."""
        self._fired = True

    def check(self) -> bool:
        """Emit ``idle`` if the limit has passed; return whether it is locked."""
        if not self._fired and self.idle_seconds >= self._limit:
            self._fired = True
            self.idle.emit()
        return self._fired

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Activity while locked does not count: only the password unlocks.
        if not self._fired and event.type() in _ACTIVITY_EVENTS:
            self._last = self._now()
        return False
