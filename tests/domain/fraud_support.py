"""A clean, realistic case (a convenience store in Linhai) and helpers for the
fraud-rule tests. Every figure is consistent with the shipped rule pack's
``retail`` norms, so that no rule fires on it; each test changes one thing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from domain.case import (
    Applicant,
    Attachment,
    BalanceSheet,
    BankTransaction,
    Business,
    Case,
    Counterparty,
    CreditDebt,
    CreditReport,
    EquityBridge,
    Figure,
    IncomeStatement,
    LoanRequest,
    MeterReading,
    Patent,
    Payee,
    Person,
    Product,
    Seal,
    SeasonLine,
    Visit,
)
from domain.enums import PatentType, Provenance, Season, TxCategory
from domain.fraud.base import FraudFlag
from domain.fraud.engine import evaluate_fraud
from domain.validators import uscc_check_char
from storage.rulepack_files import load_rule_pack

D = Decimal
CST = timezone(timedelta(hours=8))
TODAY = date(2026, 11, 2)
APPLICATION = date(2026, 11, 1)
USCC = "92331082MA2B3C4D5" + uscc_check_char("92331082MA2B3C4D5")
NAME = "临海市百佳便利店"
SUPPLIER = "台州市华润批发有限公司"


def fig(value: str, source: Provenance = Provenance.DECLARED) -> Figure:
    return Figure(D(value), source)


def valid_uscc(body17: str) -> str:
    return body17 + uscc_check_char(body17)


def months_before(n: int) -> list[tuple[int, int]]:
    """The n calendar months before November 2026, oldest first."""
    out = []
    y, m = 2026, 11
    for _ in range(n):
        m -= 1
        if m == 0:
            y, m = y - 1, 12
        out.append((y, m))
    return list(reversed(out))


def statement() -> list[BankTransaction]:
    """12 months: three irregular sales inflows (about 90% of sales, the rest is
    cash), one purchase (about the cost of goods) and one rent a month."""
    txs: list[BankTransaction] = []
    for i, (y, m) in enumerate(months_before(12)):
        for day, amount in ((3, "28345.60"), (12, "31456.70"), (24, "29987.30")):
            txs.append(
                BankTransaction(
                    date(y, m, day),
                    D(amount) + i,
                    "顾客转账",
                    "",
                    "",
                    TxCategory.SALES,
                    "6222021234",
                )
            )
        txs.append(
            BankTransaction(
                date(y, m, 15),
                D("-75010.00") - i,
                SUPPLIER,
                "33001234567890",
                "货款",
                TxCategory.PURCHASE,
                "6222021234",
            )
        )
        txs.append(
            BankTransaction(
                date(y, m, 5),
                D("-5000.00"),
                "临海市古城物业管理有限公司",
                "",
                "房租",
                TxCategory.EXPENSE,
                "6222021234",
            )
        )
    return txs


def clean_case() -> Case:
    """Annual sales 100,000 × 12 = 1,200,000; COGS 75,000 × 12 = 900,000;
    opex (5,000 + 9,600 + 1,200 + 700) × 12 = 198,000; profit 102,000.
    The real assessment finds every check green or missing except repayment
    capacity, and no fraud flag (``test_fraud_engine``)."""
    case = Case(number="3301-20261101-0001", branch="3301")
    case.applicant = Applicant(
        registered_name=NAME,
        uscc=USCC,
        registration_date=date(2018, 3, 1),
        business_scope="日用百货、预包装食品零售",
        registered_address="浙江省临海市古城街道东方大道88号",
        owner=Person(
            name="王建国",
            id_number="331082198001011234",
            phone="13857601234",
            address="浙江省临海市古城街道桃渚路12号",
            bank_account="6222021234567890123",
        ),
        spouse=Person(name="李秀英", phone="13957605678"),
    )
    case.business = Business(
        industry="retail",
        description="社区便利店，经营日用百货和食品",
        years_operating_claimed=8,
        staff_claimed=2,
        staff_social_insurance=2,
        staff_observed=2,
        payroll_monthly=D("9600"),
        products=[Product("日用百货", D("0.6"), "件", D("20"), D("0.25"))],
        suppliers=[Counterparty(SUPPLIER, valid_uscc("91331000MA2AAAAA1"), D("0.7"))],
    )
    case.business.premises.address = "浙江省临海市古城街道东方大道88号"
    case.loan = LoanRequest(
        amount=D("80000"),
        term_months=12,
        purpose="采购日用百货及食品，补充流动资金",
        application_date=APPLICATION,
        payee=Payee(
            name=SUPPLIER,
            uscc=valid_uscc("91331000MA2AAAAA1"),
            registration_date=date(2010, 5, 1),
            business_scope="日用百货、食品批发",
            phone="0576-85123456",
            bank_account="33001234567890",
        ),
    )
    case.visits = [
        Visit(
            started_at=datetime(2026, 10, 28, 9, 0, tzinfo=CST),
            ended_at=datetime(2026, 10, 28, 11, 0, tzinfo=CST),
            latitude=D("28.8580"),
            longitude=D("121.1450"),
            officers=["张敏", "陈立"],
        )
    ]
    case.attachments = [
        Attachment(
            filename="shop.jpg",
            kind="photo",
            exif_time=datetime(2026, 10, 28, 9, 30),
            exif_latitude=D("28.8585"),
            exif_longitude=D("121.1452"),
        )
    ]
    case.meters = [
        MeterReading(month=f"{y}-{m:02d}", quantity=D("800"), account_holder=NAME)
        for y, m in months_before(12)
    ]
    case.credit_report = CreditReport(
        consent_signed=True, debts=[CreditDebt("台州银行", "business loan", D("100000"))]
    )
    case.seals = [Seal(USCC, NAME)]
    case.patents = [Patent("ZL201920123456.5", "货架", PatentType.UTILITY_MODEL, NAME)]
    case.balance_sheet = BalanceSheet(
        as_of=date(2026, 10, 28),
        cash=fig("20000", Provenance.OBSERVED),
        deposits=fig("80000", Provenance.DOCUMENT),
        inventory_claimed=fig("150000"),
        inventory_counted=fig("148000", Provenance.OBSERVED),
        fixed_assets=fig("60000"),
        household_assets=fig("500000"),
        payables=fig("150000"),
        long_term_loans=fig("100000"),
    )
    case.income = IncomeStatement(
        seasons=[
            SeasonLine(
                Season.NORMAL,
                12,
                sales=fig("100000"),
                cogs=fig("75000"),
                rent=fig("5000"),
                wages=fig("9600"),
                utilities=fig("1200"),
                other=fig("700"),
            )
        ],
        household_spending=fig("5000"),
        other_household_income=fig("1000"),
    )
    # E_expected = 500,000 + 102,000 + 12 × 1,000 − 60,000 = 554,000;
    # E_actual = 808,000 − 250,000 = 558,000; r1 = 4,000 / 554,000 ≈ +0.7 %.
    case.equity = EquityBridge(
        equity_start=fig("500000"), period_months=12, withdrawals=fig("60000")
    )
    case.transactions = statement()
    return case


@dataclass
class FakeCheck:
    id: str
    name: str
    estimate: Decimal
    reference: Decimal
    deviation: Decimal


@dataclass
class FakeEquity:
    r1: Decimal | None = None
    r1_verified: Decimal | None = None
    e_expected: Decimal | None = None
    e_actual: Decimal | None = None


@dataclass
class FakeWorkingCapital:
    loan_need: Decimal | None = None


@dataclass
class FakeAssessment:
    """The parts of the assessment the fraud rules read."""

    checks: list[FakeCheck] = field(default_factory=list)
    equity: FakeEquity | None = None
    working_capital: FakeWorkingCapital | None = None


def clean_assessment() -> FakeAssessment:
    """S6 from power: 800 kWh ÷ 8 kWh per ¥1,000 × 12 = ¥1,200,000 (deviation 0);
    loan need 82,365.50 for a request of 80,000 (ratio 0.97)."""
    return FakeAssessment(
        checks=[FakeCheck("S6", "utilities", D("1200000"), D("1200000"), D("0"))],
        equity=FakeEquity(D("0.007"), D("0.008"), D("554000"), D("558000")),
        working_capital=FakeWorkingCapital(D("82365.50")),
    )


def pack() -> Any:
    return load_rule_pack()


def flags_of(
    case: Case, assessment: Any = None, other_cases: tuple[Case, ...] = ()
) -> dict[str, FraudFlag]:
    flags = evaluate_fraud(case, assessment, pack(), today=TODAY, other_cases=other_cases)
    return {f.rule: f for f in flags}
