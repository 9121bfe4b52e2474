"""What every metric shares: the run configuration, results, timing, subprocesses."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Config:
    quick: bool
    cases: int
    seed: int
    cache_root: Path
    repeats: int
    workspace: Path | None = None  # the synthetic workspace, once built


@dataclass
class Result:
    """One line of the table. ``value`` and ``baseline`` in ``unit``; the budget
    is met when ``value <= limit`` and, with a ``ratio_limit``, when
    ``value <= ratio_limit * baseline`` as well."""

    metric: str
    value: float
    unit: str
    limit: float | None = None
    baseline: float | None = None
    baseline_name: str = ""
    ratio_limit: float | None = None
    notes: list[str] = field(default_factory=list)
    complete: bool = True  # False: the measurement did not cover what the budget names

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def met(self) -> bool:
        if not self.complete:
            return False
        if self.limit is not None and self.value > self.limit:
            return False
        ratio = self.ratio
        return not (self.ratio_limit is not None and ratio is not None and ratio > self.ratio_limit)

    def budget_text(self) -> str:
        parts = []
        if self.limit is not None:
            parts.append(f"≤ {fmt(self.limit, self.unit)}")
        if self.ratio_limit is not None:
            parts.append(f"≤ {self.ratio_limit:g}× baseline")
        return " and ".join(parts)


def fmt(value: float, unit: str) -> str:
    if value != value:  # NaN: not measured
        return "—"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:g} {unit}"


def median_time(fn: Callable[[], object], repeats: int, *, cpu: bool = False) -> float:
    """Median seconds of ``repeats`` calls (wall clock, or process CPU with ``cpu``)."""
    clock = time.process_time if cpu else time.perf_counter
    timings = []
    for _ in range(repeats):
        start = clock()
        fn()
        timings.append(clock() - start)
    return statistics.median(timings)


def bench_env(**extra: str) -> dict[str, str]:
    """Environment of a measured subprocess: offscreen Qt, the repository on the
    path, a private settings folder, and byte-code caching on (in a private
    folder) even where ``PYTHONDONTWRITEBYTECODE`` is set: an installed
    application starts from compiled byte code, not by compiling every module."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONPYCACHEPREFIX", "/tmp/fcw-bench-pycache")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("XDG_CONFIG_HOME", "/tmp/fcw-bench-config")
    env.update(extra)
    return env


def run_harness(
    module: str, *args: str, env: dict[str, str] | None = None, python_flags: tuple[str, ...] = ()
) -> tuple[float, dict[str, object], str]:
    """Start ``python -m module args`` and wait for its JSON report line.

    Returns the wall seconds from just before the process was started to the
    moment its report line arrived, the report, and its stderr."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *python_flags, "-m", module, *args],
        cwd=ROOT,
        env=env or bench_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    out, err = proc.communicate(timeout=600)
    if proc.returncode != 0 or not line.strip():
        raise RuntimeError(f"{module} failed ({proc.returncode}): {line}{out}{err[-2000:]}")
    return elapsed, json.loads(line), err
