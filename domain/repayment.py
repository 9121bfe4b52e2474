"""Repayment schedules and their annualised rate (DOMAIN.md §6).

Four kinds: equal instalment (等额本息), equal principal (等额本金), interest
monthly with principal at maturity (按月付息到期还本) and seasonal (principal
repaid in the peak-season months, interest monthly). Rows are rounded to the
fen half-up; the last row absorbs the rounding so that principal sums to the
loan exactly. Interest accrues monthly at annual rate ÷ 12 on the opening
balance.

The annualised rate (年化利率) is the internal rate of return of the cash
flows (−loan at the start, +payment each month): ``irr_monthly × 12``
(nominal) and ``(1 + irr_monthly)^12 − 1`` (effective), found with Decimal
Newton steps guarded by bisection.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext

from domain.enums import RepaymentType, Season
from domain.money import FEN, ZERO, to_money

RATE_PLACES = Decimal("0.000001")


@dataclass(frozen=True)
class ScheduleRow:
    period: int
    on: date
    principal: Decimal
    interest: Decimal
    payment: Decimal
    balance: Decimal  # after this payment


@dataclass(frozen=True)
class Schedule:
    kind: RepaymentType
    principal: Decimal
    annual_rate: Decimal  # nominal, fraction
    term_months: int
    start: date
    rows: tuple[ScheduleRow, ...]
    total_interest: Decimal
    total_payment: Decimal
    irr_monthly: Decimal
    annualised_rate: Decimal  # irr_monthly × 12, 6 places
    effective_annual_rate: Decimal  # (1 + irr_monthly)^12 − 1, 6 places

    @property
    def first_payment(self) -> Decimal:
        return self.rows[0].payment if self.rows else ZERO

    @property
    def typical_monthly_payment(self) -> Decimal:
        """The monthly burden used for repayment capacity: the level payment
        (equal instalment), the first and highest (equal principal), the
        monthly interest (interest only, the balloon refinanced or paid from the
        business; seasonal, the principal paid from the season's sales)."""
        if not self.rows:
            return ZERO
        if self.kind in (RepaymentType.INTEREST_ONLY, RepaymentType.SEASONAL):
            return self.rows[0].interest
        return self.rows[0].payment


def add_months(start: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's end (Jan 31 → Feb 28)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    day = start.day
    if day > 28:  # only the 29th–31st can fall beyond a month's end
        day = min(day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def monthly_dates(start: date, count: int) -> list[date]:
    """``add_months(start, 1)`` … ``add_months(start, count)``, stepping the
    month instead of recomputing it for each date."""
    day = start.day
    if day > 28:  # the month's end may clamp the day: the general rule
        return [add_months(start, i) for i in range(1, count + 1)]
    year, month = start.year, start.month
    out = []
    for _ in range(count):
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
        out.append(date(year, month, day))
    return out


def _level_payment(principal: Decimal, r: Decimal, n: int) -> Decimal:
    if r == 0:
        return to_money(principal / n)
    growth = (1 + r) ** n
    return to_money(principal * r * growth / (growth - 1))


def _principal_plan(
    kind: RepaymentType,
    principal: Decimal,
    n: int,
    dates: Sequence[date],
    season_of_month: Mapping[str, Season],
    principal_months: Sequence[int] = (),
) -> list[Decimal] | None:
    """Principal due per period, or None for equal instalment (derived from
    the level payment). Seasonal: in the calendar months the officer picked,
    else in the peak-season months; what is left falls due at maturity."""
    if kind is RepaymentType.EQUAL_PRINCIPAL:
        part = to_money(principal / n)
        return [part] * (n - 1) + [principal - part * (n - 1)]
    if kind is RepaymentType.INTEREST_ONLY:
        return [ZERO] * (n - 1) + [principal]
    if kind is RepaymentType.SEASONAL:
        if principal_months:
            picked = frozenset(principal_months)
            peak = [i for i, d in enumerate(dates) if d.month in picked]
        else:
            peak = [
                i for i, d in enumerate(dates) if season_of_month.get(str(d.month)) is Season.PEAK
            ]
        if not peak:
            return [ZERO] * (n - 1) + [principal]
        part = to_money(principal / len(peak))
        plan = [ZERO] * n
        for i in peak:
            plan[i] = part
        # whatever rounding or unpaid principal is left falls due at maturity
        plan[-1] += principal - part * len(peak)
        return plan
    return None


def build_schedule(
    principal: Decimal,
    annual_rate: Decimal,
    term_months: int,
    start: date,
    kind: RepaymentType = RepaymentType.EQUAL_INSTALMENT,
    *,
    season_of_month: Mapping[str, Season] | None = None,
    principal_months: Sequence[int] = (),
) -> Schedule:
    """The schedule of a loan of ``principal`` drawn on ``start``, first
    payment one month later. ``annual_rate`` is the nominal yearly rate as a
    fraction; ``season_of_month`` ("1".."12" → season) drives the seasonal
    kind, unless ``principal_months`` (calendar months 1–12) names the months
    principal falls due."""
    if term_months < 1:
        raise ValueError("term_months must be at least 1")
    if principal <= 0:
        raise ValueError("principal must be positive")
    if annual_rate < 0:
        raise ValueError("annual_rate must not be negative")
    principal = to_money(principal)
    r = annual_rate / 12
    n = term_months
    dates = monthly_dates(start, n)
    plan = _principal_plan(kind, principal, n, dates, season_of_month or {}, principal_months)
    level = _level_payment(principal, r, n) if plan is None else ZERO
    rows: list[ScheduleRow] = []
    payments: list[Decimal] = []
    # the totals add the rows' figures in row order from ZERO, as sum() would
    total_interest = total_payment = ZERO
    balance = principal
    last = n - 1
    for i, on in enumerate(dates):
        interest = (balance * r).quantize(FEN, ROUND_HALF_UP)  # to_money, inlined
        if i == last:
            part = balance
        else:
            due = level - interest if plan is None else plan[i]
            part = due if due < balance else balance  # min(balance, due)
        balance -= part
        payment = part + interest
        rows.append(ScheduleRow(i + 1, on, part, interest, payment, balance))
        payments.append(payment)
        total_interest += interest
        total_payment += payment
    irr = irr_monthly(principal, payments, guess=r)
    with localcontext() as ctx:
        ctx.prec = 40
        effective = (1 + irr) ** 12 - 1
    return Schedule(
        kind=kind,
        principal=principal,
        annual_rate=annual_rate,
        term_months=n,
        start=start,
        rows=tuple(rows),
        total_interest=total_interest,
        total_payment=total_payment,
        irr_monthly=irr,
        annualised_rate=(irr * 12).quantize(RATE_PLACES),
        effective_annual_rate=effective.quantize(RATE_PLACES),
    )


def _npv_and_slope(
    rate: Decimal, principal: Decimal, payments: Sequence[Decimal]
) -> tuple[Decimal, Decimal]:
    """NPV at ``rate`` and its derivative d NPV / d rate, in one pass.

    With v = 1 / (1 + rate): NPV = −principal + Σ p_t v^t and the slope
    Σ −t p_t v^(t+1) = −v Σ t (p_t v^t), from the same discounted terms."""
    value = -principal
    weighted = ZERO
    factor = Decimal(1)
    step = 1 / (1 + rate)
    # t as a Decimal (exact, as the int would be converted): one conversion less per term
    for t, p in zip(_PERIODS[: len(payments)], payments, strict=False):
        factor *= step
        discounted = p * factor
        value += discounted
        weighted += t * discounted
    if len(payments) > len(_PERIODS):  # beyond the precomputed periods
        for t_int, p in enumerate(payments[len(_PERIODS) :], start=len(_PERIODS) + 1):
            factor *= step
            discounted = p * factor
            value += discounted
            weighted += t_int * discounted
    return value, -weighted * step


#: the period numbers 1 … 600 (the longest schedule an assessment builds)
_PERIODS = tuple(Decimal(t) for t in range(1, 601))


def irr_monthly(
    principal: Decimal, payments: Sequence[Decimal], *, guess: Decimal | None = None
) -> Decimal:
    """Monthly IRR ``i`` with Σ payment_t / (1 + i)^t = principal.

    Newton from ``guess`` (the contract's monthly rate, which the rounded
    schedule's IRR lies next to) or else the flat-rate guess, falling back to
    bisection on [0, 1] when a step leaves the bracket. Result to 12 decimal
    places; 0 when the payments do not exceed the principal."""
    if principal <= 0 or not payments or sum(payments, ZERO) <= principal:
        return ZERO
    with localcontext() as ctx:
        ctx.prec = 40
        low, high = Decimal(0), Decimal(1)
        if guess is not None and low < guess < high:
            rate = +guess
        else:
            rate = (sum(payments, ZERO) - principal) / principal / len(payments)
        tolerance = Decimal("1e-15")
        for _ in range(200):
            value, slope = _npv_and_slope(rate, principal, payments)
            if abs(value) < tolerance:
                break
            # npv falls as the rate rises: a positive npv means the rate is too low
            if value > 0:
                low = rate
            else:
                high = rate
            candidate = rate - value / slope if slope != 0 else (low + high) / 2
            rate = candidate if low < candidate < high else (low + high) / 2
            if high - low < tolerance:
                break
        return +rate.quantize(Decimal("1e-12"))


__all__ = [
    "Schedule",
    "ScheduleRow",
    "add_months",
    "build_schedule",
    "irr_monthly",
    "monthly_dates",
]
