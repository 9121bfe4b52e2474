"""What the credit memo (授信调查报告) says, as a tree of plain blocks.

DOMAIN.md §7: a cover, then sections 0–11. This module decides the content:
which figures, in which order, with their provenance, masked where personal
data is concerned. How it looks is the renderer's business
(``storage.memo_pdf``). Labels are English source strings wrapped in
:class:`~domain.i18n.Message` so the renderer translates them through the
``translate`` function it is given; plain ``str`` is data (names, amounts) and
is printed as is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from domain.case import Case
from domain.enums import Light
from domain.errors import DomainError
from domain.i18n import CONTEXT, Message, Translate, identity_translate, tr_noop

Text = str | Message
"""Printed text: ``Message`` is translated, ``str`` is data printed as is."""


@dataclass(frozen=True)
class Cell:
    """A table cell. ``light`` colours the cell (cross-check lights, severities)."""

    text: Text
    light: Light | None = None
    numeric: bool = False  # right-aligned figure


@dataclass(frozen=True)
class Paragraph:
    text: Text
    style: str = "body"  # body / note / declaration / missing


@dataclass(frozen=True)
class KeyValues:
    """Label–value pairs laid out in ``columns`` pairs per row."""

    rows: Sequence[tuple[Text, Text]]
    columns: int = 2


@dataclass(frozen=True)
class Table:
    """A table with a header row; the last ``total_rows`` rows are totals."""

    header: Sequence[Text]
    rows: Sequence[Sequence[Cell | Text]]
    widths: Sequence[float] = ()  # relative column widths; empty = equal
    numeric_columns: frozenset[int] = frozenset()
    total_rows: int = 0
    title: Text | None = None


@dataclass(frozen=True)
class ChartBar:
    label: Text
    value: Decimal
    light: Light


@dataclass(frozen=True)
class SalesChart:
    """Bar chart of the annual-sales estimates against the reference S_ref,
    with the green (±``green_band``) and amber (±``amber_band``) tolerance
    bands drawn around the reference. Bands are fractions of the reference."""

    title: Text
    bars: Sequence[ChartBar]
    reference: Decimal
    green_band: Decimal = Decimal("0.10")
    amber_band: Decimal = Decimal("0.20")


@dataclass(frozen=True)
class Signatures:
    """Signature lines: (role, name) of each signer, each with a date line."""

    signers: Sequence[tuple[Text, str]]


Block = Paragraph | KeyValues | Table | SalesChart | Signatures


@dataclass(frozen=True)
class Section:
    """A numbered section (``number`` None for the cover and the closing page)."""

    number: int | None
    title: Text
    blocks: Sequence[Block]
    new_page: bool = False


@dataclass(frozen=True)
class PrintMeta:
    """Who prints, when, in which language, with which rule pack."""

    print_time: datetime
    language: str = "zh_CN"  # zh_CN / en_US
    printed_by: str = ""  # defaults to the case officer
    rule_pack_id: str = ""
    rule_pack_version: str = ""
    app_version: str = ""
    draft: bool = False  # a draft: printed at any stage, marked DRAFT on the cover and pages
    draft_reason: Message | None = None  # why it is only a draft (else the pending red flags)


@dataclass(frozen=True)
class Memo:
    """The whole memo: running-header data, cover, sections 0–11, closing page."""

    case_number: str
    officer: str
    printed_at: str  # print time as printed (ISO-like, minutes)
    print_time: datetime
    language: str
    title: Text
    cover: Section
    sections: Sequence[Section]
    closing: Section
    fingerprint: str
    watermark: Text
    draft_reason: Text | None = None  # why this print is only a draft


class MemoBlocked(DomainError):
    """The memo may not be printed for approval: red flags are pending without
    an override reason (``domain.fraud.dispositions.can_finalise``)."""


@dataclass(frozen=True)
class MemoTexts:
    """Long text blocks of the memo (English source; ``resources/memo/texts.toml``)."""

    declaration: str = tr_noop(
        "I declare that I visited the applicant's business and home in person, "
        "that the figures in this report were gathered and checked by me as stated, "
        "and that to the best of my knowledge the facts reported are true, complete "
        "and not misleading."
    )
    intros: Mapping[str, str] = field(default_factory=dict)  # section number → text


def build_memo(
    case: Case,
    meta: PrintMeta,
    *,
    assessment: Any | None = None,
    flags: Sequence[Any] | None = None,
    pack: Any | None = None,
    texts: MemoTexts | None = None,
) -> Memo:
    """Build the memo content of ``case``.

    ``assessment`` is the result of ``domain.assessment.assess`` (``None`` when
    the case has not been assessed: the figure sections then say so).
    ``flags`` are the fraud flags (default: ``assessment.flags``); their
    dispositions come from ``case.dispositions``. ``pack`` (the
    ``RulePack``) gives the sales tolerance bands of the chart and the pack id
    when ``meta`` does not name it. ``texts`` are the long text blocks
    (``storage.memo_texts``); the built-in English applies without them.
    """
    from domain import memo_borrower, memo_capacity, memo_figures, memo_risk
    from domain.fraud.dispositions import can_finalise
    from domain.memo_inputs import dec, get
    from domain.serialization import fingerprint

    if flags is None:
        flags = list(getattr(assessment, "flags", None) or [])
    ok, why = can_finalise(case, list(flags))
    if ok:  # approval over a decline reason needs its justification written
        from domain.memo_judgement import justification_missing

        missing = justification_missing(case, assessment)
        if missing is not None:
            ok, why = False, missing
    if not ok and not meta.draft:
        raise MemoBlocked(why, field="dispositions")
    # A draft is marked as such whatever made it one: red flags pending, or the
    # officer printing before the lifecycle allows the final memo.
    draft_why: Message | None = None
    if not ok:
        draft_why = why
    elif meta.draft:
        draft_why = meta.draft_reason or Message(tr_noop("printed as a draft on request"))
    band = get(get(pack, "thresholds"), "sales_deviation")
    green, amber = dec(band, "amber"), dec(band, "red")
    bands = (green, amber) if green is not None and amber is not None else None
    if pack is not None and not meta.rule_pack_id:
        meta = replace(
            meta,
            rule_pack_id=str(get(pack, "id", default="")),
            rule_pack_version=str(get(pack, "version", default="")),
        )
    texts = texts or MemoTexts()
    officer = meta.printed_by or case.officer.name
    printed_at = meta.print_time.strftime("%Y-%m-%d %H:%M")
    fp = fingerprint(case)
    sections: list[Section] = [
        memo_borrower.visits_section(case),
        memo_borrower.borrower_section(case),
        memo_borrower.operations_section(case, _industry_name(case, pack, meta.language)),
        memo_figures.statements_section(case, assessment, bands or memo_figures.DEFAULT_BANDS),
        memo_capacity.credit_section(case),
        memo_capacity.purpose_section(case, assessment),
        memo_capacity.repayment_section(case, assessment),
        memo_risk.security_section(case, assessment),
        memo_risk.flags_section(case, flags),
        memo_risk.pricing_section(case, assessment, pack, meta.print_time),
        memo_risk.proposal_section(case, assessment),
        memo_risk.signatures_section(case),
    ]
    sections = [_with_intro(s, texts) for s in sections]
    return Memo(
        case_number=case.number,
        officer=officer,
        printed_at=printed_at,
        print_time=meta.print_time,
        language=meta.language,
        title=Message(tr_noop("Credit investigation report")),
        cover=memo_borrower.cover_section(case, meta, texts, printed_at, draft_why),
        sections=sections,
        closing=memo_risk.closing_section(case, assessment, meta, fp, printed_at),
        fingerprint=fp,
        watermark=(
            Message(tr_noop("DRAFT {who} {when}"), {"who": officer, "when": printed_at})
            if draft_why is not None
            else f"{officer} {printed_at}".strip()
        ),
        draft_reason=draft_why,
    )


def _industry_name(case: Case, pack: Any, language: str) -> str:
    """The industry's name from the rule pack, in the memo's language."""
    from domain.memo_inputs import get

    norms = get(pack, "industries")
    norm = norms.get(case.business.industry) if isinstance(norms, Mapping) else None
    name = get(norm, "name_zh" if language == "zh_CN" else "name_en")
    return str(name) if name else ""


def resolve(value: Text, translate: Translate = identity_translate) -> str:
    """The printed string of ``value``: a Message is translated, then its
    parameters (themselves resolved when they are Messages; a list of them is
    joined one per line) are substituted."""
    if isinstance(value, str):
        return value
    template = translate(CONTEXT, value.msg_id)
    params = {k: _resolve_param(v, translate) for k, v in value.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def _resolve_param(value: Any, translate: Translate) -> Any:
    if isinstance(value, Message):
        return resolve(value, translate)
    if isinstance(value, list | tuple):
        return "\n".join(str(_resolve_param(v, translate)) for v in value)
    return value


def lines(parts: Sequence[Text]) -> Message:
    """Several texts printed one per line in the same cell."""
    return Message(LINES, {"lines": list(parts)})


LINES = "{lines}"


def joined(parts: Sequence[Text], sep: str = ", ") -> Message:
    """Several texts on one line, separated by ``sep``."""
    template = sep.join(f"{{p{i}}}" for i in range(len(parts)))
    return Message(template, {f"p{i}": p for i, p in enumerate(parts)})


def _with_intro(section: Section, texts: MemoTexts) -> Section:
    intro = texts.intros.get(str(section.number), "")
    if not intro:
        return section
    blocks: list[Block] = [Paragraph(Message(intro), style="note"), *section.blocks]
    return Section(section.number, section.title, blocks, section.new_page)


__all__ = [
    "Block",
    "Cell",
    "ChartBar",
    "KeyValues",
    "Memo",
    "MemoTexts",
    "Paragraph",
    "PrintMeta",
    "SalesChart",
    "Section",
    "Signatures",
    "Table",
    "Text",
    "build_memo",
    "joined",
    "lines",
    "resolve",
]
