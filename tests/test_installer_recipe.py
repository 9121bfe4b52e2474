"""The Windows installer recipe (installer/fcw.iss, Inno Setup 6), read here
the way ISCC reads it: per-user without administrator rights, the built folder
installed whole, shortcuts on the windowed program, the workspace outside the
program folder and kept on uninstall (issue 23). ISCC itself runs on Windows
(.github/workflows/windows.yml); docs/WINDOWS.md has the manual check list."""

from __future__ import annotations

import re
import sys
from pathlib import Path, PureWindowsPath

ROOT = Path(__file__).resolve().parent.parent
ISS = ROOT / "installer" / "fcw.iss"

sys.path.insert(0, str(ROOT / "tools"))
try:
    import build_targets as targets
finally:
    sys.path.remove(str(ROOT / "tools"))


def _sections() -> dict[str, list[str]]:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "ISCC reads the Chinese names as UTF-8 only with a BOM"
    sections: dict[str, list[str]] = {}
    current = ""
    for line in raw.decode("utf-8-sig").splitlines():
        line = line.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def _setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in _sections()["Setup"])


def _entries(section: str) -> list[dict[str, str]]:
    """``Name: "x"; Filename: "y"`` lines as dictionaries."""
    entries = []
    for line in _sections().get(section, []):
        pairs = re.findall(r'(\w+):\s*("[^"]*"|[^;]+)', line)
        entries.append({k: v.strip().strip('"') for k, v in pairs})
    return entries


def test_it_installs_per_user_without_administrator_rights() -> None:
    setup = _setup()
    assert setup["PrivilegesRequired"] == "lowest"
    # {autopf} is %LOCALAPPDATA%\Programs per user; Program Files only with /ALLUSERS.
    assert setup["DefaultDirName"].startswith("{autopf}\\")
    assert setup["PrivilegesRequiredOverridesAllowed"] == "commandline"


def test_it_installs_the_whole_built_folder_and_starts_the_windowed_program() -> None:
    files = _entries("Files")
    assert [f["Source"] for f in files] == ["{#SourceDir}\\*"]
    assert "recursesubdirs" in files[0]["Flags"]
    gui = targets.gui_program_name("win32")
    assert re.search(rf'#define GuiProgram "{re.escape(gui)}"', ISS.read_text("utf-8-sig"))
    for icon in _entries("Icons"):
        assert icon["Filename"] == "{app}\\{#GuiProgram}"
    assert [r["Filename"] for r in _entries("Run")] == ["{app}\\{#GuiProgram}"]


def test_the_workspace_is_outside_the_program_folder_and_survives_uninstall() -> None:
    sections = _sections()
    # Nothing the uninstaller would delete beyond what it installed.
    assert "UninstallDelete" not in sections and "InstallDelete" not in sections
    program = PureWindowsPath("C:/Users/li/AppData/Local/Programs") / _setup()[
        "DefaultDirName"
    ].removeprefix("{autopf}\\")
    workspace = PureWindowsPath(
        str(targets.app_data_dir(
            "win32", {"LOCALAPPDATA": "C:/Users/li/AppData/Local"},
            "FieldCreditWorkstation", "FieldCreditWorkstation",
        ))
    ) / "workspace"  # fmt: skip
    assert str(workspace) == (
        "C:\\Users\\li\\AppData\\Local\\FieldCreditWorkstation\\FieldCreditWorkstation\\workspace"
    )
    assert program not in workspace.parents and workspace not in program.parents
