"""The 交叉检验 stage's spreading view and chart, and the 结论 stage's summary,
from a real case editor on a demo case with the real assessment."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from domain import lifecycle
from domain.assessment import assess_with_fraud
from domain.case import ParameterOverride
from domain.demo import demo_case_named
from domain.enums import CaseStatus, Parameter
from domain.ports import Actor
from storage.rulepack_files import load_rule_pack
from tests.ui.fakes import FakeCaseStore, FakeInteraction, ManualDebouncer
from ui.case_editor import CaseEditor
from ui.spreading_view import (
    COL_CHECK,
    COL_DEVIATION,
    COL_ESTIMATE,
    COL_INPUTS,
    COL_LIGHT,
    COL_REFERENCE,
    NEGATIVE,
)

ACTOR = Actor("林海波", "TL0158", "3310")
PACK = load_rule_pack()


def editor(qtbot: Any, kind: str, **edits: Any) -> CaseEditor:
    case = demo_case_named(kind)
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
        rule_pack=lambda: PACK,
    )
    qtbot.addWidget(ed)
    for path, value in edits.items():
        ed.ctx.edit(path.replace("__", "/"), value, "test")
    ed.resize(1366, 768)
    ed.show()
    qtbot.waitExposed(ed)
    ed.show_stage("verification")
    return ed


def cell(
    ed: CaseEditor, check_id: str, column: int, role: Any = Qt.ItemDataRole.DisplayRole
) -> Any:
    model = ed.page("verification").panel.spreading.model
    return model.index(model.row_of(check_id), column).data(role)


def test_the_table_shows_s1_to_s8_side_by_side_with_the_direction_in_words(qtbot: Any) -> None:
    ed = editor(qtbot, "inflated_income")
    model = ed.page("verification").panel.spreading.model
    assert [model.index(r, COL_CHECK).data(Qt.ItemDataRole.UserRole + 1) for r in range(8)] == [
        f"S{i}" for i in range(1, 9)
    ]
    s2 = ed.assessment.check("S2")
    # (S_ref − S2) / S_ref positive: the purchases see less than was declared
    shown_pct = f"{(s2.deviation * 100).quantize(Decimal('0.1'))}%"
    assert cell(ed, "S2", COL_DEVIATION) == f"{shown_pct} · estimate below the declared figure"
    assert cell(ed, "S2", COL_ESTIMATE) == f"¥{s2.estimate.quantize(Decimal(1)):,}"
    assert cell(ed, "S2", COL_REFERENCE) == f"¥{s2.reference.quantize(Decimal(1)):,}"
    assert cell(ed, "S2", COL_LIGHT) == "● Red"
    assert cell(ed, "S1", COL_DEVIATION) == "0.0% · estimate matches the declared figure"
    inputs = cell(ed, "S2", COL_INPUTS).splitlines()
    assert inputs[1].startswith("gross margin ") and inputs[1].endswith("(the case's products)")
    assert cell(ed, "S7", COL_DEVIATION).startswith("missing: ")


def test_a_parameter_the_officer_set_shows_its_reason(qtbot: Any) -> None:
    override = ParameterOverride(Parameter.UNIT_PRICE, Decimal("1.80"), "sells at ¥1.80 a piece")
    ed = editor(qtbot, "clean", proposal__parameter_overrides=[override])
    lines = cell(ed, "S6", COL_INPUTS).splitlines()
    assert "unit price ¥1.8/meal (set by the officer: sells at ¥1.80 a piece)" in lines
    lines_s5 = cell(ed, "S5", COL_INPUTS).splitlines()
    assert any(line.endswith("(industry norm)") for line in lines_s5)  # the cash share


def test_clicking_a_row_shows_its_full_arithmetic(qtbot: Any) -> None:
    ed = editor(qtbot, "inflated_income")
    view = ed.page("verification").panel.spreading
    row = view.model.row_of("S3")
    rect = view.table.visualRect(view.model.index(row, COL_CHECK))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_check() == "S3"
    text = view.arithmetic.toPlainText()
    assert ed.assessment.check("S3").arithmetic_text() in text
    assert "estimate below the declared figure" in text


def test_a_negative_estimate_shows_in_red(qtbot: Any) -> None:
    ed = editor(qtbot, "clean")
    view = ed.page("verification").panel.spreading
    # loans drawn beyond the inflows make S5 negative: the same model, one row changed
    rows = view.model.rows
    s5 = next(r for r in rows if r.check_id == "S5")
    view.model.rows = [replace(s5, estimate=Decimal("-86000")) if r is s5 else r for r in rows]
    assert cell(ed, "S5", COL_ESTIMATE) == "−¥86,000"
    assert cell(ed, "S5", COL_ESTIMATE, Qt.ItemDataRole.ForegroundRole) == QColor(NEGATIVE)
    assert cell(ed, "S1", COL_ESTIMATE, Qt.ItemDataRole.ForegroundRole) is None


def test_verified_figures_and_equity_sit_beside_the_table(qtbot: Any) -> None:
    ed = editor(qtbot, "inflated_income")
    view = ed.page("verification").panel.spreading
    a = ed.assessment
    assert view.verified.labels["Verified profit"].text() == f"¥{a.verified_profit:,.2f}"
    assert view.equity.labels["Expected equity, verified profit"].text() == (
        f"¥{a.equity.e_expected_verified:,.2f}"
    )
    # at 1366 wide the figures are beside the table, not under it
    assert view.beside
    assert view.side.geometry().left() >= view.table.geometry().right()


def test_the_chart_starts_at_zero_and_its_bars_are_proportional(qtbot: Any) -> None:
    ed = editor(qtbot, "inflated_income")
    chart = ed.page("verification").panel.chart
    assert chart.isVisible()
    geo = chart.geometry_
    assert geo is not None and geo.axis_min == 0 and geo.ticks[0].value == 0
    rects = chart.bar_rects()
    area = chart.plot_area()
    assert all(r.bottom() == pytest.approx(area.bottom) for r in rects)  # all from the zero line
    values = [b.value for b in chart.bars]
    s1, s2 = values[0], values[1]
    assert rects[1].height() / rects[0].height() == pytest.approx(float(s2 / s1), rel=1e-3)
    # S1 (the declared ¥15.9m) against S2 (¥8.9m): 56 % as tall, not a sliver
    assert 0.5 < rects[1].height() / rects[0].height() < 0.6
    kinds = [k for k, _ in chart.legend_entries()]
    assert kinds == ["reference", "green_band", "amber_band", "green", "amber", "red"]
    assert chart.legend_entries()[0][1] == f"Reference ¥{a_ref(ed)}"


def a_ref(ed: CaseEditor) -> str:
    return f"{ed.assessment.reference_sales.quantize(Decimal(1)):,}"


def test_the_conclusion_opens_with_a_summary(qtbot: Any) -> None:
    ed = editor(qtbot, "inflated_income")
    ed.show_stage("conclusion")
    summary = ed.page("conclusion").summary
    assert summary.isVisible()
    assert ed.page("conclusion").body.indexOf(summary) == 1  # right under the heading
    a = ed.assessment
    assert summary.figures.labels["Verified sales"].text() == f"¥{a.verified_sales:,.2f}"
    flags = summary.flags.text()
    # two red income flags and one red purpose flag, none decided
    assert "Inflated income" in flags and "2 pending" in flags
    assert "False purpose" in flags and "1 pending" in flags
    assert "Suggested decision: Escalate to the credit committee" in summary.decision.text()
