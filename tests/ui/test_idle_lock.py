"""The idle lock with a fake clock: no sleeps."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from tests.ui.fakes import FakeClock
from ui.idle_lock import IdleLock


def test_locks_after_the_idle_minutes_have_passed(qapp: QApplication) -> None:
    clock = FakeClock()
    lock = IdleLock(10, now=clock, start_timer=False)
    fired: list[bool] = []
    lock.idle.connect(lambda: fired.append(True))
    clock.advance(9 * 60 + 59)  # 599 s < 10 × 60 = 600 s
    assert not lock.check()
    clock.advance(1)  # 600 s
    assert lock.check()
    assert fired == [True]


def test_emits_only_once_until_reset(qapp: QApplication) -> None:
    clock = FakeClock()
    lock = IdleLock(1, now=clock, start_timer=False)
    fired: list[bool] = []
    lock.idle.connect(lambda: fired.append(True))
    clock.advance(61)
    lock.check()
    lock.check()
    assert fired == [True]
    lock.reset()
    assert not lock.check()
    clock.advance(60)
    lock.check()
    assert fired == [True, True]


def test_keyboard_activity_restarts_the_count(qapp: QApplication) -> None:
    clock = FakeClock()
    lock = IdleLock(10, now=clock, start_timer=False)
    clock.advance(500)
    lock.eventFilter(QObject(), QEvent(QEvent.Type.KeyPress))
    clock.advance(500)  # 500 s since the key press, 1000 s since the start
    assert not lock.check()
    clock.advance(100)
    assert lock.check()


def test_activity_while_locked_does_not_unlock(qapp: QApplication) -> None:
    clock = FakeClock()
    lock = IdleLock(1, now=clock, start_timer=False)
    clock.advance(60)
    assert lock.check()
    lock.eventFilter(QObject(), QEvent(QEvent.Type.MouseButtonPress))
    assert lock.locked


def test_non_input_events_are_not_activity(qapp: QApplication) -> None:
    clock = FakeClock()
    lock = IdleLock(1, now=clock, start_timer=False)
    clock.advance(59)
    lock.eventFilter(QObject(), QEvent(QEvent.Type.Paint))
    clock.advance(1)
    assert lock.check()
