"""Memo sections 7–11 and the closing page: security, fraud indicators,
pricing, proposal, signatures, fingerprint."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from domain.case import Case, FlagDisposition
from domain.enums import DispositionStatus, Light, Severity, label
from domain.i18n import Message, tr_noop
from domain.memo import (
    Block,
    Cell,
    KeyValues,
    Paragraph,
    PrintMeta,
    Section,
    Signatures,
    Table,
    Text,
    lines,
)
from domain.memo_figures import light_cell, not_assessed
from domain.memo_format import (
    DASH,
    capitals,
    enum_text,
    mask_id,
    mask_phone,
    minute,
    money,
    number,
    pct,
    t,
    text,
    to_light,
    yes_no,
)
from domain.memo_inputs import as_text, dec, get, items

_SEVERITY_LIGHT = {Severity.RED: Light.RED, Severity.AMBER: Light.AMBER, Severity.INFO: None}


# ---- section 7 -----------------------------------------------------------------


def security_section(case: Case, assessment: Any) -> Section:
    sec = get(assessment, "security")
    assessed = items(sec, "collateral", "items", "collaterals")
    blocks: list[Block] = []
    if case.collateral:
        rows: list[list[Cell | Text]] = []
        for i, c in enumerate(case.collateral):
            a = assessed[i] if i < len(assessed) else None
            rows.append(
                [
                    enum_text(c.kind),
                    text(c.description),
                    text(c.owner),
                    Cell(money(c.appraised_value), numeric=True),
                    Cell(pct(dec(a, "ltv", "loan_to_value")), numeric=True),
                    Cell(pct(dec(a, "cap", "pledge_rate_cap", "max_ltv")), numeric=True),
                    light_cell(get(a, "light")) if a is not None else DASH,
                ]
            )
        blocks.append(
            Table(
                [
                    t(tr_noop("Type")),
                    t(tr_noop("Description")),
                    t(tr_noop("Owner")),
                    t(tr_noop("Appraised value")),
                    t(tr_noop("Loan to value")),
                    t(tr_noop("Cap")),
                    t(tr_noop("Light")),
                ],
                rows,
                widths=(1.5, 3, 1.4, 1.8, 1.2, 0.9, 1.1),
                numeric_columns=frozenset({3, 4, 5}),
                title=t(tr_noop("Collateral")),
            )
        )
        consents = [c for c in case.collateral if c.spouse_consent_required]
        if consents:
            blocks.append(
                KeyValues(
                    [
                        (
                            t(tr_noop("Spouse consent obtained")),
                            yes_no(all(c.spouse_consent_obtained for c in consents)),
                        )
                    ]
                )
            )
    else:
        blocks.append(Paragraph(t(tr_noop("No collateral: credit loan.")), style="note"))
    if case.guarantors:
        rows = []
        for g in case.guarantors:
            two_and_one = [g.willing_to_work, g.able_to_work, g.no_bad_habits]
            rows.append(
                [
                    text(g.name),
                    mask_id(g.id_number) if g.id_number else DASH,
                    mask_phone(g.phone) if g.phone else DASH,
                    text(g.relation),
                    Cell(money(g.net_worth), numeric=True),
                    Cell(money(g.monthly_disposable_income), numeric=True),
                    Cell(money(g.guaranteed_amount), numeric=True),
                    yes_no(None if None in two_and_one else all(two_and_one)),
                ]
            )
        blocks.append(
            Table(
                [
                    t(tr_noop("Guarantor")),
                    t(tr_noop("ID number")),
                    t(tr_noop("Mobile")),
                    t(tr_noop("Relation")),
                    t(tr_noop("Net worth")),
                    t(tr_noop("Monthly disposable")),
                    t(tr_noop("Guaranteed amount")),
                    t(tr_noop("Two haves, one have-not")),
                ],
                rows,
                widths=(1.3, 2.1, 1.5, 1.1, 1.5, 1.4, 1.5, 1.1),
                numeric_columns=frozenset({4, 5, 6}),
                title=t(tr_noop("Guarantors")),
            )
        )
    else:
        blocks.append(Paragraph(t(tr_noop("No guarantor.")), style="note"))
    if sec is None:
        blocks.append(not_assessed())
    else:
        ltv_total = dec(sec, "ltv", "loan_to_value", "total_ltv")
        if ltv_total is not None:
            blocks.append(KeyValues([(t(tr_noop("Overall loan to value")), pct(ltv_total))]))
    return Section(7, t(tr_noop("Security and guarantors")), blocks)


# ---- section 8 -----------------------------------------------------------------


def _disposition(case: Case, rule: str) -> FlagDisposition | None:
    found = [d for d in case.dispositions if d.rule == rule]
    return found[-1] if found else None


def _evidence_text(flag: Any) -> Text:
    parts: list[Message] = []
    for ev in items(flag, "evidence"):
        lbl = str(get(ev, "label", default=""))
        value = str(get(ev, "value", default=""))
        source = str(get(ev, "source", default=""))
        threshold = str(get(ev, "threshold", default=""))
        params = {"label": Message(lbl), "value": value, "source": source, "threshold": threshold}
        if source and threshold:
            parts.append(Message(tr_noop("{label}: {value} ({source}; limit {threshold})"), params))
        elif source:
            parts.append(Message(tr_noop("{label}: {value} ({source})"), params))
        elif threshold:
            parts.append(Message(tr_noop("{label}: {value} (limit {threshold})"), params))
        else:
            parts.append(Message(tr_noop("{label}: {value}"), params))
    if not parts:
        return DASH
    return lines(parts)


def flags_section(case: Case, flags: Sequence[Any]) -> Section:
    if not flags:
        body: list[Block] = [
            Paragraph(t(tr_noop("No fraud indicator fired for this case.")), style="note")
        ]
        return Section(8, t(tr_noop("Fraud-indicator results")), body)
    rank = {"red": 0, "amber": 1, "info": 2}
    ordered = sorted(
        flags, key=lambda f: (rank.get(str(get(f, "severity")), 3), str(get(f, "rule")))
    )
    rows: list[list[Cell | Text]] = []
    pending_red = 0
    for f in ordered:
        rule = str(get(f, "rule", default=""))
        sev = str(get(f, "severity", default=""))
        d = _disposition(case, rule)
        status = d.status if d is not None else DispositionStatus.PENDING
        if sev == "red" and status is DispositionStatus.PENDING:
            pending_red += 1
        decision_parts: list[Message] = [Message(label(status))]
        if d is not None and d.reason:
            decision_parts.append(t(tr_noop("Reason: {reason}"), reason=d.reason))
        if d is not None and d.by:
            decision_parts.append(t(tr_noop("By {who}, {when}"), who=d.by, when=minute(d.at)))
        if d is not None and d.override_reason:
            decision_parts.append(t(tr_noop("Override: {reason}"), reason=d.override_reason))
        try:
            light = _SEVERITY_LIGHT[Severity(sev)]
        except ValueError:
            light = None
        rows.append(
            [
                Message(label(str(get(f, "category", default="")))),
                Cell(Message(label(sev)), light=light),
                as_text(get(f, "message")),
                _evidence_text(f),
                lines(decision_parts),
            ]
        )
    blocks: list[Block] = [
        KeyValues(
            [
                (t(tr_noop("Flags")), str(len(flags))),
                (t(tr_noop("Red flags pending")), str(pending_red)),
            ]
        ),
        Table(
            [
                t(tr_noop("Category")),
                t(tr_noop("Severity")),
                t(tr_noop("Finding")),
                t(tr_noop("Evidence")),
                t(tr_noop("Disposition")),
            ],
            rows,
            widths=(1.4, 0.9, 3.3, 3.0, 2.4),
        ),
    ]
    return Section(8, t(tr_noop("Fraud-indicator results")), blocks)


# ---- sections 9–11 -------------------------------------------------------------


def pricing_section(case: Case, assessment: Any) -> Section:
    pr = get(assessment, "pricing")
    prop = case.proposal
    rows: list[tuple[Text, Text]] = [
        (t(tr_noop("Proposed annual rate")), pct(prop.annual_rate, 2)),
    ]
    if pr is None:
        return Section(9, t(tr_noop("Pricing")), [KeyValues(rows), not_assessed()])
    spread = dec(pr, "spread_bp", "spread_bps")
    rows = [
        (t(tr_noop("1-year LPR")), pct(dec(pr, "lpr", "lpr_1y"), 2)),
        (t(tr_noop("Spread (basis points)")), number(spread)),
        (t(tr_noop("Cost-plus rate")), pct(dec(pr, "rate", "cost_plus_rate", "price"), 2)),
        (t(tr_noop("Funding cost")), pct(dec(pr, "funding_cost"), 2)),
        (t(tr_noop("Operating cost")), pct(dec(pr, "operating_cost"), 2)),
        (t(tr_noop("Expected loss (PD × LGD)")), pct(dec(pr, "expected_loss"), 2)),
        *rows,
    ]
    arithmetic = get(pr, "arithmetic")
    blocks: list[Block] = [KeyValues(rows)]
    if arithmetic:
        blocks.append(Paragraph(str(arithmetic), style="note"))
    return Section(9, t(tr_noop("Pricing")), blocks)


def proposal_section(case: Case) -> Section:
    prop = case.proposal
    blocks: list[Block] = [
        KeyValues(
            [
                (t(tr_noop("Recommendation")), enum_text(prop.recommendation)),
                (t(tr_noop("Risk class")), enum_text(prop.risk_class)),
                (t(tr_noop("Amount proposed")), money(prop.amount)),
                (t(tr_noop("In capitals")), capitals(prop.amount)),
                (t(tr_noop("Term (months)")), number(prop.term_months)),
                (t(tr_noop("Annual rate")), pct(prop.annual_rate, 2)),
                (t(tr_noop("Repayment")), enum_text(prop.repayment_type)),
            ],
            columns=1,
        )
    ]
    if prop.conditions:
        blocks.append(Paragraph(t(tr_noop("Conditions")), style="heading"))
        for i, cond in enumerate(prop.conditions, start=1):
            blocks.append(Paragraph(f"{i}. {cond}"))
    blocks.append(Paragraph(t(tr_noop("Officer's opinion")), style="heading"))
    blocks.append(Paragraph(text(prop.opinion)))
    return Section(10, t(tr_noop("Conclusion and conditions")), blocks)


def signatures_section(case: Case) -> Section:
    return Section(
        11,
        t(tr_noop("Signatures")),
        [
            Signatures(
                [
                    (t(tr_noop("Officer")), case.officer.name),
                    (t(tr_noop("Second officer")), case.second_officer.name),
                ]
            )
        ],
    )


def closing_section(
    case: Case, assessment: Any, meta: PrintMeta, fingerprint: str, printed_at: str
) -> Section:
    pack_id = meta.rule_pack_id or str(get(assessment, "rule_pack_id", default="")) or DASH
    pack_version = meta.rule_pack_version or str(get(assessment, "rule_pack_version", default=""))
    rows: list[tuple[Text, Text]] = [
        (t(tr_noop("Case")), f"{case.number} · {case.uuid}"),
        (t(tr_noop("Case version")), str(case.version)),
        (t(tr_noop("Case fingerprint (SHA-256)")), fingerprint),
        (t(tr_noop("Rule pack")), f"{pack_id} {pack_version}".strip()),
        (t(tr_noop("Application version")), meta.app_version or DASH),
        (t(tr_noop("Printed at")), printed_at),
    ]
    return Section(None, t(tr_noop("Document record")), [KeyValues(rows, columns=1)])


_ = (Decimal, to_light)
