"""The File/Tools service actions of the main window, over recording fakes."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.workspace_actions_fixtures import NOON, Calls, Setup, fake_services
from ui.change_password_dialog import ChangePasswordDialog


def texts(setup: Setup) -> list[str]:
    return [shown.text for shown in setup.interaction.shown]


def test_the_tools_menu_and_the_file_menu_hold_the_new_actions(
    qtbot: QtBot, tmp_path: Path
) -> None:
    s = Setup(qtbot, tmp_path, fake_services(Calls()))
    tools = [a.text() for a in s.actions.tools_menu.actions() if not a.isSeparator()]
    assert tools == [
        "&Import head office key…",
        "E&xport this workstation's enrolment file…",
        "&Back up now",
        "Change &password…",
        "&Archive case…",
    ]
    file_texts = [a.text() for a in s.window.file_menu.actions()]
    assert "&Print memo…" in file_texts and "Case &history…" in file_texts
    assert s.actions.print_action.shortcut().toString() == "Ctrl+P"
    assert s.actions.history_action.shortcut().toString() == "Ctrl+H"


def test_export_without_a_head_office_key_says_how_to_import_one_and_exports_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    calls = Calls()
    s = Setup(qtbot, tmp_path, fake_services(calls, headoffice=False))
    (uuid,) = s.add_cases("甲")
    s.select(uuid)
    s.interaction.directory_answers = [str(tmp_path)]

    assert s.actions.export_selected() is None

    assert calls.exported == []
    assert s.interaction.directory_answers == [str(tmp_path)]  # no folder was asked for
    assert "No head-office key" in texts(s)[0]
    assert "Tools → Import head office key…" in texts(s)[0]


def test_export_of_two_selected_cases_runs_the_dialog_with_the_chosen_folder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    calls = Calls()
    s = Setup(qtbot, tmp_path, fake_services(calls))
    a, b, _c = s.add_cases("甲", "乙", "丙")
    s.select(a, b)
    s.interaction.directory_answers = [str(tmp_path)]
    queries_before = len(s.session.store.summary_calls)

    dialog = s.actions.export_selected()
    assert dialog is not None
    assert not s.window.menuBar().isEnabled()  # the window is disabled while it runs
    with qtbot.waitSignal(dialog.completed, timeout=10000):
        pass

    assert sorted(calls.exported) == sorted([(a, tmp_path), (b, tmp_path)])
    assert s.window.menuBar().isEnabled() and s.window.centralWidget().isEnabled()
    assert len(s.session.store.summary_calls) > queries_before  # the list was refreshed
    assert texts(s)[-1].startswith("2 of 2 cases exported")


def test_export_all_ready_exports_the_cases_the_service_calls_ready(
    qtbot: QtBot, tmp_path: Path
) -> None:
    calls = Calls()
    s = Setup(qtbot, tmp_path, fake_services(calls, ready=["r1", "r2", "r3"]))
    s.interaction.directory_answers = [str(tmp_path)]

    dialog = s.actions.export_ready()
    assert dialog is not None
    with qtbot.waitSignal(dialog.completed, timeout=10000):
        pass

    assert [uuid for uuid, _ in calls.exported] == ["r1", "r2", "r3"]


def test_spreadsheet_export_passes_the_selection_and_masks_by_default(
    qtbot: QtBot, tmp_path: Path
) -> None:
    calls = Calls()
    choices = [False, True]
    s = Setup(qtbot, tmp_path, fake_services(calls), ask_unmasked=lambda parent: choices.pop(0))
    (uuid,) = s.add_cases("甲")
    s.select(uuid)
    s.interaction.save_answers = [str(tmp_path / "a.xlsx"), str(tmp_path / "b.csv")]

    s.actions.export_spreadsheet()
    s.actions.export_spreadsheet()

    assert calls.sheets == [
        ([uuid], tmp_path / "a.xlsx", False),
        ([uuid], tmp_path / "b.csv", True),
    ]


def test_importing_a_head_office_key_shows_its_fingerprint_and_asks_for_the_password(
    qtbot: QtBot, tmp_path: Path
) -> None:
    calls = Calls()
    s = Setup(qtbot, tmp_path, fake_services(calls))
    s.interaction.open_answers = [str(tmp_path / "ho.json")]
    s.interaction.confirm_answers = [True]
    s.interaction.text_answers = ["Sichuan-2026"]

    assert s.actions.import_headoffice_key()

    assert "ab12cd34" in texts(s)[0]
    assert calls.imported == [(b"enrolment bytes", "Sichuan-2026", False)]


def test_replacing_a_stored_head_office_key_needs_a_second_explicit_confirm(
    qtbot: QtBot, tmp_path: Path
) -> None:
    calls = Calls()
    s = Setup(qtbot, tmp_path, fake_services(calls, current_key="99ff"))
    s.interaction.open_answers = [str(tmp_path / "ho.json")] * 2
    s.interaction.confirm_answers = [True, False, True, True]
    s.interaction.text_answers = ["Sichuan-2026"]

    assert not s.actions.import_headoffice_key()  # replacement declined
    assert calls.imported == []
    assert s.actions.import_headoffice_key()

    assert "99ff" in texts(s)[1]
    assert calls.imported == [(b"enrolment bytes", "Sichuan-2026", True)]


def test_the_workstation_enrolment_file_is_written_where_the_officer_chose(
    qtbot: QtBot, tmp_path: Path
) -> None:
    calls = Calls()
    s = Setup(qtbot, tmp_path, fake_services(calls))
    s.interaction.save_answers = [str(tmp_path / "ws.json")]

    s.actions.export_enrolment()

    assert calls.saved == [(tmp_path / "ws.json", b'{"role": "workstation"}')]


def test_back_up_now_reports_the_backup_folder(qtbot: QtBot, tmp_path: Path) -> None:
    calls = Calls()
    s = Setup(qtbot, tmp_path, fake_services(calls))

    assert s.actions.backup_now() == Path("/backups/b1")

    assert calls.backups == ["now"]
    assert str(Path("/backups/b1")) in texts(s)[-1]


def test_the_backup_timer_asks_the_service_with_the_injected_clock(
    qtbot: QtBot, tmp_path: Path
) -> None:
    calls = Calls()
    readings: list[datetime] = []

    def clock() -> datetime:
        """Noon, then one hour later at each reading."""
        readings.append(NOON + timedelta(hours=len(readings)))
        return readings[-1]

    s = Setup(
        qtbot,
        tmp_path,
        fake_services(calls),
        clock=clock,
        backup_check_ms=5,
        start_backup_timer=True,
    )

    qtbot.waitUntil(lambda: len(calls.due_checks) >= 2, timeout=5000)
    s.actions.backup_timer.stop()

    assert calls.due_checks[:2] == [NOON, NOON + timedelta(hours=1)]
    # the first check made a backup (the fake's /backups/auto); the status bar says where
    assert s.window.statusBar().currentMessage() == f"Automatic backup: {Path('/backups/auto')}"


def test_change_password_passes_old_and_new_to_the_service(qtbot: QtBot, tmp_path: Path) -> None:
    calls = Calls()
    s = Setup(
        qtbot,
        tmp_path,
        fake_services(calls),
        ask_password=lambda parent: ("Sichuan-2026", "Zhejiang-2027!"),
    )

    assert s.actions.change_password()

    assert calls.passwords == [("Sichuan-2026", "Zhejiang-2027!")]
    # Issue 20, defect 5: the window keeps the data key and says how to re-key.
    (shown,) = s.interaction.shown
    assert "backups and copies of the key file made before today still open" in shown.text
    assert "main.py password change --workspace" in shown.text


def test_the_change_password_dialog_applies_the_first_run_strength_rule(qtbot: QtBot) -> None:
    dialog = ChangePasswordDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.old_edit.setText("Sichuan-2026")
    # "short1A" is 7 characters: under the 10 the first-run rule asks for
    dialog.new_edit.setText("short1A")
    dialog.repeat_edit.setText("short1A")
    assert not ok.isEnabled()
    # 14 characters, but only lower case: 1 class of the 3 needed
    dialog.new_edit.setText("onlylowercase")
    dialog.repeat_edit.setText("onlylowercase")
    assert not ok.isEnabled()
    dialog.new_edit.setText("Zhejiang-2027!")
    dialog.repeat_edit.setText("Zhejiang-2027?")
    assert not ok.isEnabled()  # the two differ
    dialog.repeat_edit.setText("Zhejiang-2027!")
    assert ok.isEnabled()


def test_archiving_without_a_reason_shows_the_refusal_and_with_one_archives(
    qtbot: QtBot, tmp_path: Path
) -> None:
    calls = Calls()
    s = Setup(qtbot, tmp_path, fake_services(calls))
    (uuid,) = s.add_cases("甲")
    s.select(uuid)
    s.interaction.text_answers = ["", "客户撤回申请"]

    assert not s.actions.archive_selected()
    assert "give a reason" in texts(s)[-1]
    assert s.actions.archive_selected()

    assert calls.archived == [(uuid, "客户撤回申请")]


def test_the_service_actions_are_disabled_while_the_window_is_locked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    s = Setup(qtbot, tmp_path, fake_services(Calls()))

    s.window.lock()
    assert not any(action.isEnabled() for action in s.actions.actions)
    s.window.unlock()
    assert all(action.isEnabled() for action in s.actions.actions)


def test_a_read_only_workspace_offers_no_action_that_writes(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.ui import workspace_actions_fixtures as fx

    gateway_create = fx.FakeWorkspaceGateway.create

    def read_only_create(self: object, *args: object) -> object:
        session = gateway_create(self, *args)  # type: ignore[arg-type]
        session.read_only = True
        return session

    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(fx.FakeWorkspaceGateway, "create", read_only_create)
    try:
        s = Setup(qtbot, tmp_path, fake_services(Calls()))
    finally:
        monkeypatch.undo()
    a = s.actions

    writes = [a.print_action, a.export_selected_action, a.export_ready_action]
    writes += [a.spreadsheet_action, a.import_key_action, a.password_action, a.archive_action]
    assert not any(action.isEnabled() for action in writes)
    assert a.history_action.isEnabled() and a.backup_action.isEnabled()
    s.window.lock()
    s.window.unlock()
    assert not any(action.isEnabled() for action in writes)  # unlocking keeps them off


def test_importing_a_return_reply_refreshes_the_list_and_says_what_to_do_next(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from types import SimpleNamespace

    taken: list[Path] = []

    def import_reply(path: Path) -> object:
        taken.append(path)
        return SimpleNamespace(
            case_uuid="u1", case_number="3301-20261207-0001", decision="return", added=2
        )

    services = fake_services(Calls())
    services.import_reply = import_reply
    s = Setup(qtbot, tmp_path, services)
    assert "Import head office &reply…" in [a.text() for a in s.window.file_menu.actions()]
    queries = len(s.session.store.summary_calls)
    s.interaction.open_answers = [str(tmp_path / "r.fcwreply")]
    s.actions.import_reply_action.trigger()
    assert taken == [tmp_path / "r.fcwreply"]
    assert len(s.session.store.summary_calls) > queries  # the list shows the new status
    (shown,) = s.interaction.shown
    assert shown.kind == "info"
    assert "returned case 3301-20261207-0001 with 2 questions" in shown.text


def test_a_refused_reply_is_shown_and_nothing_else_happens(qtbot: QtBot, tmp_path: Path) -> None:
    from domain.errors import DomainError
    from domain.i18n import Message

    def import_reply(path: Path) -> object:
        raise DomainError(Message("This package holds a case, not a reply."))

    services = fake_services(Calls())
    services.import_reply = import_reply
    s = Setup(qtbot, tmp_path, services)
    s.interaction.open_answers = [str(tmp_path / "x.fcwpkg")]
    s.actions.import_reply_action.trigger()
    (shown,) = s.interaction.shown
    assert (shown.kind, shown.text) == ("warn", "This package holds a case, not a reply.")


def test_a_spreadsheet_of_many_cases_counts_them_in_a_progress_dialog(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.busy import BatchProgress

    calls = Calls()
    services = fake_services(calls)
    seen: list[tuple[str, int, int, bool]] = []
    inner = services.export_spreadsheet
    assert inner is not None

    def sheet(ids, path, unmasked, progress=None):  # type: ignore[no-untyped-def]
        def watched(done: int, total: int) -> None:
            assert progress is not None
            progress(done, total)
            (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, BatchProgress)]
            cursor = QApplication.overrideCursor()
            busy = cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
            seen.append((dialog.labelText(), dialog.value(), dialog.maximum(), busy))

        return inner(ids, path, unmasked, progress=watched)

    services.export_spreadsheet = sheet
    s = Setup(qtbot, tmp_path, services, ask_unmasked=lambda parent: False)
    uuids = s.add_cases("甲", "乙", "丙")
    s.select(*uuids)
    s.interaction.save_answers = [str(tmp_path / "a.xlsx")]
    s.actions.export_spreadsheet()
    assert seen == [
        ("Writing the spreadsheet: case 1 of 3…", 1, 3, True),
        ("Writing the spreadsheet: case 2 of 3…", 2, 3, True),
        ("Writing the spreadsheet: case 3 of 3…", 3, 3, True),
    ]
    assert QApplication.overrideCursor() is None  # restored
    qtbot.waitUntil(
        lambda: not [w for w in QApplication.topLevelWidgets() if isinstance(w, BatchProgress)]
    )
