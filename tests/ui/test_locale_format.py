"""Amounts, numbers, percentages and dates shown the way each language writes them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from ui.locale_format import (
    current_language,
    format_amount,
    format_date,
    format_datetime,
    format_number,
    format_percent,
)


@pytest.fixture
def restore_locale() -> Iterator[None]:
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


def test_amounts_have_the_yuan_sign_thousand_separators_and_two_decimals() -> None:
    assert format_amount(Decimal("1234567.8")) == "¥1,234,567.80"
    assert format_amount(Decimal("0")) == "¥0.00"
    assert format_amount(Decimal("999")) == "¥999.00"
    assert format_amount(Decimal("1234.5"), symbol=False) == "1,234.50"


def test_amounts_round_half_up_to_the_fen() -> None:
    # 0.005 is half a fen: rounds up to 0.01; 2.675 → 2.68 (Decimal, no float error)
    assert format_amount(Decimal("0.005")) == "¥0.01"
    assert format_amount(Decimal("2.675")) == "¥2.68"


def test_a_negative_amount_puts_the_minus_before_the_yuan_sign() -> None:
    assert format_amount(Decimal("-1200")) == "\u2212¥1,200.00"  # a minus sign, not a hyphen


def test_a_missing_amount_shows_nothing() -> None:
    assert format_amount(None) == ""
    assert format_date(None) == ""
    assert format_percent(None) == ""


def test_numbers_get_thousand_separators() -> None:
    assert format_number(12345) == "12,345"
    assert format_number(Decimal("1234.567"), 2) == "1,234.57"


def test_percentages_multiply_the_fraction_by_a_hundred_and_round_half_up() -> None:
    # 0.1255 × 100 = 12.55 → 12.6 (one decimal, half up)
    assert format_percent(Decimal("0.1255")) == "12.6%"
    # 0.0435 × 100 = 4.35 → 4.35 with two decimals
    assert format_percent(Decimal("0.0435"), 2) == "4.35%"
    assert format_percent(Decimal("0.7"), 0) == "70%"


def test_chinese_dates_are_written_with_nian_yue_ri_or_iso_when_short() -> None:
    day = date(2026, 11, 27)
    assert format_date(day, "zh_CN") == "2026年11月27日"
    assert format_date(date(2026, 3, 5), "zh_CN") == "2026年3月5日"
    assert format_date(day, "zh_CN", short=True) == "2026-11-27"


def test_english_dates_are_day_month_abbreviation_year() -> None:
    assert format_date(date(2026, 11, 27), "en_US") == "27 Nov 2026"
    assert format_date(date(2026, 1, 3), "en_US", short=True) == "3 Jan 2026"


def test_times_are_shown_to_the_minute_in_local_time() -> None:
    china = timezone(timedelta(hours=8))
    at = datetime(2026, 11, 27, 10, 30, 59, tzinfo=china)
    local = at.astimezone()
    assert format_datetime(at, "zh_CN") == f"{local:%Y-%m-%d %H:%M}"
    assert format_datetime(at, "zh_CN", to_local=False) == "2026-11-27 10:30"
    naive = datetime(2026, 11, 27, 9, 5)
    assert format_datetime(naive, "en_US") == "27 Nov 2026 09:05"


def test_the_language_follows_the_default_locale_the_translator_set(
    restore_locale: None,
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    assert current_language() == "zh_CN"
    assert format_date(date(2026, 11, 27)) == "2026年11月27日"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert current_language() == "en_US"
    assert format_date(date(2026, 11, 27)) == "27 Nov 2026"


def test_a_bare_c_locale_formats_the_chinese_way(restore_locale: None) -> None:
    QLocale.setDefault(QLocale.c())
    assert current_language() == "zh_CN"
