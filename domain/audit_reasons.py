"""Texts the workstation itself writes into the audit trail.

An officer's reason is stored as typed. The reasons the program writes
(a memo printed, a package exported, a case purged by the retention rule)
are stored in their English source form with the values filled in: stored
data does not depend on the language the officer happened to use, just as
the action ids (``create``, ``status``) do not. :func:`audit_message` reads a
stored text back as a translatable :class:`~domain.i18n.Message`, so the
history shows 报告已打印为 … in Chinese; text that matches no template (the
officer's own words) comes back as ``None`` and is shown as it is.
"""

from __future__ import annotations

import re

from domain.i18n import Message, tr_noop

MEMO_PRINTED = tr_noop("memo printed as {file}")
EXPORTED = tr_noop("exported to head office as {file}")
PURGED_BY_RETENTION = tr_noop("retention {days} days; archived {date}")
PURGED_PAYLOAD = tr_noop("purged; {count} attachments removed")
ATTACHED = tr_noop("{file} sha256:{hash}")
# status changes of domain.lifecycle
STARTED = tr_noop("investigation started")
COMPLETED = tr_noop("investigation completed")
REOPENED = tr_noop("reopened: {reason}")
RETURNED_BY = tr_noop("returned by head office ({reviewer}): {comment}")
ARCHIVED_AFTER_EXPORT = tr_noop("archived after export")
#: Head office's other decisions on an exported case (a return is RETURNED_BY).
HEAD_OFFICE_DECISIONS = {
    "approve": tr_noop("head office approved ({reviewer}): {comment}"),
    "approve_with_changes": tr_noop("head office approved with changes ({reviewer}): {comment}"),
    "defer": tr_noop("head office deferred the decision ({reviewer}): {comment}"),
    "decline": tr_noop("head office declined ({reviewer}): {comment}"),
}

_TEMPLATES = (
    MEMO_PRINTED,
    EXPORTED,
    PURGED_BY_RETENTION,
    PURGED_PAYLOAD,
    STARTED,
    COMPLETED,
    REOPENED,
    RETURNED_BY,
    ARCHIVED_AFTER_EXPORT,
    *HEAD_OFFICE_DECISIONS.values(),
    ATTACHED,
)


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)  # literal, name, literal, name, ..., literal
    regex = "".join(
        re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)
    )
    return re.compile(regex)


_PATTERNS = tuple((template, _pattern(template)) for template in _TEMPLATES)


def audit_text(template: str, **values: object) -> str:
    """The text to store for one of this module's templates."""
    if template not in _TEMPLATES:
        raise ValueError(f"not an audit template: {template!r}")
    return template.format(**values)


def audit_message(stored: str) -> Message | None:
    """``stored`` as a translatable message, or ``None`` for the officer's own words."""
    for template, pattern in _PATTERNS:
        match = pattern.fullmatch(stored)
        if match is not None:
            return Message(template, match.groupdict())
    return None


__all__ = [
    "ARCHIVED_AFTER_EXPORT",
    "ATTACHED",
    "COMPLETED",
    "EXPORTED",
    "HEAD_OFFICE_DECISIONS",
    "MEMO_PRINTED",
    "PURGED_BY_RETENTION",
    "PURGED_PAYLOAD",
    "REOPENED",
    "RETURNED_BY",
    "STARTED",
    "audit_message",
    "audit_text",
]
