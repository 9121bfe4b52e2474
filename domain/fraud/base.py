"""Fraud flags and the rule registry (DOMAIN.md §5, CONTRACTS.md "assess").

A fraud rule is a small named function over a :class:`RuleContext` that
returns one :class:`FraudFlag` (all offending items of the rule gathered as
evidence) or ``None``. Rules register themselves with :func:`fraud_rule` in
the category modules; :mod:`domain.fraud.engine` runs every enabled one.
One flag per rule keeps dispositions simple: the officer decides per rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from domain.case import Case
from domain.enums import FraudCategory, Severity, label
from domain.errors import RulePackError
from domain.i18n import CONTEXT, Message, Translate, identity_translate, tr_noop

CATEGORY_LABELS_ZH: dict[FraudCategory, str] = {
    FraudCategory.BUSINESS: "经营虚假",
    FraudCategory.SITE: "现场虚假",
    FraudCategory.INCOME: "收入虚假",
    FraudCategory.INVENTORY: "库存虚假",
    FraudCategory.WEALTH: "财力虚假",
    FraudCategory.PURPOSE: "用途虚假",
    FraudCategory.CONTRACT: "合同虚假",
    FraudCategory.EMPLOYEE: "员工虚假",
    FraudCategory.PATENT: "专利虚假",
    FraudCategory.SEAL: "印章虚假",
}
"""Chinese labels used in machine output (``category_label``, CONTRACTS.md)."""

_SEVERITY_RANK = {Severity.INFO: 0, Severity.AMBER: 1, Severity.RED: 2}


def severity_rank(severity: Severity) -> int:
    return _SEVERITY_RANK[severity]


@dataclass(frozen=True)
class Evidence:
    """One figure behind a flag: what it is, its value, where it came from, and
    the threshold it was compared with (empty when not a comparison)."""

    label: str  # English source text, marked with tr_noop
    value: str
    source: str = ""
    threshold: str = ""

    def to_dict(self, translate: Translate = identity_translate) -> dict[str, str]:
        return {
            "label": translate(CONTEXT, self.label) if self.label else "",
            "value": self.value,
            "source": self.source,
            "threshold": self.threshold,
        }


@dataclass(frozen=True, eq=True)
class FraudFlag:
    """A fired fraud rule: its category, severity, message and evidence.

    ``field_paths`` are case paths (``/business/staff_claimed``) the UI can
    jump to.
    """

    rule: str
    category: FraudCategory
    severity: Severity
    message: Message
    evidence: list[Evidence] = field(default_factory=list)
    field_paths: list[str] = field(default_factory=list)

    def to_dict(self, translate: Translate = identity_translate) -> dict[str, Any]:
        """JSON form of CONTRACTS.md: rule, category, category_label (Chinese),
        severity, message (rendered with ``translate``), evidence; plus
        message_id/params and field_paths."""
        return {
            "rule": self.rule,
            "category": self.category.value,
            "category_label": CATEGORY_LABELS_ZH[self.category],
            "severity": self.severity.value,
            "message": self.message.render(translate),
            "message_id": self.message.msg_id,
            "params": {k: str(v) for k, v in self.message.params.items()},
            "evidence": [e.to_dict(translate) for e in self.evidence],
            "field_paths": list(self.field_paths),
        }

    def to_json(self, translate: Translate = identity_translate) -> dict[str, Any]:
        """What :func:`domain.assessment.flag_to_json` calls."""
        return self.to_dict(translate)


@dataclass(frozen=True)
class RuleSettings:
    """Settings of one rule from the rule pack: on/off and its thresholds."""

    rule: str
    enabled: bool = True
    params: Mapping[str, Any] = field(default_factory=dict)
    #: thresholds already read by :meth:`dec` (the settings live as long as
    #: their rule pack and are read for every case)
    _decimals: dict[str, Decimal] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def dec(self, key: str) -> Decimal:
        """A numeric threshold as ``Decimal`` (TOML numbers go through ``str``)."""
        cached = self._decimals.get(key)
        if cached is not None:
            return cached
        if key not in self.params:
            raise RulePackError(
                Message(
                    tr_noop("Fraud rule {rule}: the rule pack lacks the setting {key}"),
                    {"rule": self.rule, "key": key},
                ),
                field=f'fraud.toml: fraud."{self.rule}".{key}',
            )
        raw = self.params[key]
        if isinstance(raw, bool) or not isinstance(raw, int | float | str | Decimal):
            raise RulePackError(
                Message(
                    tr_noop("Fraud rule {rule}: the setting {key} is not a number"),
                    {"rule": self.rule, "key": key},
                ),
                field=f'fraud.toml: fraud."{self.rule}".{key}',
            )
        value = self._decimals[key] = Decimal(str(raw))
        return value

    def severity(self, key: str = "severity") -> Severity:
        raw = self.params.get(key)
        try:
            return Severity(str(raw))
        except ValueError:
            raise RulePackError(
                Message(
                    tr_noop("Fraud rule {rule}: the setting {key} is not a severity"),
                    {"rule": self.rule, "key": key},
                ),
                field=f'fraud.toml: fraud."{self.rule}".{key}',
            ) from None

    def words(self, key: str) -> list[str]:
        raw = self.params.get(key, [])
        return [str(w) for w in raw] if isinstance(raw, list) else []


@dataclass
class RuleContext:
    """What a rule may look at. ``assessment`` and ``pack`` are the objects of
    :mod:`domain.assessment` / :mod:`domain.rulepack`, read through the small
    adapters in :mod:`domain.fraud.adapters` so that rules stay simple."""

    case: Case
    today: date
    assessment: Any = None
    pack: Any = None
    other_cases: Sequence[Case] = ()
    #: cross-case matches found beforehand (storage.matching_index); when set,
    #: the matching rules use them instead of scanning ``other_cases``
    matches: Sequence[Any] | None = None
    #: results several rules share within one evaluation (statement patterns)
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def application_date(self) -> date:
        return self.case.loan.application_date or self.today


RuleFunc = Callable[[RuleContext, RuleSettings], "FraudFlag | None"]


class FraudRule(Protocol):
    """A named rule of one category: call it with the context and its settings."""

    id: str
    category: FraudCategory

    def __call__(self, ctx: RuleContext, settings: RuleSettings) -> FraudFlag | None: ...


@dataclass(frozen=True)
class RegisteredRule:
    id: str
    category: FraudCategory
    func: RuleFunc

    @property
    def doc(self) -> str:
        return (self.func.__doc__ or "").strip()

    def __call__(self, ctx: RuleContext, settings: RuleSettings) -> FraudFlag | None:
        return self.func(ctx, settings)


_REGISTRY: dict[str, RegisteredRule] = {}


def fraud_rule(rule_id: str, category: FraudCategory) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule function under ``rule_id`` (``<category>.<signal>``)."""

    def wrap(func: RuleFunc) -> RuleFunc:
        if rule_id in _REGISTRY and _REGISTRY[rule_id].func is not func:
            raise ValueError(f"fraud rule {rule_id} registered twice")
        _REGISTRY[rule_id] = RegisteredRule(rule_id, category, func)
        return func

    return wrap


def registered_rules() -> list[RegisteredRule]:
    """All registered rules, in registration order (imports the categories)."""
    import domain.fraud.rules  # noqa: F401  (registers every category module)

    return list(_REGISTRY.values())


def make_flag(
    rule: str,
    category: FraudCategory,
    severity: Severity,
    message: Message,
    evidence: Iterable[Evidence] = (),
    field_paths: Iterable[str] = (),
) -> FraudFlag:
    return FraudFlag(rule, category, severity, message, list(evidence), list(field_paths))


def grade(value: Decimal, amber: Decimal, red: Decimal) -> Severity | None:
    """Severity of ``value`` where larger is worse: above red → red, above amber
    → amber, else ``None``."""
    if value > red:
        return Severity.RED
    if value > amber:
        return Severity.AMBER
    return None


def pct(value: Decimal) -> str:
    """``Decimal('0.2534')`` → ``'25.3%'`` for evidence."""
    return f"{(value * 100).quantize(_TENTH)}%"


_TENTH = Decimal("0.1")


def category_text(category: FraudCategory) -> str:
    """English source label of a category (the UI translates it)."""
    return label(category)
