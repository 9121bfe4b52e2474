"""Application set-up pieces of ui.app: language, translator, font, logging."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

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
