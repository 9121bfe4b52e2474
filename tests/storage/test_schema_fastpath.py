"""The compiled case-schema check: never accepts what ``jsonschema`` refuses."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from domain.case import Case
from domain.paths import resource_path
from domain.serialization import case_to_dict
from storage.export import case_schema, schema_errors
from storage.schema_fastpath import Unsupported, compile_schema
from tests.domain.checks_fixtures import plastics_case

EXAMPLES = sorted(resource_path("examples").glob("*.json"))


def _agree(schema: dict[str, Any], instance: Any) -> bool:
    """The compiled check's verdict, asserted equal to jsonschema's."""
    verdict = compile_schema(schema)(instance)
    assert verdict == Draft202012Validator(schema).is_valid(instance), instance
    return verdict


def test_integer_takes_whole_floats_but_not_booleans_like_draft_2020_12() -> None:
    schema = {"type": "integer"}
    assert _agree(schema, 3) and _agree(schema, 3.0)
    assert not _agree(schema, 3.5)
    assert not _agree(schema, True)


def test_a_pattern_is_searched_not_matched_and_ignores_non_strings() -> None:
    schema = {"pattern": "b+"}
    assert _agree(schema, "abbc")  # found inside: re.search
    assert not _agree(schema, "ac")
    assert _agree(schema, 12)


def test_enum_minimum_required_and_additional_properties() -> None:
    schema = {
        "type": "object",
        "properties": {"k": {"enum": ["a", "b"]}, "n": {"type": "number", "minimum": 0}},
        "required": ["k"],
        "additionalProperties": False,
    }
    assert _agree(schema, {"k": "a", "n": 0})  # 0 is not below the minimum 0
    assert not _agree(schema, {"k": "c"})
    assert not _agree(schema, {"k": "a", "n": -0.01})
    assert not _agree(schema, {"n": 1})  # k required
    assert not _agree(schema, {"k": "a", "z": 1})  # z not allowed


def test_any_of_items_property_names_and_a_recursive_reference() -> None:
    schema = {
        "$defs": {
            "Tree": {
                "type": "object",
                "propertyNames": {"pattern": "^[a-z]+$"},
                "properties": {
                    "kids": {"type": "array", "items": {"$ref": "#/$defs/Tree"}},
                    "v": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                },
            }
        },
        "$ref": "#/$defs/Tree",
    }
    assert _agree(schema, {"v": None, "kids": [{"v": "x", "kids": []}]})
    assert not _agree(schema, {"kids": [{"v": 1}]})  # deep: neither string nor null
    assert not _agree(schema, {"Bad": 1})  # a name outside the pattern


def test_length_and_maximum_bounds_agree_with_jsonschema() -> None:
    text = {"type": "string", "maxLength": 3}
    assert _agree(text, "abc") and _agree(text, "𠮷𠮷𠮷")  # characters, not UTF-16 units
    assert not _agree(text, "abcd")
    number = {"type": "integer", "minimum": -5, "maximum": 2147483647}
    assert _agree(number, 2147483647) and _agree(number, -5)
    assert not _agree(number, 2147483648)
    assert not _agree(number, True)


def test_a_keyword_it_does_not_reproduce_is_refused_at_compile_time() -> None:
    with pytest.raises(Unsupported):
        compile_schema({"dependentRequired": {"a": ["b"]}})
    with pytest.raises(Unsupported):
        compile_schema({"enum": [1, True]})
    with pytest.raises(Unsupported):
        compile_schema({"$ref": "other.json#/x"})


def _cases() -> list[dict[str, Any]]:
    datas = [case_to_dict(Case()), case_to_dict(plastics_case())]
    return datas + [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES[:1]]


def _paths(data: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(data, dict):
        for k, v in data.items():
            yield (*here, k)
            yield from _paths(v, (*here, k))
    elif isinstance(data, list):
        for i, v in enumerate(data[:1]):
            yield (*here, i)
            yield from _paths(v, (*here, i))


#: Wrong values of every JSON kind put in place of the values of a case.
WRONG = (None, True, 0, -1, 1.5, "", "x", "-1", "2026-02-30", [], [None], {}, {"zz": 1})
EXTRA = object()


def _verdicts(data: dict[str, Any]) -> Iterator[tuple[bool, bool, tuple[Any, ...], Any]]:
    """(compiled, jsonschema, path, wrong value) with each value of ``data`` in
    turn replaced by one wrong value (taking turns through :data:`WRONG`), and
    an unexpected key added beside every third one (changed in place, restored)."""
    fast = compile_schema(case_schema())
    validator = Draft202012Validator(case_schema())
    for n, path in enumerate(list(_paths(data))):
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        key = path[-1]
        wrong = WRONG[n % len(WRONG)]
        kept = parent[key]
        parent[key] = wrong
        yield fast(data), validator.is_valid(data), path, wrong
        parent[key] = kept
        if isinstance(parent, dict) and n % 3 == 0:
            parent["unexpected_key"] = 1
            yield fast(data), validator.is_valid(data), path, EXTRA
            del parent["unexpected_key"]


def test_on_case_values_replaced_by_wrong_ones_the_verdict_is_jsonschemas() -> None:
    checked = refused = 0
    for data in _cases():
        assert compile_schema(case_schema())(data)
        for fast, verdict, path, wrong in _verdicts(data):
            assert fast == verdict, (path, wrong)
            checked += 1
            refused += not verdict
    # the mutations did reach the refusals (not only harmless places)
    assert checked > 500 and refused > checked // 3, (checked, refused)


def test_a_case_the_schema_refuses_gets_jsonschemas_own_messages() -> None:
    data = case_to_dict(Case())
    data["loan"]["amount"] = 1.5
    data["tax"]["taxpayer_type"] = "weird"
    expected = [
        f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message[:200]}"
        for e in Draft202012Validator(case_schema()).iter_errors(data)
    ][:3]
    assert schema_errors(data) == expected
    assert len(expected) == 2
