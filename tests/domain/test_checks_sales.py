"""Sales estimates S1–S8, deviations, lights and verified sales, by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.assessment import assess
from domain.case import (
    BankTransaction,
    CustomsDeclaration,
    MeterReading,
    Product,
    SeasonLine,
    TaxRecord,
)
from domain.enums import Light, Season, TaxpayerType, TxCategory
from storage.rulepack_files import load_rule_pack
from tests.domain.checks_fixtures import TODAY, fig, plastics_case

D = Decimal
PACK = load_rule_pack()


def _check(case, check_id):  # type: ignore[no-untyped-def]
    result = assess(case, PACK, today=TODAY).check(check_id)
    assert result is not None
    return result


def test_s1_is_monthly_sales_times_months_and_is_its_own_reference() -> None:
    s1 = _check(plastics_case(), "S1")
    assert s1.estimate == D("3240000.00")  # 270,000 × 12
    assert s1.deviation == 0
    assert s1.light is Light.GREEN
    assert s1.arithmetic_text() == "Σ monthly sales × months: ¥270,000 × 12 = ¥3,240,000"


def test_s2_divides_declared_cost_of_goods_by_one_minus_the_industry_mid_margin() -> None:
    s2 = _check(plastics_case(), "S2")
    # plastics band 12–25 % → mid 18.5 %; 2,462,400 ÷ 0.815 = 3,021,349.693…
    assert s2.estimate == D("3021349.69")
    # (3,240,000 − 3,021,349.693) ÷ 3,240,000 = 0.067485
    assert s2.deviation == D("0.067485")
    assert s2.light is Light.GREEN


def test_s3_small_scale_vat_paid_over_levy_rate_sits_on_the_green_boundary() -> None:
    s3 = _check(plastics_case(), "S3")
    assert s3.estimate == D("2916000.00")  # 29,160 ÷ 0.01
    assert s3.deviation == D("0.100000")  # 324,000 ÷ 3,240,000 = exactly 10 %: still green
    assert s3.light is Light.GREEN


def test_s3_general_taxpayer_annualises_six_months_of_output_vat() -> None:
    case = plastics_case()
    case.tax.taxpayer_type = TaxpayerType.GENERAL
    case.tax.output_vat = D(390000)
    case.tax.vat_rate = D("0.13")
    case.tax.months = 6
    s3 = _check(case, "S3")
    assert s3.estimate == D("6000000.00")  # 390,000 ÷ 0.13 = 3,000,000; × 12 / 6
    # (3,240,000 − 6,000,000) ÷ 3,240,000 = −0.851852
    assert s3.deviation == D("-0.851852")
    assert s3.light is Light.RED


def test_s3_is_not_available_for_a_vat_exempt_business() -> None:
    case = plastics_case()
    case.tax.taxpayer_type = TaxpayerType.EXEMPT
    s3 = _check(case, "S3")
    assert s3.light is Light.MISSING
    assert s3.estimate is None
    assert s3.notes and "VAT-exempt" in s3.notes[0].render()


def test_s4_turns_counted_stock_into_sales_with_the_industry_days() -> None:
    s4 = _check(plastics_case(), "S4")
    # 300,000 × 365 ÷ 40 days ÷ (1 − 0.24) = 2,737,500 ÷ 0.76 = 3,601,973.684…
    assert s4.estimate == D("3601973.68")
    # (3,240,000 − 3,601,973.684) ÷ 3,240,000 = −0.111720 → amber (10–20 %)
    assert s4.deviation == D("-0.111720")
    assert s4.light is Light.AMBER


def _statement(case) -> None:  # type: ignore[no-untyped-def]
    lines = []
    for month in (9, 10, 11):
        lines.append(BankTransaction(on=date(2026, month, 5), amount=D(250000)))
    lines.append(
        BankTransaction(on=date(2026, 10, 8), amount=D(100000), category=TxCategory.LOAN_DRAWN)
    )
    lines.append(
        BankTransaction(on=date(2026, 9, 9), amount=D(50000), category=TxCategory.OWN_TRANSFER)
    )
    lines.append(
        BankTransaction(on=date(2026, 9, 10), amount=D(-90000), category=TxCategory.PURCHASE)
    )
    case.transactions = lines


def test_s5_nets_out_loans_and_own_transfers_annualises_and_notes_short_history() -> None:
    case = plastics_case()
    _statement(case)
    s5 = _check(case, "S5")
    # inflows 750,000 + 100,000 + 50,000 = 900,000; business = 750,000 over Sep–Nov (3 months)
    # × 12 / 3 = 3,000,000; ÷ (1 − 3 % cash share) = 3,092,783.505…
    assert s5.estimate == D("3092783.51")
    # (3,240,000 − 3,092,783.51) ÷ 3,240,000 = 0.045437 → green, but 3 < 6 months: amber
    assert s5.deviation == D("0.045437")
    assert s5.light is Light.AMBER
    assert any("hort history" in n.render() for n in s5.notes)


def test_s5_weights_the_covered_months_by_their_seasons_sales() -> None:
    case = plastics_case()
    _statement(case)
    case.income.seasons = [
        SeasonLine(season=Season.PEAK, months=3, sales=fig(400000), cogs=fig(300000)),
        SeasonLine(season=Season.NORMAL, months=9, sales=fig(220000), cogs=fig(170000)),
    ]
    case.business.season_of_month = {
        str(m): Season.PEAK if m in (9, 10, 11) else Season.NORMAL for m in range(1, 13)
    }
    s5 = _check(case, "S5")
    # year = 400,000 × 3 + 220,000 × 9 = 3,180,000; Sep–Nov weigh 1,200,000 → × 2.65
    # 750,000 × 2.65 = 1,987,500; ÷ 0.97 = 2,048,969.072…
    assert s5.estimate == D("2048969.07")


def test_s2_uses_statement_purchases_when_imported() -> None:
    case = plastics_case()
    _statement(case)
    s2 = _check(case, "S2")
    # purchases 90,000 over Sep–Nov × 12/3 = 360,000 at the case's own margin
    # (income statement 24%): ÷ (1 − 0.24) = 473,684.210…
    assert s2.estimate == D("473684.21")
    assert "(the case's income statement)" in s2.arithmetic_text()
    assert not s2.norm_built
    assert s2.light is Light.RED


def test_s6_reads_the_electricity_meter_with_the_industry_norm() -> None:
    s6 = _check(plastics_case(), "S6")
    assert s6.estimate == D("3240000.00")
    assert s6.arithmetic_text() == (
        "electricity 216,000 kWh ÷ 0.9 kWh/kg (industry norm)"
        " × ¥13.50/kg (industry norm) = ¥3,240,000"
    )
    assert s6.norm_built  # the price is the norm's: weak evidence
    assert s6.light is Light.GREEN


def test_s6_annualises_six_months_of_readings() -> None:
    case = plastics_case()
    case.meters = [MeterReading(month=f"2026-{m:02d}", quantity=D(18000)) for m in range(6, 12)]
    s6 = _check(case, "S6")
    # 108,000 kWh × 12 / 6 = 216,000 kWh → same 3,240,000; six months is not short
    assert s6.estimate == D("3240000.00")
    assert s6.light is Light.GREEN
    assert not any("hort history" in n.render() for n in s6.notes)


def test_s7_converts_fob_at_the_declared_rate_and_annualises() -> None:
    case = plastics_case()
    case.customs = [
        CustomsDeclaration(month="2026-10", fob_value=D(100000), fx_rate=D("7.2")),
        CustomsDeclaration(month="2026-11", fob_value=D(100000), fx_rate=D("7.2")),
    ]
    s7 = _check(case, "S7")
    # 2 × 100,000 × 7.2 = 1,440,000 over 2 months × 6 = 8,640,000
    assert s7.estimate == D("8640000.00")
    # (3,240,000 − 8,640,000) ÷ 3,240,000 = −1.666667
    assert s7.deviation == D("-1.666667")
    assert s7.light is Light.RED


def test_s7_without_an_fx_rate_lists_what_is_missing() -> None:
    case = plastics_case()
    case.customs = [CustomsDeclaration(month="2026-10", declaration_no="A1", fob_value=D(1))]
    s7 = _check(case, "S7")
    assert s7.light is Light.MISSING
    assert s7.missing == ["customs.fx_rate (A1)"]


def test_s8_multiplies_observed_customers_ticket_and_days() -> None:
    case = plastics_case()
    obs = case.business.observation
    obs.customers_per_day, obs.average_ticket, obs.days_open_per_year = D(120), D(80), 330
    s8 = _check(case, "S8")
    assert s8.estimate == D("3168000.00")  # 120 × 80 × 330
    assert s8.deviation == D("0.022222")  # 72,000 ÷ 3,240,000
    assert s8.light is Light.GREEN


def test_s8_without_observation_is_missing_and_names_the_fields() -> None:
    s8 = _check(plastics_case(), "S8")
    assert s8.light is Light.MISSING
    assert "business.observation.customers_per_day" in s8.missing


def test_the_officers_reference_override_replaces_s1_as_reference() -> None:
    case = plastics_case()
    case.proposal.reference_sales_override = D(3000000)
    a = assess(case, PACK, today=TODAY)
    s1, s6 = a.check("S1"), a.check("S6")
    assert s1 is not None and s6 is not None
    # (3,000,000 − 3,240,000) ÷ 3,000,000 = −0.08
    assert s1.deviation == D("-0.080000") and s6.deviation == D("-0.080000")
    assert s1.reference == D("3000000.00")


def test_verified_sales_is_the_median_of_independent_estimates() -> None:
    a = assess(plastics_case(), PACK, today=TODAY)
    # S2 (declared costs at the norm's margin), S4 (the norm's days of stock)
    # and S6 (the norm's price) rest on norms; S3 2,916,000 alone rests on
    # the case's own records
    assert a.verified_sales == D("2916000.00")
    assert a.verified_sales_source == "median"
    # × the case's margin 0.24 = 699,840; − opex 360,000
    assert a.verified_profit == D("339840.00")


def test_the_case_s_own_price_makes_the_meters_direct_evidence() -> None:
    case = plastics_case()
    case.business.products = [
        Product("注塑件", D(1), "千克", D("13.5"), D("0.24")),
    ]
    a = assess(case, PACK, today=TODAY)
    s6 = a.check("S6")
    assert s6 is not None and not s6.norm_built
    assert "¥13.50/kg (the case's products)" in s6.arithmetic_text()
    # median of S3 2,916,000 and S6 3,240,000 = 3,078,000
    assert a.verified_sales == D("3078000.00")


def test_only_norm_built_estimates_give_a_verified_figure_marked_as_such() -> None:
    case = plastics_case()
    case.tax = TaxRecord()  # no VAT figures: S3 missing
    a = assess(case, PACK, today=TODAY)
    assert a.verified_sales_source == "norm_built"
    verified = a.check("verified")
    assert verified is not None and verified.norm_built
    assert verified.light is not Light.RED


def test_verified_sales_override_wins_over_the_median() -> None:
    case = plastics_case()
    case.proposal.verified_sales_override = D(3000000)
    a = assess(case, PACK, today=TODAY)
    assert a.verified_sales == D("3000000.00")
    assert a.verified_profit == D("360000.00")  # 3,000,000 × 0.24 − 360,000


def test_a_case_without_income_statement_lists_the_missing_seasons() -> None:
    case = plastics_case()
    case.income.seasons = []
    s1 = _check(case, "S1")
    assert s1.light is Light.MISSING
    assert s1.missing == ["income.seasons"]


def _scaled(k: Decimal):  # type: ignore[no-untyped-def]
    case = plastics_case()
    _statement(case)
    obs = case.business.observation
    obs.customers_per_day, obs.average_ticket, obs.days_open_per_year = D(120), D(80), 330
    case.customs = [CustomsDeclaration(month="2026-10", fob_value=D(100000), fx_rate=D("7.2"))]
    for line in case.income.seasons:
        for name in ("sales", "cogs", "rent", "wages", "utilities", "transport", "tax", "other"):
            f = getattr(line, name)
            f.value = f.value * k
    case.tax.vat_paid = (case.tax.vat_paid or D(0)) * k
    case.tax.export_sales = D(720000) * k  # the exports, zero-rated on the VAT return
    bs = case.balance_sheet
    bs.inventory_counted.value = (bs.inventory_counted.value or D(0)) * k
    for t in case.transactions:
        t.amount *= k
    for m in case.meters:
        m.quantity = (m.quantity or D(0)) * k
    for c in case.customs:
        c.fob_value = (c.fob_value or D(0)) * k
    obs.average_ticket = obs.average_ticket * k
    return assess(case, PACK, today=TODAY)


@settings(max_examples=30, deadline=None)
@given(st.decimals(min_value=D("0.5"), max_value=D("40"), places=2))
def test_scaling_every_amount_by_a_positive_factor_leaves_deviations_unchanged(k: Decimal) -> None:
    base = _scaled(D(1))
    scaled = _scaled(k)
    for check_id in ("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"):
        a, b = base.check(check_id), scaled.check(check_id)
        assert a is not None and b is not None
        assert a.deviation is not None and b.deviation is not None
        assert abs(a.deviation - b.deviation) <= D("0.000002"), check_id
        assert a.light is b.light


_ORDER = [Light.GREEN, Light.AMBER, Light.RED]


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=400), st.integers(min_value=1, max_value=400))
def test_sales_lights_are_monotone_in_the_size_of_the_deviation(c1: int, c2: int) -> None:
    results = []
    for customers in (c1, c2):
        case = plastics_case()
        obs = case.business.observation
        obs.customers_per_day, obs.average_ticket, obs.days_open_per_year = D(customers), D(80), 330
        s8 = _check(case, "S8")
        assert s8.deviation is not None
        results.append((abs(s8.deviation), _ORDER.index(s8.light)))
    (_, l1), (_, l2) = sorted(results)
    assert l1 <= l2
