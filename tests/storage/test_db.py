"""The engine's connection settings, the unit of work, and schema drift."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

import storage.tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from storage.db import UnitOfWork
from storage.tables import SettingRow
from tests.storage.workspace_fixtures import new_workspace

OUR_TABLES = {
    "workspace_info",
    "case_row",
    "attachment",
    "audit_entry",
    "access_entry",
    "key_material",
    "setting",
    "case_sequence",
}


def test_every_connection_has_wal_foreign_keys_busy_timeout_and_full_sync(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws, ws.engine.connect() as conn:
        pragmas = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
        }
    # synchronous: 2 is FULL
    assert pragmas == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "busy_timeout": 5000,
        "synchronous": 2,
    }


def test_a_unit_of_work_left_by_an_exception_rolls_back(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        with pytest.raises(RuntimeError), UnitOfWork(ws.engine) as uow:
            uow.session.add(SettingRow(key="k", value="v"))
            uow.session.flush()  # the row reached the database inside the transaction
            raise RuntimeError("boom")

        assert ws.get_setting("k") is None


def test_a_unit_of_work_left_without_commit_rolls_back(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        with UnitOfWork(ws.engine) as uow:
            uow.session.add(SettingRow(key="k", value="v"))
            uow.session.flush()

        assert ws.get_setting("k") is None


def test_a_unit_of_work_keeps_what_it_committed(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        with UnitOfWork(ws.engine) as uow:
            uow.session.add(SettingRow(key="k", value="v"))
            uow.commit()

        assert ws.get_setting("k") == "v"


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    from sqlalchemy.exc import IntegrityError

    with (
        new_workspace(tmp_path / "ws") as ws,
        pytest.raises(IntegrityError),
        ws.engine.begin() as conn,
    ):
        conn.execute(
            text(
                "INSERT INTO access_entry (case_uuid, at, actor, action) "
                "VALUES ('no-such-case', '2026-11-27 02:00:00', 'x', 'open')"
            )
        )


def test_the_migrations_build_exactly_the_schema_of_the_table_classes(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws, ws.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        ours = SQLModel.metadata
        diff = [d for d in compare_metadata(context, ours) if _table_of(d) in OUR_TABLES]
    assert diff == []


def _table_of(diff: object) -> str:
    # compare_metadata yields tuples like ("add_table", Table) or lists of them
    item = diff[0] if isinstance(diff, list) else diff
    assert isinstance(item, tuple)
    for part in item[1:]:
        name = getattr(part, "name", None)
        table = getattr(part, "table", None)
        if table is not None and getattr(table, "name", None):
            return str(table.name)
        if isinstance(part, str) and part in OUR_TABLES:
            return part
        if name in OUR_TABLES:
            return str(name)
    return ""


def test_a_writing_unit_of_work_holds_the_write_lock_from_its_start(tmp_path: Path) -> None:
    from storage.db import connect_raw
    from storage.keyfile import read_key_file, unwrap_with_password
    from storage.sqlcipher_conn import driver
    from tests.storage.workspace_fixtures import PASSWORD

    with new_workspace(tmp_path / "ws") as ws:
        data_key = unwrap_with_password(read_key_file(ws.directory), PASSWORD)
        other = connect_raw(ws.db_path, data_key)
        other.isolation_level = None
        other.execute("PRAGMA busy_timeout = 0")
        try:
            # nothing read or written yet, and still no other writer may start
            with (
                UnitOfWork(ws.engine, write=True),
                pytest.raises(driver.OperationalError, match="locked"),
            ):
                other.execute("BEGIN IMMEDIATE")
            other.execute("BEGIN IMMEDIATE")  # free again once the block is left
            other.execute("ROLLBACK")
        finally:
            other.close()
