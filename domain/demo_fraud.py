"""Fraud archetypes for demo cases (DOMAIN.md §5), applied to a clean case.

Each archetype bends the declared side the way the report describes, leaving
the independent evidence (meters, tax, bank, counted stock) as it was, so the
cross-checks and fraud rules have something real to find.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from domain.case import (
    BankTransaction,
    Case,
    ContractPresented,
    CreditDebt,
    Inquiry,
    Patent,
    Payee,
)
from domain.demo_balance import loan_need
from domain.demo_data import TRADE_NAMES
from domain.demo_figures import ZERO, DemoContext, floor_to, round_to, uniform
from domain.demo_ids import card_number, credit_code, mobile, person_name, place_prefix
from domain.enums import FraudCategory, PatentType, TxCategory
from domain.money import to_money
from domain.validators import patent_check_char

D = Decimal

#: archetype → the fraud category it should raise
FRAUD_KINDS: dict[str, FraudCategory] = {
    "fake_business": FraudCategory.BUSINESS,
    "staged_site": FraudCategory.SITE,
    "inflated_income": FraudCategory.INCOME,
    "window_dressing": FraudCategory.INCOME,
    "inflated_stock": FraudCategory.INVENTORY,
    "hidden_debt": FraudCategory.WEALTH,
    "false_purpose": FraudCategory.PURPOSE,
    "false_contract": FraudCategory.CONTRACT,
    "ghost_staff": FraudCategory.EMPLOYEE,
    "fake_patent": FraudCategory.PATENT,
    "forged_seal": FraudCategory.SEAL,
}


def apply_fraud(kind: str, ctx: DemoContext, case: Case) -> None:
    _ARCHETYPES[kind](ctx, case)


def _fake_business(ctx: DemoContext, case: Case) -> None:
    """Claims 8–15 years in business; registered less than a year ago."""
    years = ctx.rng.randint(8, 15)
    case.business.years_operating_claimed = years
    case.business.description = case.business.description.rsplit("经营", 1)[0] + f"经营{years}年"
    case.applicant.registration_date = ctx.application - timedelta(days=ctx.rng.randint(150, 300))


def _staged_site(ctx: DemoContext, case: Case) -> None:
    """The utility bills belong to someone else; staff name another boss."""
    other = person_name(ctx.rng, True)
    for reading in case.meters:
        reading.account_holder = other
    for visit in case.visits:
        visit.notes += f"；现场员工称老板姓{other[0]}"
    day = case.visits[0].started_at.date() if case.visits and case.visits[0].started_at else None
    case.character.inquiries.append(
        Inquiry("车间员工", "员工", f"老板是{other}，申请人平时不来厂里", day, named_owner=other)
    )


def _inflated_income(ctx: DemoContext, case: Case) -> None:
    """Declared sales and cost of goods 50–80 % above what the business does."""
    factor = uniform(ctx.rng, "1.5", "1.8", 2)
    for line in case.income.seasons:
        line.sales.value = to_money((line.sales.value or ZERO) * factor)
        line.cogs.value = to_money((line.cogs.value or ZERO) * factor)


def _window_dressing(ctx: DemoContext, case: Case) -> None:
    """Half the inflows turned into round sums from individuals, a spike of
    round-sum inflows in the two months before applying, most of it leaving
    again the same day."""
    rng = ctx.rng
    months = ctx.past_months(6)
    kept: list[BankTransaction] = []
    added: list[BankTransaction] = []
    acct = ctx.account
    by_month: dict[tuple[int, int], Decimal] = {}
    for t in case.transactions:
        key = (t.on.year, t.on.month) if t.on else (0, 0)
        if t.category is TxCategory.SALES and t.amount > 0 and rng.random() < 0.5:
            by_month[key] = by_month.get(key, ZERO) + t.amount
            continue
        kept.append(t)

    def round_inflows(y: int, m: int, total: Decimal, echo: bool) -> None:
        left = floor_to(total, 10000)
        while left >= 10000:
            amount = min(left, D(rng.randint(2, 10) * 10000))
            left -= amount
            day = date(y, m, rng.randint(1, 28))
            added.append(
                BankTransaction(
                    day,
                    amount,
                    person_name(rng, rng.random() < 0.6),
                    "",
                    "转账",
                    TxCategory.SALES,
                    acct,
                )
            )
            if echo and rng.random() < 0.7:
                back = to_money(amount * uniform(rng, "0.995", "1.000"))
                added.append(
                    BankTransaction(
                        day,
                        -back,
                        person_name(rng, True),
                        "",
                        "转账",
                        TxCategory.OTHER_OUTFLOW,
                        acct,
                    )
                )

    average = sum(by_month.values(), ZERO) * 2 / max(len(months), 1)  # ≈ monthly inflows
    for y, m in months:
        round_inflows(y, m, by_month.get((y, m), ZERO), False)
    for y, m in months[-2:]:
        round_inflows(y, m, average * 2, True)
    case.transactions = sorted(kept + added, key=lambda t: (t.on or date.min, -t.amount))


def _inflated_stock(ctx: DemoContext, case: Case) -> None:
    """Claims 2.2–3 times the stock the officer counted (at least 8 % of assets)."""
    bs = case.balance_sheet
    counted = bs.inventory_counted.value or ZERO
    assets = sum(
        (
            getattr(bs, n).value or ZERO
            for n in (
                "cash",
                "deposits",
                "receivables",
                "inventory_counted",
                "fixed_assets",
                "household_assets",
            )
        ),
        ZERO,
    )
    claimed = counted * uniform(ctx.rng, "2.2", "3.0")
    bs.inventory_claimed.value = to_money(max(claimed, counted + assets * D("0.08")))


def _hidden_debt(ctx: DemoContext, case: Case) -> None:
    """Monthly interest (1.5 %) to a private lender, and a bank loan in the
    credit report that the balance sheet leaves out."""
    rng = ctx.rng
    lender = person_name(rng, True)
    principal = round_to(uniform(rng, "300000", "1000000", 0), 10000)
    interest = principal * D("0.015")
    for y, m in ctx.past_months(6):
        case.transactions.append(
            BankTransaction(
                date(y, m, rng.randint(19, 22)),
                -to_money(interest * uniform(rng, "0.99", "1.01")),
                lender,
                "",
                "转账",
                TxCategory.OTHER_OUTFLOW,
                ctx.account,
            )
        )
    case.transactions.sort(key=lambda t: (t.on or date.min, -t.amount))
    hidden = round_to(uniform(rng, "300000", "800000", 0), 10000)
    case.credit_report.debts.append(
        CreditDebt(
            "浙江民泰商业银行",
            "经营贷款",
            hidden,
            to_money(hidden * D("0.0055")),
            False,
            ctx.application + timedelta(days=rng.randint(90, 300)),
        )
    )


def _false_purpose(ctx: DemoContext, case: Case) -> None:
    """Asks for 2.5–4 times the working-capital need, to be paid to a trading
    company registered 20 days earlier that has never supplied the business."""
    rng = ctx.rng
    need = loan_need(case, case.loan.expected_growth or ZERO)
    amount = max((case.loan.amount or ZERO) * 3, need * uniform(rng, "2.5", "4.0"), D(300000))
    amount = round_to(amount, 10000)
    case.loan.amount = amount
    case.proposal.amount = amount
    trade = rng.choice([t for t in TRADE_NAMES if t not in case.applicant.registered_name])
    case.loan.payee = Payee(
        f"{place_prefix(ctx.place)}{trade}商贸有限公司",
        credit_code(rng, ctx.place.code, True),
        ctx.application - timedelta(days=20),
        "信息技术咨询服务；企业管理咨询；日用百货销售",
        mobile(rng),
        card_number(rng, "622202"),
    )


def _false_contract(ctx: DemoContext, case: Case) -> None:
    """A contract with a buyer never seen on the bank or customs records, for
    2.5 times the monthly output the meters imply, at 60 % above list price."""
    rng, p = ctx.rng, ctx.profile
    monthly_units = ctx.sales / 12 / p.unit_price
    quantity = round_to(monthly_units * D("2.5") * 2, 100)  # two months to deliver
    listed = case.business.products[0].unit_price if case.business.products else None
    price = to_money((listed or p.unit_price) * D("1.6"))
    signed = ctx.application - timedelta(days=rng.randint(3, 15))
    trade = rng.choice(TRADE_NAMES)
    case.contracts.append(
        ContractPresented(
            f"上海{trade}国际贸易有限公司",
            credit_code(rng, "310115", True),
            p.products[0][0],
            quantity,
            p.output_unit,
            price,
            to_money(quantity * price),
            signed,
            signed + timedelta(days=60),
        )
    )


def _ghost_staff(ctx: DemoContext, case: Case) -> None:
    """Claims three times the staff on the social-insurance list."""
    b = case.business
    real = max(1, b.staff_observed or 1)
    b.staff_social_insurance = real
    b.staff_observed = real
    b.staff_claimed = real * 3


def _fake_patent(ctx: DemoContext, case: Case) -> None:
    """An invention patent whose number has the wrong check character."""
    rng = ctx.rng
    digits = f"{rng.randint(2018, ctx.application.year - 1):04d}1{rng.randrange(10**7):07d}"
    right = patent_check_char(digits)
    wrong = rng.choice([c for c in "0123456789X" if c != right])
    case.patents.append(
        Patent(
            f"ZL{digits}.{wrong}",
            f"一种{ctx.profile.products[0][0]}生产方法",
            PatentType.INVENTION,
            case.applicant.registered_name,
        )
    )


def _forged_seal(ctx: DemoContext, case: Case) -> None:
    """A seal whose name differs from the registered name; half the time its
    code fails the USCC check as well."""
    name = case.applicant.registered_name
    seal_name = name.replace("有限公司", "公司") if "有限公司" in name else name + "有限公司"
    code = case.applicant.uscc
    if ctx.rng.random() < 0.5 and code:
        last = code[-1]
        code = code[:-1] + ("1" if last != "1" else "2")
    case.seals = [type(case.seals[0])(code, seal_name)] if case.seals else []


_ARCHETYPES: dict[str, Callable[[DemoContext, Case], None]] = {
    "fake_business": _fake_business,
    "staged_site": _staged_site,
    "inflated_income": _inflated_income,
    "window_dressing": _window_dressing,
    "inflated_stock": _inflated_stock,
    "hidden_debt": _hidden_debt,
    "false_purpose": _false_purpose,
    "false_contract": _false_contract,
    "ghost_staff": _ghost_staff,
    "fake_patent": _fake_patent,
    "forged_seal": _forged_seal,
}
assert set(_ARCHETYPES) == set(FRAUD_KINDS)
