"""The main window end to end with the fake gateway: create the workspace,
add a case, find it, lock and unlock with a fake clock."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from domain.enums import CaseStatus
from tests.ui.fakes import (
    FakeClock,
    FakeInteraction,
    FakeSession,
    FakeWorkspaceGateway,
    ManualDebouncer,
    make_case,
)
from ui.app import ExceptionHandler, open_session
from ui.case_table_model import COL_AMOUNT, COL_APPLICANT
from ui.first_run_dialog import FirstRunDialog
from ui.main_window import MainWindow
from ui.new_case_dialog import NewCaseDialog
from ui.settings import Settings
from ui.unlock_dialog import UnlockDialog

WS = Path("/tmp/fcw-test-workspace")
PASSWORD = "Sichuan-2026"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def when_dialog_opens(cls: type, act: object) -> None:
    """Run ``act(dialog)`` once the modal dialog of class ``cls`` is showing."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, cls):
            act(widget)  # type: ignore[operator]
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


class Window:
    def __init__(
        self,
        window: MainWindow,
        clock: FakeClock,
        debouncer: ManualDebouncer,
        interaction: FakeInteraction,
        session: FakeSession,
    ) -> None:
        self.w, self.clock, self.debouncer = window, clock, debouncer
        self.interaction, self.session = interaction, session


@pytest.fixture
def win(qtbot: QtBot, settings: Settings) -> Iterator[Window]:
    gateway = FakeWorkspaceGateway()
    session = gateway.create(WS, PASSWORD, "王建国", "330112", "3301")
    clock, debouncer, interaction = FakeClock(), ManualDebouncer(), FakeInteraction()
    opened: list[str] = []
    window = MainWindow(
        session,
        interaction,
        settings,
        open_case=opened.append,
        now=clock,
        debouncer=debouncer,
        start_idle_timer=False,
    )
    window.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    yield Window(window, clock, debouncer, interaction, session)
    window.close()


def test_first_run_creates_the_workspace_and_the_window_shows_the_officer(
    qtbot: QtBot, settings: Settings
) -> None:
    gateway = FakeWorkspaceGateway()
    interaction = FakeInteraction()

    def fill(dialog: FirstRunDialog) -> None:
        dialog.name_edit.setText("王建国")
        dialog.staff_edit.setText("330112")
        dialog.branch_edit.setText("3301")
        dialog.password_edit.setText(PASSWORD)
        dialog.repeat_edit.setText(PASSWORD)
        dialog.ok_button.click()

    when_dialog_opens(FirstRunDialog, fill)
    session = open_session(gateway, WS, interaction)
    assert session is not None and gateway.exists(WS)
    window = MainWindow(session, interaction, settings, start_idle_timer=False)
    qtbot.addWidget(window)
    assert "王建国" in window.officer_label.text()
    assert "3301" in window.officer_label.text()
    assert window.path_label.text() == str(WS)
    assert window.case_count_label.text() == "0 cases"
    assert window.empty_label.isVisibleTo(window)


def test_an_existing_workspace_asks_for_the_password(qtbot: QtBot) -> None:
    gateway = FakeWorkspaceGateway()
    gateway.create(WS, PASSWORD, "王建国", "330112", "3301")

    def unlock(dialog: UnlockDialog) -> None:
        dialog.panel.password_edit.setText("wrong-password")
        dialog.panel.try_unlock()
        dialog.panel.password_edit.setText(PASSWORD)
        dialog.panel.try_unlock()

    when_dialog_opens(UnlockDialog, unlock)
    session = open_session(gateway, WS, FakeInteraction())
    assert session is not None
    assert gateway.open_attempts == 2  # one wrong, one right


def test_new_case_is_created_listed_and_opened(qtbot: QtBot, win: Window) -> None:
    def fill(dialog: NewCaseDialog) -> None:
        dialog.name_edit.setText("杭州味源餐饮店")
        dialog.industry_combo.setCurrentIndex(dialog.industry_combo.findData("restaurant"))
        dialog.amount_edit.setText("300000")
        dialog.ok_button.click()

    when_dialog_opens(NewCaseDialog, fill)
    created = win.w.new_case()
    assert created is not None
    assert created.number == f"3301-{created.created_at:%Y%m%d}-0001"
    assert created.officer.name == "王建国"
    assert win.w.model.total == 1
    assert win.w.model.data(win.w.model.index(0, COL_AMOUNT)) == "¥300,000.00"
    assert win.w.selected_uuid() == created.uuid
    assert win.w.opened == [created.uuid]  # type: ignore[attr-defined]
    assert win.w.case_count_label.text() == "1 cases"


def test_filter_finds_a_case_by_text_status_and_industry(qtbot: QtBot, win: Window) -> None:
    store = win.session.store
    store.add(make_case("温州市瓯海鸿达鞋材厂", industry="plastics", status=CaseStatus.DRAFT))
    store.add(make_case("绍兴柯桥锦绣印染有限公司", industry="dyeing", status=CaseStatus.IN_FIELD))
    store.add(make_case("台州黄岩精工塑料制品厂", industry="plastics", status=CaseStatus.IN_FIELD))
    win.w.model.refresh()
    assert win.w.model.total == 3
    win.w.search_edit.setText("印染")
    assert win.w.model.total == 3  # nothing before the debounce pause
    win.debouncer.fire()
    assert win.w.model.total == 1
    assert win.w.model.data(win.w.model.index(0, COL_APPLICANT)) == "绍兴柯桥锦绣印染有限公司"
    win.w.search_edit.clear()
    win.w.status_combo.setCurrentIndex(win.w.status_combo.findData(CaseStatus.IN_FIELD))
    win.w.industry_combo.setCurrentIndex(win.w.industry_combo.findData("plastics"))
    win.debouncer.fire()
    assert win.w.model.total == 1
    assert win.w.model.data(win.w.model.index(0, COL_APPLICANT)) == "台州黄岩精工塑料制品厂"
    assert win.w.count_label.text() == "1 cases"


def test_ctrl_f_puts_the_cursor_in_the_search_field(qtbot: QtBot, win: Window) -> None:
    win.w.table.setFocus()
    win.w.find_action.trigger()
    assert win.w.search_edit.hasFocus() or QApplication.focusWidget() is win.w.search_edit


def test_enter_on_a_row_opens_the_case(qtbot: QtBot, win: Window) -> None:
    case = win.session.store.add(make_case("萧山便民超市"))
    win.w.model.refresh()
    win.w.table.selectRow(0)
    win.w.open_case_action.trigger()
    assert win.w.opened == [case.uuid]  # type: ignore[attr-defined]


def test_locks_after_ten_idle_minutes_and_unlocks_with_the_password(
    qtbot: QtBot, win: Window
) -> None:
    win.session.store.add(make_case("义乌市佳丽小商品批发部"))
    win.w.model.refresh()
    win.clock.advance(9 * 60)  # 540 s < 600 s
    win.w.idle_lock.check()
    assert not win.w.is_locked
    win.clock.advance(60)  # 600 s = 10 minutes (the default setting)
    win.w.idle_lock.check()
    assert win.w.is_locked
    assert not win.w.table.isVisible()  # the cases are hidden
    assert not win.w.new_case_action.isEnabled()
    panel = win.w.unlock_panel
    panel.password_edit.setText("not-the-password")
    assert not panel.try_unlock()
    assert win.w.is_locked and panel.failed_attempts == 1
    panel.password_edit.setText(PASSWORD)
    assert panel.try_unlock()
    assert not win.w.is_locked
    assert win.w.table.isVisible()
    assert win.session.password_checks == ["not-the-password", PASSWORD]
    assert win.w.idle_lock.idle_seconds == 0  # the count starts again


def test_ctrl_l_locks_at_once(qtbot: QtBot, win: Window) -> None:
    win.w.lock_action.trigger()
    assert win.w.is_locked


def test_choosing_english_is_remembered_and_applies_at_restart(
    qtbot: QtBot, win: Window, settings: Settings
) -> None:
    assert settings.language == "zh_CN"
    win.w.language_actions["en_US"].trigger()
    assert settings.language == "en_US"
    assert win.interaction.shown[-1].kind == "info"
    assert "next time" in win.interaction.shown[-1].text


def test_without_an_editor_opening_a_case_shows_a_read_only_view(
    qtbot: QtBot, settings: Settings
) -> None:
    gateway = FakeWorkspaceGateway()
    session = gateway.create(WS, PASSWORD, "王建国", "330112", "3301")
    case = session.store.add(make_case("湖州织里童装加工坊"))
    window = MainWindow(session, FakeInteraction(), settings, start_idle_timer=False)
    qtbot.addWidget(window)
    window.open_case(case.uuid)
    assert len(window._open_dialogs) == 1
    assert "湖州织里童装加工坊" in window._open_dialogs[0].text.toPlainText()  # type: ignore[attr-defined]


def test_unexpected_errors_are_logged_and_shown_and_the_app_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    interaction = FakeInteraction()
    handler = ExceptionHandler(interaction, lambda: None)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.ERROR, logger="fcw.ui"):
            handler(type(exc), exc, exc.__traceback__)
    assert interaction.shown[-1].kind == "error"
    assert interaction.shown[-1].title == "Unexpected error"
    record = caplog.records[-1]
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError


def test_locking_closes_a_half_filled_new_case_dialog(qtbot: QtBot, win: Window) -> None:
    def lock_while_open(dialog: NewCaseDialog) -> None:
        dialog.name_edit.setText("半填的案件")
        win.w.lock()

    when_dialog_opens(NewCaseDialog, lock_while_open)
    assert win.w.new_case() is None
    assert win.w.is_locked
    assert win.session.store.count() == 0


def test_lock_and_unlock_are_announced_to_other_windows(qtbot: QtBot, win: Window) -> None:
    events: list[str] = []
    win.w.locked.connect(lambda: events.append("locked"))
    win.w.unlocked.connect(lambda: events.append("unlocked"))
    win.w.lock()
    win.w.unlock_panel.password_edit.setText(PASSWORD)
    win.w.unlock_panel.try_unlock()
    assert events == ["locked", "unlocked"]


def test_idle_minutes_chosen_in_the_menu_apply_at_once(
    qtbot: QtBot, win: Window, settings: Settings
) -> None:
    win.w.idle_actions[5].trigger()
    assert settings.idle_minutes == 5
    win.clock.advance(5 * 60)  # 300 s = 5 minutes
    win.w.idle_lock.check()
    assert win.w.is_locked


def test_enter_in_the_search_field_goes_to_the_first_result(qtbot: QtBot, win: Window) -> None:
    win.session.store.add(make_case("慈溪小家电出口加工厂"))
    case = win.session.store.add(make_case("乐清电器配件厂"))
    win.w.model.refresh()
    win.w.search_edit.setText("乐清")
    qtbot.keyClick(win.w.search_edit, Qt.Key.Key_Return)
    assert win.w.model.total == 1
    assert win.w.selected_uuid() == case.uuid


def test_locking_hides_the_other_windows_until_unlocked(qtbot: QtBot, win: Window) -> None:
    from PySide6.QtWidgets import QMainWindow

    editor = QMainWindow()  # stands in for a case editor window
    qtbot.addWidget(editor)
    editor.show()
    win.w.lock()
    assert not editor.isVisible()
    win.w.unlock_panel.password_edit.setText(PASSWORD)
    win.w.unlock_panel.try_unlock()
    assert editor.isVisible()


def test_refresh_shows_a_change_made_elsewhere_and_keeps_the_selection(
    qtbot: QtBot, win: Window
) -> None:
    store = win.session.store
    first = store.add(make_case("武义温泉民宿", amount="500000"))
    store.add(make_case("德清竹制品加工厂"))
    win.w.model.refresh()
    win.w.table.selectRow(win.w.model.row_of(first.uuid))
    case = store.load(first.uuid)
    case.loan.amount = case.loan.amount + 20000  # 500,000 + 20,000 = 520,000
    store.save(case, win.session.actor)
    win.w.refresh_action.trigger()
    row = win.w.model.row_of(first.uuid)
    assert win.w.selected_uuid() == first.uuid
    assert win.w.model.data(win.w.model.index(row, COL_AMOUNT)) == "¥520,000.00"


def test_double_click_and_enter_open_the_case_once_each(qtbot: QtBot, win: Window) -> None:
    case = win.session.store.add(make_case("海盐紧固件加工厂"))
    win.w.model.refresh()
    QApplication.processEvents()  # lay out the table that was hidden while empty
    rect = win.w.table.visualRect(win.w.model.index(0, 1))
    viewport = win.w.table.viewport()
    # QTest's double click needs a click first for the view to see a pressed index
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.w.opened == [case.uuid]  # type: ignore[attr-defined]
    win.w.table.setFocus()
    win.w.table.selectRow(0)
    qtbot.keyClick(win.w.table, Qt.Key.Key_Return)
    assert win.w.opened == [case.uuid, case.uuid]  # type: ignore[attr-defined]


def test_quitting_closes_the_case_windows_too(qtbot: QtBot, win: Window) -> None:
    from PySide6.QtWidgets import QMainWindow

    editor = QMainWindow()
    qtbot.addWidget(editor)
    editor.show()
    win.w.quit_action.trigger()
    assert not editor.isVisible()
    assert not win.w.isVisible()


def test_officer_day_one_from_first_run_to_unlock(qtbot: QtBot, settings: Settings) -> None:
    """First run, add a case, find it with the filter, idle lock, unlock."""
    gateway = FakeWorkspaceGateway()

    def first_run(dialog: FirstRunDialog) -> None:
        dialog.name_edit.setText("林晓燕")
        dialog.staff_edit.setText("TZ0417")
        dialog.branch_edit.setText("3311")
        dialog.password_edit.setText(PASSWORD)
        dialog.repeat_edit.setText(PASSWORD)
        dialog.ok_button.click()

    when_dialog_opens(FirstRunDialog, first_run)
    session = open_session(gateway, WS, FakeInteraction())
    assert session is not None
    clock, debouncer = FakeClock(), ManualDebouncer()
    window = MainWindow(
        session,
        FakeInteraction(),
        settings,
        open_case=lambda _uuid: None,
        now=clock,
        debouncer=debouncer,
        start_idle_timer=False,
    )
    qtbot.addWidget(window)
    window.show()

    for name, amount in (
        ("台州市路桥区汇丰源塑胶制品有限公司", "290000"),
        ("温岭市恒源工艺品厂", "690000"),
    ):

        def fill(dialog: NewCaseDialog, name: str = name, amount: str = amount) -> None:
            dialog.name_edit.setText(name)
            dialog.amount_edit.setText(amount)
            dialog.ok_button.click()

        when_dialog_opens(NewCaseDialog, fill)
        assert window.new_case() is not None
    assert window.model.total == 2

    window.search_edit.setText("恒源")
    debouncer.fire()
    assert window.model.total == 1
    assert window.model.data(window.model.index(0, COL_AMOUNT)) == "¥690,000.00"

    clock.advance(10 * 60)  # the default ten idle minutes
    window.idle_lock.check()
    assert window.is_locked
    window.unlock_panel.password_edit.setText(PASSWORD)
    assert window.unlock_panel.try_unlock()
    assert not window.is_locked
    assert window.model.total == 1  # the filter survives the lock


def test_archived_cases_show_only_when_asked_for_by_status(qtbot: QtBot, win: Window) -> None:
    store = win.session.store
    store.add(make_case("新昌轴承维修服务部", status=CaseStatus.ARCHIVED))
    store.add(make_case("萧山便民超市", status=CaseStatus.DRAFT))
    win.w.model.refresh()
    assert win.w.model.total == 1  # the archived one is out of the default list
    win.w.status_combo.setCurrentIndex(win.w.status_combo.findData(CaseStatus.ARCHIVED))
    win.debouncer.fire()
    assert win.w.model.total == 1
    assert win.w.model.data(win.w.model.index(0, COL_APPLICANT)) == "新昌轴承维修服务部"


def test_an_empty_filter_result_says_so(qtbot: QtBot, win: Window) -> None:
    win.session.store.add(make_case("萧山便民超市"))
    win.w.model.refresh()
    win.w.search_edit.setText("不存在的商户")
    win.debouncer.fire()
    assert win.w.model.total == 0
    assert win.w.empty_label.isVisibleTo(win.w)
    assert win.w.empty_label.text() == "No case matches the filter."


def test_toolbar_tooltips_name_the_shortcut(qtbot: QtBot, win: Window) -> None:
    assert win.w.lock_action.toolTip() == "Lock (Ctrl+L)"
    assert win.w.new_case_action.toolTip() == "New case (Ctrl+N)"


def test_a_read_only_session_allows_no_new_case(qtbot: QtBot, settings: Settings) -> None:
    gateway = FakeWorkspaceGateway()
    gateway.create(WS, PASSWORD, "王建国", "330112", "3301")
    session = gateway.open_read_only(WS, PASSWORD)
    window = MainWindow(session, FakeInteraction(), settings, start_idle_timer=False)
    qtbot.addWidget(window)
    assert not window.new_case_action.isEnabled()
    assert "Read-only" in window.saved_label.text()
    window.lock()
    window.unlock_panel.password_edit.setText(PASSWORD)
    window.unlock_panel.try_unlock()
    assert not window.new_case_action.isEnabled()  # still read-only after the lock


def test_the_window_opens_no_larger_than_the_screen(win: Window) -> None:
    from ui.screen_fit import FRAME_MARGIN

    window = win.w
    area = window.screen().availableGeometry()
    # 1280×800 wanted; the offscreen test screen is 800 high, as a 1366×768
    # laptop is 768: the status bar stays on the screen (the width is held by
    # the list's columns on this 800-pixel-wide test screen)
    assert area.height() - FRAME_MARGIN[1] < 800
    assert window.height() == area.height() - FRAME_MARGIN[1]
