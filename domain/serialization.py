"""Case ⇄ JSON-ready dict, and the case fingerprint (CONTRACTS.md, "JSON").

Money and ratios become decimal strings, dates ``YYYY-MM-DD``, times ISO 8601
with offset, enumerations their ``snake_case`` value. The reader is strict
about types (a string where a number belongs is an error naming the path) and
lenient about absent keys (defaults apply), so older files keep loading.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from domain.case import Case
from domain.errors import CaseFormatError
from domain.i18n import Message, tr_noop

T = TypeVar("T")

#: Digits a decimal may have before the point (money in fen fits 64 bits;
#: Decimal's 28-digit context never overflows): the case schema's bound too.
MAX_DECIMAL_INTEGER_DIGITS = 15


def _unencodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def to_jsonable(obj: Any) -> Any:
    """Convert a dataclass tree to plain JSON types (no floats anywhere)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, Decimal):
        return _decimal_str(obj)
    if isinstance(obj, datetime):
        return obj.isoformat()
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, list | tuple):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, float):
        raise TypeError("floats are not allowed in the case model")
    return obj


def _decimal_str(value: Decimal) -> str:
    # Plain notation, never exponent form ("1E+5" would confuse other readers).
    text = format(value, "f")
    return text


def case_to_dict(case: Case) -> dict[str, Any]:
    result: dict[str, Any] = to_jsonable(case)
    return result


def canonical_json(data: Any) -> bytes:
    """Keys sorted, no insignificant whitespace, UTF-8 (RFC 8785 style).

    Text holding a lone surrogate has no UTF-8 form: :class:`CaseFormatError`
    names its path, on the workstation that writes a package and at head
    office that checks it alike (docs/FORMATS.md, "Limits on JSON")."""
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        from domain.json_guard import check_tree

        check_tree(data, max_depth=10**6)  # raises, naming the path
        raise  # pragma: no cover - check_tree finds what encode() refused


def fingerprint(case: Case) -> str:
    """SHA-256 (hex) of the canonical JSON of the case."""
    return hashlib.sha256(canonical_json(case_to_dict(case))).hexdigest()


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _fail(path: str, why: str, **params: Any) -> CaseFormatError:
    return CaseFormatError(
        Message(tr_noop("{path}: {why}"), {"path": path or "/", "why": why, **params}),
        field=path,
    )


def from_jsonable(tp: Any, data: Any, path: str = "") -> Any:
    """Build an instance of type ``tp`` from JSON data, strictly typed."""
    origin = get_origin(tp)
    if origin is Union or origin is types.UnionType:
        args = [a for a in get_args(tp) if a is not type(None)]
        if data is None:
            return None
        return from_jsonable(args[0], data, path)
    if tp is Any:
        return data
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if not isinstance(data, dict):
            raise _fail(path, "expected an object")
        hints = _hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in data:
                kwargs[f.name] = from_jsonable(hints[f.name], data[f.name], f"{path}/{f.name}")
        return tp(**kwargs)
    if origin is list:
        if not isinstance(data, list):
            raise _fail(path, "expected a list")
        (item_tp,) = get_args(tp)
        return [from_jsonable(item_tp, v, f"{path}/{i}") for i, v in enumerate(data)]
    if origin is dict:
        if not isinstance(data, dict):
            raise _fail(path, "expected an object")
        _, val_tp = get_args(tp)
        return {str(k): from_jsonable(val_tp, v, f"{path}/{k}") for k, v in data.items()}
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(data)
        except ValueError:
            raise _fail(path, f"unknown value {data!r}") from None
    if tp is Decimal:
        if isinstance(data, bool) or not isinstance(data, str | int):
            raise _fail(path, "expected a decimal string")
        try:
            value = Decimal(data)
        except InvalidOperation:
            raise _fail(path, f"not a number: {data!r}") from None
        if not value.is_finite():
            raise _fail(path, "not a finite number")
        if value and value.adjusted() >= MAX_DECIMAL_INTEGER_DIGITS:
            raise _fail(path, f"more than {MAX_DECIMAL_INTEGER_DIGITS} digits before the point")
        return value
    if tp is datetime:
        if not isinstance(data, str):
            raise _fail(path, "expected a date-time string")
        try:
            return datetime.fromisoformat(data)
        except ValueError:
            raise _fail(path, f"not an ISO 8601 time: {data!r}") from None
    if tp is date:
        if not isinstance(data, str):
            raise _fail(path, "expected a date string")
        try:
            return date.fromisoformat(data)
        except ValueError:
            raise _fail(path, f"not a YYYY-MM-DD date: {data!r}") from None
    if tp is bool:
        if not isinstance(data, bool):
            raise _fail(path, "expected true or false")
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise _fail(path, "expected a whole number")
        return data
    if tp is str:
        if not isinstance(data, str):
            raise _fail(path, "expected text")
        if _unencodable(data):
            raise _fail(path, "text with a lone surrogate (not valid Unicode)")
        return data
    raise _fail(path, f"unsupported type {tp!r}")


def case_from_dict(data: Any) -> Case:
    """Read a case from JSON data; raises :class:`CaseFormatError` naming the path."""
    result: Case = from_jsonable(Case, data)
    return result


def copy_case(case: Case) -> Case:
    """A deep copy through the codec (what is saved is what is copied)."""
    return case_from_dict(case_to_dict(case))


__all__ = [
    "canonical_json",
    "case_from_dict",
    "case_to_dict",
    "copy_case",
    "fingerprint",
    "from_jsonable",
    "to_jsonable",
]

_ = typing  # keep the import for get_type_hints on forward references
