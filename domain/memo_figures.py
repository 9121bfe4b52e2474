"""Memo sections 3–6: statements and cross-verification, credit standing,
purpose and need, repayment capacity."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from domain.case import OPEX_FIELDS, BalanceSheet, Case, Figure, SeasonLine
from domain.enums import Light
from domain.i18n import Message, tr_noop
from domain.memo import (
    Block,
    Cell,
    ChartBar,
    KeyValues,
    Paragraph,
    SalesChart,
    Section,
    Table,
    Text,
)
from domain.memo_format import (
    DASH,
    capitals,
    day,
    enum_text,
    fig_source,
    light_text,
    mask_account,
    money,
    number,
    pct,
    signed_pct,
    t,
    text,
    to_light,
    yes_no,
)
from domain.memo_inputs import as_text, dec, get, items, missing_text

NOT_ASSESSED = tr_noop("Not yet assessed: run the cross-verification to fill this part.")


def not_assessed() -> Paragraph:
    return Paragraph(t(NOT_ASSESSED), style="missing")


def light_cell(light: Any) -> Cell:
    lt = to_light(light)
    return Cell(light_text(lt), light=lt)


# ---- section 3 -----------------------------------------------------------------

_IS_ROWS: tuple[tuple[str, str], ...] = (
    ("sales", tr_noop("Sales")),
    ("cogs", tr_noop("Cost of goods sold")),
    ("gross", tr_noop("Gross profit")),
    ("rent", tr_noop("Rent")),
    ("wages", tr_noop("Wages")),
    ("utilities", tr_noop("Utilities")),
    ("transport", tr_noop("Transport")),
    ("tax", tr_noop("Tax")),
    ("other", tr_noop("Other expenses")),
    ("operating", tr_noop("Operating profit")),
)


def _line_value(line: SeasonLine, key: str) -> Decimal | None:
    """Monthly figure of one season line; derived rows computed from the others."""

    def v(name: str) -> Decimal | None:
        f: Figure = getattr(line, name)
        return f.value

    if key == "gross":
        s, c = v("sales"), v("cogs")
        return None if s is None or c is None else s - c
    if key == "operating":
        s, c = v("sales"), v("cogs")
        if s is None or c is None:
            return None
        return s - c - sum((v(n) or Decimal(0) for n in OPEX_FIELDS), Decimal(0))
    return v(key)


def _sources(lines: list[SeasonLine], key: str) -> Text:
    if key in ("gross", "operating"):
        return Message(tr_noop("Computed"))
    seen: list[Any] = []
    for line in lines:
        f: Figure = getattr(line, key)
        if f.value is not None:
            src = fig_source(f)
            if src not in seen:
                seen.append(src)
    if not seen:
        return DASH
    if len(seen) == 1:
        first: Text = seen[0]
        return first
    return t(tr_noop("Mixed sources"))


def income_statement_table(case: Case) -> Block:
    lines = list(case.income.seasons)
    if not lines:
        return Paragraph(t(tr_noop("No income statement entered.")), style="missing")
    header: list[Text] = [t(tr_noop("Item (per month)"))]
    header += [
        t(tr_noop("{season} ({months} mo.)"), season=enum_text(line.season), months=line.months)
        for line in lines
    ]
    header += [t(tr_noop("Annual")), t(tr_noop("Source"))]
    rows: list[list[Cell | Text]] = []
    for key, name in _IS_ROWS:
        row: list[Cell | Text] = [t(name)]
        annual: Decimal | None = Decimal(0)
        for line in lines:
            value = _line_value(line, key)
            row.append(Cell(money(value), numeric=True))
            if value is None or annual is None:
                annual = None
            else:
                annual += value * line.months
        row.append(Cell(money(annual), numeric=True))
        row.append(_sources(lines, key))
        rows.append(row)
    n = len(lines)
    widths = (2.6, *([1.7] * n), 1.9, 1.6)
    return Table(
        header,
        rows,
        widths=widths,
        numeric_columns=frozenset(range(1, n + 2)),
        title=t(tr_noop("Income statement by season (built by the officer)")),
    )


def household_table(case: Case) -> Block:
    inc = case.income
    entries = (
        (tr_noop("Existing instalments, business (monthly)"), inc.existing_instalments_business),
        (tr_noop("Existing instalments, personal (monthly)"), inc.existing_instalments_personal),
        (tr_noop("Household spending (monthly)"), inc.household_spending),
        (tr_noop("Other household income (monthly)"), inc.other_household_income),
    )
    return Table(
        [t(tr_noop("Item")), t(tr_noop("Amount")), t(tr_noop("Source"))],
        [[t(name), Cell(money(f.value), numeric=True), fig_source(f)] for name, f in entries],
        widths=(5, 2, 3),
        numeric_columns=frozenset({1}),
    )


_ASSETS: tuple[tuple[str, str], ...] = (
    ("cash", tr_noop("Cash")),
    ("deposits", tr_noop("Bank deposits")),
    ("receivables", tr_noop("Receivables")),
    ("prepayments", tr_noop("Prepayments")),
    ("inventory_counted", tr_noop("Inventory (counted)")),
    ("fixed_assets", tr_noop("Fixed assets")),
    ("prepaid_rent", tr_noop("Prepaid rent and deposits")),
    ("other_business_assets", tr_noop("Other business assets")),
    ("household_assets", tr_noop("Household assets")),
)
_LIABILITIES: tuple[tuple[str, str], ...] = (
    ("payables", tr_noop("Payables")),
    ("advances_received", tr_noop("Advances received")),
    ("credit_cards", tr_noop("Credit cards")),
    ("short_term_loans", tr_noop("Short-term loans")),
    ("long_term_loans", tr_noop("Long-term loans")),
    ("private_loans", tr_noop("Private loans")),
    ("other_liabilities", tr_noop("Other liabilities")),
)


def balance_sheet_table(bs: BalanceSheet) -> Block:
    rows: list[list[Cell | Text]] = []

    def add(items_: tuple[tuple[str, str], ...]) -> Decimal:
        total = Decimal(0)
        for name, caption in items_:
            f: Figure = getattr(bs, name)
            rows.append([t(caption), Cell(money(f.value), numeric=True), fig_source(f)])
            total += f.value or Decimal(0)
        return total

    rows.append([Cell(t(tr_noop("Assets"))), "", ""])
    assets = add(_ASSETS)
    rows.append(
        [t(tr_noop("Total assets")), Cell(money(assets), numeric=True), t(tr_noop("Computed"))]
    )
    rows.append([Cell(t(tr_noop("Liabilities"))), "", ""])
    liabilities = add(_LIABILITIES)
    rows.append(
        [
            t(tr_noop("Total liabilities")),
            Cell(money(liabilities), numeric=True),
            t(tr_noop("Computed")),
        ]
    )
    rows.append(
        [
            t(tr_noop("Equity")),
            Cell(money(assets - liabilities), numeric=True),
            t(tr_noop("Computed")),
        ]
    )
    for caption, f in (
        (tr_noop("Inventory claimed by the applicant"), bs.inventory_claimed),
        (tr_noop("Guarantees given for others (contingent)"), bs.guarantees_given),
        (tr_noop("Off-balance items"), bs.off_balance),
    ):
        rows.append([t(caption), Cell(money(f.value), numeric=True), fig_source(f)])
    title = t(tr_noop("Balance sheet at {date} (built by the officer)"), date=day(bs.as_of))
    return Table(
        [t(tr_noop("Item")), t(tr_noop("Amount")), t(tr_noop("Source"))],
        rows,
        widths=(5, 2.2, 2.8),
        numeric_columns=frozenset({1}),
        title=title,
    )


def _is_sales_check(check: Any) -> bool:
    cid = str(get(check, "id", default=""))
    return len(cid) == 2 and cid[0] == "S" and cid[1].isdigit()


def cross_check_blocks(assessment: Any) -> list[Block]:
    checks = items(assessment, "checks", "check_results")
    if not checks:
        return [not_assessed()]
    rows: list[list[Cell | Text]] = []
    for c in checks:
        estimate = dec(c, "estimate")
        missing = missing_text(get(c, "missing"))
        basis: Text = (
            t(tr_noop("Missing: {inputs}"), inputs=missing)
            if missing and estimate is None
            else str(get(c, "arithmetic", default="")) or DASH
        )
        is_sales = _is_sales_check(c)
        rows.append(
            [
                str(get(c, "id", default="")),
                as_text(get(c, "name", "title")),
                Cell(money(estimate) if is_sales else number(estimate, 2), numeric=True),
                Cell(signed_pct(dec(c, "deviation")), numeric=True),
                light_cell(get(c, "light")),
                basis,
            ]
        )
    blocks: list[Block] = [
        Table(
            [
                t(tr_noop("Check")),
                t(tr_noop("Estimate from")),
                t(tr_noop("Estimate")),
                t(tr_noop("Deviation")),
                t(tr_noop("Light")),
                t(tr_noop("Arithmetic and source")),
            ],
            rows,
            widths=(0.8, 2.6, 1.8, 1.3, 1.3, 4.6),
            numeric_columns=frozenset({2, 3}),
            title=t(tr_noop("Cross-verification of annual sales and other checks")),
        )
    ]
    reference = dec(assessment, "reference_sales", "sales_reference")
    if reference is None:
        refs = [dec(c, "reference") for c in checks if _is_sales_check(c)]
        reference = next((r for r in refs if r is not None), None)
    verified = dec(assessment, "verified_sales")
    blocks.append(
        KeyValues(
            [
                (t(tr_noop("Reference annual sales")), money(reference)),
                (t(tr_noop("Verified annual sales")), money(verified)),
                (t(tr_noop("Verified annual profit")), money(dec(assessment, "verified_profit"))),
                (t(tr_noop("Verified sales in capitals")), capitals(verified)),
            ]
        )
    )
    bars = [
        ChartBar(str(get(c, "id")), est, to_light(get(c, "light")) or Light.MISSING)
        for c in checks
        if _is_sales_check(c) and (est := dec(c, "estimate")) is not None
    ]
    if bars and reference is not None and reference > 0:
        green = dec(assessment, "green_band") or Decimal("0.10")
        amber = dec(assessment, "amber_band") or Decimal("0.20")
        blocks.append(
            SalesChart(
                t(
                    tr_noop(
                        "Annual sales estimates against the reference (±{g} green, ±{a} amber)"
                    ),
                    g=pct(green, 0),
                    a=pct(amber, 0),
                ),
                bars,
                reference,
                green,
                amber,
            )
        )
    return blocks


def equity_block(assessment: Any) -> Block:
    eq = get(assessment, "equity")
    if eq is None:
        return not_assessed()
    reason = get(eq, "reason", "note", "not_computable_reason")
    rows: list[tuple[Text, Text]] = [
        (t(tr_noop("Expected equity")), money(dec(eq, "expected", "e_expected"))),
        (t(tr_noop("Actual equity")), money(dec(eq, "actual", "e_actual"))),
        (t(tr_noop("Deviation r1")), signed_pct(dec(eq, "ratio", "r1", "deviation"))),
        (t(tr_noop("Light")), light_text(to_light(get(eq, "light")))),
        (
            t(tr_noop("Expected equity with verified profit")),
            money(dec(eq, "expected_verified", "expected_with_verified_profit")),
        ),
    ]
    if reason:
        rows.append((t(tr_noop("Note")), as_text(reason)))
    return KeyValues(rows)


def statements_section(case: Case, assessment: Any) -> Section:
    blocks: list[Block] = [income_statement_table(case), household_table(case)]
    blocks.append(balance_sheet_table(case.balance_sheet))
    blocks += cross_check_blocks(assessment)
    blocks.append(Paragraph(t(tr_noop("Equity reconciliation")), style="heading"))
    blocks.append(equity_block(assessment))
    return Section(3, t(tr_noop("Officer-built statements and cross-verification")), blocks)


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
    loan = case.loan
    payee = loan.payee
    blocks: list[Block] = [
        KeyValues(
            [
                (t(tr_noop("Purpose")), text(loan.purpose)),
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
        Paragraph(t(tr_noop("Working-capital need")), style="heading"),
    ]
    wc = get(assessment, "working_capital", "working_capital_need", "need")
    if wc is None:
        blocks.append(not_assessed())
    else:
        blocks.append(
            KeyValues(
                [
                    (t(tr_noop("Turns per year")), number(dec(wc, "turns"), 2)),
                    (
                        t(tr_noop("Working capital needed")),
                        money(dec(wc, "need", "working_capital")),
                    ),
                    (
                        t(tr_noop("Own working capital")),
                        money(dec(wc, "own_working_capital", "own")),
                    ),
                    (t(tr_noop("Loan need")), money(dec(wc, "loan_need"))),
                    (
                        t(tr_noop("Request ÷ loan need")),
                        number(dec(wc, "ratio", "request_ratio"), 2),
                    ),
                    (t(tr_noop("Light")), light_text(to_light(get(wc, "light")))),
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
    rep = get(assessment, "repayment")
    if rep is None:
        return Section(6, t(tr_noop("Repayment capacity")), [not_assessed()])
    lines = items(rep, "schedule", "rows", "lines", "instalments")
    blocks: list[Block] = []
    if lines:
        rows: list[list[Cell | Text]] = []
        for i, line in enumerate(lines[:SCHEDULE_ROWS], start=1):
            rows.append(
                [
                    str(get(line, "period", "number", "n", default=i)),
                    day(get(line, "due", "date", "on")),
                    Cell(money(dec(line, "payment", "instalment", "total")), numeric=True),
                    Cell(money(dec(line, "principal")), numeric=True),
                    Cell(money(dec(line, "interest")), numeric=True),
                    Cell(money(dec(line, "balance", "remaining")), numeric=True),
                ]
            )
        if len(lines) > SCHEDULE_ROWS:
            rows.append([f"… {len(lines) - SCHEDULE_ROWS}", "", "", "", "", ""])
        tot_pay = sum(
            (dec(x, "payment", "instalment", "total") or Decimal(0) for x in lines), Decimal(0)
        )
        tot_pri = sum((dec(x, "principal") or Decimal(0) for x in lines), Decimal(0))
        tot_int = sum((dec(x, "interest") or Decimal(0) for x in lines), Decimal(0))
        rows.append(
            [
                t(tr_noop("Total")),
                t(tr_noop("{n} periods"), n=len(lines)),
                Cell(money(tot_pay), numeric=True),
                Cell(money(tot_pri), numeric=True),
                Cell(money(tot_int), numeric=True),
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
    capacity = dec(rep, "capacity_ratio", "capacity")
    blocks.append(
        KeyValues(
            [
                (
                    t(tr_noop("Repayment")),
                    enum_text(get(rep, "repayment_type"))
                    if get(rep, "repayment_type") is not None
                    else enum_text(case.proposal.repayment_type),
                ),
                (t(tr_noop("Total interest")), money(dec(rep, "total_interest"))),
                (
                    t(tr_noop("Annualised rate (IRR)")),
                    pct(dec(rep, "annualised_rate", "apr", "irr"), 2),
                ),
                (
                    t(tr_noop("First instalment")),
                    money(dec(rep, "first_instalment", "instalment", "monthly_instalment")),
                ),
                (
                    t(tr_noop("Monthly disposable income")),
                    money(dec(rep, "monthly_disposable", "disposable_income")),
                ),
                (t(tr_noop("Instalment ÷ disposable income")), pct(capacity)),
                (t(tr_noop("Light")), light_text(to_light(get(rep, "light", "capacity_light")))),
            ]
        )
    )
    return Section(6, t(tr_noop("Repayment capacity")), blocks)


_ = (Light, Figure)
