"""Crash soak in the normal suite: 5 SIGKILLs mid-edit lose no acknowledged edit.

The full run is ``uv run python -m tests.soak --rounds 200``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.soak import check, make_workspace, parse_ack, soak


def test_an_ack_line_names_case_version_field_and_value() -> None:
    ack = parse_ack("ACK 0f3c-uuid 7 notes=s1-e2-3 x")
    assert (ack.case_uuid, ack.version, ack.field, ack.value) == (
        "0f3c-uuid",
        7,
        "notes",
        "s1-e2-3 x",
    )


def test_the_check_notices_an_acknowledged_edit_that_is_not_there(tmp_path: Path) -> None:
    make_workspace(tmp_path / "ws", cases=1)
    from storage.workspace import open_workspace
    from tests.soak import PASSWORD, Ack

    with open_workspace(tmp_path / "ws", PASSWORD) as ws:
        ((case_uuid, _),) = ws.store.case_ids()
    problems = check(tmp_path / "ws", [Ack(case_uuid, 2, "notes", "never saved")])
    assert any("lost edit notes=never saved" in p for p in problems)
    assert any("v1 < 2" in p for p in problems)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_kill_during_edits_loses_no_acknowledged_edit(tmp_path: Path) -> None:
    report = soak(tmp_path / "ws", rounds=5, seed=7)
    assert report.problems == []
    assert report.rounds == 5
    assert len(report.acks) >= 5  # at least one acknowledged edit per round
