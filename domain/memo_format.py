"""How figures are written in the memo: money, fractions, dates, provenance, masks."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from domain.case import Figure
from domain.enums import Light, Provenance, RiskClass, label
from domain.i18n import Message, tr_noop
from domain.money import amount_in_capitals, money_text
from domain.validators import mask_account, mask_id, mask_phone

DASH = "—"


def t(source: str, **params: Any) -> Message:
    """A translatable label (the source string must be marked with ``tr_noop``)."""
    return Message(source, params)


def enum_text(value: StrEnum | None) -> Message | str:
    return DASH if value is None else Message(label(value))


_RISK_CLASS_NORMAL = tr_noop("Normal (pass)")


def risk_text(value: RiskClass) -> Message:
    """Risk class label; "normal" needs its own label (the season has one too)."""
    if value is RiskClass.NORMAL:
        return Message(_RISK_CLASS_NORMAL)
    return Message(label(value))


def money(value: Decimal | None) -> str:
    """``¥1,234.50``, ``−¥561,872.31``, or a dash when unknown."""
    return DASH if value is None else money_text(value)


def capitals(value: Decimal | None) -> str:
    if value is None or value < 0:
        return DASH
    try:
        return amount_in_capitals(value)
    except (ValueError, IndexError):  # beyond 万亿: no bank writes it, print figures only
        return DASH


def number(value: Decimal | int | None, places: int = 0) -> str:
    if value is None:
        return DASH
    if isinstance(value, int):
        return f"{value:,}"
    q = Decimal(1).scaleb(-places)
    return f"{value.quantize(q, rounding=ROUND_HALF_UP):,}"


def pct(value: Decimal | None, places: int = 1) -> str:
    """A fraction as a percentage: ``Decimal("0.1234")`` → ``12.3%``."""
    if value is None:
        return DASH
    q = Decimal(1).scaleb(-places)
    return f"{(value * 100).quantize(q, rounding=ROUND_HALF_UP)}%"


def signed_pct(value: Decimal | None, places: int = 1) -> str:
    """A deviation with its sign: ``+6.3%``, ``−2.2%``; zero after rounding is ``0.0%``."""
    if value is None:
        return DASH
    q = Decimal(1).scaleb(-places)
    rounded = (value * 100).quantize(q, rounding=ROUND_HALF_UP)
    if rounded == 0:
        return f"{abs(rounded)}%"
    return f"+{rounded}%" if rounded > 0 else f"{rounded}%"


def day(value: date | None) -> str:
    return DASH if value is None else value.isoformat()


def minute(value: datetime | None) -> str:
    return DASH if value is None else value.strftime("%Y-%m-%d %H:%M")


def yes_no(value: bool | None) -> Message | str:
    if value is None:
        return DASH
    return t(tr_noop("Yes")) if value else t(tr_noop("No"))


def text(value: str | None) -> str:
    return value.strip() if value and value.strip() else DASH


def fig_value(f: Figure) -> str:
    return money(f.value)


def fig_source(f: Figure) -> Message | str:
    """The provenance of a figure, with the document's name when it has one."""
    if f.value is None:
        return DASH
    if f.source is Provenance.DOCUMENT and f.document:
        return t(tr_noop("Document: {name}"), name=f.document)
    return Message(label(f.source))


def light_text(light: Light | str | None) -> Message | str:
    if light is None or light == "":
        return DASH
    return Message(label(str(light)))


def to_light(value: Any) -> Light | None:
    try:
        return Light(str(value))
    except ValueError:
        return None


# Masking (PIPL; DOMAIN.md §9) is the validators' business: one mask everywhere.
__all__ = ["mask_account", "mask_id", "mask_phone"]
