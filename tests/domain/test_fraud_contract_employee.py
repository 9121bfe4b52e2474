"""合同虚假 and 员工虚假 rules."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from domain.case import BankTransaction, ContractPresented, CustomsDeclaration
from domain.enums import Severity, TxCategory
from tests.domain.fraud_support import clean_case, flags_of

BUYER = "宁波远洋贸易有限公司"


def _order(quantity: str, unit_price: str = "20", item: str = "日用百货"):
    case = clean_case()
    case.contracts = [
        ContractPresented(
            counterparty=BUYER,
            item=item,
            quantity=D(quantity),
            unit="千元",
            unit_price=D(unit_price),
            signed_on=date(2026, 10, 1),
            delivery_by=date(2026, 10, 31),
        )
    ]
    # a buyer known from the statements, so that only the rule under test speaks
    case.transactions.append(
        BankTransaction(date(2026, 9, 9), D("1234.56"), BUYER, "", "", TxCategory.SALES)
    )
    return case


# Retail norm: 8 kWh per unit of output; meters 800 kWh a month → 100 units a
# month. Signed 2026-10-01, due 2026-10-31: 30 days × 12 / 365 < 1 → one month.


def test_an_order_of_160_units_in_a_month_against_100_is_red() -> None:
    # 160 / 1 / 100 = 1.6 > 1.5
    flag = flags_of(_order("160"))["contract.order_beyond_capacity"]
    assert flag.severity == Severity.RED
    assert flag.evidence[0].value == "1.60"


def test_an_order_of_150_units_is_amber() -> None:
    # 150 / 100 = 1.5: above 1.2, not above 1.5
    assert flags_of(_order("150"))["contract.order_beyond_capacity"].severity == Severity.AMBER


def test_an_order_of_120_units_is_within_capacity() -> None:
    # 120 / 100 = 1.2, not above 1.2
    assert "contract.order_beyond_capacity" not in flags_of(_order("120"))


def test_a_buyer_never_seen_in_statements_or_customs_is_flagged() -> None:
    case = _order("50")
    case.transactions = [t for t in case.transactions if t.counterparty != BUYER]
    flag = flags_of(case)["contract.buyer_unknown"]
    assert flag.evidence[0].value == BUYER


def test_a_buyer_found_in_customs_declarations_is_accepted() -> None:
    case = _order("50")
    case.transactions = [t for t in case.transactions if t.counterparty != BUYER]
    case.customs = [CustomsDeclaration("2026-08", "3101202608001", D("10000"), buyer=BUYER)]
    assert "contract.buyer_unknown" not in flags_of(case)


def test_a_price_a_quarter_above_the_usual_is_amber() -> None:
    # |25 − 20| / 20 = 0.25: above 0.20, not above 0.50
    flag = flags_of(_order("50", "25"))["contract.price_far_from_history"]
    assert flag.severity == Severity.AMBER


def test_a_price_more_than_half_above_the_usual_is_red() -> None:
    # |31 − 20| / 20 = 0.55 > 0.50
    assert flags_of(_order("50", "31"))["contract.price_far_from_history"].severity == Severity.RED


def test_a_price_twenty_percent_off_is_not_flagged() -> None:
    # |16 − 20| / 20 = 0.20, not above 0.20
    assert "contract.price_far_from_history" not in flags_of(_order("50", "16"))


def _staff(claimed: int, insured: int, observed: int, payroll: str):
    case = clean_case()
    b = case.business
    b.staff_claimed, b.staff_social_insurance, b.staff_observed = claimed, insured, observed
    b.payroll_monthly = D(payroll)
    return case


def test_claiming_twice_the_staff_any_evidence_shows_is_red() -> None:
    # max(1, 1, 4,800 / 4,800 = 1) = 1; 2 / 1 = 2.0 > 1.5
    flag = flags_of(_staff(2, 1, 1, "4800"))["employee.headcount_ratio"]
    assert flag.severity == Severity.RED


def test_claiming_thirteen_against_ten_on_payroll_is_amber() -> None:
    # payroll 48,000 / 4,800 = 10 = the largest count; 13 / 10 = 1.3
    flag = flags_of(_staff(13, 6, 8, "48000"))["employee.headcount_ratio"]
    assert flag.severity == Severity.AMBER
    assert flag.evidence[-1].value == "1.30"


def test_claiming_twelve_against_ten_is_not_flagged() -> None:
    # 12 / 10 = 1.2, not above 1.2
    assert "employee.headcount_ratio" not in flags_of(_staff(12, 6, 8, "48000"))
