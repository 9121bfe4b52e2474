"""Revision 0009: a workspace written before it keeps its chains verifying,
gains an anchor of its cases' state, and can have legacy values erased."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import text

from domain.case import Case
from storage.archive import archive_case, purge_archived
from storage.migrations.runner import head_revision
from storage.workspace import open_workspace
from tests.storage.test_migrations import _insert_case_at_revision_1
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, StepClock, new_workspace


def _workspace_at_0008(directory: Path) -> tuple[Case, str]:
    case = Case(number="3301-20261120-0001", version=1)
    case.applicant.owner.name = "陈立"
    case.applicant.owner.phone = "13812345678"
    with new_workspace(directory, revision="0008") as old_ws:
        first_hash = _insert_case_at_revision_1(old_ws.engine, case)
        with old_ws.engine.begin() as conn:
            conn.execute(
                text("UPDATE case_row SET audit_head = :h WHERE uuid = :u"),
                {"h": first_hash, "u": case.uuid},
            )
    return case, first_hash


def test_legacy_chains_still_verify_and_are_anchored_to_the_case_state(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    case, first_hash = _workspace_at_0008(directory)

    with open_workspace(directory, PASSWORD) as ws:
        history = ws.store.history(case.uuid)
        result = ws.store.verify_history(case.uuid)
        with ws.engine.connect() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    assert revision == head_revision()  # 0009 and every later revision applied
    assert history[0].hash == first_hash and history[0].value_digest == ""  # kept as it was
    assert (history[1].action, history[1].prev_hash) == ("migrate", first_hash)
    assert result.ok and result.state_checked


def test_after_the_upgrade_an_edited_payload_is_caught_at_once(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    case, _ = _workspace_at_0008(directory)
    with open_workspace(directory, PASSWORD) as ws, ws.engine.begin() as conn:
        conn.execute(
            text("UPDATE case_row SET payload = replace(payload, '陈立', '陈力') WHERE uuid = :u"),
            {"u": case.uuid},
        )
    with open_workspace(directory, PASSWORD) as ws:
        result = ws.store.verify_history(case.uuid)
    assert (result.ok, result.first_broken_seq) == (False, 2)


def test_purge_erases_legacy_values_and_the_chain_still_verifies(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    case, first_hash = _workspace_at_0008(directory)
    clock = StepClock()
    with open_workspace(directory, PASSWORD, clock=clock) as ws:
        archive_case(ws, case.uuid, OFFICER, reason="申请人撤回申请")
        purge_at = clock.now + timedelta(days=1826)
        purge_archived(ws, purge_at, 1826, OFFICER)
        history = ws.store.history(case.uuid)
        result = ws.store.verify_history(case.uuid)
    # legacy create, migrate, archive; then erase and purge
    assert [e.action for e in history] == ["create", "migrate", "status", "erase", "purge"]
    assert history[0].hash == first_hash and history[0].new == ""
    assert result.ok
    assert [(x.through, x.count) for x in result.erasures] == [(3, 3)]


def test_a_backup_from_before_the_upgrade_still_passes_the_backup_check(tmp_path: Path) -> None:
    from storage.backup import check_backup_database
    from storage.keyfile import read_key_file, unwrap_with_password
    from storage.workspace import backup_path

    directory = tmp_path / "ws"
    _workspace_at_0008(directory)
    with open_workspace(directory, PASSWORD) as ws:
        workspace_id = ws.workspace_id
    data_key = unwrap_with_password(read_key_file(directory), PASSWORD)

    # the copy taken before the migration: legacy chains, no 0009 columns
    assert check_backup_database(backup_path(directory, "0008"), data_key, workspace_id) == 1
