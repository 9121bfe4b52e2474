"""Repayment schedules, hand-computed, and their annualised rate (IRR)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.enums import RepaymentType, Season
from domain.repayment import add_months, build_schedule, irr_monthly

D = Decimal


def test_equal_instalment_of_1000_at_12_percent_over_two_months() -> None:
    # r = 0.12 / 12 = 0.01; payment = 1000 × 0.01 × 1.01² / (1.01² − 1)
    #   = 10.201 / 0.0201 = 507.5124… → 507.51
    s = build_schedule(D("1000"), D("0.12"), 2, date(2026, 1, 15), RepaymentType.EQUAL_INSTALMENT)
    first, last = s.rows
    assert (first.interest, first.principal, first.payment, first.balance) == (
        D("10.00"),  # 1000 × 0.01
        D("497.51"),  # 507.51 − 10.00
        D("507.51"),
        D("502.49"),  # 1000 − 497.51
    )
    # last row: interest 502.49 × 0.01 = 5.0249 → 5.02; principal absorbs the balance
    assert (last.interest, last.principal, last.payment, last.balance) == (
        D("5.02"),
        D("502.49"),
        D("507.51"),
        D("0.00"),
    )
    assert s.total_interest == D("15.02")  # 10.00 + 5.02
    assert first.on == date(2026, 2, 15) and last.on == date(2026, 3, 15)
    assert abs(s.annualised_rate - D("0.12")) < D("0.0001")


def test_equal_instalment_of_120000_at_6_percent_for_a_year_pays_10327_97() -> None:
    # 1.005^12 = 1.0616778118645; 600 × 1.0616778 / 0.0616778 = 10,327.97
    s = build_schedule(D("120000"), D("0.06"), 12, date(2026, 1, 1))
    assert s.rows[0].payment == D("10327.97")
    assert s.rows[0].interest == D("600.00")  # 120000 × 0.005
    assert sum(r.principal for r in s.rows) == D("120000.00")
    assert s.rows[-1].balance == D("0.00")


def test_equal_principal_of_1200_at_12_percent_over_three_months() -> None:
    # principal 400 a month; interest 1 % of the opening balance: 12, 8, 4
    s = build_schedule(D("1200"), D("0.12"), 3, date(2026, 1, 10), RepaymentType.EQUAL_PRINCIPAL)
    assert [r.payment for r in s.rows] == [D("412.00"), D("408.00"), D("404.00")]
    assert s.total_interest == D("24.00")
    # interest is exactly 1 % a month on the balance, so the IRR is exactly 1 % a month
    assert s.annualised_rate == D("0.120000")
    # effective: 1.01^12 − 1 = 0.12682503… → 0.126825
    assert s.effective_annual_rate == D("0.126825")
    assert s.typical_monthly_payment == D("412.00")


def test_equal_principal_puts_the_rounding_in_the_last_row() -> None:
    # 1000 / 3 = 333.33 twice, then 1000 − 666.66 = 333.34
    s = build_schedule(D("1000"), D("0"), 3, date(2026, 1, 10), RepaymentType.EQUAL_PRINCIPAL)
    assert [r.principal for r in s.rows] == [D("333.33"), D("333.33"), D("333.34")]
    assert s.total_interest == D("0.00")
    assert s.annualised_rate == D("0.000000")


def test_interest_only_pays_the_principal_at_maturity() -> None:
    # 100000 × 0.06 / 12 = 500 a month; the last payment is 100000 + 500
    s = build_schedule(D("100000"), D("0.06"), 3, date(2026, 1, 1), RepaymentType.INTEREST_ONLY)
    assert [r.payment for r in s.rows] == [D("500.00"), D("500.00"), D("100500.00")]
    assert s.total_interest == D("1500.00")
    assert s.annualised_rate == D("0.060000")  # 0.005 × 12
    # 1.005^12 − 1 = 0.0616778… → 0.061678
    assert s.effective_annual_rate == D("0.061678")
    assert s.typical_monthly_payment == D("500.00")


def test_seasonal_schedule_repays_principal_in_the_peak_months() -> None:
    # drawn 15 Jan, payments Feb..Jul; peak = May and June → 90000 / 2 = 45000 each
    seasons = {"5": Season.PEAK, "6": Season.PEAK, "1": Season.SLACK}
    s = build_schedule(
        D("90000"), D("0.12"), 6, date(2026, 1, 15), RepaymentType.SEASONAL, season_of_month=seasons
    )
    assert [r.principal for r in s.rows] == [D(0), D(0), D(0), D("45000.00"), D("45000.00"), D(0)]
    # interest: 900 (90000 × 1 %) for Feb–May, 450 for June, 0 for July
    assert [r.interest for r in s.rows] == [D("900.00")] * 4 + [D("450.00"), D("0.00")]
    assert s.total_interest == D("4050.00")  # 4 × 900 + 450
    assert s.annualised_rate == D("0.120000")


def test_seasonal_schedule_without_peak_months_pays_principal_at_maturity() -> None:
    s = build_schedule(D("1000"), D("0.12"), 2, date(2026, 1, 15), RepaymentType.SEASONAL)
    assert [r.principal for r in s.rows] == [D("0"), D("1000.00")]


def test_add_months_clamps_to_the_end_of_a_short_month() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_irr_of_one_payment_is_the_simple_return() -> None:
    # 1000 now, 1010 in a month: 1 % a month
    assert irr_monthly(D("1000"), [D("1010")]) == D("0.010000000000")


def test_invalid_terms_are_refused() -> None:
    with pytest.raises(ValueError):
        build_schedule(D("1000"), D("0.1"), 0, date(2026, 1, 1))
    with pytest.raises(ValueError):
        build_schedule(D("0"), D("0.1"), 12, date(2026, 1, 1))


@settings(max_examples=40, deadline=None)
@given(
    principal=st.integers(min_value=1000, max_value=5_000_000),
    rate_bp=st.integers(min_value=0, max_value=2400),
    term=st.integers(min_value=1, max_value=60),
    kind=st.sampled_from(list(RepaymentType)),
)
def test_every_schedule_repays_the_principal_exactly_and_its_irr_matches_the_rate(
    principal: int, rate_bp: int, term: int, kind: RepaymentType
) -> None:
    rate = D(rate_bp) / 10000
    s = build_schedule(D(principal), rate, term, date(2026, 3, 31), kind)
    assert sum(r.principal for r in s.rows) == D(principal)
    assert s.rows[-1].balance == 0
    assert s.total_payment == s.total_interest + D(principal)
    # monthly interest on the balance: the IRR is the nominal rate, up to fen rounding
    assert abs(s.annualised_rate - rate) < D("0.001")
