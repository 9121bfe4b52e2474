"""Fraud-rule settings of a rule pack (``resources/rulepack/fraud.toml``).

The rule-pack loader parses the TOML; this module reads the parsed dict,
wherever the pack object keeps it, into :class:`FraudSettings`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from domain.enums import FraudCategory
from domain.errors import RulePackError
from domain.fraud.base import RuleSettings
from domain.i18n import Message, tr_noop


@dataclass(frozen=True)
class ChecklistItem:
    """One item of a category's officer checklist (DOMAIN.md §5)."""

    category: FraudCategory
    id: str
    zh: str
    en: str


@dataclass(frozen=True)
class FraudSettings:
    version: str = ""
    rules: Mapping[str, RuleSettings] = field(default_factory=dict)
    checklist: Mapping[FraudCategory, list[ChecklistItem]] = field(default_factory=dict)

    def rule(self, rule_id: str) -> RuleSettings | None:
        """Settings of ``rule_id``; ``None`` when the pack does not name it
        (such a rule does not run)."""
        return self.rules.get(rule_id)

    def checklist_for(self, category: FraudCategory) -> list[ChecklistItem]:
        return list(self.checklist.get(category, []))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FraudSettings:
        """Build from the parsed ``fraud.toml``: ``version``, the rule tables
        ``[fraud."<rule_id>"]`` and ``[[checklist.<category>]]`` items."""
        raw_rules = data.get("fraud", {})
        if not isinstance(raw_rules, Mapping):
            raise _bad("fraud")
        rules: dict[str, RuleSettings] = {}
        for rule_id, raw in raw_rules.items():
            if not isinstance(raw, Mapping):
                raise _bad(f"fraud.{rule_id}")
            rules[str(rule_id)] = _rule_settings(str(rule_id), raw)
        checklist: dict[FraudCategory, list[ChecklistItem]] = {}
        raw_checklist = data.get("checklist", {})
        if not isinstance(raw_checklist, Mapping):
            raise _bad("checklist")
        for cat_name, items in raw_checklist.items():
            try:
                category = FraudCategory(cat_name)
            except ValueError:
                raise _bad(f"checklist.{cat_name}") from None
            if not isinstance(items, list):
                raise _bad(f"checklist.{cat_name}")
            checklist[category] = [
                ChecklistItem(category, str(i["id"]), str(i.get("zh", "")), str(i.get("en", "")))
                for i in items
                if isinstance(i, Mapping) and "id" in i
            ]
        return cls(str(data.get("version", "")), rules, checklist)


def _rule_settings(rule_id: str, raw: Mapping[str, Any]) -> RuleSettings:
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise _bad(f"fraud.{rule_id}.enabled")
    return RuleSettings(rule_id, enabled, {k: v for k, v in raw.items() if k != "enabled"})


def _bad(where: str) -> RulePackError:
    return RulePackError(
        Message(tr_noop("Fraud settings: {where} has the wrong form"), {"where": where}),
        field=f"fraud.{where}",
    )


FRAUD_FILE = "fraud.toml"


def fraud_settings(pack: Any, industry: str = "") -> FraudSettings:
    """The fraud settings of ``pack`` for a case of ``industry``.

    ``pack`` is a :class:`domain.rulepack.RulePack` (its ``fraud.toml``, with
    the industry's overrides from ``industries.toml`` merged in by
    ``RulePack.fraud_settings``), a :class:`FraudSettings`, the parsed
    ``fraud.toml`` dict, or ``None`` (then no rule runs).
    """
    if pack is None:
        return FraudSettings()
    if isinstance(pack, FraudSettings):
        return pack
    if isinstance(pack, Mapping):
        if FRAUD_FILE in pack:
            return fraud_settings(pack[FRAUD_FILE], industry)
        return FraudSettings.from_dict(pack)
    cached = _SETTINGS_CACHE.get((id(pack), industry))
    if cached is not None and cached[0] is pack:  # rule packs are immutable
        return cached[1]
    raw = getattr(pack, "raw", None)
    if not isinstance(raw, Mapping) or not isinstance(raw.get(FRAUD_FILE), Mapping):
        return FraudSettings()
    base = FraudSettings.from_dict(raw[FRAUD_FILE])
    merge = getattr(pack, "fraud_settings", None)
    if not callable(merge):
        return base
    rules = {rule_id: _rule_settings(rule_id, merge(rule_id, industry)) for rule_id in base.rules}
    result = FraudSettings(base.version, rules, base.checklist)
    if len(_SETTINGS_CACHE) > 256:
        _SETTINGS_CACHE.clear()
    _SETTINGS_CACHE[(id(pack), industry)] = (pack, result)
    return result


#: (id of a rule pack, industry) → (that pack, its settings): parsing the
#: settings for every assessment cost a tenth of a millisecond each time.
_SETTINGS_CACHE: dict[tuple[int, str], tuple[Any, FraudSettings]] = {}
