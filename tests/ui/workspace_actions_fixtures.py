"""A main window with the service actions installed over recording fakes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from domain.errors import DomainError
from domain.i18n import Message
from tests.ui.fakes import FakeClock, FakeInteraction, FakeWorkspaceGateway, ManualDebouncer
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.workspace_menu import WorkspaceActions, install_workspace_actions
from ui.workstation_services import KeyPreview, WorkstationServices

WS = Path("/tmp/fcw-test-actions")
NOON = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


@dataclass
class Calls:
    """What the fake services were asked, in order."""

    printed: list[tuple[str, Path]] = field(default_factory=list)
    exported: list[tuple[str, Path]] = field(default_factory=list)
    sheets: list[tuple[list[str], Path, bool]] = field(default_factory=list)
    imported: list[tuple[bytes, str, bool]] = field(default_factory=list)
    saved: list[tuple[Path, bytes]] = field(default_factory=list)
    backups: list[str] = field(default_factory=list)
    due_checks: list[datetime] = field(default_factory=list)
    passwords: list[tuple[str, str]] = field(default_factory=list)
    archived: list[tuple[str, str]] = field(default_factory=list)


def refuse(text: str) -> DomainError:
    return DomainError(Message(text))


def fake_services(
    calls: Calls,
    *,
    headoffice: bool = True,
    blocked: set[str] | None = None,
    current_key: str | None = None,
    ready: Sequence[str] = (),
) -> WorkstationServices:
    def print_memo(uuid: str, path: Path) -> None:
        if uuid in (blocked or set()):
            raise refuse("A red flag is pending without an override reason.")
        calls.printed.append((uuid, path))

    def require() -> None:
        if not headoffice:
            raise refuse("No head-office key is known: nothing can be exported.")

    def export_case(uuid: str, out: Path) -> Path:
        calls.exported.append((uuid, out))
        return out / f"{uuid}.fcwpkg"

    def sheet(ids: Sequence[str], path: Path, unmasked: bool, progress: Any = None) -> list[Path]:
        calls.sheets.append((list(ids), path, unmasked))
        for done in range(1, len(ids) + 1):  # one case after another, as the storage does
            if progress is not None:
                progress(done, len(ids))
        return [path]

    def backup_if_due(now: datetime) -> Path | None:
        calls.due_checks.append(now)
        return Path("/backups/auto") if len(calls.due_checks) == 1 else None

    def archive(uuid: str, reason: str) -> None:
        if not reason.strip():
            raise refuse("Case was never exported to head office; give a reason to archive it.")
        calls.archived.append((uuid, reason))

    return WorkstationServices(
        print_memo=print_memo,
        export_case=export_case,
        ready_case_ids=lambda: list(ready),
        require_headoffice=require,
        export_spreadsheet=sheet,
        preview_headoffice_key=lambda data: KeyPreview(
            "台州总行", "ab12cd34", current_key, current_key == "ab12cd34"
        ),
        import_headoffice_key=lambda data, pw, replace: calls.imported.append((data, pw, replace)),
        workstation_enrolment=lambda: b'{"role": "workstation"}',
        backup_now=lambda: calls.backups.append("now") or Path("/backups/b1"),
        backup_if_due=backup_if_due,
        change_password=lambda old, new: calls.passwords.append((old, new)),
        archive_case=archive,
        history=lambda uuid: [],
        access_log=lambda uuid: [],
        verify_history=None,
        save_bytes=lambda path, data: calls.saved.append((path, data)),
        read_bytes=lambda path: b"enrolment bytes",
    )


class Setup:
    def __init__(
        self, qtbot: QtBot, tmp_path: Path, services: WorkstationServices, **kwargs: Any
    ) -> None:
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        self.session = FakeWorkspaceGateway().create(WS, "Sichuan-2026", "王建国", "330112", "3301")
        self.interaction = FakeInteraction()
        self.window = MainWindow(
            self.session,
            self.interaction,  # type: ignore[arg-type]
            settings,
            open_case=lambda uuid: None,
            now=FakeClock(),
            debouncer=ManualDebouncer(),
            start_idle_timer=False,
            watch_app_events=False,
        )
        qtbot.addWidget(self.window)
        kwargs.setdefault("start_backup_timer", False)
        kwargs.setdefault("open_url", lambda url: True)
        self.actions: WorkspaceActions = install_workspace_actions(
            self.window,
            services,
            self.interaction,
            **kwargs,  # type: ignore[arg-type]
        )

    def add_cases(self, *names: str) -> list[str]:
        from tests.ui.fakes import make_case

        uuids = [self.session.store.create(make_case(n), self.session.actor).uuid for n in names]
        self.window.refresh_cases()
        return uuids

    def select(self, *uuids: str) -> None:
        from PySide6.QtCore import QItemSelectionModel

        model = self.window.table.selectionModel()
        model.clearSelection()
        for uuid in uuids:
            row = self.window.model.row_of(uuid)
            index = self.window.model.index(row, 0)
            model.select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
