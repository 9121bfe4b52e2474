"""``main.py headoffice import --jobs N``: worker processes over one package list."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Engine, text

from cli.headoffice_import import MAX_DEFAULT_JOBS, default_jobs
from storage.headoffice.db import connect
from storage.headoffice_keys import generate_headoffice_files
from tests.headoffice.pg_fixtures import add_case, needs_pg, pg_url, station

__all__ = ["pg_url"]
ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "总行 key"


def _env() -> dict[str, str]:
    return {**os.environ, "FCW_KEY_PASSPHRASE": PASSPHRASE}


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=300,
    )


def _scalar(engine: Engine, sql: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def _folder_of_packages(pg_url: str, tmp_path: Path, cases: int) -> tuple[Path, Path]:
    """(key file, folder) with ``cases`` packages of one enrolled station."""
    key, _, ho_keys = generate_headoffice_files(tmp_path / "keys", PASSPHRASE)
    st = station(tmp_path / "a", headoffice=ho_keys)
    enrol = tmp_path / "a.enrol.json"
    enrol.write_bytes(st.enrolment())
    assert run("headoffice", "keys", "add", "--db", pg_url, str(enrol)).returncode == 0
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(1, cases + 1):
        package = st.export(add_case(st, n))
        (folder / package.name).write_bytes(package.read_bytes())
    return key, folder


def test_the_default_number_of_jobs_is_the_cores_this_process_may_use_at_most_eight() -> None:
    cores = len(os.sched_getaffinity(0))
    assert default_jobs() == max(1, min(cores, MAX_DEFAULT_JOBS))
    assert 1 <= default_jobs() <= 8


def test_zero_jobs_is_refused_as_invalid_input(tmp_path: Path) -> None:
    result = run(
        "headoffice", "import", "--db", "postgresql+psycopg://x@127.0.0.1:1/x",
        "--key", str(tmp_path / "k"), "--jobs", "0", str(tmp_path),
    )  # fmt: skip
    assert result.returncode == 2
    assert "not a number of jobs" in result.stderr


@needs_pg[0]
@needs_pg[1]
def test_two_jobs_import_every_case_of_a_folder_once_and_name_the_bad_package_with_exit_4(
    pg_url: str, tmp_path: Path
) -> None:
    key, folder = _folder_of_packages(pg_url, tmp_path, cases=4)
    bad = folder / "zz-damaged.fcwpkg"
    bad.write_bytes(b"not a package at all")

    result = run(
        "headoffice", "import", "--db", pg_url, "--key", str(key), "--jobs", "2", str(folder)
    )

    assert result.returncode == 4, result.stderr
    lines = result.stderr.splitlines()
    # 4 good packages + 1 bad one = 5 lines, in the order of the folder listing
    # (sorted), then the count of what was committed
    assert len(lines) == 6, lines
    assert sum(" imported" in line for line in lines) == 4
    assert lines[-2].startswith(f"headoffice import: FAILED {bad}")
    assert lines[-1] == (
        "headoffice import: 4 package(s) committed (4 new, 0 replaced); "
        "0 held already; 1 failed; 0 not tried."
    )
    assert "Traceback" not in result.stderr
    engine = connect(pg_url)
    try:
        assert _scalar(engine, "SELECT count(*) FROM case_row") == 4
        assert _scalar(engine, "SELECT count(*) FROM ho_case_meta") == 4
        assert (
            _scalar(
                engine,
                "SELECT count(*) FROM (SELECT case_uuid, seq FROM audit_entry "
                "GROUP BY case_uuid, seq HAVING count(*) > 1) d",
            )
            == 0
        )
    finally:
        engine.dispose()
    # run again: every case is there already, the bad one still fails
    again = run(
        "headoffice", "import", "--db", pg_url, "--key", str(key), "--jobs", "2", str(folder)
    )
    assert again.returncode == 4
    assert again.stderr.count(" unchanged") == 4


@needs_pg[0]
@needs_pg[1]
def test_ctrl_c_stops_the_workers_exits_130_and_leaves_no_case_half_written(
    pg_url: str, tmp_path: Path
) -> None:
    key, folder = _folder_of_packages(pg_url, tmp_path, cases=3)
    # many copies of the same packages: a long batch to interrupt
    for k in range(150):
        for p in sorted(folder.glob("3301*.fcwpkg")):
            (folder / f"copy{k:03d}-{p.name}").write_bytes(p.read_bytes())
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "headoffice", "import", "--db", pg_url,
         "--key", str(key), "--jobs", "2", str(folder)],
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )  # fmt: skip
    assert proc.stderr is not None
    first = proc.stderr.readline()  # the first package is done: the workers are busy
    assert "headoffice import:" in first
    proc.send_signal(signal.SIGINT)
    rest = proc.stderr.read()
    assert proc.wait(timeout=120) == 130, first + rest
    assert "interrupted after" in rest
    assert "Traceback" not in rest
    engine = connect(pg_url)
    try:
        # each stored case is whole: its origin row written with it
        assert _scalar(engine, "SELECT count(*) FROM case_row") == _scalar(
            engine, "SELECT count(*) FROM ho_case_meta"
        )
    finally:
        engine.dispose()
