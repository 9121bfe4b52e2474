"""Statement analysis: classification, monthly sums and annualisation for S5,
and each suspicious pattern on both sides of its threshold (DOMAIN.md §4.1, §4.3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.case import BankTransaction
from domain.enums import FraudCategory, Light, Season, TxCategory
from domain.rulepack import Band
from domain.statement_analysis import (
    classify,
    detect_patterns,
    inflow_spike,
    is_individual,
    private_loan_payments,
    round_sum_inflows,
    sales_estimate_s5,
    same_day_pairs,
    summarise,
)

D = Decimal
OWNER = "李明达"
COMPANY = "台州市椒江明达五金有限公司"
OWN_ACCOUNT = "330100123456789012"
LENDERS = ["银行", "小额贷款", "信用社"]


def tx(
    on: date,
    amount: str,
    counterparty: str = "",
    description: str = "",
    account: str = "",
    category: TxCategory | None = None,
) -> BankTransaction:
    t = BankTransaction(
        on=on,
        amount=D(amount),
        counterparty=counterparty,
        description=description,
        counterparty_account=account,
    )
    if category is not None:
        t.category = category
    else:
        t.category = TxCategory.SALES if t.amount > 0 else TxCategory.OTHER_OUTFLOW
    return t


def _category(
    amount: str, counterparty: str = "", description: str = "", account: str = ""
) -> TxCategory:
    line = tx(date(2026, 5, 1), amount, counterparty, description, account)
    [classified] = classify([line], [OWNER, COMPANY], [OWN_ACCOUNT], LENDERS)
    return classified.category


# ------------------------------------------------------------ classification


def test_transfers_from_and_to_the_applicants_own_accounts_or_names_are_own_transfers() -> None:
    assert (
        _category("5000", "某某", "转账", account="3301 0012 3456 7890 12")
        == TxCategory.OWN_TRANSFER
    )
    assert _category("5000", OWNER, "转账") == TxCategory.OWN_TRANSFER
    assert _category("-5000", COMPANY, "货款") == TxCategory.OWN_TRANSFER


def test_loans_drawn_are_recognised_by_description_or_by_a_lender_counterparty() -> None:
    assert _category("200000", "江南农村商业银行", "贷款发放") == TxCategory.LOAN_DRAWN
    assert _category("50000", "张三", "放款") == TxCategory.LOAN_DRAWN
    assert _category("80000", "台州某小额贷款有限公司", "转账") == TxCategory.LOAN_DRAWN


def test_capital_injected_interest_and_ordinary_receipts_are_told_apart() -> None:
    assert _category("50000", "王五", "投资款") == TxCategory.CAPITAL_INJECTED
    assert _category("50000", "王五", "股东借款") == TxCategory.CAPITAL_INJECTED
    assert _category("1.23", "", "结息") == TxCategory.OTHER_INFLOW
    assert _category("12500", "台州市椒江宏达建材店", "货款") == TxCategory.SALES
    assert _category("10000", "", "现金存入") == TxCategory.SALES


def test_outflows_are_repayments_expenses_purchases_or_personal() -> None:
    assert _category("-3000", "江南农村商业银行", "还款") == TxCategory.LOAN_REPAYMENT
    assert _category("-3000", "江南农村商业银行", "扣款") == TxCategory.LOAN_REPAYMENT
    assert _category("-3000", "王建国", "利息") == TxCategory.LOAN_REPAYMENT
    assert _category("-5000", "国网浙江省电力有限公司", "电费") == TxCategory.EXPENSE
    assert _category("-20000", "张伟", "代发工资") == TxCategory.EXPENSE
    assert _category("-8000", "永康市金顺铜业有限公司", "货款") == TxCategory.PURCHASE
    assert _category("-8000", "永康市金顺铜业有限公司", "转账") == TxCategory.PURCHASE
    assert _category("-2000", "", "ATM取现") == TxCategory.PERSONAL
    assert _category("-500", "永辉超市", "消费") == TxCategory.PERSONAL
    assert _category("-8000", "张伟", "转账") == TxCategory.OTHER_OUTFLOW


def test_classify_returns_copies_and_leaves_the_input_lines_unchanged() -> None:
    line = tx(date(2026, 5, 1), "200000", "江南农村商业银行", "贷款发放")
    [classified] = classify([line], [], [], LENDERS)
    assert classified.category == TxCategory.LOAN_DRAWN
    assert line.category == TxCategory.SALES


# ------------------------------------------------------------------ summary


def _three_months() -> list[BankTransaction]:
    return [
        tx(date(2026, 3, 5), "40000"),
        tx(date(2026, 3, 9), "-10000", category=TxCategory.PURCHASE),
        tx(date(2026, 4, 2), "200000", category=TxCategory.LOAN_DRAWN),
        tx(date(2026, 4, 10), "30000"),
        tx(date(2026, 4, 11), "20000", category=TxCategory.OWN_TRANSFER),
        tx(date(2026, 5, 20), "50000"),
        tx(date(2026, 5, 21), "10000", category=TxCategory.CAPITAL_INJECTED),
        tx(date(2026, 6, 2), "99999"),  # after the application date: left out
    ]


def test_summary_nets_loans_own_transfers_and_capital_out_of_the_inflows() -> None:
    summary = summarise(_three_months(), date(2026, 5, 31), {}, short_history_months=6)

    assert [m.month for m in summary.months] == ["2026-03", "2026-04", "2026-05"]
    assert summary.months_covered == 3
    # Inflows: 40,000 + 200,000 + 30,000 + 20,000 + 50,000 + 10,000 = 350,000.
    assert summary.total_inflows == D("350000")
    assert summary.total_outflows == D("10000")
    # Net: 350,000 − 200,000 loan − 20,000 own − 10,000 capital = 120,000.
    assert summary.net_business_inflows == D("120000")
    assert [m.inflows for m in summary.months] == [D("40000"), D("250000"), D("60000")]
    assert [m.business_inflows for m in summary.months] == [D("40000"), D("30000"), D("50000")]
    # 3 months → × 12/3 = 4: 120,000 × 4 = 480,000.
    assert summary.annualisation == D(4)
    assert summary.annualised_net_business_inflows == D("480000.00")


def test_fewer_than_six_months_gives_a_short_history_note() -> None:
    short = summarise(_three_months(), date(2026, 5, 31), {}, short_history_months=6)
    assert short.short_history
    assert "3 months" in str(short.notes[0])

    longer = summarise(_three_months(), date(2026, 5, 31), {}, short_history_months=3)
    assert not longer.short_history
    assert longer.notes == []


def test_annualising_weights_each_month_by_its_seasons_declared_sales() -> None:
    # Peak Oct–Dec (200 a month), slack Jan–Feb (50), normal the other 7 (100).
    seasons = {str(m): Season.NORMAL for m in range(1, 13)}
    seasons.update({"10": Season.PEAK, "11": Season.PEAK, "12": Season.PEAK})
    seasons.update({"1": Season.SLACK, "2": Season.SLACK})
    sales = {Season.PEAK: D("200"), Season.SLACK: D("50"), Season.NORMAL: D("100")}
    lines = [tx(date(2025, 10, 8), "70000"), tx(date(2025, 11, 8), "70000")]

    summary = summarise(
        lines, date(2025, 11, 30), seasons, short_history_months=6, season_sales=sales
    )

    # Year: 3×200 + 2×50 + 7×100 = 1,400; Oct + Nov: 200 + 200 = 400; factor 3.5.
    assert summary.annualisation == D("3.5")
    # 140,000 × 3.5 = 490,000 (not 140,000 × 12/2 = 840,000: the peak is covered).
    assert summary.annualised_net_business_inflows == D("490000.00")


def test_s5_divides_annualised_net_inflows_by_the_non_cash_share() -> None:
    summary = summarise(_three_months(), date(2026, 5, 31), {}, short_history_months=6)
    # 480,000 ÷ (1 − 0.20) = 600,000.
    assert sales_estimate_s5(summary, D("0.20")) == D("600000.00")
    assert sales_estimate_s5(summary, D("1")) is None


def test_a_summary_without_lines_covers_no_months_and_gives_no_s5() -> None:
    summary = summarise([], date(2026, 5, 31), {}, short_history_months=6)
    assert summary.months_covered == 0
    assert sales_estimate_s5(summary, D("0")) is None


# ----------------------------------------------------------------- patterns

ROUND = Band(D("0.30"), D("0.50"))
SAME_DAY = Band(D("0.10"), D("0.20"))
SPIKE = Band(D("1.5"), D("2"))


@pytest.mark.parametrize(
    ("amounts", "share", "light"),
    [
        # 30,000 round of 30,000 + 35,000.50 + 34,999.50 = 100,000 → 0.30, at the limit: green.
        (["30000", "35000.50", "34999.50"], D("0.30"), Light.GREEN),
        # 40,000 of 100,000 → 0.40: amber.
        (["40000", "30000.50", "29999.50"], D("0.40"), Light.AMBER),
        # 20,000 + 40,000 of 100,000 → 0.60: red.
        (["20000", "40000", "20000.50", "19999.50"], D("0.60"), Light.RED),
    ],
)
def test_round_sum_inflows_share_of_inflow_value(
    amounts: list[str], share: Decimal, light: Light
) -> None:
    lines = [tx(date(2026, 5, i + 1), a) for i, a in enumerate(amounts)]
    lines.append(tx(date(2026, 5, 20), "200000", category=TxCategory.LOAN_DRAWN))  # not counted
    result = round_sum_inflows(lines, D("10000"), ROUND)
    assert result.value == share
    assert result.light == light
    assert result.category == FraudCategory.INCOME
    assert all(t.amount % 10000 == 0 and t.amount < 200000 for t in result.transactions)


def test_same_day_pair_within_one_percent_counts_and_one_outside_does_not() -> None:
    day = date(2026, 5, 8)
    other = tx(date(2026, 5, 2), "200000")
    inflow = tx(day, "50000")
    near = tx(day, "-49600")  # 400 / 50,000 = 0.8% ≤ 1%
    result = same_day_pairs([other, inflow, near], D("10000"), D("0.01"), SAME_DAY)
    # 50,000 / (200,000 + 50,000) = 0.20: at the red limit, so amber.
    assert result.value == D("0.2")
    assert result.light == Light.AMBER
    assert result.pairs == [(inflow, near)]
    assert result.transactions == [inflow, near]

    far = tx(day, "-49400")  # 600 / 50,000 = 1.2% > 1%
    result = same_day_pairs([other, inflow, far], D("10000"), D("0.01"), SAME_DAY)
    assert result.value == D("0")
    assert result.light == Light.GREEN


def test_same_day_pairs_ignore_small_amounts_and_other_days() -> None:
    small_in, small_out = tx(date(2026, 5, 8), "9000"), tx(date(2026, 5, 8), "-9000")
    big_in, next_day_out = tx(date(2026, 5, 9), "60000"), tx(date(2026, 5, 10), "-60000")
    result = same_day_pairs(
        [small_in, small_out, big_in, next_day_out], D("10000"), D("0.01"), SAME_DAY
    )
    assert result.pairs == []
    # Both of 60,000 of 69,000 inflow in one day: 60,000 / 69,000 ≈ 0.87 > 0.20 → red.
    both = same_day_pairs(
        [small_in, big_in, tx(date(2026, 5, 9), "-60000")], D("10000"), D("0.01"), SAME_DAY
    )
    assert both.value == D("60000") / D("69000")
    assert both.light == Light.RED


def _monthly(recent: str) -> list[BankTransaction]:
    earlier = [tx(date(2026, m, 10), "10000") for m in (1, 2, 3, 4)]
    return [*earlier, tx(date(2026, 5, 10), recent), tx(date(2026, 6, 10), recent)]


@pytest.mark.parametrize(
    ("recent", "ratio", "light"),
    [
        ("15000", D("1.5"), Light.GREEN),  # (15,000 + 15,000)/2 ÷ 10,000 = 1.5: at the limit
        ("20000", D("2"), Light.AMBER),  # 20,000 ÷ 10,000 = 2
        ("25000", D("2.5"), Light.RED),  # 25,000 ÷ 10,000 = 2.5
    ],
)
def test_inflow_spike_compares_the_last_two_months_with_the_earlier_average(
    recent: str, ratio: Decimal, light: Light
) -> None:
    result = inflow_spike(_monthly(recent), date(2026, 6, 15), 2, SPIKE)
    assert result.value == ratio
    assert result.light == light
    assert [t.on for t in result.transactions] == [date(2026, 5, 10), date(2026, 6, 10)]


def test_inflow_spike_needs_two_earlier_months_and_an_application_date() -> None:
    lines = [tx(date(2026, 4, 10), "10000"), tx(date(2026, 5, 10), "90000")]
    assert inflow_spike(lines, date(2026, 6, 15), 2, SPIKE).light == Light.MISSING
    assert inflow_spike(_monthly("1"), None, 2, SPIKE).light == Light.MISSING


def test_regular_similar_payments_to_one_person_flag_possible_private_loan_interest() -> None:
    # 3,000, 3,100, 3,050: max ÷ min − 1 = 3,100 / 3,000 − 1 = 3.3% ≤ 5%.
    lines = [
        tx(date(2026, 5, 20), "-3000", "王建国", "利息"),
        tx(date(2026, 6, 20), "-3100", "王建国", "利息"),
        tx(date(2026, 7, 21), "-3050", "王建国", "利息"),
        tx(date(2026, 7, 22), "-3000", "永康市金顺铜业有限公司", "货款"),
    ]
    result = private_loan_payments(lines, 3, D("0.05"))
    assert result.value == D(3)
    assert result.light == Light.AMBER
    assert result.category == FraudCategory.WEALTH
    assert result.counterparties == ["王建国"]
    assert result.transactions == lines[:3]


def test_payments_that_vary_more_than_five_percent_or_skip_a_month_are_not_flagged() -> None:
    varying = [
        tx(date(2026, 5, 20), "-3000", "王建国"),
        tx(date(2026, 6, 20), "-3200", "王建国"),  # 3,200 / 3,000 − 1 = 6.7% > 5%
        tx(date(2026, 7, 20), "-3000", "王建国"),
    ]
    result = private_loan_payments(varying, 3, D("0.05"))
    assert result.value == D(1)
    assert result.light == Light.GREEN

    gap = [
        tx(date(2026, 5, 20), "-3000", "王建国"),
        tx(date(2026, 6, 20), "-3000", "王建国"),
        tx(date(2026, 8, 20), "-3000", "王建国"),  # July missing
    ]
    assert private_loan_payments(gap, 3, D("0.05")).value == D(2)

    shop = [tx(date(2026, m, 20), "-3000", "王建国五金店") for m in (5, 6, 7)]
    assert private_loan_payments(shop, 3, D("0.05")).light == Light.GREEN


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("张伟", True),
        ("欧阳建国", True),
        ("欧阳建国华", False),  # five characters
        ("李", False),
        ("永辉超市", False),
        ("明达商行", False),
        ("John Smith", False),
    ],
)
def test_an_individual_is_two_to_four_chinese_characters_without_company_words(
    name: str, expected: bool
) -> None:
    assert is_individual(name) is expected


def test_detect_patterns_reads_the_rule_packs_statement_thresholds() -> None:
    from storage.rulepack_files import load_rule_pack

    thresholds = load_rule_pack().thresholds
    results = detect_patterns(_monthly("25000"), date(2026, 6, 15), thresholds)
    assert [r.pattern for r in results] == [
        "same_day_pairs",
        "round_sum_inflows",
        "inflow_spike",
        "private_loan_payments",
    ]
    spike = results[2]
    assert spike.amber == D("1.5") and spike.red == D("2")
    assert spike.light == Light.RED
    # Round: the four 10,000s = 40,000 of 40,000 + 2 × 25,000 = 90,000 → 0.444…: amber.
    assert results[1].light == Light.AMBER


# ------------------------------------------------------------------ merging


def test_merging_an_overlapping_export_drops_only_lines_the_case_already_holds() -> None:
    from domain.statement_import import merge_transactions

    a = tx(date(2026, 5, 1), "100", "甲", "货款")
    b = tx(date(2026, 5, 2), "-50", "乙", "电费")
    existing = [a, b]
    # The new export repeats b, and holds two equal payments to 丙 on 5 May plus one new line.
    again_b = tx(date(2026, 5, 2), "-50", "乙", "电费")
    c1 = tx(date(2026, 5, 5), "-30", "丙", "运费")
    c2 = tx(date(2026, 5, 5), "-30", "丙", "运费")
    earlier = tx(date(2026, 4, 30), "70", "丁", "货款")

    merged, duplicates = merge_transactions(existing, [again_b, c1, c2, earlier])

    assert duplicates == 1  # only b
    assert merged == [earlier, a, b, c1, c2]  # 4 − 1 new lines added, in date order


def test_classify_for_case_treats_the_owner_spouse_and_imported_accounts_as_own() -> None:
    from domain.case import Applicant, Case, Person
    from domain.statement_analysis import classify_for_case

    case = Case(
        applicant=Applicant(
            registered_name=COMPANY,
            owner=Person(name=OWNER, bank_account="6222021207000012345"),
            spouse=Person(name="陈丽"),
        )
    )
    from_spouse = tx(date(2026, 5, 1), "8000", "陈丽", "转账")
    to_owner_card = tx(date(2026, 5, 2), "-5000", "某某", "转账", account="6222021207000012345")
    # A line of another imported statement names that statement's account as its own.
    other_statement = tx(date(2026, 5, 3), "100", "客户", "货款")
    other_statement.account = OWN_ACCOUNT
    between = tx(date(2026, 5, 3), "3000", "某某", "转账", account=OWN_ACCOUNT)
    loan = tx(date(2026, 5, 4), "90000", "台州银行", "转账")

    lines = classify_for_case(case, [from_spouse, to_owner_card, other_statement, between, loan])

    assert [t.category for t in lines] == [
        TxCategory.OWN_TRANSFER,
        TxCategory.OWN_TRANSFER,
        TxCategory.SALES,
        TxCategory.OWN_TRANSFER,
        TxCategory.LOAN_DRAWN,  # 银行 is a lender word
    ]
