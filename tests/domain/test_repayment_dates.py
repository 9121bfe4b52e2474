"""repayment.monthly_dates: the payment dates of a schedule, stepped month by month."""

from __future__ import annotations

from datetime import date

from domain.repayment import add_months, monthly_dates


def test_monthly_dates_step_one_month_at_a_time_across_the_new_year() -> None:
    # drawn 15 Nov 2026: payments 15 Dec 2026, 15 Jan 2027, 15 Feb 2027
    assert monthly_dates(date(2026, 11, 15), 3) == [
        date(2026, 12, 15),
        date(2027, 1, 15),
        date(2027, 2, 15),
    ]


def test_a_day_after_the_28th_is_clamped_to_the_end_of_short_months() -> None:
    # 31 Jan 2028 (a leap year): 29 Feb, 31 Mar, 30 Apr
    assert monthly_dates(date(2028, 1, 31), 3) == [
        date(2028, 2, 29),
        date(2028, 3, 31),
        date(2028, 4, 30),
    ]


def test_monthly_dates_are_add_months_of_one_to_count_for_every_start_day() -> None:
    for start in (
        date(2026, m, d)
        for m in range(1, 13)
        for d in (1, 15, 28, 29, 30, 31)
        if (m != 2 or d <= 28) and (m not in (4, 6, 9, 11) or d <= 30)
    ):
        assert monthly_dates(start, 40) == [add_months(start, i) for i in range(1, 41)]


def test_no_dates_for_a_count_of_zero() -> None:
    assert monthly_dates(date(2026, 5, 1), 0) == []


def test_a_schedule_longer_than_600_months_still_finds_its_contract_rate() -> None:
    # 700 monthly payments at 6% a year: the IRR × 12 is the contract's 6%,
    # up to the fen rounding of the payments (well below 0.0001%)
    from decimal import Decimal

    from domain.repayment import build_schedule

    schedule = build_schedule(Decimal("100000"), Decimal("0.06"), 700, date(2026, 1, 10))
    assert len(schedule.rows) == 700
    assert abs(schedule.annualised_rate - Decimal("0.06")) <= Decimal("0.000001")
