"""Realistic demo cases: Zhejiang small businesses, clean or with typical fraud.

``demo_cases(seed, n, today)`` makes ``n`` cases; the same seed always gives
the same cases, and case ``i`` does not depend on ``n``. About a third carry
one or two fraud archetypes (:data:`FRAUD_KINDS`), chosen from the seed
(:func:`planned_frauds`). ``demo_case_named(kind)`` gives one archetype for
tests and examples. ``light=True`` keeps ~8 bank lines a month instead of
~35, for benchmarks with 100,000 cases.

IDs, credit codes, phones and card numbers carry correct check digits
(:mod:`domain.validators`); names and addresses are invented.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, timedelta
from decimal import Decimal
from random import Random

from domain.case import (
    Applicant,
    Business,
    Case,
    Character,
    Counterparty,
    Equipment,
    HouseholdMember,
    IncomeStatement,
    Inquiry,
    LoanRequest,
    Observation,
    Officer,
    Payee,
    Person,
    Premises,
    Product,
    Proposal,
)
from domain.demo_balance import balance_sheet, equity_bridge, plan_loan
from domain.demo_data import (
    BANKS,
    BRANCHES,
    CHILD_NAMES,
    FOREIGN_BUYERS,
    INDUSTRY_IDS,
    OFFICERS,
    PLACES,
    PROFILES,
    TRADE_NAMES,
    Profile,
)
from domain.demo_figures import (
    ONE,
    ZERO,
    DemoContext,
    annual_utility_cost,
    at,
    customs,
    fig,
    income_lines,
    meters,
    own_unit_price,
    round_to,
    season_map,
    tax_record,
    transactions,
    uniform,
)
from domain.demo_fraud import FRAUD_KINDS, apply_fraud
from domain.demo_ids import (
    address,
    born_between,
    card_number,
    credit_code,
    firm_name,
    mobile,
    person_name,
    place_prefix,
    resident_id,
    shares,
)
from domain.demo_parts import credit_report, documents_of_business, instalments, security, visits
from domain.enums import (
    ApplicantKind,
    CaseStatus,
    LoanPurpose,
    Recommendation,
)
from domain.lifecycle import seed_status
from domain.money import to_money
from domain.rulepack import IndustryNorm

__all__ = [
    "DEMO_TODAY",
    "FRAUD_KINDS",
    "INDUSTRY_IDS",
    "NAMED_KINDS",
    "demo_case",
    "demo_case_named",
    "demo_cases",
    "iter_demo_cases",
    "planned_frauds",
]

DEMO_TODAY = date(2026, 11, 27)
D_ = Decimal

#: kind → (industry, fraud archetypes) for :func:`demo_case_named`
NAMED_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "clean": ("restaurant", ()),
    "clean_exporter": ("export_manufacturing", ()),
    "fake_business": ("repair_services", ("fake_business",)),
    "staged_site": ("dyeing", ("staged_site",)),
    "inflated_income": ("plastics", ("inflated_income",)),
    "window_dressing": ("wholesale_market", ("window_dressing",)),
    "inflated_stock": ("building_materials", ("inflated_stock",)),
    "hidden_debt": ("retail", ("hidden_debt",)),
    "false_purpose": ("building_materials", ("false_purpose",)),
    "false_contract": ("garments", ("false_contract",)),
    "ghost_staff": ("garments", ("ghost_staff",)),
    "fake_patent": ("food_processing", ("fake_patent",)),
    "forged_seal": ("food_processing", ("forged_seal",)),
}


# ------------------------------------------------------------------ public API


def demo_cases(
    seed: int,
    n: int,
    today: date,
    *,
    light: bool = False,
    norms: Mapping[str, IndustryNorm] | None = None,
) -> list[Case]:
    """``n`` demo cases across the twelve industries; deterministic in ``seed``.

    ``norms`` (the loaded rule pack's industries) override the built-in copy
    of the default pack's norms, so demo figures follow an edited pack.
    """
    return list(iter_demo_cases(seed, n, today, light=light, norms=norms))


def iter_demo_cases(
    seed: int,
    n: int,
    today: date,
    *,
    light: bool = False,
    norms: Mapping[str, IndustryNorm] | None = None,
) -> Iterator[Case]:
    """The cases of :func:`demo_cases` one at a time (a 100,000-case benchmark
    need not hold them all: ~1 ms a case with ``light=True``, ~2.5 ms without)."""
    profiles = _profiles(norms)
    for i in range(n):
        yield _build(seed, i, today, None, planned_frauds(seed, i), light, profiles)


def planned_frauds(seed: int, index: int) -> tuple[str, ...]:
    """Fraud archetypes case ``index`` of ``demo_cases(seed, …)`` carries (often none)."""
    rng = Random(_mix(seed, index) ^ 0x5DEECE66D)
    if rng.random() >= 0.35:
        return ()
    count = 1 if rng.random() < 0.7 else 2
    return tuple(sorted(rng.sample(sorted(FRAUD_KINDS), count)))


def demo_case(
    seed: int,
    index: int,
    today: date,
    *,
    industry: str | None = None,
    frauds: Iterable[str] = (),
    light: bool = False,
    norms: Mapping[str, IndustryNorm] | None = None,
) -> Case:
    """One demo case with the given industry and fraud archetypes."""
    kinds = tuple(frauds)
    unknown = [k for k in kinds if k not in FRAUD_KINDS]
    if unknown:
        raise ValueError(f"unknown fraud kind {unknown[0]!r}; known: {sorted(FRAUD_KINDS)}")
    if industry is not None and industry not in PROFILES:
        raise ValueError(f"unknown industry {industry!r}; known: {list(INDUSTRY_IDS)}")
    return _build(seed, index, today, industry, kinds, light, _profiles(norms))


def demo_case_named(
    kind: str, *, today: date = DEMO_TODAY, seed: int = 0, light: bool = False
) -> Case:
    """One archetype from :data:`NAMED_KINDS` (``"clean"``, ``"inflated_income"`` …)."""
    if kind not in NAMED_KINDS:
        raise ValueError(f"unknown demo kind {kind!r}; known: {sorted(NAMED_KINDS)}")
    industry, frauds = NAMED_KINDS[kind]
    return demo_case(seed, 0, today, industry=industry, frauds=frauds, light=light)


# ------------------------------------------------------------------ internals


def _mix(seed: int, index: int) -> int:
    return (seed * 1_000_003 + index) & 0xFFFF_FFFF_FFFF_FFFF


def _profiles(norms: Mapping[str, IndustryNorm] | None) -> Mapping[str, Profile]:
    if not norms:
        return PROFILES
    from dataclasses import replace

    out = dict(PROFILES)
    for key, norm in norms.items():
        if key in out:
            out[key] = replace(
                out[key],
                margin_band=(norm.margin_low, norm.margin_high),
                stock_days_band=(norm.stock_days_low, norm.stock_days_high),
                utility=norm.utility,
                usage_per_unit=norm.usage_per_unit,
                output_unit=norm.output_unit_zh,
                unit_price=norm.unit_price,
                monthly_wage=norm.monthly_wage,
                cash_share=norm.cash_share,
                seasonal=norm.seasonal,
                vat_levy_rate=norm.vat_levy_rate,
                vat_rate=norm.vat_rate,
            )
    return out


def _build(
    seed: int,
    index: int,
    today: date,
    industry: str | None,
    frauds: tuple[str, ...],
    light: bool,
    profiles: Mapping[str, Profile],
) -> Case:
    rng = Random(_mix(seed, index))
    industry = industry or rng.choice(INDUSTRY_IDS)
    p = profiles[industry]
    place = PLACES[rng.choice(p.places)]
    application = today - timedelta(days=rng.randint(5, 40) + 41 * (index // 9999))
    company = rng.random() < (0.7 if p.manufacturer else 0.35)
    trade = rng.choice(TRADE_NAMES)
    suffix = rng.choice(p.company_suffixes if company else p.shop_suffixes)
    registered_name = f"{place_prefix(place)}{trade}{suffix}"
    male = rng.random() < 0.7
    owner_name = person_name(rng, male)
    sales = round_to(D_(rng.randint(*p.sales_range)), 1000)
    lo, hi = p.margin_band
    margin = uniform(rng, (lo + hi) / 2 - (hi - lo) / 10, (lo + hi) / 2 + (hi - lo) / 10)
    bank_name, bin6 = rng.choice(BANKS)
    ctx = DemoContext(rng, p, place, today, application, light, sales, margin)
    ctx.bank_name = bank_name
    ctx.account = card_number(rng, bin6)
    ctx.holder = registered_name if company else owner_name
    season_map(ctx)

    case = Case(uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)))
    branch = rng.choice(BRANCHES)
    case.number = f"{branch}-{application:%Y%m%d}-{index % 9999 + 1:04d}"
    case.version = 1
    seed_status(case, CaseStatus.IN_FIELD)
    case.branch = branch
    (o1, n1), (o2, n2) = rng.sample(OFFICERS, 2)
    case.officer, case.second_officer = Officer(o1, n1), Officer(o2, n2)
    case.created_at = at(application, 9, rng.randint(0, 59))

    # ---- applicant and household
    years = rng.randint(3, 15)
    owner = Person(
        name=owner_name,
        birth_date=born_between(rng, application, 30, 58),
        phone=mobile(rng),
        address=address(rng, place, home=True),
        bank_account=ctx.account,
        occupation="经营者",
    )
    owner.id_number = resident_id(rng, place.code, owner.birth_date or application, male)
    spouse = None
    household: list[HouseholdMember] = []
    if rng.random() < 0.85:
        s_born = born_between(rng, application, 28, 58)
        spouse = Person(
            name=person_name(rng, not male),
            birth_date=s_born,
            phone=mobile(rng),
            address=owner.address,
            occupation=rng.choice(("共同经营", "教师", "会计", "家庭主妇", "个体")),
        )
        spouse.id_number = resident_id(rng, place.code, s_born, not male)
        surname = owner_name[0] if male else spouse.name[0]
        for _ in range(rng.randint(1, 2)):
            household.append(
                HouseholdMember(
                    surname + rng.choice(CHILD_NAMES), "子女", rng.randint(3, 20), "学生"
                )
            )
    case.applicant = Applicant(
        kind=ApplicantKind.COMPANY if company else ApplicantKind.INDIVIDUAL_BUSINESS,
        registered_name=registered_name,
        uscc=credit_code(rng, place.code, company),
        registration_date=application - timedelta(days=years * 365 + rng.randint(30, 300)),
        business_scope=p.scope,
        registered_address=address(rng, place),
        owner=owner,
        spouse=spouse,
        marital_status="married" if spouse else "single",
        household=household,
        household_notes="夫妻共同经营，家庭和睦" if spouse else "",
    )

    # ---- counterparties
    exporter = p.id == "export_manufacturing" or (
        p.id in ("garments", "plastics") and rng.random() < 0.3
    )
    if exporter:
        ctx.export_share = uniform(rng, "0.97", "1.00", 2)
        ctx.customers = shares(rng, rng.sample(FOREIGN_BUYERS, 3))
    else:
        ctx.customers = shares(rng, p.customers)
    ctx.suppliers = shares(rng, [firm_name(rng, kind) for kind in p.suppliers])

    # ---- income statement
    record, vat_cost = tax_record(ctx)
    gross = sales * margin
    rent = round_to(max(D_(1500), sales * uniform(rng, "0.01", "0.04") / 12), 100)
    ctx.rent = rent if rng.random() < 0.75 else ZERO
    opex = {
        "rent": ctx.rent * 12,
        "utilities": annual_utility_cost(ctx) * (D_("0.05") if p.manufacturer else ONE),
        "transport": sales * uniform(rng, "0.003", "0.015"),
        "other": sales * uniform(rng, "0.005", "0.012"),
        "tax": vat_cost,
    }
    fixed = sum(opex.values(), ZERO)
    wage_share = min(uniform(rng, "0.18", "0.32"), D_("0.75") - fixed / gross)
    staff = max(1, int(gross * wage_share / (p.monthly_wage * 12)))
    ctx.payroll = round_to(staff * p.monthly_wage * uniform(rng, "0.95", "1.05"), 100)
    opex["wages"] = ctx.payroll * 12
    case.tax = record
    spending = round_to(min(uniform(rng, "5000", "15000", 0), gross / 12 * D_("0.2")), 100)
    case.income = IncomeStatement(
        seasons=income_lines(ctx, opex),
        household_spending=fig(spending),
        other_household_income=fig(
            round_to(uniform(rng, "3000", "8000", 0), 100)
            if spouse and rng.random() < 0.4
            else ZERO
        ),
    )

    # ---- business
    premises_address = address(rng, place)
    monthly_units = sales / 12 / p.unit_price
    equipment = []
    for k, name in enumerate(p.equipment):
        qty = rng.randint(2, 12) if p.manufacturer and k == 0 else rng.randint(1, 3)
        capacity = (
            round_to(monthly_units * D_("1.3") / qty, 10) if k == 0 and p.manufacturer else None
        )
        equipment.append(Equipment(name, qty, capacity, qty))
    capacity = round_to(monthly_units * D_("1.3"), 100)
    capacity_note = f"按现有设备估算月产能约{capacity}{p.output_unit}" if p.manufacturer else ""
    observation = Observation(machines_running=equipment[0].quantity if p.manufacturer else None)
    if p.counter_sales:
        days_open = rng.randint(330, 360)
        guess = p.products[0][2] * uniform(rng, "1.2", "2.0")
        per_day = max(ONE, (sales / (guess * days_open)).quantize(ONE))
        ticket = to_money(sales / (per_day * days_open))
        observation = Observation(
            per_day, ticket, days_open, None, "午市、晚市各观察一小时，按客流推算"
        )
    case.business = Business(
        industry=p.id,
        description=f"主营{p.products[0][0]}等，{p.trade}行业经营{years}年",
        years_operating_claimed=years,
        premises=Premises(
            premises_address,
            ctx.rent == 0,
            round_to(sales / 20000 + 40, 10),
            ctx.rent or None,
            application + timedelta(days=rng.randint(200, 1500)),
        ),
        staff_claimed=staff,
        staff_social_insurance=max(1, staff - rng.randint(0, max(0, staff // 8))),
        staff_observed=staff,
        payroll_monthly=ctx.payroll,
        products=[
            Product(
                name,
                share,
                unit,
                to_money(price * uniform(rng, "0.95", "1.05")),
                (margin + uniform(rng, "-0.02", "0.02")).quantize(D_("0.01")),
            )
            for (name, unit, price), (_, share) in zip(
                p.products, shares(rng, [x[0] for x in p.products]), strict=True
            )
        ],
        equipment=equipment,
        capacity_notes=capacity_note,
        suppliers=[
            Counterparty(
                name,
                credit_code(rng, rng.choice(PLACES).code, True),
                share,
                "月结30天",
                rng.randint(2, 8),
                mobile(rng),
            )
            for name, share in ctx.suppliers
        ],
        customers=[
            Counterparty(
                name,
                ""
                if name in FOREIGN_BUYERS or "散客" in name
                else credit_code(rng, rng.choice(PLACES).code, True),
                share,
                "T/T 30天" if exporter else "月结30天",
                rng.randint(1, 6),
            )
            for name, share in ctx.customers
        ],
        exporter=exporter,
        observation=observation,
        season_of_month={str(m): s for m, s in ctx.season_of_month.items()},
    )

    # ---- balance sheet, loan, household figures, equity
    visit_day = min(today, application + timedelta(days=rng.randint(1, 3)))
    balance_sheet(ctx, case, visit_day)
    instalments(ctx, case)
    plan = plan_loan(ctx, case)
    instalments(ctx, case)
    equity_bridge(ctx, case)
    credit_report(ctx, case, application)

    # ---- evidence
    meter_months = 6 if light else rng.randint(6, 12)
    case.meters = meters(ctx, meter_months, own_unit_price(case.business.products, p.output_unit))
    if exporter:
        case.customs = customs(ctx)
        case.business.export_share = ctx.export_share
    case.transactions = transactions(ctx, 6, opex)

    # ---- visits, character, security
    visits(ctx, case, visit_day, premises_address)
    case.character = Character(
        True,
        True,
        True,
        "",
        "家庭关系和睦，子女在本地上学" if household else "",
        [
            Inquiry(person_name(rng, True), "邻居", "为人实在，生意一直不错", visit_day),
            Inquiry(ctx.suppliers[0][0], "供应商", "付款及时，合作多年", visit_day),
        ],
    )
    security(ctx, case, plan)
    documents_of_business(ctx, case, exporter, monthly_units)

    # ---- loan and proposal
    main_supplier = case.business.suppliers[0]
    case.loan = LoanRequest(
        amount=plan.amount,
        term_months=plan.term,
        purpose=f"采购{p.products[0][0]}原材料及备货" if p.manufacturer else "经营周转备货",
        repayment_type=plan.repayment,
        application_date=application,
        payee=Payee(
            main_supplier.name,
            main_supplier.uscc,
            application - timedelta(days=rng.randint(4, 15) * 365),
            p.scope,
            main_supplier.phone,
            card_number(rng, rng.choice(BANKS)[1]),
        ),
        expected_growth=plan.growth,
        other_financing=ZERO,
        purpose_kind=LoanPurpose.WORKING_CAPITAL,
    )
    case.proposal = Proposal(
        recommendation=Recommendation.APPROVE,
        amount=plan.amount,
        term_months=plan.term,
        annual_rate=plan.rate,
        repayment_type=plan.repayment,
        conditions=["受托支付至供应商账户", "配偶共同签字"] if spouse else ["受托支付至供应商账户"],
        opinion="经营稳定，第一还款来源充足，建议同意",
    )
    case.updated_at = at(visit_day, 17, rng.randint(0, 59))

    for kind in frauds:
        apply_fraud(kind, ctx, case)
    return case
