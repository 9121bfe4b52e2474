"""Officer dispositions of fraud flags and the finalise gate (DOMAIN.md §5).

A flag is pending until the officer confirms it or dismisses it with a
written reason. A case with a pending red flag must not be printed or
exported unless the officer records an override reason; the reason goes
into the memo and the export. Dispositions are kept per rule id in
``case.dispositions``; who and when come from the caller (inject the clock).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from domain.case import Case, ChecklistTick, FlagDisposition
from domain.enums import DispositionStatus, FraudCategory, Severity
from domain.errors import ValidationError
from domain.fraud.base import FraudFlag
from domain.fraud.titles import rule_titles
from domain.i18n import Message, tr_noop


def disposition_of(case: Case, rule: str) -> FlagDisposition | None:
    for d in case.dispositions:
        if d.rule == rule:
            return d
    return None


def status_of(case: Case, rule: str) -> DispositionStatus:
    d = disposition_of(case, rule)
    return d.status if d is not None else DispositionStatus.PENDING


def _who(by: str) -> str:
    if not by.strip():
        raise ValidationError(
            Message(tr_noop("Say who records the decision on the flag.")), field="by"
        )
    return by.strip()


def record_disposition(
    case: Case,
    rule: str,
    status: DispositionStatus,
    *,
    by: str,
    at: datetime,
    reason: str = "",
) -> FlagDisposition:
    """Confirm, dismiss or reopen the flag of ``rule``. Dismissing needs a
    written reason. Keeps an earlier override reason. Returns the record."""
    if status == DispositionStatus.DISMISSED and not reason.strip():
        raise ValidationError(
            Message(tr_noop("Write down why the flag is dismissed.")), field="reason"
        )
    who = _who(by)
    d = disposition_of(case, rule)
    if d is None:
        d = FlagDisposition(rule=rule)
        case.dispositions.append(d)
    d.status = status
    d.reason = reason.strip()
    d.by = who
    d.at = at
    return d


def record_override(
    case: Case, rule: str, *, reason: str, by: str, at: datetime
) -> FlagDisposition:
    """Record why the case may be finalised while the flag of ``rule`` stays
    pending. The reason is required and goes into the memo and the export."""
    if not reason.strip():
        raise ValidationError(
            Message(tr_noop("Write down why the case may go ahead with this flag pending.")),
            field="override_reason",
        )
    who = _who(by)
    d = disposition_of(case, rule)
    if d is None:
        d = FlagDisposition(rule=rule)
        case.dispositions.append(d)
    d.override_reason = reason.strip()
    d.by = who
    d.at = at
    return d


def blocking_flags(case: Case, flags: Sequence[FraudFlag]) -> list[FraudFlag]:
    """Red flags still pending without an override reason."""
    out: list[FraudFlag] = []
    for f in flags:
        if f.severity != Severity.RED:
            continue
        d = disposition_of(case, f.rule)
        if d is None or (d.status == DispositionStatus.PENDING and not d.override_reason.strip()):
            out.append(f)
    return out


def open_flag_counts(case: Case, flags: Iterable[tuple[str, str]]) -> tuple[int, int]:
    """Red and amber flags the officer has not dismissed (pending or confirmed),
    from ``(rule, severity)`` pairs: what the case list's badges count."""
    red = amber = 0
    for rule, severity in flags:
        if status_of(case, rule) == DispositionStatus.DISMISSED:
            continue
        if severity == Severity.RED:
            red += 1
        elif severity == Severity.AMBER:
            amber += 1
    return red, amber


def can_finalise(case: Case, flags: Sequence[FraudFlag]) -> tuple[bool, Message]:
    """Whether the memo may be printed and the case exported.

    False while a red flag is pending without an override reason; the
    message names the rules.
    """
    blocking = blocking_flags(case, flags)
    if blocking:
        return False, Message(
            tr_noop(
                "{count} red fraud flags are still pending: {rules}. Confirm or dismiss them, "
                "or record an override reason."
            ),
            {"count": len(blocking), "rules": rule_titles([f.rule for f in blocking])},
        )
    return True, Message(tr_noop("No red fraud flag is pending."))


def tick_checklist(
    case: Case,
    category: FraudCategory,
    item: str,
    checked: bool,
    *,
    by: str,
    at: datetime,
) -> ChecklistTick:
    """Tick (or untick) an officer checklist item of a category, with who and when."""
    who = _who(by)
    for t in case.checklist:
        if t.category == category and t.item == item:
            tick = t
            break
    else:
        tick = ChecklistTick(category=category, item=item)
        case.checklist.append(tick)
    tick.checked = checked
    tick.by = who
    tick.at = at
    return tick


def tick_of(case: Case, category: FraudCategory, item: str) -> ChecklistTick | None:
    for t in case.checklist:
        if t.category == category and t.item == item:
            return t
    return None
