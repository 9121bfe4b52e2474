"""``uv run python -m tests.bench [--quick] [--cases N]``: run every metric and
print the table; the exit status is 1 when a budget is missed."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from storage.synthetic import CACHE_ROOT, cached_workspace
from tests.bench.common import Config, Result, fmt

FULL_CASES = 100_000
QUICK_CASES = 2_000
#: Metrics that bring their own data (no synthetic workspace needed).
NO_WORKSPACE = frozenset({"headoffice", "memo"})


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _metrics() -> list[tuple[str, Callable[[Config], list[Result]]]]:
    from tests.bench import assessment, export, filtering, headoffice, memo, startup

    return [
        ("start-up", startup.measure),
        ("filter", filtering.measure),
        ("assessment", assessment.measure),
        ("memo", memo.measure),
        ("export", export.measure),
        ("memory", startup.measure_memory),
        ("headoffice", headoffice.measure),
    ]


def table(results: Sequence[Result]) -> str:
    header = ("metric", "median", "baseline", "ratio", "budget", "")
    rows = [header]
    for r in results:
        rows.append(
            (
                r.metric,
                fmt(r.value, r.unit),
                f"{fmt(r.baseline, r.unit)} ({r.baseline_name})" if r.baseline is not None else "—",
                f"{r.ratio:.2f}×" if r.ratio is not None else "—",
                r.budget_text(),
                "met" if r.met else "MISSED",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    for r in results:
        for note in r.notes:
            lines.append(f"  · {r.metric}: {note}")
    return "\n".join(line.rstrip() for line in lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small N, fewer repeats")
    parser.add_argument("--cases", type=int, help="cases in the synthetic workspace")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, help="runs per timed metric (median)")
    parser.add_argument("--cache", type=Path, default=CACHE_ROOT, help="workspace cache folder")
    parser.add_argument("--only", action="append", help="run only this metric (repeatable)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    cases = args.cases or (QUICK_CASES if args.quick else FULL_CASES)
    config = Config(
        quick=args.quick,
        cases=cases,
        seed=args.seed,
        cache_root=args.cache,
        repeats=args.repeats or (2 if args.quick else 5),
    )
    print(
        f"Field Credit Workstation benchmark: {_cpu_model()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        flush=True,
    )
    selected = [
        (name, measure) for name, measure in _metrics() if not args.only or name in args.only
    ]
    if any(name not in NO_WORKSPACE for name, _ in selected):
        start = time.perf_counter()
        workspace = cached_workspace(
            config.seed,
            cases,
            root=config.cache_root,
            progress=lambda done, n: print(f"  generating cases: {done:,}/{n:,}", flush=True),
        )
        print(f"workspace: {workspace} ({time.perf_counter() - start:.1f} s)", flush=True)
        config = replace(config, workspace=workspace)
    results: list[Result] = []
    errors = 0
    for name, measure in selected:
        print(f"measuring {name} …", flush=True)
        try:
            results.extend(measure(config))
        except Exception:
            errors += 1
            traceback.print_exc()
            results.append(Result(f"{name}: failed (see the trace above)", float("inf"), "s", 0))
    print()
    print(table(results))
    met = sum(1 for r in results if r.met)
    print(f"{met} of {len(results)} budgets met")
    return 0 if met == len(results) and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
