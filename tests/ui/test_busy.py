"""Long work shows the busy cursor: set while the operation runs, restored
after, also when it fails; opening a case and printing a memo use it, and the
--demo start shows a progress window before building."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.busy import BuildProgress, busy_cursor, while_busy


def _cursor() -> Qt.CursorShape | None:
    cursor = QApplication.overrideCursor()
    return cursor.shape() if cursor is not None else None


def test_the_busy_cursor_is_set_during_the_operation_and_restored_after(qapp) -> None:  # type: ignore[no-untyped-def]
    seen: list[Qt.CursorShape | None] = []
    assert _cursor() is None
    assert while_busy(lambda: seen.append(_cursor()) or 42) == 42
    assert seen == [Qt.CursorShape.WaitCursor]
    assert _cursor() is None


def test_the_busy_cursor_is_restored_when_the_operation_fails(qapp) -> None:  # type: ignore[no-untyped-def]
    seen: list[Qt.CursorShape | None] = []

    def fails() -> None:
        seen.append(_cursor())
        raise OSError("disk full")

    with pytest.raises(OSError), busy_cursor():
        fails()
    assert seen == [Qt.CursorShape.WaitCursor]
    assert _cursor() is None


def test_opening_a_case_from_the_list_shows_the_busy_cursor(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from tests.ui.fakes import FakeInteraction, FakeWorkspaceGateway, ManualDebouncer
    from ui.main_window import MainWindow
    from ui.settings import Settings

    session = FakeWorkspaceGateway().create(
        tmp_path / "ws", "pw-2026-demo!", "王建国", "330112", "3301"
    )
    seen: list[Qt.CursorShape | None] = []
    window = MainWindow(
        session,
        FakeInteraction(),
        Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
        open_case=lambda uuid: seen.append(_cursor()),
        debouncer=ManualDebouncer(),
        start_idle_timer=False,
    )
    qtbot.addWidget(window)
    window.open_case("any-uuid")
    assert seen == [Qt.CursorShape.WaitCursor]
    assert _cursor() is None

    def broken(uuid: str) -> None:
        raise RuntimeError("bug")

    window.set_open_case(broken)
    with pytest.raises(RuntimeError):
        window.open_case("any-uuid")
    assert _cursor() is None


def test_printing_a_memo_shows_the_busy_cursor(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    from tests.ui.fakes import FakeInteraction
    from ui.memo_actions import MemoPrinter

    seen: list[Qt.CursorShape | None] = []
    window = QMainWindow()
    qtbot.addWidget(window)
    printer = MemoPrinter(
        window, lambda uuid, path, draft=False: seen.append(_cursor()), FakeInteraction()
    )
    printer._render("uuid", tmp_path / "memo.pdf", False)
    assert seen == [Qt.CursorShape.WaitCursor]
    assert _cursor() is None


def test_the_demo_progress_window_counts_the_cases(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = BuildProgress()
    qtbot.addWidget(window)
    window.start()
    assert window.isVisible() and window.maximum() == 0  # busy until the cases start
    window.step(12, 60)
    assert (window.value(), window.maximum()) == (12, 60)
    assert window.labelText() == "Preparing the demo workspace: case 12 of 60…"


def test_the_demo_start_shows_its_progress_window_while_the_workspace_is_built(
    qapp, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import argparse
    import sys
    import threading

    from ui import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(app_module, "setup_logging", lambda directory: tmp_path / "fcw.log")
    seen: dict[str, object] = {}

    def prepare(progress) -> tuple:  # type: ignore[no-untyped-def,type-arg]
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, BuildProgress)]
        seen["shown while building"] = [w.isVisible() for w in shown]
        progress(1, 2)
        seen["label"] = shown[0].labelText()
        return tmp_path / "demo", "Demo-password"

    def open_session(gateway, directory, interaction, *, demo_password=None):  # type: ignore[no-untyped-def]
        seen["opened"] = (directory, demo_password)
        seen["progress left"] = [
            w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, BuildProgress)
        ]
        return None  # the officer closes the unlock dialog

    monkeypatch.setattr(app_module, "open_session", open_session)
    args = argparse.Namespace(workspace=None, lang="en_US")
    assert app_module.run_gui(args, gateway=object(), prepare=prepare) == 0  # type: ignore[arg-type]
    assert seen["shown while building"] == [True]
    assert seen["label"] == "Preparing the demo workspace: case 1 of 2…"
    assert seen["opened"] == (tmp_path / "demo", "Demo-password")
    assert True not in seen["progress left"]  # closed before the unlock dialog
