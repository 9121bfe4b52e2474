"""Memo sections 4–6: credit standing, purpose and working-capital need,
repayment capacity."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from domain.case import Case
from domain.enums import LoanPurpose
from domain.i18n import tr_noop
from domain.memo import (
    Block,
    Cell,
    KeyValues,
    Paragraph,
    Section,
    Table,
    Text,
)
from domain.memo_figures import explain, not_assessed
from domain.memo_format import (
    DASH,
    day,
    enum_text,
    light_text,
    mask_account,
    money,
    number,
    pct,
    t,
    text,
    to_light,
    yes_no,
)
from domain.memo_inputs import dec, get, items, missing_text

# ---- section 4 -----------------------------------------------------------------


def credit_section(case: Case) -> Section:
    cr = case.credit_report
    blocks: list[Block] = [
        KeyValues(
            [
                (t(tr_noop("Consent to credit query signed")), yes_no(cr.consent_signed)),
                (t(tr_noop("Consent date")), day(cr.consent_date)),
                (t(tr_noop("Credit report queried on")), day(cr.query_date)),
                (t(tr_noop("Overdues in 24 months")), number(cr.overdues_24m)),
                (t(tr_noop("Inquiries in 6 months")), number(cr.inquiries_6m)),
            ]
        )
    ]
    if cr.debts:
        total = sum((d.balance or Decimal(0) for d in cr.debts), Decimal(0))
        monthly = sum((d.monthly_payment or Decimal(0) for d in cr.debts), Decimal(0))
        rows: list[list[Cell | Text]] = [
            [
                text(d.lender),
                text(d.kind),
                Cell(money(d.balance), numeric=True),
                Cell(money(d.monthly_payment), numeric=True),
                yes_no(d.overdue),
                day(d.maturity),
            ]
            for d in cr.debts
        ]
        rows.append(
            [
                t(tr_noop("Total")),
                "",
                Cell(money(total), numeric=True),
                Cell(money(monthly), numeric=True),
                "",
                "",
            ]
        )
        blocks.append(
            Table(
                [
                    t(tr_noop("Lender")),
                    t(tr_noop("Kind")),
                    t(tr_noop("Balance")),
                    t(tr_noop("Monthly payment")),
                    t(tr_noop("Overdue")),
                    t(tr_noop("Maturity")),
                ],
                rows,
                widths=(3, 2, 1.8, 1.8, 1, 1.6),
                numeric_columns=frozenset({2, 3}),
                total_rows=1,
                title=t(tr_noop("Debts in the credit report")),
            )
        )
    else:
        blocks.append(Paragraph(t(tr_noop("No debts in the credit report.")), style="note"))
    if cr.notes:
        blocks.append(Paragraph(cr.notes))
    return Section(4, t(tr_noop("Credit standing")), blocks)


# ---- section 5 -----------------------------------------------------------------


def purpose_section(case: Case, assessment: Any) -> Section:
    from domain.memo_judgement import need_rows

    loan = case.loan
    payee = loan.payee
    blocks: list[Block] = [
        KeyValues(
            [
                (t(tr_noop("Purpose")), text(loan.purpose)),
                *need_rows(case),
                (t(tr_noop("Amount requested")), money(loan.amount)),
                (t(tr_noop("Term (months)")), number(loan.term_months)),
                (t(tr_noop("Repayment")), enum_text(loan.repayment_type)),
                (t(tr_noop("Application date")), day(loan.application_date)),
                (t(tr_noop("Expected growth")), pct(loan.expected_growth)),
                (t(tr_noop("Designated payee")), text(payee.name)),
                (t(tr_noop("Payee credit code")), text(payee.uscc)),
                (t(tr_noop("Payee registered on")), day(payee.registration_date)),
                (
                    t(tr_noop("Payee account")),
                    mask_account(payee.bank_account) if payee.bank_account else DASH,
                ),
            ]
        ),
        Paragraph(
            t(tr_noop("Working-capital need"))
            if loan.purpose_kind in (None, LoanPurpose.WORKING_CAPITAL)
            else t(tr_noop("Need of the loan's purpose")),
            style="heading",
        ),
    ]
    wc = get(assessment, "working_capital")
    wc_check = next(
        (
            c
            for c in items(assessment, "checks")
            if get(c, "id") in ("working_capital", "purpose_need")
        ),
        None,
    )
    if wc is None and wc_check is None:
        blocks.append(not_assessed())
    elif wc is None:
        blocks.append(
            KeyValues(
                [
                    (t(tr_noop("Light")), light_text(to_light(get(wc_check, "light")))),
                    (
                        t(tr_noop("Note")),
                        explain(wc_check, None, missing_text(get(wc_check, "missing"))),
                    ),
                ]
            )
        )
    else:
        blocks.append(
            KeyValues(
                [
                    (t(tr_noop("Annual sales used")), money(dec(wc, "sales"))),
                    (t(tr_noop("Net margin")), pct(dec(wc, "net_margin"))),
                    (t(tr_noop("Cash cycle (days)")), number(dec(wc, "cycle_days"), 1)),
                    (t(tr_noop("Turns per year")), number(dec(wc, "turns"), 2)),
                    (t(tr_noop("Working capital needed")), money(dec(wc, "need"))),
                    (t(tr_noop("Own working capital")), money(dec(wc, "own_working_capital"))),
                    (
                        t(tr_noop("Existing working-capital loans")),
                        money(dec(wc, "existing_loans")),
                    ),
                    (t(tr_noop("Other financing")), money(dec(wc, "other_financing"))),
                    (t(tr_noop("Loan need")), money(dec(wc, "loan_need"))),
                    (t(tr_noop("Request ÷ loan need")), pct(dec(wc_check, "deviation"))),
                    (t(tr_noop("Light")), light_text(to_light(get(wc_check, "light")))),
                ]
            )
        )
    if case.contracts:
        blocks.append(
            Table(
                [
                    t(tr_noop("Counterparty")),
                    t(tr_noop("Item")),
                    t(tr_noop("Amount")),
                    t(tr_noop("Signed")),
                    t(tr_noop("Delivery by")),
                ],
                [
                    [
                        text(c.counterparty),
                        text(c.item),
                        Cell(money(c.amount), numeric=True),
                        day(c.signed_on),
                        day(c.delivery_by),
                    ]
                    for c in case.contracts
                ],
                widths=(3.5, 2.5, 1.8, 1.4, 1.4),
                numeric_columns=frozenset({2}),
                title=t(tr_noop("Contracts presented")),
            )
        )
    return Section(5, t(tr_noop("Purpose and need")), blocks)


# ---- section 6 -----------------------------------------------------------------

SCHEDULE_ROWS = 6


def repayment_section(case: Case, assessment: Any) -> Section:
    """First periods of the schedule with the totals, the annualised rate and
    the capacity ratio (new instalment ÷ monthly disposable income)."""
    rep = get(assessment, "repayment")
    capacity = next(
        (c for c in items(assessment, "checks") if get(c, "id") == "repayment_capacity"), None
    )
    title = t(tr_noop("Repayment capacity"))
    if rep is None and capacity is None:
        return Section(6, title, [not_assessed()])
    lines_ = items(rep, "rows")
    blocks: list[Block] = []
    if lines_:
        rows: list[list[Cell | Text]] = []
        for line in lines_[:SCHEDULE_ROWS]:
            rows.append(
                [
                    str(get(line, "period", default="")),
                    day(get(line, "on")),
                    Cell(money(dec(line, "payment")), numeric=True),
                    Cell(money(dec(line, "principal")), numeric=True),
                    Cell(money(dec(line, "interest")), numeric=True),
                    Cell(money(dec(line, "balance")), numeric=True),
                ]
            )
        if len(lines_) > SCHEDULE_ROWS:
            rest = t(tr_noop("… {n} more periods"), n=len(lines_) - SCHEDULE_ROWS)
            rows.append([Cell(rest), "", "", "", "", ""])
        total_principal = sum((dec(x, "principal") or Decimal(0) for x in lines_), Decimal(0))
        rows.append(
            [
                t(tr_noop("Total")),
                t(tr_noop("{n} periods"), n=len(lines_)),
                Cell(money(dec(rep, "total_payment")), numeric=True),
                Cell(money(total_principal), numeric=True),
                Cell(money(dec(rep, "total_interest")), numeric=True),
                "",
            ]
        )
        blocks.append(
            Table(
                [
                    t(tr_noop("Period")),
                    t(tr_noop("Due")),
                    t(tr_noop("Payment")),
                    t(tr_noop("Principal")),
                    t(tr_noop("Interest")),
                    t(tr_noop("Balance")),
                ],
                rows,
                widths=(1, 1.8, 2, 2, 2, 2),
                numeric_columns=frozenset({2, 3, 4, 5}),
                total_rows=1,
                title=t(tr_noop("Repayment schedule (first periods and totals)")),
            )
        )
    kind = get(rep, "kind")
    blocks.append(
        KeyValues(
            [
                (t(tr_noop("Repayment")), enum_text(kind) if kind is not None else DASH),
                (t(tr_noop("Loan amount")), money(dec(rep, "principal"))),
                (t(tr_noop("Nominal annual rate")), pct(dec(rep, "annual_rate"), 2)),
                (t(tr_noop("Total interest")), money(dec(rep, "total_interest"))),
                (t(tr_noop("Annualised rate (IRR)")), pct(dec(rep, "annualised_rate"), 2)),
                (t(tr_noop("Effective annual rate")), pct(dec(rep, "effective_annual_rate"), 2)),
                (t(tr_noop("Monthly instalment")), money(dec(rep, "typical_monthly_payment"))),
                (
                    t(tr_noop("Monthly disposable income")),
                    money(dec(assessment, "monthly_disposable")),
                ),
                (t(tr_noop("Instalment ÷ disposable income")), pct(dec(capacity, "deviation"))),
                (t(tr_noop("Light")), light_text(to_light(get(capacity, "light")))),
            ]
        )
    )
    if capacity is not None:
        blocks.append(Paragraph(explain(capacity, dec(capacity, "estimate"), ""), style="note"))
    return Section(6, title, blocks)
