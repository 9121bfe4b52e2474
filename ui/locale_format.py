"""Numbers, amounts, percentages and dates as the officer's language shows them.

One place for the display format of figures (the editable fields keep their
own plain, parseable text). Chinese: ``¥1,234,567.80``, ``2026年11月27日`` (long)
or ``2026-11-27`` (short, tables); English: ``¥1,234,567.80``, ``27 Nov 2026``.
Money stays :class:`~decimal.Decimal` throughout (ROUND_HALF_UP to the fen).
The language is the one ``install_translator`` made the default ``QLocale``;
every function also takes it explicitly (tests, the head-office window).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QLocale

from domain.money import format_money, money_text

ZH = "zh_CN"
EN = "en_US"
CURRENCY = "¥"
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def current_language() -> str:
    """``en_US`` when the translator made English the default locale, else
    ``zh_CN`` (the workstation is Chinese-first; a bare "C" locale counts as Chinese)."""
    return EN if QLocale().language() == QLocale.Language.English else ZH


def _lang(language: str | None) -> str:
    return language if language in (ZH, EN) else current_language()


def format_amount(value: Decimal | None, *, symbol: bool = True) -> str:
    """``Decimal("1234567.8")`` → ``¥1,234,567.80``; negative ``−¥12.00``; ``None`` → ``""``.

    Two decimals and thousand separators in both languages (bank practice);
    with the symbol, the memo's and the history's way (:func:`domain.money.money_text`).
    """
    if value is None:
        return ""
    return money_text(value) if symbol else format_money(value)


def format_number(value: Decimal | int | None, decimals: int = 0) -> str:
    """A plain quantity with thousand separators: ``12345`` → ``12,345``."""
    if value is None:
        return ""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    return f"{rounded:,.{decimals}f}"


def format_percent(ratio: Decimal | None, decimals: int = 1) -> str:
    """A Decimal fraction as a percentage: ``Decimal("0.1255")`` → ``12.6%``."""
    if ratio is None:
        return ""
    quantum = Decimal(1).scaleb(-decimals)
    percent = (ratio * 100).quantize(quantum, rounding=ROUND_HALF_UP)
    return f"{percent:.{decimals}f}%"


def format_date(value: date | None, language: str | None = None, *, short: bool = False) -> str:
    """``2026-11-27`` → ``2026年11月27日`` (zh) / ``2026-11-27`` (zh, short) /
    ``27 Nov 2026`` (en)."""
    if value is None:
        return ""
    if _lang(language) == ZH:
        if short:
            return value.isoformat()
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"


def format_datetime(
    value: datetime | None, language: str | None = None, *, to_local: bool = True
) -> str:
    """To the minute: ``2026-11-27 10:30`` (zh) / ``27 Nov 2026 10:30`` (en); in
    this computer's time zone, or as recorded with ``to_local=False``."""
    if value is None:
        return ""
    local = value.astimezone() if to_local and value.tzinfo is not None else value
    day = format_date(local.date(), language, short=True)
    return f"{day} {local:%H:%M}"


__all__ = [
    "current_language",
    "format_amount",
    "format_date",
    "format_datetime",
    "format_number",
    "format_percent",
]
