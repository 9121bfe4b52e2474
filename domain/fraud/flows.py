"""Statement patterns for the income and wealth rules (DOMAIN.md §4.3, §5).

The arithmetic and the thresholds live in one place:
:func:`domain.statement_patterns.detect_patterns` with the rule pack's
``thresholds.toml`` ``[statement]`` table. The fraud rules only decide
whether a pattern becomes a flag (``fraud.toml`` turns each rule on or off)
and word the evidence. A pack without thresholds (a bare ``fraud.toml``
dict or :class:`domain.fraud.settings.FraudSettings`) makes these rules
report an ``info`` flag naming the missing table instead of guessing.
"""

from __future__ import annotations

from domain.enums import Light, Severity
from domain.errors import RulePackError
from domain.fraud.base import RuleContext
from domain.fraud.figures import statement_lines
from domain.i18n import Message, tr_noop
from domain.rulepack import Thresholds
from domain.statement_patterns import NOT_A_PERSON_WORDS, PatternResult, detect_patterns

STATEMENT_TABLE = "thresholds.toml: statement"


def statement_thresholds(ctx: RuleContext) -> Thresholds:
    thresholds = getattr(ctx.pack, "thresholds", None)
    if not isinstance(thresholds, Thresholds):
        raise RulePackError(
            Message(tr_noop("The rule pack has no bank-statement thresholds.")),
            field=STATEMENT_TABLE,
        )
    return thresholds


def pattern(ctx: RuleContext, name: str) -> PatternResult:
    """The pattern ``name`` of :func:`detect_patterns` on the case's lines,
    up to the application date (today when the case has none)."""
    results = ctx.memo.get("statement_patterns")
    if results is None:  # four rules read the same patterns: compute them once
        thresholds = statement_thresholds(ctx)
        results = detect_patterns(
            ctx.case.transactions,
            ctx.application_date,
            thresholds,
            NOT_A_PERSON_WORDS,
            lines=statement_lines(ctx),  # the one pass other rules share too
        )
        ctx.memo["statement_patterns"] = results
    return next(r for r in results if r.pattern == name)


def severity_of(result: PatternResult) -> Severity | None:
    """Red / amber lights become flags of that severity; green and missing do not."""
    if result.light == Light.RED:
        return Severity.RED
    if result.light == Light.AMBER:
        return Severity.AMBER
    return None
