"""A JSON Schema turned once into nested Python checks: "is it valid?" fast.

``jsonschema`` walks the schema again for every instance, resolving each
``$ref`` through its registry and building a child validator per keyword;
for a case (75 references, ~400 nodes) that is ~5 ms. :func:`compile_schema`
does that walk once and returns a predicate built from closures.

It only answers "valid" or "not sure": the caller takes ``True`` as valid and
asks ``jsonschema`` itself otherwise, so the messages shown, and the verdict
on anything the predicate refuses, are ``jsonschema``'s. The predicate is
therefore written never to accept what ``jsonschema`` (Draft 2020-12, no
format checker: ``format`` is an annotation) refuses; where it would have to
reproduce subtle semantics (an ``enum`` of non-strings, a keyword not listed
here) it refuses, or :func:`compile_schema` raises :class:`Unsupported`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

#: Keywords that do not constrain the instance (no format checker is used).
ANNOTATIONS = frozenset(
    {"$schema", "$id", "$defs", "$comment", "title", "description", "format", "default",
     "examples", "deprecated", "readOnly", "writeOnly"}
)  # fmt: skip


class Unsupported(ValueError):
    """The schema uses something this module does not reproduce exactly."""


def _type_check(name: str) -> Check:
    from jsonschema import Draft202012Validator

    simple: dict[str, Check] = {
        "string": lambda x: isinstance(x, str),
        "object": lambda x: isinstance(x, dict),
        "array": lambda x: isinstance(x, list),
        "null": lambda x: x is None,
        "boolean": lambda x: isinstance(x, bool),
    }
    if name in simple:
        return simple[name]
    checker = Draft202012Validator.TYPE_CHECKER
    if name not in ("number", "integer"):
        raise Unsupported(f"type {name!r}")
    return lambda x: bool(checker.is_type(x, name))


def _is_number(x: Any) -> bool:
    import numbers

    return isinstance(x, numbers.Number) and not isinstance(x, bool)


def _any(options: list[Check]) -> Check:
    def check(x: Any) -> bool:
        return any(o(x) for o in options)

    return check


def _all(checks: list[Check]) -> Check:
    if not checks:
        return lambda x: True
    if len(checks) == 1:
        return checks[0]
    each = tuple(checks)

    def check(x: Any) -> bool:
        return all(c(x) for c in each)

    return check


def _pattern(regex: re.Pattern[str]) -> Check:
    search = regex.search  # jsonschema: re.search(pattern, instance) on strings

    def check(x: Any) -> bool:
        return not isinstance(x, str) or search(x) is not None

    return check


def _enum(allowed: frozenset[str]) -> Check:
    def check(x: Any) -> bool:
        return isinstance(x, str) and x in allowed

    return check


def _minimum(least: Any) -> Check:
    def check(x: Any) -> bool:
        return not _is_number(x) or not x < least

    return check


def _items(each: Check) -> Check:
    def check(x: Any) -> bool:
        return not isinstance(x, list) or all(each(i) for i in x)

    return check


def _required(names: list[str]) -> Check:
    def check(x: Any) -> bool:
        return not isinstance(x, dict) or all(n in x for n in names)

    return check


def _property_names(name_ok: Check) -> Check:
    def check(x: Any) -> bool:
        return not isinstance(x, dict) or all(name_ok(k) for k in x)

    return check


def _additional(known: frozenset[str], extra: Check) -> Check:
    def check(x: Any) -> bool:
        return not isinstance(x, dict) or all(extra(v) for k, v in x.items() if k not in known)

    return check


def _properties(props: dict[str, Check]) -> Check:
    items = tuple(props.items())

    def check(x: Any) -> bool:
        if not isinstance(x, dict):
            return True
        for name, one in items:  # noqa: SIM110 - a plain loop is the fast one here
            if name in x and not one(x[name]):
                return False
        return True

    return check


class _Compiler:
    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.refs: dict[str, Check] = {}

    def ref(self, ref: str) -> Check:
        prefix = "#/$defs/"
        name = ref[len(prefix) :]
        if not ref.startswith(prefix) or "/" in name or "~" in name or "%" in name:
            raise Unsupported(f"$ref {ref!r}")
        if ref not in self.refs:
            target = self.root.get("$defs", {}).get(name)
            if target is None:
                raise Unsupported(f"$ref {ref!r} not found")
            slot: list[Check] = []
            self.refs[ref] = lambda x: slot[0](x)  # late bound: recursion allowed
            slot.append(self.compile(target))
        return self.refs[ref]

    def keyword(self, key: str, value: Any, schema: dict[str, Any]) -> Check:
        if key == "type":
            names = [value] if isinstance(value, str) else list(value)
            return _any([_type_check(n) for n in names])
        if key == "$ref":
            return self.ref(value)
        if key == "anyOf":
            return _any([self.compile(s) for s in value])
        if key == "pattern":
            return _pattern(re.compile(value))
        if key == "enum":
            if not all(isinstance(e, str) for e in value):
                raise Unsupported("enum of non-strings")
            return _enum(frozenset(value))
        if key == "minimum":
            if not _is_number(value):
                raise Unsupported("minimum")
            return _minimum(value)
        if key == "items":
            if "prefixItems" in schema:
                raise Unsupported("prefixItems")
            return _items(self.compile(value))
        if key == "required":
            return _required(list(value))
        if key == "propertyNames":
            return _property_names(self.compile(value))
        if key == "additionalProperties":
            if "patternProperties" in schema:
                raise Unsupported("patternProperties")
            return _additional(frozenset(schema.get("properties", {})), self.compile(value))
        if key == "properties":
            return _properties({n: self.compile(s) for n, s in value.items()})
        raise Unsupported(f"keyword {key!r}")

    def compile(self, schema: Any) -> Check:
        if schema is True:
            return lambda x: True
        if schema is False:
            return lambda x: False
        if not isinstance(schema, dict):
            raise Unsupported(f"schema {schema!r}")
        return _all([self.keyword(k, v, schema) for k, v in schema.items() if k not in ANNOTATIONS])


def compile_schema(schema: dict[str, Any]) -> Check:
    """A predicate: True only when ``schema`` (Draft 2020-12, local ``$ref``)
    holds for the instance. Raises :class:`Unsupported` for what it cannot
    reproduce exactly (the caller then validates with ``jsonschema``)."""
    return _Compiler(schema).compile(schema)


__all__ = ["Unsupported", "compile_schema"]
