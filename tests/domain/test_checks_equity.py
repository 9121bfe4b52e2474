"""Equity reconciliation r1, with declared and with verified profit (§4.2)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.assessment import assess
from domain.enums import Light
from storage.rulepack_files import load_rule_pack
from tests.domain.checks_fixtures import TODAY, fig, plastics_case

D = Decimal
PACK = load_rule_pack()


def test_r1_compares_todays_equity_with_the_rolled_forward_start() -> None:
    e = assess(plastics_case(), PACK, today=TODAY).equity
    # E_actual = 2,300,000 assets − 480,000 liabilities = 1,820,000
    assert e.e_actual == D("1820000.00")
    # E_expected = 1,500,000 + 417,600 profit × 12/12 + 0 capital + 2,000 × 12 household income
    #              − 120,000 withdrawals − 30,000 depreciation = 1,791,600
    assert e.e_expected == D("1791600.00")
    # r1 = 28,400 ÷ 1,791,600 = 0.0158518…
    assert e.r1 == D("0.015852")
    assert e.light is Light.GREEN


def test_the_arithmetic_names_expected_equity_in_words_not_by_its_symbol() -> None:
    result = assess(plastics_case(), PACK, today=TODAY)
    equity = next(c for c in result.checks if c.id == "equity")
    assert equity.arithmetic is not None
    text = equity.arithmetic.render()
    assert text.startswith("expected equity ¥1,500,000 + ")
    # r1 = (1,820,000 − 1,791,600) ÷ 1,791,600, as in the test above
    assert "(equity today ¥1,820,000 − ¥1,791,600) ÷ ¥1,791,600" in text
    assert "E_expected" not in text


def test_r1_is_recomputed_with_the_verified_profit() -> None:
    e = assess(plastics_case(), PACK, today=TODAY).equity
    # verified profit 2,916,000 (S3, the one estimate on the case's own
    # records) × 24% − 360,000 = 339,840:
    # 1,500,000 + 339,840 + 24,000 − 150,000 = 1,713,840
    assert e.e_expected_verified == D("1713840.00")
    # (1,820,000 − 1,713,840) ÷ 1,713,840 = 106,160 ÷ 1,713,840 = 0.061943
    assert e.r1_verified == D("0.061943")
    assert not e.balances_only_with_verified


def test_books_that_balance_only_with_verified_profit_are_flagged() -> None:
    case = plastics_case()
    case.proposal.verified_sales_override = D(2000000)
    # verified profit = 2,000,000 × 0.24 − 360,000 = 120,000
    # E_expected (verified) = 1,500,000 + 120,000 + 24,000 − 150,000 = 1,494,000
    # make E_actual 1,494,000: household assets 1,000,000 → 674,000
    case.balance_sheet.household_assets = fig(674000)
    e = assess(case, PACK, today=TODAY).equity
    # declared: (1,494,000 − 1,791,600) ÷ 1,791,600 = −0.166109 → red
    assert e.r1 == D("-0.166109")
    assert e.light is Light.RED
    assert e.r1_verified == D("0.000000")
    assert e.light_verified is Light.GREEN
    assert e.balances_only_with_verified


def test_unknown_start_equity_is_not_computable_with_the_reason() -> None:
    case = plastics_case()
    case.equity.equity_start.value = None
    e = assess(case, PACK, today=TODAY).equity
    assert e.r1 is None
    assert e.light is Light.MISSING
    assert e.not_computable is not None
    # the reason names the input in words (domain.field_labels), not by its path
    assert e.not_computable.render() == (
        "not computable: missing equity at the start of the period"
    )
    assert e.check.missing == ["equity.equity_start"]


def test_non_positive_expected_equity_is_not_computable() -> None:
    case = plastics_case()
    case.equity.equity_start = fig(-2000000)
    e = assess(case, PACK, today=TODAY).equity
    # −2,000,000 + 417,600 + 24,000 − 150,000 = −1,708,400 ≤ 0
    assert e.e_expected == D("-1708400.00")
    assert e.r1 is None
    assert e.not_computable is not None
    assert "not positive" in e.not_computable.render()


def test_the_period_comes_from_the_start_date_when_months_are_not_given() -> None:
    case = plastics_case()
    case.equity.period_months = None
    case.equity.start_date = date(2026, 5, 27)  # six months before the balance sheet
    e = assess(case, PACK, today=TODAY).equity
    assert e.period_months == 6
    # 1,500,000 + 417,600 × 6/12 + 2,000 × 6 − 150,000 = 1,570,800
    assert e.e_expected == D("1570800.00")


def test_r1_lights_follow_the_equity_thresholds() -> None:
    band = PACK.thresholds.equity_r1
    assert band.light(D("0.05")) is Light.GREEN
    assert band.light(D("0.07")) is Light.AMBER
    assert band.light(D("0.11")) is Light.RED


def test_several_missing_inputs_are_named_in_words_as_one_list() -> None:
    case = plastics_case()
    case.equity.equity_start.value = None
    case.equity.period_months = None
    case.equity.start_date = None
    e = assess(case, PACK, today=TODAY).equity
    assert e.not_computable is not None
    assert e.not_computable.render() == (
        "not computable: missing equity at the start of the period, months of the period"
    )
