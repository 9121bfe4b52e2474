"""What the workstation's menus ask of storage, as plain callables.

``main.py`` fills a :class:`WorkstationServices` from ``storage`` (the UI may
not import storage); tests fill it with fakes. Every callable raises a
``domain.errors.DomainError`` whose ``message`` the UI shows when the service
refuses (a pending red flag, no head-office key, a wrong password …).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from domain.i18n import Message
from domain.ports import AuditEntry


class AccessLine(Protocol):
    """One line of a case's access log (``storage.case_store.AccessRecord``)."""

    @property
    def at(self) -> datetime: ...

    @property
    def actor(self) -> str: ...

    @property
    def action(self) -> str: ...


class ChainStatus(Protocol):
    """The result of checking a case's audit chain (``storage.audit.VerifyResult``)."""

    @property
    def ok(self) -> bool: ...

    @property
    def first_broken_seq(self) -> int | None: ...

    @property
    def reason(self) -> Message | None: ...


@dataclass(frozen=True)
class KeyPreview:
    """A head-office enrolment file read but not yet stored."""

    name: str
    fingerprint: str
    current_fingerprint: str | None  # the key stored now, or None
    same: bool  # the file holds the key already stored


@dataclass
class WorkstationServices:
    """The workspace services the menus reach; ``None`` hides the action."""

    #: ``print_memo(case_uuid, pdf_path, draft=False)``: renders; the final memo moves
    #: an analysed case to memo_printed (refused with MemoBlocked when not allowed
    #: yet); logs "print".
    print_memo: Callable[..., Any] | None = None
    #: ``export_case(case_uuid, out_dir)`` → result with ``path``.
    export_case: Callable[[str, Path], Any] | None = None
    ready_case_ids: Callable[[], list[str]] | None = None
    #: Raises when no head-office key is stored (the message says how to import one).
    require_headoffice: Callable[[], Any] | None = None
    #: ``export_spreadsheet(case_uuids, path, unmasked, progress=None)`` → files
    #: written; ``progress(done, total)`` is told after each case.
    export_spreadsheet: Callable[..., list[Path]] | None = None
    preview_headoffice_key: Callable[[bytes], KeyPreview] | None = None
    #: ``import_headoffice_key(data, password, replace)``.
    import_headoffice_key: Callable[[bytes, str, bool], Any] | None = None
    workstation_enrolment: Callable[[], bytes] | None = None
    backup_now: Callable[[], Path] | None = None
    #: ``backup_if_due(now)`` → the new backup folder or None.
    backup_if_due: Callable[[datetime], Path | None] | None = None
    backup_every_hours: float = 24.0
    #: ``change_password(old, new)``.
    change_password: Callable[[str, str], None] | None = None
    #: ``archive_case(case_uuid, reason)``.
    archive_case: Callable[[str, str], Any] | None = None
    #: ``import_reply(path)`` → result with ``case_uuid``, ``case_number``,
    #: ``decision`` and ``added`` (questions new to the case).
    import_reply: Callable[[Path], Any] | None = None
    history: Callable[[str], Sequence[AuditEntry]] | None = None
    #: The rule pack in force (the history names checklist items by its words).
    rule_pack: Callable[[], Any] | None = None
    access_log: Callable[[str], Sequence[AccessLine]] | None = None
    verify_history: Callable[[str], ChainStatus] | None = None
    #: Files: the UI builds the bytes, storage writes and reads them.
    save_bytes: Callable[[Path, bytes], None] | None = None
    read_bytes: Callable[[Path], bytes] | None = None
