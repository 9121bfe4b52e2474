"""Runs the assessment over the labelled corpus and compares what it raises
with what a credit officer concludes (``tests/corpus/cases/*.label.toml``).

Per fraud category: a confusion table of expected (none / amber / red)
against raised (none / amber / red, the worst flag of the category), and
precision and recall, counting a category as raised at amber or red. The
verdict holds when every expected red category is raised at red and no clean
case has a red flag.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from domain.assessment import Assessment, assess_with_fraud
from domain.enums import FraudCategory, Severity
from domain.rulepack import RulePack
from domain.serialization import case_from_dict

CASES = Path(__file__).resolve().parent / "cases"
CATEGORIES = tuple(c.value for c in FraudCategory)
LEVELS = ("none", "amber", "red")
ZH = {
    "business": "经营虚假", "site": "现场虚假", "income": "收入虚假", "inventory": "库存虚假",
    "wealth": "财力虚假", "purpose": "用途虚假", "contract": "合同虚假", "employee": "员工虚假",
    "patent": "专利虚假", "seal": "印章虚假",
}  # fmt: skip


@dataclass(frozen=True)
class Label:
    """What a credit officer concludes about one case."""

    key: str
    verdict: str  # "clean" or "fraud"
    red: frozenset[str]
    amber: frozenset[str]
    today: date
    why: str
    figures: tuple[str, ...]

    def expected(self, category: str) -> str:
        if category in self.red:
            return "red"
        return "amber" if category in self.amber else "none"


class LabelError(ValueError):
    pass


def read_label(path: Path) -> Label:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    key = path.name.removesuffix(".label.toml")
    verdict = data.get("verdict")
    red = frozenset(data.get("red", []))
    amber = frozenset(data.get("amber", []))
    figures = tuple(data.get("figures", []))
    unknown = (red | amber) - set(CATEGORIES)
    if verdict not in ("clean", "fraud"):
        raise LabelError(f"{path.name}: verdict must be clean or fraud")
    if unknown:
        raise LabelError(f"{path.name}: unknown categories {sorted(unknown)}")
    if red & amber:
        raise LabelError(f"{path.name}: a category is both red and amber")
    if verdict == "clean" and red:
        raise LabelError(f"{path.name}: a clean case expects no red category")
    if verdict == "fraud" and not red and not amber:
        raise LabelError(f"{path.name}: a fraud case names its categories")
    if not str(data.get("why", "")).strip() or not figures:
        raise LabelError(f"{path.name}: says why and works its key figures")
    today = data.get("today")
    if not isinstance(today, date):
        raise LabelError(f"{path.name}: today must be a date")
    return Label(key, verdict, red, amber, today, str(data["why"]).strip(), figures)


def load_labels(folder: Path = CASES) -> list[Label]:
    return [read_label(p) for p in sorted(folder.glob("*.label.toml"))]


def load_case_json(key: str, folder: Path = CASES) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
    return data


@dataclass
class Outcome:
    label: Label
    raised: dict[str, str]  # category → none / amber / red
    red_rules: list[str] = field(default_factory=list)
    assessment: Assessment | None = None

    @property
    def missed_red(self) -> list[str]:
        return sorted(c for c in self.label.red if self.raised[c] != "red")

    @property
    def false_red(self) -> list[str]:
        return sorted(c for c in CATEGORIES if self.raised[c] == "red" and c not in self.label.red)


def raised_levels(flags: Iterable[Any]) -> dict[str, str]:
    levels = dict.fromkeys(CATEGORIES, "none")
    for flag in flags:
        category = flag.category.value
        if flag.severity is Severity.RED:
            levels[category] = "red"
        elif flag.severity is Severity.AMBER and levels[category] == "none":
            levels[category] = "amber"
    return levels


def evaluate(labels: Sequence[Label], pack: RulePack, folder: Path = CASES) -> list[Outcome]:
    out = []
    for label in labels:
        case = case_from_dict(load_case_json(label.key, folder))
        result = assess_with_fraud(case, pack, today=label.today)
        red_rules = [f.rule for f in result.flags if f.severity is Severity.RED]
        out.append(Outcome(label, raised_levels(result.flags), red_rules, result))
    return out


def confusion(outcomes: Sequence[Outcome], category: str) -> dict[tuple[str, str], int]:
    table = {(e, r): 0 for e in LEVELS for r in LEVELS}
    for o in outcomes:
        table[(o.label.expected(category), o.raised[category])] += 1
    return table


def _ratio(numerator: int, denominator: int) -> str:
    return "—" if denominator == 0 else f"{numerator / denominator:.2f}"


def scores(outcomes: Sequence[Outcome], category: str) -> tuple[str, str, str, str]:
    """Precision and recall counting amber or red as raised, then at red only."""
    table = confusion(outcomes, category)
    flagged = ("amber", "red")
    tp = sum(table[(e, r)] for e in flagged for r in flagged)
    raised = sum(table[(e, r)] for e in LEVELS for r in flagged)
    expected = sum(table[(e, r)] for e in flagged for r in LEVELS)
    red_tp = table[("red", "red")]
    red_raised = sum(table[(e, "red")] for e in LEVELS)
    red_expected = sum(table[("red", r)] for r in LEVELS)
    return (
        _ratio(tp, raised),
        _ratio(tp, expected),
        _ratio(red_tp, red_raised),
        _ratio(red_tp, red_expected),
    )


def false_reds_on_clean(outcomes: Sequence[Outcome]) -> int:
    return sum(len(o.red_rules) for o in outcomes if o.label.verdict == "clean")


def holds(outcomes: Sequence[Outcome]) -> bool:
    """Every expected red category raised at red, no red flag on a clean case."""
    return all(not o.missed_red for o in outcomes) and false_reds_on_clean(outcomes) == 0


def report(outcomes: Sequence[Outcome], pack: RulePack) -> str:
    clean = sum(1 for o in outcomes if o.label.verdict == "clean")
    lines = [
        f"corpus: {len(outcomes)} cases ({clean} clean, {len(outcomes) - clean} with fraud); "
        f"rule pack {pack.id} {pack.version}",
        "",
        "confusion per category (rows: expected, columns: raised)",
        f"{'category':<20}{'expected':<10}{'none':>6}{'amber':>7}{'red':>5}",
    ]
    for category in CATEGORIES:
        table = confusion(outcomes, category)
        for i, e in enumerate(LEVELS):
            name = f"{category} {ZH[category]}" if i == 0 else ""
            cells = "".join(f"{table[(e, r)]:>{w}}" for r, w in zip(LEVELS, (6, 7, 5), strict=True))
            lines.append(f"{name:<20}{e:<10}{cells}")
    lines += [
        "",
        "precision and recall per category (raised = amber or red; then red only)",
        f"{'category':<20}{'precision':>10}{'recall':>8}{'red prec.':>11}{'red recall':>11}",
    ]
    for category in CATEGORIES:
        p, r, rp, rr = scores(outcomes, category)
        lines.append(f"{category + ' ' + ZH[category]:<20}{p:>10}{r:>8}{rp:>11}{rr:>11}")
    lines.append("")
    for o in outcomes:
        notes = []
        if o.missed_red:
            notes.append("missed red: " + ", ".join(o.missed_red))
        if o.false_red:
            rules = [r for r in o.red_rules if r.split(".")[0] in o.false_red]
            notes.append("unexpected red: " + ", ".join(rules))
        missed_amber = sorted(c for c in o.label.amber if o.raised[c] == "none")
        if missed_amber:
            notes.append("amber not raised: " + ", ".join(missed_amber))
        extra = sorted(
            c for c in CATEGORIES if o.raised[c] == "amber" and o.label.expected(c) == "none"
        )
        if extra:
            notes.append("unexpected amber: " + ", ".join(extra))
        if notes:
            lines.append(f"  {o.label.key}: " + "; ".join(notes))
    missed = sum(len(o.missed_red) for o in outcomes)
    lines += [
        "",
        f"expected red categories not raised at red: {missed}",
        f"false red flags on clean cases: {false_reds_on_clean(outcomes)}",
        "holds" if holds(outcomes) else "does not hold",
    ]
    return "\n".join(lines)


__all__ = [
    "CASES",
    "CATEGORIES",
    "Label",
    "LabelError",
    "Outcome",
    "confusion",
    "evaluate",
    "false_reds_on_clean",
    "holds",
    "load_case_json",
    "load_labels",
    "read_label",
    "report",
    "scores",
]
