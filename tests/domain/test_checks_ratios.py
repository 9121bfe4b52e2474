"""Gross margin, inventory, days of stock and headcount checks (§4.3), by hand."""

from __future__ import annotations

from decimal import Decimal

from domain.assessment import assess
from domain.checks.base import CheckResult
from domain.enums import Light
from storage.rulepack_files import load_rule_pack
from tests.domain.checks_fixtures import TODAY, fig, plastics_case

D = Decimal
PACK = load_rule_pack()


def _run(case, check_id: str) -> CheckResult:  # type: ignore[no-untyped-def]
    result = assess(case, PACK, today=TODAY).check(check_id)
    assert result is not None
    return result


def test_margin_inside_the_industry_band_is_green() -> None:
    m = _run(plastics_case(), "gross_margin")
    assert m.estimate == D("0.240000")  # (3,240,000 − 2,462,400) ÷ 3,240,000
    assert m.deviation == 0
    assert m.light is Light.GREEN


def test_margin_five_points_above_the_band_is_amber() -> None:
    case = plastics_case()
    case.income.seasons[0].cogs = fig(189000)
    m = _run(case, "gross_margin")
    # (270,000 − 189,000) ÷ 270,000 = 0.30; band high 0.25 → 0.05 outside, within tolerance
    assert m.estimate == D("0.300000")
    assert m.deviation == D("0.050000")
    assert m.light is Light.AMBER


def test_margin_nine_points_above_the_band_is_red() -> None:
    case = plastics_case()
    case.income.seasons[0].cogs = fig(178200)
    m = _run(case, "gross_margin")
    # (270,000 − 178,200) ÷ 270,000 = 0.34 → 0.09 above 0.25
    assert m.deviation == D("0.090000")
    assert m.light is Light.RED


def test_a_small_inventory_gap_relative_to_assets_is_ignored() -> None:
    case = plastics_case()
    case.balance_sheet.inventory_counted = fig(280000)
    m = _run(case, "inventory_gap")
    # gap 40,000 ÷ 320,000 = 12.5 % (amber) but 40,000 < 2 % × 2,280,000 = 45,600 → ignored
    assert m.deviation == D("0.125000")
    assert m.light is Light.GREEN
    assert m.notes


def test_an_inventory_gap_of_fifteen_percent_is_amber() -> None:
    case = plastics_case()
    case.balance_sheet.inventory_counted = fig(270000)
    m = _run(case, "inventory_gap")
    # 50,000 ÷ 320,000 = 0.15625; 2 % × 2,270,000 = 45,400 < 50,000 → counts
    assert m.deviation == D("0.156250")
    assert m.light is Light.AMBER


def test_an_inventory_gap_of_a_quarter_is_red() -> None:
    case = plastics_case()
    case.balance_sheet.inventory_counted = fig(240000)
    m = _run(case, "inventory_gap")
    assert m.deviation == D("0.250000")  # 80,000 ÷ 320,000
    assert m.light is Light.RED


def test_inventory_gap_without_a_count_is_missing() -> None:
    case = plastics_case()
    case.balance_sheet.inventory_counted.value = None
    m = _run(case, "inventory_gap")
    assert m.light is Light.MISSING
    assert m.missing == ["balance_sheet.inventory_counted"]


def _days(counted: int) -> CheckResult:
    case = plastics_case()
    case.balance_sheet.inventory_counted = fig(counted)
    return _run(case, "stock_days")


def test_days_of_stock_inside_the_band_is_green() -> None:
    m = _days(300000)
    assert m.estimate == D("44.5")  # 300,000 ÷ 2,462,400 × 365 = 44.47
    assert m.light is Light.GREEN


def test_days_of_stock_a_quarter_above_the_band_is_still_green() -> None:
    # 182,500,000 ÷ 2,462,400 = 74.114685 days; (74.114685 − 60) ÷ 60 = 0.2352447 ≤ 0.5
    m = _days(500000)
    assert m.deviation == D("0.235245")
    assert m.light is Light.GREEN


def test_days_of_stock_seventy_percent_above_the_band_is_amber() -> None:
    # 700,000 ÷ 2,462,400 × 365 = 103.76 days; (103.76 − 60) ÷ 60 = 0.729
    m = _days(700000)
    assert m.light is Light.AMBER


def test_days_of_stock_far_above_the_band_is_red() -> None:
    # 1,000,000 ÷ 2,462,400 × 365 = 148.23 days; (148.23 − 60) ÷ 60 = 1.47 > 1
    assert _days(1000000).light is Light.RED


def test_days_of_stock_below_the_band_counts_against_the_low_edge() -> None:
    # 18,250,000 ÷ 2,462,400 = 7.411468 days; (20 − 7.411468) ÷ 20 = 0.6294266 → amber
    m = _days(50000)
    assert m.deviation == D("0.629427")
    assert m.light is Light.AMBER


def _headcount(claimed: int) -> CheckResult:
    case = plastics_case()
    case.business.staff_claimed = claimed
    return _run(case, "headcount")


def test_headcount_matching_the_evidence_is_green() -> None:
    m = _headcount(3)
    # max(2 insured, 3 observed, 13,000 ÷ 6,500 = 2 from payroll) = 3; 3 ÷ 3 = 1
    assert m.deviation == D("1.000000")
    assert m.light is Light.GREEN


def test_headcount_a_third_above_the_evidence_is_amber() -> None:
    m = _headcount(4)
    assert m.deviation == D("1.333333")  # 4 ÷ 3
    assert m.light is Light.AMBER


def test_headcount_double_the_evidence_is_red() -> None:
    m = _headcount(6)
    assert m.deviation == D("2.000000")  # 6 ÷ 3
    assert m.light is Light.RED


def test_headcount_without_any_evidence_lists_the_three_sources() -> None:
    case = plastics_case()
    b = case.business
    b.staff_social_insurance = b.staff_observed = None
    b.payroll_monthly = None
    m = _run(case, "headcount")
    assert m.light is Light.MISSING
    assert len(m.missing) == 3
