"""Head-office test helpers: a throw-away PostgreSQL schema per test (URL with
its search_path), head office's keys, workstations that export packages."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from domain.case import Case
from domain.ports import Actor
from storage.export import export_case
from storage.headoffice.db import connect
from storage.headoffice_keys import import_headoffice_enrolment, workstation_enrolment_bytes
from storage.keys import KeyPairs
from storage.workspace import Workspace, create_workspace
from tests.storage.export_fixtures import HEAD_OFFICE, headoffice_enrolment, walked_case
from tests.storage.workspace_fixtures import FAST_KDF, PASSWORD, StepClock

PG_URL = os.environ.get("FCW_TEST_PG_URL", "")
needs_pg = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="FCW_TEST_PG_URL is not set"),
]
REVIEWER = Actor(name="李审批", staff_no="H0007", branch="0000")


def scoped_url(schema: str) -> str:
    joiner = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{joiner}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    schema = f"fcw_ho_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield scoped_url(schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def engine(pg_url: str) -> Iterator[Engine]:
    eng = connect(pg_url)
    try:
        yield eng
    finally:
        eng.dispose()


@dataclass
class Station:
    """A workstation whose cases travel to head office."""

    ws: Workspace
    out: Path
    cases: list[Case] = field(default_factory=list)

    def enrolment(self) -> bytes:
        return workstation_enrolment_bytes(self.ws)

    def export(self, case: Case) -> Path:
        return export_case(self.ws, case.uuid, self.out, clock=StepClock()).path


def station(
    directory: Path,
    *,
    name: str = "王小明",
    staff_no: str = "S0421",
    branch: str = "3301",
    headoffice: KeyPairs = HEAD_OFFICE,
) -> Station:
    ws = create_workspace(
        directory / "ws", PASSWORD, name, staff_no, branch, kdf=FAST_KDF, clock=StepClock()
    )
    import_headoffice_enrolment(ws, headoffice_enrolment(headoffice), PASSWORD)
    return Station(ws, directory / "out")


def add_case(st: Station, n: int = 1, **owner: str) -> Case:
    """The memo sample case (number ``3301-20261127-000n``), owner fields overridden."""
    case = walked_case(st.ws, n=n)
    if owner:
        for key, value in owner.items():
            setattr(case.applicant.owner, key, value)
        st.ws.store.save(case, st.ws.actor)
        case = st.ws.store.load(case.uuid)
    st.cases.append(case)
    return case
