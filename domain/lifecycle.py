"""The life of a case: its statuses, the moves between them, and what each needs.

::

    草稿 draft ──start──▶ 调查中 in_field ──complete──▶ 已分析 analysed
        │                    ▲                              │ print
        └──────complete──────┼─────────▶                    ▼
                             └────reopen──── 报告已打印 memo_printed ──export──▶ 已导出 exported
                                                                                  │ return
                             export (every question answered) ◀── 已退回 returned ◀┘
    any status ──archive──▶ 已归档 archived

Every move is one function here (:func:`start`, :func:`complete`,
:func:`reopen`, :func:`record_print`, :func:`record_export`,
:func:`record_return`, :func:`archive`). It checks the move's guard, sets
``case.status`` and returns a :class:`StatusChange` whose ``reason`` the
caller saves with the case, so that the status change and its reason are one
audit entry. No other module assigns a case's status
(``tests/test_architecture.py`` checks that); the UI, the command line and
storage call these functions. ``docs/DOMAIN.md`` ("Case lifecycle") explains
the guards in words.

A guard answers with :class:`Blocker` s: each says what stands in the way and
where to fix it (a stage, a field path, a fraud rule), so that the editor can
show the next step and link to the place. :func:`blockers` asks without
moving.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from domain.audit_reasons import (
    COMPLETED,
    EXPORTED,
    MEMO_PRINTED,
    REOPENED,
    RETURNED_BY,
    STARTED,
    audit_text,
)
from domain.enums import CASE_STATUS_ORDER, CaseStatus
from domain.errors import DomainError
from domain.i18n import Message, tr_noop
from domain.invalid_values import InvalidValue, invalid_values
from domain.workflow import DEFAULT_APPLICABILITY, Applicability, completeness, stages_for

if TYPE_CHECKING:
    from domain.case import Case
    from domain.fraud.base import FraudFlag


class Move(StrEnum):
    START = "start"  # the investigation has begun: a stage is finished
    COMPLETE = "complete"  # 完成调查: every stage done, nothing invalid, red flags handled
    REOPEN = "reopen"  # back to 调查中 to change an analysed case (a reason is required)
    PRINT = "print"  # the final memo is printed
    EXPORT = "export"  # the package for head office is written
    RETURN = "return"  # head office sent the case back with questions
    ARCHIVE = "archive"  # out of the list; never deleted


#: Where each move may start from, and where it leads.
FROM: dict[Move, frozenset[CaseStatus]] = {
    Move.START: frozenset({CaseStatus.DRAFT}),
    Move.COMPLETE: frozenset({CaseStatus.DRAFT, CaseStatus.IN_FIELD}),
    Move.REOPEN: frozenset({CaseStatus.ANALYSED, CaseStatus.MEMO_PRINTED}),
    Move.PRINT: frozenset({CaseStatus.ANALYSED}),
    Move.EXPORT: frozenset({CaseStatus.MEMO_PRINTED, CaseStatus.RETURNED}),
    Move.RETURN: frozenset({CaseStatus.EXPORTED, CaseStatus.RETURNED}),
    Move.ARCHIVE: frozenset(set(CaseStatus) - {CaseStatus.ARCHIVED}),
}
TO: dict[Move, CaseStatus] = {
    Move.START: CaseStatus.IN_FIELD,
    Move.COMPLETE: CaseStatus.ANALYSED,
    Move.REOPEN: CaseStatus.IN_FIELD,
    Move.PRINT: CaseStatus.MEMO_PRINTED,
    Move.EXPORT: CaseStatus.EXPORTED,
    Move.RETURN: CaseStatus.RETURNED,
    Move.ARCHIVE: CaseStatus.ARCHIVED,
}

#: The statuses in the order of the method (the case list sorts by it).
ORDER: tuple[CaseStatus, ...] = CASE_STATUS_ORDER

#: Statuses in which the officer edits the case. In the others the case is
#: fixed: analysed and printed cases are reopened first (:func:`reopen`),
#: exported ones come back only through head office's return.
EDITABLE: frozenset[CaseStatus] = frozenset(
    {CaseStatus.DRAFT, CaseStatus.IN_FIELD, CaseStatus.RETURNED}
)

#: Statuses from which a final memo may be printed again (a reprint keeps the status).
REPRINTABLE: frozenset[CaseStatus] = frozenset(
    {CaseStatus.MEMO_PRINTED, CaseStatus.EXPORTED, CaseStatus.RETURNED}
)


@dataclass(frozen=True)
class Blocker:
    """One thing that stands in the way of a move, and where to fix it."""

    message: Message
    stage: str = ""  # the stage that holds the problem ("" when none does)
    path: str = ""  # the field to focus, as the workflow names fields
    rule: str = ""  # a fraud rule id, when a flag is the problem


@dataclass(frozen=True)
class StatusChange:
    """A move made: the caller saves the case with ``reason`` (one audit entry)."""

    move: Move
    old: CaseStatus
    new: CaseStatus
    reason: str


class MoveRefused(DomainError):
    """The move is not possible now; ``blockers`` say why and where."""

    def __init__(self, move: Move, blockers: Sequence[Blocker]) -> None:
        first = blockers[0].message if blockers else Message(tr_noop("This step is not possible."))
        super().__init__(first)
        self.move = move
        self.blockers = tuple(blockers)


@dataclass(frozen=True)
class Facts:
    """What the guards need besides the case: the current assessment (its
    flags, and whether approving needs a written justification), today's
    date and which fields apply to which business."""

    flags: Sequence[FraudFlag] = ()
    today: date = field(default_factory=date.today)
    rules: Applicability = DEFAULT_APPLICABILITY
    assessment: Any = None

    @classmethod
    def of(
        cls, assessment: Any, today: date, rules: Applicability = DEFAULT_APPLICABILITY
    ) -> Facts:
        """The facts of an assessment (``None``: not assessed, no flags known)."""
        flags = list(getattr(assessment, "flags", None) or [])
        return cls(flags=flags, today=today, rules=rules, assessment=assessment)


def next_move(case: Case) -> Move | None:
    """The officer's next step from the case's status (``None``: nothing to do
    but wait for head office, or the case is archived)."""
    status = case.status
    if status in (CaseStatus.DRAFT, CaseStatus.IN_FIELD):
        return Move.COMPLETE
    if status == CaseStatus.ANALYSED:
        return Move.PRINT
    if status in (CaseStatus.MEMO_PRINTED, CaseStatus.RETURNED):
        return Move.EXPORT
    return None


def blockers(case: Case, move: Move, facts: Facts) -> list[Blocker]:
    """What stands in the way of ``move`` now (empty: the move is possible)."""
    if case.status not in FROM[move]:
        return [_wrong_status(case, move)]
    if move == Move.COMPLETE:
        return [*_unfinished_stages(case, facts), *_settled(case, facts)]
    if move == Move.PRINT:
        return _settled(case, facts)
    if move == Move.EXPORT:
        out = []
        if case.status == CaseStatus.RETURNED:
            out += _unanswered(case)
            out += _unfinished_stages(case, facts)
        return [*out, *_settled(case, facts)]
    return []


def _settled(case: Case, facts: Facts) -> list[Blocker]:
    """What every move past 调查中 needs: no invalid value, every red flag
    decided, and a written justification where approving needs one."""
    return [*_invalid(case, facts), *_red_flags(case, facts), *_justification(case, facts)]


def explain(found: Sequence[Blocker]) -> Message:
    """The blockers as one list (``、`` between them in Chinese)."""
    from domain.i18n import listing

    joined = listing([b.message for b in found])
    return joined if isinstance(joined, Message) else Message(tr_noop("This step is not possible."))


def final_memo_blockers(case: Case, facts: Facts) -> list[Blocker]:
    """Why the final memo may not be printed now (a draft always may)."""
    if case.status in REPRINTABLE:
        return _settled(case, facts)
    if case.status in FROM[Move.COMPLETE]:
        first = Blocker(
            Message(tr_noop("The final memo is printed once the investigation is completed."))
        )
        return [first, *blockers(case, Move.COMPLETE, facts)]
    return blockers(case, Move.PRINT, facts)


# ---------------------------------------------------------------- the moves


def start(case: Case) -> StatusChange | None:
    """草稿 → 调查中 when the first stage is finished; ``None`` if already past."""
    if case.status != CaseStatus.DRAFT:
        return None
    return _move(case, Move.START, audit_text(STARTED))


def complete(case: Case, facts: Facts) -> StatusChange:
    """完成调查: 调查中 (or 草稿) → 已分析. Every stage finished, no invalid
    value, every red flag confirmed, dismissed or overridden."""
    _guard(case, Move.COMPLETE, facts)
    return _move(case, Move.COMPLETE, audit_text(COMPLETED))


def reopen(case: Case, reason: str) -> StatusChange:
    """已分析 or 报告已打印 → 调查中, to change the case; the printed memo no
    longer stands, so it is printed again after the next 完成调查."""
    if case.status not in FROM[Move.REOPEN]:
        raise MoveRefused(Move.REOPEN, [_wrong_status(case, Move.REOPEN)])
    if not reason.strip():
        raise MoveRefused(
            Move.REOPEN, [Blocker(Message(tr_noop("Write down why the case is reopened.")))]
        )
    return _move(case, Move.REOPEN, audit_text(REOPENED, reason=reason.strip()))


def record_print(case: Case, facts: Facts, file_name: str) -> StatusChange | None:
    """The final memo was printed: 已分析 → 报告已打印. A reprint of a case
    already past that point changes nothing (``None``)."""
    if case.status in REPRINTABLE:
        found = _settled(case, facts)
        if found:
            raise MoveRefused(Move.PRINT, found)
        return None
    _guard(case, Move.PRINT, facts)
    return _move(case, Move.PRINT, audit_text(MEMO_PRINTED, file=file_name))


def record_export(case: Case, facts: Facts, file_name: str) -> StatusChange:
    """The package was written: 报告已打印 (or 已退回, every question answered) → 已导出."""
    _guard(case, Move.EXPORT, facts)
    return _move(case, Move.EXPORT, audit_text(EXPORTED, file=file_name))


def answer(case: Case, number: int, text: str, at: datetime) -> None:
    """The officer's answer to head office's question ``number`` (1, 2, …), dated."""
    question = case.questions[number - 1]
    question.answer = text.strip()
    question.answered_at = at if question.answer else None


def may_export(case: Case, facts: Facts) -> list[Blocker]:
    """Why the case may not be (re)exported now. An exported case may be
    written again unchanged (the same version: head office ignores it)."""
    if case.status == CaseStatus.EXPORTED:
        return _settled(case, facts)
    return blockers(case, Move.EXPORT, facts)


def record_return(case: Case, *, reviewer: str, comment: str) -> StatusChange:
    """Head office returned the case with questions: 已导出 → 已退回."""
    if case.status not in FROM[Move.RETURN]:
        raise MoveRefused(Move.RETURN, [_wrong_status(case, Move.RETURN)])
    return _move(case, Move.RETURN, audit_text(RETURNED_BY, reviewer=reviewer, comment=comment))


def archive(case: Case, reason: str) -> StatusChange:
    """Any status → 已归档. The reason is the caller's (an unexported case needs one)."""
    if case.status not in FROM[Move.ARCHIVE]:
        raise MoveRefused(Move.ARCHIVE, [_wrong_status(case, Move.ARCHIVE)])
    return _move(case, Move.ARCHIVE, reason)


#: What a new case takes from a case file: the investigation's data. Identity,
#: status, stages, the officer's decisions, head office's questions and the
#: attachments (whose bytes a file does not hold) start afresh.
_FRESH_FIELDS = frozenset(
    {
        "uuid",
        "number",
        "version",
        "schema_version",
        "status",
        "branch",
        "officer",
        "created_at",
        "updated_at",
        "attachments",
        "dispositions",
        "checklist",
        "questions",
        "stages_finished",
    }
)


def new_case_from(template: Case) -> Case:
    """A new 草稿 case holding the investigation data of ``template`` (a case
    file): it starts its life here, like a case created in the editor."""
    import dataclasses

    from domain.case import Case as CaseClass

    fresh = CaseClass()
    for f in dataclasses.fields(CaseClass):
        if f.name not in _FRESH_FIELDS:
            setattr(fresh, f.name, getattr(template, f.name))
    return fresh


def seed_status(case: Case, status: CaseStatus) -> None:
    """Put a generated case (demo, synthetic bench data) straight into
    ``status``, as if its moves had been made. For data generators only: an
    officer's case always moves through the functions above."""
    case.status = status


# ---------------------------------------------------------------- guards


def _move(case: Case, move: Move, reason: str) -> StatusChange:
    old = case.status
    case.status = TO[move]
    return StatusChange(move, old, case.status, reason)


def _guard(case: Case, move: Move, facts: Facts) -> None:
    found = blockers(case, move, facts)
    if found:
        raise MoveRefused(move, found)


def _wrong_status(case: Case, move: Move) -> Blocker:
    return Blocker(
        Message(
            tr_noop("Not possible while the case is {status}."),
            {"status": Message(_status_label(case.status))},
        )
    )


def _status_label(status: CaseStatus) -> str:
    from domain.enums import label

    return label(status)


def _unfinished_stages(case: Case, facts: Facts) -> list[Blocker]:
    status = completeness(case, facts.rules)
    out = []
    for stage in stages_for(case, facts.rules):
        st = status[stage.id]
        if st.complete and stage.id in case.stages_finished:
            continue
        out.append(
            Blocker(
                Message(tr_noop("Stage {stage} is not finished."), {"stage": Message(stage.title)}),
                stage=stage.id,
            )
        )
    return out


def invalid_message(value: InvalidValue) -> Message:
    """An invalid value named by its field's label: ``证件号码：校验位应为 2``."""
    from domain.field_labels import path_label

    return Message(
        tr_noop("{field}: {problem}"), {"field": path_label(value.path), "problem": value.message}
    )


def _invalid(case: Case, facts: Facts) -> list[Blocker]:
    return [
        Blocker(
            invalid_message(value),
            stage=stage_of(case, value.path, facts.rules),
            path=value.path,
        )
        for value in invalid_values(case, facts.today, facts.rules.bounds)
    ]


def _red_flags(case: Case, facts: Facts) -> list[Blocker]:
    from domain.fraud.dispositions import blocking_flags
    from domain.fraud.titles import rule_title

    return [
        Blocker(
            Message(
                tr_noop(
                    "Red flag {rule} is pending: confirm or dismiss it, or record an override."
                ),
                {"rule": rule_title(flag.rule)},
            ),
            stage="verification",
            rule=flag.rule,
        )
        for flag in blocking_flags(case, facts.flags)
    ]


def _justification(case: Case, facts: Facts) -> list[Blocker]:
    """Approving over a decline reason (a confirmed red flag, an instalment
    above the limit, a failed equity test) needs the officer's written
    justification (docs/DOMAIN.md, "The judgement")."""
    if facts.assessment is None:
        return []
    from domain.memo_judgement import justification_missing

    missing = justification_missing(case, facts.assessment)
    if missing is None:
        return []
    return [Blocker(missing, stage="conclusion", path="proposal/justification")]


def _unanswered(case: Case) -> list[Blocker]:
    return [
        Blocker(
            Message(tr_noop("Head office's question {n} has no answer yet."), {"n": str(i + 1)}),
            stage="conclusion",
            path=f"questions/{i}/answer",
        )
        for i, q in enumerate(case.questions)
        if not q.answer.strip()
    ]


def stage_of(case: Case, path: str, rules: Applicability = DEFAULT_APPLICABILITY) -> str:
    """The stage whose fields hold ``path`` or its nearest parent ('' if none)."""
    parts = path.strip("/").split("/")
    for stage in stages_for(case, rules):
        for spec in stage.fields:
            spec_parts = spec.path.split("/")
            if _same_field(spec_parts, parts):
                return stage.id
    return _STAGE_OF_ROOT.get(parts[0], "")


def _same_field(spec: list[str], path: list[str]) -> bool:
    """``visits/0/ended_at`` is the field ``visits/0/ended_at``; ``guarantors/1/id_number``
    belongs to the field ``guarantors``."""
    if len(spec) > len(path):
        return False
    return all(a == b or (a.isdigit() and b.isdigit()) for a, b in zip(spec, path, strict=False))


#: Where a value lives when no workflow field names it (people's details the
#: officer reaches from a stage's tables or the applicant form).
_STAGE_OF_ROOT = {
    "applicant": "visit",
    "visits": "visit",
    "character": "character",
    "credit_report": "character",
    "guarantors": "security",
    "collateral": "security",
    "balance_sheet": "statements",
    "income": "statements",
    "questions": "conclusion",
}


__all__ = [
    "EDITABLE",
    "FROM",
    "ORDER",
    "TO",
    "Blocker",
    "Facts",
    "Move",
    "MoveRefused",
    "StatusChange",
    "answer",
    "archive",
    "blockers",
    "complete",
    "explain",
    "final_memo_blockers",
    "invalid_message",
    "may_export",
    "new_case_from",
    "next_move",
    "record_export",
    "record_print",
    "record_return",
    "reopen",
    "seed_status",
    "stage_of",
    "start",
]
