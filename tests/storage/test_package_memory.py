"""Streaming limits (issue 20, docs/FORMATS.md "Package limits"): opening a
package holds at most about twice its payload, and a bomb is refused before
it is expanded. Python's own allocations are traced (tracemalloc)."""

from __future__ import annotations

import secrets
import tracemalloc
from pathlib import Path

import pytest

from storage import package
from tests.storage.export_fixtures import HEAD_OFFICE
from tests.storage.hostile_packages import build, inner_zip

MB = 1024 * 1024
SIGNER = HEAD_OFFICE.signing  # any key signs; opening checks the signature only
ENVELOPE = {"kind": "case"}


def _peak_opening(path: Path) -> tuple[int, Exception | None]:
    tracemalloc.start()
    try:
        package.open_package(path, HEAD_OFFICE.encryption)
        error = None
    except package.PackageError as exc:
        error = exc
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak, error


def test_the_largest_package_allowed_opens_within_the_stated_memory_bound(tmp_path: Path) -> None:
    photo = secrets.token_bytes(40 * MB)  # random: stored as it is
    path = tmp_path / "big.fcwpkg"
    path.write_bytes(build(ENVELOPE, {"attachments/a": photo}, SIGNER))
    del photo
    peak, error = _peak_opening(path)
    assert error is None
    # the ciphertext and the inner zip (40 MB each) at once, then the inner
    # zip and the member: about 80 MB
    assert peak < 2 * 40 * MB + 16 * MB
    assert peak < package.MEMORY_BOUND


def test_an_inner_bomb_is_refused_before_it_is_expanded(tmp_path: Path) -> None:
    # 100 members of 1 MB deflating 100 to 1: 100 MB declared, 1.1 MB sent
    blob = secrets.token_bytes(10_000) + bytes(MB - 10_000)
    inner = inner_zip({f"attachments/m{i}": blob for i in range(100)})
    path = tmp_path / "bomb.fcwpkg"
    path.write_bytes(build(ENVELOPE, {}, SIGNER, inner=inner))
    peak, error = _peak_opening(path)
    assert error is not None and "payload: the contents are too large" in str(error)
    assert peak < 3 * len(inner) + 4 * MB


def test_an_envelope_over_its_limit_reads_as_too_large_not_larger_than_it_says(
    tmp_path: Path,
) -> None:
    path = tmp_path / "fat.fcwpkg"
    path.write_bytes(build({**ENVELOPE, "padding": "p" * 70_000}, {}, SIGNER))
    with pytest.raises(package.PackageError) as caught:
        package.verify(path)
    message = str(caught.value)
    assert "'envelope.json' is too large" in message and "at most 65536" in message
    assert "larger than it says" not in message
