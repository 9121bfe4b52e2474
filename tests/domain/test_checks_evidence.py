"""Evidence the sales estimates leave unused: every meter month by month, the
machines seen running, exports over time, the insured share of staff, and
the months a seasonal loan's principal falls due. Figures by hand."""

from __future__ import annotations

from decimal import Decimal

from domain.assessment import assess, assess_with_fraud
from domain.case import CustomsDeclaration, Equipment, MeterReading, Product, SeasonLine
from domain.enums import Light, MeterKind, RepaymentType, Season, Severity
from storage.rulepack_files import load_rule_pack
from tests.domain.checks_fixtures import TODAY, fig, plastics_case

D = Decimal
PACK = load_rule_pack()
MONTHS = [f"2025-{m:02d}" for m in (11, 12)] + [f"2026-{m:02d}" for m in range(1, 11)]


def _seasonal(case):  # type: ignore[no-untyped-def]
    """Peak June–August at 400,000 a month, 220,000 the other nine months."""
    case.income.seasons = [
        SeasonLine(season=Season.PEAK, months=3, sales=fig(400000), cogs=fig(304000)),
        SeasonLine(season=Season.NORMAL, months=9, sales=fig(220000), cogs=fig(167200)),
    ]
    case.business.season_of_month = {
        str(m): Season.PEAK if m in (6, 7, 8) else Season.NORMAL for m in range(1, 13)
    }
    return case


def test_a_second_meter_that_follows_the_seasons_is_steady() -> None:
    case = _seasonal(plastics_case())
    # water at 1 m³ per 1,000 yuan of the month's sales: 400 in the peak, 220 otherwise
    case.meters += [
        MeterReading(MeterKind.WATER, m, D(400 if m[5:] in ("06", "07", "08") else 220))
        for m in MONTHS
    ]
    check = assess(case, PACK, today=TODAY).check("utility_ratio_water")
    assert check is not None
    # 400,000 ÷ 400 = 220,000 ÷ 220 = 1,000 a m³ every month: spread 0
    assert check.deviation == D("0.000000")
    assert check.light is Light.GREEN


def test_declared_seasons_the_meter_does_not_follow_swing_and_raise_an_amber() -> None:
    case = _seasonal(plastics_case())
    # the electricity meter reads a flat 18,000 kWh a month (plastics_case)
    a = assess_with_fraud(case, PACK, today=TODAY)
    check = a.check("utility_ratio_electricity")
    assert check is not None
    # sales per kWh: 220,000 ÷ 18,000 = 12.22 (median), 400,000 ÷ 18,000 = 22.22;
    # (22.22 − 12.22) ÷ 12.22 = 81.8%: amber (> 50%), not yet red (> 100%)
    assert check.light is Light.AMBER
    assert "income.sales_per_unit_unstable" not in {f.rule for f in a.flags}
    case.income.seasons[0].sales = fig(500000)
    a = assess_with_fraud(case, PACK, today=TODAY)
    # 500,000 ÷ 18,000 = 27.78; (27.78 − 12.22) ÷ 12.22 = 127%: red → amber flag
    flags = {f.rule: f for f in a.flags}
    assert flags["income.sales_per_unit_unstable"].severity is Severity.AMBER


def _machines(running: int):  # type: ignore[no-untyped-def]
    case = plastics_case()
    case.business.products = [Product("注塑件", D(1), "千克", D("13.5"), D("0.24"))]
    case.business.equipment = [Equipment("注塑机", 4, D(7500), running)]
    return case


def test_declared_output_within_the_machines_running_is_green() -> None:
    check = assess(_machines(4), PACK, today=TODAY).check("running_output")
    assert check is not None
    # 3,240,000 ÷ 12 ÷ 13.5 = 20,000 kg a month; 4 × 7,500 = 30,000 running: 0.67
    assert check.deviation == D("0.666667")
    assert check.light is Light.GREEN


def test_idle_machines_cannot_make_the_declared_output() -> None:
    a = assess_with_fraud(_machines(2), PACK, today=TODAY)
    check = a.check("running_output")
    assert check is not None
    # 20,000 ÷ (2 × 7,500 = 15,000) = 1.33: amber (> 1.2), half the capacity idle
    assert check.deviation == D("1.333333")
    assert check.light is Light.AMBER
    assert "50%" in check.arithmetic_text()
    a = assess_with_fraud(_machines(1), PACK, today=TODAY)
    # 20,000 ÷ 7,500 = 2.67: red → an amber question of income
    assert a.check("running_output").light is Light.RED  # type: ignore[union-attr]
    rules = {f.rule: f.severity for f in a.flags}
    assert rules["income.output_beyond_running_machines"] is Severity.AMBER


def test_exports_that_halved_are_red_and_flagged_when_the_declared_year_did_not() -> None:
    case = plastics_case()
    case.customs = [
        CustomsDeclaration(m, fob_value=D(37500 if i < 6 else 18750), fx_rate=D("7.2"))
        for i, m in enumerate(MONTHS)
    ]
    case.business.export_share = D(1)
    case.tax.export_sales = D(0)
    a = assess_with_fraud(case, PACK, today=TODAY)
    check = a.check("exports_trend")
    assert check is not None
    # 6 × 37,500 × 7.2 = 1,620,000 then 6 × 18,750 × 7.2 = 810,000: fell 50%
    assert check.deviation == D("0.500000")
    assert check.light is Light.RED
    # recent year 810,000 × 2 = 1,620,000 against 3,240,000 declared: 50% below
    flag = next(f for f in a.flags if f.rule == "income.exports_fallen")
    assert "1620000.00" in flag.message.render()


def test_few_insured_employees_are_an_amber_note_not_a_headcount_gap() -> None:
    case = plastics_case()
    b = case.business
    b.staff_claimed, b.staff_social_insurance, b.staff_observed = 10, 3, 10
    check = assess(case, PACK, today=TODAY).check("headcount")
    assert check is not None
    assert check.deviation == D("1.000000")  # 10 ÷ max(3, 10, 13,000 ÷ 6,500 = 2)
    assert check.light is Light.AMBER  # 3 ÷ 10 = 30% < 50% insured
    assert "only 3 of 10 employees have social insurance (30%)" in check.notes[0].render()


def test_family_and_seasonal_staff_are_not_expected_on_the_insurance_list() -> None:
    case = plastics_case()
    b = case.business
    b.staff_claimed, b.staff_social_insurance, b.staff_observed = 9, 3, 3
    b.staff_family, b.staff_seasonal = 2, 4
    check = assess(case, PACK, today=TODAY).check("headcount")
    assert check is not None
    # 9 − 2 − 4 = 3 employees ÷ max(3, 3, 2) = 1.00
    assert check.deviation == D("1.000000")
    assert check.arithmetic_text().startswith("9 claimed − 2 family − 4 seasonal = 3")


def test_seasonal_principal_in_a_slack_month_is_an_amber_note() -> None:
    case = _seasonal(plastics_case())
    case.business.season_of_month["1"] = Season.SLACK
    case.loan.repayment_type = RepaymentType.SEASONAL
    case.proposal.principal_months = [1, 7]
    check = assess(case, PACK, today=TODAY).check("repayment_capacity")
    assert check is not None
    # the burden is the monthly interest: 240,000 × 6% ÷ 12 = 1,200
    assert check.estimate == D("1200.00")
    assert check.light is Light.AMBER
    assert check.notes[-1].render() == "principal due in months 1、7, of them slack season: 1"
