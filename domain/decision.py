"""The suggested decision (DOMAIN.md §6) and when approving needs a written
justification.

The assessment proposes, from its checks and the fraud flags with the
officer's decisions on them:

* **decline** over a red flag the officer confirmed, an instalment above
  ``[decision] decline_instalment_ratio`` of the monthly disposable income
  (or no disposable income at all), or an equity reconciliation that fails
  with the verified profit too;
* **escalate** (to the credit committee) while a red flag waits for the
  officer's decision, when the repayment capacity cannot be worked out, or
  with more amber signals than ``max_ambers_with_conditions``;
* **approve with conditions** (``approve_with_changes``) over amber signals,
  each with the condition that answers it where there is one (designated
  payment, a smaller amount, an extra guarantee, a shorter term);
* **approve** otherwise.

The decisions use the :class:`~domain.enums.Recommendation` values, so the
suggestion and the officer's recommendation read side by side. An officer
who recommends approval over one of the decline reasons writes a
justification, which the memo prints (:func:`justification_needed`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from domain.case import Case
from domain.enums import DispositionStatus, FraudCategory, Light, Recommendation, Severity
from domain.i18n import Message, tr_noop

APPROVING = frozenset({Recommendation.APPROVE, Recommendation.APPROVE_WITH_CHANGES})

#: conditions the conclusion stage offers (ids of ``ui.stages.conclusion.CONDITIONS``)
DESIGNATED_PAYMENT = "designated_payment"
EXTRA_GUARANTEE = "extra_guarantee"
SMALLER_AMOUNT = "smaller_amount"
SHORTER_TERM = "shorter_term"

#: checks whose amber (or, for security, red) light is a signal for the decision
_NEED_CHECKS = ("working_capital", "purpose_need")
_CATEGORY_CONDITION = {
    FraudCategory.PURPOSE: DESIGNATED_PAYMENT,
    FraudCategory.CONTRACT: DESIGNATED_PAYMENT,
    FraudCategory.INCOME: SMALLER_AMOUNT,
    FraudCategory.INVENTORY: SMALLER_AMOUNT,
    FraudCategory.WEALTH: EXTRA_GUARANTEE,
}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What the assessment proposes and why (each reason a sentence)."""

    decision: Recommendation
    reasons: tuple[Message, ...]
    conditions: tuple[str, ...] = ()


def _title(rule: str) -> Message | str:
    titles = _TITLES
    if not titles:  # imported on first use: the fraud package imports this one's users
        from domain.fraud.titles import rule_title

        titles.append(rule_title)
    return titles[0](rule)


_TITLES: list[Callable[[str], Message | str]] = []


def _rule_of(flag: Any, severity: Severity) -> str | None:
    """The rule id of ``flag`` when it is of ``severity`` (flags are read by
    attribute: the fraud hook may hand in any object)."""
    if getattr(flag, "severity", None) != severity:
        return None
    return str(getattr(flag, "rule", ""))


def _status(case: Case, rule: str) -> DispositionStatus:
    for d in case.dispositions:
        if d.rule == rule:
            return d.status
    return DispositionStatus.PENDING


def _checks(assessment: Any) -> dict[str, Any]:
    return {c.id: c for c in getattr(assessment, "checks", None) or []}


def _pct(value: Decimal) -> str:
    return f"{(value * 100).quantize(Decimal('0.1'))}%"


def decline_reasons(
    case: Case, assessment: Any, pack: Any, by_id: dict[str, Any] | None = None
) -> list[Message]:
    """Confirmed red flags, an instalment above the limit, a failed equity
    test: what makes approval need a justification. ``by_id``: the
    assessment's checks by id, when the caller has them."""
    return _decline(case, assessment, pack, _checks(assessment) if by_id is None else by_id)


def _decline(case: Case, assessment: Any, pack: Any, by_id: dict[str, Any]) -> list[Message]:
    reasons: list[Message] = []
    for flag in getattr(assessment, "flags", None) or []:
        rule = _rule_of(flag, Severity.RED)
        if rule is not None and _status(case, rule) is DispositionStatus.CONFIRMED:
            reasons.append(Message(tr_noop("confirmed red flag: {title}"), {"title": _title(rule)}))
    thresholds = getattr(getattr(pack, "thresholds", None), "decision", None)
    capacity = by_id.get("repayment_capacity")
    if capacity is not None and capacity.light is not Light.MISSING:
        limit = thresholds.decline_instalment_ratio if thresholds is not None else None
        if capacity.deviation is None and capacity.light is Light.RED:
            reasons.append(Message(tr_noop("no monthly disposable income for the instalment")))
        elif limit is not None and capacity.deviation is not None and capacity.deviation > limit:
            reasons.append(
                Message(
                    tr_noop(
                        "the instalment takes {ratio} of the monthly disposable income"
                        " (limit {limit})"
                    ),
                    {"ratio": _pct(capacity.deviation), "limit": _pct(limit)},
                )
            )
    equity, verified = by_id.get("equity"), by_id.get("equity_verified")
    failed = verified is not None and verified.light is Light.RED
    if not failed and equity is not None and equity.light is Light.RED:
        failed = verified is None or verified.light is Light.MISSING
    if failed:
        shown = verified if verified is not None and verified.deviation is not None else equity
        reasons.append(
            Message(
                tr_noop("the equity reconciliation fails (r1 {r1})"),
                {"r1": "—" if shown is None or shown.deviation is None else _pct(shown.deviation)},
            )
        )
    return reasons


def suggest(
    case: Case,
    assessment: Any,
    pack: Any,
    decline: list[Message] | None = None,
    by_id: dict[str, Any] | None = None,
) -> Suggestion | None:
    """The suggested decision; ``None`` for a rule pack without ``[decision]``.
    ``decline``: :func:`decline_reasons`, ``by_id``: the assessment's checks
    by id, when the caller has them already."""
    thresholds = getattr(getattr(pack, "thresholds", None), "decision", None)
    if thresholds is None:
        return None
    if by_id is None:
        by_id = _checks(assessment)
    if decline is None:
        decline = _decline(case, assessment, pack, by_id)
    if decline:
        return Suggestion(Recommendation.DECLINE, tuple(decline))
    flags: Sequence[Any] = getattr(assessment, "flags", None) or []
    checks = list(by_id.values())
    escalate: list[Message] = []
    for flag in flags:
        rule = _rule_of(flag, Severity.RED)
        if rule is not None and _status(case, rule) is DispositionStatus.PENDING:
            escalate.append(
                Message(tr_noop("red flag still to decide: {title}"), {"title": _title(rule)})
            )
    capacity = by_id.get("repayment_capacity")
    if capacity is None or capacity.light is Light.MISSING:
        escalate.append(Message(tr_noop("the repayment capacity cannot be worked out")))
    ambers, conditions = _amber_signals(case, flags, checks)
    if len(ambers) > thresholds.max_ambers_with_conditions:
        escalate.append(
            Message(tr_noop("{count} amber signals"), {"count": len(ambers)}),
        )
        escalate += ambers
    if escalate:
        return Suggestion(Recommendation.ESCALATE, tuple(escalate))
    if ambers:
        return Suggestion(
            Recommendation.APPROVE_WITH_CHANGES, tuple(ambers), tuple(dict.fromkeys(conditions))
        )
    return Suggestion(
        Recommendation.APPROVE,
        (Message(tr_noop("every check within tolerance and no fraud flag open")),),
    )


def _amber_signals(
    case: Case, flags: Sequence[Any], checks: Sequence[Any]
) -> tuple[list[Message], list[str]]:
    reasons: list[Message] = []
    conditions: list[str] = []
    for flag in flags:
        rule = _rule_of(flag, Severity.AMBER)
        if rule is None or _status(case, rule) is DispositionStatus.DISMISSED:
            continue
        reasons.append(Message(tr_noop("amber flag: {title}"), {"title": _title(rule)}))
        condition = _CATEGORY_CONDITION.get(getattr(flag, "category", None))  # type: ignore[arg-type]
        if condition is not None:
            conditions.append(condition)
    for check in checks:
        light = check.light
        if light is Light.GREEN or light is Light.MISSING:
            continue
        check_id = check.id
        if check_id in _NEED_CHECKS or check_id == "repayment_capacity":
            signal, condition = light is Light.AMBER, SMALLER_AMOUNT
        elif check_id == "ltv" or check_id[:10] == "guarantor_":
            signal, condition = True, EXTRA_GUARANTEE
        elif check_id == "age_at_maturity":
            signal, condition = True, SHORTER_TERM
        else:
            continue
        if signal:
            reasons.append(Message(tr_noop("amber check: {name}"), {"name": check.name}))
            conditions.append(condition)
            if check_id in _NEED_CHECKS:
                conditions.append(DESIGNATED_PAYMENT)
    return reasons, conditions


def justification_needed(
    case: Case, assessment: Any, pack: Any, decline: list[Message] | None = None
) -> list[Message]:
    """Why the officer's approval needs a written justification: the decline
    reasons, when the recommendation approves; empty otherwise."""
    if case.proposal.recommendation not in APPROVING:
        return []
    return decline if decline is not None else decline_reasons(case, assessment, pack)


__all__ = [
    "APPROVING",
    "Suggestion",
    "decline_reasons",
    "justification_needed",
    "suggest",
]
