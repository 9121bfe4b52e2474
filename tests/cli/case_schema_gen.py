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

DECIMAL_PATTERN = r"^-?[0-9]+(\.[0-9]+)?$"
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
                    f.name: _schema(hints[f.name], defs) for f in dataclasses.fields(tp)
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
        return {"type": "integer"}
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
    root["properties"]["version"] = {"type": "integer", "minimum": 0}
    root["properties"]["schema_version"] = {"type": "integer", "minimum": 1}
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
        **root,
        "required": ["uuid"],
        "$defs": dict(sorted(defs.items())),
    }


def main() -> None:
    json.dump(case_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
