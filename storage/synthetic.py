"""Synthetic workspaces for the benchmark: N realistic cases from a seed.

The cases are :func:`domain.demo.iter_demo_cases` with ``light=True`` (all
twelve industries, seasons, statements, meter readings, a third with fraud
archetypes), given a spread of statuses and stages, and stored through
``SqlCaseStore.create_many`` in chunks of a few thousand, one transaction per
chunk. Every :data:`PHOTO_EVERY`-th case carries a small JPEG made with
Pillow. Everything — case numbers, UUIDs, photos, times — follows from the
seed, so the same seed gives the same workspace contents (the keys and the
workspace id are random, as for any workspace).

The list columns ``red`` / ``amber`` are plausible counts derived from the
fraud archetypes each case carries, not a full assessment of every case (that
would triple the time to build 100,000 cases); the benchmark measures the
assessment on its own.

:func:`cached_workspace` keeps a generated workspace under
``/tmp/fcw-bench-cache/<seed>-<n>`` and rebuilds it only when the generating
code (:func:`code_version`) changed or an earlier build did not finish.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from random import Random

from sqlalchemy import text

from domain.case import Attachment, Case
from domain.demo import iter_demo_cases, planned_frauds
from domain.enums import CaseStatus
from domain.lifecycle import seed_status
from domain.paths import resource_path
from domain.workflow import stage_ids
from storage.db import UnitOfWork
from storage.keyfile import ScryptParams
from storage.tables import AttachmentRow
from storage.workspace import Workspace, create_workspace

BENCH_PASSWORD = "Bench-2026-taizhou"
BENCH_OFFICER = ("王建国", "TZ0999", "3301")
BENCH_TODAY = date(2026, 11, 27)
CACHE_ROOT = Path("/tmp/fcw-bench-cache")
CHUNK = 2000
PHOTO_EVERY = 50
_STAMP = "generated.txt"
_BEIJING = timezone(timedelta(hours=8))

#: status → stages finished (of the field method's eight)
_STAGES_DONE = {
    CaseStatus.DRAFT: 0,
    CaseStatus.IN_FIELD: 3,
    CaseStatus.ANALYSED: 7,
    CaseStatus.MEMO_PRINTED: 8,
    CaseStatus.EXPORTED: 8,
    CaseStatus.RETURNED: 7,
    CaseStatus.ARCHIVED: 8,
}
_STATUS_CYCLE = (
    CaseStatus.IN_FIELD,
    CaseStatus.DRAFT,
    CaseStatus.ANALYSED,
    CaseStatus.IN_FIELD,
    CaseStatus.MEMO_PRINTED,
    CaseStatus.EXPORTED,
    CaseStatus.RETURNED,
    CaseStatus.ANALYSED,
    CaseStatus.IN_FIELD,
    CaseStatus.ARCHIVED,
)

#: Sources whose change changes the generated cases (see code_version). The
#: schema enters as the migrations' head revision, not as source text.
_VERSIONED = (
    "domain/demo*.py",
    "domain/case.py",
    "domain/enums.py",
    "domain/serialization.py",
    "storage/synthetic.py",
    "storage/case_rows.py",
    "storage/tables.py",
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Metrics:
    """The list columns of one case that the store computes elsewhere."""

    progress: int
    red: int
    amber: int


def code_version() -> str:
    """SHA-256 (first 16 hex digits) of the sources that shape a synthetic
    workspace and of the schema revision it is created at. Edits elsewhere
    (the store's methods, the UI) keep the cache."""
    from storage.migrations import runner

    root = resource_path("..")
    digest = hashlib.sha256(runner.head_revision().encode())
    for pattern in _VERSIONED:
        for path in sorted(root.glob(pattern)):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def small_jpeg(seed: int, index: int, size: tuple[int, int] = (96, 72)) -> bytes:
    """A small shop-front "photo" (a few KB): bands of colour from the seed."""
    from PIL import Image, ImageDraw

    rng = Random(seed * 7_919 + index)
    image = Image.new("RGB", size, tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    width, height = size
    for band in range(6):
        top = band * height // 6
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.rectangle((rng.randrange(width // 2), top, width - 1, top + height // 12), colour)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue()


def synthetic_cases(
    seed: int, n: int, today: date = BENCH_TODAY
) -> Iterator[tuple[Case, Metrics, bytes | None]]:
    """Case ``i`` of ``n``, its list metrics and its photo bytes (or None).

    Each case's status, stages, flag counts and photo depend on ``seed`` and
    ``i`` only, like the demo case itself."""
    stages = stage_ids()
    for i, case in enumerate(iter_demo_cases(seed, n, today, light=True)):
        rng = Random(seed * 1_000_003 + i)
        status = _STATUS_CYCLE[i % len(_STATUS_CYCLE)]
        seed_status(case, status)
        done = max(_STAGES_DONE[status] - rng.randrange(2), 0)
        case.stages_finished = list(stages[:done])
        frauds = planned_frauds(seed, i)
        metrics = Metrics(
            progress=done * 100 // len(stages),
            red=len(frauds) if status != CaseStatus.DRAFT else 0,
            amber=rng.randrange(4) if status != CaseStatus.DRAFT else 0,
        )
        photo = None
        if i % PHOTO_EVERY == 0:
            photo = small_jpeg(seed, i)
            added = case.created_at or datetime(2026, 11, 1, 9, 0, tzinfo=_BEIJING)
            case.attachments.append(
                Attachment(
                    id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    filename=f"门头-{i:06d}.jpg",
                    kind="photo",
                    mime="image/jpeg",
                    size=len(photo),
                    sha256=hashlib.sha256(photo).hexdigest(),
                    caption="经营场所门头",
                    added_at=added,
                )
            )
        yield case, metrics, photo


class StepClock:
    """A clock for the store that moves one minute per call from a fixed start,
    so that ``updated_at`` is reproducible and differs between chunks."""

    def __init__(self, start: datetime) -> None:
        self._next = start

    def __call__(self) -> datetime:
        now, self._next = self._next, self._next + timedelta(minutes=1)
        return now


def _store_chunk(workspace: Workspace, chunk: Sequence[tuple[Case, Metrics, bytes | None]]) -> None:
    cases = [case for case, _, _ in chunk]
    workspace.store.create_many(cases, workspace.actor)
    with workspace.unit_of_work(write=True) as uow:
        uow.session.connection().execute(
            text("UPDATE case_row SET progress = :p, red = :r, amber = :a WHERE uuid = :u"),
            [{"p": m.progress, "r": m.red, "a": m.amber, "u": case.uuid} for case, m, _ in chunk],
        )
        _add_photo_rows(uow, [(c, p) for c, _, p in chunk if p is not None])
        uow.commit()


def store_photo_bytes(workspace: Workspace, photos: Sequence[tuple[Case, bytes]]) -> None:
    """The bytes of each stored case's last attachment (a generated photo the
    case already lists), in one transaction."""
    with workspace.unit_of_work(write=True) as uow:
        _add_photo_rows(uow, photos)
        uow.commit()


def _add_photo_rows(uow: UnitOfWork, photos: Sequence[tuple[Case, bytes]]) -> None:
    for case, photo in photos:
        meta = case.attachments[-1]
        uow.session.add(
            AttachmentRow(
                id=meta.id,
                case_uuid=case.uuid,
                filename=meta.filename,
                mime=meta.mime,
                kind=meta.kind,
                size=meta.size,
                sha256=meta.sha256,
                data=photo,
                added_at=meta.added_at or _stored_at(case),
            )
        )


def _stored_at(case: Case) -> datetime:
    """When the case was stored (set by ``create_many``)."""
    if case.updated_at is None:
        raise ValueError(f"case {case.number} has not been stored")
    return case.updated_at


def populate_synthetic(
    workspace: Workspace,
    n: int,
    *,
    seed: int = 1,
    today: date = BENCH_TODAY,
    chunk: int = CHUNK,
    progress: Progress | None = None,
) -> int:
    """Add ``n`` synthetic cases to ``workspace`` in chunks of ``chunk`` (one
    transaction for the cases, one for their list metrics and photos);
    returns how many were added. ``progress(done, n)`` after each chunk."""
    done = 0
    batch: list[tuple[Case, Metrics, bytes | None]] = []
    for item in synthetic_cases(seed, n, today):
        batch.append(item)
        if len(batch) >= chunk:
            _store_chunk(workspace, batch)
            done += len(batch)
            batch = []
            if progress is not None:
                progress(done, n)
    if batch:
        _store_chunk(workspace, batch)
        done += len(batch)
        if progress is not None:
            progress(done, n)
    return done


def create_synthetic_workspace(
    directory: Path,
    n: int,
    *,
    seed: int = 1,
    password: str = BENCH_PASSWORD,
    today: date = BENCH_TODAY,
    chunk: int = CHUNK,
    kdf: ScryptParams | None = None,
    progress: Progress | None = None,
) -> Workspace:
    """A new workspace in ``directory`` holding ``n`` synthetic cases, unlocked.

    The store's clock starts at 18:00 on ``today`` (Beijing time) and moves a
    minute per chunk, so case times are reproducible too."""
    name, staff_no, branch = BENCH_OFFICER
    clock = StepClock(datetime(today.year, today.month, today.day, 18, 0, tzinfo=_BEIJING))
    if kdf is None:
        workspace = create_workspace(directory, password, name, staff_no, branch, clock=clock)
    else:
        workspace = create_workspace(
            directory, password, name, staff_no, branch, clock=clock, kdf=kdf
        )
    try:
        populate_synthetic(workspace, n, seed=seed, today=today, chunk=chunk, progress=progress)
    except BaseException:
        workspace.close()
        raise
    return workspace


def cache_dir(seed: int, n: int, root: Path = CACHE_ROOT) -> Path:
    return root / f"{seed}-{n}"


def cached_workspace(
    seed: int,
    n: int,
    *,
    root: Path = CACHE_ROOT,
    progress: Progress | None = None,
) -> Path:
    """The folder of a closed synthetic workspace of ``n`` cases from ``seed``
    (password :data:`BENCH_PASSWORD`), built on first use and kept under
    ``root/<seed>-<n>``. A stamp file records :func:`code_version`; a
    different version or a build that never finished is rebuilt."""
    directory = cache_dir(seed, n, root)
    stamp = directory / _STAMP
    version = code_version()
    if stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == version:
        return directory
    if directory.exists():
        shutil.rmtree(directory)
    create_synthetic_workspace(directory, n, seed=seed, progress=progress).close()
    stamp.write_text(version + "\n", encoding="utf-8")
    return directory


__all__ = [
    "BENCH_PASSWORD",
    "BENCH_TODAY",
    "CACHE_ROOT",
    "Metrics",
    "StepClock",
    "cache_dir",
    "cached_workspace",
    "code_version",
    "create_synthetic_workspace",
    "populate_synthetic",
    "small_jpeg",
    "synthetic_cases",
]
