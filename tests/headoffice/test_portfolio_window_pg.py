"""The portfolio window on the real service and PostgreSQL: an imported case
opens read-only with its assessment, matches and history."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from domain.assessment import assess_with_fraud
from storage.headoffice.officers import enrol_officer
from storage.headoffice.portfolio import import_into_portfolio
from storage.headoffice.review import record_review
from storage.headoffice.service import PortfolioService
from storage.rulepack_files import load_rule_pack
from tests.headoffice.pg_fixtures import REVIEWER, add_case, engine, needs_pg, pg_url, station
from tests.storage.export_fixtures import HEAD_OFFICE
from ui.headoffice.window import PortfolioWindow

pytestmark = needs_pg
__all__ = ["engine", "pg_url"]


def test_an_imported_case_opens_with_assessment_decision_and_history(
    engine: Engine, tmp_path: Path, qtbot: Any
) -> None:
    st = station(tmp_path / "a")
    enrol_officer(engine, st.enrolment())
    case = add_case(st)
    import_into_portfolio(engine, st.export(case), HEAD_OFFICE, REVIEWER)
    record_review(engine, case.number, "approve_with_changes", "金额调整为20万", REVIEWER)

    def assess(c: Any) -> Any:
        return assess_with_fraud(c, load_rule_pack(), today=date(2026, 11, 27))

    window = PortfolioWindow(PortfolioService(engine), assess=assess)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 1
    assert window.model.index(0, 1).data() == "3301"
    dialog = window.open_case(window.model.index(0, 0))
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert case.number in text
    assert "Approve with changes" in text and "金额调整为20万" in text  # the decision in words
    assert "default" in text  # the rule pack the assessment used
