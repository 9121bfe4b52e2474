"""The need test follows the loan's purpose (DOMAIN.md §4.3), by hand on the
plastics workshop of ``checks_fixtures`` (request 240,000; gross margin 24%)."""

from __future__ import annotations

from decimal import Decimal

from domain.assessment import assess, assess_with_fraud
from domain.case import Case, ContractPresented
from domain.enums import Light, LoanPurpose, Severity
from storage.rulepack_files import load_rule_pack
from tests.domain.checks_fixtures import TODAY, plastics_case

D = Decimal
PACK = load_rule_pack()


def _with(purpose: LoanPurpose, cost: str | None, own: str = "0") -> Case:
    case = plastics_case()
    case.loan.purpose_kind = purpose
    case.loan.purpose_cost = None if cost is None else D(cost)
    case.loan.own_funds = D(own)
    return case


def test_a_term_loan_is_not_measured_by_the_working_capital_formula() -> None:
    a = assess(_with(LoanPurpose.EQUIPMENT, "300000", "60000"), PACK, today=TODAY)
    assert a.working_capital is None
    assert a.check("working_capital") is None
    need = a.check("purpose_need")
    assert need is not None
    # quote 300,000 − own funds 60,000 = 240,000; 240,000 ÷ 240,000 = 1.00
    assert need.estimate == D("240000.00")
    assert need.deviation == D("1.000000")
    assert need.light is Light.GREEN


def test_premises_budget_less_own_funds_far_below_the_request_is_red() -> None:
    a = assess_with_fraud(_with(LoanPurpose.PREMISES, "150000", "30000"), PACK, today=TODAY)
    # 150,000 − 30,000 = 120,000; 240,000 ÷ 120,000 = 2.00 > 1.5
    need = a.check("purpose_need")
    assert need is not None and need.deviation == D("2.000000")
    flag = next(f for f in a.flags if f.rule == "purpose.request_exceeds_need")
    assert flag.severity is Severity.RED
    assert "Contract or budget less own funds" in flag.message.render()


def test_seasonal_inputs_less_own_funds() -> None:
    need = assess(
        _with(LoanPurpose.SEASONAL_AGRICULTURE, "250000", "50000"), PACK, today=TODAY
    ).check("purpose_need")
    assert need is not None
    # 250,000 − 50,000 = 200,000; 240,000 ÷ 200,000 = 1.20: green on the boundary
    assert need.deviation == D("1.200000")
    assert need.light is Light.GREEN


def test_an_order_is_financed_at_its_cost_share_less_own_funds() -> None:
    case = _with(LoanPurpose.ORDER_FINANCING, None, "40000")
    case.contracts = [ContractPresented("台州客户", amount=D(300000))]
    need = assess(case, PACK, today=TODAY).check("purpose_need")
    assert need is not None
    # order value 300,000 (the contracts) × (1 − 24%) = 228,000 − 40,000 = 188,000;
    # 240,000 ÷ 188,000 = 1.276596: amber
    assert need.estimate == D("188000.00")
    assert need.deviation == D("1.276596")
    assert need.light is Light.AMBER
    assert "cost share 76% (1 − margin 24%, the case's income statement)" in (
        need.arithmetic_text()
    )


def test_own_funds_that_cover_the_cost_leave_no_need() -> None:
    need = assess(_with(LoanPurpose.EQUIPMENT, "200000", "200000"), PACK, today=TODAY).check(
        "purpose_need"
    )
    assert need is not None and need.light is Light.RED
    assert "own funds cover the whole cost" in need.notes[0].render()


def test_without_the_documented_cost_the_test_names_what_is_missing() -> None:
    need = assess(_with(LoanPurpose.EQUIPMENT, None), PACK, today=TODAY).check("purpose_need")
    assert need is not None and need.light is Light.MISSING
    assert need.missing == ["loan.purpose_cost"]


def test_without_a_purpose_kind_there_is_no_need_test_and_no_flag() -> None:
    a = assess_with_fraud(plastics_case(), PACK, today=TODAY)
    need = a.check("purpose_need")
    assert need is not None and need.missing == ["loan.purpose_kind"]
    assert "purpose.request_exceeds_need" not in {f.rule for f in a.flags}
