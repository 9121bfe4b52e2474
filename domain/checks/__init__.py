"""Cross-verification checks (交叉检验, DOMAIN.md §4): pure functions over a
case and a rule pack, each returning a :class:`CheckResult`. The assessment
(:mod:`domain.assessment`) runs them all."""

from domain.checks.base import CheckResult, Input

__all__ = ["CheckResult", "Input"]
