"""The spreading view's rows: the deviation's direction in words, every input
with its source (the officer's override with the reason), verified figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.assessment import assess
from domain.case import ParameterOverride
from domain.checks.base import CheckResult, Input
from domain.demo import demo_case_named
from domain.enums import Light, Parameter
from domain.i18n import Message
from domain.spreading import equity_figures, spread_row, spread_rows, verified_figures
from storage.rulepack_files import load_rule_pack

D = Decimal


def _check(deviation: str, reference_source: str = "declared") -> CheckResult:
    return CheckResult(
        id="S2",
        name=Message("S2 sales from purchases"),
        inputs=[
            Input("annual purchases", D("600000.00"), "statement"),
            Input("gross margin", D("0.250000"), "rule_pack"),
            Input("reference sales S_ref", D("1000000"), reference_source),
        ],
        estimate=D("800000.00"),
        reference=D("1000000"),
        deviation=D(deviation),
        light=Light.RED,
    )


def test_a_positive_deviation_is_an_estimate_below_the_declared_figure() -> None:
    row = spread_row(_check("0.391"))
    assert row.direction() == Message("estimate below the declared figure")
    assert row.deviation_text() == "39.1%"  # no sign: the words give the direction
    assert spread_row(_check("-0.12")).direction() == Message("estimate above the declared figure")
    assert spread_row(_check("0.0004")).direction() == Message(
        "estimate matches the declared figure"
    )
    # an officer's reference is not the declared figure
    assert spread_row(_check("0.2", "officer")).direction() == Message(
        "estimate below the reference"
    )


def test_inputs_carry_their_value_and_source_and_the_reference_is_not_repeated() -> None:
    row = spread_row(_check("0.2"))
    assert [(i.label, i.value) for i in row.inputs] == [
        ("annual purchases", "¥600,000"),
        ("gross margin", "25%"),
    ]
    assert row.inputs[0].source == Message("Bank statements")
    assert row.inputs[1].source == Message("industry norm") and row.inputs[1].from_norm


def test_an_officer_override_shows_with_its_reason() -> None:
    case = demo_case_named("clean")
    case.proposal.parameter_overrides = [
        ParameterOverride(Parameter.UNIT_PRICE, D("1.80"), "products sell at ¥1.80 each")
    ]
    result = assess(case, load_rule_pack(), today=date(2026, 11, 27))
    rows = {r.check_id: r for r in spread_rows(result)}
    assert list(rows) == ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"]
    price = next(i for i in rows["S6"].inputs if i.label == "unit price")
    assert price.by_officer and not price.from_norm
    assert price.source == Message(
        "set by the officer: {reason}", {"reason": "products sell at ¥1.80 each"}
    )
    assert rows["S7"].estimate is None and rows["S7"].missing  # no customs: what is missing


def test_verified_figures_and_both_equity_reconciliations() -> None:
    result = assess(demo_case_named("inflated_income"), load_rule_pack(), today=date(2026, 11, 27))
    verified = {f.label: f for f in verified_figures(result)}
    assert verified["Verified sales"].value == f"¥{result.verified_sales:,.2f}"
    assert verified["Verified sales"].note == Message(
        "median of the estimates from the case's own records"
    )
    equity = {f.label: f for f in equity_figures(result)}
    assert equity["Gap r1, declared profit"].light == "red"
    assert equity["Gap r1, verified profit"].light == "green"
    assert "Balances only with the verified profit" in equity
