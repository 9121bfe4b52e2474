"""Defects found walking through a visit as an officer, each pinned by a test.

Bad input must say what is wrong and where; numbers that can never be negative
(months, staff, meter readings) are refused; dates of things that already
happened warn when they lie after today; raw ids and English words never reach
a Chinese screen.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import QGroupBox, QWidget

from domain.case import BankTransaction, Case
from domain.checks.base import CheckResult
from domain.enums import Light, TxCategory
from domain.i18n import Message
from domain.ports import Actor
from tests.ui.fakes import FakeCaseStore, FakeInteraction, ManualDebouncer
from ui.case_editor import CaseEditor
from ui.screen_fit import FRAME_MARGIN, TextButton, fit_to_screen
from ui.stages.bank_statements import PATTERN_NAMES
from ui.stages.datetime_field import FieldDateTime
from ui.stages.fields import FieldLineEdit
from ui.stages.tables import ListTable
from ui.verification_panel import input_label

ACTOR = Actor("王芳", "1001", "3301")
NOW = datetime(2026, 11, 27, 10, 15, 2)
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _editor(qtbot, assess=None) -> CaseEditor:  # type: ignore[no-untyped-def]
    store = FakeCaseStore()
    ed = CaseEditor(
        store.add(Case()),
        store,
        ACTOR,
        clock=lambda: NOW,
        timer=ManualDebouncer(),
        interaction=FakeInteraction(),
        assess=assess,
    )
    qtbot.addWidget(ed)
    return ed


def _field(ed: CaseEditor, path: str) -> FieldLineEdit:
    for page in ed.page_by_id.values():
        for field in page.findChildren(FieldLineEdit):
            if field.path == path:
                return field
    raise KeyError(path)


def _type(field: FieldLineEdit, text: str) -> None:
    field.edit.setText(text)
    field.edit.textEdited.emit(text)
    field.edit.editingFinished.emit()


def test_a_negative_loan_term_is_refused_with_a_message_and_not_stored(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    term = _field(ed, "loan/term_months")
    _type(term, "-12")
    assert term.invalid
    assert term.message.text() == "Please enter a whole number, 0 or more."
    assert ed.case.loan.term_months is None
    _type(term, "12")
    assert not term.invalid and ed.case.loan.term_months == 12


def _picker(ed: CaseEditor, path: str) -> FieldDateTime:
    for page in ed.page_by_id.values():
        for field in page.findChildren(FieldDateTime):
            if field.path == path:
                return field
    raise KeyError(path)


def _pick(field: FieldDateTime, when: datetime) -> None:
    """The officer picks a date and time in the calendar popup / over the digits."""
    field.picker.setDateTime(QDateTime(when.year, when.month, when.day, when.hour, when.minute, 0))
    field.picker.editingFinished.emit()


def test_a_visit_start_after_today_is_kept_but_flagged_as_a_likely_slip(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    started = _picker(ed, "visits/0/started_at")
    _pick(started, datetime(2027, 3, 1, 9, 30))  # today is 2026-11-27 (the injected clock)
    assert not started.invalid
    assert started.message.text() == "This date is after today; check it."
    assert ed.case.visits[0].started_at == datetime(2027, 3, 1, 9, 30)
    _pick(started, datetime(2026, 11, 27, 9, 30))
    assert started.message.isHidden()


def test_a_credit_consent_date_after_today_warns_but_a_loan_maturity_does_not(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    consent = _field(ed, "credit_report/consent_date")
    _type(consent, "2026-12-01")
    assert consent.message.text() == "This date is after today; check it."
    debts = next(
        t for t in ed.page("character").findChildren(ListTable) if t.path == "credit_report/debts"
    )
    debts.add_row()  # a maturity lies in the future by nature
    col = [c.attr for c in debts.columns].index("maturity")
    debts.table.item(0, col).setText("2028-06-30")
    assert debts.message.isHidden()
    assert str(ed.case.credit_report.debts[0].maturity) == "2028-06-30"


def test_a_meter_table_refuses_a_bad_month_and_a_negative_reading_saying_row_and_column(
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    ed = _editor(qtbot)
    readings = ed.page("meters").readings
    readings.add_row()
    table = readings.table
    table.item(0, 1).setText("2026-13")  # no 13th month
    table.item(0, 2).setText("-500")
    assert ed.case.meters[0].month == ""
    assert ed.case.meters[0].quantity is None
    assert readings.message.text() == (
        "Row 1, Month (YYYY-MM): Write the month like 2026-03.\n"
        "Row 1, kWh / m³: Please enter a number, 0 or more."
    )
    table.item(0, 1).setText("2026-9")
    table.item(0, 2).setText("1200")
    assert ed.case.meters[0].month == "2026-09"  # stored in one form for the chart
    assert ed.case.meters[0].quantity == Decimal("1200")
    assert readings.message.isHidden()


def test_a_meter_month_still_to_come_is_kept_with_a_warning(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    readings = ed.page("meters").readings
    readings.add_row()
    readings.table.item(0, 1).setText("2026-12")  # today is 2026-11-27
    assert ed.case.meters[0].month == "2026-12"
    assert readings.message.text() == "Row 1, Month (YYYY-MM): This month is still to come."


def test_remove_row_is_enabled_only_when_there_is_a_row_to_remove(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    readings = ed.page("meters").readings
    assert not readings.remove_button.isEnabled()
    readings.add_row()
    assert readings.remove_button.isEnabled()
    readings.remove_row()
    assert not readings.remove_button.isEnabled()


def test_a_money_field_shows_the_yuan_sign_and_right_aligned_figures(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    amount = _field(ed, "loan/amount")
    assert amount.currency.text() == "¥"
    assert amount.edit.alignment() & Qt.AlignmentFlag.AlignRight
    _type(amount, "300000")
    assert amount.edit.text() == "300,000.00"
    assert ed.case.loan.amount == Decimal("300000.00")


def test_the_customs_section_is_titled_in_words_not_by_its_id(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    titles = [box.title() for box in ed.page("meters").findChildren(QGroupBox)]
    assert "customs" not in titles
    assert "Customs declarations" in titles


def test_statement_pattern_names_read_in_chinese(qtbot, chinese: None) -> None:  # type: ignore[no-untyped-def]
    for source in PATTERN_NAMES.values():
        shown = QCoreApplication.translate("", source)
        assert not LATIN_WORD.search(shown), f"{source!r} shows as {shown!r}"
    assert QCoreApplication.translate("", PATTERN_NAMES["inflow_spike"]) == "申请前流水突增"


def test_a_check_that_cannot_be_computed_names_its_missing_inputs_in_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    def assess(case: Case) -> list[CheckResult]:
        return [
            CheckResult(
                "S1",
                Message("Sales declared (income statement)"),
                light=Light.MISSING,
                missing=["income.seasons"],
                arithmetic=Message(
                    "not computable: missing {missing}", {"missing": "income.seasons"}
                ),
            )
        ]

    ed = _editor(qtbot, assess=assess)
    ed.show_stage("verification")
    panel = ed.page("verification").panel
    panel.table.setCurrentCell(0, 0)
    shown = panel.arithmetic.toPlainText()
    assert "income.seasons" not in shown
    assert shown == "not computable: missing seasonal income statement"


def _s5_assessment(s5: CheckResult) -> object:
    class Assessment:
        def __init__(self) -> None:
            self.flags: list[object] = []
            self.checks = [s5]

        def check(self, check_id: str) -> CheckResult | None:
            return s5 if check_id == "S5" else None

    return Assessment()


def test_s5_of_a_case_just_opened_shows_the_estimate_once_the_statements_page_is_shown(
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    s5 = CheckResult("S5", Message("S5"), estimate=Decimal("960000.00"), light=Light.GREEN)
    ed = _editor(qtbot, assess=lambda case: _s5_assessment(s5))
    ed.show_stage("statements")
    summary = ed.bank_statements.summary
    values = {
        summary.item(r, 0).text(): summary.item(r, 1).text() for r in range(summary.rowCount())
    }
    assert values["S5 sales from bank statements"] == "960,000.00"


def test_s5_names_what_is_missing_in_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    s5 = CheckResult("S5", Message("S5"), light=Light.MISSING, missing=["transactions"])
    ed = _editor(qtbot, assess=lambda case: _s5_assessment(s5))
    ed.show_stage("statements")
    rows = {name: value for name, value, _ in ed.bank_statements.summary_rows()}
    assert rows["S5 sales from bank statements"] == "missing: " + input_label("transactions")
    assert "transactions" not in rows["S5 sales from bank statements"]


def test_statement_lines_show_category_words_not_enum_ids(qtbot, chinese: None) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    lines = [
        BankTransaction(date(2026, 5, 2), Decimal("44252.44"), "客户甲", category=category)
        for category in TxCategory
    ]
    ed.ctx.edit("transactions", lines, "import", merge=False)
    model = ed.bank_statements.lines_model
    shown = [model.index(r, 4).data() for r in range(model.rowCount())]
    for category, text in zip(TxCategory, shown, strict=True):
        assert category.value not in text
        assert not LATIN_WORD.search(text), text
    assert shown[list(TxCategory).index(TxCategory.OWN_TRANSFER)] == "本人账户互转  ▾"


def test_the_case_window_opens_no_larger_than_the_screen_it_is_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    # 1280×860 ran off a 1366×768 laptop screen: the finish button and the save
    # state were below its edge. The offscreen test screen is smaller still.
    ed = _editor(qtbot)
    area = ed.screen().availableGeometry()
    assert ed.width() <= area.width() and ed.height() <= area.height()
    assert ed.width() == min(1280, area.width() - FRAME_MARGIN[0])
    assert ed.height() == min(860, area.height() - FRAME_MARGIN[1])


def test_fit_to_screen_keeps_the_wanted_size_when_it_fits(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    fit_to_screen(window, 300, 200)
    assert (window.width(), window.height()) == (300, 200)


def test_the_stepper_says_what_each_mark_means(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    rows = {stage.id: row for row, stage in enumerate(ed.stages)}
    visit_tip = ed.stepper.item(rows["visit"]).toolTip()
    assert visit_tip.startswith("○ Still to fill in: ")
    assert "Registered name" in visit_tip and "applicant/" not in visit_tip
    # 押品 has no required field: it shows ● from the start, now explained
    assert ed.stepper.item(rows["security"]).text().startswith("●")
    assert ed.stepper.item(rows["security"]).toolTip() == (
        "● Everything required is filled in: press Finish stage (Ctrl+Enter)."
    )
    ed.show_stage("security")
    assert ed.finish_current_stage()
    assert ed.stepper.item(rows["security"]).toolTip() == "✔ Finished."


def test_a_text_button_keeps_its_whole_text_where_a_styled_push_button_is_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    box = QWidget()
    # the app's stylesheet gives every push button a min-width: that explicit
    # minimum, not the text, is what a layout squeezes a button down to
    box.setStyleSheet("QPushButton { min-width: 40px; padding: 5px 16px; }")
    plain = QPushButton("Remove the selected row")
    kept = TextButton("Remove the selected row")
    row = QHBoxLayout(box)
    row.addWidget(plain)
    row.addWidget(kept)
    qtbot.addWidget(box)
    box.show()
    box.resize(120, 40)  # far narrower than the two texts
    qtbot.waitExposed(box)
    assert plain.width() < plain.sizeHint().width()  # the defect, on a plain button
    assert kept.width() >= kept.sizeHint().width()


def test_a_visit_that_ends_before_it_starts_is_pointed_out_on_the_end_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    started = _picker(ed, "visits/0/started_at")
    ended = _picker(ed, "visits/0/ended_at")
    _pick(started, datetime(2026, 11, 27, 9, 30))
    _pick(ended, datetime(2026, 11, 27, 8, 0))  # 08:00 < 09:30
    assert ended.message.text() == "The visit ends before it starts (2026-11-27 09:30)."
    assert ed.case.visits[0].ended_at == datetime(2026, 11, 27, 8, 0)  # kept: only a warning
    _pick(started, datetime(2026, 11, 27, 7, 30))  # the start was the slip: the end is fine now
    assert ended.message.isHidden()


def test_the_flags_panel_says_what_to_do_when_there_is_nothing_to_show(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.flags_panel import FlagsPanel

    panel = FlagsPanel([], Case(), lambda _case: None, officer="王芳", now=lambda: NOW)
    qtbot.addWidget(panel)
    assert panel.evidence.placeholderText() == "No fraud flags in the last assessment."
    assert not panel.confirm_button.isEnabled()


def test_a_new_case_starts_without_an_industry_unless_the_officer_picks_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.new_case_dialog import NewCaseDialog

    dialog = NewCaseDialog()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("台州市黄岩区李记五金加工厂")
    assert dialog.industry_combo.currentText() == "— choose later —"
    assert dialog.build_case().business.industry == ""  # was "restaurant", silently
    dialog.industry_combo.setCurrentIndex(dialog.industry_combo.findData("plastics"))
    assert dialog.build_case().business.industry == "plastics"


def test_the_new_case_amount_shows_what_was_understood(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.new_case_dialog import NewCaseDialog

    dialog = NewCaseDialog()
    qtbot.addWidget(dialog)
    dialog.amount_edit.setText("50万")  # 50 × 10,000 = 500,000
    assert dialog.amount_error.text() == "= ¥500,000.00"
    dialog.amount_edit.setText("abc")
    assert dialog.amount_error.text() == "Enter a positive amount in yuan, e.g. 300000."


def test_the_password_problem_shows_under_all_three_fields(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFormLayout

    from ui.change_password_dialog import ChangePasswordDialog

    dialog = ChangePasswordDialog()
    qtbot.addWidget(dialog)
    form = dialog.layout()
    assert isinstance(form, QFormLayout)
    rows = {
        widget: form.getWidgetPosition(widget)[0]
        for widget in (dialog.old_edit, dialog.new_edit, dialog.repeat_edit, dialog.rule_label)
    }
    # "Type the current password." used to sit between "new" and "again"
    assert rows[dialog.rule_label] > max(rows[dialog.new_edit], rows[dialog.repeat_edit])
    assert dialog.rule_label.text() == "Type the current password."
    assert dialog.rule_label.wordWrap()


def test_the_statement_tables_show_every_row_without_a_scroll_bar_of_their_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.style import STYLESHEET

    ed = _editor(qtbot)
    ed.setStyleSheet(STYLESHEET.replace("@CHEVRON@", ""))  # the app's padded headers
    ed.show()
    ed.show_stage("statements")
    qtbot.waitExposed(ed)
    page = ed.page("statements")
    for table in (page.income_table, page.balance_table):
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        header = table.horizontalHeader().height()
        assert table.viewport().height() >= rows, table.objectName()
        assert table.height() >= rows + header
        assert not table.verticalScrollBar().isVisible()


def test_head_office_amounts_read_as_money_and_the_borrower_is_not_squeezed(qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_headoffice_window import FakeService
    from ui.headoffice.portfolio_model import COLUMNS
    from ui.headoffice.window import PortfolioWindow

    window = PortfolioWindow(FakeService())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    amount_col = [key for key, _ in COLUMNS].index("amount")
    assert window.model.index(0, amount_col).data() == "¥100,000.00"  # FakeService: 100000
    assert [text for _key, _value, text in window.by_light.bars] == ["3 · ¥300.00", "1 · ¥100.00"]
    borrower_col = [key for key, _ in COLUMNS].index("name")
    name = window.model.index(0, borrower_col).data()  # 临海市百佳便利店
    needed = window.table.fontMetrics().horizontalAdvance(name)
    assert window.table.columnWidth(borrower_col) > needed


def test_a_money_column_says_its_unit_in_the_header(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    table = ed.page("meters").readings.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert "Amount paid (¥)" in headers
    assert "kWh / m³" in headers  # a quantity keeps its own unit


def test_a_money_column_header_reads_in_chinese(qtbot, chinese: None) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    table = ed.page("meters").readings.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert "缴费金额（¥）" in headers


def test_a_proposal_above_the_requested_amount_is_pointed_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    _type(_field(ed, "loan/amount"), "500000")
    proposed = _field(ed, "proposal/amount")
    _type(proposed, "5000000")  # one zero too many
    assert proposed.message.text() == "More than the amount requested (¥500,000.00)."
    assert ed.case.proposal.amount == Decimal("5000000.00")  # kept: a warning only
    _type(proposed, "400000")
    assert proposed.message.isHidden()
    _type(proposed, "600000")
    _type(_field(ed, "loan/amount"), "600000")  # the request was the slip
    assert proposed.message.isHidden()


def test_a_rate_or_share_above_100_percent_is_pointed_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    vat = _field(ed, "tax/vat_rate")
    _type(vat, "130%")
    assert vat.message.text() == "This is more than 100%; check it."
    assert ed.case.tax.vat_rate == Decimal("1.3")  # 130 % = 1.3
    _type(vat, "13%")
    assert vat.message.isHidden()


def test_tab_from_the_finish_button_goes_straight_back_to_the_first_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    ed = _editor(qtbot)
    ed.show()
    ed.activateWindow()
    qtbot.waitExposed(ed)
    ed.show_stage("conclusion")
    ed.finish_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ed.finish_button)
    QTest.keyClick(ed.finish_button, Qt.Key.Key_Tab)
    # the page (a scroll area) was a Tab stop of its own, with nothing to type in
    assert QApplication.focusWidget().objectName() == "proposal/recommendation"


def test_an_empty_list_table_says_how_to_add_a_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    ed.show()
    ed.show_stage("meters")
    qtbot.waitExposed(ed)
    readings = ed.page("meters").readings
    assert readings.empty_hint.isVisible()
    assert readings.empty_hint.text() == "Nothing entered yet. Press “Add row” to add one."
    assert readings.empty_hint.geometry() == readings.table.viewport().rect()
    readings.add_row()
    assert not readings.empty_hint.isVisible()
    readings.remove_row()
    assert readings.empty_hint.isVisible()


def test_a_cut_list_of_missing_inputs_can_be_read_whole_in_its_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    ed.show_stage("verification")
    table = ed.page("verification").panel.table
    for r in range(table.rowCount()):
        assert table.item(r, 3).toolTip() == table.item(r, 3).text()
        assert table.item(r, 0).toolTip() == table.item(r, 0).text()
    assert any(table.item(r, 3).text() for r in range(table.rowCount()))


def test_the_stage_keys_are_listed_in_a_stage_menu_and_alt_digit_jumps(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    ed = _editor(qtbot)
    ed.show()
    ed.activateWindow()
    qtbot.waitExposed(ed)
    menus = {a.text(): a.menu() for a in ed.menuBar().actions()}
    assert "Stage" in menus
    listed = {a.text(): a.shortcut().toString() for a in menus["Stage"].actions() if a.text()}
    assert listed["Next stage"] == "Ctrl+PgDown"
    assert listed["Previous stage"] == "Ctrl+PgUp"
    rows = {stage.id: row for row, stage in enumerate(ed.stages)}
    assert ed.stage_actions[rows["meters"]].shortcut().toString() == f"Alt+{rows['meters'] + 1}"
    field = _field(ed, "applicant/registered_name").edit
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    QTest.keyClick(field, Qt.Key(Qt.Key.Key_1 + rows["meters"]), Qt.KeyboardModifier.AltModifier)
    assert ed.current_stage().id == "meters"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert ed.current_stage().id == ed.stages[rows["meters"] + 1].id


def test_the_checks_table_shows_every_check_and_a_recompute_updates_the_arithmetic(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.style import STYLESHEET

    purchases = {"amount": "240,000"}

    def assess(case: Case) -> list[CheckResult]:
        return [
            CheckResult(
                f"S{i}",
                Message("Sales from purchases"),
                light=Light.GREEN,
                arithmetic=Message(f"check {i}: {purchases['amount']}"),
            )
            for i in range(1, 19)  # as many rows as the real engine gives
        ]

    ed = _editor(qtbot, assess=assess)
    ed.setStyleSheet(STYLESHEET.replace("@CHEVRON@", ""))
    ed.show()
    ed.show_stage("verification")
    qtbot.waitExposed(ed)
    panel = ed.page("verification").panel
    panel.table.setCurrentCell(0, 0)
    assert panel.arithmetic.toPlainText() == "check 1: 240,000"
    purchases["amount"] = "300,000"  # the officer corrected a figure
    panel.refresh()  # row 0 stays current: its box must not show the old sum
    assert panel.arithmetic.toPlainText() == "check 1: 300,000"
    rows = sum(panel.table.rowHeight(r) for r in range(panel.table.rowCount()))
    assert panel.table.viewport().height() >= rows
    assert not panel.table.verticalScrollBar().isVisible()


def test_the_statement_lines_amount_column_says_its_unit(qtbot, chinese: None) -> None:  # type: ignore[no-untyped-def]
    ed = _editor(qtbot)
    model = ed.bank_statements.lines_model
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == (
        "金额（¥）"
    )
