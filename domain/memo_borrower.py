"""Memo cover and sections 0–2: investigation log, borrower, operations."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from domain.case import Case, Counterparty, Visit
from domain.enums import MARITAL_STATUSES, label
from domain.i18n import Message, listing, tr_noop
from domain.memo import (
    Block,
    Cell,
    KeyValues,
    MemoTexts,
    Paragraph,
    PrintMeta,
    Section,
    Signatures,
    Table,
    Text,
)
from domain.memo_format import (
    DASH,
    capitals,
    day,
    enum_text,
    mask_account,
    mask_id,
    mask_phone,
    minute,
    money,
    number,
    pct,
    t,
    text,
    yes_no,
)

LANGUAGE_NAMES = {"zh_CN": "简体中文", "en_US": "English"}
"""Each language by its own name (the code is for machines)."""


def marital_text(value: str) -> Text:
    """A known marital status (:data:`domain.enums.MARITAL_STATUSES`) as a
    translated label; free text as typed."""
    key = value.strip().lower()
    return t(label(key)) if key in MARITAL_STATUSES else text(value)


def officer_text(name: str, staff_no: str) -> str:
    if not name:
        return DASH
    return f"{name} ({staff_no})" if staff_no else name


def cover_section(
    case: Case,
    meta: PrintMeta,
    texts: MemoTexts,
    printed_at: str,
    draft_reason: Message | None = None,
) -> Section:
    app = case.applicant
    prop = case.proposal
    rows: list[tuple[Text, Text]] = [
        (t(tr_noop("Case number")), text(case.number)),
        (t(tr_noop("Borrower")), text(case.display_name)),
        (t(tr_noop("Owner / legal representative")), text(app.owner.name)),
        (t(tr_noop("ID number")), mask_id(app.owner.id_number) if app.owner.id_number else DASH),
        (t(tr_noop("Loan product")), text(case.product)),
        (t(tr_noop("Branch")), text(case.branch)),
        (t(tr_noop("Amount requested")), money(case.loan.amount)),
        (t(tr_noop("Amount requested in capitals")), capitals(case.loan.amount)),
        (t(tr_noop("Term requested (months)")), number(case.loan.term_months)),
        (t(tr_noop("Amount proposed")), money(prop.amount)),
        (t(tr_noop("Amount proposed in capitals")), capitals(prop.amount)),
        (t(tr_noop("Term proposed (months)")), number(prop.term_months)),
        (t(tr_noop("Recommendation")), enum_text(prop.recommendation)),
        (t(tr_noop("Officer")), officer_text(case.officer.name, case.officer.staff_no)),
        (
            t(tr_noop("Second officer")),
            officer_text(case.second_officer.name, case.second_officer.staff_no),
        ),
        (t(tr_noop("Memo language")), LANGUAGE_NAMES.get(meta.language, meta.language)),
        (t(tr_noop("Printed at")), printed_at),
    ]
    blocks: list[Block] = []
    if draft_reason is not None:
        blocks.append(
            Paragraph(t(tr_noop("DRAFT, not for approval: {why}"), why=draft_reason), style="draft")
        )
    blocks += [
        KeyValues(rows, columns=1),
        Paragraph(t(tr_noop("Officer's declaration")), style="heading"),
        Paragraph(Message(texts.declaration), style="declaration"),
        Signatures([(t(tr_noop("Officer")), case.officer.name)]),
    ]
    return Section(None, t(tr_noop("Credit investigation report")), blocks)


def _visit_order(visit: Visit) -> tuple[bool, datetime | None]:
    """Visits by the clock time they started (a time typed on the page has no
    offset, one from a case file may have one: both read as local time)."""
    start = visit.started_at
    return start is None, None if start is None else start.replace(tzinfo=None)


def visits_section(case: Case) -> Section:
    blocks: list[Block] = []
    if not case.visits:
        blocks.append(Paragraph(t(tr_noop("No visit recorded.")), style="missing"))
    else:
        rows: list[list[Cell | Text]] = []
        for v in sorted(case.visits, key=_visit_order):
            when = minute(v.started_at)
            if v.ended_at is not None:
                when += "–" + v.ended_at.strftime("%H:%M")
            rows.append(
                [
                    when,
                    text(v.place),
                    listing(v.officers) or DASH,
                    listing(v.persons_met) or DASH,
                    yes_no(v.unannounced),
                    text(v.notes),
                ]
            )
        blocks.append(
            Table(
                [
                    t(tr_noop("Time")),
                    t(tr_noop("Place")),
                    t(tr_noop("Officers")),
                    t(tr_noop("Persons met")),
                    t(tr_noop("Unannounced")),
                    t(tr_noop("Notes")),
                ],
                rows,
                widths=(2.7, 2.2, 1.5, 1.6, 1.4, 2.6),  # "Unannounced" whole in English
            )
        )
    photos = [a for a in case.attachments if a.kind == "photo"]
    blocks.append(
        KeyValues(
            [
                (t(tr_noop("Photos attached")), str(len(photos))),
                (t(tr_noop("Other attachments")), str(len(case.attachments) - len(photos))),
            ]
        )
    )
    return Section(0, t(tr_noop("Investigation log")), blocks)


def borrower_section(case: Case) -> Section:
    app = case.applicant
    owner = app.owner
    rows: list[tuple[Text, Text]] = [
        (t(tr_noop("Applicant type")), enum_text(app.kind)),
        (t(tr_noop("Registered name")), text(app.registered_name)),
        (t(tr_noop("Unified social credit code")), text(app.uscc)),
        (t(tr_noop("Registration date")), day(app.registration_date)),
        (t(tr_noop("Business scope")), text(app.business_scope)),
        (t(tr_noop("Registered address")), text(app.registered_address)),
        (t(tr_noop("Owner")), text(owner.name)),
        (t(tr_noop("ID number")), mask_id(owner.id_number) if owner.id_number else DASH),
        (t(tr_noop("Date of birth")), day(owner.birth_date)),
        (t(tr_noop("Mobile")), mask_phone(owner.phone) if owner.phone else DASH),
        (t(tr_noop("Home address")), text(owner.address)),
        (t(tr_noop("Marital status")), marital_text(app.marital_status)),
    ]
    if app.spouse is not None:
        sp = app.spouse
        rows += [
            (t(tr_noop("Spouse")), text(sp.name)),
            (t(tr_noop("Spouse ID number")), mask_id(sp.id_number) if sp.id_number else DASH),
            (t(tr_noop("Spouse occupation")), text(sp.occupation)),
            (t(tr_noop("Spouse mobile")), mask_phone(sp.phone) if sp.phone else DASH),
        ]
    if owner.bank_account:
        rows.append((t(tr_noop("Settlement account")), mask_account(owner.bank_account)))
    blocks: list[Block] = [KeyValues(rows)]
    if app.household:
        blocks.append(
            Table(
                [
                    t(tr_noop("Household member")),
                    t(tr_noop("Relation")),
                    t(tr_noop("Age")),
                    t(tr_noop("Occupation")),
                    t(tr_noop("Monthly income")),
                ],
                [
                    [
                        text(m.name),
                        text(m.relation),
                        number(m.age),
                        text(m.occupation),
                        Cell(money(m.monthly_income), numeric=True),
                    ]
                    for m in app.household
                ],
                widths=(2, 1.5, 1, 2.5, 2),
                numeric_columns=frozenset({2, 4}),
            )
        )
    if app.household_notes:
        blocks.append(Paragraph(app.household_notes))
    ch = case.character
    blocks.append(Paragraph(t(tr_noop("Character (two haves, one have-not)")), style="heading"))
    blocks.append(
        KeyValues(
            [
                (t(tr_noop("Willing to work")), yes_no(ch.willing_to_work)),
                (t(tr_noop("Able to work")), yes_no(ch.able_to_work)),
                (t(tr_noop("No bad habits")), yes_no(ch.no_bad_habits)),
                (t(tr_noop("Bad habits noted")), text(ch.bad_habits)),
            ]
        )
    )
    if ch.family_notes:
        blocks.append(Paragraph(ch.family_notes))
    if ch.inquiries:
        blocks.append(
            Table(
                [
                    t(tr_noop("Asked")),
                    t(tr_noop("Relation")),
                    t(tr_noop("Date")),
                    t(tr_noop("What was said")),
                ],
                [[text(q.who), text(q.relation), day(q.on), text(q.said)] for q in ch.inquiries],
                widths=(1.6, 1.6, 1.4, 5.4),
                title=t(tr_noop("Side inquiries")),
            )
        )
    return Section(1, t(tr_noop("Borrower and household")), blocks)


def _counterparty_table(title: Text, parties: list[Counterparty]) -> Block:
    if not parties:
        return Paragraph(t(tr_noop("{what}: none recorded."), what=title), style="missing")
    return Table(
        [
            t(tr_noop("Name")),
            t(tr_noop("Share")),
            t(tr_noop("Terms")),
            t(tr_noop("Years")),
            t(tr_noop("Mobile")),
        ],
        [
            [
                text(p.name),
                Cell(pct(p.share), numeric=True),
                text(p.terms),
                Cell(number(p.years), numeric=True),
                mask_phone(p.phone) if p.phone else DASH,
            ]
            for p in parties
        ],
        widths=(4, 1.2, 2.2, 1, 1.8),
        numeric_columns=frozenset({1, 3}),
        title=title,
    )


def operations_section(case: Case, industry_name: str = "") -> Section:
    b = case.business
    pr = b.premises
    owned: Text = (
        DASH if pr.owned is None else (t(tr_noop("Owned")) if pr.owned else t(tr_noop("Rented")))
    )
    blocks: list[Block] = [
        KeyValues(
            [
                (t(tr_noop("Industry")), industry_name or text(b.industry)),
                (t(tr_noop("Years operating (claimed)")), number(b.years_operating_claimed)),
                (t(tr_noop("Premises")), text(pr.address)),
                (t(tr_noop("Owned or rented")), owned),
                (t(tr_noop("Area (m²)")), number(pr.area_m2, 1)),
                (t(tr_noop("Monthly rent")), money(pr.monthly_rent)),
                (t(tr_noop("Lease ends")), day(pr.lease_end)),
                (t(tr_noop("Staff claimed")), number(b.staff_claimed)),
                (t(tr_noop("Staff with social insurance")), number(b.staff_social_insurance)),
                (t(tr_noop("Staff observed")), number(b.staff_observed)),
                (t(tr_noop("Monthly payroll")), money(b.payroll_monthly)),
                (t(tr_noop("Exporter")), yes_no(b.exporter)),
            ]
        )
    ]
    if b.description:
        blocks.append(Paragraph(b.description))
    if b.products:
        blocks.append(
            Table(
                [
                    t(tr_noop("Product")),
                    t(tr_noop("Share of sales")),
                    t(tr_noop("Unit")),
                    t(tr_noop("Unit price")),
                    t(tr_noop("Gross margin")),
                ],
                [
                    [
                        text(p.name),
                        Cell(pct(p.share_of_sales), numeric=True),
                        text(p.unit),
                        Cell(money(p.unit_price), numeric=True),
                        Cell(pct(p.gross_margin), numeric=True),
                    ]
                    for p in b.products
                ],
                widths=(4, 1.6, 1.2, 1.6, 1.6),
                numeric_columns=frozenset({1, 3, 4}),
                title=t(tr_noop("Products")),
            )
        )
    blocks.append(_counterparty_table(t(tr_noop("Main suppliers")), b.suppliers))
    blocks.append(_counterparty_table(t(tr_noop("Main customers")), b.customers))
    if b.equipment:
        blocks.append(
            Table(
                [
                    t(tr_noop("Equipment")),
                    t(tr_noop("Quantity")),
                    t(tr_noop("Capacity per month")),
                    t(tr_noop("Running when observed")),
                ],
                [
                    [
                        text(e.name),
                        Cell(number(e.quantity), numeric=True),
                        Cell(number(e.capacity_per_month), numeric=True),
                        Cell(number(e.running_observed), numeric=True),
                    ]
                    for e in b.equipment
                ],
                widths=(4, 1.5, 2, 2),
                numeric_columns=frozenset({1, 2, 3}),
                title=t(tr_noop("Equipment")),
            )
        )
    if case.meters:
        meters = sorted(case.meters, key=lambda m: (m.kind, m.month))
        blocks.append(
            Table(
                [
                    t(tr_noop("Meter")),
                    t(tr_noop("Month")),
                    t(tr_noop("Quantity (kWh / m³)")),
                    t(tr_noop("Amount paid")),
                    t(tr_noop("Account holder")),
                ],
                [
                    [
                        enum_text(m.kind),
                        m.month,
                        Cell(number(m.quantity), numeric=True),
                        Cell(money(m.amount_paid), numeric=True),
                        text(m.account_holder),
                    ]
                    for m in meters
                ],
                widths=(1.4, 1.3, 2, 2, 3),
                numeric_columns=frozenset({2, 3}),
                title=t(tr_noop("Meter readings")),
            )
        )
    obs = b.observation
    blocks.append(Paragraph(t(tr_noop("Seen on site")), style="heading"))
    blocks.append(
        KeyValues(
            [
                (t(tr_noop("Customers per day")), number(obs.customers_per_day)),
                (t(tr_noop("Average ticket")), money(obs.average_ticket)),
                (t(tr_noop("Days open per year")), number(obs.days_open_per_year)),
                (t(tr_noop("Machines running")), number(obs.machines_running)),
                (
                    t(tr_noop("Source")),
                    Message(tr_noop("Observed")) if obs.notes or obs.customers_per_day else DASH,
                ),
            ]
        )
    )
    if obs.notes:
        blocks.append(Paragraph(obs.notes))
    if case.customs:
        total = Decimal(0)
        for c in case.customs:
            if c.fob_value is not None and c.fx_rate is not None:
                total += c.fob_value * c.fx_rate
        blocks.append(
            KeyValues(
                [
                    (t(tr_noop("Customs declarations")), str(len(case.customs))),
                    (t(tr_noop("FOB value in CNY")), money(total if total else None)),
                ]
            )
        )
    return Section(2, t(tr_noop("Operations")), blocks)
