"""The benchmark command runs on a tiny workspace and prints its table
(it proves the command works; it never asserts a time)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_benchmark_runs_quickly_on_200_cases_and_prints_the_table(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.bench",
            "--quick",
            "--cases",
            "200",
            "--repeats",
            "1",
            "--cache",
            str(tmp_path / "cache"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    out = proc.stdout
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert "metric" in out and "median" in out and "baseline" in out and "budget" in out
    for metric in (
        "start to first paint",
        "filter the list",
        "one full assessment",
        "one memo",
        "export 10 cases",
        "import 10 packages",
        "peak RSS",
        # measured on FCW_TEST_PG_URL or a throw-away cluster, else "not measured"
        "head office: import 100 packages into PostgreSQL",
        "head office: portfolio window first paint, 200 cases",
    ):
        assert metric in out, out
    # the start-up line shows the share of the deliberately slow key derivation
    assert "key derivation alone (scrypt n=" in out, out
    last = out.strip().splitlines()[-1]
    met, total = last.split(" budgets met")[0].split(" of ")
    assert int(total) == 11 and 0 <= int(met) <= 11
    # exit status 0 exactly when every budget was met
    assert proc.returncode == (0 if met == total else 1)


def test_start_up_to_the_first_paint_imports_no_sqlalchemy_pandas_reportlab_or_pillow(
    tmp_path: Path,
) -> None:
    from storage.synthetic import BENCH_PASSWORD, cached_workspace
    from tests.bench.common import bench_env, run_harness

    workspace = cached_workspace(1, 20, root=tmp_path)
    env = bench_env(FCW_PASSWORD=BENCH_PASSWORD, XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    _, report, _ = run_harness("tests.bench.harness_window", str(workspace), env=env)
    modules = set(report["modules"])
    assert "PySide6" in modules and "sqlcipher3" in modules  # the report is real
    # the list is painted from a raw connection (storage.quick_open)
    heavy = {"pandas", "reportlab", "openpyxl", "PIL", "alembic", "sqlalchemy", "sqlmodel"}
    assert not modules & heavy
    # the case model and the service dialogs load when a case or dialog is first opened
    later = {"domain.case", "ui.case_editor", "ui.case_history_dialog"}
    assert not modules & later
