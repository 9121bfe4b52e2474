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
import re
from typing import Any

from domain.errors import CaseFormatError
from domain.i18n import Message, tr_noop

#: Deepest nesting of objects and arrays accepted. A case is 5 levels deep;
#: unknown keys (allowed for forward compatibility) get the rest.
MAX_DEPTH = 32
#: Longest integer literal accepted (the case's integers fit in 32 bits).
MAX_INT_DIGITS = 30
_INT_BOUND = 10**MAX_INT_DIGITS
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
        elif isinstance(node, int) and not -_INT_BOUND < node < _INT_BOUND:
            raise _fail(
                path, tr_noop("a whole number of more than {digits} digits"), digits=MAX_INT_DIGITS
            )


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_LONG_NUMBER = re.compile(rb"[0-9]{%d,}" % (MAX_INT_DIGITS + 1))


def _skeleton(raw: bytes) -> bytes:
    """``raw`` without its strings: brackets, numbers and punctuation."""
    return _STRING.sub(b"", raw)


def _depth(skeleton: bytes) -> int:
    depth = peak = 0
    for c in skeleton.translate(None, _NOT_BRACKETS):
        depth += 1 if c in (91, 123) else -1  # [ {
        peak = max(peak, depth)
    return peak


def parse_bounded(raw: bytes, max_depth: int = MAX_DEPTH) -> Any:
    """``raw`` (UTF-8 JSON) parsed within the bounds of this module;
    :class:`CaseFormatError` says what is wrong (and where, when it can).

    Size, value count, depth and integer digits are judged on the bytes
    before parsing (every value but the first follows a comma or an opening
    bracket; strings removed, brackets and digits remain), so no parse can
    exhaust the stack. A lone surrogate or a NUL can only arrive as a ``\\u``
    escape: the tree is walked for them only when the bytes hold one."""
    if len(raw) > MAX_JSON_BYTES:
        raise _fail("", tr_noop("larger than {limit} bytes"), limit=MAX_JSON_BYTES)
    values = raw.count(b",") + raw.count(b"[") + raw.count(b"{") + 1
    if values > MAX_JSON_VALUES:
        raise _fail("", tr_noop("more than {limit} values"), limit=MAX_JSON_VALUES)
    skeleton = _skeleton(raw)
    depth = _depth(skeleton)
    if depth > max(max_depth, 200):  # too deep to parse and walk for the path
        raise _fail("", tr_noop("nested deeper than {depth} levels"), depth=max_depth)
    if _LONG_NUMBER.search(skeleton):
        raise _fail(
            "", tr_noop("a whole number of more than {digits} digits"), digits=MAX_INT_DIGITS
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _fail("", tr_noop("not valid UTF-8")) from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise _fail("", tr_noop("nested deeper than {depth} levels"), depth=max_depth) from None
    except ValueError as exc:  # JSONDecodeError included
        raise _fail("", tr_noop("not valid JSON ({why})"), why=str(exc)[:120]) from None
    if depth > max_depth or b"\\u" in raw:
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
