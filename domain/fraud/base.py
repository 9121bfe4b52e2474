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
from domain.field_labels import path_label
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


EvidenceText = str | Message
"""Evidence text: a ``Message`` is translated, a ``str`` is data shown as is
(a name, a number, a code)."""


@dataclass(frozen=True)
class Evidence:
    """One figure behind a flag: what it is, its value, where it came from, and
    the threshold it was compared with (empty when not a comparison).

    ``value``, ``source`` and ``threshold`` may be a :class:`Message` when they
    contain words (a formula, a band of thresholds); :meth:`to_dict` renders
    them to readable strings, so the JSON keeps its keys and string values."""

    label: str  # English source text, marked with tr_noop
    value: EvidenceText
    source: EvidenceText = ""
    threshold: EvidenceText = ""

    def to_dict(self, translate: Translate = identity_translate) -> dict[str, str]:
        return {
            "label": translate(CONTEXT, self.label) if self.label else "",
            "value": render_text(self.value, translate),
            "source": self.source.render(translate)
            if isinstance(self.source, Message)
            else self.source,
            "threshold": render_text(self.threshold, translate),
        }


def render_text(value: EvidenceText, translate: Translate = identity_translate) -> str:
    """The shown string of an evidence part: a Message translated, data as is."""
    return value.render(translate) if isinstance(value, Message) else value


_ABOVE = tr_noop("> {amber} amber, > {red} red")
_BELOW = tr_noop("< {amber} amber, < {red} red")


def above(amber: object, red: object) -> Message:
    """Threshold band where larger is worse: ``> 20.0% amber, > 50.0% red``."""
    return Message(_ABOVE, {"amber": str(amber), "red": str(red)})


def below(amber: object, red: object) -> Message:
    """Threshold band where smaller is worse: ``< 20.0% amber, < 10.0% red``."""
    return Message(_BELOW, {"amber": str(amber), "red": str(red)})


def versus(value: object, reference: object, deviation: str) -> Message:
    """``1,200.00 vs 1,000.00: 20.0%``: a figure, the one it is compared with,
    and the relative gap."""
    return Message(
        tr_noop("{value} vs {reference}: {deviation}"),
        {"value": str(value), "reference": str(reference), "deviation": deviation},
    )


def other_case_source(number: str, name: str, path: str) -> Message:
    """Where a value was found in another applicant's case: its number, name
    and the field (a label, not the case path)."""
    return Message(
        tr_noop("{case} {name}, {field}"),
        {"case": number, "name": name, "field": path_label(path)},
    )


_SOURCE_LABELS: dict[str, str] = {
    "declared": tr_noop("Declared"),
    "observed": tr_noop("Observed"),
    "document": tr_noop("Document"),
    "computed": tr_noop("Computed"),
    "registry": tr_noop("Business registry"),
    "statement": tr_noop("Bank statements"),
    "balance sheet": tr_noop("Balance sheet"),
    "income statement": tr_noop("Income statement"),
    "credit report": tr_noop("Credit report"),
    "rule pack": tr_noop("Rule pack"),
    "seal": tr_noop("Seal"),
    "contract": tr_noop("Contract"),
    "head office blacklist": tr_noop("Head office blacklist"),
    "site visit": tr_noop("Site visit"),
    "photo": tr_noop("Photo"),
}


def source_text(source: EvidenceText) -> EvidenceText:
    """Shown form of an evidence source: the known source words (``declared``,
    ``registry`` …) become translatable labels; anything else (a case path, a
    document name) is data and stays as it is."""
    if isinstance(source, Message):
        return source
    known = _SOURCE_LABELS.get(source)
    return Message(known) if known is not None else source


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
