"""Memo section 3: officer-built statements and cross-verification."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from domain.case import OPEX_FIELDS, BalanceSheet, Case, Figure, SeasonLine
from domain.enums import Light, label
from domain.i18n import Message, listing, tr_noop
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
    lines,
)
from domain.memo_format import (
    DASH,
    capitals,
    day,
    enum_text,
    fig_source,
    light_text,
    money,
    pct,
    signed_pct,
    t,
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


_SOURCE_LABELS = {
    "rule_pack": tr_noop("Rule pack"),
    "statement": tr_noop("Bank statements"),
    # where an estimate parameter comes from (domain.checks.parameters)
    "products": tr_noop("The case's products"),
    "income_statement": tr_noop("The case's income statement"),
    "case": tr_noop("The case's own figures"),
    "officer": tr_noop("Set by the officer"),
}


def source_label(source: Any) -> Text:
    """Label of a provenance value (declared / observed / document / computed,
    or the rule pack and bank statements of the checks)."""
    key = str(source or "")
    if not key:
        return DASH
    return Message(_SOURCE_LABELS.get(key) or label(key))


def basis(check: Any) -> Text:
    """Arithmetic and sources of a check, or what it was missing."""
    return explain(check, dec(check, "estimate"), missing_text(get(check, "missing")))


def explain(check: Any, estimate: Decimal | None, missing: Text) -> Text:
    """The arithmetic of a check and where its inputs came from."""
    if missing and estimate is None:
        return t(tr_noop("Missing: {inputs}"), inputs=missing)
    parts: list[Text] = []
    arithmetic = get(check, "arithmetic")
    if arithmetic is not None and as_text(arithmetic) != "":
        parts.append(as_text(arithmetic))
    sources: list[Text] = []
    for inp in items(check, "inputs"):
        src = source_label(get(inp, "source"))
        if src != DASH and src not in sources:
            sources.append(src)
    if sources:
        parts.append(t(tr_noop("Sources: {sources}"), sources=listing(sources)))
    return lines(parts) if parts else DASH


def _sales_rows(checks: list[Any]) -> list[list[Cell | Text]]:
    rows: list[list[Cell | Text]] = []
    for c in checks:
        estimate = dec(c, "estimate")
        rows.append(
            [
                str(get(c, "id", default="")),
                as_text(get(c, "name", "title")),
                Cell(money(estimate), numeric=True),
                Cell(signed_pct(dec(c, "deviation")), numeric=True),
                light_cell(get(c, "light")),
                explain(c, estimate, missing_text(get(c, "missing"))),
            ]
        )
    return rows


def cross_check_blocks(assessment: Any, bands: tuple[Decimal, Decimal]) -> list[Block]:
    """The sales estimates S1–S8 with deviation and light, the chart, verified
    figures, then every other check with its light and arithmetic."""
    checks = items(assessment, "checks", "check_results")
    if not checks:
        return [not_assessed()]
    sales = [c for c in checks if _is_sales_check(c)]
    others = [c for c in checks if not _is_sales_check(c)]
    blocks: list[Block] = []
    if sales:
        blocks.append(
            Table(
                [
                    t(tr_noop("Check")),
                    t(tr_noop("Estimate from")),
                    t(tr_noop("Annual sales")),
                    t(tr_noop("Deviation")),
                    t(tr_noop("Light")),
                    t(tr_noop("Arithmetic and source")),
                ],
                _sales_rows(sales),
                widths=(0.7, 2.2, 1.7, 1.1, 1.2, 5.1),
                numeric_columns=frozenset({2, 3}),
                title=t(tr_noop("Cross-verification of annual sales")),
            )
        )
    reference = dec(assessment, "reference_sales")
    if reference is None:
        refs = [dec(c, "reference") for c in sales]
        reference = next((r for r in refs if r is not None), None)
    verified = dec(assessment, "verified_sales")
    bars = [
        ChartBar(str(get(c, "id")), est, to_light(get(c, "light")) or Light.MISSING)
        for c in sales
        if (est := dec(c, "estimate")) is not None
    ]
    independent = [b for b in bars if b.label != "S1"]  # S1 is the declared figure
    if independent and reference is not None and reference > 0:
        green, amber = bands
        title = t(
            tr_noop("Annual sales estimates against the reference (±{g} green, ±{a} amber)"),
            g=pct(green, 0),
            a=pct(amber, 0),
        )
        blocks.append(SalesChart(title, bars, reference, green, amber))
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
    from domain.memo_judgement import parameters_block

    params = parameters_block(assessment)
    if params is not None:
        blocks.append(Paragraph(t(tr_noop("Parameters of the sales estimates")), style="heading"))
        blocks.append(params)
    if others:
        blocks.append(
            Table(
                [t(tr_noop("Check")), t(tr_noop("Light")), t(tr_noop("Arithmetic and source"))],
                [
                    [
                        as_text(get(c, "name", "title")),
                        light_cell(get(c, "light")),
                        explain(c, dec(c, "estimate"), missing_text(get(c, "missing"))),
                    ]
                    for c in others
                ],
                widths=(3, 1.2, 7.8),
                title=t(tr_noop("Other checks")),
            )
        )
    return blocks


def equity_block(assessment: Any) -> Block:
    eq = get(assessment, "equity")
    if eq is None:
        return not_assessed()
    check = get(eq, "check")
    rows: list[tuple[Text, Text]] = [
        (t(tr_noop("Expected equity")), money(dec(eq, "e_expected", "expected"))),
        (t(tr_noop("Actual equity")), money(dec(eq, "e_actual", "actual"))),
        (t(tr_noop("Deviation r1")), signed_pct(dec(check, "deviation"))),
        (t(tr_noop("Light")), light_text(to_light(get(eq, "light")))),
        (
            t(tr_noop("Expected equity with verified profit")),
            money(dec(eq, "e_expected_verified")),
        ),
        (
            t(tr_noop("Balances only with verified profit")),
            yes_no(get(eq, "balances_only_with_verified")),
        ),
    ]
    reason = get(eq, "not_computable")
    if reason is not None:
        rows.append((t(tr_noop("Not computable")), as_text(reason)))
    return KeyValues(rows)


DEFAULT_BANDS = (Decimal("0.10"), Decimal("0.20"))


def statements_section(
    case: Case, assessment: Any, bands: tuple[Decimal, Decimal] = DEFAULT_BANDS
) -> Section:
    blocks: list[Block] = [income_statement_table(case), household_table(case)]
    blocks.append(balance_sheet_table(case.balance_sheet))
    blocks += cross_check_blocks(assessment, bands)
    blocks.append(Paragraph(t(tr_noop("Equity reconciliation")), style="heading"))
    blocks.append(equity_block(assessment))
    return Section(3, t(tr_noop("Officer-built statements and cross-verification")), blocks)
