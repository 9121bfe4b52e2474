"""main.py's wiring of the storage services into the workstation's menus, on a
real (fast-KDF) workspace with head office's key."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.enums import CaseStatus
from main import workspace_actions_factory, workstation_services
from storage.workspace import Workspace
from tests.storage.export_fixtures import analysed_case, workstation
from tests.storage.workspace_fixtures import new_workspace
from tests.ui.fakes import FakeWorkspaceGateway


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return workstation(tmp_path / "ws")


def test_printing_a_memo_writes_the_pdf_sets_memo_printed_and_logs_the_print(
    ws: Workspace, tmp_path: Path
) -> None:
    case = analysed_case(ws)
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
    case = analysed_case(ws)
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
