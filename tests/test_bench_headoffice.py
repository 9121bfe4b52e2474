"""The head-office metrics of the benchmark on a tiny N (they prove the
measurement does what it names; they never assert a time)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from storage.synthetic_packages import OFFICERS, cached_packages
from tests.bench import headoffice, pg_server
from tests.bench.common import Config, bench_env, run_harness

PG_URL = os.environ.get("FCW_TEST_PG_URL", "")
needs_pg = pytest.mark.skipif(not PG_URL, reason="FCW_TEST_PG_URL is not set")


@needs_pg
def test_every_package_of_the_five_officers_is_imported_by_one_import_process(
    tmp_path: Path,
) -> None:
    packages = cached_packages(7, 12, root=tmp_path, jobs=1)
    assert len(packages.package_paths()) == 12
    assert len(packages.enrolments) == len(OFFICERS) == 5
    report = headoffice.run_import(PG_URL, packages, f"fcw_bench_test_import_{os.getpid()}")
    assert report["packages"] == report["imported"] == report["stored"] == 12
    # the database was thrown away afterwards
    assert not pg_server.database_exists(PG_URL, f"fcw_bench_test_import_{os.getpid()}")


@needs_pg
def test_two_importer_processes_given_half_the_files_each_import_every_package_once(
    tmp_path: Path,
) -> None:
    packages = cached_packages(7, 9, root=tmp_path, jobs=2)
    report = headoffice.run_import(
        PG_URL, packages, f"fcw_bench_test_import2_{os.getpid()}", jobs=2
    )
    # 9 files: 5 to the first process, 4 to the second
    assert report["packages"] == report["imported"] == report["stored"] == 9


@needs_pg
def test_a_second_request_for_the_package_set_reuses_the_cached_files(tmp_path: Path) -> None:
    first = cached_packages(7, 5, root=tmp_path, jobs=1)
    stamp = {p.name: p.stat().st_mtime_ns for p in first.package_paths()}
    again = cached_packages(7, 5, root=tmp_path, jobs=1)
    assert {p.name: p.stat().st_mtime_ns for p in again.package_paths()} == stamp


@needs_pg
def test_the_portfolio_window_shows_the_cached_databases_cases_in_table_totals_and_charts() -> None:
    seed = 1000 + os.getpid() % 100_000  # a database of its own on a shared server
    database = f"fcw_bench_portfolio_{seed}_30"
    try:
        url = headoffice.cached_portfolio(PG_URL, seed, 30)
        engine = create_engine(url)
        with engine.begin() as conn:  # a mark the cache must keep
            conn.execute(text("DELETE FROM ho_review"))
        engine.dispose()
        assert headoffice.cached_portfolio(PG_URL, seed, 30) == url  # kept, not rebuilt
        engine = create_engine(url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM ho_review")).scalar_one() == 0
            cases = conn.execute(text("SELECT count(*) FROM case_row")).scalar_one()
            industries = conn.execute(
                text("SELECT count(DISTINCT industry) FROM case_row")
            ).scalar_one()
            lights = conn.execute(
                text(
                    "SELECT count(DISTINCT CASE WHEN red > 0 THEN 'red' WHEN amber > 0 "
                    "THEN 'amber' ELSE 'green' END) FROM case_row"
                )
            ).scalar_one()
        engine.dispose()
        assert cases == 30

        _, report, _ = run_harness("tests.bench.harness_portfolio", url, env=bench_env())
        assert report["rows"] == 30 and report["total"] == 30
        assert "30" in str(report["totals"])
        # an up-to-date database opens without loading the migration tool
        assert "PySide6" in report["modules"] and "alembic" not in report["modules"]
        # one bar per industry and per light present among the cases
        assert (report["industry_bars"], report["light_bars"]) == (industries, lights)
    finally:
        pg_server.drop_database(PG_URL, database)


def test_without_a_postgresql_server_both_metrics_are_reported_as_not_measured(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("FCW_BENCH_PG_URL", raising=False)
    monkeypatch.delenv("FCW_TEST_PG_URL", raising=False)
    monkeypatch.setattr(pg_server, "_pg_bin", lambda: None)
    config = Config(quick=True, cases=200, seed=1, cache_root=tmp_path, repeats=1)
    results = headoffice.measure(config)
    assert [r.metric for r in results] == [
        "head office: import 100 packages into PostgreSQL: not measured",
        "head office: portfolio window first paint, 200 cases: not measured",
    ]
    assert not any(r.met for r in results)
    assert all("not installed" in r.notes[0] for r in results)


@pytest.mark.skipif(pg_server._pg_bin() is None, reason="PostgreSQL is not installed")
def test_a_throwaway_cluster_answers_on_loopback_and_is_gone_afterwards() -> None:
    with pg_server.throwaway_cluster() as url:
        engine = create_engine(url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT 1")).scalar_one() == 1
        engine.dispose()
    engine = create_engine(url, connect_args={"connect_timeout": 2})
    with pytest.raises(OperationalError):  # stopped at the end
        engine.connect()
    engine.dispose()
