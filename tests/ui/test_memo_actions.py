"""Printing memos from the main window: one case opens in the viewer, several
go to a folder off the GUI thread, a blocked case says why."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from domain.errors import DomainError
from domain.i18n import Message
from tests.ui.workspace_actions_fixtures import Calls, Setup, fake_services
from ui.memo_actions import MemoPrinter


def test_one_selected_case_is_printed_to_a_pdf_that_opens_in_the_viewer(
    qtbot: QtBot, tmp_path: Path
) -> None:
    calls = Calls()
    opened: list[QUrl] = []
    s = Setup(
        qtbot, tmp_path, fake_services(calls), open_url=lambda url: opened.append(url) or True
    )
    (uuid,) = s.add_cases("甲")
    s.select(uuid)
    queries_before = len(s.session.store.summary_calls)

    s.actions.print_action.trigger()

    ((printed_uuid, path),) = calls.printed
    number = s.window.case_number(uuid)
    assert printed_uuid == uuid
    assert path.name == f"{number}-memo.pdf"
    assert opened == [QUrl.fromLocalFile(str(path))]
    assert len(s.session.store.summary_calls) > queries_before  # status shown anew


def test_a_case_with_a_pending_red_flag_is_refused_with_the_reason(
    qtbot: QtBot, tmp_path: Path
) -> None:
    calls = Calls()
    opened: list[QUrl] = []
    s = Setup(qtbot, tmp_path, fake_services(calls), open_url=lambda url: opened.append(url))
    (uuid,) = s.add_cases("甲")
    s.actions.services.print_memo = None  # replaced below through the printer
    assert s.actions.memo_printer is not None
    s.actions.memo_printer.print_memo = fake_services(calls, blocked={uuid}).print_memo
    s.select(uuid)

    s.actions.print_memo()

    assert calls.printed == [] and opened == []
    (shown,) = s.interaction.shown
    assert (shown.kind, shown.title) == ("warn", "Memo not printed")
    assert shown.text == "A red flag is pending without an override reason."


def test_several_cases_are_printed_into_a_folder_in_a_worker_thread(
    qtbot: QtBot, tmp_path: Path
) -> None:
    threads: list[threading.Thread] = []
    written: list[Path] = []

    def print_memo(uuid: str, path: Path) -> None:
        threads.append(threading.current_thread())
        if uuid == "blocked":
            raise DomainError(Message("A red flag is pending without an override reason."))
        path.write_bytes(b"%PDF-1.4 memo")
        written.append(path)

    s = Setup(qtbot, tmp_path, fake_services(Calls()))
    s.interaction.directory_answers = [str(tmp_path)]
    printer = MemoPrinter(s.window, print_memo, s.interaction)  # type: ignore[arg-type]

    dialog = printer.print_batch(["a", "blocked", "c"])
    assert dialog is not None
    with qtbot.waitSignal(dialog.completed, timeout=10000) as blocker:
        pass

    done, failed, cancelled = blocker.args
    assert [uuid for uuid, _ in done] == ["a", "c"]
    assert [uuid for uuid, _ in failed] == ["blocked"]
    assert not cancelled
    assert written == [tmp_path / "a-memo.pdf", tmp_path / "c-memo.pdf"]
    assert all(t is not threading.main_thread() for t in threads)
    # 2 printed of 3; the refused one is listed with its reason
    assert s.interaction.shown[-1].text.startswith("2 of 3 memos printed")
    assert "blocked: A red flag is pending" in s.interaction.shown[-1].text


def test_cancelling_the_batch_stops_before_the_next_case(qtbot: QtBot, tmp_path: Path) -> None:
    go_on = threading.Event()
    printed: list[str] = []

    def print_memo(uuid: str, path: Path) -> None:
        printed.append(uuid)
        go_on.wait(5)

    s = Setup(qtbot, tmp_path, fake_services(Calls()))
    s.interaction.directory_answers = [str(tmp_path)]
    printer = s.actions.memo_printer  # the window's printer: it disables the window
    assert printer is not None
    printer.print_memo = print_memo
    uuids = [f"case{i}" for i in range(100)]

    dialog = printer.print_batch(uuids)
    assert dialog is not None
    qtbot.waitUntil(lambda: printed == ["case0"], timeout=5000)
    assert not s.window.menuBar().isEnabled()
    dialog.cancel_export()
    go_on.set()
    with qtbot.waitSignal(dialog.completed, timeout=10000) as blocker:
        pass

    done, _failed, cancelled = blocker.args
    assert cancelled and len(done) == 1 and printed == ["case0"]
    assert s.window.menuBar().isEnabled()


def test_the_editor_hook_prints_the_case_it_is_given(qtbot: QtBot, tmp_path: Path) -> None:
    calls = Calls()
    s = Setup(qtbot, tmp_path, fake_services(calls))
    (uuid,) = s.add_cases("甲")  # not selected in the list

    s.actions.print_case(uuid)

    assert [printed for printed, _ in calls.printed] == [uuid]


def test_a_case_not_yet_analysed_is_offered_a_draft_which_prints_when_accepted(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from domain.memo import MemoBlocked

    printed: list[tuple[str, bool]] = []

    def print_memo(uuid: str, path: Path, draft: bool = False) -> None:
        if not draft:
            raise MemoBlocked(Message("Stage Meters is not finished."))
        printed.append((uuid, draft))

    s = Setup(qtbot, tmp_path, fake_services(Calls()))
    opened: list[QUrl] = []
    printer = MemoPrinter(s.window, print_memo, s.interaction, open_url=opened.append)
    s.interaction.confirm_answers = [False, True]  # first declined, then accepted

    assert printer.print_one("c1") is None
    assert printed == [] and opened == []
    assert printer.print_one("c1") is not None
    assert printed == [("c1", True)]
    first = s.interaction.shown[0]
    assert (first.kind, first.title) == ("confirm", "Memo not printed")
    assert "Stage Meters is not finished." in first.text
    assert "print a draft" in first.text
