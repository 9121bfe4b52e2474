"""A JSON Schema compiled once into a quick "is it valid?" (fastjsonschema).

``jsonschema`` walks the schema again for every instance, resolving each
``$ref`` and building a child validator per keyword: about 5 ms for a case
(75 references, some 400 nodes), most of a head-office import's CPU.
``fastjsonschema`` turns the schema into Python code once per process
(~0.2 ms a case).

It answers "valid" only: :func:`storage.export.schema_errors` takes ``True``
as valid and asks ``jsonschema`` otherwise, so the verdict on anything refused
and every message shown stay ``jsonschema``'s (Draft 2020-12). fastjsonschema
implements drafts 4 to 7; the case schema uses only keywords whose meaning
those drafts share with 2020-12 (``$defs`` is reached by JSON pointer), and
:func:`compile_schema` raises :class:`Unsupported` for any other keyword, or
for a ``$ref`` outside the document, so a later schema cannot slip past.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

#: Keywords with the same meaning in drafts 4–7 (fastjsonschema) and 2020-12.
SAME_IN_ALL_DRAFTS = frozenset(
    {"type", "properties", "required", "items", "enum", "anyOf", "pattern", "minimum", "maximum",
     "maxLength",
     "propertyNames", "additionalProperties", "$ref"}
)  # fmt: skip
#: Keywords that do not constrain the instance (no format checker is used).
ANNOTATIONS = frozenset(
    {"$schema", "$id", "$defs", "$comment", "title", "description", "format", "default",
     "examples", "deprecated", "readOnly", "writeOnly"}
)  # fmt: skip
#: Keywords whose value is a map of names to subschemas.
_SCHEMA_MAPS = frozenset({"properties", "$defs"})


class Unsupported(ValueError):
    """The schema uses something whose meaning may differ from Draft 2020-12."""


def _require_shared_keywords(node: Any, base: str = "") -> None:
    if isinstance(node, list):
        for item in node:
            _require_shared_keywords(item, base)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key not in SAME_IN_ALL_DRAFTS and key not in ANNOTATIONS:
            raise Unsupported(f"keyword {key!r}")
        if key == "$ref" and not (
            str(value).startswith("#") or (base and str(value).startswith(f"{base}#"))
        ):
            raise Unsupported(f"reference {value!r} outside the schema")
        if key == "items" and isinstance(value, list):
            raise Unsupported("items as a list (prefixItems in 2020-12)")
        if key == "enum" and not all(isinstance(v, str) for v in value):
            raise Unsupported("enum of non-strings (1 == True in Python)")
        if key in _SCHEMA_MAPS:
            for sub in value.values():
                _require_shared_keywords(sub, base)
        elif key not in ("enum", "required", "$ref", "pattern") and key not in ANNOTATIONS:
            _require_shared_keywords(value, base)


def compile_schema(schema: dict[str, Any]) -> Check:
    """``schema`` as a predicate: True means valid by Draft 2020-12; False
    means "ask jsonschema". Raises :class:`Unsupported` (see the module)."""
    import fastjsonschema

    # References stay inside this document (by "#…" or by its own $id), so
    # fastjsonschema never looks anything up elsewhere (offline, always).
    _require_shared_keywords(schema, str(schema.get("$id", "")))
    # Draft 7 code for our keywords; formats are annotations, as in jsonschema
    # without a format checker.
    draft7 = {**schema, "$schema": "http://json-schema.org/draft-07/schema#"}
    validate = fastjsonschema.compile(draft7, use_formats=False, use_default=False)

    def check(instance: Any) -> bool:
        try:
            validate(instance)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    return check


__all__ = ["Check", "Unsupported", "compile_schema"]
