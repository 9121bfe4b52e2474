"""Reading the assessment and the fraud flags for the memo.

The memo only reads these results; it never recomputes a check. Reading goes
through small tolerant accessors so that a missing part (an assessment that
has not run, a check without an estimate) prints as "not assessed" instead of
failing the whole memo.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from domain.field_labels import input_label
from domain.i18n import Message, listing
from domain.memo import Text


def get(obj: Any, *names: str, default: Any = None) -> Any:
    """The first present, non-None attribute (or mapping key) among ``names``."""
    if obj is None:
        return default
    for name in names:
        value = obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)
        if value is not None:
            return value
    return default


def dec(obj: Any, *names: str) -> Decimal | None:
    value = get(obj, *names)
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int | str):
        try:
            return Decimal(value)
        except ArithmeticError:
            return None
    return None


def items(obj: Any, *names: str) -> list[Any]:
    value = get(obj, *names)
    if value is None or isinstance(value, str | bytes):
        return []
    if isinstance(value, Iterable):
        return list(value)
    return []


def as_text(value: Any) -> Text:
    """A Message stays translatable; anything else is data."""
    if value is None:
        return "—"
    if isinstance(value, Message):
        return value
    if hasattr(value, "msg_id") and hasattr(value, "params"):
        return Message(str(value.msg_id), dict(value.params))
    return str(value)


def missing_text(value: Any) -> Text:
    """Missing inputs of a check, as a readable list of field labels (the same
    labels as the verification panel, :mod:`domain.field_labels`)."""
    names = items({"v": value}, "v") if not isinstance(value, str) else [value]
    return listing([input_label(str(n)) for n in names if str(n)])
