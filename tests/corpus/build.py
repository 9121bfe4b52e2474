"""Helpers that write the corpus's case files: a small, self-consistent
business from a handful of figures (:class:`Story`), as the plain JSON of
``resources/schema/case.schema.json``.

A story states what the business really is (monthly sales per season, its
margin, its costs, its cash share) and what the officer found (stock, meter
readings, bank lines, tax records, the balance sheet). :func:`build` derives
the evidence a real business of that size leaves: meter readings of the
industry's usage per unit, bank inflows net of the cash the customers pay,
VAT at the levy rate, and an equity start that reconciles to within
``r1``. Frauds and near-misses are then edits of that JSON, made in the
story files, so that each case says plainly what is wrong with it.

Nothing here runs the assessment: the labels next to each case are worked by
hand from these figures (see ``tests/corpus/README.md``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from domain.validators import (
    id_check_char,
    luhn_check_digit,
    org_code_check_char,
    patent_check_char,
    uscc_check_char,
)

D = Decimal
APPLICATION = date(2026, 11, 10)
VISIT = date(2026, 11, 12)
TODAY = date(2026, 11, 27)
# defaults of a story
_MARGIN = D("0.20")
_ZERO = D(0)
_CASH = D(20000)
_DEPOSITS = D(80000)
_HOUSEHOLD = D(600000)
_SPENDING = D(8000)
_R1 = D("0.01")
_LOAN = D(200000)
_RATE = D("0.06")
_GROWTH = D("0.30")
_FX = D("7.2")

#: the twelve calendar months before the application: statements, meters, tax
MONTHS = [(2025, 11), (2025, 12)] + [(2026, m) for m in range(1, 11)]

#: industry norms the builder needs (the shipped rule pack's figures)
NORMS: dict[str, dict[str, Any]] = {
    "restaurant": {"utility": "water", "usage": D("0.025"), "price": D("45"), "levy": D("0.01"),
                   "vat": D("0.06"), "cash": D("0.15")},
    "retail": {"utility": "electricity", "usage": D("8"), "price": D("1000"), "levy": D("0.01"),
               "vat": D("0.13"), "cash": D("0.10")},
    "wholesale_market": {"utility": "electricity", "usage": D("2"), "price": D("1000"),
                         "levy": D("0.01"), "vat": D("0.13"), "cash": D("0.10")},
    "garments": {"utility": "electricity", "usage": D("0.8"), "price": D("60"), "levy": D("0.01"),
                 "vat": D("0.13"), "cash": D("0.05")},
    "plastics": {"utility": "electricity", "usage": D("0.9"), "price": D("13.5"),
                 "levy": D("0.01"), "vat": D("0.13"), "cash": D("0.03")},
    "food_processing": {"utility": "water", "usage": D("0.006"), "price": D("20"),
                        "levy": D("0.01"), "vat": D("0.13"), "cash": D("0.10")},
    "building_materials": {"utility": "electricity", "usage": D("5"), "price": D("1000"),
                           "levy": D("0.01"), "vat": D("0.13"), "cash": D("0.10")},
    "logistics": {"utility": "electricity", "usage": D("3"), "price": D("1000"),
                  "levy": D("0.01"), "vat": D("0.09"), "cash": D("0.05")},
    "farming": {"utility": "electricity", "usage": D("0.5"), "price": D("12"), "levy": D("0"),
                "vat": D("0.09"), "cash": D("0.30")},
    "export_manufacturing": {"utility": "electricity", "usage": D("0.5"), "price": D("25"),
                             "levy": D("0.01"), "vat": D("0.13"), "cash": D("0")},
    "repair_services": {"utility": "electricity", "usage": D("1.5"), "price": D("300"),
                        "levy": D("0.01"), "vat": D("0.13"), "cash": D("0.20")},
    "dyeing": {"utility": "water", "usage": D("0.12"), "price": D("6"), "levy": D("0.01"),
               "vat": D("0.13"), "cash": D("0.02")},
}  # fmt: skip


def money(value: Decimal | int | str) -> str:
    return format(D(value).quantize(D("0.01"), ROUND_HALF_UP), "f")


def whole(value: Decimal) -> str:
    return format(D(value).quantize(D("1"), ROUND_HALF_UP), "f")


def resident_id(region: str, born: date, seq: int) -> str:
    body = f"{region}{born:%Y%m%d}{seq % 1000:03d}"
    return body + id_check_char(body)


def credit_code(region: str, seq: int, company: bool) -> str:
    org = f"MA{seq % 1000000:06d}"
    body = ("91" if company else "92") + region + org + org_code_check_char(org)
    return body + uscc_check_char(body)


def mobile(seq: int) -> str:
    return f"13{(seq * 7919) % 10:d}{(seq * 104729) % 100000000:08d}"


def card(seq: int) -> str:
    body = f"622848{(seq * 2654435761) % 10**12:012d}"
    return body + luhn_check_digit(body)


def patent(year: int, type_digit: str, serial: int) -> str:
    digits = f"{year:04d}{type_digit}{serial % 10**7:07d}"
    return f"ZL{digits}.{patent_check_char(digits)}"


def month_text(key: tuple[int, int]) -> str:
    return f"{key[0]:04d}-{key[1]:02d}"


def figure(value: Decimal | int | str | None, source: str = "declared", doc: str = "") -> dict:
    return {"value": None if value is None else money(value), "source": source, "document": doc}


@dataclass
class Story:
    """What a business is and what the officer found. Money is yuan a month
    unless the name says otherwise; fractions are ``Decimal``."""

    key: str
    industry: str
    name: str
    owner: str
    owner_born: date
    seq: int  # makes the IDs, phones and cards of this case
    kind: str = "individual_business"
    region: str = "331082"  # 临海
    place: str = "浙江省临海市"
    spouse: str = ""
    registered: date = date(2015, 3, 18)
    years: int = 11
    description: str = ""
    #: season → (months, monthly sales); one "normal" season when the
    #: business is not seasonal
    seasons: dict[str, tuple[int, Decimal]] = field(default_factory=dict)
    season_of_month: dict[int, str] = field(default_factory=dict)
    margin: Decimal = _MARGIN
    rent: Decimal = _ZERO
    wages: Decimal = _ZERO
    utilities: Decimal = _ZERO
    other: Decimal = _ZERO
    #: share of sales the customers really pay in cash (drives the bank inflows)
    cash_share: Decimal | None = None
    products: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    suppliers: list[str] = field(default_factory=list)
    customers: list[str] = field(default_factory=list)
    staff: int = 3
    insured: int | None = None
    observed: int | None = None
    payroll: Decimal | None = None
    #: balance sheet at the visit (yuan)
    cash: Decimal = _CASH
    deposits: Decimal = _DEPOSITS
    receivables: Decimal = _ZERO
    prepayments: Decimal = _ZERO
    stock: Decimal = _ZERO
    fixed_assets: Decimal = _ZERO
    household_assets: Decimal = _HOUSEHOLD
    payables: Decimal = _ZERO
    short_term_loans: Decimal = _ZERO
    long_term_loans: Decimal = _ZERO
    household_spending: Decimal = _SPENDING
    other_household_income: Decimal = _ZERO
    instalments: Decimal = _ZERO
    #: equity reconciliation: the r1 the equity start is set for
    r1: Decimal = _R1
    depreciation: Decimal = _ZERO
    taxpayer: str = "small_scale"
    #: kind → holder; the industry's own meter always, more when listed
    meter_holder: str = ""
    extra_meters: dict[str, Decimal] = field(default_factory=dict)  # kind → usage per unit
    observation: tuple[Decimal, Decimal, int] | None = None
    loan: Decimal = _LOAN
    term: int = 12
    purpose: str = "经营周转备货"
    purpose_kind: str = "working_capital"
    repayment: str = "equal_instalment"
    rate: Decimal = _RATE
    growth: Decimal | None = _GROWTH
    receivable_days: Decimal | None = None
    payable_days: Decimal | None = None
    owned_premises: bool = False
    #: the business's real selling price per unit of the industry's output
    #: (the meters are read at this price); the norm's when ``None``
    price: Decimal | None = None
    equipment: list[tuple[str, int, str | None, int]] = field(default_factory=list)
    #: exporters: share of sales exported (zero-rated for VAT), FX rate, buyers
    export_share: Decimal = _ZERO
    fx: Decimal = _FX

    # ---- derived -------------------------------------------------------
    @property
    def company(self) -> bool:
        return self.kind == "company"

    @property
    def norm(self) -> dict[str, Any]:
        return NORMS[self.industry]

    def monthly_sales(self, month: int) -> Decimal:
        season = self.season_of_month.get(month, "normal") if self.season_of_month else "normal"
        return self.seasons[season][1]

    @property
    def annual_sales(self) -> Decimal:
        return sum((m * s for m, s in self.seasons.values()), D(0))

    @property
    def true_cash_share(self) -> Decimal:
        return self.cash_share if self.cash_share is not None else self.norm["cash"]

    @property
    def holder(self) -> str:
        return self.meter_holder or (self.name if self.company else self.owner)


def _person(name: str, born: date, region: str, seq: int, place: str) -> dict:
    return {
        "name": name,
        "id_number": resident_id(region, born, seq),
        "birth_date": born.isoformat(),
        "phone": mobile(seq),
        "address": f"{place}古城街道{seq % 90 + 10}号",
        "bank_account": card(seq),
        "occupation": "经营者",
    }


def _seasons(s: Story) -> list[dict]:
    lines = []
    for season, (months, sales) in s.seasons.items():
        cogs = (sales * (1 - s.margin)).quantize(D("0.01"), ROUND_HALF_UP)
        lines.append(
            {
                "season": season,
                "months": months,
                "sales": figure(sales),
                "cogs": figure(cogs),
                "rent": figure(s.rent),
                "wages": figure(s.wages),
                "utilities": figure(s.utilities),
                "transport": figure(0),
                "tax": figure(0),
                "other": figure(s.other),
            }
        )
    return lines


def _meters(s: Story) -> list[dict]:
    kinds = {s.norm["utility"]: s.norm["usage"], **s.extra_meters}
    out = []
    for kind, usage in kinds.items():
        for key in MONTHS:
            units = s.monthly_sales(key[1]) / (s.price or s.norm["price"]) * usage
            out.append(
                {
                    "kind": kind,
                    "month": month_text(key),
                    "quantity": whole(units),
                    "amount_paid": money(units * (D("0.8") if kind == "electricity" else D("4.2"))),
                    "account_holder": s.holder,
                }
            )
    return out


def _tx(on: date, amount: Decimal, who: str, what: str, category: str, account: str) -> dict:
    return {
        "on": on.isoformat(),
        "amount": money(amount),
        "counterparty": who,
        "counterparty_account": "",
        "description": what,
        "category": category,
        "account": account,
    }


def _transactions(s: Story) -> list[dict]:
    account = card(s.seq + 500)
    payers = s.customers or ["微信支付商户结算", "支付宝商户结算"]
    supplier = s.suppliers[0] if s.suppliers else "台州市综合批发市场"
    out = []
    for i, (y, m) in enumerate(MONTHS):
        banked = s.monthly_sales(m) * (1 - s.true_cash_share)
        first = (banked * D("0.55")).quantize(D("0.01")) + D("0.37") + i
        out.append(_tx(date(y, m, 8), first, payers[0], "货款", "sales", account))
        out.append(
            _tx(date(y, m, 22), banked - first, payers[i % len(payers)], "货款", "sales", account)
        )
        cogs = s.monthly_sales(m) * (1 - s.margin)
        out.append(_tx(date(y, m, 15), -cogs, supplier, "进货货款", "purchase", account))
        if s.rent and not s.owned_premises:
            out.append(_tx(date(y, m, 2), -s.rent, "临海市古城物业管理有限公司", "房租", "expense",
                           account))  # fmt: skip
        if s.wages:
            out.append(_tx(date(y, m, 10), -s.wages, "", "代发工资", "expense", account))
    return out


def _equity_start(s: Story, e_actual: Decimal, profit: Decimal) -> Decimal:
    """E_start for which r1 = (E_actual − E_expected) / E_expected ≈ ``s.r1``."""
    expected = e_actual / (1 + s.r1)
    withdrawals = 12 * s.household_spending
    start = expected - profit - 12 * s.other_household_income + withdrawals + s.depreciation
    return (start / 100).quantize(D(1), ROUND_HALF_UP) * 100


def build(s: Story) -> dict[str, Any]:
    """The case JSON of ``s`` (only the keys the story fills; the codec and the
    schema give every other key its default)."""
    annual = s.annual_sales
    cogs = annual * (1 - s.margin)
    opex = 12 * (s.rent + s.wages + s.utilities + s.other)
    profit = annual - cogs - opex
    assets = (s.cash + s.deposits + s.receivables + s.prepayments + s.stock + s.fixed_assets
              + s.household_assets)  # fmt: skip
    liabilities = s.payables + s.short_term_loans + s.long_term_loans
    e_actual = assets - liabilities
    owner = _person(s.owner, s.owner_born, s.region, s.seq, s.place)
    spouse = None
    if s.spouse:
        spouse = _person(s.spouse, date(s.owner_born.year + 2, 6, 9), s.region, s.seq + 1, s.place)
        spouse["occupation"] = "个体"
    norm = s.norm
    tax: dict[str, Any] = {"taxpayer_type": s.taxpayer, "months": 12}
    if s.taxpayer == "small_scale":
        tax |= {"vat_paid": money(annual * norm["levy"]), "levy_rate": str(norm["levy"])}
    elif s.taxpayer == "general":
        domestic = annual * (1 - s.export_share)  # exports are zero-rated
        tax |= {"output_vat": money(domestic * norm["vat"]), "vat_rate": str(norm["vat"])}
        if s.export_share:  # the VAT return lists the zero-rated export sales too
            tax["export_sales"] = money(annual * s.export_share)
    visit_place = f"{s.place}兴业路{s.seq}号"
    case: dict[str, Any] = {
        "uuid": f"00000000-0000-4000-8000-{s.seq:012d}",
        "number": f"3310-20261110-{s.seq:04d}",
        "version": 1,
        "status": "analysed",
        "branch": "3310",
        "officer": {"name": "林海波", "staff_no": "TL0158"},
        "second_officer": {"name": "潘志远", "staff_no": "TL0275"},
        "applicant": {
            "kind": s.kind,
            "registered_name": s.name,
            "uscc": credit_code(s.region, s.seq, s.company),
            "registration_date": s.registered.isoformat(),
            "business_scope": s.description,
            "registered_address": visit_place,
            "owner": owner,
            "spouse": spouse,
            "marital_status": "married" if s.spouse else "single",
        },
        "business": {
            "industry": s.industry,
            "description": s.description,
            "years_operating_claimed": s.years,
            "premises": {
                "address": visit_place,
                "owned": s.owned_premises,
                "monthly_rent": money(s.rent) if s.rent else None,
            },
            "staff_claimed": s.staff,
            "staff_social_insurance": s.staff if s.insured is None else s.insured,
            "staff_observed": s.staff if s.observed is None else s.observed,
            "payroll_monthly": money(s.payroll if s.payroll is not None else s.wages),
            "products": [
                {"name": n, "share_of_sales": sh, "unit": u, "unit_price": p, "gross_margin": g}
                for n, sh, u, p, g in s.products
            ],
            "suppliers": [{"name": n, "terms": "月结30天", "years": 5} for n in s.suppliers],
            "customers": [{"name": n, "years": 4} for n in s.customers],
            "season_of_month": {str(m): v for m, v in s.season_of_month.items()},
            "receivable_days": None if s.receivable_days is None else str(s.receivable_days),
            "payable_days": None if s.payable_days is None else str(s.payable_days),
        },
        "loan": {
            "amount": money(s.loan),
            "term_months": s.term,
            "purpose": s.purpose,
            "purpose_kind": s.purpose_kind,
            "repayment_type": s.repayment,
            "application_date": APPLICATION.isoformat(),
            "expected_growth": None if s.growth is None else str(s.growth),
            "other_financing": "0",
        },
        "visits": [
            {
                "started_at": f"{VISIT.isoformat()}T09:30:00+08:00",
                "ended_at": f"{VISIT.isoformat()}T11:30:00+08:00",
                "latitude": "28.858500",
                "longitude": "121.144300",
                "place": visit_place,
                "officers": ["林海波", "潘志远"],
                "persons_met": [s.owner],
                "unannounced": False,
                "notes": "查看经营场所、库存，核对水电单据、纳税申报和银行流水",
            }
        ],
        "character": {
            "willing_to_work": True,
            "able_to_work": True,
            "no_bad_habits": True,
            "inquiries": [
                {
                    "who": "周邻居",
                    "relation": "邻居",
                    "said": "为人实在，生意稳定",
                    "on": VISIT.isoformat(),
                },
            ],
        },
        "credit_report": {
            "consent_signed": True,
            "consent_date": APPLICATION.isoformat(),
            "query_date": APPLICATION.isoformat(),
            "debts": [],
            "overdues_24m": 0,
            "inquiries_6m": 1,
        },
        "meters": _meters(s),
        "balance_sheet": {
            "as_of": VISIT.isoformat(),
            "cash": figure(s.cash, "observed"),
            "deposits": figure(s.deposits, "document", "银行对账单"),
            "receivables": figure(s.receivables),
            "prepayments": figure(s.prepayments),
            "inventory_claimed": figure(s.stock),
            "inventory_counted": figure(s.stock, "observed"),
            "fixed_assets": figure(s.fixed_assets),
            "household_assets": figure(s.household_assets),
            "payables": figure(s.payables),
            "short_term_loans": figure(s.short_term_loans),
            "long_term_loans": figure(s.long_term_loans),
        },
        "income": {
            "seasons": _seasons(s),
            "existing_instalments_business": figure(s.instalments),
            "existing_instalments_personal": figure(0),
            "household_spending": figure(s.household_spending),
            "other_household_income": figure(s.other_household_income),
        },
        "equity": {
            "equity_start": figure(_equity_start(s, e_actual, profit)),
            "start_date": "2025-11-12",
            "period_months": 12,
            "capital_injected": figure(0),
            "withdrawals": figure(12 * s.household_spending),
            "depreciation": figure(s.depreciation),
            "revaluation": figure(0),
        },
        "tax": tax,
        "transactions": _transactions(s),
        "proposal": {
            "amount": money(s.loan),
            "term_months": s.term,
            "annual_rate": str(s.rate),
            "repayment_type": s.repayment,
            "risk_class": "normal",
        },
    }
    if s.equipment:
        case["business"]["equipment"] = [
            {"name": n, "quantity": q, "capacity_per_month": c, "running_observed": r}
            for n, q, c, r in s.equipment
        ]
    if s.export_share:
        case["business"]["exporter"] = True
        case["business"]["export_share"] = str(s.export_share)
        case["customs"] = [
            {
                "month": month_text(key),
                "declaration_no": f"2933{key[0]}{key[1]:02d}{s.seq:06d}",
                "fob_value": money(s.monthly_sales(key[1]) * s.export_share / s.fx),
                "currency": "USD",
                "fx_rate": str(s.fx),
                "buyer": s.customers[i % len(s.customers)] if s.customers else "",
                "goods": s.products[0][0] if s.products else "",
            }
            for i, key in enumerate(MONTHS)
        ]
    if s.observation is not None:
        customers, ticket, days = s.observation
        case["business"]["observation"] = {
            "customers_per_day": str(customers),
            "average_ticket": money(ticket),
            "days_open_per_year": days,
        }
    return case


__all__ = [
    "APPLICATION",
    "MONTHS",
    "NORMS",
    "TODAY",
    "VISIT",
    "Story",
    "build",
    "card",
    "credit_code",
    "figure",
    "mobile",
    "money",
    "patent",
    "resident_id",
]
