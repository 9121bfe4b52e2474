"""Loan-to-value, guarantor capacity and age at maturity (§4.3), by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.assessment import assess
from domain.case import Collateral, Guarantor
from domain.checks.base import CheckResult
from domain.enums import CollateralType, Light
from storage.rulepack_files import load_rule_pack
from tests.domain.checks_fixtures import TODAY, plastics_case

D = Decimal
PACK = load_rule_pack()


def _ltv(loan: int) -> CheckResult:
    case = plastics_case()
    case.loan.amount = D(loan)
    case.collateral = [
        Collateral(kind=CollateralType.HOUSING, appraised_value=D(500000)),
        Collateral(kind=CollateralType.EQUIPMENT, appraised_value=D(100000)),
    ]
    a = assess(case, PACK, today=TODAY)
    # pledgeable = 500,000 × 0.70 + 100,000 × 0.50 = 400,000 of 600,000 appraised
    assert a.security.total_pledgeable == D("400000.00")
    assert a.security.total_appraised == D("600000")
    return a.security.check


def test_loan_at_the_weighted_pledge_cap_is_green() -> None:
    c = _ltv(400000)
    assert c.estimate == D("0.666667")  # 400,000 ÷ 600,000
    assert c.reference == D("0.666667")  # 400,000 ÷ 600,000
    assert c.light is Light.GREEN


def test_loan_five_percent_over_the_cap_is_amber() -> None:
    c = _ltv(420000)
    # LTV 0.7; (0.7 − 0.666667) ÷ 0.666667 = 0.05 ≤ 0.10
    assert c.estimate == D("0.700000")
    assert c.deviation == D("0.050000")
    assert c.light is Light.AMBER


def test_loan_twenty_percent_over_the_cap_is_red() -> None:
    c = _ltv(480000)
    # LTV 0.8; (0.8 − 0.666667) ÷ 0.666667 = 0.2
    assert c.deviation == D("0.200000")
    assert c.light is Light.RED


def test_no_collateral_is_missing() -> None:
    c = assess(plastics_case(), PACK, today=TODAY).security.check
    assert c.light is Light.MISSING
    assert c.missing == ["collateral"]


def _guarantor(net_worth: int) -> CheckResult:
    case = plastics_case()
    case.guarantors = [Guarantor(name="李四", net_worth=D(net_worth), guaranteed_amount=D(400000))]
    result = assess(case, PACK, today=TODAY).check("guarantor_1")
    assert result is not None
    return result


def test_guarantor_worth_more_than_the_guarantee_is_green() -> None:
    c = _guarantor(500000)
    assert c.deviation == D("1.250000")  # 500,000 ÷ 400,000
    assert c.light is Light.GREEN
    assert c.name.render() == "Guarantor capacity: 李四"


def test_guarantor_worth_three_quarters_of_the_guarantee_is_amber() -> None:
    assert _guarantor(300000).light is Light.AMBER  # 0.75


def test_guarantor_worth_a_quarter_of_the_guarantee_is_red() -> None:
    assert _guarantor(100000).light is Light.RED  # 0.25


def _age(birth: date) -> CheckResult:
    case = plastics_case()
    case.applicant.owner.birth_date = birth
    result = assess(case, PACK, today=TODAY).check("age_at_maturity")
    assert result is not None
    return result


def test_borrower_older_than_65_at_maturity_is_amber() -> None:
    # applied 2026-11-20 + 24 months = 2028-11-20; born 1962-06-01 → 66
    c = _age(date(1962, 6, 1))
    assert c.estimate == D(66)
    assert c.light is Light.AMBER


def test_borrower_younger_than_65_at_maturity_is_green() -> None:
    c = _age(date(1964, 1, 1))  # 64 on 2028-11-20
    assert c.estimate == D(64)
    assert c.light is Light.GREEN


def test_birthday_after_maturity_day_is_not_yet_counted() -> None:
    # born 1963-11-21: on 2028-11-20 still 64, turns 65 the next day
    assert _age(date(1963, 11, 21)).estimate == D(64)
