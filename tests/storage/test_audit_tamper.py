"""Tamper evidence over the data (issue 20, defects 4 and 10): the audit chain
commits to the stored case, catches a cut-off tail with a reset head, and
lets purge erase personal data in its values while it still verifies.

Every attack is made with SQL on a real SQLCipher workspace, as a holder of
the data key would (docs/SECURITY.md, "Audit chain and tamper evidence").
"""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import text

from domain.case import Case
from storage.archive import archive_case, purge_archived
from storage.audit import ERASE_ACTION
from storage.workspace import Workspace, open_workspace
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, StepClock, new_workspace


def _case_with_amount(ws: Workspace) -> Case:
    case = Case()
    case.applicant.owner.name = "陈立"
    case.applicant.owner.phone = "13812345678"
    ws.store.create(case, OFFICER)
    case.loan.amount = Decimal("130000")
    ws.store.save(case, OFFICER)
    return case


def _sql(directory: Path, statement: str, **params: object) -> None:
    with open_workspace(directory, PASSWORD) as ws, ws.engine.begin() as conn:
        conn.execute(text(statement), params)


def _verify(directory: Path, case_uuid: str) -> object:
    with open_workspace(directory, PASSWORD) as ws:
        return ws.store.verify_history(case_uuid)


def test_an_amount_edited_in_the_stored_payload_breaks_the_chain(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        case = _case_with_amount(ws)
        assert ws.store.verify_history(case.uuid).ok
        with ws.engine.connect() as conn:
            payload = conn.execute(
                text("SELECT payload FROM case_row WHERE uuid = :u"), {"u": case.uuid}
            ).scalar_one()
    assert json.loads(payload)["loan"]["amount"] == "130000"
    forged = payload.replace('"amount":"130000"', '"amount":"9130000"')
    assert forged != payload

    _sql(directory, "UPDATE case_row SET payload = :p WHERE uuid = :u", p=forged, u=case.uuid)

    result = _verify(directory, case.uuid)
    assert not result.ok  # type: ignore[attr-defined]
    # create (1) and the amount edit (2): the data no longer is what entry 2 recorded
    assert result.first_broken_seq == 2  # type: ignore[attr-defined]
    assert "case data differs" in result.reason.render()  # type: ignore[attr-defined]


def test_deleting_the_last_entry_and_resetting_the_head_breaks_the_chain(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        case = _case_with_amount(ws)
        entries = ws.store.history(case.uuid)
    assert [e.action for e in entries] == ["create", "edit"]

    _sql(directory, "DELETE FROM audit_entry WHERE case_uuid = :u AND seq = 2", u=case.uuid)
    _sql(
        directory,
        "UPDATE case_row SET audit_head = :h WHERE uuid = :u",
        h=entries[0].hash,
        u=case.uuid,
    )

    result = _verify(directory, case.uuid)
    assert not result.ok  # type: ignore[attr-defined]
    assert result.first_broken_seq == 1  # type: ignore[attr-defined]


def test_values_blanked_by_hand_are_reported_as_an_unrecorded_erasure(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        case = _case_with_amount(ws)

    _sql(
        directory,
        "UPDATE audit_entry SET old = '', new = '', salt = '', erased_at = '2026-11-28 00:00:00' "
        "WHERE case_uuid = :u AND seq = 2",
        u=case.uuid,
    )

    result = _verify(directory, case.uuid)
    assert not result.ok  # type: ignore[attr-defined]
    assert result.first_broken_seq == 2  # type: ignore[attr-defined]
    assert "no erasure is recorded" in result.reason.render()  # type: ignore[attr-defined]


def test_a_value_changed_in_a_current_entry_breaks_the_chain(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        case = _case_with_amount(ws)

    _sql(
        directory,
        "UPDATE audit_entry SET new = '13000' WHERE case_uuid = :u AND seq = 2",
        u=case.uuid,
    )

    result = _verify(directory, case.uuid)
    assert (result.ok, result.first_broken_seq) == (False, 2)  # type: ignore[attr-defined]


def test_purge_erases_the_log_values_and_the_chain_still_verifies(tmp_path: Path) -> None:
    clock = StepClock()
    directory = tmp_path / "ws"
    with new_workspace(directory, clock) as ws:
        case = _case_with_amount(ws)
        case.applicant.owner.phone = "13900001111"
        ws.store.save(case, OFFICER, reason="陈立 changed phones")
        archive_case(ws, case.uuid, OFFICER, reason="申请人撤回申请")
        before = ws.store.history(case.uuid)
        purge_at = clock.now + timedelta(days=1826)
        assert [p.uuid for p in purge_archived(ws, purge_at, 1826, OFFICER)] == [case.uuid]
        after = ws.store.history(case.uuid)
        result = ws.store.verify_history(case.uuid)

    # create, amount, phone, archive (status): four entries, then erase and purge
    assert len(before) == 4
    assert [e.action for e in after[4:]] == [ERASE_ACTION, "purge"]
    assert [e.hash for e in after[:4]] == [e.hash for e in before]  # the chain is unchanged
    assert all((e.old, e.new, e.reason, e.salt) == ("", "", "", "") for e in after[:4])
    assert all(e.erased_at == purge_at for e in after[:4])
    assert after[4].new == "4"  # erased through entry 4
    assert result.ok and result.state_checked
    assert [(x.through, x.count, x.at) for x in result.erasures] == [(4, 4, purge_at)]
    # Nothing of the values is left in the log's rows.
    with open_workspace(directory, PASSWORD) as ws, ws.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT old, new, reason FROM audit_entry WHERE case_uuid = :u"), {"u": case.uuid}
        ).all()
    flat = " ".join(" ".join(r) for r in rows)
    for secret in ("13812345678", "13900001111", "130000", "陈立", "申请人撤回申请"):
        assert secret not in flat
