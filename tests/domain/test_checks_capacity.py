"""Repayment capacity and working-capital need (§4.3), by hand."""

from __future__ import annotations

from decimal import Decimal

from domain.assessment import assess
from domain.case import BalanceSheet, Case, IncomeStatement, SeasonLine
from domain.checks.capacity import WorkingCapital
from domain.enums import Light, LoanPurpose, RepaymentType
from storage.rulepack_files import load_rule_pack
from tests.domain.checks_fixtures import TODAY, fig, plastics_case

D = Decimal
PACK = load_rule_pack()


def test_monthly_disposable_income_and_instalment_ratio() -> None:
    a = assess(plastics_case(), PACK, today=TODAY)
    # (417,600 profit + 12 × 2,000 other income − 12 × 8,000 spending − 12 × 5,000 instalments) ÷ 12
    # = (417,600 + 24,000 − 96,000 − 60,000) ÷ 12 = 285,600 ÷ 12 = 23,800
    assert a.monthly_disposable == D("23800.00")
    c = a.check("repayment_capacity")
    assert c is not None
    # equal principal 240,000 over 24 months at 6 %: 10,000 + 240,000 × 0.005 = 11,200 first
    assert c.estimate == D("11200.00")
    assert c.deviation == D("0.470588")  # 11,200 ÷ 23,800
    assert c.light is Light.GREEN


def test_an_instalment_near_the_whole_disposable_income_is_red() -> None:
    case = plastics_case()
    case.loan.amount = D(480000)
    c = assess(case, PACK, today=TODAY).check("repayment_capacity")
    assert c is not None
    # 20,000 + 480,000 × 0.005 = 22,400; 22,400 ÷ 23,800 = 0.941176
    assert c.deviation == D("0.941176")
    assert c.light is Light.RED


def test_interest_only_capacity_uses_the_monthly_interest() -> None:
    case = plastics_case()
    case.loan.repayment_type = RepaymentType.INTEREST_ONLY
    c = assess(case, PACK, today=TODAY).check("repayment_capacity")
    assert c is not None
    assert c.estimate == D("1200.00")  # 240,000 × 0.06 ÷ 12


def test_negative_disposable_income_is_red() -> None:
    case = plastics_case()
    case.income.household_spending = fig(40000)
    c = assess(case, PACK, today=TODAY).check("repayment_capacity")
    assert c is not None
    # (417,600 + 24,000 − 480,000 − 60,000) ÷ 12 = −8,200
    assert c.reference == D("-8200.00")
    assert c.light is Light.RED


def test_the_loan_is_priced_by_cost_plus_when_the_proposal_has_no_rate() -> None:
    case = plastics_case()
    case.proposal.annual_rate = None
    a = assess(case, PACK, today=TODAY)
    assert a.repayment is not None
    assert a.repayment.annual_rate == a.pricing.rate == D("0.059245")
    assert a.loan.rate_source == "pricing"


def _wc_case(requested: int) -> Case:
    case = Case()
    case.business.industry = "retail"
    # sales 100,000 × 12 = 1,200,000; COGS 75,000 × 12 = 900,000; opex 15,000 × 12 = 180,000
    # operating profit 120,000 → net margin 0.10
    case.income = IncomeStatement(
        seasons=[SeasonLine(months=12, sales=fig(100000), cogs=fig(75000), other=fig(15000))]
    )
    case.balance_sheet = BalanceSheet(
        cash=fig(10000),
        receivables=fig(20000),
        inventory_counted=fig(90000),  # 90,000 ÷ 900,000 × 365 = 36.5 days
        payables=fig(100000),
        short_term_loans=fig(50000),
    )
    b = case.business
    b.receivable_days, b.payable_days, b.prepayment_days = D(30), D(20), D("3.5")
    case.loan.amount = D(requested)
    case.loan.term_months = 12
    case.loan.expected_growth = D("0.10")
    case.loan.other_financing = D(8000)
    case.loan.purpose_kind = LoanPurpose.WORKING_CAPITAL
    case.proposal.verified_sales_override = D(1460000)
    return case


def _wc(requested: int) -> WorkingCapital:
    wc = assess(_wc_case(requested), PACK, today=TODAY).working_capital
    assert wc is not None
    return wc


def test_working_capital_need_follows_the_regulatory_formula() -> None:
    wc = _wc(144000)
    # cycle = 36.5 + 30 − 20 + 3.5 − 0 = 50 days → turns = 365 ÷ 50 = 7.3
    assert wc.cycle_days == D("50.0")
    assert wc.turns == D("7.3")
    # need = 1,460,000 × (1 − 0.10) × (1 + 0.10) ÷ 7.3 = 200,000 × 0.99 = 198,000
    assert wc.need == D("198000.00")
    # own WC = (10,000 + 20,000 + 90,000) − 100,000 payables = 20,000
    assert wc.own_working_capital == D("20000.00")
    # loan need = 198,000 − 20,000 − 50,000 short-term loans − 8,000 other = 120,000
    assert wc.loan_need == D("120000.00")
    # 144,000 ÷ 120,000 = 1.2 → green on the boundary
    assert wc.check.deviation == D("1.200000")
    assert wc.check.light is Light.GREEN


def test_a_request_a_quarter_above_the_need_is_amber() -> None:
    wc = _wc(150000)
    assert wc.check.deviation == D("1.250000")  # 150,000 ÷ 120,000
    assert wc.check.light is Light.AMBER


def test_a_request_far_above_the_need_is_red() -> None:
    wc = _wc(200000)
    assert wc.check.deviation == D("1.666667")  # 200,000 ÷ 120,000
    assert wc.check.light is Light.RED


def test_no_working_capital_need_at_all_is_red() -> None:
    case = _wc_case(100000)
    case.balance_sheet.cash = fig(500000)  # own WC 510,000 swamps the 198,000 need
    a = assess(case, PACK, today=TODAY)
    assert a.working_capital is not None
    assert a.working_capital.loan_need == D("-370000.00")  # 198,000 − 510,000 − 50,000 − 8,000
    assert a.working_capital.check.light is Light.RED
