"""Repayment capacity and working-capital need (DOMAIN.md §4.3).

Monthly disposable = (annual operating profit + annual other household income
− 12 × monthly household spending − 12 × monthly existing instalments) ÷ 12.
Instalment ratio = new monthly instalment ÷ monthly disposable (bigger is worse).

Working-capital need (流动资金贷款测算) = annual sales × (1 − net margin) ×
(1 + expected growth) ÷ turns, turns = 365 ÷ (stock days + receivable days −
payable days + prepayment days − advance-receipt days); loan need = need −
own working capital (current assets − current liabilities other than
short-term loans) − existing working-capital loans (short-term loans) −
other financing. Request ÷ loan need above the thresholds signals 用途虚假.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from domain.case import Case
from domain.checks.base import (
    COMPUTED,
    RULE_PACK,
    CheckResult,
    Input,
    missing_result,
    pct,
    qty,
    ratio,
    yuan,
)
from domain.checks.figures import IncomeFigures, monthly, own_working_capital
from domain.checks.ratios import stock_days_value
from domain.enums import Light, Season
from domain.i18n import Message, tr_noop
from domain.money import ZERO, to_money
from domain.rulepack import IndustryNorm, RulePack

CAPACITY = tr_noop("Repayment capacity: instalment ÷ monthly disposable income")
WORKING_CAPITAL = tr_noop("Amount requested vs working-capital need")

#: the unit of the working-capital days, marked so that views showing the
#: inputs with their units (the spreading view) read it in the reader's language
DAYS_UNIT = tr_noop("days")


def monthly_disposable(case: Case, income: IncomeFigures) -> Decimal | None:
    profit = income.operating_profit
    if profit is None:
        return None
    inc = case.income
    annual = (
        profit
        + 12 * monthly(inc.other_household_income)
        - 12 * monthly(inc.household_spending)
        - 12
        * (monthly(inc.existing_instalments_business) + monthly(inc.existing_instalments_personal))
    )
    return annual / 12


def capacity_check(
    case: Case, income: IncomeFigures, instalment: Decimal | None, pack: RulePack
) -> CheckResult:
    name = Message(CAPACITY)
    disposable = monthly_disposable(case, income)
    missing = []
    if disposable is None:
        missing.extend(income.missing or ["income.seasons"])
    if instalment is None:
        missing.append("loan (amount, term)")
    if missing or disposable is None or instalment is None:
        return missing_result("repayment_capacity", name, missing)
    inc = case.income
    inputs = [
        Input(tr_noop("annual operating profit"), to_money(income.operating_profit or 0), COMPUTED),
        Input(
            tr_noop("other household income, monthly"),
            monthly(inc.other_household_income),
            inc.other_household_income.source.value,
        ),
        Input(
            tr_noop("household spending, monthly"),
            monthly(inc.household_spending),
            inc.household_spending.source.value,
        ),
        Input(
            tr_noop("existing instalments, monthly"),
            monthly(inc.existing_instalments_business) + monthly(inc.existing_instalments_personal),
            inc.existing_instalments_business.source.value,
        ),
        Input(tr_noop("new instalment, monthly"), instalment, COMPUTED),
    ]
    if disposable <= 0:
        return CheckResult(
            "repayment_capacity",
            name,
            inputs=inputs,
            estimate=to_money(instalment),
            reference=to_money(disposable),
            light=Light.RED,
            arithmetic=Message(
                tr_noop("monthly disposable income {disposable} is not positive"),
                {"disposable": yuan(disposable)},
            ),
        )
    r = instalment / disposable
    return CheckResult(
        id="repayment_capacity",
        name=name,
        inputs=inputs,
        estimate=to_money(instalment),
        reference=to_money(disposable),
        deviation=ratio(r),
        light=pack.thresholds.instalment_ratio.light(r),
        arithmetic=Message(
            tr_noop("{instalment} ÷ {disposable} = {ratio}"),
            {"instalment": yuan(instalment), "disposable": yuan(disposable), "ratio": pct(r)},
        ),
    )


@dataclass(frozen=True)
class WorkingCapital:
    sales: Decimal
    net_margin: Decimal
    growth: Decimal
    cycle_days: Decimal
    turns: Decimal
    need: Decimal  # 营运资金量
    own_working_capital: Decimal
    existing_loans: Decimal
    other_financing: Decimal
    loan_need: Decimal
    requested: Decimal | None
    check: CheckResult


def working_capital_check(
    case: Case,
    income: IncomeFigures,
    norm: IndustryNorm | None,
    pack: RulePack,
    sales: Decimal | None,
    requested: Decimal | None,
) -> WorkingCapital | CheckResult:
    """``sales``: the verified sales when known, else the declared S1.
    Returns the full computation, or a ``missing`` check."""
    name = Message(WORKING_CAPITAL)
    missing = []
    if sales is None:
        missing.append("sales")
    if income.net_margin is None:
        missing.extend(income.missing or ["income.seasons"])
    days = stock_days_value(case, income, pack)
    days_source = COMPUTED
    if days is None and norm is not None:
        days, days_source = norm.stock_days_mid, RULE_PACK
    if days is None:
        missing.append("stock days")
    if missing or sales is None or income.net_margin is None or days is None:
        return missing_result("working_capital", name, missing)
    b = case.business

    def d(v: Decimal | None) -> Decimal:
        return ZERO if v is None else v

    cycle = (
        days
        + d(b.receivable_days)
        - d(b.payable_days)
        + d(b.prepayment_days)
        - d(b.advance_receipt_days)
    )
    year = Decimal(pack.thresholds.days_per_year)
    growth = d(case.loan.expected_growth)
    if cycle <= 0:
        need = ZERO
        turns = ZERO
    else:
        turns = year / cycle
        need = sales * (1 - income.net_margin) * (1 + growth) / turns
    own = own_working_capital(case.balance_sheet)
    existing = d(case.balance_sheet.short_term_loans.value)
    other = d(case.loan.other_financing)
    loan_need = need - own - existing - other
    inputs = [
        Input(tr_noop("annual sales"), to_money(sales), COMPUTED),
        Input(tr_noop("net margin"), ratio(income.net_margin), COMPUTED),
        Input(tr_noop("expected growth"), growth, "declared"),
        Input(tr_noop("days of stock"), days.quantize(Decimal("0.1")), days_source, DAYS_UNIT),
        Input(tr_noop("receivable days"), d(b.receivable_days), "declared", DAYS_UNIT),
        Input(tr_noop("payable days"), d(b.payable_days), "declared", DAYS_UNIT),
        Input(tr_noop("prepayment days"), d(b.prepayment_days), "declared", DAYS_UNIT),
        Input(tr_noop("advance-receipt days"), d(b.advance_receipt_days), "declared", DAYS_UNIT),
        Input(tr_noop("own working capital"), to_money(own), COMPUTED),
        Input(tr_noop("existing working-capital loans"), existing, "declared"),
        Input(tr_noop("other financing"), other, "declared"),
    ]
    params = {
        "sales": yuan(sales),
        "margin": pct(income.net_margin),
        "growth": pct(growth),
        "turns": qty(turns.quantize(Decimal("0.01"))),
        "need": yuan(need),
        "own": yuan(own),
        "existing": yuan(existing),
        "other": yuan(other),
        "loan_need": yuan(loan_need),
    }
    base_text = tr_noop(
        "{sales} × (1 − {margin}) × (1 + {growth}) ÷ {turns} turns = {need};"
        " − own {own} − loans {existing} − other {other} = loan need {loan_need}"
    )
    if requested is None:
        check = CheckResult(
            "working_capital",
            name,
            inputs=inputs,
            estimate=to_money(loan_need),
            light=Light.MISSING,
            missing=["loan.amount"],
            arithmetic=Message(base_text, params),
        )
    elif loan_need <= 0:
        check = CheckResult(
            "working_capital",
            name,
            inputs=inputs,
            estimate=to_money(loan_need),
            reference=to_money(requested),
            light=Light.RED,
            arithmetic=Message(base_text, params),
            notes=[
                Message(
                    tr_noop("no working-capital loan need against a request of {requested}"),
                    {"requested": yuan(requested)},
                )
            ],
        )
    else:
        r = requested / loan_need
        params["requested"] = yuan(requested)
        params["ratio"] = qty(r.quantize(Decimal("0.01")))
        check = CheckResult(
            id="working_capital",
            name=name,
            inputs=inputs,
            estimate=to_money(loan_need),
            reference=to_money(requested),
            deviation=ratio(r),
            light=pack.thresholds.working_capital_request.light(r),
            arithmetic=Message(
                tr_noop(
                    "{sales} × (1 − {margin}) × (1 + {growth}) ÷ {turns} turns = {need};"
                    " − own {own} − loans {existing} − other {other} = loan need {loan_need};"
                    " request {requested} ÷ {loan_need} = {ratio}"
                ),
                params,
            ),
        )
    return WorkingCapital(
        sales=to_money(sales),
        net_margin=ratio(income.net_margin),
        growth=growth,
        cycle_days=cycle,
        turns=turns,
        need=to_money(need),
        own_working_capital=to_money(own),
        existing_loans=existing,
        other_financing=other,
        loan_need=to_money(loan_need),
        requested=requested,
        check=check,
    )


def principal_months_note(case: Case, months: list[int]) -> tuple[Message, bool] | None:
    """For a seasonal schedule: the months principal falls due and their
    seasons; the second value is true when one of them is a slack month (the
    principal should come from the season's sales)."""
    if not months:
        return None
    mapping = case.business.season_of_month
    slack = [m for m in months if mapping.get(str(m)) is Season.SLACK]
    note = Message(
        tr_noop("principal due in months {months}{slack}"),
        {
            "months": "、".join(str(m) for m in months),
            "slack": Message(
                tr_noop(", of them slack season: {slack}"), {"slack": "、".join(map(str, slack))}
            )
            if slack
            else "",
        },
    )
    return note, bool(slack)
