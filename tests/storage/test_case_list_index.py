"""The case list reads the covering index ``ix_case_row_list`` (revision 0005),
never the rows with their payloads."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, text

from domain.case import Case
from domain.ports import CaseFilter
from storage.case_list import CaseListQuery
from storage.case_rows import case_row_for
from storage.db import DB_FILE_NAME, connect_raw
from storage.keyfile import read_key_file, unwrap_with_password
from storage.workspace import open_workspace
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, new_workspace


def _named(name: str) -> Case:
    case = Case()
    case.applicant.registered_name = name
    case.applicant.owner.name = name
    return case


def test_the_filtered_first_page_and_count_read_only_the_list_index(tmp_path: Path) -> None:
    # Every reader of the list (the store, and start-up before SQLAlchemy is
    # loaded) runs the statements of storage.case_list.CaseListQuery.
    query = CaseListQuery("sqlite")
    flt = CaseFilter(text="超市")
    statements = [query.count_sql(flt), query.page_sql(flt, 0, 50, "updated_at", True)]
    with new_workspace(tmp_path / "ws") as ws:
        store = ws.store
        for name in ("陈立小吃", "王芳超市", "李强五金"):
            store.create(_named(name), OFFICER)
        plans = []
        for sql, params in statements:
            with ws.engine.connect() as conn:
                cursor = conn.connection.cursor()
                cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
                plans.append("\n".join(str(r[-1]) for r in cursor.fetchall()))
        assert [s.name for s in store.summaries(flt)] == ["王芳超市"]
        assert store.count(flt) == 1

    assert all("payload" not in sql for sql, _ in statements)
    for plan in plans:
        # "USING COVERING INDEX": the rows themselves are never read; no sort
        # step either, the index is already in (updated_at, number) order.
        assert "USING COVERING INDEX ix_case_row_list" in plan, plan
        assert "TEMP B-TREE" not in plan, plan
        assert "SCAN case_row\n" not in plan + "\n", plan


def _insert_at_old_revision(engine: Engine, case: Case) -> None:
    """The case's row with the columns an older schema has (no ``sort_name``,
    which revision 0008 adds): today's model would write that column too."""
    case.number, case.version = "3301-20261127-0001", 1
    case.created_at = case.updated_at = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    row = case_row_for(case, 0, 0, 0).model_dump()
    row.pop("sort_name")
    columns = ", ".join(row)
    with engine.begin() as conn:
        conn.execute(
            text(f"INSERT INTO case_row ({columns}) VALUES ({', '.join(':' + c for c in row)})"),
            row,
        )


def test_a_workspace_at_revision_0004_gets_the_list_index_and_keeps_its_cases(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory, revision="0004") as old_ws:
        _insert_at_old_revision(old_ws.engine, _named("陈立小吃"))
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


def test_the_unfiltered_count_scans_the_narrow_archived_index(tmp_path: Path) -> None:
    sql, params = CaseListQuery("sqlite").count_sql(CaseFilter())
    with new_workspace(tmp_path / "ws") as ws:
        ws.store.create(_named("陈立小吃"), OFFICER)
        with ws.engine.connect() as conn:
            cursor = conn.connection.cursor()
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            plan = "\n".join(str(r[-1]) for r in cursor.fetchall())
        assert ws.store.count() == 1
    # ix_case_row_list would do as well, but its entries carry the search text
    assert "USING COVERING INDEX ix_case_row_archived" in plan, plan
