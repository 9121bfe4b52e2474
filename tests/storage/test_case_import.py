"""Importing a case that may already exist (CONTRACTS.md, "Case identity")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from domain.case import Case
from domain.serialization import copy_case
from storage.case_store import CaseConflict
from storage.workspace import Workspace
from tests.storage.workspace_fixtures import OFFICER, new_workspace


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = new_workspace(tmp_path / "ws")
    yield workspace
    workspace.close()


def _incoming(version: int = 3, phone: str = "13912345678") -> Case:
    case = Case(number="3302-20261101-0007", version=version)
    case.applicant.owner.name = "周芳"
    case.applicant.owner.phone = phone
    return case


def test_an_unknown_case_is_created_with_its_own_number_and_version(ws: Workspace) -> None:
    result = ws.store.import_case(_incoming(), OFFICER)

    assert (result.outcome, result.version) == ("created", 3)
    stored = ws.store.load("3302-20261101-0007")
    assert stored.version == 3 and stored.applicant.owner.phone == "13912345678"
    assert [(e.action, e.new) for e in ws.store.history(stored.uuid)] == [
        ("import", "3302-20261101-0007 v3")
    ]


def test_the_same_version_again_changes_nothing(ws: Workspace) -> None:
    case = _incoming()
    ws.store.import_case(case, OFFICER)

    result = ws.store.import_case(copy_case(case), OFFICER)

    assert (result.outcome, result.version) == ("unchanged", 3)
    assert len(ws.store.history(case.uuid)) == 1


def test_the_same_version_with_other_content_is_refused(ws: Workspace) -> None:
    case = _incoming()
    ws.store.import_case(case, OFFICER)
    other = copy_case(case)
    other.applicant.owner.phone = "13000000000"

    with pytest.raises(CaseConflict):
        ws.store.import_case(other, OFFICER)

    assert ws.store.load(case.uuid).applicant.owner.phone == "13912345678"


def test_a_newer_version_replaces_the_case_and_keeps_the_history(ws: Workspace) -> None:
    case = _incoming(version=3)
    ws.store.import_case(case, OFFICER)
    newer = copy_case(case)
    newer.version = 5
    newer.applicant.owner.phone = "13000000000"

    result = ws.store.import_case(newer, OFFICER, reason="returned by head office")

    assert (result.outcome, result.version, result.changes) == (
        "replaced",
        5,
        ["applicant/owner/phone"],
    )
    history = ws.store.history(case.uuid)
    assert [(e.seq, e.action, e.field, e.old, e.new) for e in history] == [
        (1, "import", "", "", "3302-20261101-0007 v3"),
        (2, "import", "applicant/owner/phone", "13912345678", "13000000000"),
    ]
    assert ws.store.verify_history(case.uuid).ok
    assert ws.store.load(case.uuid).version == 5


def test_an_older_version_is_refused_and_changes_nothing(ws: Workspace) -> None:
    case = _incoming(version=3)
    ws.store.import_case(case, OFFICER)
    older = copy_case(case)
    older.version = 2
    older.applicant.owner.phone = "13000000000"

    with pytest.raises(CaseConflict) as caught:
        ws.store.import_case(older, OFFICER)

    assert "older" in caught.value.message.render()
    assert ws.store.load(case.uuid).applicant.owner.phone == "13912345678"


def test_a_case_number_already_used_by_another_case_is_refused(ws: Workspace) -> None:
    ws.store.import_case(_incoming(), OFFICER)

    with pytest.raises(CaseConflict):
        ws.store.import_case(_incoming(), OFFICER)  # new UUID, same number
