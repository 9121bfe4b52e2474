"""``main.py import`` takes in only what a trusted key signed (issue 20, defect 2).

Trusted: this workspace's own signing key, and the workstations named with
``--trusted-key ENROLMENT_FILE``. Every package here is made by the program's
own export from a real workspace with real keys; the attacker is a second
workspace holding head office's public key (which every workstation has) and
the same case with a forged amount.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

import main as main_module
from storage.export import export_case
from storage.headoffice_keys import (
    generate_headoffice_files,
    import_headoffice_enrolment,
    workstation_enrolment_bytes,
)
from storage.import_case import check_package, import_package
from storage.keys import load_private_x25519
from storage.package_trust import UntrustedSigner, trusted_signers
from storage.workspace import Workspace, open_workspace
from tests.storage.export_fixtures import snapshot, walked_case
from tests.storage.workspace_fixtures import PASSWORD, StepClock, new_workspace

PASSPHRASE = "总行 key"
FORGED = Decimal("9130000.00")


def main(argv: list[str]) -> int:
    saved = sys.argv
    sys.argv = ["main.py", *argv]
    try:
        return main_module.main()
    finally:
        sys.argv = saved


class World:
    """An honest workstation (``ws``), an attacker's workstation (``evil``, its
    own key, the honest case's UUID and number with a forged amount), and a
    receiving workspace (``ho``); each package written by ``export_case``."""

    def __init__(self, base: Path) -> None:
        self.key, enrol, _ = generate_headoffice_files(base / "keys", PASSPHRASE)
        self.ws_enrol = base / "ws.enrol.json"
        self.evil_enrol = base / "evil.enrol.json"
        with self._station(base / "ws", enrol.read_bytes()) as ws:
            case = walked_case(ws)
            self.number, self.uuid = case.number, case.uuid
            self.honest = export_case(ws, case.uuid, base / "out", clock=StepClock()).path
            self.ws_enrol.write_bytes(workstation_enrolment_bytes(ws))
        with self._station(base / "evil", enrol.read_bytes()) as evil:
            case = walked_case(evil)  # the same sample: same UUID and number
            assert (case.uuid, case.number) == (self.uuid, self.number)
            case.loan.amount = FORGED
            evil.store.save(case, evil.actor)  # v6: newer than the honest v5
            self.forged = export_case(evil, case.uuid, base / "evil-out", clock=StepClock()).path
            self.evil_enrol.write_bytes(workstation_enrolment_bytes(evil))
        self.ho = base / "ho"
        new_workspace(self.ho).close()

    @staticmethod
    def _station(directory: Path, headoffice: bytes) -> Workspace:
        ws = new_workspace(directory, StepClock())
        import_headoffice_enrolment(ws, headoffice, PASSWORD)
        return ws

    def imp(self, *extra: str) -> list[str]:
        return ["import", "--workspace", str(self.ho), "--key", str(self.key), *extra]


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    monkeypatch.setenv("FCW_KEY_PASSPHRASE", PASSPHRASE)
    return World(tmp_path)


def test_a_package_signed_by_an_unknown_key_with_a_forged_amount_is_refused_with_exit_2(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_workspace(world.ho, PASSWORD) as ho:
        before = snapshot(ho)
    assert main(world.imp(str(world.forged))) == 2
    err = capsys.readouterr().err
    with open_workspace(world.evil_enrol.parent / "evil", PASSWORD) as evil:
        evil_fp = evil.key_pairs().signing_public
    from storage.ecies import fingerprint

    assert fingerprint(evil_fp) in err  # the message names the signer's key
    assert "not trusted" in err
    with open_workspace(world.ho, PASSWORD) as ho:
        assert snapshot(ho) == before  # nothing written


def test_the_trusted_workstation_is_imported_and_the_impostor_refused_in_one_batch(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    args = world.imp("--trusted-key", str(world.ws_enrol), str(world.forged), str(world.honest))
    assert main(args) == 4  # one of two failed
    err = capsys.readouterr().err
    assert f"FAILED {world.forged}" in err and "imported" in err
    with open_workspace(world.ho, PASSWORD) as ho:
        case = ho.store.load(world.uuid)
        assert (case.version, case.loan.amount) == (5, Decimal("300000"))  # the honest one


def test_trusting_the_impostor_by_its_enrolment_file_lets_its_package_in(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    """The gate is the trust list, not something about the forged package."""
    assert main(world.imp("--trusted-key", str(world.evil_enrol), str(world.forged))) == 0
    with open_workspace(world.ho, PASSWORD) as ho:
        assert ho.store.load(world.uuid).loan.amount == FORGED


def test_a_damaged_trusted_key_file_is_refused_before_anything_is_imported(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = tmp_path / "edited.enrol.json"
    edited.write_bytes(world.ws_enrol.read_bytes().replace(b"3301", b"3302"))
    assert main(world.imp("--trusted-key", str(edited), str(world.honest))) == 2
    assert "self-signature" in capsys.readouterr().err
    with open_workspace(world.ho, PASSWORD) as ho:
        assert ho.store.case_ids() == []


def test_a_workstation_takes_back_its_own_package_but_not_an_impostors_newer_version(
    world: World,
) -> None:
    """Its own key is trusted without being named (``trusted_signers`` with no
    enrolment files: what ``main.py import`` passes); a forged newer version of
    its own case, signed by another key, does not replace it."""
    private = load_private_x25519(world.key, lambda: PASSPHRASE)
    with open_workspace(world.ws_enrol.parent / "ws", PASSWORD) as ws:
        trusted = trusted_signers(ws, [])
        before = snapshot(ws)
        # (the workstation holds v6 now, the export recorded; the v5 package
        # passes every check, the signer's included, and would be "older")
        assert check_package(world.honest, private, enrolled_senders=trusted).case.version == 5
        with pytest.raises(UntrustedSigner, match="not trusted"):
            import_package(ws, world.forged, private, enrolled_senders=trusted)
        assert snapshot(ws) == before
