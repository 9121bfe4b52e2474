"""``headoffice import [--jobs N]``: packages into the portfolio, N at a time.

Each package is its own transaction (``import_into_portfolio``); importers
working on the same case are serialised by its advisory lock, so N worker
processes, each with its own engine, may share one list of packages. The
parent reads the key file (asking the passphrase once), brings the schema to
head, hands the raw keys to the workers and prints each package's line in the
order of the list, as ``--jobs 1`` does.

A package that fails is named and the batch goes on (exit 4 when some did);
a database gone away stops the batch (exit 3: run it again, what was
committed is found ``unchanged``); Ctrl+C stops the workers, whose open
transactions roll back, and exits 130 after saying how far it got.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from cli.common import EXIT_INVALID, EXIT_LOCKED, EXIT_OK, EXIT_PARTIAL, say

MAX_DEFAULT_JOBS = 8
INTERRUPTED = 130

OK, FAILED = "ok", "failed"


def default_jobs() -> int:
    """The CPU cores this process may use, at most :data:`MAX_DEFAULT_JOBS`."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_DEFAULT_JOBS))


def import_one(engine: Any, path: Path, keys: Any, actor: Any) -> tuple[str, str]:
    """(OK or FAILED, the line to say) for one package. A database that is
    gone raises :class:`~storage.headoffice.db.HeadOfficeDbError`."""
    from storage.headoffice.officers import UnknownOfficerKey
    from storage.headoffice.portfolio import import_into_portfolio
    from storage.package import PackageError

    try:
        if not path.is_file():
            raise FileNotFoundError(path)
        done = import_into_portfolio(engine, path, keys, actor)
    except (PackageError, UnknownOfficerKey) as exc:
        return FAILED, f"headoffice import: FAILED {path}: {exc.message.render()}"
    except OSError as exc:
        return FAILED, f"headoffice import: FAILED {path}: cannot read it ({exc.strerror or exc})"
    r = done.result
    extra = f", {done.matches} portfolio match(es)" if done.matches else ""
    return OK, f"headoffice import: {path.name}: {r.case_number} v{r.version} {r.outcome}{extra}"


def _actor() -> Any:
    from domain.ports import Actor

    return Actor(name="head office import", staff_no="", branch="")


# --- worker processes -------------------------------------------------------

_worker: dict[str, Any] = {}


def _raw_keys(keys: Any) -> tuple[bytes, bytes]:
    return keys.signing.private_bytes_raw(), keys.encryption.private_bytes_raw()


def _start_worker(url: str, raw: tuple[bytes, bytes]) -> None:
    """Once per worker: its own engine (schema already at head) and the keys.
    Ctrl+C is the parent's to handle: it stops the workers."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from storage.headoffice.db import HeadOfficeDbError, connect
    from storage.keys import KeyPairs

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    keys = KeyPairs(
        Ed25519PrivateKey.from_private_bytes(raw[0]),
        X25519PrivateKey.from_private_bytes(raw[1]),
    )
    _worker.update(keys=keys, actor=_actor(), url=url)
    try:
        _worker["engine"] = connect(url, migrate=False)
    except HeadOfficeDbError as exc:
        _worker["engine"] = None
        _worker["gone"] = exc.message.render()


def _work(path: Path) -> tuple[str, str]:
    """One package in a worker: (OK/FAILED/GONE, line)."""
    from storage.headoffice.db import HeadOfficeDbError

    if _worker.get("engine") is None:
        return GONE, str(_worker.get("gone", "the database cannot be reached"))
    try:
        return import_one(_worker["engine"], path, _worker["keys"], _worker["actor"])
    except HeadOfficeDbError as exc:
        return GONE, exc.message.render()


GONE = "gone"


def _pool_results(url: str, keys: Any, paths: list[Path], jobs: int) -> Iterator[tuple[str, str]]:
    """Each package's (status, line) in list order, from ``jobs`` workers."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pool = context.Pool(jobs, initializer=_start_worker, initargs=(url, _raw_keys(keys)))
    try:
        # small chunks: the ordered output waits little on a slow package
        yield from pool.imap(_work, paths, chunksize=2)
        pool.close()
        pool.join()
    finally:
        pool.terminate()
        pool.join()


def _serial_results(engine: Any, keys: Any, paths: list[Path]) -> Iterator[tuple[str, str]]:
    from storage.headoffice.db import HeadOfficeDbError

    actor = _actor()
    for path in paths:
        try:
            yield import_one(engine, path, keys, actor)
        except HeadOfficeDbError as exc:
            yield GONE, exc.message.render()
            return


def _report(results: Iterable[tuple[str, str]], total: int) -> int:
    failed = done = 0
    try:
        for status, line in results:
            if status == GONE:
                say(f"headoffice import: {line}")
                return EXIT_LOCKED
            done += 1
            failed += status == FAILED
            say(line)
    except KeyboardInterrupt:
        say(
            f"headoffice import: interrupted after {done} of {total} package(s); "
            "nothing is half-written: run the command again to take in the rest."
        )
        return INTERRUPTED
    if failed == 0:
        return EXIT_OK
    return EXIT_PARTIAL if failed < total else EXIT_INVALID


def import_packages(url: str, engine: Any, keys: Any, paths: list[Path], jobs: int) -> int:
    """Import ``paths`` with ``jobs`` processes (1: in this one, on ``engine``);
    the exit code. The caller disposes of ``engine``."""
    jobs = max(1, min(jobs, len(paths)))
    if jobs == 1:
        return _report(_serial_results(engine, keys, paths), len(paths))
    engine.dispose()  # no pooled connection crosses a fork
    return _report(_pool_results(url, keys, paths, jobs), len(paths))


__all__ = ["MAX_DEFAULT_JOBS", "default_jobs", "import_one", "import_packages"]
