"""Short titles of the fraud rules, for people (the rule id is for machines).

The draft banner of the memo and any list that names rules print these
instead of ids such as ``contract.order_beyond_capacity``.
"""

from __future__ import annotations

from domain.i18n import Message, listing, tr_noop

RULE_TITLES: dict[str, str] = {
    "business.blacklisted": tr_noop("On head office's blacklist"),
    "business.age_vs_registration": tr_noop("Years in business beyond registration"),
    "business.uscc_invalid": tr_noop("Invalid credit code"),
    "business.shared_identity": tr_noop("Details shared with another applicant"),
    "business.history_shorter_than_claimed": tr_noop("Records shorter than claimed history"),
    "contract.order_beyond_capacity": tr_noop("Order beyond capacity"),
    "contract.buyer_unknown": tr_noop("Buyer never seen"),
    "contract.price_far_from_history": tr_noop("Contract price far from history"),
    "contract.counterparty_related": tr_noop("Counterparty related to the applicant"),
    "employee.headcount_ratio": tr_noop("Staff claimed beyond evidence"),
    "income.sales_deviation": tr_noop("Declared sales above estimates"),
    "income.equity_only_with_verified_profit": tr_noop("Equity balances only with verified profit"),
    "income.inflow_spike": tr_noop("Inflow spike before application"),
    "income.round_sum_inflows": tr_noop("Round-sum inflows"),
    "income.same_day_in_out": tr_noop("Same-day in and out"),
    "income.sales_per_unit_unstable": tr_noop("Sales per kWh swing by month"),
    "income.output_beyond_running_machines": tr_noop("Output beyond the machines running"),
    "income.exports_fallen": tr_noop("Exports fell, declared sales did not"),
    "inventory.counted_vs_claimed": tr_noop("Stock counted below claimed"),
    "inventory.stock_days_vs_norm": tr_noop("Days of stock above industry"),
    "patent.number_invalid": tr_noop("Invalid patent number"),
    "patent.type_mismatch": tr_noop("Patent type mismatch"),
    "purpose.request_exceeds_need": tr_noop("Request exceeds loan need"),
    "purpose.payee_newly_registered": tr_noop("Payee newly registered"),
    "purpose.payee_scope_unrelated": tr_noop("Payee's business unrelated"),
    "purpose.payee_not_past_supplier": tr_noop("Payee not a past supplier"),
    "purpose.payee_related": tr_noop("Payee related to the applicant"),
    "purpose.payee_in_other_case": tr_noop("Payee in another applicant's case"),
    "seal.code_invalid": tr_noop("Invalid code on the seal"),
    "seal.code_mismatch": tr_noop("Seal code differs from the licence"),
    "seal.name_mismatch": tr_noop("Seal name differs from the licence"),
    "site.utility_holder_not_applicant": tr_noop("Utility account held by another"),
    "site.photo_time_outside_visit": tr_noop("Photo taken outside the visit"),
    "site.photo_far_from_visit": tr_noop("Photo taken far from the site"),
    "site.owner_named_by_others": tr_noop("Someone else named as the owner"),
    "wealth.equity_r1_negative": tr_noop("Equity short of expected"),
    "wealth.regular_payments_to_individuals": tr_noop("Regular payments to individuals"),
    "wealth.undeclared_credit_debts": tr_noop("Undeclared credit debts"),
}


def rule_title(rule: str) -> Message | str:
    """The translatable title of ``rule``; an unknown id is shown as it is."""
    title = RULE_TITLES.get(rule)
    return Message(title) if title is not None else rule


def rule_titles(rules: list[str]) -> Message | str:
    """Several rule titles as one list (``、`` between them in Chinese)."""
    return listing([rule_title(r) for r in rules])
