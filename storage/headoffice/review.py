"""A reviewer's decision on a case in the portfolio, and the reply it sends.

Decisions (DOMAIN.md §6): approve, approve with changes, return with
questions, decline. Each is stored in ``ho_review`` with the comment and the
case version it concerns. A return also writes a signed reply file for the
officer's workstation (:func:`storage.headoffice.replies.write_reply`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, select

from domain.errors import DomainError
from domain.i18n import Message, tr_noop
from domain.ports import Actor
from storage.case_store import SqlCaseStore
from storage.headoffice.db import HeadOfficeUnitOfWork
from storage.headoffice.officers import require_officer
from storage.headoffice.replies import write_reply
from storage.headoffice.tables import case_meta, review
from storage.keys import KeyPairs

APPROVE = "approve"
APPROVE_WITH_CHANGES = "approve_with_changes"
RETURN = "return"
DECLINE = "decline"
DECISIONS = (APPROVE, APPROVE_WITH_CHANGES, RETURN, DECLINE)


class ReviewRefused(DomainError):
    """The decision cannot be recorded as given; the message says why."""


@dataclass(frozen=True)
class ReviewResult:
    case_uuid: str
    case_number: str
    case_version: int
    decision: str
    reply: Path | None


@dataclass(frozen=True)
class StoredReview:
    case_version: int
    decision: str
    comment: str
    questions: list[str]
    reviewer: str
    at: datetime
    reply_file: str


def _refuse(text: str, **params: object) -> ReviewRefused:
    return ReviewRefused(Message(text, dict(params)))


def record_review(
    engine: Engine,
    case_id: str,
    decision: str,
    comment: str,
    reviewer: Actor,
    *,
    questions: tuple[str, ...] = (),
    keys: KeyPairs | None = None,
    out_dir: Path | None = None,
    now: datetime | None = None,
) -> ReviewResult:
    """Record ``decision`` on the case (UUID or number).

    A return needs at least one question, head office's ``keys`` (to sign) and
    ``out_dir`` (where the reply file goes); the reply is written before the
    decision is stored, and a failure stores nothing. Raises
    :class:`ReviewRefused`, KeyError (no such case) or ``HeadOfficeDbError``.
    """
    if decision not in DECISIONS:
        raise _refuse(
            tr_noop("Unknown decision {decision}: use one of {choices}."),
            decision=decision,
            choices=", ".join(DECISIONS),
        )
    asked = tuple(q.strip() for q in questions if q.strip())
    if decision == RETURN and not asked:
        raise _refuse(tr_noop("A case is returned with at least one question (--question)."))
    if decision != RETURN and asked:
        raise _refuse(tr_noop("Questions go with a return; this decision is {decision}."),
                      decision=decision)  # fmt: skip
    stamp = now or datetime.now().astimezone()
    case = SqlCaseStore(engine).load(case_id)
    who = f"{reviewer.name} ({reviewer.staff_no})" if reviewer.staff_no else reviewer.name
    reply: Path | None = None
    if decision == RETURN:
        if keys is None or out_dir is None:
            raise _refuse(tr_noop("A return needs head office's key file and an output folder."))
        with HeadOfficeUnitOfWork(engine) as uow:
            sender = uow.session.execute(
                select(case_meta.c.sender_fingerprint).where(case_meta.c.case_uuid == case.uuid)
            ).scalar_one_or_none()
        if sender is None:
            raise _refuse(
                tr_noop("Case {number} did not come in as a package: no workstation to reply to."),
                number=case.number,
            )
        officer = require_officer(engine, str(sender))
        reply = write_reply(
            out_dir,
            case,
            decision=decision,
            comment=comment,
            questions=asked,
            reviewer=who,
            keys=keys,
            recipient=officer.enrolment,
            now=stamp,
        )
    try:
        with HeadOfficeUnitOfWork(engine, lock_cases=(case.uuid,)) as uow:
            uow.session.execute(
                review.insert().values(
                    case_uuid=case.uuid,
                    case_version=case.version,
                    decision=decision,
                    comment=comment,
                    questions=json.dumps(list(asked), ensure_ascii=False),
                    reviewer=who,
                    at=stamp,
                    reply_file=reply.name if reply is not None else "",
                )
            )
            uow.commit()
    except BaseException:
        if reply is not None:
            reply.unlink(missing_ok=True)  # no reply without its recorded decision
        raise
    return ReviewResult(case.uuid, case.number, case.version, decision, reply)


def reviews_of(engine: Engine, case_uuid: str) -> list[StoredReview]:
    """Every decision on the case, oldest first."""
    with HeadOfficeUnitOfWork(engine) as uow:
        rows = uow.session.execute(
            select(review).where(review.c.case_uuid == case_uuid).order_by(review.c.id)
        ).all()
    return [
        StoredReview(
            r.case_version,
            r.decision,
            r.comment,
            list(json.loads(r.questions)),
            r.reviewer,
            r.at,
            r.reply_file,
        )
        for r in rows
    ]
