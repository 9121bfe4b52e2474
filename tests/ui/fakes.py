"""In-memory stand-ins for the services main.py hands the UI.

``FakeCaseStore`` implements the whole ``domain.ports.CaseStore`` protocol over
a dict; ``FakeWorkspaceGateway`` creates and opens workspaces kept in memory;
``FakeInteraction`` records the messages the UI would show and answers
questions from a script. Shared by all UI tests: extend, don't fork.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from domain.case import Attachment, Case, Officer
from domain.collation import sort_key
from domain.enums import CASE_STATUS_ORDER, CaseStatus
from domain.errors import NotAWorkspace, WorkspaceBusy, WorkspaceError, WrongPassword
from domain.i18n import Message
from domain.ports import (
    Actor,
    AuditEntry,
    CaseFilter,
    CaseStore,
    CaseSummary,
    SaveResult,
)
from domain.serialization import case_to_dict

NO_FILTER = CaseFilter()

#: Stages a case goes through; progress = finished ÷ this many (percent).
STAGE_COUNT = 8


def fixed_clock(start: datetime | None = None) -> Callable[[], datetime]:
    """A clock that advances one minute on every call (deterministic ordering)."""
    state = {"now": start or datetime(2026, 11, 27, 9, 0, tzinfo=UTC)}

    def now() -> datetime:
        from datetime import timedelta

        state["now"] = state["now"] + timedelta(minutes=1)
        return state["now"]

    return now


class FakeCaseStore:
    """The workspace's cases in memory. Counts the queries it answers."""

    def __init__(self, branch: str = "3301", now: Callable[[], datetime] | None = None) -> None:
        self.branch = branch
        self._now = now or fixed_clock()
        self._cases: dict[str, Case] = {}
        self._attachments: dict[tuple[str, str], bytes] = {}
        self._audit: list[AuditEntry] = []
        #: uuid → (red, amber) flag counts, set by tests (the store does not assess).
        self.flags: dict[str, tuple[int, int]] = {}
        #: uuid → progress percent set by ``save(progress=…)``; else from stages_finished.
        self.progress: dict[str, int] = {}
        #: (case uuid, actor name, action) of ``record_access`` calls.
        self.accesses: list[tuple[str, str, str]] = []
        self.summary_calls: list[dict[str, Any]] = []
        self.count_calls = 0
        self._seq = 0

    # -- queries ---------------------------------------------------------
    def _matches(self, case: Case, flt: CaseFilter) -> bool:
        # like the SQL store: archived cases only when the filter includes them
        if case.status == CaseStatus.ARCHIVED and not flt.include_archived:
            return False
        if flt.status is not None and case.status != flt.status:
            return False
        if flt.industry and case.business.industry != flt.industry:
            return False
        text = flt.text.strip().lower()
        if text:
            haystack = " ".join([case.number, case.display_name, case.applicant.owner.name]).lower()
            if text not in haystack:
                return False
        return True

    def _summary(self, case: Case) -> CaseSummary:
        red, amber = self.flags.get(case.uuid, (0, 0))
        return CaseSummary(
            uuid=case.uuid,
            number=case.number,
            name=case.display_name,
            industry=case.business.industry,
            status=case.status,
            amount=case.loan.amount,
            progress=self.progress.get(
                case.uuid, min(100, len(case.stages_finished) * 100 // STAGE_COUNT)
            ),
            red=red,
            amber=amber,
            updated_at=case.updated_at,
            version=case.version,
        )

    def count(self, flt: CaseFilter = NO_FILTER) -> int:
        self.count_calls += 1
        return sum(1 for c in self._cases.values() if self._matches(c, flt))

    def summaries(
        self,
        flt: CaseFilter = NO_FILTER,
        offset: int = 0,
        limit: int = 500,
        order_by: str = "updated_at",
        descending: bool = True,
        label_order: Sequence[str] = (),
    ) -> list[CaseSummary]:
        self.summary_calls.append(
            {
                "flt": flt,
                "offset": offset,
                "limit": limit,
                "order_by": order_by,
                "descending": descending,
                "label_order": tuple(label_order),
            }
        )
        rows = [self._summary(c) for c in self._cases.values() if self._matches(c, flt)]
        ranks = list(label_order) or (list(CASE_STATUS_ORDER) if order_by == "status" else [])

        def key(s: CaseSummary) -> tuple[int, Any, str]:
            value = getattr(s, order_by)
            if value is None:
                return (0, "", s.number)
            if order_by == "name":
                value = sort_key(value)
            elif ranks:  # like the SQL store: the given order, others last
                value = ranks.index(value) if value in ranks else len(ranks)
            return (1, value, s.number)

        rows.sort(key=key, reverse=descending)
        return rows[offset : offset + limit]

    def load(self, case_id: str) -> Case:
        for case in self._cases.values():
            if case_id in (case.uuid, case.number):
                return copy.deepcopy(case)
        raise KeyError(case_id)

    # -- writes ----------------------------------------------------------
    def _log(
        self,
        case_uuid: str,
        actor: Actor,
        action: str,
        fld: str = "",
        old: str = "",
        new: str = "",
        reason: str = "",
    ) -> None:
        prev = self._audit[-1].hash if self._audit else ""
        seq = len(self._audit) + 1
        at = self._now()
        digest = hashlib.sha256(
            f"{prev}|{seq}|{case_uuid}|{action}|{fld}|{old}|{new}".encode()
        ).hexdigest()
        self._audit.append(
            AuditEntry(seq, case_uuid, at, actor.name, action, fld, old, new, reason, prev, digest)
        )

    def create(self, case: Case, actor: Actor) -> Case:
        stored = copy.deepcopy(case)
        now = self._now()
        self._seq += 1
        if not stored.number:
            stored.number = f"{self.branch}-{now:%Y%m%d}-{self._seq:04d}"
        stored.branch = stored.branch or self.branch
        stored.officer = (
            stored.officer if stored.officer.name else Officer(actor.name, actor.staff_no)
        )
        stored.version = 1
        stored.created_at = stored.created_at or now
        stored.updated_at = stored.updated_at or now
        self._cases[stored.uuid] = stored
        self._log(stored.uuid, actor, "create")
        return copy.deepcopy(stored)

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
        old = self._cases[case.uuid]
        if case.version != old.version:  # the SQL store raises CaseConflict here
            raise WorkspaceError(
                Message(
                    "Case {number} was changed elsewhere (version {stored}); "
                    "reload it before saving.",
                    {"number": case.number, "stored": old.version},
                )
            )
        if red is not None or amber is not None:
            old_red, old_amber = self.flags.get(case.uuid, (0, 0))
            self.flags[case.uuid] = (
                old_red if red is None else red,
                old_amber if amber is None else amber,
            )
        if progress is not None:
            self.progress[case.uuid] = progress
        old_d, new_d = case_to_dict(old), case_to_dict(case)
        changes = sorted(
            k for k in new_d if new_d[k] != old_d.get(k) and k not in ("version", "updated_at")
        )
        if not changes:  # like the SQL store: nothing changed, nothing written
            return SaveResult(old.version, old.updated_at or self._now(), [])
        stored = copy.deepcopy(case)
        stored.version = old.version + 1
        stored.updated_at = self._now()
        self._cases[case.uuid] = stored
        for path in changes:
            action = "status" if path == "status" else "edit"
            self._log(
                case.uuid, actor, action, path, str(old_d.get(path)), str(new_d[path]), reason
            )
        # like the SQL store: the saved case learns its new version in place
        case.version, case.updated_at = stored.version, stored.updated_at
        return SaveResult(stored.version, stored.updated_at, changes)

    def add_attachment(
        self, case_uuid: str, attachment: Attachment, data: bytes, actor: Actor
    ) -> Attachment:
        """Like the SQL store: keeps the bytes, logs it, leaves the case unchanged
        (the caller appends the result to ``case.attachments`` and saves)."""
        case = self.load(case_uuid)  # KeyError when absent; accepts the number too
        stored = copy.deepcopy(attachment)
        stored.size = len(data)
        stored.sha256 = hashlib.sha256(data).hexdigest()
        stored.mime = stored.mime or "application/octet-stream"
        stored.added_at = self._now()
        self._attachments[(case.uuid, stored.id)] = data
        self._log(case.uuid, actor, "attach", f"attachment/{stored.id}", "", stored.filename)
        return copy.deepcopy(stored)

    def attachment_bytes(self, case_uuid: str, attachment_id: str) -> bytes:
        return self._attachments[(case_uuid, attachment_id)]

    def history(self, case_uuid: str) -> Sequence[AuditEntry]:
        return [e for e in self._audit if e.case_uuid == case_uuid]

    def set_summary_metrics(self, case_uuid: str, progress: int, red: int, amber: int) -> None:
        self.progress[case_uuid] = progress
        self.flags[case_uuid] = (red, amber)

    def record_access(self, case_uuid: str, actor: Actor, action: str) -> None:
        self.accesses.append((case_uuid, actor.name, action))

    # -- test helpers ----------------------------------------------------
    def add(self, case: Case, actor: Actor | None = None) -> Case:
        """Insert a case as the officer would create it (test set-up)."""
        return self.create(case, actor or Actor("测试员", "000001", self.branch))


@dataclass
class FakeSession:
    store: FakeCaseStore
    actor: Actor
    directory: Path
    password: str
    read_only: bool = False
    closed: bool = False
    password_checks: list[str] = field(default_factory=list)

    def check_password(self, password: str) -> bool:
        self.password_checks.append(password)
        return password == self.password

    def close(self) -> None:
        self.closed = True


class FakeWorkspaceGateway:
    """Workspaces kept in memory, keyed by folder."""

    def __init__(self) -> None:
        self.workspaces: dict[Path, tuple[str, Actor, FakeCaseStore]] = {}
        self.busy: set[Path] = set()
        self.open_attempts = 0

    def exists(self, directory: Path) -> bool:
        return Path(directory) in self.workspaces

    def create(
        self, directory: Path, password: str, officer_name: str, staff_no: str, branch: str
    ) -> FakeSession:
        actor = Actor(officer_name, staff_no, branch)
        store = FakeCaseStore(branch=branch)
        self.workspaces[Path(directory)] = (password, actor, store)
        return FakeSession(store, actor, Path(directory), password)

    def open(self, directory: Path, password: str) -> FakeSession:
        self.open_attempts += 1
        key = Path(directory)
        if key not in self.workspaces:
            raise NotAWorkspace(
                Message("The folder {path} holds no workspace.", {"path": str(key)})
            )
        if key in self.busy:
            raise WorkspaceBusy(Message("The workspace is open in another window."))
        stored_pw, actor, store = self.workspaces[key]
        if password != stored_pw:
            raise WrongPassword(Message("Wrong password."), field="password")
        return FakeSession(store, actor, key, stored_pw)

    def open_read_only(self, directory: Path, password: str) -> FakeSession:
        """Like SqlWorkspaceGateway.open_read_only: opens even when busy."""
        key = Path(directory)
        if key not in self.workspaces:
            raise NotAWorkspace(
                Message("The folder {path} holds no workspace.", {"path": str(key)})
            )
        stored_pw, actor, store = self.workspaces[key]
        if password != stored_pw:
            raise WrongPassword(Message("Wrong password."), field="password")
        return FakeSession(store, actor, key, stored_pw, read_only=True)


@dataclass
class Shown:
    kind: str
    title: str
    text: str
    choices: tuple[str, ...] = ()


class FakeInteraction:
    """Records every message; answers ``confirm`` and file questions from queues."""

    def __init__(self) -> None:
        self.shown: list[Shown] = []
        self.confirm_answers: list[bool] = []
        self.open_answers: list[str | None] = []
        self.save_answers: list[str | None] = []
        self.directory_answers: list[str | None] = []
        self.text_answers: list[str | None] = []
        self.choice_answers: list[int | None] = []

    def info(self, parent: object, title: str, text: str) -> None:
        self.shown.append(Shown("info", title, text))

    def warn(self, parent: object, title: str, text: str) -> None:
        self.shown.append(Shown("warn", title, text))

    def error(self, parent: object, title: str, text: str, details: str = "") -> None:
        self.shown.append(Shown("error", title, text))

    def confirm(
        self, parent: object, title: str, text: str, ok_text: str = "", default_ok: bool = False
    ) -> bool:
        self.shown.append(Shown("confirm", title, text))
        return self.confirm_answers.pop(0) if self.confirm_answers else False

    def choose(self, parent: object, title: str, text: str, choices: Sequence[str]) -> int | None:
        self.shown.append(Shown("choose", title, text, tuple(choices)))
        return self.choice_answers.pop(0) if self.choice_answers else None

    def ask_open_file(
        self, parent: object, title: str, directory: str = "", filters: str = ""
    ) -> str | None:
        return self.open_answers.pop(0) if self.open_answers else None

    def ask_save_file(
        self, parent: object, title: str, suggested: str = "", filters: str = ""
    ) -> str | None:
        return self.save_answers.pop(0) if self.save_answers else None

    def ask_directory(self, parent: object, title: str, directory: str = "") -> str | None:
        return self.directory_answers.pop(0) if self.directory_answers else None

    def ask_text(
        self, parent: object, title: str, label: str, *, secret: bool = False
    ) -> str | None:
        self.shown.append(Shown("ask_text", title, label))
        return self.text_answers.pop(0) if self.text_answers else None


class FakeClock:
    """Seconds since an arbitrary start; tests move it forward by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


class ManualDebouncer:
    """Stands in for the model's debounce timer: fires only when told."""

    def __init__(self) -> None:
        self.callback: Callable[[], None] | None = None
        self.pending = False
        self.starts = 0

    def connect(self, callback: Callable[[], None]) -> None:
        self.callback = callback

    def start(self) -> None:
        self.pending = True
        self.starts += 1

    def stop(self) -> None:
        self.pending = False

    def fire(self) -> None:
        if self.pending and self.callback is not None:
            self.pending = False
            self.callback()


def make_case(
    name: str,
    industry: str = "restaurant",
    amount: str | None = "300000",
    status: CaseStatus = CaseStatus.DRAFT,
    owner: str = "",
    stages: int = 0,
) -> Case:
    case = Case(status=status)
    case.applicant.registered_name = name
    case.applicant.owner.name = owner
    case.business.industry = industry
    case.loan.amount = Decimal(amount) if amount is not None else None
    case.stages_finished = [f"s{i}" for i in range(stages)]
    return case


_check_store: CaseStore = FakeCaseStore()  # mypy/pyright: the fake satisfies the protocol
