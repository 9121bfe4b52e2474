"""``SqlCaseStore``: the workspace's cases in the encrypted database.

Implements :class:`domain.ports.CaseStore`. Each case is one ``case_row``
holding the canonical JSON of the whole case plus the columns the case list
shows, sorts and filters by. Every save compares the new case with the stored
one and writes one audit entry per changed leaf (``applicant/owner/phone``) in
the same transaction as the case itself.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import col, select

from domain.audit_reasons import ATTACHED, audit_text
from domain.case import Attachment, Case
from domain.i18n import Message, tr_noop
from domain.ports import Actor, AuditEntry, CaseFilter, CaseSummary, SaveResult
from domain.serialization import case_from_dict, case_to_dict
from storage.audit import (
    GENESIS_HASH,
    ChainAppender,
    VerifyResult,
    changed_leaves,
    load_chain,
    state_hash_of,
    verify_chain,
)
from storage.case_import import ImportResult, import_into
from storage.case_list import SORT_KEYS, CaseListQuery, escape_like, fen_to_amount
from storage.case_rows import (
    CaseConflict,
    actor_text,
    amount_to_fen,
    case_row_for,
    search_text,
)
from storage.db import UnitOfWork, translate_db_error
from storage.matching_index import CaseMatch, matches_for, refresh_identifiers
from storage.tables import AccessRow, AttachmentRow, AuditRow, CaseRow, CaseSequenceRow

Clock = Callable[[], datetime]


def local_now() -> datetime:
    """Now, aware, in the computer's time zone (case numbers use the local date)."""
    return datetime.now().astimezone()


@dataclass(frozen=True)
class AccessRecord:
    """One line of a case's access log."""

    at: datetime
    actor: str
    action: str  # open / print / export / …


class _ListCursor:
    """``with _ListCursor(engine, db_path) as cursor``: a DB-API cursor on a
    pooled connection, returned to the pool afterwards."""

    def __init__(self, engine: Engine, db_path: Path | None) -> None:
        self._engine = engine
        self._db_path = db_path
        self._conn: Any = None

    def __enter__(self) -> Any:
        try:
            self._conn = self._engine.raw_connection()
            return self._conn.cursor()
        except Exception as exc:
            self._leave()
            named = translate_db_error(exc, self._db_path)
            if named is None:
                raise
            raise named from exc

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        self._leave()
        if isinstance(exc, Exception):
            named = translate_db_error(exc, self._db_path)
            if named is not None:
                raise named from exc

    def _leave(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class AmbiguousCaseNumber(LookupError):
    """A case number that names more than one case: ask for the UUID."""

    def __init__(self, number: str, uuids: tuple[str, ...]) -> None:
        super().__init__(number)
        self.number = number
        self.uuids = uuids
        self.message = Message(
            tr_noop("Case number {number} names {count} cases ({uuids}): give the UUID."),
            {"number": number, "count": len(uuids), "uuids": ", ".join(uuids)},
        )


class SqlCaseStore:
    """The cases of one workspace. Thread-safe as far as the engine is; one
    unit of work per call."""

    def __init__(
        self,
        engine: Engine,
        *,
        db_path: Path | None = None,
        default_branch: str = "",
        clock: Clock = local_now,
    ) -> None:
        self._engine = engine
        self._db_path = db_path
        self._default_branch = default_branch
        self._clock = clock
        self._list = CaseListQuery(engine.dialect.name)

    def _uow(self, write: bool = False) -> UnitOfWork:
        return UnitOfWork(self._engine, self._db_path, write=write)

    # ------------------------------------------------------------- the list

    def _list_cursor(self) -> Any:
        """A DB-API cursor on a pooled connection (``storage.case_list`` speaks
        plain SQL); driver errors a person can act on leave as named errors."""
        return _ListCursor(self._engine, self._db_path)

    def count(self, flt: CaseFilter = CaseFilter()) -> int:  # noqa: B008 (frozen)
        with self._list_cursor() as cursor:
            return self._list.count(cursor, flt)

    def summaries(
        self,
        flt: CaseFilter = CaseFilter(),  # noqa: B008 (frozen)
        offset: int = 0,
        limit: int = 500,
        order_by: str = "updated_at",
        descending: bool = True,
        label_order: Sequence[str] = (),
    ) -> list[CaseSummary]:
        """One page of the case list. ``order_by`` is one of :data:`SORT_KEYS`;
        ties are broken by case number so that pages do not overlap."""
        with self._list_cursor() as cursor:
            return self._list.summaries(
                cursor, flt, offset, limit, order_by, descending, label_order
            )

    # ------------------------------------------------------------ one case

    def _row(self, uow: UnitOfWork, case_id: str) -> CaseRow:
        """By UUID, else by case number. A number shared by several cases (at
        head office, two officers' workstations may hand out the same one)
        raises :class:`AmbiguousCaseNumber` rather than picking one."""
        row = uow.session.get(CaseRow, case_id)
        if row is not None:
            return row
        rows = uow.session.exec(
            select(CaseRow).where(col(CaseRow.number) == case_id).order_by(col(CaseRow.uuid))
        ).all()
        if not rows:
            raise KeyError(case_id)
        if len(rows) > 1:
            raise AmbiguousCaseNumber(case_id, tuple(r.uuid for r in rows))
        return rows[0]

    def load(self, case_id: str) -> Case:
        """By UUID or case number; raises KeyError when absent."""
        with self._uow() as uow:
            payload = self._row(uow, case_id).payload
        return case_from_dict(json.loads(payload))

    def _number_allocator(self, uow: UnitOfWork, now: datetime) -> Callable[[str], str]:
        """Hands out ``BRANCH-YYYYMMDD-NNNN`` numbers for ``now``'s date, skipping
        numbers already taken (e.g. by an imported case); the counters are
        written back to ``case_sequence`` at the next flush."""
        day = now.strftime("%Y%m%d")
        counters: dict[str, CaseSequenceRow] = {}
        taken: dict[str, set[str]] = {}

        def allocate(branch: str) -> str:
            if branch not in counters:
                row = uow.session.get(CaseSequenceRow, (branch, day))
                counters[branch] = row or CaseSequenceRow(branch=branch, day=day, last=0)
                prefix = f"{branch}-{day}-"
                taken[branch] = set(
                    uow.session.exec(
                        select(CaseRow.number).where(
                            col(CaseRow.number).like(f"{escape_like(prefix)}%", escape="\\")
                        )
                    ).all()
                )
            counter = counters[branch]
            while True:
                counter.last += 1
                number = f"{branch}-{day}-{counter.last:04d}"
                if number not in taken[branch]:
                    break
            taken[branch].add(number)
            uow.session.add(counter)
            return number

        return allocate

    def create(
        self, case: Case, actor: Actor, *, progress: int = 0, red: int = 0, amber: int = 0
    ) -> Case:
        """Store a new case as version 1 and return it.

        Gives it a case number ``BRANCH-YYYYMMDD-NNNN`` (local date) unless it
        has one; the branch is the case's, else the workspace's, else the
        actor's. ``case`` itself is updated (number, branch, version, times)
        once the transaction has committed.
        """
        return self.create_many([case], actor, progress=progress, red=red, amber=amber)[0]

    def create_many(
        self,
        cases: Sequence[Case],
        actor: Actor,
        *,
        progress: int = 0,
        red: int = 0,
        amber: int = 0,
    ) -> list[Case]:
        """Like :meth:`create` for several cases in one transaction (all or none)."""
        now = self._clock()
        stored_cases: list[Case] = []
        entries: list[AuditRow] = []
        with self._uow(write=True) as uow:
            allocate = self._number_allocator(uow, now)
            for case in cases:
                stored = replace(case, version=1, created_at=case.created_at or now, updated_at=now)
                if not stored.branch:
                    stored.branch = self._default_branch or actor.branch
                if not stored.number:
                    stored.number = allocate(stored.branch or "0000")
                row = case_row_for(stored, progress, red, amber)
                # A new case has no chain yet (a reused UUID fails on the key).
                chain = ChainAppender(None, stored.uuid, 0, GENESIS_HASH)
                entries.append(
                    chain.append(
                        at=now,
                        actor=actor_text(actor),
                        action="create",
                        state=state_hash_of(row.payload),
                        new=stored.number,
                    )
                )
                row.audit_head = chain.last_hash
                uow.session.add(row)
                stored_cases.append(stored)
            uow.session.flush()  # the cases first: the log's rows point at them
            uow.session.add_all(entries)
            refresh_identifiers(uow.session, stored_cases)
            uow.commit()
        for case, stored in zip(cases, stored_cases, strict=True):
            case.number, case.branch, case.version = stored.number, stored.branch, 1
            case.created_at, case.updated_at = stored.created_at, now
        return list(cases)

    def save(
        self,
        case: Case,
        actor: Actor,
        reason: str = "",
        *,
        progress: int | None = None,
        red: int | None = None,
        amber: int | None = None,
    ) -> SaveResult:
        """Save the whole case: version + 1 and one audit entry per changed field.

        ``case.version`` must be the stored version (else :class:`CaseConflict`).
        Nothing changed → nothing written and the version stays. ``progress``,
        ``red`` and ``amber`` (computed elsewhere) update the list columns
        without counting as an edit. On success ``case.version`` and
        ``case.updated_at`` are updated in place.
        """
        now = self._clock()
        with self._uow(write=True) as uow:
            row = self._row(uow, case.uuid)
            if row.version != case.version:
                raise CaseConflict(
                    Message(
                        tr_noop(
                            "Case {number} was changed elsewhere (version {stored}); "
                            "reload it before saving."
                        ),
                        {"number": row.number, "stored": row.version},
                    )
                )
            new_data = case_to_dict(case)
            changes = changed_leaves(json.loads(row.payload), new_data)
            metrics = {"progress": progress, "red": red, "amber": amber}
            for name, value in metrics.items():
                if value is not None:
                    setattr(row, name, value)
            if not changes:
                if any(v is not None for v in metrics.values()):
                    uow.session.add(row)
                    uow.commit()
                return SaveResult(version=row.version, saved_at=row.updated_at, changes=[])
            version = row.version + 1
            stored = replace(case, version=version, updated_at=now)
            fresh = case_row_for(stored, row.progress, row.red, row.amber)
            for attr in (
                "version",
                "status",
                "name",
                "sort_name",
                "industry",
                "amount_fen",
                "updated_at",
            ):
                setattr(row, attr, getattr(fresh, attr))
            row.archived, row.search, row.payload = fresh.archived, fresh.search, fresh.payload
            chain = ChainAppender.for_case(uow.session, case.uuid)
            who = actor_text(actor)
            state = state_hash_of(row.payload)  # one hash per save, whatever it changed
            for path, old, new in changes:
                action = "status" if path == "status" else "edit"
                chain.append(
                    at=now,
                    actor=who,
                    action=action,
                    state=state,
                    field=path,
                    old=old,
                    new=new,
                    reason=reason,
                )
            row.audit_head = chain.last_hash
            uow.session.add(row)
            refresh_identifiers(uow.session, [stored])
            uow.commit()
        case.version, case.updated_at = version, now
        return SaveResult(version=version, saved_at=now, changes=[c[0] for c in changes])

    def set_summary_metrics(self, case_uuid: str, progress: int, red: int, amber: int) -> None:
        """Update the list's progress and flag counts (not an edit: no version, no audit)."""
        with self._uow(write=True) as uow:
            row = self._row(uow, case_uuid)
            row.progress, row.red, row.amber = progress, red, amber
            uow.session.add(row)
            uow.commit()

    def import_case(self, case: Case, actor: Actor, reason: str = "") -> ImportResult:
        """Take in a case from elsewhere; see :func:`storage.case_import.import_into`."""
        with self._uow(write=True) as uow:
            result = import_into(uow, case, actor, reason, self._clock())
        if result.outcome != "unchanged":
            with self._uow(write=True) as uow:
                refresh_identifiers(uow.session, [case])
                uow.commit()
        return result

    def matches_for(self, case: Case) -> list[CaseMatch]:
        """Cross-case matches of ``case`` (saved or not) from the identifier
        index (:mod:`storage.matching_index`); the case's own rows never match."""
        with self._uow() as uow:
            return matches_for(uow.session, case)

    # --------------------------------------------------------- attachments

    def add_attachment(
        self, case_uuid: str, attachment: Attachment, data: bytes, actor: Actor
    ) -> Attachment:
        """Store the bytes (encrypted with the database) and log it. ``case_uuid``
        may also be the case number; KeyError when there is no such case.

        Returns the attachment with ``size``, ``sha256``, ``mime`` and
        ``added_at`` filled in. The case itself is not changed: append the
        result to ``case.attachments`` and save the case.
        """
        now = self._clock()
        digest = hashlib.sha256(data).hexdigest()
        mime = attachment.mime or (
            mimetypes.guess_type(attachment.filename)[0] or "application/octet-stream"
        )
        stored = replace(attachment, size=len(data), sha256=digest, mime=mime, added_at=now)
        with self._uow(write=True) as uow:
            row = self._row(uow, case_uuid)  # KeyError when the case is absent
            uow.session.add(
                AttachmentRow(
                    id=stored.id,
                    case_uuid=row.uuid,
                    filename=stored.filename,
                    mime=mime,
                    kind=stored.kind,
                    size=len(data),
                    sha256=digest,
                    data=data,
                    added_at=now,
                )
            )
            uow.session.flush()
            chain = ChainAppender.for_case(uow.session, row.uuid)
            chain.append(
                at=now,
                actor=actor_text(actor),
                action="attach",
                state=state_hash_of(row.payload),
                field=f"attachment/{stored.id}",
                new=audit_text(ATTACHED, file=stored.filename, hash=digest),
            )
            row.audit_head = chain.last_hash
            uow.session.add(row)
            uow.commit()
        return stored

    def attachment_bytes(self, case_uuid: str, attachment_id: str) -> bytes:
        """The stored bytes; KeyError when this case has no such attachment."""
        with self._uow() as uow:
            row = uow.session.get(AttachmentRow, attachment_id)
            if row is None or row.case_uuid != case_uuid:
                raise KeyError(attachment_id)
            return bytes(row.data)

    # ------------------------------------------------------ logs and chain

    def history(self, case_uuid: str) -> list[AuditEntry]:
        with self._uow() as uow:
            return load_chain(uow.session, case_uuid)

    def verify_history(self, case_uuid: str) -> VerifyResult:
        """Check the case's audit chain, including that it ends where the case
        says and that the stored case is the state its last entry recorded."""
        with self._uow() as uow:
            row = self._row(uow, case_uuid)
            entries = load_chain(uow.session, row.uuid)
            return verify_chain(
                entries, expected_head=row.audit_head, state_hash=state_hash_of(row.payload)
            )

    def case_ids(self) -> list[tuple[str, str]]:
        """``(uuid, number)`` of every case, archived included, by number."""
        with self._uow() as uow:
            rows = uow.session.exec(
                select(CaseRow.uuid, CaseRow.number).order_by(col(CaseRow.number))
            ).all()
            return [(r[0], r[1]) for r in rows]

    def record_access(self, case_uuid: str, actor: Actor, action: str) -> None:
        """Log that ``actor`` opened / printed / exported the case (UUID or
        number; KeyError when absent)."""
        with self._uow(write=True) as uow:
            row = self._row(uow, case_uuid)
            uow.session.add(
                AccessRow(
                    case_uuid=row.uuid, at=self._clock(), actor=actor_text(actor), action=action
                )
            )
            uow.commit()

    def access_log(self, case_uuid: str) -> list[AccessRecord]:
        with self._uow() as uow:
            rows = uow.session.exec(
                select(AccessRow)
                .where(AccessRow.case_uuid == case_uuid)
                .order_by(col(AccessRow.at), col(AccessRow.id))
            ).all()
            return [AccessRecord(at=r.at, actor=r.actor, action=r.action) for r in rows]


__all__ = [
    "SORT_KEYS",
    "AccessRecord",
    "AmbiguousCaseNumber",
    "CaseConflict",
    "Clock",
    "ImportResult",
    "SqlCaseStore",
    "actor_text",
    "amount_to_fen",
    "fen_to_amount",
    "local_now",
    "search_text",
]
