"""The build's platform logic, asked for Windows, macOS and Linux on this Linux
machine (issue 23): program names, the windowed Windows program, the icon,
priority, the installer command, where the built program logs.

The build itself runs on each system (PyInstaller does not cross-compile); the
Windows one in .github/workflows/windows.yml, and by hand per docs/WINDOWS.md.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str) -> Any:
    saved = list(sys.path)
    try:
        spec = importlib.util.spec_from_file_location(f"fcw_{name}", ROOT / "tools" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path[:] = saved


build = _load("build")
targets = _load("build_targets")
smoke = _load("smoke_build")


def test_on_windows_the_folder_holds_fcw_exe_and_the_windowed_fcw_gui_exe() -> None:
    dist = build.DIST["pyinstaller"]
    assert build.executable("pyinstaller", "win32") == dist / "fcw.exe"
    assert build.executables("win32") == [dist / "fcw.exe", dist / "fcw-gui.exe"]
    assert targets.spec_executables("win32") == [("fcw", True), ("fcw-gui", False)]
    assert targets.gui_program_name("win32") == "fcw-gui.exe"  # what the shortcuts start
    assert build.executable("nuitka", "win32").name == "fcw.exe"


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_elsewhere_the_folder_holds_one_program_without_a_suffix(platform: str) -> None:
    assert build.executables(platform) == [build.DIST["pyinstaller"] / "fcw"]
    assert targets.gui_program_name(platform) == "fcw"
    assert build.executable("nuitka", platform).name == "fcw.bin"


class _Recorder:
    """Stand-ins for PyInstaller's spec classes: record what fcw.spec builds."""

    def __init__(self) -> None:
        self.exes: list[dict[str, Any]] = []
        self.collected: tuple[Any, ...] = ()

    def globals(self) -> dict[str, Any]:
        def analysis(*args: Any, **kwargs: Any) -> Any:
            return types.SimpleNamespace(pure=[], scripts=["main"], binaries=["b"], datas=["d"])

        def exe(*args: Any, **kwargs: Any) -> dict[str, Any]:
            self.exes.append(kwargs)
            return kwargs

        def collect(*args: Any, **kwargs: Any) -> None:
            self.collected = args

        return {
            "SPECPATH": str(ROOT),
            "Analysis": analysis,
            "PYZ": lambda pure: "pyz",
            "EXE": exe,
            "COLLECT": collect,
        }


@pytest.mark.parametrize(
    ("platform", "expected"),
    [("win32", [("fcw", True), ("fcw-gui", False)]), ("linux", [("fcw", True)])],
)
def test_the_pyinstaller_spec_makes_each_program_with_its_console_and_the_icon(
    monkeypatch: pytest.MonkeyPatch, platform: str, expected: list[tuple[str, bool]]
) -> None:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package: []  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda package, filter=None: []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setenv("FCW_BUILD_ICON", "C:\\fcw\\build\\fcw.ico")
    monkeypatch.setattr(sys, "path", list(sys.path))
    recorder = _Recorder()
    code = compile((ROOT / "fcw.spec").read_text(encoding="utf-8"), "fcw.spec", "exec")
    with monkeypatch.context() as on:
        on.setattr(sys, "platform", platform)
        exec(code, recorder.globals())
    assert [(e["name"], e["console"]) for e in recorder.exes] == expected
    assert {e["icon"] for e in recorder.exes} == {"C:\\fcw\\build\\fcw.ico"}
    assert all(e["exclude_binaries"] for e in recorder.exes)  # one shared _internal folder
    assert list(recorder.collected) == [*recorder.exes, ["b"], ["d"]]


def test_on_windows_the_build_runs_pyinstaller_below_normal_priority_with_the_icon(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dist = tmp_path / "dist" / "fcw"
    monkeypatch.setattr(build, "BUILD_DIR", tmp_path)
    monkeypatch.setattr(build, "BUILD_INFO", tmp_path / "build_info.json")
    monkeypatch.setattr(build, "ICON", tmp_path / "fcw.ico")
    monkeypatch.setattr(build, "DIST", {"pyinstaller": dist, "nuitka": tmp_path / "n"})
    monkeypatch.setattr(os, "nice", lambda n: pytest.fail("Windows has no nice()"), raising=False)
    runs: list[tuple[list[str], dict[str, Any]]] = []

    def fake_run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        runs.append((command, kwargs))
        if "PyInstaller" in command:
            dist.mkdir(parents=True)
            for name in ("fcw.exe", "fcw-gui.exe"):
                (dist / name).write_bytes(b"MZ")
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(subprocess, "run", fake_run)
    exe = build.build("pyinstaller", "win32")
    assert exe == dist / "fcw.exe"
    command, kwargs = runs[-1]
    assert command[1:4] == ["-m", "PyInstaller", "fcw.spec"]
    assert kwargs["creationflags"] == 0x4000  # BELOW_NORMAL_PRIORITY_CLASS
    assert kwargs["env"]["FCW_BUILD_ICON"] == str(tmp_path / "fcw.ico")
    assert Image.open(tmp_path / "fcw.ico").format == "ICO"


def test_on_windows_a_build_without_the_windowed_program_fails(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dist = tmp_path / "dist" / "fcw"
    monkeypatch.setattr(build, "BUILD_DIR", tmp_path)
    monkeypatch.setattr(build, "BUILD_INFO", tmp_path / "build_info.json")
    monkeypatch.setattr(build, "ICON", tmp_path / "fcw.ico")
    monkeypatch.setattr(build, "DIST", {"pyinstaller": dist, "nuitka": tmp_path / "n"})
    monkeypatch.setattr(os, "nice", lambda n: None, raising=False)

    def fake_run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        if "PyInstaller" in command:
            dist.mkdir(parents=True)
            (dist / "fcw.exe").write_bytes(b"MZ")
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(subprocess, "run", fake_run)
    with pytest.raises(SystemExit, match=r"fcw-gui\.exe is missing"):
        build.build("pyinstaller", "win32")


def test_on_posix_the_build_lowers_its_own_niceness_and_passes_no_windows_flags(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    niced: list[int] = []
    monkeypatch.setattr(os, "nice", niced.append)
    targets.nice_self("linux")
    assert niced == [19]
    assert targets.lower_priority("linux") == {}
    targets.nice_self("win32")
    assert niced == [19]


def test_the_icon_is_drawn_from_the_svg_at_every_windows_size(tmp_path: Path) -> None:
    icon = Image.open(build.write_icon(tmp_path / "fcw.ico"))
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(icon.info["sizes"])
    icon.size = (32, 32)  # Pillow's documented way to pick a frame of an ICO
    small = icon.convert("RGBA")
    # app.svg: a blue (#1f5fbf) rounded square with a white house; corners transparent.
    assert small.getpixel((16, 4))[:3] == pytest.approx((0x1F, 0x5F, 0xBF), abs=8)
    assert small.getpixel((0, 0))[3] == 0


def test_the_installer_command_passes_version_and_folders_as_windows_paths() -> None:
    command = targets.installer_command(
        "C:\\Program Files (x86)\\Inno Setup 6\\ISCC.exe",
        Path("D:/a/fcw/installer/fcw.iss"),
        version="0.1.0",
        source=Path("D:/a/fcw/build/dist/fcw"),
        output=Path("D:/a/fcw/build/installer"),
    )
    assert command == [
        "C:\\Program Files (x86)\\Inno Setup 6\\ISCC.exe",
        "/DAppVersion=0.1.0",
        "/DSourceDir=D:\\a\\fcw\\build\\dist\\fcw",
        "/OD:\\a\\fcw\\build\\installer",
        "D:\\a\\fcw\\installer\\fcw.iss",
    ]


def test_on_windows_the_installer_is_compiled_from_the_built_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "installer"
    monkeypatch.setattr(build, "INSTALLER_DIR", out)
    monkeypatch.setattr(build, "find_iscc", lambda: "C:\\Inno Setup 6\\ISCC.exe")
    runs: list[tuple[list[str], dict[str, Any]]] = []

    def fake_iscc(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        runs.append((command, kwargs))
        out.mkdir()
        (out / "FieldCreditWorkstation-0.1.0-setup.exe").write_bytes(b"MZ")
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(subprocess, "run", fake_iscc)
    made = build.build_installer("win32")
    assert made == out / "FieldCreditWorkstation-0.1.0-setup.exe"
    command, kwargs = runs[0]
    assert command[0] == "C:\\Inno Setup 6\\ISCC.exe" and command[-1].endswith("fcw.iss")
    assert f"/DAppVersion={build.APP_VERSION}" in command
    assert kwargs["creationflags"] == 0x4000


def test_on_windows_without_inno_setup_the_installer_step_says_what_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(build, "find_iscc", lambda: None)
    with pytest.raises(SystemExit, match="Inno Setup 6"):
        build.build_installer("win32")


def test_the_smoke_test_starts_the_gui_through_the_program_a_shortcut_starts(
    tmp_path: Path,
) -> None:
    runner = smoke.Smoke(tmp_path / "dist" / "fcw.exe", tmp_path, "pyinstaller")
    assert runner.gui_exe("win32") == tmp_path / "dist" / "fcw-gui.exe"
    assert runner.gui_exe("linux") == tmp_path / "dist" / "fcw"
    nuitka = smoke.Smoke(tmp_path / "n" / "fcw.exe", tmp_path, "nuitka")
    assert nuitka.gui_exe("win32") == tmp_path / "n" / "fcw.exe"


def test_the_installer_is_refused_off_windows() -> None:
    with pytest.raises(SystemExit, match="built on Windows"):
        build.build_installer("linux")


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("win32", {"LOCALAPPDATA": "C:/Users/li/AppData/Local"}, "C:/Users/li/AppData/Local"),
        ("darwin", {"HOME": "/Users/li"}, "/Users/li/Library/Application Support"),
        ("linux", {"HOME": "/home/li", "XDG_DATA_HOME": "/data"}, "/data"),
        ("linux", {"HOME": "/home/li"}, "/home/li/.local/share"),
    ],
)
def test_the_smoke_test_looks_for_the_gui_log_where_the_program_writes_it(
    platform: str, env: dict[str, str], expected: str
) -> None:
    found = targets.app_data_dir(platform, env, "FCW-smoke", "FieldCreditWorkstation")
    assert found == Path(expected) / "FCW-smoke" / "FieldCreditWorkstation"


def test_the_smoke_test_reads_the_memo_with_pypdf_where_pdftotext_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "memo.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    canvas.drawString(72, 720, "Credit memo 2026-11-27")
    canvas.save()
    monkeypatch.setattr(smoke.shutil, "which", lambda name: None)
    assert "Credit memo 2026-11-27" in smoke.pdf_text(pdf)
