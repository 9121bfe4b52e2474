"""Synthetic benchmark workspaces (storage.synthetic): reproducible from the
seed, valid cases, photos stored, the list columns filled, the cache reused."""

from __future__ import annotations

import hashlib
from pathlib import Path

import jsonschema

from domain.enums import CaseStatus
from domain.ports import CaseFilter
from domain.serialization import case_to_dict, fingerprint
from storage.export import case_schema
from storage.synthetic import (
    BENCH_PASSWORD,
    PHOTO_EVERY,
    cache_dir,
    cached_workspace,
    code_version,
    create_synthetic_workspace,
)
from storage.workspace import open_workspace
from tests.storage.workspace_fixtures import FAST_KDF

N = 60


def _contents(directory: Path, seed: int) -> dict[str, str]:
    """Case number → fingerprint of every stored case."""
    with create_synthetic_workspace(directory, N, seed=seed, chunk=25, kdf=FAST_KDF) as ws:
        return {number: fingerprint(ws.store.load(uuid)) for uuid, number in ws.store.case_ids()}


def test_the_same_seed_gives_the_same_case_numbers_and_fingerprints(tmp_path: Path) -> None:
    first = _contents(tmp_path / "a", seed=5)
    second = _contents(tmp_path / "b", seed=5)
    assert len(first) == N
    assert first == second


def test_another_seed_gives_other_cases(tmp_path: Path) -> None:
    assert set(_contents(tmp_path / "a", seed=5).values()).isdisjoint(
        _contents(tmp_path / "b", seed=6).values()
    )


def test_every_stored_case_is_valid_against_the_case_schema(tmp_path: Path) -> None:
    schema = case_schema()
    with create_synthetic_workspace(tmp_path / "ws", N, seed=2, kdf=FAST_KDF) as ws:
        industries = set()
        for uuid, _number in ws.store.case_ids():
            case = ws.store.load(uuid)
            jsonschema.validate(case_to_dict(case), schema)
            industries.add(case.business.industry)
    # sixty cases drawn from twelve industries: well over half of them appear
    assert len(industries) >= 8


def test_every_fiftieth_case_carries_a_stored_jpeg_whose_hash_matches(tmp_path: Path) -> None:
    with create_synthetic_workspace(tmp_path / "ws", N, seed=2, kdf=FAST_KDF) as ws:
        with_photos = []
        for uuid, _number in ws.store.case_ids():
            case = ws.store.load(uuid)
            for attachment in case.attachments:
                data = ws.store.attachment_bytes(uuid, attachment.id)
                assert data[:3] == b"\xff\xd8\xff"  # JPEG start-of-image marker
                assert hashlib.sha256(data).hexdigest() == attachment.sha256
                assert len(data) == attachment.size
                with_photos.append(case.number)
    # cases 0 and 50 of 60 (every PHOTO_EVERY = 50th, counting from 0)
    assert PHOTO_EVERY == 50
    assert len(with_photos) == 2


def test_the_list_shows_statuses_progress_and_flags(tmp_path: Path) -> None:
    with create_synthetic_workspace(tmp_path / "ws", N, seed=2, kdf=FAST_KDF) as ws:
        # the status cycle has ten places, one of them archived: 6 of 60 hidden
        assert ws.store.count() == 54
        assert ws.store.count(CaseFilter(include_archived=True)) == 60
        # one of the ten places is a draft: 6 of 60
        assert ws.store.count(CaseFilter(status=CaseStatus.DRAFT)) == 6
        rows = ws.store.summaries(limit=100)
        assert any(r.progress > 0 for r in rows)
        assert any(r.red > 0 for r in rows)
        assert all(r.red == 0 and r.amber == 0 for r in rows if r.status == CaseStatus.DRAFT)


def test_the_cache_is_built_once_and_opens_with_the_bench_password(tmp_path: Path) -> None:
    directory = cached_workspace(3, 10, root=tmp_path)
    assert directory == cache_dir(3, 10, tmp_path)
    db = directory / "workspace.db"
    stamp_before = db.stat().st_mtime_ns
    assert cached_workspace(3, 10, root=tmp_path) == directory
    assert db.stat().st_mtime_ns == stamp_before  # not rebuilt
    with open_workspace(directory, BENCH_PASSWORD, read_only=True) as ws:
        assert ws.store.count(CaseFilter(include_archived=True)) == 10


def test_a_cache_from_other_code_or_an_unfinished_build_is_rebuilt(tmp_path: Path) -> None:
    directory = cached_workspace(3, 10, root=tmp_path)
    (directory / "generated.txt").write_text("an older version\n", encoding="utf-8")
    (directory / "leftover").write_text("from the old build", encoding="utf-8")
    cached_workspace(3, 10, root=tmp_path)
    assert not (directory / "leftover").exists()
    assert (directory / "generated.txt").read_text(encoding="utf-8").strip() == code_version()
