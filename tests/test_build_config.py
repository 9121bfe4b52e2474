"""Fast checks of the desktop build's configuration (no build runs here).

The build itself (``tools/build.py``) takes minutes and is checked by
``tools/smoke_build.py``, outside the test suite.
"""

from __future__ import annotations

import ast
import configparser
import hashlib
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from domain.paths import app_root
from domain.version import APP_VERSION, BuildInfo
from storage.build_info import load_build_info, write_build_info

ROOT = Path(__file__).resolve().parent.parent


def _spec_list(name: str) -> list[str]:
    """A literal list assigned at the top of fcw.spec (read without running PyInstaller)."""
    tree = ast.parse((ROOT / "fcw.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return value
    raise AssertionError(f"{name} not found in fcw.spec")


def test_the_pyinstaller_spec_ships_every_resource_folder_and_file() -> None:
    shipped_dirs = set(_spec_list("RESOURCE_DIRS"))
    shipped_files = set(_spec_list("RESOURCE_FILES"))
    resources = ROOT / "resources"
    for entry in resources.iterdir():
        relative = f"resources/{entry.name}"
        if entry.is_dir():
            assert relative in shipped_dirs, f"{relative} is not in fcw.spec RESOURCE_DIRS"
        elif entry.name != "build_info.json":
            assert relative in shipped_files, f"{relative} is not in fcw.spec RESOURCE_FILES"


def test_the_pyinstaller_spec_ships_the_migrations_as_plain_python_files() -> None:
    migrations = dict(_spec_list("MIGRATION_FILES"))
    assert migrations["storage/migrations/env.py"] == "storage/migrations"
    assert migrations["storage/migrations/versions/*.py"] == "storage/migrations/versions"
    assert list((ROOT / "storage/migrations/versions").glob("0001_*.py")), "glob matches"


def test_the_pyside6_deploy_spec_builds_a_folder_with_resources_and_migrations() -> None:
    spec = configparser.ConfigParser()
    spec.read(ROOT / "pysidedeploy.spec", encoding="utf-8")
    assert spec["app"]["input_file"] == "main.py"
    assert spec["nuitka"]["mode"] == "standalone"  # a folder, not onefile
    extra = spec["nuitka"]["extra_args"].split()
    assert "--include-data-dir=resources=resources" in extra
    assert "--include-raw-dir=storage/migrations=storage/migrations" in extra
    for package in ("cli", "domain", "storage", "ui"):  # imported lazily by main.py
        assert f"--include-package={package}" in extra


def test_the_package_version_is_the_app_version() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == APP_VERSION


def test_version_prints_the_version_and_the_hash_of_uv_lock_in_a_source_run() -> None:
    expected_hash = hashlib.sha256((ROOT / "uv.lock").read_bytes()).hexdigest()
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--version"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert APP_VERSION in result.stdout
    assert expected_hash in result.stdout
    assert "source" in result.stdout


def test_a_built_bundle_reports_the_provenance_written_at_build_time(tmp_path: Path) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "uv.lock").write_bytes(b"not the build's lock")
    built = BuildInfo(
        version="0.1.0",
        lock_sha256="ab" * 32,
        built_at="2026-11-27T10:00:00Z",
        builder="PyInstaller 6.22.3",
    )
    write_build_info(built, tmp_path / "resources")

    info = load_build_info(tmp_path)

    assert info == built  # build_info.json wins over a uv.lock lying around
    assert not info.is_source
    assert "built 2026-11-27T10:00:00Z with PyInstaller 6.22.3" in info.describe()
    assert "ab" * 32 in info.describe()


def test_a_source_run_hashes_uv_lock_and_says_source(tmp_path: Path) -> None:
    (tmp_path / "uv.lock").write_bytes(b"abc")
    info = load_build_info(tmp_path)
    # SHA-256("abc") is the FIPS 180-2 test vector.
    assert info.lock_sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert info.is_source
    assert info.version == APP_VERSION


def test_without_uv_lock_or_build_info_the_lock_hash_is_unknown(tmp_path: Path) -> None:
    assert load_build_info(tmp_path).lock_sha256 == "unknown"


def test_a_damaged_build_info_falls_back_to_the_source_record(tmp_path: Path) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "build_info.json").write_text("{not json", encoding="utf-8")
    assert load_build_info(tmp_path).is_source


def test_build_info_missing_keys_fall_back_to_the_defaults() -> None:
    info = BuildInfo.from_dict(json.loads('{"builder": "PyInstaller 6.22.3"}'))
    assert info.version == APP_VERSION
    assert info.lock_sha256 == "unknown"


def test_resources_are_found_in_a_pyinstaller_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("FCW_APP_ROOT", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert app_root() == tmp_path


def test_fcw_app_root_overrides_the_bundle_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", "/elsewhere", raising=False)
    monkeypatch.setenv("FCW_APP_ROOT", str(tmp_path))
    assert app_root() == tmp_path


def test_build_output_is_never_committed() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "/build/" in ignored
