"""The locked dependencies install from binary wheels on the officers' systems (issue 23).

``uv export`` writes what ``uv sync --frozen`` installs (the project's
dependencies and the ``dev`` group, pinned by ``uv.lock``); ``uv pip compile
--python-platform T --only-binary :all:`` then resolves exactly those pins for
system T, at the oldest and the newest Python the project supports, and fails
when one of them has no wheel there.

The index is read from uv's cache first (fast, no network); whatever the cache
cannot answer is asked of the registry. The test is skipped only when the
registry is really unreachable (a probe of its simple index fails) and the
cache cannot answer; every other failure fails the test with uv's own words.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tomllib
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parent.parent

TARGETS = {
    "Windows x86-64": "x86_64-pc-windows-msvc",
    "macOS arm64": "aarch64-apple-darwin",
    "macOS x86-64": "x86_64-apple-darwin",
    # The system CI runs on (PySide6 6.11 needs glibc 2.34): shows the check itself works.
    "Linux x86-64": "x86_64-manylinux_2_34",
}
#: uv's words when a pinned version has no wheel for the target (not a network problem).
NO_WHEEL = ("no wheels with a matching platform tag", "has no usable wheels")
NETWORK = (
    "network was disabled",
    "not found in the cache",
    "needs to be downloaded",
    "failed to fetch",
    "error sending request",
    "dns error",
    "connection",
    "timed out",
)


def _uv() -> str:
    found = os.environ.get("UV") or shutil.which("uv")
    if not found:
        pytest.skip("uv is not installed: run the tests with `uv run pytest`")
    return found


def _python_versions() -> list[str]:
    """The oldest and the newest minor version of ``requires-python``."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    allowed = list(SpecifierSet(project["requires-python"]).filter(f"3.{m}" for m in range(8, 30)))
    assert allowed, project["requires-python"]
    return sorted({allowed[0], allowed[-1]}, key=lambda v: int(v.split(".")[1]))


@pytest.fixture(scope="module")
def locked_requirements(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What ``uv sync --frozen`` installs, as pinned requirements with markers."""
    out = tmp_path_factory.mktemp("resolution") / "requirements.txt"
    subprocess.run(
        [_uv(), "export", "--frozen", "--no-hashes", "--no-emit-project", "-q", "-o", str(out)],
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    return out


def _compile(requirements: Path, target: str, python: str, *, offline: bool) -> tuple[int, str]:
    command = [
        _uv(), "pip", "compile", str(requirements), "--python-platform", target,
        "--python-version", python, "--only-binary", ":all:", "--no-header", "-o", os.devnull,
    ]  # fmt: skip
    if offline:
        command.append("--offline")
    proc = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=300
    )
    return proc.returncode, proc.stderr


def _index_url() -> str:
    for name in ("UV_DEFAULT_INDEX", "UV_INDEX_URL"):
        if os.environ.get(name):
            return os.environ[name].split()[0]
    return "https://pypi.org/simple/"


def _unreachable(url: str) -> str | None:
    """Why the registry cannot be reached, or None when it answers."""
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/pip/", timeout=10) as reply:
            reply.read(1)
    except (urllib.error.URLError, OSError) as exc:
        return str(getattr(exc, "reason", exc))
    return None


@pytest.mark.parametrize("system", list(TARGETS))
def test_every_locked_dependency_has_a_binary_wheel_for(
    system: str, locked_requirements: Path
) -> None:
    target = TARGETS[system]
    for python in _python_versions():
        code, err = _compile(locked_requirements, target, python, offline=True)
        if code == 0:
            continue  # uv's cache of the registry's index answered
        code, err = _compile(locked_requirements, target, python, offline=False)
        if code == 0:
            continue
        lowered = err.lower()
        if not any(w in lowered for w in NO_WHEEL) and any(n in lowered for n in NETWORK):
            why = _unreachable(_index_url())
            if why is not None:
                pytest.skip(
                    f"{system} not checked: the package registry {_index_url()} is "
                    f"unreachable ({why}) and uv's cache cannot answer"
                )
        pytest.fail(f"{system}, Python {python} ({target}): uv cannot install from wheels:\n{err}")
