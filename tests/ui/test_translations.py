"""The committed translations match the code, Chinese is complete, the .qm is current.

When one of these fails after you added or changed a user-facing string, run
``tools/i18n.sh update``, translate the new strings in
``resources/i18n/fcw_zh_CN.ts`` (Qt Linguist: ``uv run pyside6-linguist``),
then ``tools/i18n.sh build`` and commit the .ts and .qm files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from pytestqt.qtbot import QtBot

from domain.ports import Actor
from tests.ui.fakes import FakeCaseStore, FakeInteraction, FakeSession
from ui.app import choose_language
from ui.main_window import MainWindow
from ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
SCRIPT = ROOT / "tools" / "i18n.sh"
BIN = Path(sys.executable).parent


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → <message> of a Qt Linguist file."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def run_script(command: str, out_dir: Path) -> None:
    env = dict(
        os.environ,
        FCW_I18N_DIR=str(out_dir),
        LUPDATE=str(BIN / "pyside6-lupdate"),
        LRELEASE=str(BIN / "pyside6-lrelease"),
    )
    result = subprocess.run(
        ["bash", str(SCRIPT), command], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as lupdate makes them from today's code (no translations)."""
    out = tmp_path_factory.mktemp("i18n")
    run_script("update", out)
    return out


@pytest.mark.parametrize("lang", ["zh_CN", "en_US"])
def test_committed_ts_holds_exactly_the_strings_of_the_code(fresh: Path, lang: str) -> None:
    committed = set(messages(I18N / f"fcw_{lang}.ts"))
    current = set(messages(fresh / f"fcw_{lang}.ts"))
    assert sorted(current - committed) == [], "strings not yet in the .ts: run tools/i18n.sh update"
    assert sorted(committed - current) == [], "stale strings in the .ts: run tools/i18n.sh update"


def test_every_chinese_message_is_translated() -> None:
    untranslated = []
    for key, message in messages(I18N / "fcw_zh_CN.ts").items():
        translation = message.find("translation")
        assert translation is not None
        forms = [translation.text or ""] + [f.text or "" for f in translation]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not any(
            form.strip() for form in forms
        ):
            untranslated.append(key)
    assert untranslated == []


def test_committed_qm_is_built_from_the_committed_ts(tmp_path: Path) -> None:
    for lang in ("zh_CN", "en_US"):
        shutil.copy(I18N / f"fcw_{lang}.ts", tmp_path / f"fcw_{lang}.ts")
    run_script("build", tmp_path)
    for lang in ("zh_CN", "en_US"):
        rebuilt = (tmp_path / f"fcw_{lang}.qm").read_bytes()
        assert rebuilt == (I18N / f"fcw_{lang}.qm").read_bytes(), (
            f"run tools/i18n.sh build ({lang})"
        )


def test_chinese_qm_translates_ui_and_domain_strings(qapp: object) -> None:
    translator = QTranslator()
    assert translator.load(str(I18N / "fcw_zh_CN.qm"))
    assert translator.translate("LockScreen", "Workstation locked") == "工作台已锁定"
    # domain strings marked with tr_noop live in the empty context
    assert translator.translate("", "Inflated income") == "收入虚假"
    assert translator.translate("", "Forged seal") == "印章虚假"
    assert translator.translate("", "Restaurant") == "餐饮"


def test_the_ten_fraud_categories_use_the_banking_terms() -> None:
    zh = {
        src: m.findtext("translation")
        for (ctx, src), m in messages(I18N / "fcw_zh_CN.ts").items()
        if ctx == ""
    }
    expected = {
        "Fake business": "经营虚假",
        "Staged site": "现场虚假",
        "Inflated income": "收入虚假",
        "Inflated stock": "库存虚假",
        "Overstated wealth": "财力虚假",
        "False purpose": "用途虚假",
        "False contract": "合同虚假",
        "False headcount": "员工虚假",
        "False patent": "专利虚假",
        "Forged seal": "印章虚假",
    }
    assert {k: zh.get(k) for k in expected} == expected


# -- the language setting ---------------------------------------------------


def _settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def _settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(_settings_file(tmp_path)), QSettings.Format.IniFormat))


def _main_window(qtbot: QtBot, settings: Settings, interaction: FakeInteraction) -> MainWindow:
    session = FakeSession(FakeCaseStore(), Actor("王芳", "1001", "3301"), Path("/ws"), "pw")
    window = MainWindow(session, interaction, settings, start_idle_timer=False)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    return window


def test_view_language_english_is_remembered_and_said_to_apply_at_restart(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = _settings(tmp_path)
    interaction = FakeInteraction()
    window = _main_window(qtbot, settings, interaction)
    assert window.language_actions["zh_CN"].isChecked()
    window.language_actions["en_US"].trigger()
    assert window.language_actions["en_US"].isChecked()
    # a fresh read of the same settings file: the choice survived
    assert _settings(tmp_path).language == "en_US"
    assert choose_language(None, _settings(tmp_path)) == "en_US"
    assert [s.kind for s in interaction.shown] == ["info"]
    assert "next time" in interaction.shown[0].text


def test_choosing_the_language_already_in_use_says_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    interaction = FakeInteraction()
    window = _main_window(qtbot, settings, interaction)
    window.language_actions["zh_CN"].trigger()
    assert interaction.shown == []
    assert settings.language == "zh_CN"


def test_the_lang_option_of_main_py_beats_the_remembered_language(tmp_path: Path) -> None:
    import main as main_module

    settings = _settings(tmp_path)
    settings.language = "en_US"
    args = main_module.build_parser(["--lang", "zh_CN"]).parse_args(["--lang", "zh_CN"])
    assert choose_language(args.lang, settings) == "zh_CN"
    no_option = main_module.build_parser([]).parse_args([])
    assert choose_language(no_option.lang, settings) == "en_US"


def test_the_restart_note_is_translated_into_chinese(qapp: object) -> None:
    translator = QTranslator()
    assert translator.load(str(I18N / "fcw_zh_CN.qm"))
    note = "The new language applies the next time the workstation starts."
    assert translator.translate("MainWindow", note) == "新的界面语言将在下次启动工作台时生效。"


# -- tools/i18n_fill.py ------------------------------------------------------

SAMPLE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>Dialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def test_fill_translates_unfinished_messages_and_leaves_finished_ones(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import i18n_fill
    finally:
        sys.path.remove(str(ROOT / "tools"))
    ts = tmp_path / "fcw_zh_CN.ts"
    ts.write_text(SAMPLE_TS, encoding="utf-8")
    table = tmp_path / "table.tsv"
    table.write_text("Dialog\tSave\t保存\n*\tCancel\t作废\n# a comment\n", encoding="utf-8")
    left = i18n_fill.fill(ts, i18n_fill.read_table(table))
    assert left == [("Dialog", "Unknown")]
    filled = messages(ts)
    save = filled[("Dialog", "Save")].find("translation")
    assert save is not None and save.text == "保存" and save.get("type") is None
    assert filled[("Dialog", "Cancel")].findtext("translation") == "取消"  # kept
    plural = filled[("Dialog", "%n case(s)")].find("translation")
    assert plural is not None and [f.text for f in plural] == ["%n 个案件"]
