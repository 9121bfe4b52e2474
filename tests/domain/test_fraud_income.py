"""收入虚假 rules: sales estimates, equity with verified profit, statement flows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from domain.case import BankTransaction
from domain.enums import Severity, TxCategory
from tests.domain.fraud_support import (
    FakeAssessment,
    FakeCheck,
    FakeEquity,
    clean_assessment,
    clean_case,
    flags_of,
)

# The clean statement: inflows per month 28,345.60 + 31,456.70 + 29,987.30 =
# 89,789.60, plus 3 × i in month i (i = 0 … 11, Nov 2025 … Oct 2026).
# All inflows: 12 × 89,789.60 + 3 × (0 + … + 11) = 1,077,475.20 + 198 = 1,077,673.20.


def _with_deviation(dev: str) -> FakeAssessment:
    a = clean_assessment()
    a.checks.append(FakeCheck("S2", "purchases", D("1200000") * (1 - D(dev)), D("1200000"), D(dev)))
    return a


def test_an_estimate_a_quarter_below_declared_sales_is_red() -> None:
    flag = flags_of(clean_case(), _with_deviation("0.25"))["income.sales_deviation"]
    assert flag.severity == Severity.RED
    assert flag.evidence[0].source == "S2"


def test_an_estimate_fifteen_percent_below_is_amber() -> None:
    flag = flags_of(clean_case(), _with_deviation("0.15"))["income.sales_deviation"]
    assert flag.severity == Severity.AMBER


def test_an_estimate_ten_percent_below_is_not_flagged() -> None:
    assert "income.sales_deviation" not in flags_of(clean_case(), _with_deviation("0.10"))


def test_estimates_above_declared_sales_are_not_inflated_income() -> None:
    assert "income.sales_deviation" not in flags_of(clean_case(), _with_deviation("-0.30"))


def test_flags_books_that_balance_only_with_the_verified_profit() -> None:
    a = FakeAssessment(equity=FakeEquity(D("-0.15"), D("0.03")))
    flag = flags_of(clean_case(), a)["income.equity_only_with_verified_profit"]
    assert flag.severity == Severity.RED


def test_books_unbalanced_either_way_do_not_prove_inflated_income() -> None:
    a = FakeAssessment(equity=FakeEquity(D("-0.15"), D("-0.08")))
    assert "income.equity_only_with_verified_profit" not in flags_of(clean_case(), a)


def _add_inflow(case, on: date, amount: str) -> None:
    case.transactions.append(
        BankTransaction(on, D(amount), "某客户", "", "", TxCategory.SALES, "6222021234")
    )


def _spike(extra: str):
    case = clean_case()
    _add_inflow(case, date(2026, 9, 20), extra)
    _add_inflow(case, date(2026, 10, 20), extra)
    return case


# Earlier months (i = 0 … 9): average 89,789.60 + 3 × 4.5 = 89,803.10.
# Recent months (i = 10, 11): 89,819.60 and 89,822.60, average 89,821.10.


def test_recent_inflows_more_than_double_the_earlier_average_are_red() -> None:
    # (89,821.10 + 100,000.55) / 89,803.10 = 2.11 > 2
    flag = flags_of(_spike("100000.55"))["income.inflow_spike"]
    assert flag.severity == Severity.RED
    assert flag.evidence[2].value == "2.11"


def test_recent_inflows_one_and_two_thirds_the_earlier_average_are_amber() -> None:
    # (89,821.10 + 50,000.55) / 89,803.10 = 1.557: above 1.5, not above 2
    assert flags_of(_spike("50000.55"))["income.inflow_spike"].severity == Severity.AMBER


def test_recent_inflows_just_under_one_and_a_half_times_are_not_flagged() -> None:
    # (89,821.10 + 44,000.55) / 89,803.10 = 1.490 ≤ 1.5
    assert "income.inflow_spike" not in flags_of(_spike("44000.55"))


def test_round_sums_above_thirty_percent_of_inflows_are_amber() -> None:
    # 470,000 / (1,077,673.20 + 470,000) = 0.3037 > 0.30
    case = clean_case()
    _add_inflow(case, date(2026, 1, 8), "470000")
    flag = flags_of(case)["income.round_sum_inflows"]
    assert flag.severity == Severity.AMBER
    assert flag.evidence[2].value == "30.4%"


def test_round_sums_above_half_of_inflows_are_red() -> None:
    # 1,080,000 / (1,077,673.20 + 1,080,000) = 0.5005 > 0.50
    case = clean_case()
    _add_inflow(case, date(2026, 1, 8), "1080000")
    assert flags_of(case)["income.round_sum_inflows"].severity == Severity.RED


def test_round_sums_under_thirty_percent_are_not_flagged() -> None:
    # 450,000 / (1,077,673.20 + 450,000) = 0.2946 ≤ 0.30
    case = clean_case()
    _add_inflow(case, date(2026, 1, 8), "450000")
    assert "income.round_sum_inflows" not in flags_of(case)


def _pass_through(amount: str, out_share: str):
    case = clean_case()
    _add_inflow(case, date(2026, 3, 20), amount)
    case.transactions.append(
        BankTransaction(
            date(2026, 3, 20), -D(amount) * D(out_share), "某人", "", "", TxCategory.OTHER_OUTFLOW
        )
    )
    return case


def test_money_passed_through_the_same_day_above_ten_percent_is_amber() -> None:
    # 120,000.50 / (1,077,673.20 + 120,000.50) = 0.1002 > 0.10; out 99.5% of in
    flag = flags_of(_pass_through("120000.50", "0.995"))["income.same_day_in_out"]
    assert flag.severity == Severity.AMBER


def test_money_passed_through_below_ten_percent_is_not_flagged() -> None:
    # 119,000 / (1,077,673.20 + 119,000) = 0.0994 ≤ 0.10
    assert "income.same_day_in_out" not in flags_of(_pass_through("119000.00", "0.995"))


def test_an_outflow_two_percent_off_the_inflow_is_not_a_pair() -> None:
    assert "income.same_day_in_out" not in flags_of(_pass_through("120000.50", "0.98"))
