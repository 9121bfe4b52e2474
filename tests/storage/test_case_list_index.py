"""The case list reads the covering index ``ix_case_row_list`` (revision 0005),
never the rows with their payloads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from domain.case import Case
from domain.ports import CaseFilter
from storage.db import DB_FILE_NAME, connect_raw
from storage.keyfile import read_key_file, unwrap_with_password
from storage.workspace import open_workspace
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, new_workspace


def _captured(engine: Engine, call: Any) -> list[str]:
    """The SQL statements ``call`` sends to the database."""
    from sqlalchemy import event

    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return [s for s in seen if "case_row" in s]


def _named(name: str) -> Case:
    case = Case()
    case.applicant.registered_name = name
    case.applicant.owner.name = name
    return case


def test_the_filtered_first_page_and_count_read_only_the_list_index(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        store = ws.store
        for name in ("陈立小吃", "王芳超市", "李强五金"):
            store.create(_named(name), OFFICER)
        flt = CaseFilter(text="超市")
        statements = _captured(
            ws.engine, lambda: (store.count(flt), store.summaries(flt, limit=50))
        )
        plans = []
        for statement in statements:
            with ws.engine.connect() as conn:
                sql = statement.replace("?", "'%超市%'", 1)
                sql = sql.replace("?", "50", 1).replace("?", "0", 1)
                rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}").all()
            plans.append("\n".join(str(r[-1]) for r in rows))
        assert [s.name for s in store.summaries(flt)] == ["王芳超市"]

    assert len(statements) == 2
    assert all("payload" not in s for s in statements)
    for plan in plans:
        # "USING COVERING INDEX": the rows themselves are never read; no sort
        # step either, the index is already in (updated_at, number) order.
        assert "USING COVERING INDEX ix_case_row_list" in plan, plan
        assert "TEMP B-TREE" not in plan, plan
        assert "SCAN case_row\n" not in plan + "\n", plan


def test_a_workspace_at_revision_0004_gets_the_list_index_and_keeps_its_cases(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory, revision="0004") as old_ws:
        old_ws.store.create(_named("陈立小吃"), OFFICER)
    data_key = unwrap_with_password(read_key_file(directory), PASSWORD)

    with open_workspace(directory, PASSWORD) as ws:
        names = [s.name for s in ws.store.summaries(CaseFilter(text="小吃"))]
        total = ws.store.count()

    conn = connect_raw(directory / DB_FILE_NAME, data_key)
    try:
        indexes = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'case_row'"
            )
        }
    finally:
        conn.close()
    assert names == ["陈立小吃"]
    assert total == 1
    assert "ix_case_row_list" in indexes
    assert "ix_case_row_archived_updated_at" not in indexes  # its prefix, now redundant
