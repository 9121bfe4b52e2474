"""Words for the inputs a check names when they are missing.

A check reports a missing input by its id, a dotted path into the case
(``business.observation.customers_per_day``, ``guarantors[0].net_worth``) or a
short tag (``meters (electricity)``). The verification panel and the memo both
show these ids as the same English source labels (translated by the reader's
language), from this one table; paths not listed here fall back to the labels
of the guided workflow's fields (:data:`domain.workflow.STAGES`).
"""

from __future__ import annotations

from functools import cache

from domain.i18n import Message, tr_noop

#: English source labels of the input ids the checks name when inputs are missing.
INPUT_LABELS: dict[str, str] = {
    "applicant.owner.birth_date": tr_noop("owner's birth date"),
    "balance_sheet": tr_noop("balance sheet"),
    "balance_sheet.inventory_claimed": tr_noop("stock claimed"),
    "balance_sheet.inventory_counted": tr_noop("stock counted"),
    "business.industry": tr_noop("industry"),
    "business.observation.average_ticket": tr_noop("average ticket (observed)"),
    "business.observation.customers_per_day": tr_noop("customers per day (observed)"),
    "business.observation.days_open_per_year": tr_noop("days open per year"),
    "business.staff_claimed": tr_noop("staff claimed"),
    "collateral": tr_noop("collateral"),
    "appraised_value": tr_noop("appraised value"),
    "customs": tr_noop("customs declarations"),
    "customs.fx_rate": tr_noop("exchange rate of the declarations"),
    "customs.month": tr_noop("month of the declarations"),
    "equity": tr_noop("equity reconciliation"),
    "equity.equity_start": tr_noop("equity at the start of the period"),
    "equity.period_months": tr_noop("months of the period"),
    "net_worth": tr_noop("guarantor's net worth"),
    "guaranteed_amount": tr_noop("guaranteed amount"),
    "income.seasons": tr_noop("seasonal income statement"),
    "income.seasons.cogs": tr_noop("cost of goods"),
    "cogs": tr_noop("cost of goods"),
    "sales": tr_noop("sales"),
    "gross_margin": tr_noop("gross margin"),
    "gross margin below 100%": tr_noop("gross margin below 100%"),
    "loan (amount, term)": tr_noop("loan amount and term"),
    "loan.amount": tr_noop("amount requested"),
    "loan.term_months": tr_noop("term in months"),
    "meters (electricity)": tr_noop("electricity readings"),
    "meters (water)": tr_noop("water readings"),
    "stock days": tr_noop("days of stock (industry norm)"),
    "industry stock days": tr_noop("days of stock (industry norm)"),
    "tax (VAT exempt)": tr_noop("VAT (exempt)"),
    "tax.levy_rate": tr_noop("VAT levy rate"),
    "tax.vat_paid": tr_noop("VAT paid"),
    "tax.output_vat": tr_noop("output VAT"),
    "tax.vat_rate": tr_noop("VAT rate"),
    "transactions": tr_noop("bank statements"),
    "transactions (purchases)": tr_noop("bank statements (purchases)"),
    "verified_sales": tr_noop("verified sales"),
    "reference_sales": tr_noop("reference sales"),
    "loan.purpose_kind": tr_noop("what the loan pays for"),
    "loan.purpose_cost": tr_noop("documented cost of the purpose"),
    "tax.export_sales": tr_noop("export sales on the VAT return"),
    "stock": tr_noop("stock"),
    "sales estimates S2–S8": tr_noop("independent sales estimates"),
    "business.equipment (capacity)": tr_noop("capacity of the equipment"),
    "customs (six months or more)": tr_noop("customs declarations of six months or more"),
    "thresholds.toml [utilities]": tr_noop("rule-pack thresholds"),
    "thresholds.toml [equipment]": tr_noop("rule-pack thresholds"),
    "thresholds.toml [customs]": tr_noop("rule-pack thresholds"),
    "unit price": tr_noop("unit price"),
    "usage per unit of output": tr_noop("usage per unit of output"),
    "gross margin": tr_noop("gross margin"),
}

_WITH_DETAIL = tr_noop("{field} ({detail})")

#: the estimates' parameters (``domain.checks.parameters.Parameters`` fields)
PARAMETER_LABELS: dict[str, str] = {
    "margin": tr_noop("Gross margin"),
    "cash_share": tr_noop("Cash share of sales"),
    "unit_price": tr_noop("Unit price"),
    "usage_per_unit": tr_noop("Usage per unit of output"),
    "stock_days": tr_noop("Days of stock"),
    "export_share": tr_noop("Share of sales exported"),
}


def parameter_label(name: str) -> str:
    """English source label of an estimate parameter."""
    return PARAMETER_LABELS.get(name, name)


@cache
def _workflow_labels() -> dict[str, str]:
    """Workflow field labels by dotted path (``business.staff_observed``)."""
    from domain.workflow import STAGES  # the workflow imports more; only when needed

    out: dict[str, str] = {}
    for stage in STAGES:
        for spec in stage.fields:
            dotted = spec.path.replace("/", ".").removesuffix(".value")
            out.setdefault(dotted, spec.label)
    return out


def input_label_source(input_id: str) -> str | None:
    """The English source label of a missing input's id, or ``None`` when the
    id is unknown (then it is best shown as it is)."""
    label = INPUT_LABELS.get(input_id) or _workflow_labels().get(input_id)
    if label is None:
        # guarantors[0].net_worth, income.seasons[peak].cogs: the leaf names it
        leaf = input_id.split("]")[-1].lstrip(".").split(".")[-1]
        label = INPUT_LABELS.get(leaf)
    return label


def input_label(input_id: str) -> Message | str:
    """A missing input's id as a translatable label; ``customs.fx_rate (D1, D2)``
    keeps its detail after the label; an unknown id stays as it is."""
    label = input_label_source(input_id)
    if label is not None:
        return Message(label)
    head, sep, rest = input_id.partition(" (")
    if sep and rest.endswith(")"):
        known = input_label_source(head)
        if known is not None:
            return Message(_WITH_DETAIL, {"field": Message(known), "detail": rest[:-1]})
    return input_id


#: Labels of case paths the fraud rules point at (``/contracts/1/quantity``;
#: list indexes left out) that the workflow's fields do not name.
PATH_LABELS: dict[str, str] = {
    "applicant/owner": tr_noop("Owner"),
    "applicant/owner/address": tr_noop("Owner's home address"),
    "applicant/owner/bank_account": tr_noop("Owner's bank account"),
    "applicant/owner/birth_date": tr_noop("Owner's birth date"),
    "applicant/registered_address": tr_noop("Registered address"),
    "applicant/registration_date": tr_noop("Registration date"),
    "applicant/spouse": tr_noop("Spouse"),
    "applicant/spouse/bank_account": tr_noop("Spouse's bank account"),
    "applicant/spouse/birth_date": tr_noop("Spouse's birth date"),
    "applicant/spouse/id_number": tr_noop("Spouse ID number"),
    "applicant/spouse/phone": tr_noop("Spouse's mobile"),
    "applicant/uscc": tr_noop("Unified social credit code"),
    "attachments/exif_latitude": tr_noop("Photo position"),
    "attachments/exif_time": tr_noop("Photo time"),
    "balance_sheet": tr_noop("Balance sheet"),
    "balance_sheet/guarantees_given": tr_noop("Guarantees given"),
    "balance_sheet/private_loans": tr_noop("Private loans"),
    "balance_sheet/short_term_loans": tr_noop("Short-term loans"),
    "balance_sheet/inventory_claimed": tr_noop("Inventory claimed"),
    "balance_sheet/inventory_counted": tr_noop("Inventory counted"),
    "business/premises/address": tr_noop("Business address"),
    "business/years_operating_claimed": tr_noop("Years in business claimed"),
    "character/inquiries/on": tr_noop("Date of the side inquiry"),
    "contracts/counterparty": tr_noop("Contract buyer"),
    "contracts/quantity": tr_noop("Contract quantity"),
    "contracts/unit_price": tr_noop("Contract unit price"),
    "credit_report/debts": tr_noop("Debts on the credit report"),
    "credit_report/query_date": tr_noop("Credit report query date"),
    "equity": tr_noop("Equity reconciliation"),
    "guarantors/id_number": tr_noop("Guarantor's ID number"),
    "guarantors/phone": tr_noop("Guarantor's mobile"),
    "loan/payee/bank_account": tr_noop("Payee's bank account"),
    "meters": tr_noop("Meter readings"),
    "loan/payee/business_scope": tr_noop("Payee's business scope"),
    "loan/payee/name": tr_noop("Payee"),
    "loan/payee/phone": tr_noop("Payee's phone"),
    "loan/payee/registration_date": tr_noop("Payee's registration date"),
    "loan/payee/uscc": tr_noop("Payee's credit code"),
    "meters/account_holder": tr_noop("Utility account holder"),
    "patents/claimed_type": tr_noop("Patent type claimed"),
    "questions/answer": tr_noop("Answer to head office"),
    "patents/number": tr_noop("Patent number"),
    "seals/code": tr_noop("Code on the seal"),
    "seals/name": tr_noop("Name on the seal"),
    "transactions": tr_noop("Bank statements"),
    "applicant/owner/phone": tr_noop("Owner mobile"),
    "applicant/owner/name": tr_noop("Owner"),
    "applicant/spouse/name": tr_noop("Spouse"),
    "applicant/household/name": tr_noop("Household member"),
    "applicant/household/phone": tr_noop("Household member's mobile"),
    "business/staff_list/name": tr_noop("Member of staff"),
    "business/staff_list/phone": tr_noop("Staff member's mobile"),
    "guarantors/name": tr_noop("Guarantor"),
    "character/inquiries/named_owner": tr_noop("Named as the owner"),
    "business/equipment": tr_noop("Equipment"),
    "customs": tr_noop("Customs declarations"),
    "income/seasons": tr_noop("Seasonal income statement"),
    "loan/amount": tr_noop("Amount requested"),
}


@cache
def _workflow_path_labels() -> dict[str, str]:
    from domain.workflow import STAGES

    out: dict[str, str] = {}
    for stage in STAGES:
        for spec in stage.fields:
            key = "/".join(p for p in spec.path.split("/") if not p.isdigit())
            out.setdefault(key.removesuffix("/value"), spec.label)
    return out


def path_label(path: str) -> Message | str:
    """A case path (``/contracts/1/quantity``) as a translatable label; a path
    no table names reads as its parts do (:func:`domain.path_labels.case_path_label`)."""
    from domain.path_labels import case_path_label

    key = "/".join(p for p in path.strip("/").split("/") if not p.isdigit())
    label = PATH_LABELS.get(key) or _workflow_path_labels().get(key)
    return Message(label) if label is not None else case_path_label(path)
