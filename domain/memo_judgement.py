"""What the memo says of the judgement (issue 17): the parameters of the
sales estimates with their sources (section 3), the purpose's need test
(section 5), the suggested decision beside the officer's recommendation and
the justification an approval over a decline reason needs (section 10).

Each function returns blocks the memo sections append; the assessment is
read by attribute (``None`` before the case is assessed).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from domain.case import Case
from domain.enums import LoanPurpose
from domain.field_labels import parameter_label
from domain.i18n import Message, tr_noop
from domain.memo import Block, KeyValues, Paragraph, Text
from domain.memo_format import DASH, enum_text, money, t, text
from domain.memo_inputs import get
from domain.money import money_text

_HUNDREDTH = Decimal("0.01")
_TEN_THOUSANDTH = Decimal("0.0001")
_PARAMETERS = ("margin", "cash_share", "unit_price", "usage_per_unit", "stock_days", "export_share")
_SHARES = ("margin", "cash_share", "export_share")


def parameters_block(assessment: Any) -> Block | None:
    """Each parameter of the sales estimates: its value and where it came
    from (the officer with a reason, the case's own figures, the norm)."""
    params = get(assessment, "parameters")
    if params is None:
        return None
    rows: list[tuple[Text, Text]] = []
    for name in _PARAMETERS:
        p = get(params, name)
        if p is None:
            continue
        if name == "unit_price":
            shown = money_text(p.value)  # ¥52.64, as every amount of the memo
        elif name in _SHARES:
            shown = f"{(p.value * 100).quantize(_HUNDREDTH).normalize():f}%"
        else:
            shown = f"{p.value.quantize(_TEN_THOUSANDTH).normalize():f}"  # days, kWh a unit
        rows.append(
            (
                Message(parameter_label(name)),
                Message(tr_noop("{value} ({source})"), {"value": shown, "source": p.source_text}),
            )
        )
    return KeyValues(rows, columns=1) if rows else None


def need_rows(case: Case) -> list[tuple[Text, Text]]:
    """The loan's purpose kind and the figures its need test starts from."""
    loan = case.loan
    kind = enum_text(loan.purpose_kind) if loan.purpose_kind is not None else DASH
    rows: list[tuple[Text, Text]] = [(t(tr_noop("What the loan pays for")), kind)]
    if loan.purpose_kind not in (None, LoanPurpose.WORKING_CAPITAL):
        rows += [
            (t(tr_noop("Documented cost")), money(loan.purpose_cost)),
            (t(tr_noop("Document stating the cost")), text(loan.purpose_document)),
            (t(tr_noop("Own funds put in")), money(loan.own_funds)),
        ]
    return rows


def suggestion_blocks(case: Case, assessment: Any) -> list[Block]:
    """The assessment's suggestion with its reasons, then the justification
    (or that one is missing) when the officer approves over a decline reason."""
    blocks: list[Block] = []
    suggestion = get(assessment, "suggestion")
    if suggestion is not None:
        blocks.append(Paragraph(t(tr_noop("Suggested by the assessment")), style="heading"))
        blocks.append(Paragraph(enum_text(suggestion.decision)))
        for reason in suggestion.reasons:
            blocks.append(Paragraph(Message("· {reason}", {"reason": reason}), style="note"))
    needed = list(get(assessment, "justification_needed", default=()) or ())
    if needed:
        blocks.append(Paragraph(t(tr_noop("Justification of approving")), style="heading"))
        for reason in needed:
            blocks.append(Paragraph(Message("· {reason}", {"reason": reason}), style="note"))
        if case.proposal.justification.strip():
            blocks.append(Paragraph(case.proposal.justification))
        else:
            blocks.append(
                Paragraph(t(tr_noop("No justification has been written.")), style="missing")
            )
    return blocks


def justification_missing(case: Case, assessment: Any) -> Message | None:
    """Why the memo can only be a draft: approval over a decline reason with
    no justification written."""
    needed = list(get(assessment, "justification_needed", default=()) or ())
    if not needed or case.proposal.justification.strip():
        return None
    return Message(tr_noop("Approval over a decline reason needs a written justification."))


__all__ = ["justification_missing", "need_rows", "parameters_block", "suggestion_blocks"]
