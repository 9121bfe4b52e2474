"""Equity reconciliation (权益检验, DOMAIN.md §4.2).

    E_expected = E_start + net profit over the period + capital injected
                 + other household income − withdrawals − depreciation ± revaluation
    E_actual   = assets − liabilities (today's officer-built balance sheet)
    r1         = (E_actual − E_expected) / |E_expected|

Net profit over the period = annual operating profit × months / 12; other
household income is monthly × months. A large negative r1 suggests hidden
debt or inflated profit. The check is repeated with the *verified* profit:
if the books balance only then, the declared income is inflated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.case import Case
from domain.checks.base import COMPUTED, CheckResult, Input, missing_inputs, pct, ratio, yuan
from domain.checks.figures import IncomeFigures, equity_actual
from domain.enums import Light
from domain.i18n import Message, tr_noop
from domain.money import ZERO, to_money
from domain.rulepack import RulePack

NAME = tr_noop("Equity reconciliation (declared profit)")
NAME_VERIFIED = tr_noop("Equity reconciliation (verified profit)")


@dataclass(frozen=True)
class EquityResult:
    e_actual: Decimal | None
    e_expected: Decimal | None
    r1: Decimal | None
    light: Light
    e_expected_verified: Decimal | None
    r1_verified: Decimal | None
    light_verified: Light
    balances_only_with_verified: bool
    not_computable: Message | None  # the reason, when r1 has no number
    period_months: int | None
    check: CheckResult
    check_verified: CheckResult


def _months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def _period(case: Case, today: date) -> int | None:
    if case.equity.period_months is not None:
        return case.equity.period_months
    if case.equity.start_date is not None:
        end = case.balance_sheet.as_of or today
        months = _months_between(case.equity.start_date, end)
        return months if months > 0 else None
    return None


def _val(value: Decimal | None) -> Decimal:
    return ZERO if value is None else value


@dataclass(frozen=True)
class _Terms:
    """The terms of E_expected other than the profit, their text and their
    inputs: the same for the declared and the verified reconciliation."""

    e_start: Decimal
    capital: Decimal
    other: Decimal
    withdrawals: Decimal
    depreciation: Decimal
    revaluation: Decimal
    texts: tuple[str, ...]  # yuan() of the six terms above, in that order
    inputs: tuple[Input, ...]  # E_start, capital, other, withdrawals, depreciation, revaluation


def _terms(case: Case, months: int) -> _Terms:
    eq = case.equity
    e_start = _val(eq.equity_start.value)
    capital = _val(eq.capital_injected.value)
    other = _val(case.income.other_household_income.value) * months
    withdrawals = _val(eq.withdrawals.value)
    depreciation = _val(eq.depreciation.value)
    revaluation = _val(eq.revaluation.value)
    values = (e_start, capital, other, withdrawals, depreciation, revaluation)
    inputs = (
        Input(tr_noop("equity at start E_start"), e_start, eq.equity_start.source.value),
        Input(tr_noop("capital injected"), capital, eq.capital_injected.source.value),
        Input(tr_noop("other household income over the period"), to_money(other), COMPUTED),
        Input(tr_noop("withdrawals"), withdrawals, eq.withdrawals.source.value),
        Input(tr_noop("depreciation"), depreciation, eq.depreciation.source.value),
        Input(tr_noop("revaluation"), revaluation, eq.revaluation.source.value),
    )
    return _Terms(*values, tuple(yuan(v) for v in values), inputs)


def _expected(
    case: Case, annual_profit: Decimal, months: int, terms: list[_Terms]
) -> tuple[Decimal, str, list[Input]]:
    """``terms``: empty, or the :func:`_terms` of ``case`` and ``months`` from
    the other reconciliation (filled here on first use)."""
    if not terms:
        terms.append(_terms(case, months))
    t = terms[0]
    profit = annual_profit * months / 12
    expected = (
        t.e_start + profit + t.capital + t.other - t.withdrawals - t.depreciation + t.revaluation
    )
    e_start, capital, other, withdrawals, depreciation, revaluation = t.texts
    text = (
        f"{e_start} + {yuan(profit)} + {capital} + {other}"
        f" − {withdrawals} − {depreciation} + {revaluation} = {yuan(expected)}"
    )
    start_in, capital_in, other_in, withdrawals_in, depreciation_in, revaluation_in = t.inputs
    inputs = [
        start_in,
        Input(tr_noop("net profit over the period"), to_money(profit), COMPUTED),
        capital_in,
        other_in,
        withdrawals_in,
        depreciation_in,
        revaluation_in,
    ]
    return expected, text, inputs


def _one(
    check_id: str,
    name: str,
    case: Case,
    pack: RulePack,
    annual_profit: Decimal | None,
    e_actual: Decimal | None,
    months: int | None,
    terms: list[_Terms],
) -> tuple[CheckResult, Decimal | None, Decimal | None, Message | None]:
    missing = []
    if case.equity.equity_start.value is None:
        missing.append("equity.equity_start")
    if months is None:
        missing.append("equity.period_months")
    if e_actual is None:
        missing.append("balance_sheet")
    if annual_profit is None:
        missing.append("income.seasons" if check_id == "equity" else "verified_sales")
    if missing or annual_profit is None or months is None or e_actual is None:
        reason = Message(
            tr_noop("not computable: missing {missing}"), {"missing": missing_inputs(missing)}
        )
        return (
            CheckResult(
                check_id, Message(name), light=Light.MISSING, missing=missing, arithmetic=reason
            ),
            None,
            None,
            reason,
        )
    expected, text, inputs = _expected(case, annual_profit, months, terms)
    inputs = [*inputs, Input(tr_noop("equity today E_actual"), to_money(e_actual), COMPUTED)]
    if expected <= 0:
        reason = Message(
            tr_noop("not computable: expected equity {expected} is not positive"),
            {"expected": yuan(expected)},
        )
        return (
            CheckResult(
                check_id,
                Message(name),
                inputs=inputs,
                reference=to_money(expected),
                estimate=to_money(e_actual),
                light=Light.MISSING,
                arithmetic=reason,
                notes=[reason],
            ),
            to_money(expected),
            None,
            reason,
        )
    r1 = (e_actual - expected) / abs(expected)
    arithmetic = Message(
        tr_noop(
            "expected equity {expected_terms}; "
            "r1 = (equity today {actual} − {expected}) ÷ {expected} = {r1}"
        ),
        {
            "expected_terms": text,
            "actual": yuan(e_actual),
            "expected": yuan(expected),
            "r1": pct(r1),
        },
    )
    result = CheckResult(
        id=check_id,
        name=Message(name),
        inputs=inputs,
        estimate=to_money(e_actual),
        reference=to_money(expected),
        deviation=ratio(r1),
        light=pack.thresholds.equity_r1.light(abs(r1)),
        arithmetic=arithmetic,
    )
    return result, to_money(expected), ratio(r1), None


def equity_check(
    case: Case,
    pack: RulePack,
    income: IncomeFigures,
    verified_profit: Decimal | None,
    today: date,
) -> EquityResult:
    months = _period(case, today)
    e_actual = equity_actual(case.balance_sheet)
    terms: list[_Terms] = []  # shared by the two reconciliations
    check, expected, r1, reason = _one(
        "equity", NAME, case, pack, income.operating_profit, e_actual, months, terms
    )
    check_v, expected_v, r1_v, _ = _one(
        "equity_verified", NAME_VERIFIED, case, pack, verified_profit, e_actual, months, terms
    )
    only_verified = check.light in (Light.AMBER, Light.RED) and check_v.light is Light.GREEN
    return EquityResult(
        e_actual=None if e_actual is None else to_money(e_actual),
        e_expected=expected,
        r1=r1,
        light=check.light,
        e_expected_verified=expected_v,
        r1_verified=r1_v,
        light_verified=check_v.light,
        balances_only_with_verified=only_verified,
        not_computable=reason,
        period_months=months,
        check=check,
        check_verified=check_v,
    )
