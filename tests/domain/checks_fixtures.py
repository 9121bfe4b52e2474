"""A clean, hand-computable plastics workshop for the check tests.

Figures (annual unless said):
  sales 270,000 / month × 12 = 3,240,000 (S1)
  COGS 205,200 / month × 12 = 2,462,400 → gross margin 777,600 / 3,240,000 = 0.24
  opex 30,000 / month × 12 = 360,000 → operating profit 777,600 − 360,000 = 417,600
  electricity 18,000 kWh × 12 = 216,000 kWh ÷ 0.9 kWh/kg × ¥13.5/kg = 3,240,000 (S6)
  VAT paid 29,160 ÷ 1 % levy = 2,916,000 (S3)
  assets 50k + 150k + 200k + 300k (counted) + 600k + 1,000k = 2,300,000
  liabilities 180k payables + 300k short-term loans = 480,000 → E_actual 1,820,000
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.case import (
    BalanceSheet,
    Case,
    Figure,
    IncomeStatement,
    MeterReading,
    SeasonLine,
)
from domain.enums import Provenance, RepaymentType, Season, TaxpayerType

D = Decimal
TODAY = date(2026, 11, 27)


def fig(value: str | int, source: Provenance = Provenance.DECLARED) -> Figure:
    return Figure(D(value), source)


def plastics_case() -> Case:
    case = Case(number="3301-20261127-0001", version=3)
    case.business.industry = "plastics"
    case.income = IncomeStatement(
        seasons=[
            SeasonLine(
                season=Season.NORMAL,
                months=12,
                sales=fig(270000),
                cogs=fig(205200),
                rent=fig(6000),
                wages=fig(13000),
                utilities=fig(8000),
                transport=fig(1500),
                tax=fig(1000),
                other=fig(500),
            )
        ],
        existing_instalments_business=fig(5000),
        household_spending=fig(8000),
        other_household_income=fig(2000),
    )
    case.meters = [
        MeterReading(month=f"2025-{m:02d}", quantity=D(18000), account_holder="王")
        for m in range(12, 13)
    ] + [MeterReading(month=f"2026-{m:02d}", quantity=D(18000)) for m in range(1, 12)]
    case.tax.taxpayer_type = TaxpayerType.SMALL_SCALE
    case.tax.months = 12
    case.tax.vat_paid = D(29160)
    case.tax.levy_rate = D("0.01")
    case.balance_sheet = BalanceSheet(
        as_of=TODAY,
        cash=fig(50000),
        deposits=fig(150000),
        receivables=fig(200000),
        inventory_claimed=fig(320000),
        inventory_counted=fig(300000, Provenance.OBSERVED),
        fixed_assets=fig(600000),
        household_assets=fig(1000000),
        payables=fig(180000),
        short_term_loans=fig(300000),
    )
    case.equity.equity_start = fig(1500000)
    case.equity.period_months = 12
    case.equity.withdrawals = fig(120000)
    case.equity.depreciation = fig(30000)
    case.business.staff_claimed = 3
    case.business.staff_social_insurance = 2
    case.business.staff_observed = 3
    case.business.payroll_monthly = D(13000)
    case.loan.amount = D(240000)
    case.loan.term_months = 24
    case.loan.repayment_type = RepaymentType.EQUAL_PRINCIPAL
    case.loan.application_date = date(2026, 11, 20)
    case.proposal.annual_rate = D("0.06")
    return case
