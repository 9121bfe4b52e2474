"""domain.statement_scan: the one pass an assessment makes over the lines
gives what each reader used to gather for itself."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from domain.assessment import assess, assess_with_fraud
from domain.case import BankTransaction
from domain.enums import TxCategory
from domain.fraud.engine import evaluate_fraud
from domain.statement_scan import NOT_INCOME, scan_lines
from tests.domain.fraud_support import TODAY, clean_case, pack

ZERO = Decimal("0")
_NAMES = ["张三", "某某贸易有限公司", "", "供电局"]


def _lines(seed: int) -> list[BankTransaction]:
    rnd = random.Random(seed)
    out = [
        BankTransaction(
            None if rnd.random() < 0.05 else date(2025, 6, 1) + timedelta(rnd.randrange(430)),
            Decimal(rnd.choice([0, 1, -1]) * rnd.randrange(1, 10**7)).scaleb(-2),
            rnd.choice(_NAMES),
            "",
            "",
            rnd.choice(list(TxCategory)),
            rnd.choice(["6222", "6228", ""]),
        )
        for _ in range(150)
    ]
    if seed % 2:
        rnd.shuffle(out)
    return out


def test_the_scan_splits_the_lines_as_their_definitions_say() -> None:
    for seed in range(30):
        lines = _lines(seed)
        applied = date(2026, 6, 30)
        scan = scan_lines(lines, applied)
        dated = [t for t in lines if t.on is not None]
        ins = [t for t in dated if t.amount > 0 and t.category not in NOT_INCOME]
        assert scan.lines.ins == ins
        assert repr(scan.lines.total) == repr(sum((t.amount for t in ins), ZERO))
        assert scan.lines.outs == [t for t in dated if t.amount < 0]
        assert scan.lines.payers == {t.counterparty for t in lines if t.amount > 0} - {""}
        assert scan.lines.payees == {t.counterparty for t in lines if t.amount < 0} - {""}
        assert list(scan.lines.accounts) == list(
            dict.fromkeys(t.account for t in lines if t.account)
        )
        assert scan.lines.first_date == min(t.on for t in dated)  # type: ignore[type-var]
        assert scan.last_date == max(t.on for t in dated)  # type: ignore[type-var]
        # S2 reads the dated purchases, in line order
        assert scan.purchases == [t for t in dated if t.category is TxCategory.PURCHASE]
        # inflows by month: only months with an income inflow up to the application date
        by_month: dict[tuple[int, int], list[BankTransaction]] = {}
        for t in ins:
            if t.on <= applied:  # type: ignore[operator]
                by_month.setdefault((t.on.year, t.on.month), []).append(t)  # type: ignore[union-attr]
        assert scan.lines.ins_by_month == by_month


def test_without_an_application_date_no_inflows_are_grouped_by_month_but_all_are_summed() -> None:
    lines = [
        BankTransaction(date(2026, 1, 5), Decimal("100.00"), "甲", category=TxCategory.SALES),
        BankTransaction(date(2027, 3, 5), Decimal("50.00"), "乙", category=TxCategory.SALES),
    ]
    scan = scan_lines(lines, None)
    assert scan.lines.ins_by_month == {}
    # 100 + 50 = 150, over January 2026 … March 2027
    assert scan.sums.total_in == Decimal("150.00")
    assert (scan.sums.first, scan.sums.last) == (date(2026, 1, 5), date(2027, 3, 5))


def test_a_scan_without_dated_lines_has_no_summary_dates() -> None:
    scan = scan_lines([BankTransaction(None, Decimal("5.00"), "甲")], date(2026, 6, 30))
    assert scan.sums.first is None and scan.sums.last is None
    assert scan.lines.first_date is None and scan.last_date is None
    assert scan.lines.payers == {"甲"}


def test_an_assessment_given_the_scan_equals_one_that_makes_its_own() -> None:
    case = clean_case()
    own = assess(case, pack(), today=TODAY)
    given = assess(
        case,
        pack(),
        today=TODAY,
        statement_scan=scan_lines(case.transactions, case.loan.application_date),
    )
    assert repr(given) == repr(own)


def test_a_scan_for_another_date_is_not_used() -> None:
    case = clean_case()
    own = assess(case, pack(), today=TODAY)
    stale = scan_lines(case.transactions[:3], date(2020, 1, 1))  # other lines, other date
    assert repr(assess(case, pack(), today=TODAY, statement_scan=stale)) == repr(own)


def test_fraud_flags_from_the_shared_lines_equal_those_the_rules_split_themselves() -> None:
    case = clean_case()
    # a round sum and a same-day pair, so that the statement rules have work
    day = date(2026, 9, 15)
    case.transactions += [
        BankTransaction(day, Decimal("500000.00"), "某客户", category=TxCategory.SALES),
        BankTransaction(day, Decimal("-499000.00"), "某客户", category=TxCategory.OTHER_OUTFLOW),
    ]
    assessment = assess(case, pack(), today=TODAY)
    shared = scan_lines(case.transactions, case.loan.application_date).lines
    plain = evaluate_fraud(case, assessment, pack(), today=TODAY)
    given = evaluate_fraud(case, assessment, pack(), today=TODAY, statement_lines=shared)
    assert repr(given) == repr(plain)
    assert {f.rule for f in plain} >= {"income.round_sum_inflows", "income.same_day_in_out"}
    assert repr(assess_with_fraud(case, pack(), today=TODAY).flags) == repr(plain)
