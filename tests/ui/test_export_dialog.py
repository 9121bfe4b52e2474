"""ExportDialog: the export runs off the GUI thread, reports back on it, and
can be cancelled between cases."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from domain.errors import DomainError
from domain.i18n import Message
from ui.export_dialog import ExportDialog


class Recorder:
    """An export function that writes a small file per case and notes its thread."""

    def __init__(self, out: Path, fail: set[str] | None = None) -> None:
        self.out = out
        self.fail = fail or set()
        self.threads: list[QThread] = []
        self.calls: list[str] = []

    def __call__(self, case_uuid: str) -> Path:
        self.threads.append(QThread.currentThread())
        self.calls.append(case_uuid)
        if case_uuid in self.fail:
            raise DomainError(Message("Case {id} has a pending red flag.", {"id": case_uuid}))
        path = self.out / f"{case_uuid}.fcwpkg"
        path.write_bytes(b"package")
        return path


def run(qtbot: QtBot, dialog: ExportDialog) -> Any:
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.completed, timeout=10000) as blocker:
        dialog.start()
    return blocker.args


def test_every_case_is_exported_in_a_worker_thread_and_results_come_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    export = Recorder(tmp_path)
    dialog = ExportDialog(["a", "b", "c"], export)
    main_thread = QThread.currentThread()
    received_on: list[QThread] = []
    dialog.completed.connect(lambda *_: received_on.append(QThread.currentThread()))

    done, failed, cancelled = run(qtbot, dialog)

    assert [case for case, _ in done] == ["a", "b", "c"]
    assert [result.name for _, result in done] == ["a.fcwpkg", "b.fcwpkg", "c.fcwpkg"]
    assert (failed, cancelled) == ([], False)
    assert all(t is not main_thread for t in export.threads)
    assert received_on == [main_thread]
    assert dialog.value() == dialog.maximum() == 3


def test_a_failing_case_is_reported_and_the_rest_still_go(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog(["a", "b", "c"], Recorder(tmp_path, fail={"b"}))
    done, failed, cancelled = run(qtbot, dialog)
    assert [case for case, _ in done] == ["a", "c"]
    assert [case for case, _ in failed] == ["b"]
    assert dialog.failure_texts() == ["b: Case b has a pending red flag."]
    assert cancelled is False


def test_cancel_stops_before_the_next_case_and_leaves_only_whole_files(
    qtbot: QtBot, tmp_path: Path
) -> None:
    started, release = threading.Event(), threading.Event()
    export = Recorder(tmp_path)

    def slow_first(case_uuid: str) -> Path:
        if case_uuid == "a":
            started.set()
            release.wait(10)
        return export(case_uuid)

    dialog = ExportDialog(["a", "b", "c"], slow_first)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.completed, timeout=10000) as blocker:
        dialog.start()
        assert started.wait(10)
        button = dialog.findChild(QPushButton)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        release.set()
    done, failed, cancelled = blocker.args

    assert (cancelled, failed) == (True, [])
    assert export.calls == ["a"]
    assert [case for case, _ in done] == ["a"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.fcwpkg"]
    assert not list(tmp_path.glob("*.part"))


def test_real_exports_from_a_workspace_run_in_the_worker_and_are_recorded(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """What main.py wires: ``export_one = lambda u: export_case(workspace, u, out_dir)``."""
    from domain.enums import CaseStatus
    from storage.export import export_case
    from tests.storage.export_fixtures import walked_case, workstation

    with workstation(tmp_path / "ws") as ws:
        good = walked_case(ws)
        draft = walked_case(ws, CaseStatus.DRAFT, n=2)
        out = tmp_path / "out"
        dialog = ExportDialog(
            [good.uuid, draft.uuid], lambda u: export_case(ws, u, out), parent=None
        )
        done, failed, cancelled = run(qtbot, dialog)
        assert [case for case, _ in done] == [good.uuid]
        assert done[0][1].path.name == "3301-20261127-0001-v5.fcwpkg"
        assert [case for case, _ in failed] == [draft.uuid]
        assert ws.store.load(good.uuid).status == CaseStatus.EXPORTED
        assert cancelled is False
