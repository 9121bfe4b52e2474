"""Words for any path of the case: the history's field column, the undo menu.

A change is recorded per leaf of the case (``visits/0/officers/1``,
``transactions/12/amount``, ``balance_sheet/deposits/source``). The officer
reads it as the label of the longest part of the path that a stage page or
:data:`domain.field_labels.PATH_LABELS` names, followed by the item number
and the attribute's own label for what lies below: 调查人员第2项,
银行流水第13项·金额, 资产负债表·银行存款·来源. Every attribute of the case
model has a label here (a test walks the model), so no path is ever shown as
it is stored.
"""

from __future__ import annotations

from functools import cache

from domain.i18n import Message, tr_noop

# Paths no stage field and no fraud rule names, by their key (list indexes left out).
SECTION_LABELS: dict[str, str] = {
    "attachments": tr_noop("Attachments"),
    "applicant": tr_noop("Applicant"),
    "business": tr_noop("Business"),
    "business/observation": tr_noop("Observed on site"),
    "business/premises": tr_noop("Premises"),
    "character": tr_noop("Character"),
    "checklist": tr_noop("Officer checklist"),
    "credit_report": tr_noop("Credit report"),
    "dispositions": tr_noop("Fraud flag decisions"),
    "documents": tr_noop("Documents"),
    "income": tr_noop("Income statement"),
    "loan": tr_noop("Loan request"),
    "officer": tr_noop("Officer"),
    "patents": tr_noop("Patents"),
    "proposal": tr_noop("Proposal"),
    "questions": tr_noop("Head office questions"),
    "seals": tr_noop("Seals"),
    "second_officer": tr_noop("Second officer"),
    "stages_finished": tr_noop("Stages finished"),
    "tax": tr_noop("Tax"),
    "visits": tr_noop("Site visits"),
}

# English source labels of the case model's attributes, for the part of a
# path below its longest labelled prefix. ``value`` (a figure's amount) adds
# nothing to the figure's own label.
ATTRIBUTE_LABELS: dict[str, str] = {
    "export_sales": tr_noop("Export sales"),
    "registered_name": tr_noop("Registered name"),
    "registered_code": tr_noop("Registered credit code"),
    "party": tr_noop("Whose seal"),
    "parameter": tr_noop("Parameter"),
    "role": tr_noop("Role"),
    "able_to_work": tr_noop("Able to work"),
    "account": tr_noop("Own account"),
    "account_holder": tr_noop("Account holder"),
    "added_at": tr_noop("Added at"),
    "address": tr_noop("Address"),
    "advance_receipt_days": tr_noop("Days of advance receipts"),
    "advances_received": tr_noop("Advances received"),
    "age": tr_noop("Age"),
    "amount": tr_noop("Amount"),
    "amount_paid": tr_noop("Amount paid"),
    "answer": tr_noop("Answer"),
    "answered_at": tr_noop("Answered at"),
    "application_date": tr_noop("Application date"),
    "appraised_value": tr_noop("Appraised value"),
    "appraiser": tr_noop("Appraiser"),
    "area_m2": tr_noop("Area (m²)"),
    "as_of": tr_noop("Date"),
    "asked_at": tr_noop("Asked at"),
    "asked_by": tr_noop("Asked by"),
    "at": tr_noop("Time"),
    "average_ticket": tr_noop("Average ticket"),
    "balance": tr_noop("Balance"),
    "birth_date": tr_noop("Birth date"),
    "branch": tr_noop("Branch"),
    "business_scope": tr_noop("Business scope"),
    "buyer": tr_noop("Buyer"),
    "by": tr_noop("By"),
    "capacity_per_month": tr_noop("Monthly capacity"),
    "capital_injected": tr_noop("Capital injected"),
    "caption": tr_noop("Caption"),
    "category": tr_noop("Category"),
    "certificate_no": tr_noop("Certificate number"),
    "checked": tr_noop("Checked"),
    "cogs": tr_noop("Cost of goods"),
    "counterparty": tr_noop("Counterparty"),
    "counterparty_account": tr_noop("Counterparty account"),
    "counterparty_uscc": tr_noop("Counterparty's credit code"),
    "created_at": tr_noop("Created at"),
    "credit_cards": tr_noop("Credit cards"),
    "currency": tr_noop("Currency"),
    "customers_per_day": tr_noop("Customers per day"),
    "days_open_per_year": tr_noop("Days open per year"),
    "declaration_no": tr_noop("Declaration number"),
    "delivery_by": tr_noop("Delivery by"),
    "deposits": tr_noop("Bank deposits"),
    "depreciation": tr_noop("Depreciation"),
    "description": tr_noop("Description"),
    "document": tr_noop("Document"),
    "equity_start": tr_noop("Equity at the start"),
    "exif_longitude": tr_noop("Photo position (longitude)"),
    "existing_instalments_business": tr_noop("Existing business instalments"),
    "existing_instalments_personal": tr_noop("Existing personal instalments"),
    "expected_growth": tr_noop("Expected growth"),
    "filename": tr_noop("File name"),
    "fixed_assets": tr_noop("Fixed assets"),
    "fob_value": tr_noop("FOB value"),
    "fx_rate": tr_noop("Exchange rate"),
    "goods": tr_noop("Goods"),
    "gross_margin": tr_noop("Gross margin"),
    "guaranteed_amount": tr_noop("Guaranteed amount"),
    "household": tr_noop("Household members"),
    "household_assets": tr_noop("Household assets"),
    "household_notes": tr_noop("Household notes"),
    "id": tr_noop("Identifier"),
    "item": tr_noop("Item"),
    "kind": tr_noop("Type"),
    "lease_end": tr_noop("Lease end"),
    "lender": tr_noop("Lender"),
    "levy_rate": tr_noop("Levy rate"),
    "long_term_loans": tr_noop("Long-term loans"),
    "machines_running": tr_noop("Machines running"),
    "marital_status": tr_noop("Marital status"),
    "maturity": tr_noop("Maturity"),
    "mime": tr_noop("File type"),
    "month": tr_noop("Month"),
    "monthly_disposable_income": tr_noop("Monthly disposable income"),
    "monthly_income": tr_noop("Monthly income"),
    "monthly_payment": tr_noop("Monthly payment"),
    "monthly_rent": tr_noop("Monthly rent"),
    "months": tr_noop("Months"),
    "name": tr_noop("Name"),
    "net_worth": tr_noop("Net worth"),
    "no_bad_habits": tr_noop("No bad habits"),
    "notes": tr_noop("Notes"),
    "number": tr_noop("Case number"),
    "occupation": tr_noop("Occupation"),
    "off_balance": tr_noop("Off-balance items"),
    "on": tr_noop("Date"),
    "original_seen": tr_noop("Original seen"),
    "other": tr_noop("Other expenses"),
    "other_business_assets": tr_noop("Other business assets"),
    "other_financing": tr_noop("Other financing"),
    "other_liabilities": tr_noop("Other liabilities"),
    "output_vat": tr_noop("Output VAT"),
    "overdue": tr_noop("Overdue"),
    "override_reason": tr_noop("Override reason"),
    "owned": tr_noop("Owned"),
    "owner": tr_noop("Owner"),
    "payable_days": tr_noop("Days payable"),
    "payables": tr_noop("Payables"),
    "period_months": tr_noop("Months of the period"),
    "phone": tr_noop("Phone"),
    "prepaid_rent": tr_noop("Prepaid rent and deposits"),
    "prepayment_days": tr_noop("Days of prepayments"),
    "prepayments": tr_noop("Prepayments"),
    "product": tr_noop("Loan product"),
    "quantity": tr_noop("Quantity"),
    "query_date": tr_noop("Query date"),
    "question": tr_noop("Question"),
    "reason": tr_noop("Reason"),
    "receivable_days": tr_noop("Days receivable"),
    "receivables": tr_noop("Receivables"),
    "received": tr_noop("Received"),
    "reference_sales_override": tr_noop("Reference sales set by the officer"),
    "relation": tr_noop("Relation"),
    "rent": tr_noop("Rent"),
    "repayment_type": tr_noop("Repayment"),
    "revaluation": tr_noop("Revaluation"),
    "risk_class": tr_noop("Risk class"),
    "rule": tr_noop("Fraud flag"),
    "running_observed": tr_noop("Running when seen"),
    "said": tr_noop("What was said"),
    "sales": tr_noop("Sales"),
    "schema_version": tr_noop("Case format version"),
    "season": tr_noop("Season"),
    "sha256": tr_noop("File fingerprint (SHA-256)"),
    "share": tr_noop("Share"),
    "share_of_sales": tr_noop("Share of sales"),
    "signed_on": tr_noop("Signed on"),
    "size": tr_noop("File size (bytes)"),
    "source": tr_noop("Source"),
    "spouse_consent_obtained": tr_noop("Spouse consent obtained"),
    "spouse_consent_required": tr_noop("Spouse consent required"),
    "staff_no": tr_noop("Staff number"),
    "stage": tr_noop("Stage"),
    "start_date": tr_noop("Start date"),
    "status": tr_noop("Status"),
    "tax": tr_noop("Tax"),
    "taxpayer_type": tr_noop("Taxpayer type"),
    "terms": tr_noop("Payment terms"),
    "title": tr_noop("Title"),
    "transport": tr_noop("Transport"),
    "unit": tr_noop("Unit"),
    "unit_price": tr_noop("Unit price"),
    "updated_at": tr_noop("Updated at"),
    "uscc": tr_noop("Unified social credit code"),
    "utilities": tr_noop("Utilities"),
    "uuid": tr_noop("Case identifier"),
    "value": "",
    "vat_paid": tr_noop("VAT paid"),
    "vat_rate": tr_noop("VAT rate"),
    "verified_sales_override": tr_noop("Verified sales set by the officer"),
    "version": tr_noop("Case version"),
    "wages": tr_noop("Wages"),
    "who": tr_noop("Who"),
    "willing_to_work": tr_noop("Willing to work"),
    "withdrawals": tr_noop("Withdrawals"),
    "years": tr_noop("Years of business together"),
}

# Dict-valued attributes whose keys are months (``business/season_of_month/3``).
_MONTH_KEYS = frozenset({"season_of_month"})

ITEM = tr_noop("{field} no. {n}")
PART = tr_noop("{field} · {part}")
MONTH = tr_noop("{field}, month {month}")


@cache
def _named() -> dict[str, str]:
    """Labels by key (a path without list indexes): the fraud rules' paths,
    then the stage fields', then this module's sections."""
    from domain.field_labels import PATH_LABELS
    from domain.workflow import STAGES

    out = dict(PATH_LABELS)
    for key, label in SECTION_LABELS.items():
        out.setdefault(key, label)
    for stage in STAGES:
        for spec in stage.fields:
            key = "/".join(p for p in spec.path.split("/") if not p.isdigit())
            out.setdefault(key, spec.label)
            out.setdefault(key.removesuffix("/value"), spec.label)
    return out


def case_path_label(path: str) -> Message | str:
    """The words for a case path (``/contracts/1/quantity``, ``visits/0/officers/1``);
    a path with a part no table names is shown as it is."""
    parts = [p for p in path.strip("/").split("/") if p]
    named = _named()
    start, label = 0, None
    for end in range(len(parts), 0, -1):
        if parts[end - 1].isdigit():
            continue
        key = "/".join(p for p in parts[:end] if not p.isdigit())
        if key in named:
            start, label = end, named[key]
            break
    out: Message | None = Message(label) if label else None
    for i in range(start, len(parts)):
        part = parts[i]
        if i > 0 and parts[i - 1] in _MONTH_KEYS and out is not None:
            out = Message(MONTH, {"field": out, "month": part})
        elif part.isdigit():
            if out is None:
                return path
            out = Message(ITEM, {"field": out, "n": int(part) + 1})
        elif part in ATTRIBUTE_LABELS:
            words = ATTRIBUTE_LABELS[part]
            if words:
                out = (
                    Message(words)
                    if out is None
                    else Message(PART, {"field": out, "part": Message(words)})
                )
        else:
            return path
    return out if out is not None else path


__all__ = ["ATTRIBUTE_LABELS", "SECTION_LABELS", "case_path_label"]
