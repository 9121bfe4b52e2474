"""Suspicious bank-statement patterns with their evidence (DOMAIN.md §4.3, §5).

Four patterns, each a :class:`PatternResult` (value, thresholds, light and the
lines that make it up):

* ``same_day_pairs`` (收入虚假): an inflow of at least the minimum matched with
  an outflow of the same day whose size is within the tolerance of it; value =
  matched inflow value ÷ all inflow value.
* ``round_sum_inflows`` (收入虚假): inflows that are multiples of the unit
  (¥10,000); value = their value ÷ all inflow value.
* ``inflow_spike`` (收入虚假): average monthly inflow of the last N calendar
  months with statements up to the application (ending at the last month with
  an inflow on or before the application date) ÷ the average of the months
  before (at least two earlier months are needed).
* ``private_loan_payments`` (财力虚假): payments to the same individual in at
  least N consecutive months whose monthly totals lie within the tolerance
  (max ÷ min − 1); value = the longest such run in months.

"Inflows" leave out loans drawn and transfers between the applicant's own
accounts (classify first). Bigger is worse for every value; lights follow
:class:`domain.rulepack.Band`. This is the only implementation: the fraud
rules (``domain.fraud.flows``) call :func:`detect_patterns` with the
thresholds of ``thresholds.toml`` ``[statement]`` and read ``figures``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from operator import attrgetter
from typing import Any

from domain.case import BankTransaction
from domain.enums import FraudCategory, Light, TxCategory
from domain.i18n import Message, listing, tr_noop
from domain.rulepack import Band, Thresholds
from domain.statement_scan import StatementLines, scan_lines
from domain.statement_scan import month_bounds as month_bounds  # re-exported

ZERO = Decimal("0")
_NOT_INCOME = (TxCategory.LOAN_DRAWN, TxCategory.OWN_TRANSFER)
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_BLANKS = re.compile(r"[\s\u3000·]+")

#: Words that make a counterparty a business rather than a person (the
#: classifier's list; ``resources/statement_layouts.toml`` ships the same).
COMPANY_WORDS: tuple[str, ...] = (
    "公司", "厂", "店", "行", "部", "中心", "超市", "商场", "市场", "合作社",
    "集团", "事务所", "门市", "银行", "信用社",
)  # fmt: skip

#: Payees that are not a private lender either: businesses and authorities
#: (tax office, power and water works). Private-loan payments skip them.
NOT_A_PERSON_WORDS: tuple[str, ...] = (
    *COMPANY_WORDS, "有限", "合作", "社", "局", "所", "院", "商贸", "税务", "电力",
    "供电", "水务",
)  # fmt: skip


def month_of(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def month_text(key: tuple[int, int]) -> str:
    """``(2026, 3)`` → ``"2026-03"``: a :func:`month_key` as :func:`month_of` writes it."""
    return f"{key[0]:04d}-{key[1]:02d}"


def month_key(d: date) -> tuple[int, int]:
    """``(year, month)`` of ``d``: sorts like :func:`month_of` and is cheaper to
    make, so a pass over hundreds of lines groups by it and writes each month once."""
    return d.year, d.month


def month_keys_between(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    """Calendar months ``first``..``last`` inclusive, as ``(year, month)``."""
    out = []
    y, m = first
    while (y, m) <= last:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def next_month(month: str) -> str:
    y, m = int(month[:4]), int(month[5:])
    return f"{y + (m == 12):04d}-{m % 12 + 1:02d}"


def months_between(first: str, last: str) -> list[str]:
    """Calendar months ``first``..``last`` inclusive, as ``YYYY-MM``."""
    out = [first]
    while out[-1] < last:
        out.append(next_month(out[-1]))
    return out


def is_individual(name: str, company_words: Iterable[str] = COMPANY_WORDS) -> bool:
    """A person's name: 2–4 Chinese characters and no company word (公司, 厂, 店 …)."""
    # letters and digits only: no blank to take out (the common case)
    text = name if name.isalnum() else _BLANKS.sub("", name)
    if not 2 <= len(text) <= 4:  # what the pattern's length says, without it
        return False
    return bool(_CJK_NAME.match(text)) and not any(w in text for w in company_words if w)


@dataclass(frozen=True)
class PatternResult:
    """One pattern: ``value`` against ``amber``/``red`` (bigger is worse).

    ``light`` is ``missing`` when the value cannot be computed (``message``
    says why). ``transactions`` are the lines that make up the value; for
    same-day pairs ``pairs`` holds (inflow, outflow) and for private-loan
    payments ``counterparties`` names the individuals.
    """

    pattern: str
    category: FraudCategory
    value: Decimal | None
    amber: Decimal
    red: Decimal | None
    light: Light
    message: Message
    transactions: list[BankTransaction] = field(default_factory=list)
    pairs: list[tuple[BankTransaction, BankTransaction]] = field(default_factory=list)
    counterparties: list[str] = field(default_factory=list)
    #: the parts of ``value`` for evidence: ``matched``/``total`` (shares),
    #: ``recent_months``/``recent_average``/``earlier_months``/``earlier_average``
    #: (spike), ``runs`` = {name: [(month, total paid), …]} (private loans)
    figures: dict[str, Any] = field(default_factory=dict)


def inflows(transactions: Sequence[BankTransaction]) -> list[BankTransaction]:
    not_income = _NOT_INCOME
    return [
        t
        for t in transactions
        if t.amount > ZERO and t.on is not None and t.category not in not_income
    ]


def _sum(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO)


def split_lines(
    transactions: Sequence[BankTransaction], application_date: date | None
) -> StatementLines:
    """:class:`StatementLines` of ``transactions``; ``application_date`` bounds
    ``ins_by_month`` (none without a date). The pass is
    :func:`domain.statement_scan.scan_lines`, which the assessment shares."""
    return scan_lines(transactions, application_date).lines


def _pct(value: Decimal) -> str:
    return f"{(value * 100).quantize(_TENTH)}%"


_TENTH = Decimal("0.1")


def _missing(pattern: str, category: FraudCategory, band: Band, why: Message) -> PatternResult:
    return PatternResult(pattern, category, None, band.amber, band.red, Light.MISSING, why)


_BY_AMOUNT = attrgetter("amount")  # a line's amount, without a Python call per line


_NO_INFLOWS = Message(tr_noop("No inflows in the statements."))


def round_sum_inflows(
    transactions: Sequence[BankTransaction], unit: Decimal, band: Band
) -> PatternResult:
    """Share of inflow value arriving in multiples of ``unit``."""
    return _round_sum_inflows(split_lines(transactions, None), unit, band)


def _round_sum_inflows(lines: StatementLines, unit: Decimal, band: Band) -> PatternResult:
    ins, total = lines.ins, lines.total
    if total <= 0:
        return _missing("round_sum_inflows", FraudCategory.INCOME, band, _NO_INFLOWS)
    # An inflow below a positive unit leaves itself as the remainder, never 0:
    # the comparison spares most lines the Decimal division.
    below = unit if unit.is_finite() and unit > 0 else ZERO
    rounds = [t for t in ins if not (a := t.amount) < below and a % unit == ZERO]
    matched = _sum(t.amount for t in rounds)
    share = matched / total
    return PatternResult(
        "round_sum_inflows",
        FraudCategory.INCOME,
        share,
        band.amber,
        band.red,
        band.light(share),
        Message(
            tr_noop("{share} of inflow value ({count} inflows) arrives in multiples of ¥{unit}."),
            {"share": _pct(share), "count": len(rounds), "unit": f"{unit:,.0f}"},
        ),
        rounds,
        figures={"matched": matched, "total": total},
    )


def same_day_pairs(
    transactions: Sequence[BankTransaction], minimum: Decimal, tolerance: Decimal, band: Band
) -> PatternResult:
    """Share of inflow value that leaves again the same day in a matching amount.

    Inflows of at least ``minimum`` are matched, largest first, one-to-one
    with the outflow of the same day nearest in size, if that differs from
    the inflow by at most ``tolerance`` × the inflow.
    """
    return _same_day_pairs(split_lines(transactions, None), minimum, tolerance, band)


def _same_day_pairs(
    lines: StatementLines, minimum: Decimal, tolerance: Decimal, band: Band
) -> PatternResult:
    total = lines.total
    if total <= 0:
        return _missing("same_day_pairs", FraudCategory.INCOME, band, _NO_INFLOWS)
    outs = lines.outs_by_day  # shared: copy a day before taking a match off it
    taken: dict[date, list[BankTransaction]] = {}
    pairs: list[tuple[BankTransaction, BankTransaction]] = []
    # Only inflows with an outflow on their day can pair; filtering before the
    # sort keeps the order in which the candidates are matched (largest first,
    # equal amounts in line order: a stable sort, also with reverse=True).
    candidates = [t for t in lines.ins if not t.amount < minimum and t.on in outs]
    for t in sorted(candidates, key=_BY_AMOUNT, reverse=True):
        on: date = t.on  # type: ignore[assignment]  # inflows are dated
        day = taken.get(on)
        if day is None:
            day = outs[on]
        amount = t.amount
        limit = tolerance * amount
        # the outflow nearest in size within the limit; the first of equals
        # in line order (what min() over the near ones would pick)
        best: BankTransaction | None = None
        best_gap = ZERO
        for o in day:
            gap = abs(-o.amount - amount)
            if gap <= limit and (best is None or gap < best_gap):
                best, best_gap = o, gap
        if best is not None:
            if on not in taken:
                day = taken[on] = list(day)
            day.remove(best)
            pairs.append((t, best))
    matched = _sum(i.amount for i, _ in pairs)
    share = matched / total
    return PatternResult(
        "same_day_pairs",
        FraudCategory.INCOME,
        share,
        band.amber,
        band.red,
        band.light(share),
        Message(
            tr_noop("{share} of inflow value ({count} inflows) goes out again the same day."),
            {"share": _pct(share), "count": len(pairs)},
        ),
        [t for pair in pairs for t in pair],
        pairs,
        figures={"matched": matched, "total": total},
    )


def inflow_spike(
    transactions: Sequence[BankTransaction],
    application_date: date | None,
    recent_months: int,
    band: Band,
) -> PatternResult:
    """Average monthly inflow of the last ``recent_months`` calendar months up to
    the application month ÷ the average monthly inflow of the months before."""
    return _inflow_spike(
        split_lines(transactions, application_date), application_date, recent_months, band
    )


def _inflow_spike(
    lines: StatementLines, application_date: date | None, recent_months: int, band: Band
) -> PatternResult:
    if application_date is None:
        return _missing(
            "inflow_spike",
            FraudCategory.INCOME,
            band,
            Message(tr_noop("The application date is missing.")),
        )
    grouped = lines.ins_by_month
    # Up to the last month with an inflow, not the application month: an
    # application on the 1st would otherwise dilute the recent average with
    # an empty month.
    keys = month_keys_between(min(grouped), max(grouped)) if grouped else []
    recent_keys, earlier_keys = keys[-recent_months:], keys[:-recent_months]
    if len(earlier_keys) < 2:
        return _missing(
            "inflow_spike",
            FraudCategory.INCOME,
            band,
            Message(
                tr_noop("Fewer than two months of statements before the last {months} months."),
                {"months": recent_months},
            ),
        )

    def average(ks: list[tuple[int, int]]) -> Decimal:
        total = ZERO  # the months' inflows added in order, as sum() would
        for k in ks:
            for t in grouped.get(k, ()):
                total += t.amount
        return total / len(ks)

    earlier_avg, recent_avg = average(earlier_keys), average(recent_keys)
    recent = [month_text(k) for k in recent_keys]
    earlier = [month_text(k) for k in earlier_keys]
    if earlier_avg <= 0:
        return _missing(
            "inflow_spike",
            FraudCategory.INCOME,
            band,
            Message(
                tr_noop("No inflows in the months before the last {months} months."),
                {"months": recent_months},
            ),
        )
    ratio = recent_avg / earlier_avg
    return PatternResult(
        "inflow_spike",
        FraudCategory.INCOME,
        ratio,
        band.amber,
        band.red,
        band.light(ratio),
        Message(
            tr_noop(
                "Inflows of {recent} average ¥{recent_avg} a month, {ratio} times the "
                "¥{earlier_avg} a month of {earlier}."
            ),
            {
                "recent": f"{recent[0]}…{recent[-1]}",
                "recent_avg": f"{recent_avg:,.2f}",
                "ratio": f"{ratio.quantize(Decimal('0.01'))}",
                "earlier_avg": f"{earlier_avg:,.2f}",
                "earlier": f"{earlier[0]}…{earlier[-1]}",
            },
        ),
        [t for k in recent_keys for t in grouped.get(k, ())],
        figures={
            "recent_months": recent,
            "recent_average": recent_avg,
            "earlier_months": earlier,
            "earlier_average": earlier_avg,
        },
    )


def private_loan_payments(
    transactions: Sequence[BankTransaction],
    min_months: int,
    tolerance: Decimal,
    company_words: Iterable[str] = NOT_A_PERSON_WORDS,
) -> PatternResult:
    """Regular payments to one individual: possible private-loan interest (财力虚假).

    Per individual (:func:`is_individual`), payments are summed per calendar
    month; a run is consecutive months whose totals satisfy max ÷ min − 1 ≤
    ``tolerance``. Value = the longest run in months over all individuals;
    amber at ``min_months`` or more (there is no red level).
    """
    return _private_loan_payments(transactions, min_months, tolerance, company_words)


def _private_loan_payments(
    transactions: Sequence[BankTransaction],
    min_months: int,
    tolerance: Decimal,
    company_words: Iterable[str],
    payees: Iterable[str] | None = None,
) -> PatternResult:
    """``payees``: every counterparty of the outflows among ``transactions``
    (more may be named); when none of them is an individual no line is read."""
    words = tuple(company_words)
    # person → (year, month) → payments, in line order
    per_person: dict[str, dict[tuple[int, int], list[BankTransaction]]] = {}
    person: dict[str, bool] = {}  # counterparty → is_individual, within this call
    if payees is not None:
        person = {name: is_individual(name, words) for name in payees}
        if not any(person.values()):
            transactions = ()  # nobody to pay a private loan to
    for t in transactions:
        on = t.on
        if t.amount < ZERO and on is not None:
            name = t.counterparty
            individual = person.get(name)
            if individual is None:
                individual = person[name] = is_individual(name, words)
            if individual:
                months_of = per_person.get(name.strip())
                if months_of is None:
                    months_of = per_person[name.strip()] = {}
                key = (on.year, on.month)
                paid = months_of.get(key)
                if paid is None:
                    months_of[key] = [t]
                else:
                    paid.append(t)
    longest = 0
    evidence: list[BankTransaction] = []
    names: list[str] = []
    runs: dict[str, list[tuple[str, Decimal]]] = {}
    for name, by_key in sorted(per_person.items()):
        months = {month_text(k): ts for k, ts in by_key.items()}
        totals = {m: -_sum(t.amount for t in ts) for m, ts in months.items()}
        run = _longest_run(totals, tolerance)
        longest = max(longest, len(run))
        if len(run) >= min_months:
            names.append(name)
            runs[name] = [(m, totals[m]) for m in run]
            evidence.extend(t for m in run for t in months[m])
    value = Decimal(longest)
    light = Light.AMBER if longest >= min_months else Light.GREEN
    return PatternResult(
        "private_loan_payments",
        FraudCategory.WEALTH,
        value,
        Decimal(min_months),
        None,
        light,
        Message(
            tr_noop(
                "Payments of similar size to the same individual in {months} consecutive "
                "months ({names}): possible private-loan interest."
            )
            if names
            else tr_noop("No regular payments of similar size to one individual."),
            {"months": longest, "names": listing(list(names))},
        ),
        evidence,
        counterparties=names,
        figures={"runs": runs},
    )


def _longest_run(totals: dict[str, Decimal], tolerance: Decimal) -> list[str]:
    """Longest stretch of consecutive months whose totals lie within ``tolerance``."""
    ordered = sorted(totals)
    following = {m: next_month(m) for m in ordered}
    best: list[str] = []
    for start in range(len(ordered)):
        first = ordered[start]
        run = [first]
        # the smallest and largest total of the run so far (plus the month
        # being tried): the same min() and max() as over the run's totals
        low = high = totals[first]
        for month in ordered[start + 1 :]:
            value = totals[month]
            if month != following[run[-1]]:
                break
            low, high = min(low, value), max(high, value)
            if low <= 0:
                break
            if high / low - 1 > tolerance:
                break
            run.append(month)
        if len(run) > len(best):
            best = run
    return best


def detect_patterns(
    transactions: Sequence[BankTransaction],
    application_date: date | None,
    thresholds: Thresholds,
    company_words: Iterable[str] = NOT_A_PERSON_WORDS,
    *,
    lines: StatementLines | None = None,
) -> list[PatternResult]:
    """All four patterns on classified lines, with the rule pack's thresholds.

    ``lines``: :func:`split_lines` of the same ``transactions`` and
    ``application_date`` when the caller has it already."""
    if lines is None:  # one pass shared by the four patterns
        lines = split_lines(transactions, application_date)
    return [
        _same_day_pairs(
            lines, thresholds.same_day_minimum, thresholds.same_day_amount_tolerance,
            thresholds.same_day,
        ),
        _round_sum_inflows(lines, thresholds.round_sum_unit, thresholds.round_sum),
        _inflow_spike(lines, application_date, thresholds.spike_months, thresholds.spike),
        _private_loan_payments(
            lines.outs, thresholds.private_loan_months,
            thresholds.private_loan_amount_tolerance, company_words, lines.payees,
        ),
    ]  # fmt: skip
