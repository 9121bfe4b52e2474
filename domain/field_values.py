"""How a stored value of a case field reads for people (the case history).

The audit trail keeps each changed leaf as text, in the case file's form:
decimal strings, ``true``/``false``, ISO dates and times, enumeration ids,
the ids of stages, fraud rules, conditions and documents. :func:`value_text`
turns such a text back into what the officer saw when typing it, by the
field's type in :class:`domain.case.Case`: an amount as ``¥300,000.00``, a
fraction as ``6.74%``, a time to the minute, a choice by its label. Text the
officer typed comes back as it was typed.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from typing import Any

from domain.case import Case
from domain.enums import label, shown_label
from domain.i18n import Message, tr_noop
from domain.money import MINUS, money_text

Shown = Message | str

# Decimal attributes that are fractions (shown as percentages).
FRACTIONS = frozenset(
    {
        "share_of_sales",
        "gross_margin",
        "share",
        "expected_growth",
        "vat_rate",
        "levy_rate",
        "annual_rate",
        "cash_share",
        "export_share",
    }
)
# Decimal attributes that are measured quantities, counts, rates or positions.
QUANTITIES = frozenset(
    {
        "capacity_per_month",
        "customers_per_day",
        "area_m2",
        "receivable_days",
        "payable_days",
        "prepayment_days",
        "advance_receipt_days",
        "latitude",
        "longitude",
        "exif_latitude",
        "exif_longitude",
        "quantity",
        "fx_rate",
        "fob_value",  # in the declaration's own currency, not yuan
        "stock_days",
    }
)
# Decimal attributes that are amounts in yuan (every other Decimal).
MONEY = frozenset(
    {
        "unit_price",
        "average_ticket",
        "monthly_rent",
        "payroll_monthly",
        "amount",
        "other_financing",
        "amount_paid",
        "balance",
        "monthly_payment",
        "net_worth",
        "monthly_disposable_income",
        "guaranteed_amount",
        "appraised_value",
        "value",  # a figure's amount
        "monthly_income",
        "output_vat",
        "vat_paid",
        "verified_sales_override",
        "reference_sales_override",
        "own_funds",
        "purpose_cost",
        "export_sales",
    }
)

# String attributes holding ids that have names, by (class, attribute):
# the key under which :func:`value_text` looks their names up.
CODED: dict[tuple[str, str], str] = {
    ("Business", "industry"): "business/industry",
    ("DocumentCheck", "document"): "documents/document",
    ("ChecklistTick", "item"): "checklist/item",
}

_YES, _NO = tr_noop("Yes"), tr_noop("No")
EMPTY = "—"


@dataclasses.dataclass(frozen=True)
class _Leaf:
    owner: str  # class holding the attribute ("" at the top)
    attr: str
    type: Any


def _unwrap(tp: Any) -> Any:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0] if len(args) == 1 else tp
    return tp


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def leaf_of(path: str) -> _Leaf | None:
    """The class, attribute and type of the value at ``path``; ``None`` when
    the path is not one of the case model."""
    tp: Any = Case
    owner, attr = "", ""
    for part in (p for p in path.strip("/").split("/") if p):
        tp = _unwrap(tp)
        origin = typing.get_origin(tp)
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            hints = _hints(tp)
            if part not in hints:
                return None
            owner, attr, tp = tp.__name__, part, hints[part]
        elif origin is list:
            if not part.isdigit():
                return None
            (tp,) = typing.get_args(tp)
        elif origin is dict:
            tp = typing.get_args(tp)[1]
        else:
            return None
    return _Leaf(owner, attr, _unwrap(tp))


def _fraction(value: Decimal) -> str:
    shown = (value * 100).quantize(Decimal("0.01"), ROUND_HALF_UP).normalize()
    text = f"{abs(shown):f}%"
    return MINUS + text if shown < 0 else text


def _quantity(value: Decimal) -> str:
    text = f"{abs(value):,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return MINUS + text if value < 0 else text


def _plain_number(stored: str) -> Shown:
    try:
        return _quantity(Decimal(stored))
    except InvalidOperation:
        return stored


def _decimal(attr: str, stored: str) -> Shown:
    try:
        value = Decimal(stored)
    except InvalidOperation:
        return stored
    if attr in FRACTIONS:
        return _fraction(value)
    if attr in QUANTITIES:
        return _quantity(value)
    return money_text(value)


def _coded(leaf: _Leaf, stored: str, names: Mapping[str, Mapping[str, Shown]]) -> Shown | None:
    """The label of an id, or ``None`` when the string is the officer's text."""
    from domain.fraud.titles import rule_title
    from domain.workflow import STAGES

    if leaf.attr in ("stage", "stages_finished"):
        stage = next((s for s in STAGES if s.id == stored), None)
        return Message(stage.title) if stage is not None else stored
    if (leaf.owner, leaf.attr) == ("FlagDisposition", "rule"):
        return rule_title(stored)
    if leaf.attr in ("conditions", "marital_status") or (leaf.owner, leaf.attr) == (
        "Attachment",
        "kind",
    ):
        return shown_label(stored)
    key = CODED.get((leaf.owner, leaf.attr))
    if key is not None:
        return names.get(key, {}).get(stored, stored)
    return None


def value_text(
    path: str, stored: str, names: Mapping[str, Mapping[str, Shown]] | None = None
) -> Shown:
    """What the stored text ``stored`` of the field at ``path`` reads as.

    ``names`` gives the names of ids that live outside the domain (industries
    of the rule pack, documents of the workflow file, checklist items), by the
    keys of :data:`CODED`. Unknown ids and typed text come back as they are.
    """
    if stored in ("", "[]", "{}", "null"):
        return EMPTY if stored else ""
    leaf = leaf_of(path)
    if leaf is None:
        return stored
    tp = leaf.type
    if tp is bool:
        return Message(_YES) if stored == "true" else Message(_NO) if stored == "false" else stored
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        try:
            return Message(label(tp(stored)))
        except ValueError:
            return stored
    if tp is Decimal:
        if leaf.owner == "ParameterOverride":  # a margin, a price or days: its parameter says
            return _plain_number(stored)
        return _decimal(leaf.attr, stored)
    if tp is datetime:
        try:
            return datetime.fromisoformat(stored).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return stored
    if tp is date:
        return stored
    if tp is str:
        coded = _coded(leaf, stored, names or {})
        return stored if coded is None else coded
    return stored


__all__ = ["CODED", "FRACTIONS", "MONEY", "QUANTITIES", "leaf_of", "value_text"]
