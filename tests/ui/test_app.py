"""Application set-up pieces of ui.app: language, translator, font, logging."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.app import choose_language, install_translator, register_font, setup_logging
from ui.settings import Settings


def make_settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_chinese_is_the_default_language(tmp_path: Path) -> None:
    assert choose_language(None, make_settings(tmp_path)) == "zh_CN"


def test_lang_argument_beats_the_remembered_choice(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    settings.language = "en_US"
    assert choose_language(None, settings) == "en_US"
    assert choose_language("zh_CN", settings) == "zh_CN"


def test_idle_minutes_default_to_ten_and_ignore_nonsense(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    assert settings.idle_minutes == 10
    settings.idle_minutes = 15
    assert settings.idle_minutes == 15
    settings._q.setValue("security/idle_minutes", "soon")
    assert settings.idle_minutes == 10


def test_chinese_translator_translates_the_window_title(qapp: QApplication) -> None:
    translator = install_translator(qapp, "zh_CN")
    try:
        assert translator is not None
        text = QCoreApplication.translate("MainWindow", "Field Credit Workstation")
        assert text == "小微信贷调查工作台"
    finally:
        for t in qapp.findChildren(type(translator)) if translator else []:
            qapp.removeTranslator(t)


def test_english_installs_no_translator(qapp: QApplication) -> None:
    assert install_translator(qapp, "en_US") is None
    assert QCoreApplication.translate("MainWindow", "&Lock") == "&Lock"


def test_bundled_font_is_registered_as_fallback(qapp: QApplication) -> None:
    family = register_font(qapp)
    assert family is not None
    assert family in qapp.font().families()


def test_log_goes_to_a_rotating_file(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    path = setup_logging(tmp_path / "logs")
    try:
        logging.getLogger("fcw.ui").warning("test line")
        for handler in root.handlers:
            handler.flush()
        assert "test line" in path.read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def test_run_gui_goes_from_first_run_to_the_main_window_and_back(
    qapp: QApplication, tmp_path: Path
) -> None:
    import argparse
    import sys

    from PySide6.QtCore import QStandardPaths, QTimer

    from tests.ui.fakes import FakeWorkspaceGateway
    from ui.app import run_gui
    from ui.first_run_dialog import FirstRunDialog
    from ui.main_window import MainWindow

    QStandardPaths.setTestModeEnabled(True)  # logs go to a test folder
    gateway = FakeWorkspaceGateway()
    workspace = tmp_path / "ws"
    seen: list[str] = []

    def drive() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, FirstRunDialog):
            modal.name_edit.setText("林晓燕")
            modal.staff_edit.setText("TZ0417")
            modal.branch_edit.setText("3311")
            modal.password_edit.setText("Sichuan-2026")
            modal.repeat_edit.setText("Sichuan-2026")
            modal.ok_button.click()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        visible = [w for w in windows if w.isVisible()]
        if visible:
            seen.append(visible[0].officer_label.text())
            visible[0].close()
            return
        QTimer.singleShot(20, drive)

    root = logging.getLogger()
    before = list(root.handlers)
    QTimer.singleShot(0, drive)
    try:
        code = run_gui(argparse.Namespace(workspace=str(workspace), lang="en_US"), gateway)
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        QStandardPaths.setTestModeEnabled(False)
    assert code == 0
    assert gateway.exists(workspace)
    assert seen and "林晓燕" in seen[0]
    assert sys.excepthook is sys.__excepthook__  # restored on the way out


def test_errors_in_background_threads_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    import threading

    from ui.app import log_thread_exception

    def boom() -> None:
        raise RuntimeError("in a worker")

    thread = threading.Thread(target=boom, name="export-worker")
    old = threading.excepthook
    threading.excepthook = log_thread_exception
    try:
        with caplog.at_level(logging.ERROR, logger="fcw.ui"):
            thread.start()
            thread.join()
    finally:
        threading.excepthook = old
    record = caplog.records[-1]
    assert "export-worker" in record.getMessage()
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError


def test_preload_later_starts_the_sessions_preload_once_after_the_delay(qtbot: QtBot) -> None:
    from ui.app import preload_later

    calls: list[object] = []

    class Session:
        def preload(self) -> None:
            calls.append(self)

    session = Session()
    preload_later(session, delay_ms=50)
    assert calls == []  # not before the first paint: the timer has not fired yet
    qtbot.waitUntil(lambda: calls == [session], timeout=2000)
    qtbot.wait(100)
    assert calls == [session]


def test_preload_later_leaves_a_session_without_preload_alone(qtbot: QtBot) -> None:
    from ui.app import preload_later

    class FullWorkspace:  # the full path's Workspace has no preload
        pass

    preload_later(FullWorkspace(), delay_ms=0)
    qtbot.wait(50)  # nothing scheduled, nothing raised
