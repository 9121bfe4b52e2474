"""库存虚假 and 财力虚假 rules."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from domain.case import BankTransaction, CreditDebt
from domain.enums import Severity, TxCategory
from tests.domain.fraud_support import FakeAssessment, FakeEquity, clean_case, flags_of

# Clean case: claimed stock 150,000, counted 148,000; total assets 808,000;
# annual COGS 75,000 × 12 = 900,000; retail stock-days band 30–90.


def _counted(value: str, household: str = "500000"):
    case = clean_case()
    case.balance_sheet.inventory_counted.value = D(value)
    case.balance_sheet.household_assets.value = D(household)
    return case


def test_a_count_a_quarter_below_the_claim_is_red() -> None:
    # (150,000 − 110,000) / 150,000 = 0.267 > 0.20
    flag = flags_of(_counted("110000"))["inventory.counted_vs_claimed"]
    assert flag.severity == Severity.RED
    assert flag.evidence[2].value == "26.7%"


def test_a_count_fifteen_percent_below_the_claim_is_amber() -> None:
    # 23,000 / 150,000 = 0.153; 23,000 ≥ 2% × 789,000 = 15,780
    assert flags_of(_counted("127000"))["inventory.counted_vs_claimed"].severity == Severity.AMBER


def test_a_count_ten_percent_below_the_claim_is_not_flagged() -> None:
    # 15,000 / 150,000 = 0.10, not above 0.10
    assert "inventory.counted_vs_claimed" not in flags_of(_counted("135000"))


def test_a_gap_under_two_percent_of_total_assets_is_ignored() -> None:
    # 23,000 < 2% × (5,000,000 + 20,000 + 80,000 + 127,000 + 60,000) = 105,740
    assert "inventory.counted_vs_claimed" not in flags_of(_counted("127000", "5000000"))


def test_stock_for_135_point_5_days_is_amber_against_a_90_day_norm() -> None:
    # 334,000 / 900,000 × 365 = 135.46 days; (135.46 − 90) / 90 = 0.505 > 0.50
    flag = flags_of(_counted("334000"))["inventory.stock_days_vs_norm"]
    assert flag.severity == Severity.AMBER
    assert flag.evidence[2].value == "135.5"


def test_stock_for_134_point_6_days_is_not_flagged() -> None:
    # 332,000 / 900,000 × 365 = 134.64 days; excess 0.496 ≤ 0.50
    assert "inventory.stock_days_vs_norm" not in flags_of(_counted("332000"))


def test_stock_for_more_than_twice_the_norm_is_red() -> None:
    # 445,000 / 900,000 × 365 = 180.47 days; excess 1.005 > 1.00
    assert flags_of(_counted("445000"))["inventory.stock_days_vs_norm"].severity == Severity.RED


def test_r1_of_minus_fifteen_percent_also_with_the_verified_profit_is_red() -> None:
    a = FakeAssessment(equity=FakeEquity(D("-0.15"), D("-0.14"), D("654000"), D("555900")))
    flag = flags_of(clean_case(), a)["wealth.equity_r1_negative"]
    assert flag.severity == Severity.RED


def test_a_gap_that_closes_with_the_verified_profit_is_no_wealth_flag() -> None:
    # −15% with the declared profit, −2% with the verified: inflated income
    a = FakeAssessment(equity=FakeEquity(D("-0.15"), D("-0.02"), D("654000"), D("555900")))
    assert "wealth.equity_r1_negative" not in flags_of(clean_case(), a)


def test_a_gap_that_closes_with_the_verified_profit_is_red_when_hidden_debt_shows() -> None:
    case = clean_case()
    for month in (7, 8, 9, 10):
        _pay(case, month, "12000")  # monthly to one person: private-loan interest
    a = FakeAssessment(equity=FakeEquity(D("-0.15"), D("-0.02"), D("654000"), D("555900")))
    assert flags_of(case, a)["wealth.equity_r1_negative"].severity == Severity.RED


def test_r1_of_minus_fifteen_percent_without_a_verified_reconciliation_is_amber() -> None:
    # without the verified profit, inflated profit and hidden debt look alike
    a = FakeAssessment(equity=FakeEquity(D("-0.15"), None, D("654000"), D("555900")))
    assert flags_of(clean_case(), a)["wealth.equity_r1_negative"].severity == Severity.AMBER


def test_r1_of_minus_seven_percent_is_amber() -> None:
    a = FakeAssessment(equity=FakeEquity(D("-0.07")))
    assert flags_of(clean_case(), a)["wealth.equity_r1_negative"].severity == Severity.AMBER


def test_r1_of_minus_five_percent_is_not_flagged() -> None:
    a = FakeAssessment(equity=FakeEquity(D("-0.05")))
    assert "wealth.equity_r1_negative" not in flags_of(clean_case(), a)


def test_r1_is_computed_from_the_case_without_an_assessment() -> None:
    # Loans 200,000 instead of 100,000: E_actual = 808,000 − 350,000 = 458,000;
    # E_expected = 554,000; r1 = (458,000 − 554,000) / 554,000 = −0.173 < −0.10
    case = clean_case()
    case.balance_sheet.long_term_loans.value = D("200000")
    case.credit_report.debts[0].balance = D("200000")
    flag = flags_of(case)["wealth.equity_r1_negative"]
    assert flag.severity == Severity.AMBER  # no verified profit, no hidden debt shown
    assert flag.evidence[0].value == "-17.3%"
    assert "wealth.equity_r1_negative" not in flags_of(clean_case())


def _pay(case, month: int, amount: str, who: str = "刘德明") -> None:
    case.transactions.append(
        BankTransaction(date(2026, month, 10), -D(amount), who, "", "", TxCategory.OTHER_OUTFLOW)
    )


def test_three_months_of_like_payments_to_a_person_look_like_loan_interest() -> None:
    # 3,100 / 3,000 − 1 = 3.3% ≤ 5%
    case = clean_case()
    for month, amount in ((6, "3000"), (7, "3100"), (8, "3050")):
        _pay(case, month, amount)
    flag = flags_of(case)["wealth.regular_payments_to_individuals"]
    assert "刘德明" in flag.message.render()


def test_payments_varying_by_more_than_five_percent_are_not_flagged() -> None:
    # 3,200 / 3,000 − 1 = 6.7% > 5%
    case = clean_case()
    for month, amount in ((6, "3000"), (7, "3200"), (8, "3050")):
        _pay(case, month, amount)
    assert "wealth.regular_payments_to_individuals" not in flags_of(case)


def test_two_months_of_payments_are_not_a_pattern() -> None:
    case = clean_case()
    for month, amount in ((6, "3000"), (7, "3000")):
        _pay(case, month, amount)
    assert "wealth.regular_payments_to_individuals" not in flags_of(case)


def _extra_debt(balance: str, kind: str = "business loan"):
    case = clean_case()
    case.credit_report.debts.append(CreditDebt("临海农商银行", kind, D(balance)))
    return case


def test_credit_report_loans_far_above_the_declared_ones_are_red() -> None:
    # report 160,000, declared 100,000: 60,000 / 160,000 = 0.375 > 0.30
    flag = flags_of(_extra_debt("60000"))["wealth.undeclared_credit_debts"]
    assert flag.severity == Severity.RED


def test_credit_report_loans_a_sixth_above_declared_are_amber() -> None:
    # 20,000 / 120,000 = 0.167: above 0.10, not above 0.30
    assert (
        flags_of(_extra_debt("20000"))["wealth.undeclared_credit_debts"].severity == Severity.AMBER
    )


def test_credit_report_loans_under_ten_percent_above_declared_are_not_flagged() -> None:
    # 11,000 / 111,000 = 0.099 ≤ 0.10
    assert "wealth.undeclared_credit_debts" not in flags_of(_extra_debt("11000"))


def test_an_undeclared_guarantee_is_flagged_against_guarantees_given() -> None:
    flag = flags_of(_extra_debt("200000", "guarantee"))["wealth.undeclared_credit_debts"]
    assert flag.severity == Severity.RED
    assert "/balance_sheet/guarantees_given" in flag.field_paths
