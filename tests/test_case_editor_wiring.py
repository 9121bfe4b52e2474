"""main.py hands the case editor the statement parser and cross-case matches."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

import main
from domain.enums import Severity
from storage.demo_workspace import create_demo_workspace
from tests.storage.workspace_fixtures import FAST_KDF


class FakeMainWindow(QWidget):
    locked = Signal()
    cases_refreshed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.refreshed = 0

    def refresh_cases(self) -> None:
        self.refreshed += 1


def test_editor_opened_from_the_list_can_import_statements_and_sees_shared_ids(
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    workspace = create_demo_workspace(tmp_path / "ws", count=2, kdf=FAST_KDF)
    try:
        first, second = (workspace.store.load(s.uuid) for s in workspace.store.summaries())
        # The second applicant gives the first one's phone number as their own.
        second.applicant.owner.phone = first.applicant.owner.phone
        workspace.store.save(second, workspace.actor)

        window = FakeMainWindow()
        qtbot.addWidget(window)
        open_case = main.case_editor_factory(window, workspace)
        open_case(second.uuid)
        opener_editors = [w for w in window.findChildren(QWidget) if hasattr(w, "case")]
        editor = next(e for e in opener_editors if getattr(e.case, "uuid", None) == second.uuid)
        qtbot.addWidget(editor)

        button = editor.findChild(QPushButton, "import_statement")
        assert button is not None and not button.isHidden()

        flags = editor._assess(editor.case).flags
        shared = [f for f in flags if f.rule == "business.shared_identity"]
        assert shared, [f.rule for f in flags]
        assert shared[0].severity in (Severity.AMBER, Severity.RED)
        editor.close()
    finally:
        workspace.close()
