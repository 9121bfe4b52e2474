"""Synthetic case packages for the head-office benchmark: N packages from the
synthetic generator's cases, exported by a few enrolled officers.

Case ``i`` of :func:`storage.synthetic.synthetic_cases` goes to officer
``i % len(OFFICERS)`` (three branches, five officers). Each officer has a
workstation (a throw-away workspace) holding head office's enrolment; the
cases are stored there as analysed (every tenth as memo printed, so its
package carries the memo PDF), their red flags dismissed with a written
reason as an officer would, and exported with ``storage.export.export_cases``
— the real export: assessment, schema check, audit log, signature,
encryption for head office.

:func:`cached_packages` keeps the result under
``/tmp/fcw-bench-cache/packages-<seed>-<n>``::

    headoffice.key          head office's private keys (passphrase BENCH_PASSWORD)
    enrol/<staff_no>.json   each officer's workstation enrolment file
    packages/*.fcwpkg       the packages
    generated.txt           the code version; a missing or different stamp rebuilds

Building 10,000 packages takes a while (officers are built in parallel
processes); ``progress(done, n)`` reports as packages are written.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from domain.case import Case
from domain.enums import CaseStatus, DispositionStatus, Severity
from domain.lifecycle import seed_status
from domain.paths import resource_path
from storage.keyfile import ScryptParams
from storage.synthetic import (
    BENCH_PASSWORD,
    BENCH_TODAY,
    CACHE_ROOT,
    StepClock,
    store_photo_bytes,
    synthetic_cases,
)

#: (name, staff number, branch) of the officers who send packages.
OFFICERS = (
    ("王建国", "TZ0101", "3301"),
    ("李秀英", "TZ0102", "3301"),
    ("陈志强", "TZ0201", "3302"),
    ("张丽华", "TZ0202", "3302"),
    ("刘海涛", "TZ0301", "3303"),
)
MEMO_EVERY = 10
CHUNK = 500
_STAMP = "generated.txt"
_BEIJING = timezone(timedelta(hours=8))
#: throw-away workstations: a cheap key derivation (their keys are never kept)
_FAST_KDF = ScryptParams(n=2**10, r=8, p=1)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PackageSet:
    """A folder of packages and what head office needs to take them in."""

    directory: Path
    key_file: Path  # head office's private keys, passphrase BENCH_PASSWORD
    enrolments: tuple[Path, ...]  # the officers' workstation enrolment files
    packages: Path  # the folder of ``*.fcwpkg``

    def package_paths(self) -> list[Path]:
        return sorted(self.packages.glob("*.fcwpkg"))


def _settle(case: Case, pack: object, officer: str, at: datetime) -> None:
    """Dismiss the case's red flags with a reason, as the officer would before export."""
    from domain.assessment import assess_with_fraud
    from domain.fraud.dispositions import record_disposition

    assessment = assess_with_fraud(case, pack, today=BENCH_TODAY)  # type: ignore[arg-type]
    for flag in assessment.flags:
        if flag.severity == Severity.RED:
            record_disposition(
                case,
                flag.rule,
                DispositionStatus.DISMISSED,
                by=officer,
                at=at,
                reason="已实地核实，情况属实，风险可控",
            )


def build_officer_packages(
    seed: int, n: int, officer: int, headoffice_enrolment: bytes, out: Path
) -> tuple[int, bytes]:
    """Officer ``officer``'s share of the ``n`` cases, exported into ``out``.
    Returns (packages written, the officer's enrolment bytes)."""
    from storage.export import write_case_package
    from storage.headoffice_keys import import_headoffice_enrolment, workstation_enrolment_bytes
    from storage.rulepack_files import load_rule_pack
    from storage.workspace import create_workspace

    name, staff_no, branch = OFFICERS[officer]
    pack = load_rule_pack()
    start = datetime(BENCH_TODAY.year, BENCH_TODAY.month, BENCH_TODAY.day, 18, tzinfo=_BEIJING)
    count = len(OFFICERS)
    written = 0
    with tempfile.TemporaryDirectory(prefix="fcw-bench-station-") as tmp:
        ws = create_workspace(
            Path(tmp) / "ws",
            BENCH_PASSWORD,
            name,
            staff_no,
            branch,
            kdf=_FAST_KDF,
            clock=StepClock(start),
        )
        try:
            import_headoffice_enrolment(ws, headoffice_enrolment, BENCH_PASSWORD)
            batch: list[tuple[Case, bytes | None]] = []

            def flush() -> int:
                cases = [case for case, _ in batch]
                ws.store.create_many(cases, ws.actor)
                store_photo_bytes(ws, [(c, p) for c, p in batch if p is not None])
                clock = StepClock(start)
                for case in cases:
                    # No officer walked these cases through the lifecycle: the
                    # package is written as the case stands.
                    write_case_package(ws, case, out, pack=pack, now=clock())
                batch.clear()
                return len(cases)

            for i, (case, _, photo) in enumerate(synthetic_cases(seed, n, BENCH_TODAY)):
                if i % count != officer:
                    continue
                seed_status(
                    case, CaseStatus.MEMO_PRINTED if i % MEMO_EVERY == 0 else CaseStatus.ANALYSED
                )
                _settle(case, pack, f"{name} ({staff_no})", start)
                batch.append((case, photo))
                if len(batch) >= CHUNK:
                    written += flush()
            if batch:
                written += flush()
            enrolment = workstation_enrolment_bytes(ws, now=start)
        finally:
            ws.close()
    return written, enrolment


def create_packages(
    directory: Path,
    n: int,
    *,
    seed: int = 1,
    jobs: int = 2,
    progress: Progress | None = None,
) -> PackageSet:
    """Write ``n`` packages and head office's key into ``directory`` (new)."""
    from storage.headoffice_keys import generate_headoffice_files

    directory.mkdir(parents=True)
    _, enrol_file, _ = generate_headoffice_files(
        directory, BENCH_PASSWORD, name="台州总行", now=datetime(2026, 11, 1, tzinfo=_BEIJING)
    )
    headoffice = enrol_file.read_bytes()
    packages = directory / "packages"
    enrol_dir = directory / "enrol"
    packages.mkdir()
    enrol_dir.mkdir()
    with ProcessPoolExecutor(max_workers=max(jobs, 1)) as pool:
        futures = {
            pool.submit(build_officer_packages, seed, n, k, headoffice, packages): k
            for k in range(len(OFFICERS))
        }
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, timeout=15, return_when=FIRST_COMPLETED)
            for future in finished:
                _, enrolment = future.result()
                staff_no = OFFICERS[futures[future]][1]
                (enrol_dir / f"{staff_no}.json").write_bytes(enrolment)
            if progress is not None:
                progress(sum(1 for _ in packages.glob("*.fcwpkg")), n)
    return package_set(directory)


def package_set(directory: Path) -> PackageSet:
    return PackageSet(
        directory,
        directory / "headoffice.key",
        tuple(sorted((directory / "enrol").glob("*.json"))),
        directory / "packages",
    )


#: Bump when this module changes what it writes (its source is not hashed, so
#: that an edit of the reporting or caching code keeps a 10,000-package cache).
GENERATION = 1
#: Sources whose change changes the packages (the workspace schema does not:
#: the packages outlive the throw-away workstations that wrote them).
_VERSIONED = (
    "domain/demo*.py",
    "domain/case.py",
    "domain/enums.py",
    "domain/serialization.py",
    "storage/synthetic.py",
    "storage/export.py",
    "storage/package.py",
)


def packages_version() -> str:
    """SHA-256 (first 16 hex digits) of the sources that shape the packages."""
    root = resource_path("..")
    digest = hashlib.sha256(f"generation {GENERATION}".encode())
    for pattern in _VERSIONED:
        for path in sorted(root.glob(pattern)):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cached_packages(
    seed: int,
    n: int,
    *,
    root: Path = CACHE_ROOT,
    jobs: int = 2,
    progress: Progress | None = None,
) -> PackageSet:
    """The package set of ``n`` cases from ``seed`` under ``root/packages-<seed>-<n>``,
    built on first use or when the generating code changed."""
    directory = root / f"packages-{seed}-{n}"
    stamp = directory / _STAMP
    version = packages_version()
    if stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == version:
        return package_set(directory)
    if directory.exists():
        shutil.rmtree(directory)
    create_packages(directory, n, seed=seed, jobs=jobs, progress=progress)
    stamp.write_text(version + "\n", encoding="utf-8")
    return package_set(directory)


__all__ = [
    "OFFICERS",
    "PackageSet",
    "build_officer_packages",
    "cached_packages",
    "create_packages",
    "package_set",
    "packages_version",
]
