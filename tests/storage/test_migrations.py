"""Opening a workspace written at the first schema upgrades it, after a backup."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from domain.case import Case
from domain.serialization import canonical_json, case_to_dict
from storage.audit import GENESIS_HASH, entry_hash
from storage.db import DB_FILE_NAME, connect_raw
from storage.keyfile import read_key_file, unwrap_with_password
from storage.migrations import runner
from storage.migrations.runner import head_revision
from storage.workspace import backup_path, open_workspace
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, new_workspace

AT = datetime(2026, 11, 20, 1, 0, tzinfo=UTC)


def _insert_case_at_revision_1(ws_engine: object, case: Case) -> str:
    """A case as the first schema stored it: no audit_head column yet."""
    from sqlalchemy import Engine

    assert isinstance(ws_engine, Engine)
    first_hash = entry_hash(
        GENESIS_HASH,
        case_uuid=case.uuid,
        seq=1,
        at=AT,
        actor="王小明 (S0421)",
        action="create",
        field="",
        old="",
        new=case.number,
        reason="",
    )
    with ws_engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO case_row (uuid, number, version, status, name, industry, "
                "amount_fen, progress, red, amber, created_at, updated_at, archived, search, "
                "payload) VALUES (:uuid, :number, 1, 'draft', :name, '', NULL, 0, 0, 0, "
                ":at, :at, 0, :search, :payload)"
            ),
            {
                "uuid": case.uuid,
                "number": case.number,
                "name": case.applicant.owner.name,
                "at": "2026-11-20 01:00:00.000000",
                "search": case.number.lower(),
                "payload": canonical_json(case_to_dict(case)).decode("utf-8"),
            },
        )
        conn.execute(
            text(
                "INSERT INTO audit_entry (case_uuid, seq, at, actor, action, field, old, new, "
                "reason, prev_hash, hash) VALUES (:uuid, 1, '2026-11-20 01:00:00.000000', "
                "'王小明 (S0421)', 'create', '', '', :number, '', :prev, :hash)"
            ),
            {"uuid": case.uuid, "number": case.number, "prev": GENESIS_HASH, "hash": first_hash},
        )
    return first_hash


def _revision_of(db_path: Path, data_key: bytes) -> str:
    conn = connect_raw(db_path, data_key)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def test_a_workspace_at_the_first_schema_is_backed_up_then_upgraded_and_keeps_its_cases(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "ws"
    case = Case(number="3301-20261120-0001", version=1)
    case.applicant.owner.name = "陈立"
    with new_workspace(directory, revision="0001") as old_ws:
        first_hash = _insert_case_at_revision_1(old_ws.engine, case)
    data_key = unwrap_with_password(read_key_file(directory), PASSWORD)
    assert _revision_of(directory / DB_FILE_NAME, data_key) == "0001"

    with open_workspace(directory, PASSWORD) as ws:
        loaded = ws.store.load("3301-20261120-0001")
        verified = ws.store.verify_history(case.uuid)
        with ws.engine.connect() as conn:
            head = conn.execute(
                text("SELECT audit_head FROM case_row WHERE uuid = :u"), {"u": case.uuid}
            ).scalar()
            info_revision = conn.execute(
                text("SELECT schema_revision FROM workspace_info")
            ).scalar()
            sort_name = conn.execute(
                text("SELECT sort_name FROM case_row WHERE uuid = :u"), {"u": case.uuid}
            ).scalar()
        history = ws.store.history(case.uuid)
        # and the upgraded workspace works as usual
        loaded.notes = "after the upgrade"
        assert ws.store.save(loaded, OFFICER).version == 2

    assert loaded.applicant.owner.name == "陈立"
    # 0002 filled the head from the existing log; 0009 kept that entry as it
    # was and anchored the chain with one entry committing to the case's state.
    assert [e.hash for e in history[:1]] == [first_hash]
    assert [(e.seq, e.action, e.prev_hash) for e in history[1:]] == [(2, "migrate", first_hash)]
    assert head == history[1].hash
    assert verified.state_checked
    assert bytes(sort_name) == "陈立".encode("gb18030")  # 0008 filled the name's sort key
    assert verified.ok
    assert info_revision == head_revision()  # 0002 and every later revision ran
    assert _revision_of(directory / DB_FILE_NAME, data_key) == head_revision()
    backup = backup_path(directory, "0001")
    assert backup.name == "workspace.db.bak-0001"
    # The backup is the first-schema database, encrypted with the same key, case included.
    assert _revision_of(backup, data_key) == "0001"
    conn = connect_raw(backup, data_key)
    try:
        assert conn.execute("SELECT name FROM case_row").fetchall() == [("陈立",)]
    finally:
        conn.close()
    assert "陈立".encode() not in backup.read_bytes()


def test_opening_an_up_to_date_workspace_takes_no_backup(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    new_workspace(directory).close()

    open_workspace(directory, PASSWORD).close()

    assert not any(p.name.startswith("workspace.db.bak") for p in directory.iterdir())


def test_revision_ids_read_without_alembic_agree_with_alembics_scripts() -> None:
    scripts = runner._scripts()
    assert runner.head_revision() == scripts.get_current_head()
    graph = runner.revision_graph()
    assert graph == {s.revision: s.down_revision for s in scripts.walk_revisions()}
    assert not runner.is_known_revision("not-a-revision")
