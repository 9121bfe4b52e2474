"""The fraud flags at hand: a dock reachable from every stage with counts in
its title, messages whole, evidence that leads to its field, and the "memo
not printed" dialog that opens it (real editor, demo cases, real assessment)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QWidget

from domain import lifecycle
from domain.memo import MemoBlocked
from tests.ui.fakes import FakeInteraction
from tests.ui.test_spreading_view import editor
from ui.case_editor import CaseEditor
from ui.flags_panel import COL_MESSAGE
from ui.memo_actions import MemoPrinter


def test_the_dock_opens_from_any_stage_and_counts_the_flags_by_light(qtbot: Any) -> None:
    ed = editor(qtbot, "inflated_income")
    ed.show_stage("visit")
    assert not ed.flags_dock.isVisible()
    qtbot.mouseClick(ed.flags_button, Qt.MouseButton.LeftButton)
    assert ed.flags_dock.isVisible()
    assert ed.current_stage().id == "visit"  # the stage stays where it was
    # equity only with verified profit, declared sales above estimates, request beyond need
    assert ed.flags_dock.windowTitle() == "Fraud flags: red 3 · amber 0 · info 0"
    ed.flags_dock.toggle_action.trigger()  # Ctrl+Shift+F, the Stage menu
    assert not ed.flags_dock.isVisible()


def _messages_whole(ed: CaseEditor) -> None:
    ed.show_flags()
    QApplication.processEvents()
    table = ed.flags_panel.table
    assert table.textElideMode() == Qt.TextElideMode.ElideNone and table.wordWrap()
    assert table.rowCount() == 3
    for row in range(table.rowCount()):
        # each row as tall as its wrapped message needs: nothing cut with "…"
        assert table.rowHeight(row) >= table.sizeHintForRow(row)
    wraps = [table.rowHeight(r) > table.fontMetrics().height() * 2 for r in range(3)]
    assert any(wraps)  # the narrow dock does wrap the long messages onto more lines


def test_flag_messages_are_wrapped_whole_not_cut(qtbot: Any) -> None:
    _messages_whole(editor(qtbot, "inflated_income"))


def test_flag_messages_are_whole_in_chinese_too(qtbot: Any, chinese: None) -> None:
    ed = editor(qtbot, "inflated_income")
    assert "按申报利润" in ed.flags_panel.table.item(0, COL_MESSAGE).text()
    _messages_whole(ed)


def test_each_piece_of_evidence_leads_to_its_field(qtbot: Any) -> None:
    ed = editor(qtbot, "ghost_staff")
    ed.show_flags()
    panel = ed.flags_panel
    panel.select_flag("employee.headcount_ratio")
    assert panel.evidence_links() == [
        "field:/business/staff_claimed",
        "field:/business/staff_social_insurance",
        "field:/business/staff_observed",
        "field:/business/payroll_monthly",
    ]
    assert "href='field:/business/staff_observed'" in panel.evidence.toHtml().replace('"', "'")
    panel.evidence.anchorClicked.emit(QUrl("field:/business/staff_observed"))
    QApplication.processEvents()
    assert ed.current_stage().id == ed.stage_of_path("business/staff_observed")
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "business/staff_observed"


def test_an_estimate_in_the_evidence_leads_to_its_row_in_the_spreading_view(qtbot: Any) -> None:
    ed = editor(qtbot, "inflated_income")
    ed.show_stage("visit")
    ed.show_flags()
    panel = ed.flags_panel
    panel.select_flag("income.sales_deviation")
    assert "check:S3" in panel.evidence_links()
    panel.evidence.anchorClicked.emit(QUrl("check:S3"))
    assert ed.current_stage().id == "verification"
    assert ed.page("verification").panel.spreading.current_check() == "S3"


def _printer(
    ed: CaseEditor, interaction: FakeInteraction, printed: list[Any], tmp_path: Path
) -> tuple[MemoPrinter, QWidget]:
    window = QWidget()

    def show_case_flags(case_uuid: str) -> None:
        assert case_uuid == ed.case.uuid
        ed.show_flags()

    window.show_case_flags = show_case_flags  # type: ignore[attr-defined]

    def print_memo(case_uuid: str, path: Path, draft: bool = False) -> None:
        # what storage.memo_service does: the lifecycle's blockers refuse the final memo
        found = lifecycle.final_memo_blockers(ed.case, ed.facts())
        if found and not draft:
            raise MemoBlocked(lifecycle.explain(found))
        printed.append((case_uuid, draft))

    printer = MemoPrinter(
        window, print_memo, interaction, open_url=lambda url: True, temp_dir=lambda: tmp_path
    )
    return printer, window


def test_the_memo_blocked_dialog_opens_the_flags(qtbot: Any, tmp_path: Path) -> None:
    ed = editor(qtbot, "inflated_income")
    interaction = FakeInteraction()
    interaction.choice_answers = [1]  # "Show the fraud flags"
    printed: list[Any] = []
    printer, _window = _printer(ed, interaction, printed, tmp_path)
    assert not ed.flags_dock.isVisible()
    assert printer.print_one(ed.case.uuid) is None
    shown = interaction.shown[-1]
    assert shown.kind == "choose" and shown.title == "Memo not printed"
    assert shown.choices == ("Print draft", "Show the fraud flags")
    assert ed.flags_dock.isVisible()
    assert printed == []  # neither the final memo nor a draft


def test_the_memo_blocked_dialog_still_prints_a_draft(qtbot: Any, tmp_path: Path) -> None:
    ed = editor(qtbot, "inflated_income")
    interaction = FakeInteraction()
    interaction.choice_answers = [0]  # "Print draft"
    printed: list[Any] = []
    printer, _window = _printer(ed, interaction, printed, tmp_path)
    assert printer.print_one(ed.case.uuid) is not None
    assert printed == [(ed.case.uuid, True)]
    assert not ed.flags_dock.isVisible()
