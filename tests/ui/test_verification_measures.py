"""The verification table shows each check's measure in the unit an officer reads."""

from __future__ import annotations

from decimal import Decimal

from ui.verification_panel import input_label, measure_text


def test_sales_deviation_is_a_signed_percent() -> None:
    assert measure_text("S6", Decimal("-0.1234")) == "-12.3%"
    assert measure_text("equity", Decimal("0.025332")) == "+2.5%"


def test_headcount_and_cover_ratios_are_shown_as_multiples_not_percent_deviations() -> None:
    # claimed 2 ÷ max(2, 2, 2.09) = 0.956 is a ratio of 0.96, not a +95.6% deviation
    assert measure_text("headcount", Decimal("0.955882")) == "0.96×"
    assert measure_text("working_capital", Decimal("0.888730")) == "0.89×"
    assert measure_text("guarantor_2", Decimal("3.518519")) == "3.52×"


def test_instalment_share_and_loan_to_value_are_plain_percentages() -> None:
    assert measure_text("repayment_capacity", Decimal("0.271094")) == "27.1%"
    assert measure_text("ltv", Decimal("0.6")) == "60.0%"


def test_no_measure_when_the_check_has_none() -> None:
    assert measure_text("age_at_maturity", None) == ""


def test_missing_input_ids_read_as_words(qapp) -> None:  # type: ignore[no-untyped-def]
    assert input_label("business.observation.customers_per_day") == "customers per day (observed)"
    assert input_label("guarantors[0].net_worth") == "guarantor's net worth"
    assert input_label("something.unknown") == "something.unknown"


def test_stage_heading_names_a_chinese_step_once_and_adds_the_english_title() -> None:
    from ui.stages.base import stage_heading

    assert stage_heading("下户调查", "实地调查") == "下户调查"
    assert stage_heading("交叉检验", "交叉检验") == "交叉检验"
    assert stage_heading("人品", "Character") == "人品　Character"
