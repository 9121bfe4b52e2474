"""What the build makes on each system: the platform logic of ``tools/build.py``,
``fcw.spec``, ``tools/smoke_build.py`` and the Windows installer, kept apart and
pure (every function takes the system) so that tests ask it for any system.

PyInstaller does not cross-compile: ``tools/build.py`` run on Windows makes the
Windows folder, on macOS the macOS one.

On Windows the folder holds two programs over one ``_internal``:

- ``fcw.exe``, a console program: the command line (IT, scripts, the smoke
  test) and the GUI when started from a console;
- ``fcw-gui.exe``, the same program without a console window, for the Start
  menu and the desktop (a console program started there opens a black console
  window beside the workstation). A windowed program has no standard streams,
  which the GUI never uses.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path, PureWindowsPath

WINDOWS = "win32"
MACOS = "darwin"
PROGRAM = "fcw"
GUI_PROGRAM = "fcw-gui"
#: ``subprocess.BELOW_NORMAL_PRIORITY_CLASS`` (defined on Windows only).
BELOW_NORMAL_PRIORITY_CLASS = 0x00004000


def exe_name(stem: str, platform: str) -> str:
    return stem + (".exe" if platform == WINDOWS else "")


def spec_executables(platform: str) -> list[tuple[str, bool]]:
    """``(name, console)`` of each program PyInstaller makes (fcw.spec)."""
    programs = [(PROGRAM, True)]
    if platform == WINDOWS:
        programs.append((GUI_PROGRAM, False))
    return programs


def program_names(platform: str) -> list[str]:
    """File names of the programs in the built folder."""
    return [exe_name(name, platform) for name, _ in spec_executables(platform)]


def gui_program_name(platform: str) -> str:
    """What a shortcut starts: the windowed program where there is one."""
    return program_names(platform)[-1]


def nuitka_program_name(platform: str) -> str:
    return "fcw.exe" if platform == WINDOWS else "fcw.bin"


def lower_priority(platform: str) -> Mapping[str, int]:
    """``subprocess`` options that run the build below normal priority (the
    machine is shared). POSIX lowers the build's own niceness instead
    (``os.nice``, inherited by the child): nothing to pass."""
    if platform == WINDOWS:
        return {"creationflags": BELOW_NORMAL_PRIORITY_CLASS}
    return {}


def nice_self(platform: str) -> None:
    """Lower this process's priority where the system has ``nice``."""
    if platform != WINDOWS and hasattr(os, "nice"):
        os.nice(19)


def installer_command(
    iscc: str, script: Path, *, version: str, source: Path, output: Path
) -> list[str]:
    """Inno Setup's compiler on ``installer/fcw.iss`` (Windows only)."""
    return [
        iscc,
        f"/DAppVersion={version}",
        f"/DSourceDir={PureWindowsPath(os.fspath(source))}",
        f"/O{PureWindowsPath(os.fspath(output))}",
        str(PureWindowsPath(os.fspath(script))),
    ]


def app_data_dir(platform: str, env: Mapping[str, str], org: str, app: str) -> Path:
    """Where the GUI writes its logs and workspace for ``org``/``app``: Qt's
    AppLocalDataLocation, as the program computes it (ui/app.py)."""
    if platform == WINDOWS:
        return Path(env["LOCALAPPDATA"]) / org / app
    if platform == MACOS:
        return Path(env["HOME"]) / "Library" / "Application Support" / org / app
    base = env.get("XDG_DATA_HOME") or str(Path(env["HOME"]) / ".local" / "share")
    return Path(base) / org / app
