"""Enumerations of the case model. Values are English ``snake_case`` ids
(CONTRACTS.md, "JSON"); the Chinese label is a translation of the English
label returned by :func:`label`.
"""

from __future__ import annotations

from enum import StrEnum

from domain.i18n import Message, tr_noop


class CaseStatus(StrEnum):
    DRAFT = "draft"
    IN_FIELD = "in_field"
    ANALYSED = "analysed"
    MEMO_PRINTED = "memo_printed"
    EXPORTED = "exported"
    RETURNED = "returned"
    ARCHIVED = "archived"


#: The statuses in the order of the method (the case list sorts by it): the
#: enumeration is declared in that order. domain.lifecycle moves between them.
CASE_STATUS_ORDER: tuple[CaseStatus, ...] = tuple(CaseStatus)


class ApplicantKind(StrEnum):
    INDIVIDUAL_BUSINESS = "individual_business"  # 个体工商户
    COMPANY = "company"


class Provenance(StrEnum):
    """Where a figure comes from (DOMAIN.md §3): the memo shows it."""

    DECLARED = "declared"
    OBSERVED = "observed"
    DOCUMENT = "document"
    COMPUTED = "computed"


class Season(StrEnum):
    SLACK = "slack"  # 淡季
    NORMAL = "normal"  # 一般
    PEAK = "peak"  # 旺季


class RepaymentType(StrEnum):
    EQUAL_INSTALMENT = "equal_instalment"  # 等额本息
    EQUAL_PRINCIPAL = "equal_principal"  # 等额本金
    INTEREST_ONLY = "interest_only"  # 按月付息到期还本
    SEASONAL = "seasonal"


class CollateralType(StrEnum):
    HOUSING = "housing"
    COMMERCIAL_PROPERTY = "commercial_property"
    EQUIPMENT = "equipment"
    VEHICLE = "vehicle"
    DEPOSIT = "deposit"
    RECEIVABLE = "receivable"
    LAND_USE_RIGHT = "land_use_right"
    OTHER = "other"


class MeterKind(StrEnum):
    ELECTRICITY = "electricity"
    WATER = "water"


class TaxpayerType(StrEnum):
    GENERAL = "general"
    SMALL_SCALE = "small_scale"
    EXEMPT = "exempt"


class PatentType(StrEnum):
    INVENTION = "invention"
    UTILITY_MODEL = "utility_model"
    DESIGN = "design"


class TxCategory(StrEnum):
    """Classification of a bank-statement line (DOMAIN.md §4.1, S5)."""

    SALES = "sales"
    LOAN_DRAWN = "loan_drawn"
    OWN_TRANSFER = "own_transfer"
    CAPITAL_INJECTED = "capital_injected"
    OTHER_INFLOW = "other_inflow"
    PURCHASE = "purchase"
    EXPENSE = "expense"
    LOAN_REPAYMENT = "loan_repayment"
    PERSONAL = "personal"
    OTHER_OUTFLOW = "other_outflow"


class Recommendation(StrEnum):
    """The officer's recommendation, and the assessment's suggestion (which
    uses all but ``defer``). ``approve_with_changes`` is approval with
    conditions: a smaller amount, a shorter term, an extra guarantee,
    designated payment. ``escalate`` refers the case to the credit committee."""

    APPROVE = "approve"
    APPROVE_WITH_CHANGES = "approve_with_changes"
    DEFER = "defer"
    DECLINE = "decline"
    ESCALATE = "escalate"


class LoanPurpose(StrEnum):
    """What the loan pays for; it decides the need test (DOMAIN.md §4.3)."""

    WORKING_CAPITAL = "working_capital"  # 流动资金
    EQUIPMENT = "equipment"  # equipment or other term investment
    PREMISES = "premises"  # premises or renovation
    SEASONAL_AGRICULTURE = "seasonal_agriculture"
    ORDER_FINANCING = "order_financing"  # order or contract financing


class SealParty(StrEnum):
    """Whose seal an impression is: checked against that party's registration."""

    APPLICANT = "applicant"
    LESSOR = "lessor"
    BUYER = "buyer"
    SUPPLIER = "supplier"
    GUARANTOR = "guarantor"


class Parameter(StrEnum):
    """A parameter of the sales estimates the officer may set, with a reason,
    instead of the case's own figure or the industry norm."""

    GROSS_MARGIN = "gross_margin"
    CASH_SHARE = "cash_share"
    UNIT_PRICE = "unit_price"
    USAGE_PER_UNIT = "usage_per_unit"
    STOCK_DAYS = "stock_days"


class RiskClass(StrEnum):
    NORMAL = "normal"  # 正常
    SPECIAL_MENTION = "special_mention"  # 关注
    SUBSTANDARD = "substandard"  # 次级
    DOUBTFUL = "doubtful"  # 可疑
    LOSS = "loss"  # 损失


class Light(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    MISSING = "missing"


class Severity(StrEnum):
    INFO = "info"
    AMBER = "amber"
    RED = "red"


class FraudCategory(StrEnum):
    BUSINESS = "business"
    SITE = "site"
    INCOME = "income"
    INVENTORY = "inventory"
    WEALTH = "wealth"
    PURPOSE = "purpose"
    CONTRACT = "contract"
    EMPLOYEE = "employee"
    PATENT = "patent"
    SEAL = "seal"


class DispositionStatus(StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


class ProposalCondition(StrEnum):
    """The conditions the 结论 page offers as tick boxes; ``Proposal.conditions``
    holds these ids next to conditions the officer wrote in words."""

    DESIGNATED_PAYMENT = "designated_payment"
    EXTRA_GUARANTEE = "extra_guarantee"
    SMALLER_AMOUNT = "smaller_amount"
    SHORTER_TERM = "shorter_term"


# The words ``Applicant.marital_status`` is written with (the demo, imports);
# anything else is the officer's own text.
MARITAL_STATUSES = ("married", "single", "divorced", "widowed")


_LABELS: dict[str, str] = {
    # case status
    "draft": tr_noop("Draft"),
    "in_field": tr_noop("In field"),
    "analysed": tr_noop("Analysed"),
    "memo_printed": tr_noop("Memo printed"),
    "exported": tr_noop("Exported"),
    "returned": tr_noop("Returned"),
    "archived": tr_noop("Archived"),
    # applicant
    "individual_business": tr_noop("Individual business"),
    "company": tr_noop("Company"),
    # provenance
    "declared": tr_noop("Declared"),
    "observed": tr_noop("Observed"),
    "document": tr_noop("Document"),
    "computed": tr_noop("Computed"),
    # seasons
    "slack": tr_noop("Slack season"),
    "normal": tr_noop("Normal season"),
    "peak": tr_noop("Peak season"),
    # repayment
    "equal_instalment": tr_noop("Equal instalment"),
    "equal_principal": tr_noop("Equal principal"),
    "interest_only": tr_noop("Interest monthly, principal at maturity"),
    "seasonal": tr_noop("Seasonal schedule"),
    # collateral
    "housing": tr_noop("Housing"),
    "commercial_property": tr_noop("Commercial property"),
    "equipment": tr_noop("Equipment"),
    "vehicle": tr_noop("Vehicle"),
    "deposit": tr_noop("Deposit"),
    "receivable": tr_noop("Receivable"),
    "land_use_right": tr_noop("Land use right"),
    "other": tr_noop("Other"),
    # meters
    "electricity": tr_noop("Electricity"),
    "water": tr_noop("Water"),
    # tax
    "general": tr_noop("General VAT taxpayer"),
    "small_scale": tr_noop("Small-scale taxpayer"),
    "exempt": tr_noop("VAT exempt"),
    # patents
    "invention": tr_noop("Invention"),
    "utility_model": tr_noop("Utility model"),
    "design": tr_noop("Design"),
    # recommendation
    "approve": tr_noop("Approve"),
    "approve_with_changes": tr_noop("Approve with changes"),
    "defer": tr_noop("Defer"),
    "decline": tr_noop("Decline"),
    "escalate": tr_noop("Escalate to the credit committee"),
    # loan purposes
    "working_capital": tr_noop("Working capital"),
    "premises": tr_noop("Premises or renovation"),
    "seasonal_agriculture": tr_noop("Seasonal agriculture"),
    "order_financing": tr_noop("Order or contract financing"),
    # seal parties
    "applicant": tr_noop("Applicant"),
    "lessor": tr_noop("Lessor"),
    "buyer": tr_noop("Buyer"),
    "supplier": tr_noop("Supplier"),
    "guarantor": tr_noop("Guarantor"),
    # estimate parameters
    "gross_margin": tr_noop("Gross margin"),
    "cash_share": tr_noop("Cash share of sales"),
    "unit_price": tr_noop("Unit price"),
    "usage_per_unit": tr_noop("Usage per unit of output"),
    "stock_days": tr_noop("Days of stock"),
    # head-office decision (the others are the recommendation's words)
    "return": tr_noop("Return to the officer"),
    # risk class
    "special_mention": tr_noop("Special mention"),
    "substandard": tr_noop("Substandard"),
    "doubtful": tr_noop("Doubtful"),
    "loss": tr_noop("Loss"),
    # lights / severities
    "green": tr_noop("Green"),
    "amber": tr_noop("Amber"),
    "red": tr_noop("Red"),
    "missing": tr_noop("Missing inputs"),
    "info": tr_noop("Info"),
    # fraud categories
    "business": tr_noop("Fake business"),
    "site": tr_noop("Staged site"),
    "income": tr_noop("Inflated income"),
    "inventory": tr_noop("Inflated stock"),
    "wealth": tr_noop("Overstated wealth"),
    "purpose": tr_noop("False purpose"),
    "contract": tr_noop("False contract"),
    "employee": tr_noop("False headcount"),
    "patent": tr_noop("False patent"),
    "seal": tr_noop("Forged seal"),
    # dispositions
    "pending": tr_noop("Pending"),
    "confirmed": tr_noop("Confirmed"),
    "dismissed": tr_noop("Dismissed"),
    # proposal conditions
    "designated_payment": tr_noop("Designated payment (受托支付)"),
    "extra_guarantee": tr_noop("Extra guarantee"),
    "smaller_amount": tr_noop("Smaller amount"),
    "shorter_term": tr_noop("Shorter term"),
    # marital status
    "married": tr_noop("Married"),
    "single": tr_noop("Single"),
    "divorced": tr_noop("Divorced"),
    "widowed": tr_noop("Widowed"),
    # attachment kinds ("document" is the provenance's word)
    "photo": tr_noop("Photo"),
    "statement": tr_noop("Bank statement file"),
}


#: Labels of values that two enumerations share (``normal`` is both a season
#: and a risk class), keyed by the enumeration's class name.
_LABELS_BY_TYPE: dict[tuple[str, str], str] = {
    ("RiskClass", "normal"): tr_noop("Normal"),
    # "equipment" is also a collateral type: the loan purpose says what it buys
    ("LoanPurpose", "equipment"): tr_noop("Equipment or term investment"),
}


def label(value: StrEnum | str) -> str:
    """English source label of an enumeration value (translate it in the UI)."""
    key = str(value)
    specific = _LABELS_BY_TYPE.get((type(value).__name__, key))
    if specific is not None:
        return specific
    return _LABELS.get(key, key)


def shown_label(value: StrEnum | str) -> Message | str:
    """A known id (an enumeration value, a tick-box condition, a marital
    status) as its translatable label; anything else, such as a condition the
    officer wrote in words, as it is."""
    words = label(value)
    return Message(words) if words != str(value) else str(value)
