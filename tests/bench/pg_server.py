"""Which PostgreSQL server the head-office metrics use, and throw-away databases on it.

``FCW_BENCH_PG_URL``, else ``FCW_TEST_PG_URL``; with neither, a throw-away
cluster started the way ``.ci/run`` does (``initdb`` / ``pg_ctl`` in a temp
folder on a free loopback port, through ``runuser -u postgres`` when running as
root), stopped at the end. :class:`NoServer` says why there is none (not
installed, cannot start): the metrics are then reported as not measured.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


class NoServer(Exception):
    """No PostgreSQL server to measure on; the message says why."""


def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: p.parts[-3])
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def throwaway_cluster() -> Iterator[str]:
    """A fresh cluster on loopback for the duration; yields its admin URL."""
    pg_bin = _pg_bin()
    if pg_bin is None:
        raise NoServer("PostgreSQL is not installed (no initdb)")
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    folder = Path(tempfile.mkdtemp(prefix="fcw-bench-pg-"))
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", _free_port()

    def run(*args: str) -> None:
        subprocess.run([*prefix, *args], check=True, capture_output=True, timeout=120)

    try:
        try:
            run(str(pg_bin / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres")
            run(
                str(pg_bin / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(folder / "log"),
                "-w",
                "-o",
                f"-c listen_addresses=127.0.0.1 -p {port} -k {folder}",
                "start",
            )
        except (OSError, subprocess.CalledProcessError) as exc:
            why = getattr(exc, "stderr", b"") or b""
            raise NoServer(f"cannot start a throw-away PostgreSQL: {exc} {why[-300:]!r}") from exc
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                [*prefix, str(pg_bin / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
                capture_output=True,
                timeout=120,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def pg_admin_url() -> Iterator[tuple[str, str]]:
    """(admin URL, where it came from) for the duration of the measurement."""
    for name in ("FCW_BENCH_PG_URL", "FCW_TEST_PG_URL"):
        url = os.environ.get(name, "")
        if url:
            yield url, name
            return
    with throwaway_cluster() as url:
        yield url, "a throw-away cluster"


def database_url(admin_url: str, database: str) -> str:
    return make_url(admin_url).set(database=database).render_as_string(hide_password=False)


def database_exists(admin_url: str, database: str) -> bool:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            found = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": database}
            ).first()
        return found is not None
    finally:
        engine.dispose()


def create_database(admin_url: str, database: str) -> str:
    """A new, empty database (dropped first if it exists); returns its URL."""
    drop_database(admin_url, database)
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{database}"'))
    finally:
        engine.dispose()
    return database_url(admin_url, database)


def drop_database(admin_url: str, database: str) -> None:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
    finally:
        engine.dispose()


@contextmanager
def throwaway_database(admin_url: str, database: str) -> Iterator[str]:
    """A fresh database for the duration; its URL."""
    url = create_database(admin_url, database)
    try:
        yield url
    finally:
        drop_database(admin_url, database)
