"""Head office's speed (issue #11): importing packages into PostgreSQL, and the
portfolio window's first paint on a large portfolio.

**Import.** :func:`storage.synthetic_packages.cached_packages` (10,000
packages, ``--quick`` 100, exported by five officers of three branches, cached).
Each run gets a fresh database on the server (dropped afterwards); the
officers' enrolment files are taken in with ``headoffice keys add`` (which
also creates the schema, untimed). The timed part is what a reviewer types:
``main.py headoffice import --db URL --key KEYFILE FOLDER`` (its default
``--jobs``: the CPU cores, at most 8), from its start to its exit. The budget
(300 s for 10,000) scales with the count (with ``--quick`` the process start,
~1.5 s, weighs heavily on 100 packages). A note gives the same command with
``--jobs 1`` (one process, the behaviour before ``--jobs``).

**Portfolio window.** A database ``fcw_bench_portfolio_<N>`` holding N
synthetic cases (:func:`storage.synthetic_portfolio.populate_portfolio`), kept
between runs on the same server and rebuilt when missing, unfinished or made
by other code or another schema revision (the stamp is the database's
comment). :mod:`tests.bench.harness_portfolio` opens the window in a fresh
process; timed from just before the process starts to its first paint,
median of the repeats after one untimed run.

The server: :func:`tests.bench.pg_server.pg_admin_url`. Without one the two
metrics are reported as not measured, with the reason.
"""

from __future__ import annotations

import hashlib
import os
import re
import statistics
import subprocess
import sys
import time
from contextlib import ExitStack
from typing import Any

from sqlalchemy import create_engine, text

from cli.headoffice_import import default_jobs
from storage.synthetic import BENCH_PASSWORD
from storage.synthetic_packages import PackageSet, cached_packages
from tests.bench.common import ROOT, Config, Result, bench_env, run_harness
from tests.bench.pg_server import (
    NoServer,
    create_database,
    database_url,
    pg_admin_url,
    throwaway_database,
)

#: an "imported" line of ``headoffice import`` (``… 3301-20261127-0001 v2 imported``)
OUTCOME = re.compile(r" v\d+ imported\b")
IMPORT_FULL = 10_000
IMPORT_QUICK = 100
IMPORT_BUDGET = 300.0  # seconds for IMPORT_FULL packages
PAINT_BUDGET = 2.0


def import_count(config: Config) -> int:
    return IMPORT_QUICK if config.quick else IMPORT_FULL


def _say(text: str) -> None:
    print(f"  {text}", flush=True)


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "headoffice", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )


def _import_process(
    url: str, packages: PackageSet, jobs: int | None, env: dict[str, str]
) -> tuple[float, list[str]]:
    """One ``headoffice import`` of the folder, as a reviewer types it (with
    ``--jobs`` when given); the wall seconds until it exits, and its output lines."""
    extra = [] if jobs is None else ["--jobs", str(jobs)]
    argv = ["headoffice", "import", "--db", url, "--key", str(packages.key_file), *extra]
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "main.py", *argv, str(packages.packages)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"headoffice import exit {proc.returncode}: {proc.stderr[-2000:]}")
    return seconds, proc.stderr.splitlines()


def run_import(
    admin_url: str, packages: PackageSet, database: str, *, jobs: int | None = None
) -> dict[str, Any]:
    """Enrol the officers and import every package into a fresh ``database``
    with one ``headoffice import`` (``--jobs jobs``, default when None).
    Returns the seconds of the import, the importers' CPU seconds, the
    packages, the "imported" lines and the cases and match rows stored."""
    env = bench_env(FCW_KEY_PASSPHRASE=BENCH_PASSWORD)
    with throwaway_database(admin_url, database) as url:
        enrol = _cli("keys", "add", "--db", url, *map(str, packages.enrolments), env=env)
        if enrol.returncode != 0:
            raise RuntimeError(f"headoffice keys add failed: {enrol.stderr[-2000:]}")
        before = os.times()
        seconds, lines = _import_process(url, packages, jobs, env)
        after = os.times()
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                stored = int(conn.execute(text("SELECT count(*) FROM case_row")).scalar_one())
                matches = int(conn.execute(text("SELECT count(*) FROM ho_match")).scalar_one())
        finally:
            engine.dispose()
    return {
        "seconds": seconds,
        "cpu": (after.children_user - before.children_user)
        + (after.children_system - before.children_system),
        "packages": len(packages.package_paths()),
        "imported": sum(1 for line in lines if OUTCOME.search(line)),
        "stored": stored,
        "matches": matches,
    }


#: What shapes the portfolio database besides the schema revision.
_PORTFOLIO_SOURCES = (
    "domain/demo*.py",
    "domain/case.py",
    "domain/serialization.py",
    "storage/synthetic.py",
    "storage/synthetic_portfolio.py",
)


def _portfolio_stamp(seed: int, n: int) -> str:
    """Seed, size, the schema's head revision and the generating sources."""
    from storage.migrations import runner

    digest = hashlib.sha256()
    for pattern in _PORTFOLIO_SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.read_bytes())
    return (
        f"fcw-bench portfolio seed={seed} n={n} schema={runner.head_revision()} "
        f"code={digest.hexdigest()[:16]}"
    )


def _stamp_of(conn: Any, database: str) -> str | None:
    row = conn.execute(
        text("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = :d"),
        {"d": database},
    ).first()
    return None if row is None else str(row[0] or "")


def cached_portfolio(admin_url: str, seed: int, n: int) -> str:
    """The URL of ``fcw_bench_portfolio_<n>`` (or ``…_<seed>_<n>``) holding ``n``
    synthetic cases at the schema's head, built when missing or stale. An
    advisory lock keeps two benchmarks on one server from building it together."""
    from storage.headoffice.db import case_lock_key, connect
    from storage.synthetic_portfolio import populate_portfolio

    database = f"fcw_bench_portfolio_{n}" if seed == 1 else f"fcw_bench_portfolio_{seed}_{n}"
    stamp = _portfolio_stamp(seed, n)
    lock = {"k": case_lock_key(database)}
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), lock)
            try:
                if _stamp_of(conn, database) == stamp:
                    return database_url(admin_url, database)
                _say(f"building {database} ({n:,} cases; kept for later runs)")
                url = create_database(admin_url, database)
                engine = connect(url)
                start = time.perf_counter()
                try:
                    populate_portfolio(
                        engine,
                        n,
                        seed=seed,
                        progress=lambda done, total: _say(
                            f"portfolio cases: {done:,}/{total:,} "
                            f"({time.perf_counter() - start:.0f} s)"
                        ),
                    )
                finally:
                    engine.dispose()
                # the stamp last: a build that stopped half-way has none
                conn.execute(text(f"COMMENT ON DATABASE \"{database}\" IS '{stamp}'"))
                return url
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), lock)
    finally:
        admin.dispose()


def _not_measured(names: list[str], why: str) -> list[Result]:
    return [
        Result(f"{name}: not measured", float("nan"), "s", notes=[why], complete=False)
        for name in names
    ]


def import_name(n: int) -> str:
    return f"head office: import {n:,} packages into PostgreSQL"


def paint_name(n: int) -> str:
    return f"head office: portfolio window first paint, {n:,} cases"


def measure(config: Config) -> list[Result]:
    """Both head-office metrics on one server (started once when throw-away)."""
    n_import, n_cases = import_count(config), config.cases
    names = [import_name(n_import), paint_name(n_cases)]
    with ExitStack() as stack:
        try:
            admin_url, where = stack.enter_context(pg_admin_url())
        except NoServer as exc:
            return _not_measured(names, str(exc))
        _say(f"PostgreSQL: {where}")
        results = []
        for measure_one in (measure_import, measure_paint):
            load = os.getloadavg()[0]
            result = measure_one(config, admin_url)
            result.notes.append(
                f"server: {where}; load average {load:.1f} before, "
                f"{os.getloadavg()[0]:.1f} after ({os.cpu_count()} cores)"
            )
            results.append(result)
        return results
    raise AssertionError("unreachable")  # pragma: no cover


def measure_import(config: Config, admin_url: str) -> Result:
    n = import_count(config)
    start = time.perf_counter()
    packages = cached_packages(
        config.seed,
        n,
        root=config.cache_root,
        progress=lambda done, total: _say(
            f"building packages: {done:,}/{total:,} ({time.perf_counter() - start:.0f} s)"
        ),
    )
    report = run_import(admin_url, packages, f"fcw_bench_import_{os.getpid()}")
    # The behaviour before ``--jobs``: one process.
    one = run_import(admin_url, packages, f"fcw_bench_import_{os.getpid()}", jobs=1)
    ok = report["stored"] == report["imported"] == report["packages"] == n
    ok = ok and one["stored"] == one["imported"] == n
    return Result(
        import_name(n),
        report["seconds"],
        "s",
        limit=IMPORT_BUDGET * n / IMPORT_FULL,
        notes=[
            f"`headoffice import FOLDER` (default --jobs {default_jobs()}), fresh database; "
            f"importers' CPU {report['cpu']:.1f} s, "
            f"{report['seconds'] / n * 1000:.1f} ms a package (wall)",
            f"{report['stored']:,} cases stored of {report['packages']:,} packages, "
            f"{report['matches']:,} portfolio match rows",
            f"--jobs 1 (one process, as before --jobs): {one['seconds']:.1f} s, "
            f"importer CPU {one['cpu']:.1f} s, {one['seconds'] / n * 1000:.1f} ms a package",
        ],
        complete=ok,
    )


def measure_paint(config: Config, admin_url: str) -> Result:
    n = config.cases
    url = cached_portfolio(admin_url, config.seed, n)
    env = bench_env()
    run_harness("tests.bench.harness_portfolio", url, env=env)  # untimed: caches warm
    timings: list[float] = []
    report: dict[str, Any] = {}
    for _ in range(config.repeats):
        seconds, report, _ = run_harness("tests.bench.harness_portfolio", url, env=env)
        timings.append(seconds)
    filled = report.get("rows", 0) > 0 and report.get("total") == n
    return Result(
        paint_name(n),
        statistics.median(timings),
        "s",
        limit=PAINT_BUDGET,
        notes=[
            f"fresh process to first paint; table {report.get('rows')} rows of "
            f"{report.get('total'):,}, charts {report.get('industry_bars')} industries + "
            f"{report.get('light_bars')} lights, totals “{report.get('totals')}”",
        ],
        complete=filled,
    )


__all__ = ["cached_portfolio", "measure", "run_import"]
