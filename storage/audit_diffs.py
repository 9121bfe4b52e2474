"""What changed between two versions of a case: one audit entry per changed
leaf (``applicant/owner/phone``), as :mod:`storage.audit` logs them."""

from __future__ import annotations

from domain.serialization import canonical_json

#: Top-level keys that change on every save and are not themselves edits.
_NOT_EDITS = frozenset({"version", "updated_at"})


def flatten(data: object, prefix: str = "") -> dict[str, object]:
    """Leaf values of a JSON tree by path (``applicant/owner/phone``, ``meters/0/month``).

    Empty lists and objects are leaves of their own, so that emptying a list
    is a change too.
    """
    if isinstance(data, dict):
        if not data and prefix:
            return {prefix: {}}
        out: dict[str, object] = {}
        for key, value in data.items():
            if not prefix and key in _NOT_EDITS:
                continue
            out.update(flatten(value, f"{prefix}/{key}" if prefix else str(key)))
        return out
    if isinstance(data, list):
        if not data:
            return {prefix: []}
        out = {}
        for index, value in enumerate(data):
            out.update(flatten(value, f"{prefix}/{index}"))
        return out
    return {prefix: data}


def leaf_text(value: object) -> str:
    """How a leaf reads in the log: text as is, absent as empty, the rest as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return canonical_json(value).decode("utf-8")


_ABSENT = object()


def changed_leaves(old: dict[str, object], new: dict[str, object]) -> list[tuple[str, str, str]]:
    """``(path, old text, new text)`` for every leaf that differs, in document order."""
    before, after = flatten(old), flatten(new)
    changes: list[tuple[str, str, str]] = []
    for path, value in after.items():
        previous = before.get(path, _ABSENT)
        if previous is _ABSENT or previous != value or type(previous) is not type(value):
            old_text = "" if previous is _ABSENT else leaf_text(previous)
            changes.append((path, old_text, leaf_text(value)))
    for path, value in before.items():
        if path not in after:
            changes.append((path, leaf_text(value), ""))
    return changes
