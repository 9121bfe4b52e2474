"""Plain figures of the case that several fraud rules read (DOMAIN.md §3).

Sums treat an unknown figure as absent: a total is ``None`` only when every
part is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.case import ASSET_FIELDS, LIABILITY_FIELDS, OPEX_FIELDS, Case, Figure
from domain.fraud.base import RuleContext
from domain.statement_patterns import split_lines
from domain.statement_scan import StatementLines


def total(values: Iterable[Decimal | None]) -> Decimal | None:
    known = [v for v in values if v is not None]
    return sum(known, Decimal("0")) if known else None


def annual(case: Case, attr: str) -> Decimal | None:
    """Σ over seasons of the per-month ``attr`` × months (annual sales, COGS …)."""
    parts: list[Decimal | None] = []
    for line in case.income.seasons:
        fig: Figure = getattr(line, attr)
        parts.append(None if fig.value is None else fig.value * line.months)
    return total(parts)


def annual_sales(case: Case) -> Decimal | None:
    return annual(case, "sales")


def annual_cogs(case: Case) -> Decimal | None:
    return annual(case, "cogs")


def annual_opex(case: Case) -> Decimal | None:
    return total(annual(case, name) for name in OPEX_FIELDS)


def annual_operating_profit(case: Case) -> Decimal | None:
    sales, cogs, opex = annual_sales(case), annual_cogs(case), annual_opex(case)
    if sales is None:
        return None
    return sales - (cogs or Decimal("0")) - (opex or Decimal("0"))


def total_assets(case: Case) -> Decimal | None:
    bs = case.balance_sheet
    return total(getattr(bs, name).value for name in ASSET_FIELDS)


def total_liabilities(case: Case) -> Decimal | None:
    bs = case.balance_sheet
    return total(getattr(bs, name).value for name in LIABILITY_FIELDS)


def inventory(case: Case) -> Decimal | None:
    """Stock at cost: counted when the officer counted it, else claimed."""
    bs = case.balance_sheet
    if bs.inventory_counted.value is not None:
        return bs.inventory_counted.value
    return bs.inventory_claimed.value


def equity_r1(case: Case) -> tuple[Decimal, Decimal, Decimal] | None:
    """``(r1, E_expected, E_actual)`` with the declared profit (DOMAIN.md §4.2),
    or ``None`` when not computable (E_start unknown, no period, E_expected ≤ 0)."""
    eq = case.equity
    if eq.equity_start.value is None or not eq.period_months:
        return None
    profit = annual_operating_profit(case)
    if profit is None:
        return None
    months = Decimal(eq.period_months)
    other_income = (case.income.other_household_income.value or Decimal("0")) * months
    expected = (
        eq.equity_start.value
        + profit * months / 12
        + (eq.capital_injected.value or Decimal("0"))
        + other_income
        - (eq.withdrawals.value or Decimal("0"))
        - (eq.depreciation.value or Decimal("0"))
        + (eq.revaluation.value or Decimal("0"))
    )
    assets = total_assets(case)
    if expected <= 0 or assets is None:
        return None
    actual = assets - (total_liabilities(case) or Decimal("0"))
    return ((actual - expected) / abs(expected), expected, actual)


def norm_text(text: str) -> str:
    """Names compared loosely: no spaces, full-width brackets as half-width, upper case."""
    return "".join(text.split()).replace("（", "(").replace("）", ")").upper()


@dataclass(frozen=True)
class StatementFacts:
    """What several rules read off the statement lines, gathered in one pass.

    ``payers`` / ``payees``: the counterparties of inflows / outflows as
    :func:`norm_text` writes them; ``accounts``: the applicant's own accounts
    (``BankTransaction.account``) in line order, each once; ``first_date``:
    the earliest dated line."""

    payers: frozenset[str]
    payees: frozenset[str]
    accounts: tuple[str, ...]
    first_date: date | None


def statement_lines(ctx: RuleContext) -> StatementLines:
    """:func:`domain.statement_patterns.split_lines` of the case's lines up to
    the application date, once per evaluation (kept in ``ctx.memo``): the
    statement patterns and :func:`statement_facts` read it."""
    lines = ctx.memo.get("statement_lines")
    if lines is None:
        lines = ctx.memo["statement_lines"] = split_lines(
            ctx.case.transactions, ctx.application_date
        )
    assert isinstance(lines, StatementLines)
    return lines


def statement_facts(ctx: RuleContext) -> StatementFacts:
    """:class:`StatementFacts` of the case's lines, computed once per evaluation
    (kept in ``ctx.memo``; several rules read them). A rule that needs one
    fact asks for it alone (:func:`statement_payers` …): the names are
    normalised only when a rule reads them."""
    facts = ctx.memo.get("statement_facts")
    if facts is None:
        facts = ctx.memo["statement_facts"] = StatementFacts(
            statement_payers(ctx),
            statement_payees(ctx),
            statement_accounts(ctx),
            statement_lines(ctx).first_date,
        )
    assert isinstance(facts, StatementFacts)
    return facts


def statement_payers(ctx: RuleContext) -> frozenset[str]:
    """:attr:`StatementFacts.payers`, once per evaluation."""
    payers = ctx.memo.get("statement_payers")
    if payers is None:  # each distinct name once
        payers = ctx.memo["statement_payers"] = frozenset(
            norm_text(n) for n in statement_lines(ctx).payers
        )
    assert isinstance(payers, frozenset)
    return payers


def statement_payees(ctx: RuleContext) -> frozenset[str]:
    """:attr:`StatementFacts.payees`, once per evaluation."""
    payees = ctx.memo.get("statement_payees")
    if payees is None:
        payees = ctx.memo["statement_payees"] = frozenset(
            norm_text(n) for n in statement_lines(ctx).payees
        )
    assert isinstance(payees, frozenset)
    return payees


def statement_accounts(ctx: RuleContext) -> tuple[str, ...]:
    """:attr:`StatementFacts.accounts`: the applicant's accounts in line order."""
    return tuple(statement_lines(ctx).accounts)


@dataclass(frozen=True, slots=True)
class RelatedParty:
    """A person close to the applicant: the owner, the spouse, a household
    member, a member of staff or a guarantor. ``phone`` holds digits only
    (without +86), ``name_key`` the name as :func:`norm_text` writes it."""

    kind: str  # owner / spouse / household / staff / guarantor
    name: str
    name_key: str
    phone: str
    path: str


def phone_digits(text: str) -> str:
    """The digits of a phone number, without +86."""
    digits = _NOT_DIGIT.sub("", text)
    return digits[2:] if len(digits) == 13 and digits.startswith("86") else digits


_NOT_DIGIT = re.compile(r"\D")


def related_parties_of(ctx: RuleContext) -> list[RelatedParty]:
    """:func:`related_parties` of the context's case, once per evaluation."""
    parties = ctx.memo.get("related_parties")
    if parties is None:
        parties = ctx.memo["related_parties"] = related_parties(ctx.case)
    assert isinstance(parties, list)
    return parties


def related_parties(case: Case) -> list[RelatedParty]:
    """Everyone whose phone or name on a payee or counterparty would make it
    the applicant's own (DOMAIN.md §5, 用途虚假 / 合同虚假)."""
    a = case.applicant
    people: list[tuple[str, str, str, str]] = [
        ("owner", a.owner.name, a.owner.phone, "/applicant/owner")
    ]
    if a.spouse is not None:
        people.append(("spouse", a.spouse.name, a.spouse.phone, "/applicant/spouse"))
    people += [
        ("household", m.name, m.phone, f"/applicant/household/{i}")
        for i, m in enumerate(a.household)
    ]
    people += [
        ("staff", m.name, m.phone, f"/business/staff_list/{i}")
        for i, m in enumerate(case.business.staff_list)
    ]
    people += [
        ("guarantor", g.name, g.phone, f"/guarantors/{i}") for i, g in enumerate(case.guarantors)
    ]
    return [
        RelatedParty(kind, name, norm_text(name), phone_digits(phone), path)
        for kind, name, phone, path in people
        if name.strip() or phone.strip()
    ]
