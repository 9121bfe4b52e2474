"""The one pass over the statement lines that the patterns and fraud rules share
(``split_lines``), and the single-pass monthly summary, on lines out of date
order, undated, zero and after the application date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.case import BankTransaction
from domain.enums import TxCategory
from domain.rulepack import Band
from domain.statement_analysis import summarise
from domain.statement_patterns import (
    detect_patterns,
    month_bounds,
    month_keys_between,
    month_text,
    same_day_pairs,
    split_lines,
)
from storage.rulepack_files import load_rule_pack

D = Decimal
APPLIED = date(2026, 5, 31)


def line(
    on: date | None,
    amount: str,
    category: TxCategory,
    counterparty: str = "",
    account: str = "",
) -> BankTransaction:
    return BankTransaction(
        on=on, amount=D(amount), counterparty=counterparty, category=category, account=account
    )


def mixed_lines() -> list[BankTransaction]:
    """Out of date order, with an undated line, a zero line, a loan drawn, an
    own transfer, and a line after the application date."""
    return [
        line(date(2026, 4, 20), "5000.50", TxCategory.SALES, "甲超市", "A1"),
        line(date(2026, 3, 2), "-1200", TxCategory.PURCHASE, "乙公司", "A1"),
        line(None, "300", TxCategory.SALES, "丙商店", "A2"),
        line(date(2026, 3, 15), "20000", TxCategory.LOAN_DRAWN, "农商银行", "A1"),
        line(date(2026, 2, 10), "0", TxCategory.OTHER_OUTFLOW, "", "A2"),
        line(date(2026, 3, 5), "800", TxCategory.OWN_TRANSFER, "李明达", "A1"),
        line(date(2026, 6, 3), "9999", TxCategory.SALES, "丁店", "A1"),
        line(None, "-50", TxCategory.EXPENSE, "电力公司", ""),
    ]


def test_split_lines_keeps_income_inflows_and_dated_outflows_in_line_order() -> None:
    lines = split_lines(mixed_lines(), APPLIED)
    # income inflows: dated, positive, not a loan drawn or own transfer
    assert [t.amount for t in lines.ins] == [D("5000.50"), D("9999")]
    assert lines.total == D("14999.50")  # 5000.50 + 9999
    assert [t.amount for t in lines.outs] == [D("-1200")]
    assert list(lines.outs_by_day) == [date(2026, 3, 2)]
    # by month only up to the application date: the June line is left out
    assert {k: [t.amount for t in v] for k, v in lines.ins_by_month.items()} == {
        (2026, 4): [D("5000.50")]
    }


def test_split_lines_names_every_payer_and_payee_even_undated_and_every_account_once() -> None:
    lines = split_lines(mixed_lines(), APPLIED)
    assert lines.payers == {"甲超市", "丙商店", "农商银行", "李明达", "丁店"}
    assert lines.payees == {"乙公司", "电力公司"}  # the zero line is neither
    assert list(lines.accounts) == ["A1", "A2"]  # first seen first
    assert lines.first_date == date(2026, 2, 10)  # the zero line is dated and earliest


def test_patterns_from_a_shared_split_equal_those_computed_from_the_lines() -> None:
    thresholds = load_rule_pack().thresholds
    lines = mixed_lines()
    shared = split_lines(lines, APPLIED)
    assert detect_patterns(lines, APPLIED, thresholds, lines=shared) == detect_patterns(
        lines, APPLIED, thresholds
    )


def test_same_day_matching_leaves_the_shared_outflows_untouched() -> None:
    band = Band(D("0.3"), D("0.5"))
    day = date(2026, 4, 1)
    lines = [
        line(day, "50000", TxCategory.SALES, "甲"),
        line(day, "-50000", TxCategory.OTHER_OUTFLOW, "乙"),
        line(day, "-49900", TxCategory.OTHER_OUTFLOW, "丙"),
    ]
    shared = split_lines(lines, None)
    first = same_day_pairs(lines, D("10000"), D("0.01"), band)
    # 50,000 in, 50,000 out the same day: matched share 50,000 / 50,000 = 100 %
    assert first.value == D("1")
    assert [o.amount for _, o in first.pairs] == [D("-50000")]  # the nearer of the two
    detect_patterns(lines, None, load_rule_pack().thresholds, lines=shared)
    assert [t.amount for t in shared.outs_by_day[day]] == [D("-50000"), D("-49900")]


def test_month_keys_run_across_the_year_end_and_print_as_year_month() -> None:
    keys = month_keys_between((2025, 11), (2026, 2))
    assert keys == [(2025, 11), (2025, 12), (2026, 1), (2026, 2)]
    assert [month_text(k) for k in keys] == ["2025-11", "2025-12", "2026-01", "2026-02"]


def test_summary_in_one_pass_sums_lines_out_of_order_up_to_the_application_date() -> None:
    s = summarise(mixed_lines(), APPLIED, {}, short_history_months=6)
    # dated lines up to 31 May: 10 Feb … 20 Apr, so February to April
    assert (s.first_date, s.last_date) == (date(2026, 2, 10), date(2026, 4, 20))
    assert [m.month for m in s.months] == ["2026-02", "2026-03", "2026-04"]
    # inflows 5000.50 + 20000 + 800 = 25800.50; outflows 1200
    assert (s.total_inflows, s.total_outflows) == (D("25800.50"), D("1200"))
    assert (s.loans_drawn, s.own_transfers_in, s.capital_injected) == (D("20000"), D("800"), D(0))
    assert s.net_business_inflows == D("5000.50")  # 25800.50 − 20000 − 800
    march = s.months[1]
    # March: in 20000 + 800, out 1200, business in 0 (a loan and an own transfer)
    assert (march.inflows, march.outflows, march.business_inflows) == (D("20800"), D("1200"), D(0))
    assert s.months[0].inflows == 0 and s.months[0].outflows == 0  # only the zero line


def test_month_bounds_run_from_the_first_to_the_next_months_first_day() -> None:
    assert month_bounds(date(2026, 2, 14)) == (date(2026, 2, 1), date(2026, 3, 1))
    assert month_bounds(date(2025, 12, 31)) == (date(2025, 12, 1), date(2026, 1, 1))
    # no 1 January 10000: the last month ends at the last day there is
    assert month_bounds(date(9999, 12, 5)) == (date(9999, 12, 1), date.max)


def test_lines_in_the_last_month_there_is_are_summed_in_it() -> None:
    lines = [
        line(date(9999, 12, 30), "5", TxCategory.SALES),
        line(date(9999, 11, 3), "-2", TxCategory.PURCHASE),
        line(date(9999, 12, 31), "7", TxCategory.SALES),
    ]
    s = summarise(lines, None, {}, short_history_months=6)
    # November: out 2; December: in 5 + 7 = 12
    assert [(m.month, m.inflows, m.outflows) for m in s.months] == [
        ("9999-11", D(0), D(2)),
        ("9999-12", D(12), D(0)),
    ]
    by_month = split_lines(lines, date.max).ins_by_month
    assert {k: len(v) for k, v in by_month.items()} == {(9999, 12): 2}
