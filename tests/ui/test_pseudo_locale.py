"""Every window, dialog and stage survives text 40 % longer than English.

A pseudo translator lengthens every string (``[Save~~]``: brackets and tildes,
with ``{placeholders}``, ``%n`` and ``&`` mnemonics left intact, so formatting
still works). Each screen is opened offscreen at its default size and every
visible label, button, check box and group-box title is checked:

* not cut off: its size hint fits its width (word-wrapped labels and labels
  that elide on purpose — they carry a tooltip — are exempt);
* not outside its window: no child reaches beyond the top-level's rectangle.

Offenders are reported as ``Class 'text'`` so the layout can be fixed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from domain.demo import demo_case_named
from domain.ports import Actor
from tests.ui.fakes import (
    FakeCaseStore,
    FakeInteraction,
    FakeSession,
    FakeWorkspaceGateway,
    ManualDebouncer,
)

GROWTH = 0.4
ACTOR = Actor("王芳", "1001", "3301")
NOW = datetime(2026, 11, 27, 10, 30, tzinfo=UTC)
WS = Path("/nonexistent/ws")


def pseudo(text: str) -> str:
    """``text`` 40 % longer: ``[text~~~]``; everything inside is kept as is."""
    if not text or not text.strip():
        return text
    pad = max(1, math.ceil(len(text) * GROWTH) - 2)
    return f"[{text}{'~' * pad}]"


class PseudoTranslator(QTranslator):
    def translate(  # type: ignore[override]
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo_locale(qapp: QApplication) -> Iterator[None]:
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


def test_pseudo_text_is_forty_percent_longer_and_keeps_placeholders_and_mnemonics() -> None:
    # "&Save {n}" has 9 characters; 40 % of 9 is 3.6 → 4 more, 2 of them brackets
    assert pseudo("&Save {n}") == "[&Save {n}~~]"
    assert len(pseudo("x" * 100)) == 140  # 100 + 2 brackets + 38 tildes
    assert pseudo("%n row(s)").startswith("[%n row(s)")
    assert pseudo("") == ""


def test_the_pseudo_translator_is_used_by_tr(pseudo_locale: None) -> None:
    assert QCoreApplication.translate("MainWindow", "&Lock") == "[&Lock~]"


# -- the checks ---------------------------------------------------------------


def _text(widget: QWidget) -> str:
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    return ""


def clipped(top: QWidget) -> list[str]:
    """Visible labels, buttons, check boxes and group boxes whose text does not fit."""
    out: list[str] = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton, QGroupBox)):
            continue
        if not widget.isVisibleTo(top) or not _text(widget).strip():
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or widget.toolTip()):
            continue  # wraps, or elides on purpose with the full text as tooltip
        if (
            isinstance(widget, QAbstractButton)
            and widget.toolTip()
            and not isinstance(widget, QCheckBox)
        ):
            continue  # a tool button that elides and shows the full text as tooltip
        need = _needed_width(widget)
        if need > widget.width():
            out.append(
                f"{type(widget).__name__} {_text(widget)!r}: needs {need} px, has {widget.width()}"
            )
    return out


def _needed_width(widget: QWidget) -> int:
    if isinstance(widget, QGroupBox):
        # the title only: the contents may be squeezed down to their minimum
        return widget.fontMetrics().horizontalAdvance(widget.title().replace("&", "")) + 16
    return widget.sizeHint().width()


def overflowing(top: QWidget) -> list[str]:
    """Visible children reaching beyond the top-level window."""
    frame = top.rect()
    out: list[str] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.isWindow():
            continue
        # only widgets laid out directly in the window's tree, not scrolled content
        origin = widget.mapTo(top, QPoint(0, 0))
        rect = QRect(origin, widget.size())
        if _inside_scroll_area(widget, top):
            continue
        if not frame.contains(rect):
            out.append(
                f"{type(widget).__name__} {_text(widget)!r} at {rect.getRect()} "
                f"outside {frame.getRect()}"
            )
    return out


def _inside_scroll_area(widget: QWidget, top: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def check(qtbot: QtBot, top: QWidget, show: Callable[[], None] | None = None) -> list[str]:
    qtbot.addWidget(top)
    if not top.testAttribute(Qt.WidgetAttribute.WA_Resized):
        top.adjustSize()  # no default size of its own: as large as its layout wants
    top.show()
    qtbot.waitExposed(top)
    if show is not None:
        show()
    QApplication.processEvents()
    return clipped(top) + overflowing(top)


# -- the screens ----------------------------------------------------------------


def _session() -> FakeSession:
    store = FakeCaseStore()
    for kind in ("clean", "inflated_income"):
        store.add(demo_case_named(kind, today=date(2026, 11, 27)))
    return FakeSession(store, ACTOR, WS, "pw")


def _main_window() -> QWidget:
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow
    from ui.settings import Settings

    settings = Settings(QSettings(str(Path(QSettings().fileName()).parent / "pseudo.ini"),
                                  QSettings.Format.IniFormat))  # fmt: skip
    return MainWindow(_session(), FakeInteraction(), settings, start_idle_timer=False)  # type: ignore[arg-type]


def _first_run() -> QWidget:
    from ui.first_run_dialog import FirstRunDialog

    return FirstRunDialog(FakeWorkspaceGateway(), WS, FakeInteraction())  # type: ignore[arg-type]


def _unlock() -> QWidget:
    from ui.unlock_dialog import UnlockDialog

    return UnlockDialog(FakeWorkspaceGateway(), WS, demo_password="Demo-2026-Field")  # type: ignore[arg-type]


def _new_case() -> QWidget:
    from ui.new_case_dialog import NewCaseDialog

    return NewCaseDialog()


def _about() -> QWidget:
    from ui.about_dialog import AboutDialog

    return AboutDialog()


def _export() -> QWidget:
    from ui.export_dialog import ExportDialog

    return ExportDialog(["a", "b"], lambda *a, **k: None)  # type: ignore[arg-type]


def _statement_import() -> QWidget:
    from tests.ui.test_statement_import_dialog import FakeReader
    from ui.statement_import_dialog import StatementImportDialog

    return StatementImportDialog(FakeReader(), file_name="a.csv")


def _portfolio() -> QWidget:
    from tests.ui.test_headoffice_window import FakeService
    from ui.headoffice.window import PortfolioWindow

    return PortfolioWindow(FakeService())  # type: ignore[arg-type]


def _case_history() -> QWidget:
    from tests.ui.test_case_history_dialog import ACCESSES, ENTRIES, Chain
    from ui.case_history_dialog import CaseHistoryDialog

    return CaseHistoryDialog(
        "3301-20261127-0001",
        ENTRIES,
        ACCESSES,
        Chain(True),
        FakeInteraction(),  # type: ignore[arg-type]
    )


def _change_password() -> QWidget:
    from ui.change_password_dialog import ChangePasswordDialog

    return ChangePasswordDialog()


def _memo_batch() -> QWidget:
    from ui.memo_actions import MemoBatchDialog

    return MemoBatchDialog(["a", "b"], lambda uuid: None, None)


SCREENS: dict[str, Callable[[], QWidget]] = {
    "case_history": _case_history,
    "change_password": _change_password,
    "memo_batch": _memo_batch,
    "main_window": _main_window,
    "first_run": _first_run,
    "unlock": _unlock,
    "new_case": _new_case,
    "about": _about,
    "export": _export,
    "statement_import": _statement_import,
    "portfolio": _portfolio,
}


@pytest.mark.parametrize("name", sorted(SCREENS))
def test_window_shows_long_text_uncut(qtbot: QtBot, pseudo_locale: None, name: str) -> None:
    assert check(qtbot, SCREENS[name]()) == []


def test_the_lock_screen_shows_long_text_uncut(qtbot: QtBot, pseudo_locale: None) -> None:
    window = _main_window()
    assert check(qtbot, window, window.lock) == []  # type: ignore[attr-defined]


STAGES = ("visit", "character", "business", "security", "meters", "statements",
          "verification", "conclusion")  # fmt: skip


@pytest.mark.parametrize("stage", STAGES)
def test_case_editor_stage_shows_long_text_uncut(
    qtbot: QtBot, pseudo_locale: None, stage: str
) -> None:
    from ui.case_editor import CaseEditor

    store = FakeCaseStore()
    case = store.add(demo_case_named("inflated_income", today=date(2026, 11, 27)))
    editor = CaseEditor(
        case,
        store,
        ACTOR,
        clock=lambda: NOW,
        timer=ManualDebouncer(),
        interaction=FakeInteraction(),
    )
    assert check(qtbot, editor, lambda: editor.show_stage(stage)) == []


def test_the_check_reports_a_cut_label_and_a_child_outside_its_window(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    top = QWidget()
    top.resize(200, 100)
    label = QLabel("A label far too long for the eighty pixels it gets", top)
    label.setGeometry(0, 0, 80, 20)
    button = QCheckBox("Outside", top)
    button.setGeometry(150, 90, 100, 30)  # reaches x=250 > 200 and y=120 > 100
    wrapped = QLabel("Long text that wraps " * 5)
    wrapped.setWordWrap(True)
    inner = QWidget(top)
    inner.setGeometry(0, 30, 100, 50)
    QVBoxLayout(inner).addWidget(wrapped)
    problems = check(qtbot, top)
    assert any(p.startswith("QLabel 'A label far too long") for p in problems)
    assert any(p.startswith("QCheckBox 'Outside'") and "outside" in p for p in problems)
    assert not any("wraps" in p for p in problems)


# -- no English left on the Chinese screens ----------------------------------------

#: Latin words a Chinese screen may show: file types, units, acronyms of the trade.
# key names of shortcuts are printed on the keys (as in tests/ui/leak_scan.py)
ALLOWED_LATIN = {
    "CSV",
    "PDF",
    "SHA",
    "IRR",
    "FOB",
    "VAT",
    "Excel",
    "xlsx",
    "ref",
    "Ctrl",
    "Shift",
    "Alt",
}
_WORD = re.compile(r"[A-Za-z]{3,}")
_NOT_WORDS = re.compile(r"<[^>]+>|/\S*|\S+\.(?:csv|xlsx|json|lock|pdf)\b|Demo-\d+-\w+")


def english_words(top: QWidget) -> list[str]:
    """Visible label, button, group-box and tab texts with Latin words in them."""
    found: list[str] = []
    shown = [
        (type(w).__name__, _text(w))
        for w in top.findChildren(QWidget)
        if isinstance(w, (QLabel, QAbstractButton, QGroupBox)) and w.isVisibleTo(top)
    ]
    for tabs in top.findChildren(QTabWidget):
        shown += [("tab", tabs.tabText(i)) for i in range(tabs.count())]
    for kind, text in shown:
        words = set(_WORD.findall(_NOT_WORDS.sub(" ", text))) - ALLOWED_LATIN
        if words:
            found.append(f"{kind} {text!r}: {sorted(words)}")
    return found


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """Qt's own Chinese (standard buttons) and ours, as ``install_translator`` does."""
    from PySide6.QtCore import QLibraryInfo

    qt_own = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = QTranslator()
    assert ours.load(str(Path(__file__).resolve().parents[2] / "resources/i18n/fcw_zh_CN.qm"))
    installed = [t for t in (qt_own,) if t.load("qtbase_zh_CN", qt_dir)] + [ours]
    for translator in installed:
        qapp.installTranslator(translator)
    try:
        yield
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize("name", sorted(SCREENS))
def test_chinese_window_shows_no_english(qtbot: QtBot, chinese: None, name: str) -> None:
    top = SCREENS[name]()
    check(qtbot, top)
    assert english_words(top) == []


@pytest.mark.parametrize("stage", STAGES)
def test_chinese_editor_stage_shows_no_english(qtbot: QtBot, chinese: None, stage: str) -> None:
    from ui.case_editor import CaseEditor

    store = FakeCaseStore()
    case = store.add(demo_case_named("inflated_income", today=date(2026, 11, 27)))
    interaction = FakeInteraction()
    editor = CaseEditor(
        case, store, ACTOR, clock=lambda: NOW, timer=ManualDebouncer(), interaction=interaction
    )
    check(qtbot, editor, lambda: editor.show_stage(stage))
    assert english_words(editor) == []


def test_the_english_check_finds_an_untranslated_label(qtbot: QtBot) -> None:
    top = QWidget()
    QLabel("保存 Save", top)
    QLabel("文件：/tmp/a.csv，CSV 格式", top)
    qtbot.addWidget(top)
    assert english_words(top) == ["QLabel '保存 Save': ['Save']"]
