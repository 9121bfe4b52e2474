"""The loan the checks look at: the officer's proposal when it names an
amount, else the request; rate from the proposal, else the cost-plus price."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.case import Case
from domain.enums import RepaymentType


@dataclass(frozen=True)
class LoanTerms:
    amount: Decimal | None
    term_months: int | None
    kind: RepaymentType
    annual_rate: Decimal | None
    rate_source: str  # "proposal" or "pricing"
    start: date
    requested: Decimal | None  # what the applicant asked for


def loan_terms(case: Case, priced_rate: Decimal | None, today: date) -> LoanTerms:
    p, req = case.proposal, case.loan
    use_proposal = p.amount is not None
    return LoanTerms(
        amount=p.amount if use_proposal else req.amount,
        term_months=p.term_months if p.term_months is not None else req.term_months,
        kind=p.repayment_type if use_proposal else req.repayment_type,
        annual_rate=p.annual_rate if p.annual_rate is not None else priced_rate,
        rate_source="proposal" if p.annual_rate is not None else "pricing",
        start=req.application_date or today,
        requested=req.amount,
    )
