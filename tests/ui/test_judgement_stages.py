"""The judgement in the stages: what the loan pays for, each estimate
parameter with its source, the suggested decision beside the officer's
recommendation and the justification an approval over a decline reason needs
(real editor, real assessment, corpus cases)."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from domain import lifecycle
from domain.assessment import assess_with_fraud
from domain.enums import CaseStatus, LoanPurpose, Recommendation
from domain.ports import Actor
from domain.serialization import case_from_dict
from storage.rulepack_files import load_rule_pack
from tests.corpus.runner import CASES
from tests.ui.fakes import FakeCaseStore, FakeInteraction, ManualDebouncer
from ui.case_editor import CaseEditor

ACTOR = Actor("林海波", "TL0158", "3310")
PACK = load_rule_pack()


def _editor(qtbot: Any, key: str) -> CaseEditor:
    case = case_from_dict(json.loads((CASES / f"{key}.json").read_text("utf-8")))
    # the corpus files say 已分析; here the officer is still investigating (editable)
    lifecycle.seed_status(case, CaseStatus.IN_FIELD)
    store = FakeCaseStore()
    case = store.create(case, ACTOR)
    ed = CaseEditor(
        case,
        store,
        ACTOR,
        assess=lambda c: assess_with_fraud(c, PACK, today=date(2026, 11, 27)),
        clock=lambda: datetime(2026, 11, 27, 10, 0),
        timer=ManualDebouncer(),
        interaction=FakeInteraction(),
    )
    qtbot.addWidget(ed)
    return ed


def _choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_the_conclusion_shows_the_suggestion_beside_the_recommendation(qtbot: Any) -> None:
    ed = _editor(qtbot, "near_garments")
    ed.show_stage("conclusion")
    text = ed.page("conclusion").findChild(QLabel, "suggestion").text()
    # three amber flags (capacity, price, equity): approval with conditions
    assert text.splitlines()[0] == "Approve with changes"
    assert "· amber flag: Order beyond capacity" in text
    assert text.splitlines()[-1] == "Conditions: Designated payment (受托支付), Extra guarantee"


def test_approving_over_a_decline_reason_asks_for_a_justification_until_written(
    qtbot: Any,
) -> None:
    # an instalment of 1,400 a month against 1,000 of disposable income: 140%
    ed = _editor(qtbot, "fraud_contract_related_plastics")
    ed.show_stage("conclusion")
    page = ed.page("conclusion")
    warning = page.findChild(QLabel, "justification_warning")
    assert warning.isHidden()
    _choose(page.findChild(QComboBox, "proposal/recommendation"), "Approve")
    assert ed.case.proposal.recommendation is Recommendation.APPROVE
    assert not warning.isHidden()
    assert "the instalment takes 140.0% of the monthly disposable income" in warning.text()
    box = page.findChild(QPlainTextEdit, "proposal/justification")
    box.setFocus()
    box.insertPlainText("配偶另有稳定收入")  # typed through an input method
    assert ed.case.proposal.justification == "配偶另有稳定收入"
    assert warning.isHidden()


def test_the_verification_stage_names_each_parameter_and_its_source(qtbot: Any) -> None:
    ed = _editor(qtbot, "clean_farming_strawberry")
    ed.show_stage("verification")
    text = ed.page("verification").findChild(QLabel, "parameters").text()
    assert "Gross margin: 46% (the case's products)" in text
    assert "Cash share of sales: 10% (the case's own figure)" in text
    assert "Days of stock: 120 (industry norm)" in text
    assert "Unit price: ¥25 (the case's products)" in text  # strawberries at ¥25 a 千克


def test_choosing_what_the_loan_pays_for_brings_its_need_test(qtbot: Any) -> None:
    ed = _editor(qtbot, "clean_retail_shop")
    page = ed.page("visit")
    _choose(page.findChild(QComboBox, "loan/purpose_kind"), "Equipment or term investment")
    for path, typed in (("loan/purpose_cost", "100000"), ("loan/own_funds", "20000")):
        field = page.findChild(QLineEdit, path)
        field.setFocus()
        QTest.keyClicks(field, typed)
    assert ed.case.loan.purpose_kind is LoanPurpose.EQUIPMENT
    assert ed.case.loan.purpose_cost == Decimal("100000")
    need = ed.assess_now().check("purpose_need")
    # 100,000 − 20,000 = 80,000; the request 80,000 ÷ 80,000 = 1.00
    assert need.deviation == Decimal("1.000000")


def test_principal_months_are_typed_as_month_numbers(qtbot: Any) -> None:
    ed = _editor(qtbot, "clean_farming_strawberry")
    line = ed.page("conclusion").findChild(QLineEdit, "proposal/principal_months")
    field = line.parent()
    line.setFocus()
    line.selectAll()
    QTest.keyClicks(line, "4,1")
    assert ed.case.proposal.principal_months == [1, 4]
    QTest.keyClick(line, Qt.Key.Key_End)
    QTest.keyClicks(line, "3")  # "4,13": month 13 does not exist
    assert "1 to 12" in field.message.text()
    assert ed.case.proposal.principal_months == [1, 4]  # the last valid months kept
    QTest.keyClick(line, Qt.Key.Key_Backspace)
    assert "1 to 12" not in field.message.text()
    assert line.text() == "4,1"
