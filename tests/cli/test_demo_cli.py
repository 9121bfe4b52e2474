"""`main.py demo --workspace DIR`: a demo workspace, created without a screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from domain.ports import CaseFilter
from storage.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[2]


def run_demo(*args: str, password: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FCW_PASSWORD"}
    if password is not None:
        env["FCW_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "demo", *args],
        capture_output=True,
        text=True,
        env=env,
        input="",
        cwd=ROOT,
        check=False,
    )


def test_demo_command_creates_a_workspace_holding_the_requested_cases(tmp_path: Path) -> None:
    result = run_demo(
        "--workspace", str(tmp_path / "ws"), "--cases", "12", password="Pw-demo-2026!"
    )
    assert result.returncode == 0, result.stderr
    workspace = open_workspace(tmp_path / "ws", "Pw-demo-2026!")
    try:
        assert workspace.store.count(CaseFilter()) == 12
        summaries = workspace.store.summaries(CaseFilter(), limit=50)
        assert all(s.name for s in summaries)
        assert len({s.industry for s in summaries}) >= 6  # spread across the industries
    finally:
        workspace.close()


def test_demo_command_without_a_password_uses_and_prints_the_demo_password(
    tmp_path: Path,
) -> None:
    from storage.demo_workspace import DEMO_PASSWORD

    result = run_demo("--workspace", str(tmp_path / "ws"), "--cases", "1", password=None)
    assert result.returncode == 0, result.stderr
    assert DEMO_PASSWORD in result.stderr
    open_workspace(tmp_path / "ws", DEMO_PASSWORD).close()


def test_demo_command_refuses_a_folder_that_already_holds_a_workspace(tmp_path: Path) -> None:
    assert (
        run_demo("--workspace", str(tmp_path), "--cases", "1", password="Pw-demo-2026!").returncode
        == 0
    )
    again = run_demo("--workspace", str(tmp_path), "--cases", "1", password="Pw-demo-2026!")
    assert again.returncode == 2
    assert again.stderr.strip()
