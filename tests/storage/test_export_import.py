"""Case packages: export for head office, and import that checks everything first."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.enums import CaseStatus
from domain.serialization import case_to_dict
from storage import package
from storage.export import ExportRefused, export_case, export_cases, ready_case_ids
from storage.headoffice_keys import HeadOfficeKeyError
from storage.import_case import import_package
from storage.keys import KeyPairs
from storage.package import PackageError
from tests.storage.export_fixtures import (
    EXPORT_TIME,
    HEAD_OFFICE,
    PHOTO,
    analysed_case,
    rebuild,
    snapshot,
    workstation,
)
from tests.storage.workspace_fixtures import OFFICER, new_workspace


def clock() -> Any:
    return EXPORT_TIME


@dataclass
class Sent:
    data: bytes
    path: Path
    case_uuid: str
    version: int
    signer: Ed25519PrivateKey
    envelope: dict[str, Any]
    members: dict[str, bytes]


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> Sent:
    """One analysed case with a photo, exported once for the whole module."""
    base = tmp_path_factory.mktemp("sent")
    with workstation(base / "ws") as ws:
        case = analysed_case(ws)
        result = export_case(ws, case.uuid, base / "out", clock=clock)
        verified, members = package.open_package(result.path, HEAD_OFFICE.encryption)
        return Sent(
            data=result.path.read_bytes(),
            path=result.path,
            case_uuid=case.uuid,
            version=result.version,
            signer=ws.signing_key(),
            envelope=verified.envelope,
            members=members,
        )


# ------------------------------------------------------------------- export


def test_package_is_named_by_case_number_and_version_and_holds_every_part(sent: Sent) -> None:
    # The sample case is stored as version 1, the photo's save makes it 2.
    assert sent.path.name == "3301-20261127-0001-v2.fcwpkg"
    photo_id = json.loads(sent.members["case.json"])["attachments"][0]["id"]
    assert sorted(sent.members) == sorted(
        ["case.json", "assessment.json", "audit.json", "access.json", f"attachments/{photo_id}"]
    )
    assert sent.members[f"attachments/{photo_id}"] == PHOTO


def test_header_names_the_case_versions_rule_pack_and_sender(sent: Sent) -> None:
    env = sent.envelope
    assert env["kind"] == "case"
    assert (env["case_number"], env["case_version"]) == ("3301-20261127-0001", 2)
    assert env["case_uuid"] == sent.case_uuid
    assert env["schema_version"] == 1
    assert env["case_package_version"] == 1
    assert env["app_version"]
    assert env["rule_pack_id"] and env["rule_pack_version"]
    assert env["created_at"] == "2026-11-27T11:00:00+08:00"
    assert env["sender"] == {"name": "王小明", "staff_no": "S0421", "branch": "3301"}


def test_case_json_in_the_package_is_the_case_as_stored_before_export(sent: Sent) -> None:
    data = json.loads(sent.members["case.json"])
    assert data["status"] == "analysed"
    assert data["version"] == 2
    assert data["applicant"]["registered_name"] == "路桥建国五金店"


def test_assessment_carries_flags_and_the_officers_dispositions(sent: Sent) -> None:
    data = json.loads(sent.members["assessment.json"])
    assert data["can_finalise"] is True
    assert any(f["rule"] == "purpose.request_exceeds_need" for f in data["flags"])
    by_rule = {d["rule"]: d for d in data["dispositions"]}
    dismissed = by_rule["purpose.request_exceeds_need"]
    assert (dismissed["status"], dismissed["reason"]) == (
        "dismissed",
        "备货订单已核，资金需求测算未含新增订单",
    )


def test_audit_chain_in_the_package_ends_at_the_head_the_envelope_names(sent: Sent) -> None:
    audit = json.loads(sent.members["audit.json"])
    # create (1) + attach (2) + the save that listed the photo: one entry per
    # changed leaf of the new attachment (id, filename, …): at least 3 entries.
    assert len(audit["entries"]) >= 3
    assert audit["entries"][0]["action"] == "create"
    assert audit["head"] == audit["entries"][-1]["hash"] == sent.envelope["audit_head"]


def test_export_is_recorded_only_after_the_file_is_complete(tmp_path: Path) -> None:
    with workstation(tmp_path / "ws") as ws:
        case = analysed_case(ws)
        before = case.version
        result = export_case(ws, case.uuid, tmp_path / "out", clock=clock)
        after = ws.store.load(case.uuid)
        assert result.path.is_file()
        assert [p.name for p in (tmp_path / "out").iterdir()] == [result.path.name]
        assert after.status == CaseStatus.EXPORTED
        assert after.version == before + 1
        last = ws.store.history(case.uuid)[-1]
        assert (last.action, last.old, last.new) == ("status", "analysed", "exported")
        assert result.path.name in last.reason
        assert ws.store.access_log(case.uuid)[-1].action == "export"


def test_memo_printed_case_carries_a_memo_pdf(tmp_path: Path) -> None:
    with workstation(tmp_path / "ws") as ws:
        case = analysed_case(ws, CaseStatus.MEMO_PRINTED)
        result = export_case(ws, case.uuid, tmp_path / "out", clock=clock)
    _, members = package.open_package(result.path, HEAD_OFFICE.encryption)
    assert members["memo.pdf"].startswith(b"%PDF")


def test_without_head_office_key_export_is_refused_saying_how_to_import_one(
    tmp_path: Path,
) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        case = analysed_case(ws)
        with pytest.raises(HeadOfficeKeyError) as info:
            export_case(ws, case.uuid, tmp_path / "out", clock=clock)
        assert "keys import-headoffice" in info.value.message.render()
        assert ws.store.load(case.uuid).status == CaseStatus.ANALYSED
    assert not (tmp_path / "out").exists()


def test_pending_red_flag_refuses_export_naming_the_rule_and_records_nothing(
    tmp_path: Path,
) -> None:
    with workstation(tmp_path / "ws") as ws:
        case = analysed_case(ws)
        case.dispositions.clear()  # the red purpose flag is pending again
        ws.store.save(case, OFFICER)
        before = snapshot(ws)
        with pytest.raises(ExportRefused) as info:
            export_case(ws, case.uuid, tmp_path / "out", clock=clock)
        # named by the rule's title (purpose.request_exceeds_need)
        assert "Request exceeds loan need" in info.value.message.render()
        assert snapshot(ws) == before
    assert list((tmp_path / "out").glob("*")) == [] if (tmp_path / "out").exists() else True


def test_draft_case_is_not_exported(tmp_path: Path) -> None:
    with workstation(tmp_path / "ws") as ws:
        case = analysed_case(ws, CaseStatus.DRAFT)
        with pytest.raises(ExportRefused, match="is Draft"):  # the status in words
            export_case(ws, case.uuid, tmp_path / "out", clock=clock)


def test_batch_reports_each_failure_and_exports_the_rest(tmp_path: Path) -> None:
    with workstation(tmp_path / "ws") as ws:
        good = analysed_case(ws)
        draft = analysed_case(ws, CaseStatus.DRAFT, n=2)
        result = export_cases(ws, [good.uuid, draft.uuid, "nope"], tmp_path / "out", clock=clock)
    assert [r.case_uuid for r in result.done] == [good.uuid]
    assert [f[0] for f in result.failed] == [draft.uuid, "nope"]


def test_all_picks_analysed_memo_printed_and_answered_returned_cases(tmp_path: Path) -> None:
    from domain.case import HeadOfficeQuestion

    with workstation(tmp_path / "ws") as ws:
        picked = {analysed_case(ws).uuid, analysed_case(ws, CaseStatus.MEMO_PRINTED, n=2).uuid}
        analysed_case(ws, CaseStatus.DRAFT, n=3)
        analysed_case(ws, CaseStatus.EXPORTED, n=4)
        answered = analysed_case(ws, CaseStatus.RETURNED, n=5)
        answered.questions.append(HeadOfficeQuestion(question="库存?", answer="已盘点"))
        ws.store.save(answered, OFFICER)
        open_question = analysed_case(ws, CaseStatus.RETURNED, n=6)
        open_question.questions.append(HeadOfficeQuestion(question="流水?"))
        ws.store.save(open_question, OFFICER)
        assert set(ready_case_ids(ws)) == picked | {answered.uuid}


# ------------------------------------------------------------------- import


def test_import_writes_case_attachments_and_a_history_that_verifies(
    sent: Sent, tmp_path: Path
) -> None:
    with new_workspace(tmp_path / "ho") as ho:
        result = import_package(ho, sent.data, HEAD_OFFICE.encryption)
        assert (result.outcome, result.version) == ("imported", 2)
        case = ho.store.load(sent.case_uuid)
        assert json.loads(sent.members["case.json"]) == case_to_dict(case)
        assert ho.store.attachment_bytes(case.uuid, case.attachments[0].id) == PHOTO
        assert ho.store.verify_history(case.uuid).ok
        assert len(ho.store.history(case.uuid)) == len(
            json.loads(sent.members["audit.json"])["entries"]
        )
        assert ho.store.access_log(case.uuid)[-1].action == "import"


def test_same_version_twice_changes_nothing(sent: Sent, tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ho") as ho:
        import_package(ho, sent.data, HEAD_OFFICE.encryption)
        before = snapshot(ho)
        assert import_package(ho, sent.data, HEAD_OFFICE.encryption).outcome == "unchanged"
        assert snapshot(ho) == before


def test_newer_version_replaces_keeping_history_and_older_is_refused(tmp_path: Path) -> None:
    with workstation(tmp_path / "ws") as ws, new_workspace(tmp_path / "ho") as ho:
        case = analysed_case(ws)
        first = export_case(ws, case.uuid, tmp_path / "v1", clock=clock)
        # Head office returns the case; the officer answers and sends it again.
        case = ws.store.load(case.uuid)
        case.status = CaseStatus.RETURNED
        case.notes = "补充了库存盘点"
        ws.store.save(case, OFFICER)
        second = export_case(ws, case.uuid, tmp_path / "v2", clock=clock)
        assert second.version == first.version + 2  # exported, then returned+notes

        import_package(ho, first.path.read_bytes(), HEAD_OFFICE.encryption)
        old_history = ho.store.history(case.uuid)
        result = import_package(ho, second.path.read_bytes(), HEAD_OFFICE.encryption)
        assert (result.outcome, result.previous_version) == ("replaced", first.version)
        stored = ho.store.load(case.uuid)
        assert (stored.version, stored.notes) == (second.version, "补充了库存盘点")
        history = ho.store.history(case.uuid)
        assert history[: len(old_history)] == old_history
        assert len(history) > len(old_history)
        assert ho.store.verify_history(case.uuid).ok

        before = snapshot(ho)
        with pytest.raises(PackageError, match="older version"):
            import_package(ho, first.path.read_bytes(), HEAD_OFFICE.encryption)
        assert snapshot(ho) == before


# --------------------------------------------------------------- bad input


@pytest.fixture
def ho(tmp_path: Path) -> Any:
    with new_workspace(tmp_path / "ho") as workspace:
        yield workspace


def rejected(ho: Any, data: bytes, match: str, key: Any = HEAD_OFFICE.encryption) -> None:
    before = snapshot(ho)
    with pytest.raises(PackageError, match=match):
        import_package(ho, data, key)
    assert snapshot(ho) == before


def outer_rezip(data: bytes, replace: dict[str, bytes | None]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in src.infolist():
            new = replace.get(info.filename, src.read(info.filename))
            if new is not None:
                zf.writestr(info.filename, new)
    return out.getvalue()


def test_truncated_package_is_rejected(ho: Any, sent: Sent) -> None:
    rejected(ho, sent.data[: len(sent.data) // 2], "damaged")


def test_corrupted_payload_is_rejected(ho: Any, sent: Sent) -> None:
    data = bytearray(sent.data)
    at = data.find(b"payload.bin") + 200  # inside the payload's bytes
    data[at] ^= 0xFF
    rejected(ho, bytes(data), "altered|damaged")


def test_bad_signature_is_rejected(ho: Any, sent: Sent) -> None:
    rejected(ho, outer_rezip(sent.data, {"envelope.sig": bytes(64)}), "signature")


def test_missing_signature_is_rejected(ho: Any, sent: Sent) -> None:
    rejected(ho, outer_rezip(sent.data, {"envelope.sig": None}), "unexpected members")


def test_package_for_another_key_is_rejected(ho: Any, sent: Sent) -> None:
    rejected(ho, sent.data, "encrypted for key", key=KeyPairs.generate().encryption)


def hand_made_inner(monkeypatch: pytest.MonkeyPatch, inner: bytes) -> None:
    monkeypatch.setattr(package, "_inner_zip", lambda members: inner)


def inner_zip(
    entries: list[tuple[zipfile.ZipInfo | str, bytes]], manifest: dict[str, str]
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for info, data in entries:
            zf.writestr(info, data)
        zf.writestr("manifest.json", json.dumps({"sha256": manifest}))
    return buffer.getvalue()


def test_member_whose_hash_does_not_match_is_rejected(
    ho: Any, sent: Sent, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest = {n: hashlib.sha256(d).hexdigest() for n, d in sent.members.items()}
    altered = dict(sent.members)
    altered["case.json"] = altered["case.json"].replace("路桥".encode(), "椒江".encode())
    hand_made_inner(monkeypatch, inner_zip(list(altered.items()), manifest))
    rejected(ho, rebuild(sent.envelope, {}, sent.signer), "does not match its hash")


@pytest.mark.parametrize("name", ["../escape.json", "/etc/passwd", "a/../../b"])
def test_member_path_escaping_the_package_is_rejected(
    ho: Any, sent: Sent, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    entries: list[tuple[zipfile.ZipInfo | str, bytes]] = [*sent.members.items(), (name, b"x")]
    manifest = {str(n if isinstance(n, str) else n.filename): "" for n, _ in entries}
    hand_made_inner(monkeypatch, inner_zip(entries, manifest))
    rejected(ho, rebuild(sent.envelope, {}, sent.signer), "outside the package")


def test_member_that_is_a_link_is_rejected(
    ho: Any, sent: Sent, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = zipfile.ZipInfo("attachments/link")
    link.external_attr = 0o120777 << 16
    hand_made_inner(monkeypatch, inner_zip([*sent.members.items(), (link, b"/etc/passwd")], {}))
    rejected(ho, rebuild(sent.envelope, {}, sent.signer), "is a link")


def test_zip_bomb_is_rejected_before_it_is_expanded(
    ho: Any, sent: Sent, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 20 MB of zeros deflate to about 20 kB: a ratio near 1000, over the limit of 200.
    bomb = bytes(20 * 1024 * 1024)
    hand_made_inner(monkeypatch, inner_zip([*sent.members.items(), ("attachments/b", bomb)], {}))
    rejected(ho, rebuild(sent.envelope, {}, sent.signer), "zip bomb")


def test_case_json_failing_the_schema_is_rejected(ho: Any, sent: Sent) -> None:
    data = json.loads(sent.members["case.json"])
    data["loan"]["amount"] = 300000.5  # a binary float where a decimal string belongs
    members = {**sent.members, "case.json": json.dumps(data).encode()}
    rejected(ho, rebuild(sent.envelope, members, sent.signer), "schema")


def test_newer_case_schema_is_refused_naming_the_version_needed(ho: Any, sent: Sent) -> None:
    data = json.loads(sent.members["case.json"])
    data["schema_version"] = 7
    members = {**sent.members, "case.json": json.dumps(data).encode()}
    rejected(ho, rebuild(sent.envelope, members, sent.signer), "reads case schema 7")


def test_newer_package_format_is_refused(ho: Any, sent: Sent) -> None:
    envelope = {**sent.envelope, "case_package_version": 2}
    rejected(ho, rebuild(envelope, sent.members, sent.signer), "Case package version 2")


def test_audit_chain_altered_inside_a_signed_package_is_rejected(ho: Any, sent: Sent) -> None:
    audit = json.loads(sent.members["audit.json"])
    audit["entries"][0]["actor"] = "someone else"
    members = {**sent.members, "audit.json": json.dumps(audit).encode()}
    rejected(ho, rebuild(sent.envelope, members, sent.signer), "change log .* broken at entry 1")


def test_package_from_a_workstation_not_enrolled_is_refused_naming_its_fingerprint(
    ho: Any, sent: Sent
) -> None:
    from storage import ecies

    fingerprint = ecies.fingerprint(ecies.raw_public(sent.signer))
    before = snapshot(ho)
    with pytest.raises(PackageError, match=fingerprint):
        import_package(ho, sent.data, HEAD_OFFICE.encryption, enrolled_senders={"0" * 64})
    assert snapshot(ho) == before
    result = import_package(ho, sent.data, HEAD_OFFICE.encryption, enrolled_senders={fingerprint})
    assert result.outcome == "imported"


def test_case_json_for_another_case_than_the_envelope_names_is_rejected(
    ho: Any, sent: Sent
) -> None:
    envelope = {**sent.envelope, "case_version": 9}
    rejected(ho, rebuild(envelope, sent.members, sent.signer), "not the case the envelope names")


@pytest.fixture(scope="module")
def fuzz_ho(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with new_workspace(tmp_path_factory.mktemp("fuzz") / "ho") as workspace:
        yield workspace


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    edits=st.lists(
        st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
        min_size=1,
        max_size=4,
    )
)
def test_mutated_package_imports_identical_data_or_fails_cleanly(
    fuzz_ho: Any, sent: Sent, edits: list[tuple[int, int]]
) -> None:
    data = bytearray(sent.data)
    for position, value in edits:
        data[position % len(data)] = value
    before = snapshot(fuzz_ho)
    try:
        import_package(fuzz_ho, bytes(data), HEAD_OFFICE.encryption)
    except PackageError:
        assert snapshot(fuzz_ho) == before
        return
    stored = fuzz_ho.store.load(sent.case_uuid)
    assert case_to_dict(stored) == json.loads(sent.members["case.json"])


def zip_structure_positions(data: bytes) -> list[int]:
    """Offsets of the zip's own bookkeeping: local headers, central directory, end record."""
    positions: list[int] = []
    for signature, length in ((b"PK\x03\x04", 30), (b"PK\x01\x02", 46), (b"PK\x05\x06", 22)):
        start = data.find(signature)
        while start != -1:
            positions.extend(range(start, min(start + length, len(data))))
            start = data.find(signature, start + 1)
    return positions


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    edits=st.lists(
        st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
        min_size=1,
        max_size=3,
    )
)
def test_mutated_zip_headers_import_identical_data_or_fail_cleanly(
    fuzz_ho: Any, sent: Sent, edits: list[tuple[int, int]]
) -> None:
    positions = zip_structure_positions(sent.data)
    data = bytearray(sent.data)
    for index, value in edits:
        data[positions[index % len(positions)]] = value
    before = snapshot(fuzz_ho)
    try:
        import_package(fuzz_ho, bytes(data), HEAD_OFFICE.encryption)
    except PackageError:
        assert snapshot(fuzz_ho) == before
        return
    stored = fuzz_ho.store.load(sent.case_uuid)
    assert case_to_dict(stored) == json.loads(sent.members["case.json"])
