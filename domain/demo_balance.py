"""Balance sheet, working-capital need, loan size and equity bridge of a demo case.

The loan is sized the way DOMAIN.md §4.3 checks it, so that a clean demo case
asks for no more than its working-capital need, can carry the instalment
(≤ 45 % of monthly disposable income) and reconciles its equity within a few
per cent (§4.2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from domain.case import BalanceSheet, Case, EquityBridge
from domain.demo_figures import (
    ONE,
    ZERO,
    DemoContext,
    equal_instalment,
    fig,
    floor_to,
    round_to,
    uniform,
)
from domain.enums import Provenance, RepaymentType
from domain.money import to_money

D = Decimal
DOC = Provenance.DOCUMENT
OBS = Provenance.OBSERVED


@dataclass
class LoanPlan:
    amount: Decimal
    term: int
    rate: Decimal
    repayment: RepaymentType
    need: Decimal  # working-capital loan need (DOMAIN.md §4.3)
    growth: Decimal
    house: Decimal  # value of the family home (0 when none)


def cycle_days(case: Case) -> Decimal:
    b = case.business
    cogs = _annual(case, "cogs")
    stock = case.balance_sheet.inventory_counted.value or ZERO
    stock_days = stock / cogs * 365 if cogs else ZERO
    return (
        stock_days
        + (b.receivable_days or ZERO)
        - (b.payable_days or ZERO)
        + (b.prepayment_days or ZERO)
        - (b.advance_receipt_days or ZERO)
    )


def _annual(case: Case, attr: str) -> Decimal:
    return sum(
        ((getattr(line, attr).value or ZERO) * line.months for line in case.income.seasons), ZERO
    )


def operating_profit(case: Case) -> Decimal:
    opex = sum(
        (
            _annual(case, name)
            for name in ("rent", "wages", "utilities", "transport", "tax", "other")
        ),
        ZERO,
    )
    return _annual(case, "sales") - _annual(case, "cogs") - opex


def loan_need(case: Case, growth: Decimal) -> Decimal:
    """Working-capital loan need: sales × (1 − net margin) × (1 + growth) ÷ turns
    − own working capital − existing short-term loans − other financing."""
    sales = _annual(case, "sales")
    costs = sales - operating_profit(case)  # sales × (1 − net margin)
    need = costs * (ONE + growth) * cycle_days(case) / 365
    bs = case.balance_sheet
    current = sum(
        (
            getattr(bs, n).value or ZERO
            for n in ("cash", "deposits", "receivables", "prepayments", "inventory_counted")
        ),
        ZERO,
    )
    current_liabilities = sum(
        (
            getattr(bs, n).value or ZERO
            for n in (
                "payables",
                "advances_received",
                "credit_cards",
                "private_loans",
                "other_liabilities",
            )
        ),
        ZERO,
    )
    own = current - current_liabilities
    return need - own - (bs.short_term_loans.value or ZERO) - (case.loan.other_financing or ZERO)


def balance_sheet(ctx: DemoContext, case: Case, as_of: date) -> None:
    """Fill the balance sheet at the visit date from the true business."""
    rng, p = ctx.rng, ctx.profile
    s = ctx.sales
    cogs = s * (ONE - ctx.margin)
    mid = sum(p.stock_days_band, ZERO) / 2  # the norm S4 divides by
    stock_days = uniform(rng, mid * D("0.96"), mid * D("1.04"), 1)
    counted = to_money(cogs * stock_days / 365)
    rec_days = D(rng.randint(*p.receivable_days))
    pay_days = D(rng.randint(*p.payable_days))
    prepay_days = uniform(rng, "0", "10", 0)
    # keep the cash cycle at 35 days or more so the business needs working capital
    short = D(35) - (stock_days + rec_days - pay_days + prepay_days)
    if short > 0:
        prepay_days += short.to_integral_value()
    b = case.business
    b.receivable_days, b.payable_days = rec_days, pay_days
    b.prepayment_days, b.advance_receipt_days = prepay_days, ZERO
    house = round_to(uniform(rng, "800000", "3500000", 0), 10000) if rng.random() < 0.85 else ZERO
    # the mortgage instalment (1.05 % a month) stays within a quarter of monthly profit
    mortgage_cap = floor_to(max(ZERO, operating_profit(case)) / 12 / 4 / D("0.0105"), 10000)
    car = round_to(uniform(rng, "60000", "300000", 0), 10000)
    bs = BalanceSheet(
        as_of=as_of,
        cash=fig(round_to(s * uniform(rng, "0.002", "0.008"), 100) + 1000, OBS),
        deposits=fig(ZERO, DOC, "银行对账单"),
        receivables=fig(to_money(s * rec_days / 365)),
        prepayments=fig(to_money(cogs * prepay_days / 365)),
        inventory_claimed=fig(to_money(counted * uniform(rng, "1.00", "1.04"))),
        inventory_counted=fig(counted, OBS),
        fixed_assets=fig(
            round_to(
                s
                * (
                    uniform(rng, "0.15", "0.30") if p.manufacturer else uniform(rng, "0.03", "0.08")
                ),
                1000,
            )
        ),
        prepaid_rent=fig(ctx.rent * 3, DOC, "租赁合同"),
        other_business_assets=fig(ZERO),
        household_assets=fig(house + car, DOC, "不动产权证、行驶证"),
        payables=fig(to_money(cogs * pay_days / 365)),
        advances_received=fig(ZERO),
        credit_cards=fig(round_to(uniform(rng, "3000", "30000", 0), 100), DOC, "征信报告"),
        short_term_loans=fig(
            round_to(s * uniform(rng, "0.02", "0.06"), 10000) if rng.random() < 0.5 else ZERO,
            DOC,
            "征信报告",
        ),
        long_term_loans=fig(
            min(round_to(house * uniform(rng, "0.15", "0.40"), 10000), mortgage_cap)
            if house and rng.random() < 0.5
            else ZERO,
            DOC,
            "征信报告",
        ),
        private_loans=fig(ZERO),
        other_liabilities=fig(ZERO),
        guarantees_given=fig(ZERO),
        off_balance=fig(ZERO),
    )
    case.balance_sheet = bs
    ctx.house_value = house


def plan_loan(ctx: DemoContext, case: Case) -> LoanPlan:
    """Size deposits, growth and the request so the clean case is consistent."""
    rng, s = ctx.rng, ctx.sales
    bs = case.balance_sheet
    growth = uniform(rng, "0.05", "0.15", 2)
    target = max(D(30000), round_to(s * uniform(rng, "0.04", "0.10"), 10000))
    deposit_floor = round_to(s * D("0.003"), 1000) + 2000
    base = loan_need(case, growth)  # with zero deposits
    if base - deposit_floor < target and bs.short_term_loans.value:
        bs.short_term_loans.value = ZERO  # no existing loan: the bank lends fresh
        base = loan_need(case, growth)
    bs.deposits.value = max(deposit_floor, round_to(base - target, 1000))
    need = loan_need(case, growth)
    if need < target:
        without_growth = loan_need(case, ZERO)
        per_growth = loan_need(case, ONE) - without_growth
        if per_growth > 0:
            growth = min(D("0.40"), ((target - without_growth) / per_growth).quantize(D("0.01")))
            growth = max(growth, D("0.05"))
        need = loan_need(case, growth)
    amount = need * uniform(rng, "0.70", "0.95")
    amount = max(D(10000), floor_to(amount, 10000 if amount >= 50000 else 1000))
    rate = uniform(rng, "0.0485", "0.0785", 4)
    disposable = monthly_disposable(case)
    for term in (12, 24, 36):
        if equal_instalment(amount, rate, term) <= disposable * D("0.45"):
            break
    else:
        term = 36
        per_yuan = equal_instalment(D(1_000_000), rate, term) / 1_000_000
        amount = max(D(10000), floor_to(disposable * D("0.45") / per_yuan, 10000))
    return LoanPlan(
        amount, term, rate, RepaymentType.EQUAL_INSTALMENT, need, growth, ctx.house_value
    )


def monthly_disposable(case: Case) -> Decimal:
    """(profit + other income − household spending − instalments) per month."""
    inc = case.income
    monthly = (
        (inc.other_household_income.value or ZERO)
        - (inc.household_spending.value or ZERO)
        - (inc.existing_instalments_business.value or ZERO)
        - (inc.existing_instalments_personal.value or ZERO)
    )
    return operating_profit(case) / 12 + monthly


def equity_bridge(ctx: DemoContext, case: Case) -> None:
    """E_start chosen so that E_expected is within ±2.5 % of E_actual (§4.2)."""
    rng = ctx.rng
    bs = case.balance_sheet
    inc = case.income
    months = 12
    profit = operating_profit(case)
    other = (inc.other_household_income.value or ZERO) * months
    withdrawals = (inc.household_spending.value or ZERO) * months
    depreciation = round_to((bs.fixed_assets.value or ZERO) * D("0.10"), 100)
    delta = profit + other - withdrawals - depreciation
    r = uniform(rng, "-0.025", "0.025")

    def actual() -> Decimal:
        assets = sum(
            (
                getattr(bs, n).value or ZERO
                for n in (
                    "cash",
                    "deposits",
                    "receivables",
                    "prepayments",
                    "inventory_counted",
                    "fixed_assets",
                    "prepaid_rent",
                    "other_business_assets",
                    "household_assets",
                )
            ),
            ZERO,
        )
        debts = sum(
            (
                getattr(bs, n).value or ZERO
                for n in (
                    "payables",
                    "advances_received",
                    "credit_cards",
                    "short_term_loans",
                    "long_term_loans",
                    "private_loans",
                    "other_liabilities",
                )
            ),
            ZERO,
        )
        return assets - debts

    e_actual = actual()
    # E_start must stay well above zero: a richer household if the year was very good
    needed = delta / (D("0.7") + r) - e_actual
    if needed > 0:
        assert bs.household_assets.value is not None
        bs.household_assets.value += round_to(needed, 10000) + 50000
        e_actual = actual()
    e_start = round_to(e_actual * (ONE + r) - delta, 100)
    start = bs.as_of - timedelta(days=365) if bs.as_of else None
    case.equity = EquityBridge(
        equity_start=fig(e_start, Provenance.COMPUTED, "上年末自编资产负债表"),
        start_date=start,
        period_months=months,
        capital_injected=fig(ZERO),
        withdrawals=fig(withdrawals),
        depreciation=fig(depreciation, Provenance.COMPUTED),
        revaluation=fig(ZERO),
    )
