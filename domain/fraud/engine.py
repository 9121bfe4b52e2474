"""Runs the fraud rules over a case (DOMAIN.md §5).

:func:`evaluate_fraud` is the hook the assessment calls; it returns the
flags, worst first. A rule the pack does not name, or turns off, does not
run. A rule whose settings are broken yields an ``info`` flag naming the
setting instead of stopping the assessment.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from domain.case import Case
from domain.enums import Severity
from domain.errors import RulePackError
from domain.fraud.base import (
    Evidence,
    FraudFlag,
    RegisteredRule,
    RuleContext,
    RuleSettings,
    make_flag,
    registered_rules,
    severity_rank,
)
from domain.fraud.matching import CaseMatch
from domain.fraud.settings import FraudSettings, fraud_settings
from domain.i18n import Message, tr_noop
from domain.statement_scan import StatementLines


def evaluate_fraud(
    case: Case,
    assessment: Any,
    pack: Any,
    *,
    today: date,
    other_cases: Sequence[Case] = (),
    matches: Sequence[CaseMatch] | None = None,
    statement_lines: StatementLines | None = None,
) -> list[FraudFlag]:
    """Every enabled rule of ``pack`` run over ``case``.

    ``assessment`` supplies the cross-verification results (sales estimates,
    equity r1, working-capital need) and may be ``None``; ``other_cases`` are
    the workspace's other cases for the cross-case matches; ``matches`` are
    those matches found beforehand in the workspace's identifier index
    (``storage.matching_index.matches_for``), used instead of scanning
    ``other_cases`` (a workspace may hold 100,000 cases). Sorted by
    severity (red first), then rule id. ``statement_lines``: the case's
    lines split for its application date (``domain.statement_scan``), when
    the caller has them; the rules split the lines themselves otherwise.
    """
    settings = fraud_settings(pack, case.business.industry)
    ctx = RuleContext(
        case,
        today,
        assessment,
        pack,
        tuple(other_cases),
        None if matches is None else list(matches),
    )
    if statement_lines is not None:
        ctx.memo["statement_lines"] = statement_lines
    flags: list[FraudFlag] = []
    for rule, rule_settings in _enabled_rules(settings):
        try:
            flag = rule.func(ctx, rule_settings)  # what rule(...) calls, one frame less
        except RulePackError as exc:
            flag = make_flag(
                rule.id,
                rule.category,
                Severity.INFO,
                Message(tr_noop("This rule could not run: {why}"), {"why": exc.message}),
                [Evidence(tr_noop("Rule-pack setting"), exc.field, "rule pack")],
            )
        if flag is not None:
            flags.append(flag)
    flags.sort(key=lambda f: (-severity_rank(f.severity), f.rule))
    return flags


def _enabled_rules(settings: FraudSettings) -> list[tuple[RegisteredRule, RuleSettings]]:
    """The registered rules ``settings`` name and turn on, in registration
    order, each with its settings: worked out once per settings object (a rule
    pack's settings do not change while it is loaded)."""
    rules = registered_rules()
    cached = _ENABLED.get(id(settings))
    if (
        cached is not None
        and cached[0] is settings
        and cached[1] == len(rules)
        and cached[2] == len(settings.rules)
    ):
        return cached[3]
    enabled = []
    for rule in rules:
        rule_settings = settings.rule(rule.id)
        if rule_settings is not None and rule_settings.enabled:
            enabled.append((rule, rule_settings))
    if len(_ENABLED) > 256:
        _ENABLED.clear()
    _ENABLED[id(settings)] = (settings, len(rules), len(settings.rules), enabled)
    return enabled


#: id(settings) → (settings, rules registered, rules named, enabled rules)
_ENABLED: dict[int, tuple[FraudSettings, int, int, list[tuple[RegisteredRule, RuleSettings]]]] = {}


def flags_to_json(flags: Sequence[FraudFlag]) -> list[dict[str, Any]]:
    """The ``flags`` list of ``main.py assess`` (CONTRACTS.md)."""
    return [f.to_dict() for f in flags]
