"""No silent deletion: archive with a reason unless exported; purge explicit, tombstoned."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest

import main as main_module
from domain.case import Attachment, Case
from domain.enums import CaseStatus
from domain.ports import CaseFilter
from storage.archive import (
    PURGE_ACTION,
    ArchiveRefused,
    archive_case,
    load_retention_policy,
    purge_archived,
    retention_days,
)
from storage.workspace import Workspace, open_workspace
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, StepClock, new_workspace


def _case(ws: Workspace, name: str = "陈立", phone: str = "13812345678") -> Case:
    case = Case()
    case.applicant.owner.name = name
    case.applicant.owner.phone = phone
    return ws.store.create(case, OFFICER)


def test_a_case_never_exported_is_not_archived_without_a_reason(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        case = _case(ws)
        with pytest.raises(ArchiveRefused):
            archive_case(ws, case.uuid, OFFICER)
        assert ws.store.load(case.uuid).status == CaseStatus.DRAFT
        archive_case(ws, case.number, OFFICER, reason="申请人撤回申请")
        stored = ws.store.load(case.uuid)
        assert stored.status == CaseStatus.ARCHIVED
        last = ws.store.history(case.uuid)[-1]
        assert (last.field, last.new, last.reason) == ("status", "archived", "申请人撤回申请")
        # Archived cases leave the default list but are still there.
        assert ws.store.count() == 0
        assert ws.store.count(CaseFilter(include_archived=True)) == 1


def test_an_exported_case_is_archived_without_a_reason(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        case = _case(ws)
        case.status = CaseStatus.EXPORTED
        ws.store.save(case, OFFICER)
        case.status = CaseStatus.RETURNED  # sent back later: it was still exported once
        ws.store.save(case, OFFICER)
        archive_case(ws, case.uuid, OFFICER)
        assert ws.store.load(case.uuid).status == CaseStatus.ARCHIVED


def test_the_shipped_retention_is_five_years_and_a_setting_overrides_it(tmp_path: Path) -> None:
    # 5 × 365 days + 1 leap day = 1826.
    assert load_retention_policy().retention_days == 5 * 365 + 1
    with new_workspace(tmp_path / "ws") as ws:
        assert retention_days(ws) == 1826
        ws.set_setting("retention_days", "3000")
        assert retention_days(ws) == 3000


def test_purging_sooner_than_the_retention_period_is_refused(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        case = _case(ws)
        archive_case(ws, case.uuid, OFFICER, reason="撤回")
        with pytest.raises(ArchiveRefused):
            purge_archived(ws, StepClock().now, older_than_days=30, actor=OFFICER)
        assert ws.store.load(case.uuid).applicant.owner.name == "陈立"


def test_a_purge_removes_payload_and_attachments_keeps_a_tombstone_and_the_chain_verifies(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clock = StepClock()
    directory = tmp_path / "ws"
    with new_workspace(directory, clock) as ws:
        old = _case(ws, "陈立", "13812345678")
        ws.store.add_attachment(
            old.uuid, Attachment(filename="门头.jpg"), b"\xff\xd8photo", OFFICER
        )
        young = _case(ws, "周芳", "13987654321")
        live = _case(ws, "李强", "13600001111")
        archive_case(ws, old.uuid, OFFICER, reason="撤回")
        clock.now += timedelta(days=1000)
        archive_case(ws, young.uuid, OFFICER, reason="撤回")
        # 1826 days after the first archiving: the second is 826 days younger.
        purge_at = clock.now + timedelta(days=826)
        with caplog.at_level(logging.INFO, logger="fcw.storage.archive"):
            purged = purge_archived(ws, purge_at, older_than_days=1826, actor=OFFICER)
        assert [p.uuid for p in purged] == [old.uuid]
        assert f"case {old.number} purged" in caplog.text
        assert "陈立" not in caplog.text

        stub = ws.store.load(old.uuid)
        assert stub.applicant.owner.name == "" and stub.attachments == []
        assert stub.number == old.number and stub.status == CaseStatus.ARCHIVED
        with pytest.raises(KeyError):
            ws.store.attachment_bytes(old.uuid, "x")
        tombstone = ws.store.history(old.uuid)[-1]
        assert tombstone.action == PURGE_ACTION
        assert "1 attachments removed" in tombstone.new
        assert ws.store.verify_history(old.uuid).ok
        assert ws.store.load(young.uuid).applicant.owner.name == "周芳"
        assert ws.store.load(live.uuid).applicant.owner.name == "李强"
        # A second run finds nothing more to purge.
        assert purge_archived(ws, purge_at, 1826, OFFICER) == []
    # The database no longer holds the purged payload's phone number in the case row.
    with open_workspace(directory, PASSWORD) as ws, ws.engine.connect() as conn:
        payload = conn.exec_driver_sql(
            "SELECT payload, search, name FROM case_row WHERE uuid = ?", (old.uuid,)
        ).one()
        assert "13812345678" not in "".join(payload)
        assert "陈立" not in "".join(payload)


def _main(argv: list[str]) -> int:
    import sys

    saved = sys.argv
    sys.argv = ["main.py", *argv]
    try:
        return main_module.main()
    finally:
        sys.argv = saved


def test_the_archive_and_purge_commands_refuse_without_reason_and_audit_verify_passes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        number = _case(ws).number
        ws.set_setting("retention_days", "0")
    base = ["--workspace", str(directory)]
    assert _main(["archive", *base, "--case", number]) == 2
    assert _main(["archive", *base, "--case", number, "--reason", "撤回"]) == 0
    assert _main(["purge", *base, "--older-than-days", "0"]) == 0
    assert _main(["audit", "verify", *base]) == 0
    with open_workspace(directory, PASSWORD) as ws:
        ((case_uuid, _),) = ws.store.case_ids()
        assert ws.store.history(case_uuid)[-1].action == PURGE_ACTION
