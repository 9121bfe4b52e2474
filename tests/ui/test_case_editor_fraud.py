"""Fraud flags and bank statements inside the guided case editor."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from domain.case import BankTransaction, Case
from domain.checks.base import CheckResult
from domain.enums import (
    DispositionStatus,
    FraudCategory,
    Light,
    Recommendation,
    Severity,
    TxCategory,
)
from domain.fraud.base import Evidence, FraudFlag, make_flag
from domain.i18n import Message
from domain.ports import Actor, SaveResult
from domain.statement_import import ColumnMapping, ParsedStatement
from tests.ui.fakes import FakeCaseStore, FakeInteraction, ManualDebouncer
from ui.case_editor import CaseEditor

ACTOR = Actor("王芳", "1001", "3301")
NOW = datetime(2026, 11, 27, 10, 15, 2)

RED = make_flag(
    "business.staff_gap",
    FraudCategory.BUSINESS,
    Severity.RED,
    Message("Staff claimed {claimed}, seen {seen}.", {"claimed": 12, "seen": 3}),
    [Evidence("Staff claimed", "12", "interview")],
    ["/business/staff_claimed"],
)
AMBER = make_flag(
    "income.round_sum_inflows",
    FraudCategory.INCOME,
    Severity.AMBER,
    Message("Round sums."),
    [],
    ["/transactions"],
)
AMBER2 = make_flag(
    "wealth.private_loan_payments", FraudCategory.WEALTH, Severity.AMBER, Message("x"), [], []
)


@dataclass
class FakeAssessment:
    flags: list[FraudFlag]
    checks: list[CheckResult] = field(default_factory=list)

    def check(self, check_id: str) -> CheckResult | None:
        return next((c for c in self.checks if c.id == check_id), None)


class MetricsStore(FakeCaseStore):
    """The fake store, taking the list's metrics with each save as SqlCaseStore does."""

    def __init__(self) -> None:
        super().__init__()
        self.metrics: list[dict[str, int | None]] = []

    def save(
        self,
        case: Case,
        actor: Actor,
        reason: str = "",
        *,
        progress: int | None = None,
        red: int | None = None,
        amber: int | None = None,
    ) -> SaveResult:
        self.metrics.append({"progress": progress, "red": red, "amber": amber})
        return super().save(case, actor, reason)


def make_editor(qtbot: Any, flags: list[FraudFlag], **kw: Any) -> tuple[CaseEditor, MetricsStore]:
    store = MetricsStore()
    case = store.add(Case())
    calls: list[int] = []

    def assess(c: Case) -> FakeAssessment:
        calls.append(1)
        return FakeAssessment(list(flags))

    ed = CaseEditor(
        case,
        store,
        ACTOR,
        assess=assess,
        clock=lambda: NOW,
        timer=ManualDebouncer(),
        interaction=kw.pop("interaction", FakeInteraction()),
        **kw,
    )
    qtbot.addWidget(ed)
    return ed, store


def test_the_header_counts_the_flags_as_soon_as_the_case_opens(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed, _ = make_editor(qtbot, [RED, AMBER, AMBER2])
    assert ed.current_stage().id == "visit"
    assert "red 1" in ed.flag_counts.text() and "amber 2" in ed.flag_counts.text()


def test_the_verification_stage_shows_the_flags_of_the_assessment_with_counts(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed, _ = make_editor(qtbot, [RED, AMBER, AMBER2])
    ed.show_stage("verification")
    panel = ed.flags_panel
    # 1 red, 2 amber: the panel's counts and the header agree.
    assert panel.visible_rules() == [RED.rule, AMBER.rule, AMBER2.rule]
    assert "Red 1" in panel.counts_label.text() and "Amber 2" in panel.counts_label.text()
    assert "red 1" in ed.flag_counts.text() and "amber 2" in ed.flag_counts.text()


def test_a_dismissal_is_one_undoable_edit_that_is_autosaved_with_the_flag_counts(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed, store = make_editor(qtbot, [RED, AMBER])
    ed.show_stage("verification")
    panel = ed.flags_panel
    panel.select_flag(RED.rule)
    panel.reason_edit.setPlainText("点过三次，员工轮班")
    panel.dismiss()
    assert [(d.rule, d.status) for d in ed.case.dispositions] == [
        (RED.rule, DispositionStatus.DISMISSED)
    ]
    assert ed.undo_stack.count() == 1
    assert ed.autosave.flush()
    stored = store.load(ed.case.uuid)
    assert stored.dispositions[0].reason == "点过三次，员工轮班"
    # the list's badges count what is still open: the dismissed red flag no longer
    assert store.metrics[-1]["red"] == 0 and store.metrics[-1]["amber"] == 1
    assert any(e.field == "dispositions" for e in store.history(ed.case.uuid))
    ed.undo_stack.undo()
    assert ed.case.dispositions == []
    assert panel._status_text(RED) == panel._status_text(AMBER)  # both pending again


def test_a_checklist_tick_goes_to_the_case_through_the_undo_stack(qtbot) -> None:  # type: ignore[no-untyped-def]
    from domain.fraud.settings import ChecklistItem, FraudSettings

    item = ChecklistItem(FraudCategory.BUSINESS, "count_staff", "点人数", "Count the staff")
    settings = FraudSettings(checklist={FraudCategory.BUSINESS: [item]})
    ed, _ = make_editor(qtbot, [RED], rule_pack=lambda: settings)
    page = ed.page("verification")
    ed.show_stage("verification")
    page.flags_panel.select_flag(RED.rule)
    cell = page.flags_panel.checklist_table.item(0, 0)
    cell.setCheckState(Qt.CheckState.Checked)
    assert [(t.item, t.checked, t.by) for t in ed.case.checklist] == [("count_staff", True, "王芳")]
    ed.undo_stack.undo()
    assert ed.case.checklist == []


def test_finishing_the_conclusion_is_refused_while_a_red_flag_is_pending(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed, _ = make_editor(qtbot, [RED])
    p = ed.case.proposal
    p.recommendation = Recommendation.APPROVE
    p.amount, p.term_months, p.annual_rate = Decimal("200000"), 12, Decimal("0.052")
    p.opinion = "同意"
    ed.show_stage("conclusion")
    assert not ed.finish_current_stage()
    assert RED.rule in ed.missing_label.text()
    assert "conclusion" not in ed.case.stages_finished
    ok, why = ed.finalise_check()
    assert not ok and RED.rule in why
    panel = ed.flags_panel
    panel.select_flag(RED.rule)
    panel.reason_edit.setPlainText("支行长同意先放款，补充调查")
    panel.override()
    assert ed.finalise_check()[0]
    assert ed.finish_current_stage()
    assert "conclusion" in ed.case.stages_finished


def test_an_amber_flag_alone_does_not_stop_the_conclusion(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed, _ = make_editor(qtbot, [AMBER])
    p = ed.case.proposal
    p.recommendation = Recommendation.APPROVE
    p.amount, p.term_months, p.annual_rate = Decimal("200000"), 12, Decimal("0.052")
    p.opinion = "同意"
    ed.show_stage("conclusion")
    assert ed.finish_current_stage()


def test_go_to_field_opens_the_stage_and_focuses_the_widget(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed, _ = make_editor(qtbot, [RED])
    ed.show()
    qtbot.waitExposed(ed)
    ed.show_stage("verification")
    ed.flags_panel.select_flag(RED.rule)
    ed.flags_panel.go_button.click()
    QApplication.processEvents()
    assert ed.current_stage().id == ed.stage_of_path("business/staff_claimed")
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "business/staff_claimed"


def test_a_table_row_path_selects_the_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed, _ = make_editor(qtbot, [])
    ed.case.transactions = [
        BankTransaction(date(2026, 5, 1), Decimal("100"), "甲"),
        BankTransaction(date(2026, 5, 2), Decimal("200"), "乙"),
    ]
    ed.bank_statements.reload()
    ed.show()
    qtbot.waitExposed(ed)
    assert ed.go_to_field("/transactions/1/amount")
    assert ed.current_stage().id == "statements"
    assert ed.bank_statements.lines.currentIndex().row() == 1


# -- bank statements ---------------------------------------------------------

LINES = [
    BankTransaction(date(2026, 3, 5), Decimal("30000.00"), "张三", description="货款"),
    BankTransaction(date(2026, 4, 5), Decimal("50000.00"), "农商银行", description="贷款发放"),
    BankTransaction(date(2026, 5, 6), Decimal("-8000.00"), "李四", description="转账"),
]


def parsed(lines: list[BankTransaction]) -> ParsedStatement:
    return ParsedStatement(list(lines), ColumnMapping(date="日期", amount="金额"))


def test_the_import_button_is_hidden_without_a_parser(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed, _ = make_editor(qtbot, [])
    assert ed.bank_statements.import_button.isHidden()


def test_an_imported_statement_is_classified_merged_and_undone_in_one_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    interaction = FakeInteraction()
    interaction.open_answers = ["/tmp/流水.csv", "/tmp/流水.csv"]
    opened: list[str] = []

    def parse_file(path: str) -> Any:
        opened.append(path)
        return lambda mapping: parsed(LINES)

    ed, _ = make_editor(qtbot, [], parse_statement_file=parse_file, interaction=interaction)
    section = ed.bank_statements
    section.run_dialog = lambda dialog: dialog.ok_button_enabled()
    assert not section.import_button.isHidden()
    assert section.import_statement()
    assert opened == ["/tmp/流水.csv"]
    assert len(ed.case.transactions) == 3
    # The bank's loan is classified as a loan drawn (not income).
    by_party = {t.counterparty: t.category for t in ed.case.transactions}
    assert by_party["农商银行"] == TxCategory.LOAN_DRAWN
    assert ed.undo_stack.count() == 1
    # The same file again: the three lines are duplicates, nothing new.
    assert section.import_statement()
    assert len(ed.case.transactions) == 3
    assert "0 lines imported, 3 already" in section.result_label.text()
    ed.undo_stack.undo()
    ed.undo_stack.undo()
    assert ed.case.transactions == []
    assert section.lines.model().rowCount() == 0


def test_the_summary_shows_months_inflows_and_s5(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed, _ = make_editor(qtbot, [])
    s5 = CheckResult("S5", Message("S5"), estimate=Decimal("960000.00"), light=Light.GREEN)
    ed._assess = lambda c: FakeAssessment([], [s5])
    ed.bank_statements.assess = ed.assess_now
    lines = [
        replace(LINES[0], category=TxCategory.SALES),
        replace(LINES[1], category=TxCategory.LOAN_DRAWN),
        replace(LINES[2], category=TxCategory.PERSONAL),
    ]
    ed.ctx.edit("transactions", lines, "import", merge=False)
    rows = {name: value for name, value, _ in ed.bank_statements.summary_rows()}
    # 2026-03-05 … 2026-05-06 spans March, April, May = 3 months.
    assert rows["Months covered"] == "3"
    # Inflows by category: sales 30,000.00, loan drawn 50,000.00; the
    # outflow of 8,000 is no inflow.
    assert rows["Inflows: Sales receipts"] == "30,000.00"
    assert rows["Inflows: Loan drawn"] == "50,000.00"
    assert not any(k.endswith("Personal spending") for k in rows)
    assert rows["S5 sales from bank statements"] == "960,000.00"


def test_re_classifying_a_line_is_one_undoable_edit(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed, _ = make_editor(qtbot, [])
    ed.show()
    qtbot.waitExposed(ed)
    ed.show_stage("statements")
    ed.ctx.edit("transactions", list(LINES), "import", merge=False)
    view = ed.bank_statements.lines
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 4))
    QTest.keyClick(view, Qt.Key.Key_F2)  # open the category editor
    combo = view.findChild(QComboBox, "category_editor")
    assert combo is not None
    # The first line is an inflow: only inflow categories are offered.
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert TxCategory.SALES.value in offered and TxCategory.PURCHASE.value not in offered
    combo.setCurrentIndex(combo.findData(TxCategory.SALES.value))
    QTest.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ed.case.transactions[0].category == TxCategory.SALES)
    assert ed.undo_stack.count() == 2  # the import, then the re-classification
    assert view.model().index(0, 4).data(Qt.ItemDataRole.UserRole + 7) == "sales"
    ed.undo_stack.undo()
    assert ed.case.transactions[0].category == TxCategory.OTHER_INFLOW


def test_thousands_of_lines_show_without_table_items(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed, _ = make_editor(qtbot, [])
    lines = [BankTransaction(date(2026, 1, 1), Decimal(100 + i), f"客户{i}") for i in range(6000)]
    ed.ctx.edit("transactions", lines, "import", merge=False)
    assert ed.bank_statements.lines.model().rowCount() == 6000
    # the last line: 100 + 5,999 = 6,099.00
    assert ed.bank_statements.lines.model().index(5999, 1).data() == "6,099.00"


def test_the_pattern_lights_use_the_rule_pack_thresholds(qtbot) -> None:  # type: ignore[no-untyped-def]
    from storage.rulepack_files import load_rule_pack

    pack = load_rule_pack()
    unit = pack.thresholds.round_sum_unit
    ed, _ = make_editor(qtbot, [], rule_pack=lambda: pack)
    # Every inflow is a multiple of the unit: share = 100% > the red level.
    lines = [
        BankTransaction(date(2026, 1 + i, 3), unit * 3, f"客户{i}", description="货款")
        for i in range(4)
    ]
    ed.ctx.edit("transactions", lines, "import", merge=False)
    rows = ed.bank_statements.summary_rows()
    lights = {name: light for name, _, light in rows if light}
    assert len(lights) == 4
    assert lights["Round-sum inflows"] == "red"
