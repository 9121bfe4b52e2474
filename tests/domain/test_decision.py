"""The suggested decision and when an approval needs a written justification
(thresholds from thresholds.toml [decision]: decline above 70%, up to three
amber signals with conditions)."""

from __future__ import annotations

from decimal import Decimal

from domain.assessment import Assessment, assess, assessment_to_json
from domain.case import Case, FlagDisposition
from domain.enums import (
    DispositionStatus,
    FraudCategory,
    LoanPurpose,
    Recommendation,
    Severity,
)
from domain.fraud.base import make_flag
from domain.i18n import Message
from domain.rulepack import RulePack
from storage.rulepack_files import load_rule_pack
from tests.domain.checks_fixtures import TODAY, fig, plastics_case

D = Decimal
PACK = load_rule_pack()


def _assess(case: Case, *flags: tuple[str, Severity]) -> Assessment:
    def rules(c: Case, a: Assessment, p: RulePack) -> list[object]:
        return [
            make_flag(rule, FraudCategory.SEAL, severity, Message("x")) for rule, severity in flags
        ]

    return assess(case, PACK, today=TODAY, evaluate_flags=rules)


def _decided(case: Case, rule: str, status: DispositionStatus) -> Case:
    case.dispositions = [FlagDisposition(rule, status, "核实过")]
    return case


def test_a_sound_case_is_suggested_for_approval() -> None:
    s = _assess(plastics_case()).suggestion
    assert s is not None and s.decision is Recommendation.APPROVE


def test_a_confirmed_red_flag_suggests_decline_and_a_pending_one_escalation() -> None:
    red = ("seal.name_mismatch", Severity.RED)
    confirmed = _assess(_decided(plastics_case(), red[0], DispositionStatus.CONFIRMED), red)
    assert confirmed.suggestion is not None
    assert confirmed.suggestion.decision is Recommendation.DECLINE
    assert confirmed.suggestion.reasons[0].render() == (
        "confirmed red flag: Seal name differs from the licence"
    )
    pending = _assess(plastics_case(), red).suggestion
    assert pending is not None and pending.decision is Recommendation.ESCALATE
    dismissed = _assess(_decided(plastics_case(), red[0], DispositionStatus.DISMISSED), red)
    assert dismissed.suggestion is not None
    assert dismissed.suggestion.decision is Recommendation.APPROVE


def test_an_instalment_above_the_limit_suggests_decline() -> None:
    case = plastics_case()
    case.loan.amount = D(480000)
    s = _assess(case).suggestion
    assert s is not None and s.decision is Recommendation.DECLINE
    # 20,000 + 480,000 × 0.5% = 22,400 ÷ 23,800 = 94.1% > 70%
    assert s.reasons[0].render() == (
        "the instalment takes 94.1% of the monthly disposable income (limit 70.0%)"
    )


def test_equity_short_also_with_the_verified_profit_suggests_decline() -> None:
    case = plastics_case()
    case.balance_sheet.household_assets = fig(600000)
    s = _assess(case).suggestion
    assert s is not None and s.decision is Recommendation.DECLINE
    # E_actual 1,420,000; verified expected 1,713,840: (1,420,000 − 1,713,840)
    # ÷ 1,713,840 = −17.1%
    assert s.reasons[0].render() == "the equity reconciliation fails (r1 -17.1%)"


def test_a_request_somewhat_above_its_need_suggests_approval_with_conditions() -> None:
    case = plastics_case()
    case.loan.purpose_kind = LoanPurpose.EQUIPMENT
    case.loan.purpose_cost = D(190000)
    # 240,000 ÷ 190,000 = 1.26: amber (1.2–1.5)
    s = _assess(case).suggestion
    assert s is not None and s.decision is Recommendation.APPROVE_WITH_CHANGES
    assert s.conditions == ("smaller_amount", "designated_payment")


def test_more_amber_signals_than_the_pack_allows_escalate() -> None:
    ambers = [(f"seal.rule_{i}", Severity.AMBER) for i in range(4)]
    s = _assess(plastics_case(), *ambers).suggestion
    assert s is not None and s.decision is Recommendation.ESCALATE
    assert s.reasons[0].render() == "4 amber signals"


def test_approving_over_a_decline_reason_needs_a_justification() -> None:
    case = plastics_case()
    case.loan.amount = D(480000)
    case.proposal.recommendation = Recommendation.APPROVE
    a = _assess(case)
    assert [m.render() for m in a.justification_needed] == [
        "the instalment takes 94.1% of the monthly disposable income (limit 70.0%)"
    ]
    data = assessment_to_json(a)
    assert data["justification"] == {
        "needed": ["the instalment takes 94.1% of the monthly disposable income (limit 70.0%)"],
        "given": False,
    }
    assert data["suggestion"]["decision"] == "decline"
    case.proposal.recommendation = Recommendation.DECLINE
    assert _assess(case).justification_needed == ()
