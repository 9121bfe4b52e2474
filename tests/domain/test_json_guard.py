"""Bounded JSON (docs/FORMATS.md, "Limits on JSON"): each refusal names the path."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from domain.errors import CaseFormatError
from domain.json_guard import MAX_DEPTH, MAX_JSON_VALUES, check_tree, parse_bounded
from domain.serialization import canonical_json, case_from_dict


def _why(raw: bytes) -> str:
    with pytest.raises(CaseFormatError) as caught:
        parse_bounded(raw)
    return caught.value.message.render()


def test_nesting_up_to_the_limit_is_read_and_one_level_more_is_refused_with_its_path() -> None:
    ok = b"[" * MAX_DEPTH + b"]" * MAX_DEPTH
    assert parse_bounded(ok) is not None
    deeper = b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1)
    assert _why(deeper) == "/" + "0/" * (MAX_DEPTH - 1) + "0: nested deeper than 32 levels"


def test_nesting_that_would_exhaust_pythons_stack_is_refused_not_raised() -> None:
    assert _why(b"[" * 200_000 + b"]" * 200_000).endswith("nested deeper than 32 levels")


def test_lone_surrogates_and_nul_are_refused_in_values_and_keys() -> None:
    assert _why(b'{"a": {"b": "x\\ud800"}}') == (
        "/a/b: the text holds a lone surrogate (not valid Unicode)"
    )
    assert _why(b'{"\\udfff": 1}').startswith("/\udfff: the text holds a lone surrogate")
    assert _why(b'{"a": ["\\u0000"]}') == "/a/0: the text holds a NUL character"
    # a surrogate pair is one valid character
    assert parse_bounded(b'{"a": "\\ud842\\udfb7"}') == {"a": "𠮷"}


def test_huge_integers_nan_and_bad_bytes_are_refused() -> None:
    assert _why(b'{"n": ' + b"9" * 31 + b"}") == "/: a whole number of more than 30 digits"
    assert parse_bounded(b'{"n": ' + b"9" * 30 + b"}") == {"n": int("9" * 30)}
    assert "not valid JSON" in _why(b'{"n": NaN}')
    assert _why(b"\xff") == "/: not valid UTF-8"


def test_more_values_than_the_limit_are_refused_before_parsing() -> None:
    raw = b"[" + b"0," * MAX_JSON_VALUES + b"0]"
    assert _why(raw) == f"/: more than {MAX_JSON_VALUES} values"


def test_brackets_and_digits_inside_strings_do_not_count() -> None:
    text = "[" * 100 + "9" * 40 + '\\"' + "{" * 50
    assert parse_bounded(json.dumps({"t": text}).encode()) == {"t": text}


def test_check_tree_names_the_path_of_a_surrogate_in_a_built_tree() -> None:
    with pytest.raises(CaseFormatError, match="/x/1"):
        check_tree({"x": ["ok", "\ud800"]})


def test_canonical_json_refuses_a_lone_surrogate_naming_its_path() -> None:
    """The same refusal on both sides: the workstation writing a package and
    head office checking one call this function."""
    with pytest.raises(CaseFormatError, match="/applicant/registered_name"):
        canonical_json({"applicant": {"registered_name": "a\ud800"}})


def test_the_case_reader_refuses_surrogates_and_decimals_of_16_digits_before_the_point() -> None:
    base = {"uuid": "12345678-1234-1234-1234-123456789012"}
    with pytest.raises(CaseFormatError, match="/applicant/registered_name"):
        case_from_dict({**base, "applicant": {"registered_name": "\ud800"}})
    with pytest.raises(CaseFormatError, match="/loan/amount"):
        case_from_dict({**base, "loan": {"amount": "1" * 16}})
    case = case_from_dict({**base, "loan": {"amount": "9" * 15 + ".5"}})
    assert case.loan.amount == Decimal("999999999999999.5")
