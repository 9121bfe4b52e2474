"""Every case package carries its audit chain's head signed by the
workstation, and the case it carries must be the state that chain ends with
(issue 20, defect 4; docs/SECURITY.md, "Audit chain and tamper evidence")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storage import ecies, package
from storage.audit import state_hash_of
from storage.audit_anchor import SignedHead
from storage.export import export_case
from storage.import_case import import_package
from storage.keys import KeyPairs
from storage.package import PackageError
from tests.storage.export_fixtures import (
    EXPORT_TIME,
    HEAD_OFFICE,
    rebuild,
    snapshot,
    walked_case,
    workstation,
)
from tests.storage.workspace_fixtures import new_workspace


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("sent")
    with workstation(base / "ws") as ws:
        case = walked_case(ws)
        chain = ws.store.history(case.uuid)
        result = export_case(ws, case.uuid, base / "out", clock=lambda: EXPORT_TIME)
        verified, members = package.open_package(result.path, HEAD_OFFICE.encryption)
        return {
            "chain": chain,
            "signer": ws.signing_key(),
            "envelope": verified.envelope,
            "members": members,
        }


def _refused(tmp_path: Path, data: bytes, match: str) -> None:
    with new_workspace(tmp_path / "ho") as ho:
        before = snapshot(ho)
        with pytest.raises(PackageError, match=match):
            import_package(ho, data, HEAD_OFFICE.encryption)
        assert snapshot(ho) == before


def test_the_envelope_carries_the_chain_head_signed_by_the_workstation(
    sent: dict[str, Any],
) -> None:
    data = sent["envelope"]["audit_signed_head"]
    chain = sent["chain"]
    signed = SignedHead(data["case_uuid"], data["seq"], data["head"], data["state"], "")
    public = ecies.raw_public(sent["signer"])

    assert (signed.seq, signed.head) == (len(chain), chain[-1].hash)
    assert signed.state == state_hash_of(
        json.dumps(
            json.loads(sent["members"]["case.json"]),
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )
    )
    assert ecies.verify_signature(public, ecies.unb64(data["signature"]), signed.statement())


def test_a_case_that_is_not_the_state_its_chain_ends_with_is_refused(
    sent: dict[str, Any], tmp_path: Path
) -> None:
    members = dict(sent["members"])
    case = json.loads(members["case.json"])
    case["loan"]["amount"] = "9130000"
    members["case.json"] = json.dumps(case, ensure_ascii=False).encode()

    # re-signed with the workstation's own key: only the chain gives it away
    forged = rebuild(sent["envelope"], members, sent["signer"])

    _refused(tmp_path, forged, "not the case its change log ends with")


def test_a_signed_head_signed_by_another_key_is_refused(
    sent: dict[str, Any], tmp_path: Path
) -> None:
    envelope = dict(sent["envelope"])
    head = dict(envelope["audit_signed_head"])
    other = KeyPairs.generate().signing
    unsigned = SignedHead(head["case_uuid"], head["seq"], head["head"], head["state"], "")
    head["signature"] = ecies.b64(other.sign(unsigned.statement()))
    envelope["audit_signed_head"] = head

    _refused(tmp_path, rebuild(envelope, sent["members"], sent["signer"]), "signed head")
