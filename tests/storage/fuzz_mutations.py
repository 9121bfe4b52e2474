"""Hypothesis strategies that mutate case JSON, envelopes and inner members
(issue 20, "Fuzzing in the test suite"): values of every JSON type and the
hostile ones (lone surrogates, 40-digit numbers, long texts, deep nesting)."""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.json"))

surrogate = st.integers(0xD800, 0xDFFF).map(chr)
hostile_text = st.one_of(
    st.text(max_size=20),
    st.lists(st.one_of(st.characters(), surrogate), max_size=6).map("".join),
    st.sampled_from(["9" * 40, "1." + "1" * 40, "-0", "1E+99", "NaN", "名" * 1000, "\x00", ""]),
)
leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**40), 10**40),
    st.sampled_from([0, -5, 1, 2**31, 2**63]),
    st.floats(allow_nan=False, allow_infinity=False),
    hostile_text,
)
json_value = st.recursive(
    leaf,
    lambda kids: st.one_of(
        st.lists(kids, max_size=3), st.dictionaries(st.text(max_size=6), kids, max_size=3)
    ),
    max_leaves=8,
) | st.integers(33, 300).map(lambda d: json.loads("[" * d + "]" * d))


def paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value in ``data`` (the root excluded)."""
    out = []
    items = (
        data.items()
        if isinstance(data, dict)
        else enumerate(data)
        if isinstance(data, list)
        else ()
    )
    for key, value in items:
        out.append((*prefix, key))
        out += paths(value, (*prefix, key))
    return out


@st.composite
def mutated(draw: st.DrawFn, data: Any) -> Any:
    """``data`` with one to three values replaced, removed or added."""
    out = copy.deepcopy(data)
    for _ in range(draw(st.integers(1, 3))):
        where = paths(out)
        if not where:
            break
        path = draw(st.sampled_from(where))
        node = out
        for key in path[:-1]:
            node = node[key]
        action = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        if action == "delete" and isinstance(node, dict):
            del node[path[-1]]
        elif action == "add" and isinstance(node, dict):
            node[draw(st.text(max_size=8))] = draw(json_value)
        else:
            node[path[-1]] = draw(json_value)
    return out


def dumps(data: Any) -> bytes:
    """JSON bytes; lone surrogates travel as ``\\ud800`` escapes."""
    return json.dumps(data, ensure_ascii=True).encode()


@cache
def _examples() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in EXAMPLES)


def examples() -> list[dict[str, Any]]:
    """The example cases of resources/examples, fresh copies."""
    return [json.loads(text) for text in _examples()]


__all__ = ["EXAMPLES", "dumps", "examples", "json_value", "mutated", "paths"]
