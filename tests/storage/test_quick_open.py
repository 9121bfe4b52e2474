"""Unlocking for the case list before SQLAlchemy loads (storage.quick_open)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from domain.case import Case
from domain.enums import CaseStatus
from domain.errors import WorkspaceBusy, WrongPassword
from domain.ports import CaseFilter
from storage.archive import archive_case
from storage.migrations.runner import head_revision
from storage.quick_open import QuickWorkspace, open_workspace_quickly
from storage.workspace import Workspace, backup_path, open_workspace
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, StepClock, new_workspace

ROOT = Path(__file__).resolve().parents[2]
NAMES = ("陈立小吃", "王芳超市", "李强五金", "赵敏超市", "钱进_批发", "孙丽100%鲜果")


def _filled(directory: Path) -> list[str]:
    uuids = []
    with new_workspace(directory) as ws:
        for i, name in enumerate(NAMES):
            case = Case()
            case.applicant.registered_name = name
            case.applicant.owner.name = name
            case = ws.store.create(case, OFFICER)
            if i % 2:
                case.status = CaseStatus.IN_FIELD
                ws.store.save(case, OFFICER)
            uuids.append(case.uuid)
        archive_case(ws, uuids[0], OFFICER, "重复录入")
    return uuids


def test_the_quick_list_is_the_full_stores_list_for_every_filter_and_sort(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    _filled(directory)
    filters = [
        CaseFilter(),
        CaseFilter(text="超市"),
        CaseFilter(text="_"),  # LIKE wildcards are matched literally
        CaseFilter(text="100%"),
        CaseFilter(status=CaseStatus.IN_FIELD),
        CaseFilter(include_archived=True),
    ]
    quick_pages, full_pages = [], []
    with open_workspace_quickly(directory, PASSWORD) as quick:
        assert isinstance(quick, QuickWorkspace)
        for flt in filters:
            for order in ("updated_at", "name", "number"):
                for descending in (True, False):
                    quick_pages.append(
                        (
                            quick.store.count(flt),
                            quick.store.summaries(flt, 1, 3, order, descending),
                        )
                    )
        assert not quick.is_full  # the list alone never built the full workspace
    with open_workspace(directory, PASSWORD) as full:
        for flt in filters:
            for order in ("updated_at", "name", "number"):
                for descending in (True, False):
                    page = full.store.summaries(flt, 1, 3, order, descending)
                    full_pages.append((full.store.count(flt), page))
    assert quick_pages == full_pages
    counts = [pages[0] for pages in quick_pages[::6]]
    # five (the first is archived), "超市" two, "_" one, "100%" one,
    # IN_FIELD three (the 2nd, 4th and 6th), archived included six
    assert counts == [5, 2, 1, 1, 3, 6]


def test_anything_but_the_list_builds_the_full_workspace_on_the_same_lock(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    uuids = _filled(directory)
    with open_workspace_quickly(directory, PASSWORD, clock=StepClock()) as quick:
        assert isinstance(quick, QuickWorkspace)
        case = quick.store.load(uuids[1])
        assert quick.is_full
        assert case.applicant.owner.name == NAMES[1]
        case.notes = "补充了水电单据"
        before = case.version
        assert quick.store.save(case, quick.actor).version == before + 1
        assert quick.get_setting("no-such-setting") is None
        assert quick.store.count() == len(NAMES) - 1  # the list now runs on the full store
        with pytest.raises(WorkspaceBusy):  # the writer's lock is held throughout
            open_workspace(directory, PASSWORD)
    with open_workspace(directory, PASSWORD) as again:  # and released by close()
        assert again.store.load(uuids[1]).notes == "补充了水电单据"


def test_the_officer_comes_from_the_workspace_without_loading_it(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    _filled(directory)
    with open_workspace_quickly(directory, PASSWORD) as quick:
        assert quick.actor == OFFICER
        assert quick.directory == directory
        assert not quick.is_full


def test_a_wrong_password_and_a_busy_workspace_are_refused_and_hold_no_lock(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "ws"
    _filled(directory)
    with pytest.raises(WrongPassword):
        open_workspace_quickly(directory, "not the password")
    with open_workspace(directory, PASSWORD), pytest.raises(WorkspaceBusy):
        open_workspace_quickly(directory, PASSWORD)
    with open_workspace_quickly(directory, PASSWORD) as quick:  # nothing left behind
        assert quick.store.count() == len(NAMES) - 1


def test_a_workspace_that_needs_an_upgrade_is_upgraded_by_the_full_path(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    new_workspace(directory, revision="0005").close()
    with open_workspace_quickly(directory, PASSWORD) as opened:
        assert isinstance(opened, Workspace)
        assert opened.store.count() == 0
    assert backup_path(directory, "0005").is_file()
    with open_workspace_quickly(directory, PASSWORD) as quick:  # now at the head revision
        assert isinstance(quick, QuickWorkspace)
    assert head_revision() != "0005"


def test_the_case_list_is_painted_without_sqlalchemy(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    _filled(directory)
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from storage.gateway import SqlWorkspaceGateway
        ws = SqlWorkspaceGateway().open(Path({str(directory)!r}), {PASSWORD!r})
        rows = ws.store.summaries()
        print(len(rows), ws.store.count(), "sqlalchemy" in sys.modules)
        ws.store.load(rows[0].uuid)
        print("sqlalchemy" in sys.modules)
        ws.close()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["5", "5", "False", "True"]


def test_preload_imports_the_full_workspace_in_the_background(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    _filled(directory)
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from storage.gateway import SqlWorkspaceGateway
        ws = SqlWorkspaceGateway().open(Path({str(directory)!r}), {PASSWORD!r})
        print("storage.workspace" in sys.modules, "sqlalchemy" in sys.modules)
        thread = ws.preload()
        thread.join(60)
        print(thread.is_alive(), "storage.workspace" in sys.modules, "sqlalchemy" in sys.modules)
        print(ws.store.count())
        ws.close()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False", "False", "True", "True", "5"]
