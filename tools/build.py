"""Build the standalone application folder (issue 12).

    uv run python tools/build.py                  # PyInstaller, folder mode (the shipped build)
    uv run python tools/build.py --installer      # Windows: also the installer (Inno Setup 6)
    uv run python tools/build.py --tool nuitka    # pyside6-deploy / Nuitka (tried; see below;
                                                  # first `uv sync --group nuitka`)

Output (PyInstaller): ``build/dist/fcw/`` with the executable ``fcw`` (on
Windows ``fcw.exe`` and the windowed ``fcw-gui.exe`` with the application's
icon, see tools/build_targets.py) and ``_internal/`` holding Python, Qt,
SQLCipher, ``resources/`` (including ``build_info.json``) and
``storage/migrations/*.py``. Run the same command on Windows or macOS to build
for those systems (PyInstaller does not cross-compile); ``--installer`` then
compiles ``installer/fcw.iss`` into ``build/installer/`` (docs/WINDOWS.md).
The build runs below normal priority (``nice 19``; on Windows the
below-normal priority class): the machine is shared.

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
import io
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
sys.path.insert(0, str(ROOT / "tools"))

import build_targets as targets  # noqa: E402

from domain.version import APP_VERSION, BuildInfo, lock_hash  # noqa: E402

BUILD_DIR = ROOT / "build"
BUILD_INFO = BUILD_DIR / "build_info.json"
ICON = BUILD_DIR / "fcw.ico"
INSTALLER_SCRIPT = ROOT / "installer" / "fcw.iss"
INSTALLER_DIR = BUILD_DIR / "installer"
#: Where Inno Setup 6 installs its compiler when it is not on PATH.
ISCC_DEFAULT = Path("C:/Program Files (x86)/Inno Setup 6/ISCC.exe")
DIST = {
    "pyinstaller": BUILD_DIR / "dist" / "fcw",
    "nuitka": BUILD_DIR / "nuitka" / "fcw.dist",
}


def executable(tool: str = "pyinstaller", platform: str = sys.platform) -> Path:
    """Path of the built program's (console) executable for ``tool``."""
    if tool == "nuitka":
        return DIST["nuitka"] / targets.nuitka_program_name(platform)
    return DIST["pyinstaller"] / targets.exe_name(targets.PROGRAM, platform)


def executables(platform: str = sys.platform) -> list[Path]:
    """Every program of the PyInstaller folder (Windows: console and windowed)."""
    return [DIST["pyinstaller"] / name for name in targets.program_names(platform)]


def resources_dir(tool: str = "pyinstaller") -> Path:
    """The bundle's ``resources`` folder (what ``domain.paths.app_root()`` finds at run time)."""
    if tool == "nuitka":
        return DIST["nuitka"] / "resources"
    return DIST["pyinstaller"] / "_internal" / "resources"


def builder_name(tool: str) -> str:
    if tool == "nuitka":
        try:
            return f"pyside6-deploy (Nuitka {metadata.version('nuitka')})"
        except metadata.PackageNotFoundError:
            raise SystemExit("--tool nuitka: run `uv sync --group nuitka` first") from None
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


def write_icon(target: Path, size: int = 256) -> Path:
    """The Windows programs' icon (``.ico``, 16-256 px) drawn from
    ``resources/icons/app.svg`` with Qt's SVG renderer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg")).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    target.parent.mkdir(parents=True, exist_ok=True)
    sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256) if s <= size]
    Image.open(io.BytesIO(bytes(buffer.data().data()))).save(target, sizes=sizes)
    return target


def build(tool: str = "pyinstaller", platform: str = sys.platform) -> Path:
    """Build the application folder with ``tool``; returns the executable's path."""
    targets.nice_self(platform)
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
    if platform == targets.WINDOWS:
        env["FCW_BUILD_ICON"] = str(write_icon(ICON))
    subprocess.run(command, cwd=ROOT, env=env, check=True, **targets.lower_priority(platform))
    if tool == "nuitka":  # Nuitka copies resources/ itself; add the provenance
        shutil.copy2(BUILD_INFO, resources_dir(tool) / BUILD_INFO.name)
    elapsed = time.perf_counter() - started
    exe = executable(tool, platform)
    expected = executables(platform) if tool == "pyinstaller" else [exe]
    missing = [str(path) for path in expected if not path.is_file()]
    if missing:
        raise SystemExit(f"build finished but {', '.join(missing)} is missing")
    size = folder_size(exe.parent)
    print(f"built {exe} with {info.builder} in {elapsed:.0f} s; folder {size / 2**20:.0f} MiB")
    return exe


def find_iscc() -> str | None:
    """Inno Setup's compiler: on PATH, or where its installer puts it."""
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    return str(ISCC_DEFAULT) if ISCC_DEFAULT.is_file() else None


def build_installer(platform: str = sys.platform) -> Path:
    """``installer/fcw.iss`` over the built folder → ``build/installer/*-setup.exe``."""
    if platform != targets.WINDOWS:
        raise SystemExit("--installer: the installer is built on Windows (Inno Setup 6)")
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit("--installer: Inno Setup 6 (ISCC.exe) not found; see docs/WINDOWS.md")
    command = targets.installer_command(
        iscc, INSTALLER_SCRIPT, version=APP_VERSION, source=DIST["pyinstaller"],
        output=INSTALLER_DIR,
    )  # fmt: skip
    subprocess.run(command, cwd=ROOT, check=True, **targets.lower_priority(platform))
    made = sorted(INSTALLER_DIR.glob("*-setup.exe"))
    if not made:
        raise SystemExit(f"ISCC finished but no installer is in {INSTALLER_DIR}")
    print(f"installer {made[-1]}")
    return made[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", choices=["pyinstaller", "nuitka"], default="pyinstaller")
    parser.add_argument(
        "--installer", action="store_true", help="Windows: also compile installer/fcw.iss"
    )
    args = parser.parse_args(argv)
    build(args.tool)
    if args.installer:
        build_installer()
    return 0


if __name__ == "__main__":
    sys.exit(main())
