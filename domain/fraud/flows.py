"""Statement-flow measures the income and wealth rules need (DOMAIN.md §4.3).

Small, self-contained versions of the signals of the statement analysis:
inflow spike before the application, round-sum share, same-day in-and-out
share, and regular payments to the same individual. Inflows exclude loans
drawn and transfers between the applicant's own accounts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.case import BankTransaction
from domain.enums import TxCategory
from domain.fraud.figures import norm_text

_NOT_INCOME = {TxCategory.LOAN_DRAWN, TxCategory.OWN_TRANSFER}
ZERO = Decimal("0")


def _month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _next_month(month: str) -> str:
    y, m = int(month[:4]), int(month[5:])
    return f"{y + (m == 12):04d}-{m % 12 + 1:02d}"


def inflows(txs: Sequence[BankTransaction]) -> list[BankTransaction]:
    return [t for t in txs if t.amount > 0 and t.on is not None and t.category not in _NOT_INCOME]


@dataclass(frozen=True)
class Spike:
    recent_months: list[str]
    recent_average: Decimal
    earlier_months: list[str]
    earlier_average: Decimal

    @property
    def ratio(self) -> Decimal:
        return self.recent_average / self.earlier_average


def inflow_spike(txs: Sequence[BankTransaction], application: date, recent: int) -> Spike | None:
    """Average monthly inflow of the last ``recent`` calendar months with data
    up to the application against the average of the months before (months
    without inflows count as zero); ``None`` without ≥ 2 earlier months."""
    by_month: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for t in inflows(txs):
        assert t.on is not None
        if t.on <= application:
            by_month[_month(t.on)] += t.amount
    if not by_month:
        return None
    # The last month with inflows, not the application month: an application
    # on the 1st would otherwise dilute the recent average with an empty month.
    first, last = min(by_month), max(by_month)
    months = [first]
    while months[-1] < last:
        months.append(_next_month(months[-1]))
    recent_months, earlier_months = months[-recent:], months[:-recent]
    if len(earlier_months) < 2:
        return None
    earlier_avg = sum((by_month[m] for m in earlier_months), ZERO) / len(earlier_months)
    if earlier_avg <= 0:
        return None
    recent_avg = sum((by_month[m] for m in recent_months), ZERO) / len(recent_months)
    return Spike(recent_months, recent_avg, earlier_months, earlier_avg)


def round_sum_share(txs: Sequence[BankTransaction], unit: Decimal) -> tuple[Decimal, Decimal]:
    """``(value of inflows that are multiples of unit, value of all inflows)``."""
    ins = inflows(txs)
    total = sum((t.amount for t in ins), ZERO)
    rounded = sum((t.amount for t in ins if t.amount % unit == 0), ZERO)
    return rounded, total


def same_day_pairs(
    txs: Sequence[BankTransaction], min_amount: Decimal, tolerance: Decimal
) -> tuple[list[tuple[BankTransaction, BankTransaction]], Decimal]:
    """Inflows ≥ ``min_amount`` matched one-to-one with an outflow the same day
    whose size is within ``tolerance`` of it; and the value of all inflows."""
    ins = inflows(txs)
    total = sum((t.amount for t in ins), ZERO)
    outs_by_day: dict[date, list[BankTransaction]] = defaultdict(list)
    for t in txs:
        if t.amount < 0 and t.on is not None:
            outs_by_day[t.on].append(t)
    pairs: list[tuple[BankTransaction, BankTransaction]] = []
    for t in sorted(ins, key=lambda x: -x.amount):
        if t.amount < min_amount:
            continue
        assert t.on is not None
        candidates = [
            o for o in outs_by_day[t.on] if abs(-o.amount - t.amount) <= tolerance * t.amount
        ]
        if candidates:
            best = min(candidates, key=lambda o: abs(-o.amount - t.amount))
            outs_by_day[t.on].remove(best)
            pairs.append((t, best))
    return pairs, total


@dataclass(frozen=True)
class RegularPayments:
    counterparty: str
    months: list[str]
    amounts: list[Decimal]


def looks_like_individual(name: str, org_words: Sequence[str]) -> bool:
    text = norm_text(name)
    if not text:
        return False
    return not any(norm_text(w) in text for w in org_words if w)


def regular_payments(
    txs: Sequence[BankTransaction],
    org_words: Sequence[str],
    min_months: int,
    tolerance: Decimal,
) -> list[RegularPayments]:
    """Payments to the same individual in ≥ ``min_months`` consecutive months
    whose monthly totals lie within ``tolerance`` of each other (max ÷ min − 1)."""
    per_person: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    names: dict[str, str] = {}
    for t in txs:
        if t.amount >= 0 or t.on is None or not looks_like_individual(t.counterparty, org_words):
            continue
        key = norm_text(t.counterparty)
        names.setdefault(key, t.counterparty)
        per_person[key][_month(t.on)] += -t.amount
    found: list[RegularPayments] = []
    for key, months in per_person.items():
        ordered = sorted(months)
        best: list[str] = []
        run: list[str] = []
        for m in ordered:
            if run and m == _next_month(run[-1]) and _within(months, [*run, m], tolerance):
                run.append(m)
            else:
                run = [m]
            if len(run) > len(best):
                best = list(run)
        if len(best) >= min_months:
            found.append(RegularPayments(names[key], best, [months[m] for m in best]))
    return found


def _within(amounts: dict[str, Decimal], months: list[str], tolerance: Decimal) -> bool:
    values = [amounts[m] for m in months]
    low, high = min(values), max(values)
    return low > 0 and high / low - 1 <= tolerance
