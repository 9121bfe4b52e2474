"""Memo sections 7–11 and the closing page: security, fraud indicators,
pricing, proposal, signatures, fingerprint."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from domain.case import Case, FlagDisposition
from domain.enums import DispositionStatus, Light, Severity, label, shown_label
from domain.fraud.base import source_text
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
from domain.memo_figures import basis, light_cell, not_assessed, source_label
from domain.memo_format import (
    DASH,
    capitals,
    day,
    enum_text,
    light_text,
    mask_id,
    mask_phone,
    minute,
    money,
    number,
    pct,
    risk_text,
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
    assessed = items(sec, "items")  # one line per case.collateral, same order
    g_checks = items(sec, "guarantors")  # one check per case.guarantors, same order
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
                    Cell(pct(dec(a, "ltv")), numeric=True),
                    Cell(pct(dec(a, "cap")), numeric=True),
                    Cell(money(dec(a, "pledgeable")), numeric=True),
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
                    t(tr_noop("Pledgeable value")),
                ],
                rows,
                widths=(1.5, 3, 1.3, 1.7, 1.1, 0.9, 1.7),
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
        for i, g in enumerate(case.guarantors):
            gc = g_checks[i] if i < len(g_checks) else None
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
                    light_cell(get(gc, "light")) if gc is not None else DASH,
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
                    t(tr_noop("Light")),
                ],
                rows,
                widths=(1.2, 2.0, 1.4, 1.0, 1.5, 1.4, 1.5, 1.0, 1.0),
                numeric_columns=frozenset({4, 5, 6}),
                title=t(tr_noop("Guarantors")),
            )
        )
    else:
        blocks.append(Paragraph(t(tr_noop("No guarantor.")), style="note"))
    if sec is None:
        blocks.append(not_assessed())
    else:
        check = get(sec, "check")
        blocks.append(
            KeyValues(
                [
                    (t(tr_noop("Loan")), money(dec(sec, "loan"))),
                    (t(tr_noop("Total appraised value")), money(dec(sec, "total_appraised"))),
                    (t(tr_noop("Overall loan to value")), pct(dec(sec, "ltv"))),
                    (t(tr_noop("Weighted cap")), pct(dec(sec, "weighted_cap"))),
                    (t(tr_noop("Light")), light_text(to_light(get(check, "light")))),
                    (t(tr_noop("Total pledgeable value")), money(dec(sec, "total_pledgeable"))),
                ]
            )
        )
        if check is not None:
            blocks.append(Paragraph(basis(check), style="note"))
    return Section(7, t(tr_noop("Security and guarantors")), blocks)


# ---- section 8 -----------------------------------------------------------------


def _disposition(case: Case, rule: str) -> FlagDisposition | None:
    from domain.fraud.dispositions import disposition_of

    return disposition_of(case, rule)


def _evidence_part(value: Any) -> Text:
    """A value or threshold of evidence: a Message stays translatable."""
    return as_text(value) if value is not None and value != "" else ""


def _evidence_source(value: Any) -> Text:
    """Where evidence came from: known source words and provenance values
    become labels; a path, a check id or a document name stays as it is."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        return as_text(value)
    shown = source_text(value)
    return shown if isinstance(shown, Message) else source_label(value)


def _evidence_text(flag: Any) -> Text:
    parts: list[Message] = []
    for ev in items(flag, "evidence"):
        lbl = str(get(ev, "label", default=""))
        value = _evidence_part(get(ev, "value", default=""))
        source = _evidence_source(get(ev, "source", default=""))
        threshold = _evidence_part(get(ev, "threshold", default=""))
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
            widths=(1.1, 0.9, 3.0, 4.5, 1.9),  # "Severity" whole in English
        ),
    ]
    return Section(8, t(tr_noop("Fraud-indicator results")), blocks)


# ---- sections 9–11 -------------------------------------------------------------


def lpr_is_stale(as_of: date, printed: date, months: int) -> bool:
    """Whether the LPR published ``as_of`` is more than ``months`` months older
    than the print date (2025-05-20 is stale from 2025-11-21 at six months)."""
    age = (printed.year - as_of.year) * 12 + printed.month - as_of.month
    return age > months or (age == months and printed.day > as_of.day)


def _lpr_blocks(pack: Any, pr: Any, print_time: datetime | None) -> tuple[list[Any], list[Block]]:
    """The LPR rows (from the rule pack, else the assessment) and, when it is
    older than the pack allows at the print date, a warning."""
    inputs = get(pack, "pricing")
    lpr = dec(inputs, "lpr_one_year") if inputs is not None else dec(pr, "lpr")
    as_of = get(inputs, "lpr_as_of") if inputs is not None else get(pr, "lpr_as_of")
    months = int(get(inputs, "lpr_stale_after_months", default=6))
    rows = [(t(tr_noop("1-year LPR")), pct(lpr, 2)), (t(tr_noop("LPR as of")), day(as_of))]
    warning: list[Block] = []
    if (
        isinstance(as_of, date)
        and print_time is not None
        and lpr_is_stale(as_of, print_time.date(), months)
    ):
        warning.append(
            Paragraph(
                t(
                    tr_noop(
                        "The rule pack's LPR is from {as_of}, more than {months} months "
                        "before this print ({printed}): check the LPR now in force before "
                        "relying on the price."
                    ),
                    as_of=day(as_of),
                    months=months,
                    printed=day(print_time.date()),
                ),
                style="missing",
            )
        )
    return rows, warning


def pricing_section(
    case: Case, assessment: Any, pack: Any = None, print_time: datetime | None = None
) -> Section:
    """Cost-plus rate shown as LPR + spread, next to the proposed rate. The LPR
    and its date come from the rule pack (the assessment's without one); the
    section warns when the LPR is older than the pack allows at ``print_time``."""
    pr = get(assessment, "pricing")
    prop = case.proposal
    proposed = (t(tr_noop("Proposed annual rate")), pct(prop.annual_rate, 2))
    title = t(tr_noop("Pricing"))
    lpr_rows, warning = _lpr_blocks(pack, pr, print_time)
    if pr is None:
        rows_only: list[tuple[Text, Text]] = (
            [*lpr_rows, proposed] if pack is not None else [proposed]
        )
        return Section(9, title, [*warning, KeyValues(rows_only), not_assessed()])
    spread = get(pr, "spread_bp")
    rows: list[tuple[Text, Text]] = [
        *lpr_rows,
        (t(tr_noop("Spread (basis points)")), DASH if spread is None else f"{int(spread):+d}"),
        (t(tr_noop("Cost-plus rate")), pct(dec(pr, "rate"), 2)),
        (t(tr_noop("Funding cost × (1 − k)")), pct(dec(pr, "funding_part"), 3)),
        (t(tr_noop("Operating cost")), pct(dec(pr, "operating_cost"), 3)),
        (t(tr_noop("Expected loss (PD × LGD)")), pct(dec(pr, "expected_loss"), 3)),
        (t(tr_noop("Capital charge (k × target return)")), pct(dec(pr, "capital_charge"), 3)),
        (t(tr_noop("Risk class")), risk_text(get(pr, "risk_class", default=prop.risk_class))),
        proposed,
    ]
    blocks: list[Block] = [*warning, KeyValues(rows)]  # the warning first: before the price
    arithmetic = get(pr, "arithmetic")
    if arithmetic is not None:
        blocks.append(Paragraph(as_text(arithmetic), style="note"))
    return Section(9, title, blocks)


def proposal_section(case: Case, assessment: Any = None) -> Section:
    from domain.memo_judgement import suggestion_blocks

    prop = case.proposal
    blocks: list[Block] = [
        KeyValues(
            [
                (t(tr_noop("Recommendation")), enum_text(prop.recommendation)),
                (t(tr_noop("Risk class")), risk_text(prop.risk_class)),
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
            blocks.append(
                Paragraph(t(tr_noop("{n}. {condition}"), n=i, condition=shown_label(cond)))
            )
    blocks.append(Paragraph(t(tr_noop("Officer's opinion")), style="heading"))
    blocks.append(Paragraph(text(prop.opinion)))
    blocks += suggestion_blocks(case, assessment)
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
