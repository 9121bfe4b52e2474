"""Issue 20, defect 8: no traceback reaches the user, a closed pipe ends
quietly, and "the details are in …" names a file that holds the traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import main as main_module
from domain.paths import resource_path

EXAMPLE = resource_path("examples", "clean_restaurant.json")
ROOT = Path(main_module.__file__).resolve().parent


def _boom(args: Any) -> int:
    raise RuntimeError("boom while reading 13812345678")  # a mobile number: must be redacted


def test_an_unexpected_error_goes_to_the_named_log_not_to_the_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FCW_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr("cli.assess.run", _boom)

    code = main_module.main(["assess", str(EXAMPLE)])

    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in err and "RuntimeError" not in err and out == ""
    log_file = tmp_path / "logs" / "fcw-cli.log"
    assert str(log_file) in err  # the message names the file …
    text = log_file.read_text("utf-8")
    assert "Traceback (most recent call last)" in text  # … and the file has the trace
    assert "RuntimeError: boom while reading <phone>" in text
    assert "13812345678" not in text  # no personal data in the log


def test_a_log_folder_that_cannot_be_made_is_said_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("FCW_LOG_DIR", str(blocker / "logs"))  # mkdir fails: a file is in the way
    monkeypatch.setattr("cli.assess.run", _boom)

    code = main_module.main(["assess", str(EXAMPLE)])

    _, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in err
    assert "the log could not be written" in err


def test_a_reader_that_stops_early_ends_assess_quietly(tmp_path: Path) -> None:
    """``assess … | head -0``: the pipe has no reader when assess writes."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will ever read: the first write fails with EPIPE
    env = {**os.environ, "FCW_LOG_DIR": str(tmp_path / "logs")}
    try:
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "assess", str(EXAMPLE)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    stderr = done.stderr.decode("utf-8", "replace")
    assert stderr == ""  # no traceback, no "Exception ignored", no message
    assert done.returncode == main_module.EXIT_BROKEN_PIPE == 141
