"""One pass over the bank-statement lines for everything an assessment reads.

The S2 and S5 sales checks, the monthly summary and the fraud rules' statement
patterns all walked the same few hundred lines, each for its own figures.
:func:`scan_lines` walks them once and gathers:

* ``lines``: :class:`StatementLines` (inflows, outflows by day, inflows by
  month up to the application date, counterparties, accounts, the first date),
  what :func:`domain.statement_patterns.split_lines` returns;
* ``sums``: :class:`SummarySums`, the monthly sums of the lines up to the
  application date that :func:`domain.statement_analysis.summarise` reports;
* ``purchases`` and ``last_date``: the dated purchase lines and the latest
  dated line, for S2.

Every sum adds the same amounts in the same order as a separate pass per
figure would, so the figures are equal to the last digit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.case import BankTransaction
from domain.enums import TxCategory

ZERO = Decimal("0")

#: inflows that are not income (left out of the patterns' inflows)
NOT_INCOME = frozenset({TxCategory.LOAN_DRAWN, TxCategory.OWN_TRANSFER})
_LOAN_DRAWN = TxCategory.LOAN_DRAWN
_OWN_TRANSFER = TxCategory.OWN_TRANSFER
#: inflows that are not business income (summed apart in the summary)
_NOT_BUSINESS = frozenset({_LOAN_DRAWN, _OWN_TRANSFER, TxCategory.CAPITAL_INJECTED})
_PURCHASE = TxCategory.PURCHASE


def month_bounds(on: date) -> tuple[date, date]:
    """First day of ``on``'s month and of the next (``date.max`` after December 9999)."""
    year, month = on.year, on.month
    if month < 12:
        return date(year, month, 1), date(year, month + 1, 1)
    if year < date.max.year:
        return date(year, month, 1), date(year + 1, 1, 1)
    return date(year, month, 1), date.max


@dataclass
class StatementLines:
    """What the four patterns of ``detect_patterns`` and several fraud rules
    read off the lines.

    ``ins`` are the inflows (dated, neither loans drawn nor own transfers) and
    ``total`` their sum (added in line order, as ``sum`` would); ``outs`` the
    dated outflows in line order and ``outs_by_day`` the same grouped by day;
    ``ins_by_month`` the inflows up to the application date by ``(year,
    month)``. ``payers`` / ``payees``: the counterparty names (as written,
    non-empty) of all inflows / outflows, dated or not; ``accounts``: the
    applicant's accounts of the lines in line order (the keys);
    ``first_date``: the earliest dated line."""

    ins: list[BankTransaction]
    total: Decimal
    outs: list[BankTransaction]
    outs_by_day: dict[date, list[BankTransaction]]
    ins_by_month: dict[tuple[int, int], list[BankTransaction]]
    payers: set[str]
    payees: set[str]
    accounts: dict[str, None]
    first_date: date | None


@dataclass
class SummarySums:
    """Sums over the dated lines up to the application date (all dated lines
    without one): ``first`` / ``last`` date (``None`` without such lines),
    ``per_month`` ``(year, month)`` → [inflows, outflows (negative), business
    inflows], the inflow and outflow totals and the inflows that are loans
    drawn, own transfers in and capital injected."""

    first: date | None
    last: date | None
    per_month: dict[tuple[int, int], list[Decimal]]
    total_in: Decimal
    total_out: Decimal
    loans: Decimal
    own: Decimal
    capital: Decimal


@dataclass
class StatementScan:
    """:func:`scan_lines` of a case's lines for ``application_date``."""

    application_date: date | None
    lines: StatementLines
    sums: SummarySums
    purchases: list[BankTransaction]  # dated lines classified as purchases, in line order
    last_date: date | None  # the latest dated line (``lines.first_date`` is the earliest)


def scan_lines(
    transactions: Sequence[BankTransaction], application_date: date | None
) -> StatementScan:
    """The one pass. ``application_date`` bounds ``lines.ins_by_month`` (empty
    without a date) and the summary (all dated lines without a date)."""
    not_business = _NOT_BUSINESS
    purchase = _PURCHASE
    # split_lines' figures
    ins: list[BankTransaction] = []
    outs: list[BankTransaction] = []
    outs_by_day: dict[date, list[BankTransaction]] = {}
    ins_by_month: dict[tuple[int, int], list[BankTransaction]] = {}
    payers: set[str] = set()
    payees: set[str] = set()
    accounts: dict[str, None] = {}
    purchases: list[BankTransaction] = []
    # the earliest and latest dated line; still max / min after the loop when
    # no line is dated
    first, last = date.max, date.min
    total = ZERO
    by_month = application_date is not None
    cutoff = date.max if application_date is None else application_date
    # the summary's figures; the sums of the month of the previous line are
    # kept in locals and written back to its list when another month begins
    # (statements run in date order: most lines need no (year, month) key)
    per_month: dict[tuple[int, int], list[Decimal]] = {}
    total_in = total_out = loans = own = capital = ZERO
    month_from = month_to = date.min
    flow: list[Decimal] | None = None
    month_in = month_out = month_business = ZERO
    # the inflows of the current month (created when its first inflow comes)
    month_key = (0, 0)
    group: list[BankTransaction] | None = None
    previous_account = ""  # lines of one account follow each other
    for t in transactions:
        account = t.account
        if account and account is not previous_account:
            accounts[account] = None
            previous_account = account
        amount = t.amount
        on = t.on
        if on is None:  # undated: only its counterparty counts
            if amount > ZERO:
                name = t.counterparty
                if name:
                    payers.add(name)
            elif amount < ZERO:
                name = t.counterparty
                if name:
                    payees.add(name)
            continue
        category = t.category
        if category is purchase:
            purchases.append(t)
        if on < first:
            first = on
        if on > last:
            last = on
        counted = on <= cutoff
        if counted and not month_from <= on < month_to:
            if flow is not None:
                flow[0], flow[1], flow[2] = month_in, month_out, month_business
            month_from, month_to = month_bounds(on)
            month_key = (on.year, on.month)
            flow = per_month.get(month_key)
            if flow is None:
                flow = per_month[month_key] = [ZERO, ZERO, ZERO]
            month_in, month_out, month_business = flow
            group = None
        if amount > ZERO:
            name = t.counterparty
            if name:
                payers.add(name)
            # loans drawn and own transfers are neither business income nor
            # income for the patterns; capital injected is income there only
            if category in not_business:
                if category == _LOAN_DRAWN:
                    if counted:
                        total_in += amount
                        month_in += amount
                        loans += amount
                    continue
                if category == _OWN_TRANSFER:
                    if counted:
                        total_in += amount
                        month_in += amount
                        own += amount
                    continue
                if counted:
                    total_in += amount
                    month_in += amount
                    capital += amount
            elif counted:
                total_in += amount
                month_in += amount
                month_business += amount
            ins.append(t)
            total += amount
            if by_month and counted:
                if group is None:
                    group = ins_by_month.get(month_key)
                    if group is None:
                        group = ins_by_month[month_key] = []
                group.append(t)
        elif amount < ZERO:
            name = t.counterparty
            if name:
                payees.add(name)
            if counted:
                total_out += amount
                month_out += amount
            outs.append(t)
            day = outs_by_day.get(on)
            if day is None:
                outs_by_day[on] = [t]
            else:
                day.append(t)
    if flow is not None:
        flow[0], flow[1], flow[2] = month_in, month_out, month_business
    first_dated, last_dated = (None, None) if first > last else (first, last)
    # the summary's dates are those of the lines up to the cutoff: all dated
    # lines unless some come later (then, rarely, a second look)
    first_in, last_in = first_dated, last_dated
    if flow is None:
        first_in = last_in = None
    elif last > cutoff:
        counted_dates = [t.on for t in transactions if t.on is not None and t.on <= cutoff]
        first_in, last_in = min(counted_dates), max(counted_dates)
    lines = StatementLines(
        ins, total, outs, outs_by_day, ins_by_month, payers, payees, accounts, first_dated
    )
    sums = SummarySums(first_in, last_in, per_month, total_in, total_out, loans, own, capital)
    return StatementScan(application_date, lines, sums, purchases, last_dated)


__all__ = [
    "NOT_INCOME",
    "StatementLines",
    "StatementScan",
    "SummarySums",
    "month_bounds",
    "scan_lines",
]
