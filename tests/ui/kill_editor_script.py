"""Run the case editor offscreen and type into it until killed (for the kill test).

Usage: ``python tests/ui/kill_editor_script.py WORKSPACE_DIR`` with the
password in ``FCW_PASSWORD``. Creates the workspace and a case, prints
``CASE <uuid>``, then types bursts of characters into the visit notes; after
every save the store acknowledged it prints ``SAVED <version> notes=<text>``.
Uses the real encrypted workspace (``storage.workspace``); falls back to a
JSON file store when storage is not available.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from domain.case import Case
from domain.ports import Actor, SaveResult
from domain.serialization import case_from_dict, case_to_dict

WORDS = "abcdefghij"


class JsonFileStore:
    """Fallback store: one case as a JSON file, replaced atomically with fsync."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / "case.json"

    def create(self, case: Case, actor: Actor) -> Case:
        case.version = 1
        self._write(case)
        return case

    def load(self, case_id: str) -> Case:
        return case_from_dict(json.loads(self.path.read_text("utf-8")))

    def save(self, case: Case, actor: Actor, reason: str = "", **_columns: object) -> SaveResult:
        from datetime import datetime

        case.version += 1
        self._write(case)
        return SaveResult(case.version, datetime.now())

    def _write(self, case: Case) -> None:
        tmp = self.path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(case_to_dict(case), fh, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)


def open_store(directory: Path, password: str, create: bool):  # type: ignore[no-untyped-def]
    """(store, actor, closer) on the real workspace, or the JSON fallback."""
    actor = Actor("王芳", "1001", "3301")
    try:
        from storage.keyfile import ScryptParams
        from storage.workspace import create_workspace, open_workspace
    except ImportError:
        directory.mkdir(parents=True, exist_ok=True)
        return JsonFileStore(directory), actor, lambda: None
    if create:
        ws = create_workspace(
            directory,
            password,
            actor.name,
            actor.staff_no,
            actor.branch,
            kdf=ScryptParams(n=2**10, r=8, p=1),
        )
    else:
        ws = open_workspace(directory, password)
    return ws.store, ws.actor, ws.close


def main() -> int:
    directory = Path(sys.argv[1])
    app = QApplication([])
    store, actor, _close = open_store(directory, os.environ["FCW_PASSWORD"], create=True)
    case = store.create(Case(), actor)
    print(f"CASE {case.uuid}", flush=True)

    from ui.autosave import QtDebouncer
    from ui.case_editor import CaseEditor

    editor = CaseEditor(case, store, actor, timer=QtDebouncer(0.03))
    editor.show()
    notes = editor.page("visit").findChild(object, "visits/0/notes")

    def acknowledged(result: SaveResult) -> None:
        print(f"SAVED {result.version} notes={editor.case.visits[0].notes}", flush=True)

    editor.autosave.saved.connect(acknowledged)
    state = {"n": 0}

    def type_one() -> None:
        # Bursts of five keys 5 ms apart, then a pause longer than the debounce.
        n = state["n"]
        state["n"] += 1
        if n % 10 < 5:
            notes.setFocus()
            QTest.keyClick(notes, WORDS[n % len(WORDS)])
            timer.start(5)
        else:
            timer.start(60 if n % 10 == 9 else 0)

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(type_one)
    timer.start(0)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
