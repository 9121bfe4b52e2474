"""``main.py verify`` says whether it checked who signed (issue 20, defect 2).

Without ``--trusted-key`` a valid signature proves only that the envelope is
unchanged since some key signed it; the output says so. With a list of
trusted enrolment files it names the signer, or fails with exit 2."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import main as main_module
from storage import ecies
from storage.export import export_case
from storage.headoffice_keys import workstation_enrolment_bytes
from storage.keys import Enrolment, KeyPairs, enrolment_bytes
from tests.storage.export_fixtures import walked_case, workstation
from tests.storage.workspace_fixtures import StepClock


def main(argv: list[str]) -> int:
    saved = sys.argv
    sys.argv = ["main.py", *argv]
    try:
        return main_module.main()
    finally:
        sys.argv = saved


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("verify-trust")
    with workstation(base / "ws") as ws:
        case = walked_case(ws)
        package = export_case(ws, case.uuid, base / "out", clock=StepClock()).path
        (base / "ws.enrol.json").write_bytes(workstation_enrolment_bytes(ws))
        signer = ecies.fingerprint(ws.key_pairs().signing_public)
    other = KeyPairs.generate()
    (base / "other.enrol.json").write_bytes(
        enrolment_bytes(
            Enrolment(
                "workstation",
                "李四 (S0999)",
                "3302",
                other.signing_public,
                other.encryption_public,
                "2026-12-01T09:00:00+08:00",
            ),
            other,
        )
    )
    (base / "signer.txt").write_text(signer)
    return {
        "package": package,
        "ws": base / "ws.enrol.json",
        "other": base / "other.enrol.json",
        "signer": base / "signer.txt",
    }


def test_without_trusted_keys_it_says_plainly_that_the_signer_is_not_checked(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", "--json", str(files["package"])]) == 0
    out, err = capsys.readouterr()
    signer = files["signer"].read_text()
    assert "WHO SIGNED IS NOT CHECKED" in err and signer in err
    report = json.loads(out)
    assert report["signer"] == {"fingerprint": signer, "trusted": None, "name": None}
    assert "signer" not in report["checked"]


def test_with_a_list_of_trusted_keys_it_names_the_one_that_signed(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["verify", "--json", "--trusted-key", str(files["other"])]
    args += ["--trusted-key", str(files["ws"]), str(files["package"])]
    assert main(args) == 0
    out, err = capsys.readouterr()
    # the workstation fixture's officer, from its enrolment file
    assert "Signed by 王小明 (S0421) (3301)" in err and "NOT CHECKED" not in err
    report = json.loads(out)
    assert report["signer"]["trusted"] is True
    assert report["signer"]["name"] == "王小明 (S0421) (3301)"
    assert report["checked"][-1] == "signer"


def test_a_signer_that_is_none_of_the_trusted_keys_fails_with_exit_2(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["verify", "--trusted-key", str(files["other"]), str(files["package"])]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "FAILED" in err and files["signer"].read_text() in err and "none of the trusted" in err


def test_an_edited_trusted_key_file_fails_with_exit_2(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = tmp_path / "edited.json"
    edited.write_bytes(files["ws"].read_bytes().replace("王小明".encode(), "王大明".encode()))
    assert main(["verify", "--trusted-key", str(edited), str(files["package"])]) == 2
    assert "self-signature" in capsys.readouterr().err
