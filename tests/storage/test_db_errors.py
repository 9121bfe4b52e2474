"""Real SQLite failures while writing come back as named workspace errors, nothing half-written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from domain.case import Attachment, Case
from domain.errors import DiskFull, WorkspaceBusy, WorkspaceNotWritable
from storage.db import connect_raw
from storage.keyfile import read_key_file, unwrap_with_password
from storage.workspace import Workspace
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, new_workspace


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = new_workspace(tmp_path / "ws")
    yield workspace
    workspace.close()


def _on_every_new_connection(ws: Workspace, pragma: str) -> None:
    ws.engine.dispose()  # later connections are new ones and get the pragma

    @event.listens_for(ws.engine, "connect")
    def _apply(dbapi_conn: Any, _record: Any) -> None:
        if "{pages}" in pragma:
            pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
            dbapi_conn.execute(pragma.format(pages=pages))
        else:
            dbapi_conn.execute(pragma)


def test_a_full_disk_while_storing_an_attachment_is_disk_full_and_stores_nothing(
    ws: Workspace,
) -> None:
    case = ws.store.create(Case(), OFFICER)
    # The database may not grow by a single page: SQLite reports SQLITE_FULL.
    _on_every_new_connection(ws, "PRAGMA max_page_count = {pages}")

    with pytest.raises(DiskFull):
        ws.store.add_attachment(case.uuid, Attachment(filename="a.jpg"), b"x" * 200_000, OFFICER)

    assert [e.action for e in ws.store.history(case.uuid)] == ["create"]


def test_a_read_only_database_while_saving_is_not_writable_and_keeps_the_case(
    ws: Workspace,
) -> None:
    case = ws.store.create(Case(), OFFICER)
    _on_every_new_connection(ws, "PRAGMA query_only = 1")
    case.notes = "new"

    with pytest.raises(WorkspaceNotWritable):
        ws.store.save(case, OFFICER)

    assert ws.store.load(case.uuid).notes == "" and case.version == 1


def test_a_workspace_locked_by_another_writer_is_busy(ws: Workspace) -> None:
    case = ws.store.create(Case(), OFFICER)
    _on_every_new_connection(ws, "PRAGMA busy_timeout = 20")
    data_key = unwrap_with_password(read_key_file(ws.directory), PASSWORD)
    other = connect_raw(ws.db_path, data_key)
    other.isolation_level = None
    other.execute("BEGIN IMMEDIATE")  # another window holds the write lock
    try:
        case.notes = "new"
        with pytest.raises(WorkspaceBusy):
            ws.store.save(case, OFFICER)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert ws.store.load(case.uuid).notes == ""
