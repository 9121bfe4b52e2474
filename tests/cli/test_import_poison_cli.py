"""``main.py import`` (workstation) with poison packages (issue 20): each
fails alone, named; the batch goes on, exits 4 and counts what was committed;
an unexpected error is a bug (exit 1) that still does not stop the batch."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage import package
from storage.export import export_case
from storage.headoffice_keys import (
    generate_headoffice_files,
    import_headoffice_enrolment,
    workstation_enrolment_bytes,
)
from storage.workspace import open_workspace
from tests.cli.test_export_import_cli import PASSPHRASE, main
from tests.storage.export_fixtures import walked_case
from tests.storage.hostile_packages import ATTACKS, build
from tests.storage.workspace_fixtures import PASSWORD, StepClock, new_workspace

POISON = [
    ("wrong types", "flags not a list"),
    ("nested JSON", "audit 100000 deep"),
    ("huge numbers", "40-digit amount"),
    ("surrogates", "lone surrogate in notes"),
    ("long strings", "1000-char owner name"),
    ("bad versions", 'format_version "1"'),
]


@pytest.fixture
def batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, list[Path]]:
    """(head office's key file, its workspace, packages: 2 good then the poison)."""
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    monkeypatch.setenv("FCW_KEY_PASSPHRASE", PASSPHRASE)
    key, enrol, ho_keys = generate_headoffice_files(tmp_path / "keys", PASSPHRASE)
    out = tmp_path / "out"
    with new_workspace(tmp_path / "ws") as ws:
        import_headoffice_enrolment(ws, enrol.read_bytes(), PASSWORD)
        goods = [
            export_case(ws, walked_case(ws, n=n).uuid, out, clock=StepClock()).path for n in (1, 2)
        ]
        signer = ws.signing_key()
        (tmp_path / "ws.enrol.json").write_bytes(workstation_enrolment_bytes(ws))
    verified, members = package.open_package(goods[0], ho_keys.encryption)
    poison = []
    for i, (cls, name) in enumerate(POISON):
        env, altered, inner = dict(ATTACKS[cls])[name](dict(verified.envelope), dict(members))
        path = out / f"poison-{i}.fcwpkg"
        path.write_bytes(
            build(env, altered, signer, inner=inner, recipient_public=ho_keys.encryption_public)
        )
        poison.append(path)
    new_workspace(tmp_path / "ho").close()
    return key, tmp_path / "ho", [poison[0], goods[0], *poison[1:], goods[1]]


def trusting(tmp_path: Path) -> list[str]:
    """The importing workstation trusts the sending one (docs/SECURITY.md)."""
    return ["--trusted-key", str(tmp_path / "ws.enrol.json")]


def test_poison_packages_fail_alone_and_the_batch_ends_with_4_and_an_exact_count(
    batch: tuple[Path, Path, list[Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    key, ho, paths = batch
    imp = ["import", "--workspace", str(ho), "--key", str(key), *trusting(ho.parent)]
    assert main([*imp, *map(str, paths)]) == 4
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("import: FAILED") == len(POISON)
    assert err.splitlines()[-1] == (
        f"import: 2 package(s) committed (2 new, 0 replaced); 0 held already; {len(POISON)} failed."
    )
    with open_workspace(ho, PASSWORD) as ws:
        assert len(ws.store.case_ids()) == 2


def test_an_unexpected_error_is_logged_named_and_the_batch_goes_on_with_exit_1(
    batch: tuple[Path, Path, list[Path]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import storage.import_case as import_case

    key, ho, paths = batch
    real = import_case.import_package
    first = paths[1]

    def flaky(workspace: object, path: Path, private: object, **kw: object) -> object:
        if path == first:
            raise RuntimeError("a bug")
        return real(workspace, path, private, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(import_case, "import_package", flaky)
    imp = ["import", "--workspace", str(ho), "--key", str(key), *trusting(ho.parent)]
    code = main([*imp, str(first), str(paths[-1])])
    assert code == 1
    err = capsys.readouterr().err
    assert f"import: FAILED {first}: an unexpected error (RuntimeError)" in err
    assert err.splitlines()[-1] == (
        "import: 1 package(s) committed (1 new, 0 replaced); 0 held already; 1 failed."
    )
    assert any(r.exc_info and "a bug" in str(r.exc_info[1]) for r in caplog.records)
