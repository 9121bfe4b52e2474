"""The case model: one credit investigation of one borrower (DOMAIN.md §2–3, §5).

Plain dataclasses, ``Decimal`` money, every officer-built figure with its
provenance. A case is identified by a UUID, a human case number
(``3301-20261127-0001``) and a version that grows with every saved change
(CONTRACTS.md, "Case identity"). Nothing here validates input: validation
lives in :mod:`domain.validators` and reports messages, so that a case can
always hold what the officer typed.
"""

from __future__ import annotations

import uuid as uuid_mod
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from domain.enums import (
    ApplicantKind,
    CaseStatus,
    CollateralType,
    DispositionStatus,
    FraudCategory,
    LoanPurpose,
    MeterKind,
    Parameter,
    PatentType,
    Provenance,
    Recommendation,
    RepaymentType,
    RiskClass,
    SealParty,
    Season,
    TaxpayerType,
    TxCategory,
)

SCHEMA_VERSION = 1
"""Version of the case-file format (``resources/schema/case.schema.json``)."""


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


@dataclass
class Figure:
    """An amount with where it came from. ``value`` is ``None`` when unknown."""

    value: Decimal | None = None
    source: Provenance = Provenance.DECLARED
    document: str = ""  # which document, when source is DOCUMENT


@dataclass
class Person:
    name: str = ""
    id_number: str = ""  # resident ID (GB 11643)
    birth_date: date | None = None
    phone: str = ""
    address: str = ""
    bank_account: str = ""
    occupation: str = ""


@dataclass
class HouseholdMember:
    name: str = ""
    relation: str = ""
    age: int | None = None
    occupation: str = ""
    monthly_income: Decimal | None = None
    phone: str = ""


@dataclass
class Applicant:
    kind: ApplicantKind = ApplicantKind.INDIVIDUAL_BUSINESS
    registered_name: str = ""  # as on the registry printout
    uscc: str = ""  # unified social credit code (GB 32100)
    registration_date: date | None = None  # from the registry printout
    business_scope: str = ""
    registered_address: str = ""
    owner: Person = field(default_factory=Person)
    spouse: Person | None = None
    marital_status: str = ""  # married / single / divorced / widowed
    household: list[HouseholdMember] = field(default_factory=list)
    household_notes: str = ""
    #: the business this applicant carries on (an individual business turned
    #: company, 个转企): its name and registration date count as the
    #: business's own history
    predecessor_name: str = ""
    predecessor_registration_date: date | None = None


@dataclass
class Product:
    name: str = ""
    share_of_sales: Decimal | None = None  # fraction
    unit: str = ""
    unit_price: Decimal | None = None
    gross_margin: Decimal | None = None  # fraction


@dataclass
class Equipment:
    name: str = ""
    quantity: int | None = None
    capacity_per_month: Decimal | None = None  # units of output
    running_observed: int | None = None


@dataclass
class Counterparty:
    """A supplier or customer named by the applicant."""

    name: str = ""
    uscc: str = ""
    share: Decimal | None = None  # fraction of purchases / sales
    terms: str = ""  # e.g. "月结30天"
    years: int | None = None
    phone: str = ""


@dataclass
class Observation:
    """What the officer saw on site (眼见为实), kept apart from declared figures."""

    customers_per_day: Decimal | None = None
    average_ticket: Decimal | None = None
    days_open_per_year: int | None = None
    machines_running: int | None = None
    notes: str = ""


@dataclass
class Premises:
    address: str = ""
    owned: bool | None = None
    area_m2: Decimal | None = None
    monthly_rent: Decimal | None = None
    lease_end: date | None = None
    landlord: str = ""  # the lessor's registered name (rented premises)
    landlord_uscc: str = ""  # the lessor's credit code, when a business


@dataclass
class StaffMember:
    """A named member of staff (manager, accountant, dispatcher …): matched
    against payees and counterparties as a related party."""

    name: str = ""
    phone: str = ""
    role: str = ""


@dataclass
class Business:
    industry: str = ""  # id from resources/rulepack/industries.toml
    description: str = ""
    years_operating_claimed: int | None = None
    premises: Premises = field(default_factory=Premises)
    staff_claimed: int | None = None
    staff_social_insurance: int | None = None
    staff_observed: int | None = None
    payroll_monthly: Decimal | None = None
    staff_family: int | None = None  # family members among the staff claimed
    staff_seasonal: int | None = None  # seasonal workers among them (peak only)
    staff_list: list[StaffMember] = field(default_factory=list)
    products: list[Product] = field(default_factory=list)
    equipment: list[Equipment] = field(default_factory=list)
    capacity_notes: str = ""
    suppliers: list[Counterparty] = field(default_factory=list)
    customers: list[Counterparty] = field(default_factory=list)
    exporter: bool = False
    observation: Observation = field(default_factory=Observation)
    # month number "1".."12" → season; empty when the business is not seasonal
    season_of_month: dict[str, Season] = field(default_factory=dict)
    receivable_days: Decimal | None = None
    payable_days: Decimal | None = None
    prepayment_days: Decimal | None = None
    advance_receipt_days: Decimal | None = None
    #: the business's own parameters, before the industry's norms
    cash_share: Decimal | None = None  # share of sales paid in cash (fraction)
    stock_days: Decimal | None = None  # days of stock by its stock records
    export_share: Decimal | None = None  # share of sales exported (fraction)


@dataclass
class Payee:
    """The designated payee of the loan (受托支付对象)."""

    name: str = ""
    uscc: str = ""
    registration_date: date | None = None
    business_scope: str = ""
    phone: str = ""
    bank_account: str = ""


@dataclass
class LoanRequest:
    amount: Decimal | None = None
    term_months: int | None = None
    purpose: str = ""
    repayment_type: RepaymentType = RepaymentType.EQUAL_INSTALMENT
    application_date: date | None = None
    payee: Payee = field(default_factory=Payee)
    expected_growth: Decimal | None = None  # fraction, for working-capital need
    other_financing: Decimal | None = None
    #: what the loan pays for: decides the need test
    purpose_kind: LoanPurpose | None = None
    #: the documented cost the need test starts from: the quote or invoice
    #: (equipment), the contract or budget (premises), the season's input
    #: costs (seasonal agriculture), the order value (order financing)
    purpose_cost: Decimal | None = None
    purpose_document: str = ""  # which document states that cost
    own_funds: Decimal | None = None  # what the borrower puts in himself


@dataclass
class Visit:
    """One on-site visit (下户调查)."""

    started_at: datetime | None = None
    ended_at: datetime | None = None
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    place: str = ""
    officers: list[str] = field(default_factory=list)  # both officers (双人调查)
    persons_met: list[str] = field(default_factory=list)
    unannounced: bool = False
    notes: str = ""


@dataclass
class Attachment:
    """A photo or document attached to the case. The bytes live in storage."""

    id: str = field(default_factory=new_uuid)
    filename: str = ""
    kind: str = "photo"  # photo / statement / document
    mime: str = ""
    size: int = 0
    sha256: str = ""
    caption: str = ""
    exif_time: datetime | None = None
    exif_latitude: Decimal | None = None
    exif_longitude: Decimal | None = None
    added_at: datetime | None = None


@dataclass
class MeterReading:
    kind: MeterKind = MeterKind.ELECTRICITY
    month: str = ""  # YYYY-MM
    quantity: Decimal | None = None  # kWh or m³
    amount_paid: Decimal | None = None
    account_holder: str = ""


@dataclass
class CustomsDeclaration:
    month: str = ""  # YYYY-MM
    declaration_no: str = ""
    fob_value: Decimal | None = None
    currency: str = "USD"
    fx_rate: Decimal | None = None  # CNY per unit of currency
    buyer: str = ""
    goods: str = ""


@dataclass
class CreditDebt:
    lender: str = ""
    kind: str = ""  # business loan / mortgage / credit card / guarantee
    balance: Decimal | None = None
    monthly_payment: Decimal | None = None
    overdue: bool = False
    maturity: date | None = None


@dataclass
class CreditReport:
    consent_signed: bool = False  # borrower's signed consent to the query
    consent_date: date | None = None
    query_date: date | None = None
    debts: list[CreditDebt] = field(default_factory=list)
    overdues_24m: int | None = None
    inquiries_6m: int | None = None
    notes: str = ""


@dataclass
class Inquiry:
    """A side inquiry about the borrower's reputation (侧面打听)."""

    who: str = ""
    relation: str = ""  # neighbour, supplier, village committee …
    said: str = ""
    on: date | None = None
    named_owner: str = ""  # whom the speaker names as the owner or boss


@dataclass
class Character:
    """人品: 两有一无 and the rest."""

    willing_to_work: bool | None = None
    able_to_work: bool | None = None
    no_bad_habits: bool | None = None
    bad_habits: str = ""
    family_notes: str = ""
    inquiries: list[Inquiry] = field(default_factory=list)


@dataclass
class Guarantor:
    name: str = ""
    id_number: str = ""
    phone: str = ""
    relation: str = ""
    willing_to_work: bool | None = None
    able_to_work: bool | None = None
    no_bad_habits: bool | None = None
    net_worth: Decimal | None = None
    monthly_disposable_income: Decimal | None = None
    guaranteed_amount: Decimal | None = None
    notes: str = ""


@dataclass
class Collateral:
    kind: CollateralType = CollateralType.HOUSING
    description: str = ""
    owner: str = ""
    appraised_value: Decimal | None = None
    appraiser: str = ""
    certificate_no: str = ""
    spouse_consent_required: bool = False
    spouse_consent_obtained: bool = False


@dataclass
class ContractPresented:
    counterparty: str = ""
    counterparty_uscc: str = ""
    item: str = ""
    quantity: Decimal | None = None
    unit: str = ""
    unit_price: Decimal | None = None
    amount: Decimal | None = None
    signed_on: date | None = None
    delivery_by: date | None = None


@dataclass
class Seal:
    code: str = ""  # the USCC carved on the seal
    name: str = ""  # the name carved on the seal
    party: SealParty = SealParty.APPLICANT  # whose seal it is
    #: that party's name and code as registered (from the registry printout);
    #: for the applicant, and a lessor named on the premises, the case has them
    registered_name: str = ""
    registered_code: str = ""
    document: str = ""  # the document it is on


@dataclass
class Patent:
    number: str = ""
    title: str = ""
    claimed_type: PatentType = PatentType.INVENTION
    owner: str = ""


@dataclass
class BalanceSheet:
    """Officer-built balance sheet at one date (DOMAIN.md §3)."""

    as_of: date | None = None
    cash: Figure = field(default_factory=Figure)
    deposits: Figure = field(default_factory=Figure)
    receivables: Figure = field(default_factory=Figure)
    prepayments: Figure = field(default_factory=Figure)
    inventory_claimed: Figure = field(default_factory=Figure)
    inventory_counted: Figure = field(default_factory=lambda: Figure(source=Provenance.OBSERVED))
    fixed_assets: Figure = field(default_factory=Figure)
    prepaid_rent: Figure = field(default_factory=Figure)
    other_business_assets: Figure = field(default_factory=Figure)
    household_assets: Figure = field(default_factory=Figure)
    payables: Figure = field(default_factory=Figure)
    advances_received: Figure = field(default_factory=Figure)
    credit_cards: Figure = field(default_factory=Figure)
    short_term_loans: Figure = field(default_factory=Figure)
    long_term_loans: Figure = field(default_factory=Figure)
    private_loans: Figure = field(default_factory=Figure)
    other_liabilities: Figure = field(default_factory=Figure)
    guarantees_given: Figure = field(default_factory=Figure)  # contingent
    off_balance: Figure = field(default_factory=Figure)


ASSET_FIELDS = (
    "cash",
    "deposits",
    "receivables",
    "prepayments",
    "inventory_counted",
    "fixed_assets",
    "prepaid_rent",
    "other_business_assets",
    "household_assets",
)
LIABILITY_FIELDS = (
    "payables",
    "advances_received",
    "credit_cards",
    "short_term_loans",
    "long_term_loans",
    "private_loans",
    "other_liabilities",
)


@dataclass
class SeasonLine:
    """Per-month figures of one season of the income statement."""

    season: Season = Season.NORMAL
    months: int = 0
    sales: Figure = field(default_factory=Figure)
    cogs: Figure = field(default_factory=Figure)
    rent: Figure = field(default_factory=Figure)
    wages: Figure = field(default_factory=Figure)
    utilities: Figure = field(default_factory=Figure)
    transport: Figure = field(default_factory=Figure)
    tax: Figure = field(default_factory=Figure)
    other: Figure = field(default_factory=Figure)


OPEX_FIELDS = ("rent", "wages", "utilities", "transport", "tax", "other")


@dataclass
class IncomeStatement:
    """Seasonal income statement plus monthly household items (DOMAIN.md §3)."""

    seasons: list[SeasonLine] = field(default_factory=list)
    existing_instalments_business: Figure = field(default_factory=Figure)  # monthly
    existing_instalments_personal: Figure = field(default_factory=Figure)  # monthly
    household_spending: Figure = field(default_factory=Figure)  # monthly
    other_household_income: Figure = field(default_factory=Figure)  # monthly


@dataclass
class EquityBridge:
    """Inputs of the equity reconciliation (DOMAIN.md §4.2) over a period."""

    equity_start: Figure = field(default_factory=Figure)  # E_start
    start_date: date | None = None
    period_months: int | None = None
    capital_injected: Figure = field(default_factory=Figure)
    withdrawals: Figure = field(default_factory=Figure)  # incl. household spending
    depreciation: Figure = field(default_factory=Figure)
    revaluation: Figure = field(default_factory=Figure)


@dataclass
class TaxRecord:
    taxpayer_type: TaxpayerType = TaxpayerType.SMALL_SCALE
    months: int | None = None
    output_vat: Decimal | None = None  # general taxpayer
    vat_rate: Decimal | None = None
    vat_paid: Decimal | None = None  # small-scale taxpayer
    levy_rate: Decimal | None = None
    export_sales: Decimal | None = None  # zero-rated export sales on the VAT return


@dataclass
class BankTransaction:
    """One line of an imported bank statement. ``amount`` > 0 is an inflow."""

    on: date | None = None
    amount: Decimal = Decimal("0")
    counterparty: str = ""
    counterparty_account: str = ""
    description: str = ""
    category: TxCategory = TxCategory.OTHER_INFLOW
    account: str = ""  # the applicant's own account this line belongs to


@dataclass
class DocumentCheck:
    """A document of a stage's checklist: received, original seen."""

    stage: str = ""
    document: str = ""  # id from resources/workflow.toml
    received: bool = False
    original_seen: bool = False


@dataclass
class ParameterOverride:
    """The officer's value of an estimate parameter, with the reason."""

    parameter: Parameter = Parameter.GROSS_MARGIN
    value: Decimal | None = None
    reason: str = ""


@dataclass
class Proposal:
    """The officer's proposal (结论)."""

    recommendation: Recommendation | None = None
    amount: Decimal | None = None
    term_months: int | None = None
    annual_rate: Decimal | None = None  # fraction
    repayment_type: RepaymentType = RepaymentType.EQUAL_INSTALMENT
    conditions: list[str] = field(default_factory=list)
    opinion: str = ""
    risk_class: RiskClass = RiskClass.NORMAL
    verified_sales_override: Decimal | None = None
    reference_sales_override: Decimal | None = None
    parameter_overrides: list[ParameterOverride] = field(default_factory=list)
    #: seasonal repayment: the calendar months (1–12) principal falls due
    principal_months: list[int] = field(default_factory=list)
    #: why approval is recommended over a confirmed red flag, an instalment
    #: ratio above the limit or a failed equity test (printed in the memo)
    justification: str = ""


@dataclass
class FlagDisposition:
    """The officer's decision on one fraud flag."""

    rule: str = ""
    status: DispositionStatus = DispositionStatus.PENDING
    reason: str = ""
    by: str = ""
    at: datetime | None = None
    override_reason: str = ""  # allows print/export with a pending red flag


@dataclass
class ChecklistTick:
    """A tick of the officer checklist of a fraud category (DOMAIN.md §5)."""

    category: FraudCategory = FraudCategory.BUSINESS
    item: str = ""
    checked: bool = False
    by: str = ""
    at: datetime | None = None


@dataclass
class Officer:
    name: str = ""
    staff_no: str = ""


@dataclass
class HeadOfficeQuestion:
    """A question from head office on a returned case, and the answer."""

    question: str = ""
    asked_by: str = ""
    asked_at: datetime | None = None
    answer: str = ""
    answered_at: datetime | None = None


@dataclass
class Case:
    uuid: str = field(default_factory=new_uuid)
    number: str = ""
    version: int = 0
    schema_version: int = SCHEMA_VERSION
    status: CaseStatus = CaseStatus.DRAFT
    branch: str = ""
    officer: Officer = field(default_factory=Officer)
    second_officer: Officer = field(default_factory=Officer)
    product: str = ""  # loan product name
    created_at: datetime | None = None
    updated_at: datetime | None = None
    applicant: Applicant = field(default_factory=Applicant)
    business: Business = field(default_factory=Business)
    loan: LoanRequest = field(default_factory=LoanRequest)
    visits: list[Visit] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    character: Character = field(default_factory=Character)
    credit_report: CreditReport = field(default_factory=CreditReport)
    guarantors: list[Guarantor] = field(default_factory=list)
    collateral: list[Collateral] = field(default_factory=list)
    meters: list[MeterReading] = field(default_factory=list)
    customs: list[CustomsDeclaration] = field(default_factory=list)
    contracts: list[ContractPresented] = field(default_factory=list)
    seals: list[Seal] = field(default_factory=list)
    patents: list[Patent] = field(default_factory=list)
    balance_sheet: BalanceSheet = field(default_factory=BalanceSheet)
    income: IncomeStatement = field(default_factory=IncomeStatement)
    equity: EquityBridge = field(default_factory=EquityBridge)
    tax: TaxRecord = field(default_factory=TaxRecord)
    transactions: list[BankTransaction] = field(default_factory=list)
    documents: list[DocumentCheck] = field(default_factory=list)
    proposal: Proposal = field(default_factory=Proposal)
    dispositions: list[FlagDisposition] = field(default_factory=list)
    checklist: list[ChecklistTick] = field(default_factory=list)
    questions: list[HeadOfficeQuestion] = field(default_factory=list)
    stages_finished: list[str] = field(default_factory=list)
    notes: str = ""

    @property
    def display_name(self) -> str:
        return self.applicant.registered_name or self.applicant.owner.name
