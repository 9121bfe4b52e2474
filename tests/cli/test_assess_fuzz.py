"""Issue 20, build 10 (assess): mutated example cases never crash ``assess``.

Hypothesis takes one of ``resources/examples/*.json``, replaces, deletes or
adds a value somewhere in it (a huge number, a negative one, a lone
surrogate, a wrong type, deep nesting …) and runs ``main.py assess`` on the
file. The command must end with 0 (assessed) or 2 (refused, with a reason),
never 1 (a bug) and never with a traceback.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import main as main_module
from domain.paths import resource_path

EXAMPLES = sorted(resource_path("examples").glob("*.json"))
_TEXTS = [json.loads(p.read_text("utf-8")) for p in EXAMPLES]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.sampled_from([0, -1, 10**30, 2**63, -(2**63) - 1]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            "", "-1", "0", "1e999", "NaN", "Infinity", "-0", "9" * 40, "0." + "1" * 40,
            "9999-12-31", "0000-01-01", "2026-02-30", "2026-11-27T25:61:00+08:00",
            "\ud800", "x\udfffy", "=HYPERLINK(\"x\")", "\x00", "a" * 1000, "红" * 300,
            "normal", "green", "red", "in_field", "company", "plastics", "unknown_thing",
        ]
    ),
    st.text(max_size=20),
)  # fmt: skip
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into ``value`` (dict keys and list indices), the root excluded."""
    out: list[tuple[Any, ...]] = []
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return out
    for key, item in items:
        out.append((*path, key))
        out.extend(_nodes(item, (*path, key)))
    return out


DEEP = "__deeply_nested__"  # replaced by [[[…0…]]] in the file's text


@st.composite
def mutated_cases(draw: st.DrawFn) -> tuple[Any, int]:
    """(the mutated case, how deep to nest the value marked :data:`DEEP`)."""
    case = json.loads(json.dumps(draw(st.sampled_from(_TEXTS))))  # a deep copy
    depth = 0
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        nodes = _nodes(case)
        path = draw(st.sampled_from(nodes))
        parent = case
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "replace", "delete", "add", "nest"]))
        if action == "replace":
            parent[path[-1]] = draw(values)
        elif action == "delete":
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=10))] = draw(values)
        elif action == "nest" and not depth:
            depth = draw(st.sampled_from([5, 200, 3000, 100_000]))
            parent[path[-1]] = DEEP
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        case = draw(st.sampled_from([[case], "case", 42, None]))
    return case, depth


def _assess(file: Path) -> tuple[int, str]:
    """Run ``main.py assess`` in this process with a strict UTF-8 standard
    output, as a real console or pipe has; returns the exit code and stderr."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    err = io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = main_module.main(["assess", str(file), "--today", "2026-11-27"])
    finally:
        sys.stdout, sys.stderr = saved
    return code, err.getvalue()


FOLDER = Path(tempfile.mkdtemp(prefix="fcw-fuzz-"))


@settings(
    # FCW_FUZZ_EXAMPLES=5000 for an attack run; the suite keeps it modest.
    max_examples=int(os.environ.get("FCW_FUZZ_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_cases())
def test_assess_on_a_mutated_example_exits_0_or_2_never_1(mutation: tuple[Any, int]) -> None:
    case, depth = mutation
    file = FOLDER / "case.json"
    # ensure_ascii: a lone surrogate is written as \\ud800, as a hostile file would
    text = json.dumps(case, ensure_ascii=True)
    text = text.replace(json.dumps(DEEP), "[" * depth + "0" + "]" * depth)
    file.write_text(text, encoding="utf-8")
    code, err = _assess(file)
    assert code in (0, 2), err
    assert "Traceback" not in err
