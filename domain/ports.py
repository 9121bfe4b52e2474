"""What the UI and the command line ask of storage, as protocols.

``main.py`` builds the concrete services in ``storage`` and hands them to the
UI, which knows only these protocols and the plain data classes below (no
table classes, no sessions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from domain.enums import CaseStatus

if TYPE_CHECKING:  # the case model loads when a case is first opened, not at start-up
    from domain.case import Attachment, Case


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list: what the list shows, nothing more."""

    uuid: str
    number: str
    name: str
    industry: str
    status: CaseStatus
    amount: Decimal | None
    progress: int  # percent of stages finished, 0..100
    red: int
    amber: int
    updated_at: datetime | None
    version: int


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""
    status: CaseStatus | None = None
    industry: str | None = None
    include_archived: bool = False


@dataclass(frozen=True)
class Actor:
    """Who does something: the officer signed in to the workspace."""

    name: str
    staff_no: str
    branch: str = ""


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    case_uuid: str
    at: datetime
    actor: str
    action: str  # create / edit / status / archive / purge / import …
    field: str
    old: str
    new: str
    reason: str
    prev_hash: str
    hash: str
    # Since revision 0009 (docs/SECURITY.md, "Audit chain and tamper evidence"):
    # the SHA-256 of the case's stored payload after the save that wrote the
    # entry, and a salted digest of ``old``/``new``/``reason`` that the chain
    # hashes instead of the values, so purge can erase them (``erased_at``).
    # Empty in entries written before 0009 (hashed over the values themselves).
    state_hash: str = ""
    value_digest: str = ""
    salt: str = ""
    erased_at: datetime | None = None


@dataclass
class SaveResult:
    version: int
    saved_at: datetime
    changes: list[str] = field(default_factory=list)  # field paths that changed


class CaseStore(Protocol):
    """The workspace's cases, as the UI and the commands use them."""

    def count(self, flt: CaseFilter = ...) -> int: ...

    def summaries(
        self,
        flt: CaseFilter = ...,
        offset: int = 0,
        limit: int = 500,
        order_by: str = "updated_at",
        descending: bool = True,
        label_order: Sequence[str] = (),
    ) -> list[CaseSummary]:
        """One page of the list; ``label_order``: the industries in the order of
        the labels shown (the status always sorts in the method's order)."""
        ...

    def load(self, case_id: str) -> Case:
        """By UUID or case number; raises KeyError when absent."""
        ...

    def create(self, case: Case, actor: Actor) -> Case: ...

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
        """Save the whole case; the audit entries of the diff go in the same transaction.

        ``progress`` (percent of the method done) and the ``red``/``amber`` flag
        counts are the case list's columns, stored with the case when given."""
        ...

    def add_attachment(
        self, case_uuid: str, attachment: Attachment, data: bytes, actor: Actor
    ) -> Attachment: ...

    def attachment_bytes(self, case_uuid: str, attachment_id: str) -> bytes: ...

    def history(self, case_uuid: str) -> Sequence[AuditEntry]: ...


class WorkspaceSession(Protocol):
    """An unlocked workspace: its cases and the officer signed in."""

    @property
    def store(self) -> CaseStore: ...

    @property
    def actor(self) -> Actor: ...

    @property
    def directory(self) -> Path: ...

    def check_password(self, password: str) -> bool:
        """For unlocking after the idle lock, without reopening the database."""
        ...

    def close(self) -> None: ...


class WorkspaceGateway(Protocol):
    """Creates and opens workspaces. Errors are ``domain.errors.WorkspaceError``
    subclasses whose ``message`` the UI shows."""

    def exists(self, directory: Path) -> bool: ...

    def create(
        self, directory: Path, password: str, officer_name: str, staff_no: str, branch: str
    ) -> WorkspaceSession: ...

    def open(self, directory: Path, password: str) -> WorkspaceSession: ...
