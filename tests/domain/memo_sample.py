"""A filled-in case, a stand-in assessment and flags, for the memo tests.

The assessment and flags here are plain objects shaped like the results of
``domain.assessment`` and ``domain.fraud`` so that the memo's reading of them
is tested on known figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal as D
from typing import Any

from domain.case import (
    Applicant,
    BalanceSheet,
    Business,
    Case,
    Collateral,
    Counterparty,
    CreditDebt,
    CreditReport,
    Equipment,
    Figure,
    FlagDisposition,
    Guarantor,
    HouseholdMember,
    IncomeStatement,
    LoanRequest,
    MeterReading,
    Officer,
    Person,
    Premises,
    Product,
    Proposal,
    SeasonLine,
    Visit,
)
from domain.enums import (
    CollateralType,
    DispositionStatus,
    FraudCategory,
    LoanPurpose,
    Provenance,
    Recommendation,
    Season,
    Severity,
)
from domain.i18n import Message

CST = timezone(timedelta(hours=8))
PRINT_TIME = datetime(2026, 11, 27, 10, 30, tzinfo=CST)
FULL_ID = "11010519491231002X"
FULL_PHONE = "13812345678"


def sample_case() -> Case:
    owner = Person(
        name="王建国",
        id_number=FULL_ID,
        birth_date=date(1949, 12, 31),
        phone=FULL_PHONE,
        address="浙江省台州市路桥区银安街88号",
        bank_account="6222021234561234",
    )
    return Case(
        uuid="6f1c2d3e-0000-4000-8000-000000000001",
        number="3301-20261127-0001",
        version=3,
        branch="台州路桥支行",
        officer=Officer("李晓明", "T0231"),
        second_officer=Officer("陈静", "T0198"),
        product="小微经营贷",
        applicant=Applicant(
            registered_name="路桥建国五金店",
            uscc="91331004MA2ABCDE1T",
            registration_date=date(2015, 3, 9),
            business_scope="五金交电、建材零售",
            owner=owner,
            spouse=Person(name="刘芳", id_number="330104198001011232", phone="13987654321"),
            marital_status="已婚",
            household=[HouseholdMember("王小军", "儿子", 20, "学生", None)],
        ),
        business=Business(
            industry="retail_hardware",
            years_operating_claimed=11,
            premises=Premises(
                address="路桥区银安街88号", owned=False, area_m2=D("120"), monthly_rent=D("6500")
            ),
            staff_claimed=6,
            staff_social_insurance=4,
            staff_observed=5,
            products=[Product("五金工具", D("0.6"), "件", D("35"), D("0.22"))],
            suppliers=[
                Counterparty("永康市恒达工具厂", share=D("0.45"), terms="月结30天", years=6)
            ],
            customers=[Counterparty("路桥区装修散户", share=D("0.7"), terms="现结")],
            equipment=[Equipment("货车", 1, None, 1)],
        ),
        loan=LoanRequest(
            amount=D("300000"),
            term_months=12,
            purpose="进货备货",
            application_date=date(2026, 11, 20),
            purpose_kind=LoanPurpose.WORKING_CAPITAL,
        ),
        visits=[
            Visit(
                started_at=datetime(2026, 11, 21, 9, 0, tzinfo=CST),
                ended_at=datetime(2026, 11, 21, 11, 30, tzinfo=CST),
                place="店铺",
                officers=["李晓明", "陈静"],
                persons_met=["王建国", "刘芳"],
                notes="盘点库存，核对进货单",
            ),
        ],
        meters=[
            MeterReading(
                month="2026-10", quantity=D("820"), amount_paid=D("615.00"), account_holder="王建国"
            )
        ],
        credit_report=CreditReport(
            consent_signed=True,
            consent_date=date(2026, 11, 20),
            debts=[CreditDebt("台州银行", "经营贷", D("100000"), D("9000"))],
        ),
        guarantors=[
            Guarantor(
                name="张伟",
                id_number="330102198501011236",
                relation="朋友",
                net_worth=D("800000"),
                guaranteed_amount=D("300000"),
            )
        ],
        collateral=[Collateral(CollateralType.HOUSING, "路桥区住宅 89㎡", "王建国", D("600000"))],
        balance_sheet=BalanceSheet(
            as_of=date(2026, 11, 21),
            cash=Figure(D("20000"), Provenance.OBSERVED),
            deposits=Figure(D("55000"), Provenance.DOCUMENT, "农商行对账单"),
            inventory_claimed=Figure(D("400000")),
            inventory_counted=Figure(D("350000"), Provenance.OBSERVED),
            payables=Figure(D("80000")),
            short_term_loans=Figure(D("100000"), Provenance.DOCUMENT, "征信报告"),
        ),
        income=IncomeStatement(
            seasons=[
                SeasonLine(
                    Season.SLACK,
                    4,
                    sales=Figure(D("100000")),
                    cogs=Figure(D("78000")),
                    rent=Figure(D("6500")),
                    wages=Figure(D("15000")),
                ),
                SeasonLine(
                    Season.PEAK,
                    8,
                    sales=Figure(D("150000")),
                    cogs=Figure(D("117000")),
                    rent=Figure(D("6500")),
                    wages=Figure(D("18000")),
                ),
            ],
            household_spending=Figure(D("8000")),
        ),
        proposal=Proposal(
            recommendation=Recommendation.APPROVE_WITH_CHANGES,
            amount=D("250000"),
            term_months=12,
            annual_rate=D("0.0585"),
            conditions=["受托支付至供应商账户", "追加配偶共同还款"],
            opinion="经营真实，建议核减额度后发放。",
            # the instalment finds no disposable income in the figures: an
            # approval then needs its reason written (printed in the memo)
            justification="配偶在外企工作，月收入一万二，另有担保人代偿能力充足。",
        ),
        dispositions=[
            FlagDisposition(
                "income.sales_deviation",
                DispositionStatus.DISMISSED,
                reason="旺季进货发票已核",
                by="李晓明",
            ),
            FlagDisposition(
                "purpose.request_exceeds_need",
                DispositionStatus.DISMISSED,
                reason="备货订单已核，资金需求测算未含新增订单",
                by="李晓明",
            ),
        ],
    )


@dataclass
class FakeCheck:
    id: str
    name: str
    estimate: D | None
    reference: D | None
    deviation: D | None
    light: str
    missing: list[str] = field(default_factory=list)
    arithmetic: str = ""
    inputs: dict[str, Any] = field(default_factory=dict)


@dataclass
class FakeAssessment:
    checks: list[FakeCheck]
    verified_sales: D
    reference_sales: D


def sample_assessment() -> FakeAssessment:
    ref = D("1600000")  # 100000 × 4 + 150000 × 8
    return FakeAssessment(
        checks=[
            FakeCheck("S1", "Declared", ref, ref, D("0"), "green", arithmetic="100000×4+150000×8"),
            FakeCheck(
                "S2",
                "From purchases",
                D("1500000"),
                ref,
                D("0.0625"),
                "green",
                arithmetic="1170000 ÷ (1 − 0.22)",
            ),
            FakeCheck("S6", "From electricity", D("1250000"), ref, D("0.21875"), "red"),
            FakeCheck("S7", "Customs", None, ref, None, "missing", missing=["customs data"]),
        ],
        verified_sales=D("1375000"),  # median of 1500000 and 1250000
        reference_sales=ref,
    )


@dataclass(frozen=True)
class FakeEvidence:
    label: str
    value: str
    source: str = ""
    threshold: str = ""


@dataclass(frozen=True)
class FakeFlag:
    rule: str
    category: FraudCategory
    severity: Severity
    message: Message
    evidence: list[FakeEvidence] = field(default_factory=list)


def sample_flags() -> list[FakeFlag]:
    return [
        FakeFlag(
            "income.sales_deviation",
            FraudCategory.INCOME,
            Severity.RED,
            Message("Electricity implies sales {pct} below the declared figure", {"pct": "21.9%"}),
            [FakeEvidence("Sales from electricity", "1,250,000.00", "meter", "20%")],
        ),
        FakeFlag(
            "employee.headcount",
            FraudCategory.EMPLOYEE,
            Severity.AMBER,
            Message("Claimed staff exceed the social-insurance count"),
        ),
    ]
