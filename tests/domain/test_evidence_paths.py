"""Each piece of a flag's evidence leads to the field it came from, or to its
check; a computed figure leads nowhere."""

from __future__ import annotations

from domain.enums import FraudCategory, Severity
from domain.fraud.base import Evidence, FraudFlag
from domain.fraud.evidence_paths import Target, evidence_targets
from domain.i18n import Message


def _flag(evidence: list[Evidence], paths: list[str]) -> FraudFlag:
    return FraudFlag("r", FraudCategory.EMPLOYEE, Severity.RED, Message("m"), evidence, paths)


def test_label_source_words_and_order_find_the_field() -> None:
    flag = _flag(
        [
            Evidence("Staff claimed", "18", "declared"),  # the field's own label
            Evidence("Staff insured", "6", "document"),  # ties on "staff": by order
            Evidence("Staff seen on site", "5", "observed"),
            Evidence("Staff implied by payroll", "6.2", "¥37,200.00 ÷ ¥6,000.00"),
            Evidence("Ratio", "2.90", "computed"),
        ],
        [
            "/business/staff_claimed",
            "/business/staff_social_insurance",
            "/business/staff_observed",
            "/business/payroll_monthly",
        ],
    )
    assert evidence_targets(flag) == [
        Target(path="/business/staff_claimed"),
        Target(path="/business/staff_social_insurance"),
        Target(path="/business/staff_observed"),
        Target(path="/business/payroll_monthly"),
        None,
    ]


def test_where_the_source_was_read_decides_between_fields_of_one_label() -> None:
    flag = _flag(
        [
            Evidence("Loans", "¥300,000", "credit report"),
            Evidence("Loans", "¥0", "balance sheet"),
            Evidence("Undeclared share", "100%", "computed"),
        ],
        ["/credit_report/debts", "/balance_sheet/short_term_loans"],
    )
    assert evidence_targets(flag) == [
        Target(path="/credit_report/debts"),
        Target(path="/balance_sheet/short_term_loans"),
        None,
    ]


def test_a_check_id_source_leads_to_the_check() -> None:
    flag = _flag(
        [Evidence("Verified sales", "¥1", "computed"), Evidence("S2 sales", "¥1", "S2")],
        ["/income/seasons"],
    )
    assert evidence_targets(flag) == [None, Target(check="S2")]
