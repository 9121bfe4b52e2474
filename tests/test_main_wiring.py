"""main.py's wiring of the storage services into the workstation's menus, on a
real (fast-KDF) workspace with head office's key."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import ClassVar

import pytest
from PySide6.QtCore import QObject, Signal

from domain.enums import CaseStatus
from main import workspace_actions_factory, workstation_services
from storage.workspace import Workspace
from tests.storage.export_fixtures import walked_case, workstation
from tests.storage.workspace_fixtures import new_workspace
from tests.ui.fakes import FakeWorkspaceGateway


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return workstation(tmp_path / "ws")


def test_printing_a_memo_writes_the_pdf_sets_memo_printed_and_logs_the_print(
    ws: Workspace, tmp_path: Path
) -> None:
    case = walked_case(ws)
    services = workstation_services(ws)
    assert services.print_memo is not None
    pdf = tmp_path / "memo.pdf"

    services.print_memo(case.uuid, pdf)

    assert pdf.read_bytes().startswith(b"%PDF")
    assert ws.store.load(case.uuid).status == CaseStatus.MEMO_PRINTED
    assert [a.action for a in ws.store.access_log(case.uuid)] == ["print"]
    last = ws.store.history(case.uuid)[-1]
    assert (last.field, last.old, last.new) == ("status", "analysed", "memo_printed")
    ws.close()


def test_export_history_and_chain_reach_storage_through_the_services(
    ws: Workspace, tmp_path: Path
) -> None:
    case = walked_case(ws)
    services = workstation_services(ws)
    assert services.ready_case_ids is not None and services.export_case is not None
    assert services.ready_case_ids() == [case.uuid]

    result = services.export_case(case.uuid, tmp_path / "out")

    assert result.path.exists()
    assert services.history is not None and services.verify_history is not None
    assert services.history(case.uuid)[-1].new == "exported"
    assert services.verify_history(case.uuid).ok
    assert services.access_log is not None
    assert [a.action for a in services.access_log(case.uuid)] == ["export"]
    ws.close()


def test_without_a_head_office_key_the_services_refuse_the_export(tmp_path: Path) -> None:
    from domain.errors import DomainError

    ws = new_workspace(tmp_path / "bare")
    services = workstation_services(ws)
    assert services.require_headoffice is not None
    with pytest.raises(DomainError) as refused:
        services.require_headoffice()
    assert "Import head office's enrolment file" in refused.value.message.msg_id
    ws.close()


def test_a_fake_session_gets_no_service_menus() -> None:
    session = FakeWorkspaceGateway().create(Path("/tmp/x"), "Sichuan-2026", "王", "1", "3301")
    assert workspace_actions_factory(object(), session) is None


class _FakeAutosave(QObject):
    saved = Signal(object)


class _FakeEditor(QObject):
    def __init__(self, case_uuid: str) -> None:
        super().__init__()
        self.autosave = _FakeAutosave()
        self.case = SimpleNamespace(uuid=case_uuid)


class _FakeOpener:
    """Stands in for CaseEditorOpener: one editor object per case."""

    made: ClassVar[list[_FakeOpener]] = []

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.editors: dict[str, _FakeEditor] = {}
        _FakeOpener.made.append(self)

    def open(self, case_uuid: str) -> _FakeEditor:
        return self.editors.setdefault(case_uuid, _FakeEditor(case_uuid))

    def close_all(self) -> bool:
        return True

    def follow_store(self) -> None:
        pass


class _Window(QObject):
    locked = Signal()
    cases_refreshed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.refreshes = 0

    def refresh_cases(self) -> None:
        self.refreshes += 1


def test_each_save_of_an_open_editor_refreshes_the_case_list_once(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.case_editor
    from main import case_editor_factory

    monkeypatch.setattr(ui.case_editor, "CaseEditorOpener", _FakeOpener)
    session = FakeWorkspaceGateway().create(Path("/tmp/y"), "Sichuan-2026", "王", "1", "3301")
    window = _Window()
    open_case = case_editor_factory(window, session)

    open_case("u1")
    open_case("u1")  # opened twice: the editor is wired once
    editor = _FakeOpener.made[-1].editors["u1"]
    editor.autosave.saved.emit(object())
    editor.autosave.saved.emit(object())

    assert window.refreshes == 2  # two saves, one refresh each (not two each)
