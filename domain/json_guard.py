"""JSON from outside, read within bounds (docs/FORMATS.md, "Limits on JSON").

Every JSON member of a package (and the envelope) is parsed by
:func:`parse_bounded`: bytes that are not UTF-8, text that is not JSON,
``NaN``/``Infinity``, integers of more than :data:`MAX_INT_DIGITS` digits,
nesting deeper than :data:`MAX_DEPTH`, and any text holding a lone surrogate
(``\\ud800``, which no UTF-8 can carry) or a NUL character (which
PostgreSQL's text cannot store) are refused with the JSON path of the first
offending value, so one hostile package is refused on its own and never
stops a batch with a ``RecursionError`` or a ``UnicodeEncodeError`` later.
"""

from __future__ import annotations

import json
from typing import Any

from domain.errors import CaseFormatError
from domain.i18n import Message, tr_noop

#: Deepest nesting of objects and arrays accepted. A case is 5 levels deep;
#: unknown keys (allowed for forward compatibility) get the rest.
MAX_DEPTH = 32
#: Longest integer literal accepted (the case's integers fit in 32 bits).
MAX_INT_DIGITS = 30
#: Largest JSON member, and most values in one: Python objects take up to
#: ~20 times the bytes of ``[[],[],…]``; these bounds keep one parsed member
#: under ~40 MB (docs/FORMATS.md, memory bound per import job).
MAX_JSON_BYTES = 16 * 1024 * 1024
MAX_JSON_VALUES = 500_000


def _fail(path: str, text: str, **params: Any) -> CaseFormatError:
    return CaseFormatError(
        Message(tr_noop("{path}: {why}"), {"path": path or "/", "why": Message(text, params)}),
        field=path,
    )


def text_problem(text: str) -> str | None:
    """Why ``text`` cannot be stored (a lone surrogate, a NUL), or None."""
    if "\x00" in text:
        return tr_noop("the text holds a NUL character")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return tr_noop("the text holds a lone surrogate (not valid Unicode)")
    return None


def check_tree(data: Any, max_depth: int = MAX_DEPTH) -> None:
    """Refuse a tree deeper than ``max_depth`` or holding text that cannot be
    stored; :class:`CaseFormatError` names the path. Iterative: a deep tree
    cannot exhaust Python's stack here."""
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    while stack:
        node, path, depth = stack.pop()
        if isinstance(node, dict | list):
            if depth >= max_depth:
                raise _fail(path, tr_noop("nested deeper than {depth} levels"), depth=max_depth)
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, value in items:
                where = f"{path}/{key}"
                if isinstance(key, str):
                    why = text_problem(key)
                    if why is not None:
                        raise _fail(where, why)
                stack.append((value, where, depth + 1))
        elif isinstance(node, str):
            why = text_problem(node)
            if why is not None:
                raise _fail(path, why)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError(f"an integer of {len(text)} digits")
    return int(text)


def parse_bounded(raw: bytes, max_depth: int = MAX_DEPTH) -> Any:
    """``raw`` (UTF-8 JSON) parsed and checked by :func:`check_tree`;
    :class:`CaseFormatError` says what is wrong (and where, when it can).
    Size and value count are bounded before parsing (every value but the
    first follows a comma or an opening bracket)."""
    if len(raw) > MAX_JSON_BYTES:
        raise _fail("", tr_noop("larger than {limit} bytes"), limit=MAX_JSON_BYTES)
    values = raw.count(b",") + raw.count(b"[") + raw.count(b"{") + 1
    if values > MAX_JSON_VALUES:
        raise _fail("", tr_noop("more than {limit} values"), limit=MAX_JSON_VALUES)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _fail("", tr_noop("not valid UTF-8")) from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_int=_bounded_int)
    except RecursionError:
        raise _fail("", tr_noop("nested deeper than {depth} levels"), depth=max_depth) from None
    except ValueError as exc:  # JSONDecodeError included
        raise _fail("", tr_noop("not valid JSON ({why})"), why=str(exc)[:120]) from None
    check_tree(data, max_depth)
    return data


__all__ = [
    "MAX_DEPTH",
    "MAX_INT_DIGITS",
    "MAX_JSON_BYTES",
    "MAX_JSON_VALUES",
    "check_tree",
    "parse_bounded",
    "text_problem",
]
