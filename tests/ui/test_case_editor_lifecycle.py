"""The case editor and the case's lifecycle: the next-step bar, what blocks it,
read-only analysed cases, reopening, head office's questions."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from domain import lifecycle
from domain.case import Attachment, Case, HeadOfficeQuestion
from domain.enums import CaseStatus
from domain.paths import resource_path
from domain.ports import Actor
from domain.serialization import case_from_dict
from domain.workflow import stage_ids
from tests.ui.fakes import FakeCaseStore, FakeInteraction, ManualDebouncer
from ui.case_editor import CaseEditor

ACTOR = Actor("王芳", "1001", "3301")
NOW = datetime(2026, 12, 7, 10, 15)


def example() -> Case:
    """The clean restaurant example, visited, its site photo attached."""
    data = json.loads(resource_path("examples", "clean_restaurant.json").read_text("utf-8"))
    case = case_from_dict(data)
    lifecycle.seed_status(case, CaseStatus.DRAFT)
    case.attachments.append(Attachment(id="p1", kind="photo", filename="门面.jpg"))
    return case


def editor(qtbot: QtBot, case: Case, store: FakeCaseStore | None = None) -> CaseEditor:
    store = store or FakeCaseStore()
    stored = store.add(case)
    ed = CaseEditor(
        store.load(stored.uuid),
        store,
        ACTOR,
        clock=lambda: NOW,
        interaction=FakeInteraction(),
        timer=ManualDebouncer(),
    )
    qtbot.addWidget(ed)
    return ed


def test_a_draft_shows_complete_investigation_blocked_by_each_unfinished_stage(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = editor(qtbot, example())
    bar = ed.next_step
    assert bar.move_button.text() == "Complete investigation"
    assert not bar.move_button.isEnabled()
    assert [b.stage for b in bar.blockers] == stage_ids()
    assert "Stage 下户调查 Site visit is not finished." in bar.blockers_label.text()
    assert "… and 5 more" in bar.blockers_label.text()  # three shown, five more


def test_a_blocker_link_opens_its_stage(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = editor(qtbot, example())
    meters = [b.stage for b in ed.next_step.blockers].index("meters")
    ed.next_step.blockers_label.linkActivated.emit(f"blocker:{meters}")
    assert ed.current_stage().id == "meters"


def test_finishing_a_stage_with_a_wrong_mobile_is_refused_and_goes_to_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    case = example()
    case.applicant.owner.phone = "1380013800"  # ten digits
    ed = editor(qtbot, case)
    ed.show_stage("visit")
    assert ed.finish_current_stage() is False
    assert "visit" not in ed.case.stages_finished
    assert "Owner mobile" in ed.missing_label.text()
    assert ed.case.status == CaseStatus.DRAFT
    phone = ed.page("visit").findChild(QLineEdit, "applicant/owner/phone")
    assert phone.hasFocus() or ed.focusWidget() is phone


def test_the_first_finished_stage_starts_the_investigation_with_an_audit_reason(qtbot) -> None:  # type: ignore[no-untyped-def]
    store = FakeCaseStore()
    ed = editor(qtbot, example(), store)
    ed.show_stage("visit")
    assert ed.finish_current_stage() is True
    assert ed.case.status == CaseStatus.IN_FIELD
    entry = next(e for e in store.history(ed.case.uuid) if e.field == "status")
    assert (entry.old, entry.new, entry.reason) == ("draft", "in_field", "investigation started")


def test_identifier_fields_take_no_more_characters_than_the_identifier(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = editor(qtbot, Case())
    page = ed.page("visit")
    assert page.findChild(QLineEdit, "applicant/owner/id_number").maxLength() == 18
    assert page.findChild(QLineEdit, "applicant/owner/phone").maxLength() == 14  # +86 and 11


def test_with_every_stage_finished_the_case_completes_and_turns_read_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    case = example()
    case.stages_finished = stage_ids()
    store = FakeCaseStore()
    ed = editor(qtbot, case, store)
    assert ed.next_step.move_button.isEnabled()
    qtbot.mouseClick(ed.next_step.move_button, Qt.MouseButton.LeftButton)
    assert ed.case.status == CaseStatus.ANALYSED
    assert store.load(ed.case.uuid).status == CaseStatus.ANALYSED
    assert not ed.page("visit").widget().isEnabled()
    assert not ed.undo_action.isEnabled() and not ed.finish_button.isEnabled()
    assert ed.next_step.move_button.text() == "Print memo…"
    assert ed.next_step.reopen_button.isVisibleTo(ed.next_step)


def test_reopening_asks_why_and_makes_the_case_editable_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    case = example()
    case.stages_finished = stage_ids()
    lifecycle.complete(case, lifecycle.Facts())
    store = FakeCaseStore()
    ed = editor(qtbot, case, store)
    assert not ed.page("visit").widget().isEnabled()
    ed.interaction.text_answers.append("")  # an empty reason is refused
    assert ed.reopen() is False
    assert ed.case.status == CaseStatus.ANALYSED
    ed.interaction.text_answers.append("客户补充了新的租赁合同")
    assert ed.reopen() is True
    assert ed.case.status == CaseStatus.IN_FIELD
    assert ed.page("visit").widget().isEnabled()
    entry = [e for e in store.history(ed.case.uuid) if e.field == "status"][-1]
    assert entry.reason == "reopened: 客户补充了新的租赁合同"


def test_a_returned_case_shows_the_question_and_dates_the_answer(qtbot) -> None:  # type: ignore[no-untyped-def]
    case = example()
    case.stages_finished = stage_ids()
    lifecycle.seed_status(case, CaseStatus.RETURNED)
    case.questions.append(HeadOfficeQuestion("租约何时到期？", asked_by="李审批"))
    ed = editor(qtbot, case)
    ed.show_stage("conclusion")
    box = ed.page("conclusion").questions
    assert box.isVisibleTo(ed.page("conclusion")) and len(box.answers) == 1
    assert "Head office's question 1 has no answer yet." in ed.next_step.blockers_label.text()
    box.answers[0].setPlainText("2028年6月30日")
    assert ed.case.questions[0].answer == "2028年6月30日"
    assert ed.case.questions[0].answered_at == NOW.astimezone()
    assert ed.next_step.move_button.isEnabled()  # the export may go now
    box.answers[0].setPlainText("")
    assert ed.case.questions[0].answered_at is None


def test_the_editor_takes_the_case_when_it_moved_on_in_the_store(qtbot) -> None:  # type: ignore[no-untyped-def]
    case = example()
    case.stages_finished = stage_ids()
    lifecycle.complete(case, lifecycle.Facts())
    store = FakeCaseStore()
    ed = editor(qtbot, case, store)
    elsewhere = store.load(ed.case.uuid)  # the memo printer's copy
    change = lifecycle.record_print(elsewhere, lifecycle.Facts(), "memo.pdf")
    assert change is not None
    store.save(elsewhere, ACTOR, reason=change.reason)
    assert ed.reload_from_store() is True
    assert ed.case.status == CaseStatus.MEMO_PRINTED
    assert ed.case.version == store.load(ed.case.uuid).version == elsewhere.version
    assert ed.next_step.move_button.text() == "Export to head office…"
    assert ed.reload_from_store() is False  # nothing newer


def test_chinese_next_step_reads_in_chinese(qtbot, chinese: None, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ed = editor(qtbot, example())
    assert ed.next_step.status_label.text() == "草稿"
    assert ed.next_step.step_label.text() == "下一步：完成调查 → 已分析"
    # the stage as the stepper names it (下户调查), not its title's translation
    assert "“下户调查”阶段尚未完成。" in ed.next_step.blockers_label.text()


def test_finishing_a_stage_with_a_term_of_0_months_is_refused_at_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 20, defect 9: a value outside resources/value_bounds.toml (here from
    a case file: the editor itself would not take it) is named at its field."""
    case = example()
    case.loan.term_months = 0
    ed = editor(qtbot, case)
    stage = lifecycle.stage_of(ed.case, "loan/term_months", ed.rules)
    ed.show_stage(stage)
    assert ed.finish_current_stage() is False
    assert stage not in ed.case.stages_finished
    assert "0 is less than 1, the smallest plausible value" in ed.missing_label.text()
    term = ed.page(stage).findChild(QLineEdit, "loan/term_months")
    assert term.hasFocus() or ed.focusWidget() is term
