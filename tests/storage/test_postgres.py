"""The same migrations and case store on PostgreSQL (head office). Needs FCW_TEST_PG_URL,
e.g. ``postgresql+psycopg://user@localhost/db``; skipped otherwise."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import Engine, create_engine, text

from domain.case import Case
from domain.ports import CaseFilter
from storage.case_store import SqlCaseStore
from storage.migrations import runner
from tests.storage.workspace_fixtures import BEIJING, OFFICER, StepClock

PG_URL = os.environ.get("FCW_TEST_PG_URL", "")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="FCW_TEST_PG_URL is not set"),
]


@pytest.fixture
def engine() -> Iterator[Engine]:
    schema = f"fcw_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    scoped = create_engine(PG_URL, connect_args={"options": f"-csearch_path={schema}"})
    try:
        yield scoped
    finally:
        scoped.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_the_migrations_run_up_and_down_on_postgresql(engine: Engine) -> None:
    with engine.begin() as conn:
        runner.upgrade(conn)
        assert runner.current_revision(conn) == runner.head_revision()
    with engine.begin() as conn:
        runner.downgrade(conn, "base")
        assert runner.current_revision(conn) is None


def test_the_case_store_works_on_postgresql(engine: Engine) -> None:
    with engine.begin() as conn:
        runner.upgrade(conn)
    store = SqlCaseStore(engine, default_branch="3301", clock=StepClock())
    case = Case()
    case.applicant.owner.name = "陈立"
    case.loan.amount = Decimal("300000.5")
    store.create(case, OFFICER)
    case.applicant.owner.phone = "13912345678"
    store.save(case, OFFICER)

    (summary,) = store.summaries(CaseFilter(text="陈"))
    assert summary.number == "3301-20261127-0001"
    assert summary.amount == Decimal("300000.50")  # 30000050 fen
    # 10:00:01 Beijing was the save; the stored time comes back aware and equal
    assert summary.updated_at == datetime(2026, 11, 27, 10, 0, 1, tzinfo=BEIJING)
    assert store.verify_history(case.uuid).ok
    assert [e.field for e in store.history(case.uuid)] == ["", "applicant/owner/phone"]
