"""What the investigation found, on one screen, before the conclusion
(docs/DOMAIN.md, "The conclusion's summary"): the key verified figures, the
checks counted by light, the fraud flags by category, and the suggested
decision once the assessment has one. Plain Python; the 结论 stage shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from domain.case import Case
from domain.checks.base import pct, yuan
from domain.enums import DispositionStatus, FraudCategory, Light, Severity
from domain.fraud.dispositions import status_of
from domain.i18n import tr_noop
from domain.spreading import Figure

LIGHT_ORDER = (Light.RED, Light.AMBER, Light.GREEN, Light.MISSING)


@dataclass(frozen=True)
class CategoryCount:
    category: FraudCategory
    red: int
    amber: int
    info: int
    pending: int  # not yet confirmed or dismissed


@dataclass(frozen=True)
class Summary:
    figures: tuple[Figure, ...]
    lights: dict[Light, int]  # checks by light
    attention: tuple[Any, ...]  # the names (Messages) of the red and amber checks
    flags: tuple[CategoryCount, ...]  # categories with at least one flag
    suggestion: Any  # domain.decision.Suggestion or None


def _money(value: Any) -> str:
    return "—" if value is None else yuan(value)


def summarise(case: Case, assessment: Any) -> Summary:
    a = assessment
    need = getattr(a, "loan_need", None)
    figures = [
        Figure(tr_noop("Reference sales S_ref"), _money(a.reference_sales)),
        Figure(tr_noop("Verified sales"), _money(a.verified_sales)),
        Figure(tr_noop("Verified profit"), _money(a.verified_profit)),
        Figure(tr_noop("Monthly disposable income"), _money(a.monthly_disposable)),
        Figure(tr_noop("Amount requested"), _money(case.loan.amount)),
        Figure(tr_noop("Working-capital loan need"), _money(need)),
        Figure(
            tr_noop("Equity gap r1, declared profit"),
            "—" if a.equity.r1 is None else pct(a.equity.r1),
            str(a.equity.light),
        ),
    ]
    checks = list(getattr(a, "checks", []))
    lights = {light: sum(1 for c in checks if c.light == light) for light in LIGHT_ORDER}
    attention = tuple(c.name for c in checks if c.light in (Light.RED, Light.AMBER))
    counts = []
    flags = list(getattr(a, "flags", None) or [])
    for category in FraudCategory:
        mine = [f for f in flags if f.category == category]
        if not mine:
            continue
        counts.append(
            CategoryCount(
                category,
                sum(1 for f in mine if f.severity == Severity.RED),
                sum(1 for f in mine if f.severity == Severity.AMBER),
                sum(1 for f in mine if f.severity == Severity.INFO),
                sum(1 for f in mine if status_of(case, f.rule) == DispositionStatus.PENDING),
            )
        )
    return Summary(tuple(figures), lights, attention, tuple(counts), getattr(a, "suggestion", None))


__all__ = ["LIGHT_ORDER", "CategoryCount", "Summary", "summarise"]
