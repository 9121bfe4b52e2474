"""Parts of a demo case: existing debts, credit report, visits, security,
seal, patents and a sales contract (see :mod:`domain.demo`)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from domain.case import (
    Case,
    Collateral,
    ContractPresented,
    CreditDebt,
    CreditReport,
    Guarantor,
    Patent,
    Seal,
    Visit,
)
from domain.demo_balance import LoanPlan
from domain.demo_data import BANKS
from domain.demo_figures import ZERO, DemoContext, at, fig, round_to, uniform
from domain.demo_ids import (
    born_between,
    mobile,
    patent_number,
    person_name,
    place_prefix,
    resident_id,
)
from domain.enums import CollateralType, PatentType, Provenance
from domain.money import to_money

D_ = Decimal


def instalments(ctx: DemoContext, case: Case) -> None:
    bs = case.balance_sheet
    stl = bs.short_term_loans.value or ZERO
    ltl = bs.long_term_loans.value or ZERO
    ctx.loan_interest = to_money(stl * D_("0.055") / 12)
    ctx.lender = rng_lender(ctx)
    case.income.existing_instalments_business = fig(
        ctx.loan_interest, Provenance.DOCUMENT, "征信报告"
    )
    case.income.existing_instalments_personal = fig(
        to_money(ltl * D_("0.0105")), Provenance.DOCUMENT, "征信报告"
    )


def rng_lender(ctx: DemoContext) -> str:
    return ctx.lender or ctx.rng.choice([b for b, _ in BANKS if b != ctx.bank_name])


def credit_report(ctx: DemoContext, case: Case, application: date) -> None:
    rng = ctx.rng
    bs = case.balance_sheet
    inc = case.income
    debts = []
    if bs.short_term_loans.value:
        debts.append(
            CreditDebt(
                ctx.lender,
                "经营贷款",
                bs.short_term_loans.value,
                inc.existing_instalments_business.value,
                False,
                application + timedelta(days=rng.randint(60, 300)),
            )
        )
    if bs.long_term_loans.value:
        debts.append(
            CreditDebt(
                rng_lender(ctx),
                "住房按揭贷款",
                bs.long_term_loans.value,
                inc.existing_instalments_personal.value,
                False,
                application + timedelta(days=rng.randint(3, 20) * 365),
            )
        )
    if bs.credit_cards.value:
        debts.append(CreditDebt(ctx.bank_name, "信用卡", bs.credit_cards.value, ZERO))
    case.credit_report = CreditReport(
        consent_signed=True,
        consent_date=application,
        query_date=application + timedelta(days=rng.randint(0, 1)),
        debts=debts,
        overdues_24m=0,
        inquiries_6m=rng.randint(0, 2),
        notes="无不良记录",
    )


def visits(ctx: DemoContext, case: Case, day: date, address: str) -> None:
    rng, place = ctx.rng, ctx.place
    officers = [case.officer.name, case.second_officer.name]
    met = [case.applicant.owner.name] + (
        [case.applicant.spouse.name] if case.applicant.spouse else []
    )
    lat = place.lat + uniform(rng, "-0.02", "0.02", 6)
    lon = place.lon + uniform(rng, "-0.02", "0.02", 6)
    start = rng.randint(9, 13)
    case.visits = [
        Visit(
            at(day, start, rng.randint(0, 59)),
            at(day, start + 2, rng.randint(0, 59)),
            lat,
            lon,
            address,
            officers,
            met,
            False,
            "查看经营场所、库存及设备运转，核对水电单据与纳税申报",
        )
    ]
    second = day + timedelta(days=rng.randint(2, 6))
    if second <= ctx.today and rng.random() < 0.5:
        case.visits.append(
            Visit(
                at(second, 16, 10),
                at(second, 16, 50),
                lat,
                lon,
                address,
                officers,
                met[:1],
                True,
                "不打招呼二次走访，现场经营正常",
            )
        )


def security(ctx: DemoContext, case: Case, plan: LoanPlan) -> None:
    rng, place = ctx.rng, ctx.place
    amount, house = plan.amount, plan.house
    guarantors = []
    for _ in range(rng.randint(1, 2)):
        g_male = rng.random() < 0.7
        born = born_between(rng, ctx.application, 32, 60)
        guarantors.append(
            Guarantor(
                person_name(rng, g_male),
                resident_id(rng, place.code, born, g_male),
                mobile(rng),
                rng.choice(("朋友", "亲戚", "上游供应商负责人")),
                True,
                True,
                True,
                round_to(amount * uniform(rng, "2", "6"), 10000),
                round_to(uniform(rng, "8000", "30000", 0), 100),
                amount,
                "本地自有房产一套",
            )
        )
    case.guarantors = guarantors
    if house and amount <= house * D_("0.6") and rng.random() < 0.6:
        case.collateral = [
            Collateral(
                CollateralType.HOUSING,
                f"{place_prefix(place)}{rng.choice(place.streets)}住宅一套",
                case.applicant.owner.name,
                house,
                "浙江中衡房地产评估有限公司",
                f"浙({ctx.application.year - rng.randint(2, 10)}){place_prefix(place)}不动产权第"
                f"{rng.randrange(10**7):07d}号",
                case.applicant.spouse is not None,
                case.applicant.spouse is not None,
            )
        ]


def documents_of_business(
    ctx: DemoContext, case: Case, exporter: bool, monthly_units: Decimal
) -> None:
    """Seal, patents and a sales contract as the applicant presents them."""
    rng, p = ctx.rng, ctx.profile
    a = case.applicant
    case.seals = [Seal(a.uscc, a.registered_name)]
    if p.patents and rng.random() < 0.5:
        title = p.patents[0]
        design = title.startswith(("服装", "食品包装", "装饰品"))
        digit = "3" if design else "2"
        number = patent_number(rng, rng.randint(2015, ctx.application.year - 1), digit)
        case.patents = [
            Patent(
                number,
                title,
                PatentType.DESIGN if design else PatentType.UTILITY_MODEL,
                a.registered_name,
            )
        ]
    if p.output_unit in ("千克", "件"):
        buyer = case.business.customers[0]
        quantity = round_to(monthly_units * uniform(rng, "0.3", "0.6") * 2, 100)
        listed = case.business.products[0].unit_price or p.unit_price
        price = to_money(listed * uniform(rng, "0.97", "1.03"))
        signed = ctx.application - timedelta(days=rng.randint(5, 30))
        case.contracts = [
            ContractPresented(
                buyer.name,
                buyer.uscc,
                p.products[0][0],
                quantity,
                p.output_unit,
                price,
                to_money(quantity * price),
                signed,
                signed + timedelta(days=60),
            )
        ]
