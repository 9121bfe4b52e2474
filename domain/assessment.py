"""The assessment of a case: every cross-verification check, equity,
repayment, pricing, security, verified sales and profit, and (through a hook)
the fraud flags (DOMAIN.md §4, §6; CONTRACTS.md "main.py assess").

``assess(case, pack, today=...)`` is pure and fast. Fraud rules plug in with
``evaluate_flags=`` (any ``(case, assessment, pack) -> list`` callable);
:func:`assess_with_fraud` wires ``domain.fraud.engine.evaluate_fraud`` when
that module exists. :func:`assessment_to_json` gives the JSON of the
``assess`` command, decimals as strings.
"""

from __future__ import annotations

import dataclasses
import importlib
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from domain.case import Case
from domain.checks.base import CheckResult, Input, worst
from domain.checks.capacity import (
    WorkingCapital,
    capacity_check,
    monthly_disposable,
    principal_months_note,
    working_capital_check,
)
from domain.checks.equity import EquityResult, equity_check
from domain.checks.evidence import exports_trend_check, running_output_check, utility_ratio_checks
from domain.checks.figures import IncomeFigures, income_figures, season_weights
from domain.checks.loan import LoanTerms, loan_terms
from domain.checks.need import NeedResult, purpose_need, unknown_purpose
from domain.checks.parameters import Parameters, resolve
from domain.checks.ratios import (
    gross_margin_check,
    headcount_check,
    inventory_gap_check,
    stock_days_check,
)
from domain.checks.sales import SALES_CHECKS, SalesContext, verified_figures
from domain.checks.security import (
    SecuritySummary,
    age_at_maturity_check,
    guarantor_check,
    ltv_check,
)
from domain.decision import Suggestion, decline_reasons, justification_needed, suggest
from domain.enums import Light, LoanPurpose, RepaymentType, RiskClass, label
from domain.i18n import Message, Translate, identity_translate
from domain.money import ZERO, to_money
from domain.pricing import PricingResult, cost_plus_rate
from domain.repayment import Schedule, build_schedule
from domain.rulepack import PricingInputs, RulePack
from domain.statement_scan import StatementScan, scan_lines

#: longer terms are not schedules a small-business loan can have (input error)
MAX_TERM_MONTHS = 600

FlagEvaluator = Callable[[Case, "Assessment", RulePack], list[Any]]
"""The fraud hook: ``(case, assessment, pack) -> flags``."""


@dataclass(frozen=True)
class Assessment:
    case_uuid: str
    case_number: str
    case_version: int
    rule_pack_id: str
    rule_pack_version: str
    today: date
    checks: list[CheckResult]
    income: IncomeFigures
    reference_sales: Decimal | None
    verified_sales: Decimal | None
    verified_sales_source: str  # "override", "median" or "norm_built"
    verified_profit: Decimal | None
    equity: EquityResult
    working_capital: WorkingCapital | None
    monthly_disposable: Decimal | None
    loan: LoanTerms
    repayment: Schedule | None
    pricing: PricingResult
    security: SecuritySummary
    flags: list[Any] = field(default_factory=list)
    #: The rule pack's limits of the sales-deviation lights (amber, red), so
    #: that charts draw the same tolerance bands the lights were judged by.
    sales_band: tuple[Decimal, Decimal] | None = None
    #: the estimates' parameters with their sources
    parameters: Parameters | None = None
    #: the need test of the loan's purpose
    need: NeedResult | None = None
    #: the suggested decision (None for a pack without [decision] thresholds)
    suggestion: Suggestion | None = None
    #: why the officer's approval needs a written justification (empty: none)
    justification_needed: tuple[Message, ...] = ()
    justification: str = ""  # the one written in the proposal

    def check(self, check_id: str) -> CheckResult | None:
        return next((c for c in self.checks if c.id == check_id), None)

    @property
    def sales_checks(self) -> list[CheckResult]:
        return [c for c in self.checks if c.id in {f"S{i}" for i in range(1, 9)}]

    @property
    def loan_need(self) -> Decimal | None:
        return None if self.working_capital is None else self.working_capital.loan_need


def assess(
    case: Case,
    pack: RulePack,
    *,
    today: date,
    evaluate_flags: FlagEvaluator | None = None,
    statement_scan: StatementScan | None = None,
) -> Assessment:
    """Run every check of DOMAIN.md §4 on ``case`` with ``pack``'s thresholds.

    ``today`` dates the loan when the request has no application date and
    closes the equity period when the balance sheet has no date.
    ``statement_scan``: :func:`domain.statement_scan.scan_lines` of the case's
    lines for its application date, when the caller made it already."""
    norm = pack.industry(case.business.industry)
    application = case.loan.application_date
    if statement_scan is None or statement_scan.application_date != application:
        statement_scan = scan_lines(case.transactions, application)
    income = income_figures(case)
    override = case.proposal.reference_sales_override
    reference = override if override is not None else income.sales
    params = resolve(case, income, norm)
    ctx = SalesContext(
        case=case,
        pack=pack,
        income=income,
        reference=reference,
        reference_source="officer" if override is not None else "declared",
        weights=season_weights(case),
        norm=norm,
        params=params,
        scan=statement_scan,
    )
    sales = [check(ctx) for check in SALES_CHECKS]
    verified = verified_figures(case, income, sales, params, reference, pack)
    equity = equity_check(case, pack, income, verified.profit, today)

    pricing = _pricing(pack.pricing, case.proposal.risk_class)
    terms = loan_terms(case, pricing.rate, today)
    schedule = None
    if (
        terms.amount is not None
        and terms.amount > 0
        and terms.term_months is not None
        and 1 <= terms.term_months <= MAX_TERM_MONTHS
        and terms.annual_rate is not None
        and terms.annual_rate >= 0
    ):
        schedule = build_schedule(
            terms.amount,
            terms.annual_rate,
            terms.term_months,
            terms.start,
            terms.kind,
            season_of_month=case.business.season_of_month,
            principal_months=case.proposal.principal_months,
        )
    instalment = schedule.typical_monthly_payment if schedule is not None else None

    purpose = case.loan.purpose_kind
    wc: WorkingCapital | CheckResult | None = None
    if purpose is LoanPurpose.WORKING_CAPITAL:
        wc = working_capital_check(
            case,
            income,
            norm,
            pack,
            verified.sales if verified.sales is not None else income.sales,
            terms.requested,
        )
        wc_check = wc.check if isinstance(wc, WorkingCapital) else wc
        need = NeedResult(
            purpose,
            wc.loan_need if isinstance(wc, WorkingCapital) else None,
            terms.requested,
            wc_check,
        )
    elif purpose is None:
        need = unknown_purpose(terms.requested)
    else:
        need = purpose_need(case, purpose, params.margin, terms.requested, pack)
    items, ltv = ltv_check(case, pack, terms.amount)
    guarantors = [guarantor_check(i, g, pack, terms.amount) for i, g in enumerate(case.guarantors)]
    total_appraised = sum((i.appraised_value or ZERO for i in items), ZERO)
    total_pledgeable = sum((i.pledgeable for i in items), ZERO)
    security = SecuritySummary(
        loan=terms.amount,
        total_appraised=total_appraised,
        total_pledgeable=total_pledgeable,
        ltv=ltv.estimate,
        weighted_cap=ltv.reference,
        items=items,
        check=ltv,
        guarantors=guarantors,
    )
    capacity = capacity_check(case, income, instalment, pack)
    if schedule is not None and schedule.kind is RepaymentType.SEASONAL:
        picked = case.proposal.principal_months or sorted(
            {r.on.month for r in schedule.rows if r.principal > 0}
        )
        seasonal = principal_months_note(case, picked)
        if seasonal is not None:
            note, slack = seasonal
            light = worst(capacity.light, Light.AMBER) if slack else capacity.light
            capacity = replace(capacity, notes=[*capacity.notes, note], light=light)
    checks = [
        *sales,
        verified.check,
        equity.check,
        equity.check_verified,
        gross_margin_check(income, norm, pack),
        inventory_gap_check(case, pack),
        stock_days_check(case, income, norm, pack),
        headcount_check(case, norm, pack),
        capacity,
        need.check,
        *utility_ratio_checks(case, pack),
        *(
            [running_output_check(case, reference, params.unit_price, pack)]
            if any(e.capacity_per_month is not None for e in case.business.equipment)
            else []
        ),
        *([exports_trend_check(case, pack)] if case.customs else []),
        ltv,
        *guarantors,
        age_at_maturity_check(case, pack, terms.start, terms.term_months),
    ]
    assessment = Assessment(
        case_uuid=case.uuid,
        case_number=case.number,
        case_version=case.version,
        rule_pack_id=pack.id,
        rule_pack_version=pack.version,
        today=today,
        checks=checks,
        income=income,
        reference_sales=None if reference is None else to_money(reference),
        verified_sales=verified.sales,
        verified_sales_source=verified.sales_source,
        verified_profit=verified.profit,
        equity=equity,
        working_capital=wc if isinstance(wc, WorkingCapital) else None,
        monthly_disposable=_money_or_none(monthly_disposable(case, income)),
        loan=terms,
        repayment=schedule,
        pricing=pricing,
        sales_band=(pack.thresholds.sales_deviation.amber, pack.thresholds.sales_deviation.red),
        security=security,
        parameters=params,
        need=need,
    )
    if evaluate_flags is not None:
        # the rules see the assessment without flags; its own (fresh) list
        # then takes them, which saves building the whole result twice
        assessment.flags.extend(evaluate_flags(case, assessment, pack))
    by_id = {c.id: c for c in checks}
    decline = decline_reasons(case, assessment, pack, by_id)
    return replace(
        assessment,
        suggestion=suggest(case, assessment, pack, decline, by_id),
        justification_needed=tuple(justification_needed(case, assessment, pack, decline)),
        justification=case.proposal.justification,
    )


def assess_with_fraud(
    case: Case,
    pack: RulePack,
    *,
    today: date,
    other_cases: Sequence[Case] = (),
    matches: Sequence[Any] | None = None,
) -> Assessment:
    """:func:`assess` plus the fraud rules of ``domain.fraud.engine`` when
    that module is present (flags stay empty otherwise). ``matches``: the
    cross-case matches from the workspace's index, instead of ``other_cases``."""
    engine = sys.modules.get(_ENGINE)  # imported once; import_module costs a microsecond
    if engine is None:
        try:
            engine = importlib.import_module(_ENGINE)
        except ImportError:
            return assess(case, pack, today=today)
    evaluate = engine.evaluate_fraud
    application = case.loan.application_date
    scan = scan_lines(case.transactions, application)
    # the fraud rules read the lines up to the application date, today when
    # the case has none: the shared pass serves them when the dates agree
    lines = scan.lines if application is not None else None

    def hook(c: Case, a: Assessment, p: RulePack) -> list[Any]:
        return list(
            evaluate(
                c,
                a,
                p,
                today=today,
                other_cases=other_cases,
                matches=matches,
                statement_lines=lines,
            )
        )

    return assess(case, pack, today=today, evaluate_flags=hook, statement_scan=scan)


_ENGINE = "domain.fraud.engine"


def _pricing(inputs: PricingInputs, risk_class: RiskClass) -> PricingResult:
    """:func:`cost_plus_rate`, once per loaded rule pack and risk class: it
    reads nothing of the case (the result is frozen and shared)."""
    key = (id(inputs), risk_class)
    hit = _PRICES.get(key)
    if hit is not None and hit[0] is inputs:
        return hit[1]
    result = cost_plus_rate(inputs, risk_class)
    if len(_PRICES) > 256:
        _PRICES.clear()
    _PRICES[key] = (inputs, result)
    return result


#: (id of a pack's pricing inputs, risk class) → (those inputs, the price)
_PRICES: dict[tuple[int, RiskClass], tuple[PricingInputs, PricingResult]] = {}


def _money_or_none(value: Decimal | None) -> Decimal | None:
    return None if value is None else to_money(value)


# --- JSON -----------------------------------------------------------------


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _six(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.000001"))


def _plain(value: Any, translate: Translate) -> Any:
    """JSON-ready form of a result value: decimals as strings, messages rendered."""
    if isinstance(value, Message):
        return value.render(translate)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool | int | str) or value is None:
        return value
    if isinstance(value, float):
        return format(Decimal(str(value)), "f")
    if isinstance(value, dict):
        return {str(k): _plain(v, translate) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name), translate) for f in dataclasses.fields(value)
        }
    if isinstance(value, Iterable):
        return [_plain(v, translate) for v in value]
    return str(value)


def _input_json(i: Input, translate: Translate) -> dict[str, Any]:
    return {
        "name": translate("", i.name),
        "value": _plain(i.value, translate),
        "source": i.source,
        "unit": i.unit,
    }


def check_to_json(c: CheckResult, translate: Translate = identity_translate) -> dict[str, Any]:
    return {
        "id": c.id,
        "name": c.name.render(translate),
        "inputs": [_input_json(i, translate) for i in c.inputs],
        "estimate": _dec(c.estimate),
        "reference": _dec(c.reference),
        "deviation": _dec(c.deviation),
        "light": c.light.value,
        "light_label": translate("", label(c.light)),
        "missing": list(c.missing),
        "arithmetic": c.arithmetic_text(translate),
        "notes": [n.render(translate) for n in c.notes],
        "norm_built": c.norm_built,
    }


def _equity_json(e: EquityResult, translate: Translate) -> dict[str, Any]:
    return {
        "e_actual": _dec(e.e_actual),
        "e_expected": _dec(e.e_expected),
        "r1": _dec(e.r1),
        "light": e.light.value,
        "e_expected_verified": _dec(e.e_expected_verified),
        "r1_verified": _dec(e.r1_verified),
        "light_verified": e.light_verified.value,
        "balances_only_with_verified_profit": e.balances_only_with_verified,
        "period_months": e.period_months,
        "not_computable": None if e.not_computable is None else e.not_computable.render(translate),
    }


def _repayment_json(s: Schedule | None, terms: LoanTerms) -> dict[str, Any] | None:
    if s is None:
        return None
    return {
        "kind": s.kind.value,
        "principal": _dec(s.principal),
        "annual_rate": _dec(s.annual_rate),
        "rate_source": terms.rate_source,
        "term_months": s.term_months,
        "start": s.start.isoformat(),
        "monthly_payment": _dec(s.typical_monthly_payment),
        "total_interest": _dec(s.total_interest),
        "total_payment": _dec(s.total_payment),
        "annualised_rate": _dec(s.annualised_rate),
        "effective_annual_rate": _dec(s.effective_annual_rate),
        "rows": [
            {
                "period": r.period,
                "date": r.on.isoformat(),
                "principal": _dec(r.principal),
                "interest": _dec(r.interest),
                "payment": _dec(r.payment),
                "balance": _dec(r.balance),
            }
            for r in s.rows
        ],
    }


def _pricing_json(p: PricingResult, translate: Translate) -> dict[str, Any]:
    return {
        "risk_class": p.risk_class.value,
        "capital_share": _dec(_six(p.capital_share)),
        "funding_part": _dec(_six(p.funding_part)),
        "operating_cost": _dec(_six(p.operating_cost)),
        "expected_loss": _dec(_six(p.expected_loss)),
        "capital_charge": _dec(_six(p.capital_charge)),
        "rate": _dec(p.rate),
        "lpr": _dec(p.lpr),
        "lpr_as_of": p.lpr_as_of.isoformat(),
        "spread_bp": p.spread_bp,
        "arithmetic": p.arithmetic.render(translate),
    }


def _security_json(s: SecuritySummary, translate: Translate) -> dict[str, Any]:
    return {
        "loan": _dec(s.loan),
        "total_appraised": _dec(s.total_appraised),
        "total_pledgeable": _dec(s.total_pledgeable),
        "ltv": _dec(s.ltv),
        "weighted_cap": _dec(s.weighted_cap),
        "light": s.check.light.value,
        "items": [
            {
                "kind": i.kind.value,
                "description": i.description,
                "appraised_value": _dec(i.appraised_value),
                "cap": _dec(i.cap),
                "pledgeable": _dec(i.pledgeable),
                "ltv": _dec(i.ltv),
            }
            for i in s.items
        ],
        "guarantors": [
            {
                "id": g.id,
                "name": g.name.render(translate),
                "cover": _dec(g.deviation),
                "light": g.light.value,
            }
            for g in s.guarantors
        ],
    }


def _working_capital_json(wc: WorkingCapital | None) -> dict[str, Any] | None:
    if wc is None:
        return None
    return {
        "sales": _dec(wc.sales),
        "net_margin": _dec(wc.net_margin),
        "growth": _dec(wc.growth),
        "cycle_days": _dec(wc.cycle_days.quantize(Decimal("0.1"))),
        "need": _dec(wc.need),
        "own_working_capital": _dec(wc.own_working_capital),
        "existing_loans": _dec(wc.existing_loans),
        "other_financing": _dec(wc.other_financing),
        "loan_need": _dec(wc.loan_need),
        "requested": _dec(wc.requested),
        "light": wc.check.light.value,
    }


def _parameters_json(p: Parameters | None, translate: Translate) -> dict[str, Any] | None:
    if p is None:
        return None
    out: dict[str, Any] = {}
    for name in ("margin", "cash_share", "unit_price", "usage_per_unit", "stock_days"):
        param = getattr(p, name)
        out[name] = (
            None
            if param is None
            else {
                "value": _dec(param.value),
                "source": param.source,
                "source_text": param.source_text.render(translate),
                "reason": param.reason,
            }
        )
    out["export_share"] = None if p.export_share is None else {
        "value": _dec(p.export_share.value), "source": p.export_share.source,
        "source_text": p.export_share.source_text.render(translate), "reason": "",
    }  # fmt: skip
    return out


def _need_json(n: NeedResult | None) -> dict[str, Any] | None:
    if n is None:
        return None
    return {
        "purpose": None if n.purpose is None else n.purpose.value,
        "check": n.check.id,
        "loan_need": _dec(n.loan_need),
        "requested": _dec(n.requested),
        "ratio": _dec(n.check.deviation),
        "light": n.check.light.value,
    }


def _suggestion_json(a: Assessment, translate: Translate) -> dict[str, Any] | None:
    s = a.suggestion
    if s is None:
        return None
    return {
        "decision": s.decision.value,
        "decision_label": translate("", label(s.decision)),
        "reasons": [r.render(translate) for r in s.reasons],
        "conditions": list(s.conditions),
    }


def flag_to_json(flag: Any, translate: Translate = identity_translate) -> dict[str, Any]:
    """A fraud flag in the contract's shape (``rule, category, category_label,
    severity, message, evidence``), read by attribute so that this module does
    not depend on the fraud package's classes."""
    to_json = getattr(flag, "to_json", None)
    if callable(to_json):
        result: dict[str, Any] = to_json(translate)
        return result
    to_dict = getattr(flag, "to_dict", None)
    if callable(to_dict):  # domain.fraud.base.FraudFlag
        as_dict: dict[str, Any] = to_dict()
        return as_dict
    category = getattr(flag, "category", "")
    return {
        "rule": getattr(flag, "rule", ""),
        "category": _plain(category, translate),
        "category_label": translate("", label(category)) if category else "",
        "severity": _plain(getattr(flag, "severity", ""), translate),
        "message": _plain(getattr(flag, "message", ""), translate),
        "evidence": _plain(getattr(flag, "evidence", []), translate),
    }


def assessment_to_json(
    assessment: Assessment, translate: Translate = identity_translate
) -> dict[str, Any]:
    """The JSON object printed by ``main.py assess`` (CONTRACTS.md)."""
    a = assessment
    return {
        "case": {"uuid": a.case_uuid, "number": a.case_number, "version": a.case_version},
        "rule_pack": {"id": a.rule_pack_id, "version": a.rule_pack_version},
        "today": a.today.isoformat(),
        "reference_sales": _dec(a.reference_sales),
        "verified_sales": _dec(a.verified_sales),
        "verified_sales_source": a.verified_sales_source,
        "verified_profit": _dec(a.verified_profit),
        "monthly_disposable": _dec(a.monthly_disposable),
        "checks": [check_to_json(c, translate) for c in a.checks],
        "equity": _equity_json(a.equity, translate),
        "parameters": _parameters_json(a.parameters, translate),
        "need": _need_json(a.need),
        "working_capital": _working_capital_json(a.working_capital),
        "repayment": _repayment_json(a.repayment, a.loan),
        "pricing": _pricing_json(a.pricing, translate),
        "security": _security_json(a.security, translate),
        "flags": [flag_to_json(f, translate) for f in a.flags],
        "suggestion": _suggestion_json(a, translate),
        "justification": {
            "needed": [m.render(translate) for m in a.justification_needed],
            "given": a.justification.strip() != "",
        },
    }


__all__ = [
    "Assessment",
    "FlagEvaluator",
    "assess",
    "assess_with_fraud",
    "assessment_to_json",
    "check_to_json",
    "flag_to_json",
]
