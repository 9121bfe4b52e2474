"""Bank-statement flow analysis (DOMAIN.md §4.1 S5, §4.3, §5): classify each
line, sum the months, annualise the business inflows, and find the suspicious
patterns (re-exported from :mod:`domain.statement_patterns`).

Sign: ``BankTransaction.amount`` > 0 is money in, < 0 money out. Money is
``Decimal``; ratios are ``Decimal`` fractions. Nothing here reads files: the
thresholds come in as arguments (``RulePack.thresholds``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from domain.case import BankTransaction, Case
from domain.enums import Season, TxCategory
from domain.i18n import Message, tr_noop
from domain.money import to_money
from domain.statement_patterns import (
    COMPANY_WORDS,
    PatternResult,
    detect_patterns,
    inflow_spike,
    is_individual,
    month_keys_between,
    month_text,
    private_loan_payments,
    round_sum_inflows,
    same_day_pairs,
)
from domain.statement_scan import SummarySums, scan_lines

__all__ = [
    "DEFAULT_KEYWORDS",
    "ClassifierKeywords",
    "MonthFlow",
    "PatternResult",
    "StatementSummary",
    "classify",
    "classify_for_case",
    "detect_patterns",
    "inflow_spike",
    "is_individual",
    "private_loan_payments",
    "round_sum_inflows",
    "sales_estimate_s5",
    "same_day_pairs",
    "summarise",
]

ZERO = Decimal("0")
_BLANKS = re.compile(r"[\s\u3000·]+")


@dataclass(frozen=True)
class ClassifierKeywords:
    """Words in a line's description (摘要/用途) that decide its category.

    ``lender_words`` are the usual ``lender_keywords`` of :func:`classify`
    (looked for in the counterparty's name: a bank, a micro-lender);
    ``company_words`` tell a business from an individual. The shipped lists
    are in ``resources/statement_layouts.toml`` ([classification]).
    """

    loan_drawn: tuple[str, ...] = ("贷款发放", "放款", "贷款入账", "借款入账", "贷款转存")
    capital: tuple[str, ...] = ("投资款", "股东", "注资", "增资", "入股", "资本金")
    other_inflow: tuple[str, ...] = ("结息", "利息收入", "退款", "冲正", "退汇", "赎回")
    loan_repayment: tuple[str, ...] = ("还款", "还贷", "贷款本金", "贷款利息", "归还贷款", "利息")
    expense: tuple[str, ...] = (
        "工资",
        "代发",
        "房租",
        "租金",
        "电费",
        "水费",
        "燃气",
        "税",
        "社保",
        "公积金",
        "运费",
        "物流",
        "物业",
        "手续费",
        "话费",
    )
    purchase: tuple[str, ...] = ("货款", "采购", "进货", "材料款", "原料")
    personal: tuple[str, ...] = ("取现", "取款", "ATM", "消费", "信用卡", "学费", "医院", "生活费")
    company_words: tuple[str, ...] = COMPANY_WORDS
    lender_words: tuple[str, ...] = (
        "银行", "信用社", "信用合作", "小额贷款", "小贷", "消费金融", "融资租赁", "典当",
    )  # fmt: skip


DEFAULT_KEYWORDS = ClassifierKeywords()


def _norm(text: str) -> str:
    return _BLANKS.sub("", text).upper()


def _has(text: str, words: Iterable[str]) -> bool:
    return any(w and _norm(w) in text for w in words)


def classify(
    transactions: Sequence[BankTransaction],
    applicant_names: Iterable[str],
    own_accounts: Iterable[str],
    lender_keywords: Iterable[str],
    keywords: ClassifierKeywords = DEFAULT_KEYWORDS,
) -> list[BankTransaction]:
    """Copies of ``transactions`` with ``category`` set (the inputs are not changed).

    Money in: own transfer (counterparty is one of the applicant's accounts or
    names) → loan drawn (贷款发放, 放款 …) → capital injected (投资款, 股东 …) →
    other (interest, refunds) → loan drawn (counterparty is a lender) → sales.
    Money out: own transfer → loan repayment → expense → purchase → personal,
    by description; then a lender counterparty is a repayment, a business a
    purchase, anything else "other".
    """
    names = {_norm(n) for n in applicant_names if n.strip()}
    accounts = {_norm(a) for a in own_accounts if a.strip()}
    lenders = [w for w in lender_keywords if w.strip()]
    return [
        replace(t, category=_category(t, names, accounts, lenders, keywords)) for t in transactions
    ]


def classify_for_case(
    case: Case,
    transactions: Sequence[BankTransaction],
    keywords: ClassifierKeywords = DEFAULT_KEYWORDS,
) -> list[BankTransaction]:
    """:func:`classify` with the case's names and accounts as "own".

    Own names: the registered name, the owner and the spouse (a family
    business's money moves freely between them). Own accounts: the owner's
    and spouse's recorded accounts and the account of every imported
    statement line, so a transfer between two imported statements nets out.
    """
    applicant = case.applicant
    people = [applicant.owner, *([applicant.spouse] if applicant.spouse else [])]
    names = [applicant.registered_name, *(p.name for p in people)]
    accounts = [p.bank_account for p in people]
    accounts += sorted({t.account for t in [*case.transactions, *transactions] if t.account})
    return classify(transactions, names, accounts, keywords.lender_words, keywords)


def _category(
    t: BankTransaction,
    names: set[str],
    accounts: set[str],
    lenders: list[str],
    kw: ClassifierKeywords,
) -> TxCategory:
    who = _norm(t.counterparty)
    what = _norm(t.description)
    if (who and who in names) or (
        t.counterparty_account and _norm(t.counterparty_account) in accounts
    ):
        return TxCategory.OWN_TRANSFER
    from_lender = bool(who) and _has(who, lenders)
    if t.amount >= 0:
        if _has(what, kw.loan_drawn):
            return TxCategory.LOAN_DRAWN
        if _has(what, kw.capital):
            return TxCategory.CAPITAL_INJECTED
        if _has(what, kw.other_inflow):
            return TxCategory.OTHER_INFLOW
        return TxCategory.LOAN_DRAWN if from_lender else TxCategory.SALES
    for words, category in (
        (kw.loan_repayment, TxCategory.LOAN_REPAYMENT),
        (kw.expense, TxCategory.EXPENSE),
        (kw.purchase, TxCategory.PURCHASE),
        (kw.personal, TxCategory.PERSONAL),
    ):
        if _has(what, words):
            return category
    if from_lender:
        return TxCategory.LOAN_REPAYMENT
    if who and _has(who, kw.company_words):
        return TxCategory.PURCHASE
    return TxCategory.OTHER_OUTFLOW


# ------------------------------------------------------------------ summary


@dataclass(frozen=True)
class MonthFlow:
    """One calendar month of the statements; outflows are positive."""

    month: str  # YYYY-MM
    inflows: Decimal
    outflows: Decimal
    business_inflows: Decimal  # inflows − loans drawn − own transfers − capital injected


@dataclass(frozen=True)
class StatementSummary:
    """Sums over the statements up to the application date (DOMAIN.md §4.1, S5).

    ``net_business_inflows`` = all inflows − loans drawn − own transfers in −
    capital injected, over ``months_covered`` calendar months (first to last
    transaction, partial months counted whole). ``annualisation`` scales it to
    a year: 12 / m, or with seasons known, (declared sales of the 12 months) ÷
    (declared sales of the covered months). ``short_history`` is set when fewer
    than the threshold's months are covered (an amber note).
    """

    first_date: date | None
    last_date: date | None
    months: list[MonthFlow]
    total_inflows: Decimal
    total_outflows: Decimal
    loans_drawn: Decimal
    own_transfers_in: Decimal
    capital_injected: Decimal
    net_business_inflows: Decimal
    annualisation: Decimal
    annualised_net_business_inflows: Decimal
    short_history: bool
    notes: list[Message] = field(default_factory=list)

    @property
    def months_covered(self) -> int:
        return len(self.months)


def _sum(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO)


def summarise(
    transactions: Sequence[BankTransaction],
    application_date: date | None,
    season_of_month: Mapping[str, Season],
    *,
    short_history_months: int,
    season_sales: Mapping[Season, Decimal] | None = None,
) -> StatementSummary:
    """Monthly flows and annualised net business inflows of classified lines.

    Lines after ``application_date`` are left out. ``season_of_month`` maps
    ``"1".."12"`` to a season and ``season_sales`` gives the declared monthly
    sales of each season; with both, each month weighs by its season's sales.
    Pass ``short_history_months`` from ``Thresholds.short_history_months``.
    """
    return summary_of(
        scan_lines(transactions, application_date).sums,
        season_of_month,
        short_history_months=short_history_months,
        season_sales=season_sales,
    )


def summary_of(
    sums: SummarySums,
    season_of_month: Mapping[str, Season],
    *,
    short_history_months: int,
    season_sales: Mapping[Season, Decimal] | None = None,
) -> StatementSummary:
    """:func:`summarise` from the sums of :func:`domain.statement_scan.scan_lines`
    (which the assessment shares with the fraud rules)."""
    first, last, per_month = sums.first, sums.last, sums.per_month
    total_in, total_out = sums.total_in, sums.total_out
    loans, own, capital = sums.loans, sums.own, sums.capital
    if first is None or last is None:
        return StatementSummary(
            None, None, [], ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, True,
            [Message(tr_noop("No bank-statement lines up to the application date."))],
        )  # fmt: skip
    empty = [ZERO, ZERO, ZERO]
    months = []
    for key in month_keys_between((first.year, first.month), (last.year, last.month)):
        flow = per_month.get(key, empty)
        months.append(MonthFlow(month_text(key), flow[0], -flow[1], flow[2]))
    net = total_in - loans - own - capital
    scale = _annualisation([m.month for m in months], season_of_month, season_sales)
    short = len(months) < short_history_months
    notes: list[Message] = []
    if short:
        notes.append(
            Message(
                tr_noop(
                    "Short history: the statements cover {months} months, fewer than "
                    "{minimum}; the annual figure is an extrapolation."
                ),
                {"months": len(months), "minimum": short_history_months},
            )
        )
    return StatementSummary(
        first_date=first,
        last_date=last,
        months=months,
        total_inflows=total_in,
        total_outflows=-total_out,
        loans_drawn=loans,
        own_transfers_in=own,
        capital_injected=capital,
        net_business_inflows=net,
        annualisation=scale,
        annualised_net_business_inflows=to_money(net * scale),
        short_history=short,
        notes=notes,
    )


def _annualisation(
    months: list[str],
    season_of_month: Mapping[str, Season],
    season_sales: Mapping[Season, Decimal] | None,
) -> Decimal:
    """Factor from the covered months to a year (DOMAIN.md §4.1, "Annualising")."""
    count = len(months)
    if count == 0:
        return ZERO
    uniform = Decimal(12) / Decimal(count)
    if count >= 12 or not season_sales:
        return uniform
    weights: dict[int, Decimal] = {}
    for number in range(1, 13):
        season = season_of_month.get(str(number))
        weight = season_sales.get(season) if season is not None else None
        if weight is None or weight < 0:
            return uniform  # seasons not known for every month
        weights[number] = weight
    covered = _sum(weights[int(m[5:])] for m in months)
    if covered <= 0:
        return uniform
    return _sum(weights.values()) / covered


def sales_estimate_s5(summary: StatementSummary, cash_share: Decimal) -> Decimal | None:
    """S5 = annualised net business inflows ÷ (1 − cash share of sales), to the fen.

    ``None`` when no month is covered or the cash share is not in [0, 1).
    """
    if summary.months_covered == 0 or not (ZERO <= cash_share < 1):
        return None
    return to_money(summary.annualised_net_business_inflows / (1 - cash_share))
