"""Writes ``resources/schema/case.schema.json`` from the case dataclasses.

Run after changing ``domain/case.py``:
``uv run python -m tests.cli.case_schema_gen > resources/schema/case.schema.json``.
The schema is lenient where the reader is (absent keys take defaults,
unknown keys are allowed for forward compatibility) and strict on types:
money and ratios are decimal strings, dates ``YYYY-MM-DD``, enumerations
their ``snake_case`` values.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import types
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Union, get_args, get_origin, get_type_hints

from domain.case import SCHEMA_VERSION, Case

#: Money and ratios: at most 15 digits before the point (amounts in fen fit a
#: 64-bit column; Decimal's 28 digits never overflow) and 10 after.
DECIMAL_PATTERN = r"^-?[0-9]{1,15}(\.[0-9]{1,10})?$"
#: Whole numbers fit the 32-bit integer columns (version, seq).
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
#: Deepest nesting accepted in any JSON of a package (domain/json_guard.py).
MAX_DEPTH = 32

#: Longest text, in characters, per field: the storage column's size where the
#: value lands in one (case_row, attachment, head office's identifiers), a
#: generous bound elsewhere (docs/FORMATS.md, "Limits on JSON").
NAME, CODE, ACCOUNT, ADDRESS, TEXT = 200, 40, 60, 300, 10000
STRING_LIMITS: dict[str, int] = {
    **dict.fromkeys(
        ("name", "registered_name", "predecessor_name", "landlord", "owner", "counterparty",
         "lender", "buyer", "appraiser", "account_holder", "named_owner", "who", "by",
         "asked_by", "title", "item", "relation", "role", "occupation", "marital_status",
         "unit", "terms", "goods", "officers", "persons_met"),
        NAME,
    ),
    **dict.fromkeys(
        ("uscc", "id_number", "phone", "code", "registered_code", "landlord_uscc",
         "counterparty_uscc", "certificate_no", "declaration_no", "number", "staff_no",
         "branch", "currency", "month"),
        CODE,
    ),
    **dict.fromkeys(("bank_account", "account", "counterparty_account"), ACCOUNT),
    **dict.fromkeys(("address", "registered_address", "place"), ADDRESS),
    "industry": 60,
    "rule": 60,
    "stage": 60,
    "product": 60,
    # attachment rows: id varchar(36), filename 255, mime 100, kind 20, sha256 64
    "Attachment.id": 36,
    "Attachment.filename": 255,
    "Attachment.mime": 100,
    "Attachment.kind": 20,
    "Attachment.sha256": 64,
}  # fmt: skip


def string_limit(owner: str, field: str) -> int:
    """The longest text accepted in ``owner.field`` (characters)."""
    return STRING_LIMITS.get(f"{owner}.{field}", STRING_LIMITS.get(field, TEXT))


def _bounded(schema: dict[str, Any], limit: int) -> dict[str, Any]:
    """``schema`` with ``maxLength`` on its free strings (also inside a list or
    an optional)."""
    if schema.get("type") == "string" and "pattern" not in schema:
        return {**schema, "maxLength": limit}
    if schema.get("type") == "array":
        return {**schema, "items": _bounded(schema["items"], limit)}
    if "anyOf" in schema:
        return {**schema, "anyOf": [_bounded(s, limit) for s in schema["anyOf"]]}
    return schema


DATE_PATTERN = r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
DATETIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?"
    r"(Z|[+-][0-9]{2}:?[0-9]{2})?$"
)


def _schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(tp)
    if origin is Union or origin is types.UnionType:
        args = [a for a in get_args(tp) if a is not type(None)]
        return {"anyOf": [_schema(args[0], defs), {"type": "null"}]}
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            hints = get_type_hints(tp)
            defs[name] = {
                "type": "object",
                "properties": {
                    f.name: _bounded(_schema(hints[f.name], defs), string_limit(name, f.name))
                    for f in dataclasses.fields(tp)
                },
            }
        return {"$ref": f"#/$defs/{name}"}
    if origin is list:
        (item,) = get_args(tp)
        return {"type": "array", "items": _schema(item, defs)}
    if origin is dict:
        _, val = get_args(tp)
        return {
            "type": "object",
            "propertyNames": {"pattern": "^(1[0-2]|[1-9])$"},
            "additionalProperties": _schema(val, defs),
        }
    if isinstance(tp, type) and issubclass(tp, Enum):
        return {"enum": [m.value for m in tp]}
    if tp is Decimal:
        return {"type": "string", "pattern": DECIMAL_PATTERN}
    if tp is datetime:
        return {"type": "string", "format": "date-time", "pattern": DATETIME_PATTERN}
    if tp is date:
        return {"type": "string", "format": "date", "pattern": DATE_PATTERN}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer", "minimum": INT_MIN, "maximum": INT_MAX}
    if tp is str:
        return {"type": "string"}
    raise TypeError(f"unsupported type {tp!r}")


def case_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    _schema(Case, defs)
    root = defs.pop("Case")
    root["properties"]["uuid"] = {
        "type": "string",
        "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
    }
    root["properties"]["version"] = {"type": "integer", "minimum": 0, "maximum": INT_MAX}
    root["properties"]["schema_version"] = {"type": "integer", "minimum": 1, "maximum": INT_MAX}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://fcw.local/schema/case.schema.json",
        "title": "Field Credit Workstation case",
        "description": (
            f"One credit case as written by domain.serialization.case_to_dict "
            f"(schema_version {SCHEMA_VERSION}). Money and ratios are decimal strings, "
            "ratios fractions; dates YYYY-MM-DD; times ISO 8601 with offset; "
            "enumerations snake_case ids. Absent keys take their defaults."
        ),
        "$comment": (
            f"Every text has a maxLength (its storage column's size where it has one), every "
            f"decimal at most 15 digits before the point and 10 after, every integer 32 bits; "
            f"readers also refuse JSON nested deeper than {MAX_DEPTH} levels and text holding "
            "a lone surrogate (docs/FORMATS.md)."
        ),
        **root,
        "required": ["uuid"],
        "$defs": dict(sorted(defs.items())),
    }


def main() -> None:
    json.dump(case_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
