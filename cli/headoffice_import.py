"""``headoffice import [--jobs N]``: packages into the portfolio, N at a time.

Each package is its own transaction (``import_into_portfolio``); importers
working on the same case are serialised by its advisory lock, so N worker
processes, each with its own engine, may share one list of packages. The
parent reads the key file (asking the passphrase once), brings the schema to
head, hands the raw keys to the workers and prints each package's line in the
order of the list, as ``--jobs 1`` does.

A package that fails is named and the batch goes on (exit 4 when some did):
whatever a package holds (a malformed member, a value head office's database
refuses) fails that package alone, and an unexpected error (a bug) is logged
with its traceback, names the package and the batch goes on (exit 1 at the
end). A database gone away (connection lost or refused, not a value it
refuses) stops the batch (exit 3: run it again, what was committed is found
``unchanged``); the workers start no further package. Ctrl+C stops the
workers, whose open transactions roll back, and exits 130 after saying how
far it got. The closing line counts exactly what was committed
(docs/FORMATS.md, "headoffice import").
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from cli.common import EXIT_BUG, EXIT_INVALID, EXIT_LOCKED, EXIT_OK, EXIT_PARTIAL, say

MAX_DEFAULT_JOBS = 8
INTERRUPTED = 130

OK, FAILED, BUG, GONE, SKIPPED = "ok", "failed", "bug", "gone", "skipped"
log = logging.getLogger("fcw.cli.headoffice_import")

#: One package's result: (status, the line to say, the import's outcome when OK).
Result = tuple[str, str, str]


def default_jobs() -> int:
    """The CPU cores this process may use, at most :data:`MAX_DEFAULT_JOBS`."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_DEFAULT_JOBS))


def import_one(engine: Any, path: Path, keys: Any, actor: Any) -> Result:
    """(OK, FAILED or BUG, the line to say, the outcome) for one package. A
    database that is gone raises :class:`~storage.headoffice.db.HeadOfficeDbError`."""
    from domain.errors import DomainError
    from storage.headoffice.db import HeadOfficeDbError
    from storage.headoffice.portfolio import import_into_portfolio

    try:
        if not path.is_file():
            raise FileNotFoundError(path)
        done = import_into_portfolio(engine, path, keys, actor)
    except HeadOfficeDbError as exc:
        if exc.unavailable:
            raise
        return FAILED, f"headoffice import: FAILED {path}: {exc.message.render()}", ""
    except DomainError as exc:  # PackageError, UnknownOfficerKey, ...
        return FAILED, f"headoffice import: FAILED {path}: {exc.message.render()}", ""
    except OSError as exc:
        return (
            FAILED,
            f"headoffice import: FAILED {path}: cannot read it ({exc.strerror or exc})",
            "",
        )
    except Exception as exc:  # a bug: logged, named, and the batch goes on
        log.exception("headoffice import: unexpected error on %s", path.name)
        return BUG, f"headoffice import: FAILED {path}: {_bug_text(exc)}", ""
    r = done.result
    extra = f", {done.matches} portfolio match(es)" if done.matches else ""
    line = f"headoffice import: {path.name}: {r.case_number} v{r.version} {r.outcome}{extra}"
    return OK, line, r.outcome


def _bug_text(exc: BaseException) -> str:
    from domain.i18n import Message, tr_noop

    return Message(
        tr_noop(
            "an unexpected error ({kind}) stopped this package; it is a bug: "
            "please report it with the log file"
        ),
        {"kind": type(exc).__name__},
    ).render()


IMPORTED, REPLACED, UNCHANGED = "imported", "replaced", "unchanged"


def _actor() -> Any:
    from domain.ports import Actor

    return Actor(name="head office import", staff_no="", branch="")


# --- worker processes -------------------------------------------------------

_worker: dict[str, Any] = {}


def _raw_keys(keys: Any) -> tuple[bytes, bytes]:
    return keys.signing.private_bytes_raw(), keys.encryption.private_bytes_raw()


def _start_worker(url: str, raw: tuple[bytes, bytes], stop: Any) -> None:
    """Once per worker: its own engine (schema already at head), the keys and
    the batch's stop flag. Ctrl+C is the parent's to handle: it stops the workers."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from storage.headoffice.db import HeadOfficeDbError, connect
    from storage.keys import KeyPairs

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    keys = KeyPairs(
        Ed25519PrivateKey.from_private_bytes(raw[0]),
        X25519PrivateKey.from_private_bytes(raw[1]),
    )
    _worker.update(keys=keys, actor=_actor(), url=url, stop=stop)
    try:
        _worker["engine"] = connect(url, migrate=False)
    except HeadOfficeDbError as exc:
        _worker["engine"] = None
        _worker["gone"] = exc.message.render()


def _work(path: Path) -> Result:
    """One package in a worker; none is started once the batch stopped."""
    from storage.headoffice.db import HeadOfficeDbError

    if _worker["stop"].is_set():
        return SKIPPED, "", ""
    if _worker.get("engine") is None:
        return GONE, str(_worker.get("gone", "the database cannot be reached")), ""
    try:
        return import_one(_worker["engine"], path, _worker["keys"], _worker["actor"])
    except HeadOfficeDbError as exc:
        return GONE, exc.message.render(), ""


def _pool_results(
    url: str, keys: Any, paths: list[Path], jobs: int, stopped: list[bool]
) -> Iterator[Result]:
    """Each package's result in list order, from ``jobs`` workers. Once
    ``stopped[0]`` is set (the database went away), no worker starts another
    package: those still running finish (committed or rolled back) and are
    reported; the rest come back SKIPPED."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    stop = context.Event()
    pool = context.Pool(jobs, initializer=_start_worker, initargs=(url, _raw_keys(keys), stop))
    try:
        # small chunks: the ordered output waits little on a slow package
        for result in pool.imap(_work, paths, chunksize=2):
            yield result
            if stopped[0]:
                stop.set()
        pool.close()
        pool.join()
    finally:
        pool.terminate()
        pool.join()


def _serial_results(
    engine: Any, keys: Any, paths: list[Path], stopped: list[bool]
) -> Iterator[Result]:
    from storage.headoffice.db import HeadOfficeDbError

    actor = _actor()
    for path in paths:
        if stopped[0]:
            yield SKIPPED, "", ""
            continue
        try:
            yield import_one(engine, path, keys, actor)
        except HeadOfficeDbError as exc:
            yield GONE, exc.message.render(), ""


def _report(results: Iterable[Result], total: int, stopped: list[bool]) -> int:
    """Say each package's line and a closing count; the exit code."""
    counts = {IMPORTED: 0, REPLACED: 0, UNCHANGED: 0, FAILED: 0, BUG: 0, "not tried": 0}
    try:
        for status, line, outcome in results:
            if status == GONE:
                if not stopped[0]:
                    say(f"headoffice import: stopped: {line}")
                stopped[0] = True
                counts["not tried"] += 1
            elif status == SKIPPED:
                counts["not tried"] += 1
            elif status == OK:
                counts[outcome] = counts.get(outcome, 0) + 1
                say(line)
            else:
                counts[status] += 1
                say(line)
    except KeyboardInterrupt:
        done = sum(counts.values())
        say(
            f"headoffice import: interrupted after {done} of {total} package(s); "
            "nothing is half-written: run the command again to take in the rest."
        )
        say(f"headoffice import: {_summary(counts)}")
        return INTERRUPTED
    say(f"headoffice import: {_summary(counts)}")
    if stopped[0]:
        return EXIT_LOCKED
    if counts[BUG]:
        return EXIT_BUG
    failed = counts[FAILED]
    if failed == 0:
        return EXIT_OK
    return EXIT_PARTIAL if failed < total else EXIT_INVALID


def _summary(counts: dict[str, int]) -> str:
    """What was committed, exactly: new and replaced cases; and the rest."""
    from domain.i18n import Message, tr_noop

    return Message(
        tr_noop(
            "{written} package(s) committed ({imported} new, {replaced} replaced); "
            "{unchanged} held already; {failed} failed; {untried} not tried."
        ),
        {
            "written": counts[IMPORTED] + counts[REPLACED],
            "imported": counts[IMPORTED],
            "replaced": counts[REPLACED],
            "unchanged": counts[UNCHANGED],
            "failed": counts[FAILED] + counts[BUG],
            "untried": counts["not tried"],
        },
    ).render()


def import_packages(url: str, engine: Any, keys: Any, paths: list[Path], jobs: int) -> int:
    """Import ``paths`` with ``jobs`` processes (1: in this one, on ``engine``);
    the exit code. The caller disposes of ``engine``."""
    jobs = max(1, min(jobs, len(paths)))
    stopped = [False]
    if jobs == 1:
        return _report(_serial_results(engine, keys, paths, stopped), len(paths), stopped)
    engine.dispose()  # no pooled connection crosses a fork
    return _report(_pool_results(url, keys, paths, jobs, stopped), len(paths), stopped)


__all__ = ["MAX_DEFAULT_JOBS", "default_jobs", "import_one", "import_packages"]
