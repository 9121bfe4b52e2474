"""Build the standalone application folder (issue 12).

    uv run python tools/build.py                  # PyInstaller, folder mode (the shipped build)
    uv run python tools/build.py --tool nuitka    # pyside6-deploy / Nuitka (tried; see below)

Output (PyInstaller): ``build/dist/fcw/`` with the executable ``fcw`` (``fcw.exe``
on Windows) and ``_internal/`` holding Python, Qt, SQLCipher, ``resources/``
(including ``build_info.json``) and ``storage/migrations/*.py``. Run the same
command on Windows or macOS to build for those systems (PyInstaller does not
cross-compile). The build lowers its own priority (``nice 19``): the machine is
shared.

Why PyInstaller (measured 2026-11-27, 2 shared cores, load average 6-10):
pyside6-deploy (Nuitka 4.3.3, standalone) follows and compiles the whole
dependency tree (pandas, numpy, reportlab, cryptography, sqlalchemy, alembic,
psycopg) to C. It was stopped by the 25-minute budget (timeout 1500 s) while
still analysing modules: not one C file had been written, so the C compilation
of several thousand modules was still to come. PyInstaller's folder mode built
in 292-311 s (wall) on the same machine; the result (315 MiB) passes
tools/smoke_build.py, SQLCipher, fonts and migrations included.
``pysidedeploy.spec`` is kept so the attempt can be repeated on a bigger machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from domain.version import APP_VERSION, BuildInfo, lock_hash  # noqa: E402

BUILD_DIR = ROOT / "build"
BUILD_INFO = BUILD_DIR / "build_info.json"
DIST = {
    "pyinstaller": BUILD_DIR / "dist" / "fcw",
    "nuitka": BUILD_DIR / "nuitka" / "fcw.dist",
}
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


def executable(tool: str = "pyinstaller") -> Path:
    """Path of the built program's executable for ``tool``."""
    if tool == "nuitka":
        name = "fcw.exe" if sys.platform == "win32" else "fcw.bin"
        return DIST["nuitka"] / name
    return DIST["pyinstaller"] / f"fcw{EXE_SUFFIX}"


def resources_dir(tool: str = "pyinstaller") -> Path:
    """The bundle's ``resources`` folder (what ``domain.paths.app_root()`` finds at run time)."""
    if tool == "nuitka":
        return DIST["nuitka"] / "resources"
    return DIST["pyinstaller"] / "_internal" / "resources"


def builder_name(tool: str) -> str:
    if tool == "nuitka":
        return f"pyside6-deploy (Nuitka {metadata.version('nuitka')})"
    return f"PyInstaller {metadata.version('pyinstaller')}"


def write_build_info(tool: str) -> BuildInfo:
    """Provenance for the bundle: version, SHA-256 of uv.lock, UTC build time, tool."""
    info = BuildInfo(
        version=APP_VERSION,
        lock_sha256=lock_hash((ROOT / "uv.lock").read_bytes()),
        built_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        builder=builder_name(tool),
    )
    BUILD_DIR.mkdir(exist_ok=True)
    BUILD_INFO.write_text(json.dumps(info.to_dict(), indent=2) + "\n", encoding="utf-8")
    return info


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build(tool: str = "pyinstaller") -> Path:
    """Build the application folder with ``tool``; returns the executable's path."""
    if hasattr(os, "nice"):
        os.nice(19)
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "main.py", "cli", "domain", "storage", "ui",
         "resources"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    ).stdout  # fmt: skip
    if dirty:
        print("warning: uncommitted changes are built in; build release copies from a clean "
              f"checkout:\n{dirty}", file=sys.stderr)  # fmt: skip
    info = write_build_info(tool)
    started = time.perf_counter()
    if tool == "nuitka":
        command = [
            sys.executable, "-m", "PySide6.scripts.deploy", "-c", "pysidedeploy.spec",
            "--no-install", "-f",
        ]  # fmt: skip
        deploy = shutil.which("pyside6-deploy")
        if deploy:
            command = [deploy, "-c", "pysidedeploy.spec", "--no-install", "-f"]
    else:
        command = [
            sys.executable, "-m", "PyInstaller", "fcw.spec", "--noconfirm", "--clean",
            "--distpath", str(BUILD_DIR / "dist"), "--workpath", str(BUILD_DIR / "pyinstaller"),
        ]  # fmt: skip
    env = dict(os.environ, FCW_BUILD_INFO=str(BUILD_INFO))
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    if tool == "nuitka":  # Nuitka copies resources/ itself; add the provenance
        shutil.copy2(BUILD_INFO, resources_dir(tool) / BUILD_INFO.name)
    elapsed = time.perf_counter() - started
    exe = executable(tool)
    if not exe.is_file():
        raise SystemExit(f"build finished but {exe} is missing")
    size = folder_size(exe.parent)
    print(f"built {exe} with {info.builder} in {elapsed:.0f} s; folder {size / 2**20:.0f} MiB")
    return exe


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", choices=["pyinstaller", "nuitka"], default="pyinstaller")
    args = parser.parse_args(argv)
    build(args.tool)
    return 0


if __name__ == "__main__":
    sys.exit(main())
