"""Never lose work: an editor killed mid-typing keeps every acknowledged save."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from domain.errors import DiskFull
from domain.i18n import Message
from domain.ports import SaveResult
from tests.ui.fakes import ManualDebouncer
from ui.autosave import Autosave

SCRIPT = Path(__file__).with_name("kill_editor_script.py")
ACKS_BEFORE_KILL = 6


def _open_store(directory: Path, password: str):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(SCRIPT.parent))
    from kill_editor_script import open_store  # type: ignore[import-not-found]

    return open_store(directory, password, create=False)


def test_every_save_acknowledged_before_sigkill_is_in_the_reopened_case(tmp_path: Path) -> None:
    directory = tmp_path / "workspace"
    env = {**os.environ, "FCW_PASSWORD": "kill-test-password", "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, str(SCRIPT), str(directory)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        env=env,
    )
    acked: list[tuple[int, str]] = []
    case_uuid = ""
    try:
        assert proc.stdout is not None
        # Read until enough acknowledgements: no sleeps, the output is the clock.
        for line in proc.stdout:
            if line.startswith("CASE "):
                case_uuid = line.split()[1]
            elif line.startswith("SAVED "):
                _, version, field = line.rstrip("\n").split(" ", 2)
                acked.append((int(version), field.removeprefix("notes=")))
                if len(acked) == ACKS_BEFORE_KILL:
                    break
        proc.send_signal(signal.SIGKILL)  # mid-typing: keys keep arriving every 5 ms
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert len(acked) == ACKS_BEFORE_KILL and case_uuid

    store, _, close = _open_store(directory, "kill-test-password")
    try:
        stored = store.load(case_uuid)
    finally:
        close()
    last_version, last_notes = acked[-1]
    assert stored.version >= last_version
    for _, notes in acked:  # typing only appends: each saved text is a prefix
        assert stored.visits[0].notes.startswith(notes)
    assert len(stored.visits[0].notes) >= len(last_notes) > 0


def _result(version: int) -> SaveResult:
    return SaveResult(version, datetime(2026, 11, 27, 10, 0))


def test_a_failed_save_stays_pending_and_the_next_flush_saves(qtbot) -> None:  # type: ignore[no-untyped-def]
    outcomes: list[Exception | SaveResult] = [DiskFull(Message("The disk is full.")), _result(7)]

    def save() -> SaveResult:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    timer = ManualDebouncer()
    autosave = Autosave(save, timer=timer, clock=lambda: datetime(2026, 11, 27, 9, 8, 7))
    failures: list[str] = []
    autosave.failed.connect(failures.append)
    autosave.touch()
    timer.fire()
    assert autosave.dirty
    assert failures == ["The disk is full."]
    assert autosave.status == "Save failed; will retry"
    assert autosave.flush() is True
    assert autosave.last_result == _result(7)
    assert autosave.status == "Saved 09:08:07"


def test_flush_with_nothing_pending_does_not_save(qtbot) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []

    def save() -> SaveResult:
        calls.append(1)
        return _result(1)

    autosave = Autosave(save, timer=ManualDebouncer())
    assert autosave.flush() is True
    assert calls == []


def test_the_workspace_store_gets_the_progress_of_finished_stages(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from domain.case import Case
    from domain.ports import Actor
    from storage.keyfile import ScryptParams
    from storage.workspace import create_workspace
    from ui.case_editor import CaseEditor

    ws = create_workspace(
        tmp_path / "ws", "pw", "王芳", "1001", "3301", kdf=ScryptParams(n=2**10, r=8, p=1)
    )
    try:
        case = ws.store.create(Case(), ws.actor)
        timer = ManualDebouncer()
        editor = CaseEditor(case, ws.store, Actor("王芳", "1001", "3301"), timer=timer)
        qtbot.addWidget(editor)
        editor.show_stage("security")  # no required fields: it can be finished at once
        assert editor.finish_current_stage()
        timer.fire()
        # 1 of 8 stages finished = 12.5% → 12 (whole percent, rounded down)
        assert ws.store.summaries()[0].progress == 12
        assert ws.store.load(case.uuid).stages_finished == ["security"]
    finally:
        ws.close()
