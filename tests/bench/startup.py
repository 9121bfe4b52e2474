"""Start to first paint (and peak memory with the whole list fetched).

Both processes are fresh interpreters under ``QT_QPA_PLATFORM=offscreen``,
timed from just before the process is started to its first-paint report:
:mod:`tests.bench.harness_empty` (an empty QMainWindow, the baseline) and
:mod:`tests.bench.harness_window` (unlock the synthetic workspace, show
``MainWindow``). Also records which heavy libraries the start-up imported.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from typing import Any

from storage.synthetic import BENCH_PASSWORD
from tests.bench.common import ROOT, Config, Result, bench_env, run_harness

#: Libraries that must stay out of the start-up path.
KEEP_OUT = ("pandas", "reportlab", "openpyxl", "numpy", "PIL", "sqlalchemy", "sqlmodel", "alembic")


def _window_env() -> dict[str, str]:
    return bench_env(FCW_PASSWORD=BENCH_PASSWORD)


def measure(config: Config) -> list[Result]:
    assert config.workspace is not None
    empty, window, unlock, kdf = [], [], [], []
    report: dict[str, Any] = {}
    # Untimed first runs: byte code compiled and cached, files in the page cache.
    run_harness("tests.bench.harness_empty")
    run_harness("tests.bench.harness_window", str(config.workspace), env=_window_env())
    for _ in range(config.repeats):
        seconds, _, _ = run_harness("tests.bench.harness_empty")
        empty.append(seconds)
        seconds, report, _ = run_harness(
            "tests.bench.harness_window", str(config.workspace), env=_window_env()
        )
        window.append(seconds)
        unlock.append(float(report.get("unlock_to_paint", float("nan"))))
        _, derived, _ = run_harness(
            "tests.bench.harness_kdf", str(config.workspace), env=_window_env()
        )
        kdf.append(float(derived["kdf"]))  # type: ignore[arg-type]
    modules = set(report.get("modules", []))
    baseline, derivation = statistics.median(empty), statistics.median(kdf)
    rest = statistics.median(window) - derivation
    loaded = [m for m in KEEP_OUT if m in modules]
    result = Result(
        f"start to first paint, {config.cases:,} cases",
        statistics.median(window),
        "s",
        baseline=baseline,
        baseline_name="empty QMainWindow",
        ratio_limit=2.0,
        notes=[
            f"from pressing 解锁 (key derivation, open, first page) to the painted list: "
            f"{statistics.median(unlock) * 1000:.0f} ms",
            f"of which the password's key derivation alone (scrypt n={derived['n']}, "
            f"r={derived['r']}, deliberately slow): {derivation * 1000:.0f} ms = "
            f"{derivation / baseline:.2f}× the baseline by itself",
            f"start-up without the key derivation: {rest * 1000:.0f} ms = "
            f"{rest / baseline:.2f}× (for information: the budget counts it)",
            "heavy libraries imported at start-up: "
            + (", ".join(loaded) or "none of ")
            + ("" if loaded else ", ".join(KEEP_OUT)),
        ],
    )
    return [result]


def measure_memory(config: Config) -> list[Result]:
    assert config.workspace is not None

    def peak(module: str, *args: str, env: dict[str, str]) -> tuple[float, list[Any]]:
        proc = subprocess.run(
            [sys.executable, "-m", module, *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=1800,
            check=True,
        )
        lines = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
        return float(lines[-1]["maxrss_mb"]), lines

    base, _ = peak("tests.bench.harness_empty", env=bench_env())
    limit = 60 if config.quick else 300
    mb, lines = peak(
        "tests.bench.harness_window",
        str(config.workspace),
        "--scroll",
        f"--scroll-seconds={limit}",
        env=_window_env(),
    )
    rows, total = lines[1].get("rows", 0), lines[1].get("total", 0)
    notes = [f"list rows fetched: {rows:,} of {total:,}"]
    if rows < total:
        notes.append(f"scrolling stopped at the {limit} s limit: not the whole list")
    return [
        Result(
            f"peak RSS, {rows:,} cases fetched into the list",
            mb,
            "MB",
            limit=400.0,
            baseline=base,
            baseline_name="empty QMainWindow",
            notes=notes,
            complete=rows == total,
        )
    ]
