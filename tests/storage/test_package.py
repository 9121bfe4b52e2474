"""The package envelope: sealed for one recipient, signed, and hostile input refused."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage import ecies, package

SIGNER = Ed25519PrivateKey.generate()
RECIPIENT = X25519PrivateKey.generate()
MEMBERS = {
    "case.json": json.dumps({"applicant": "王建国"}, ensure_ascii=False).encode(),
    "attachments/photo1.jpg": bytes(range(256)) * 40,
}


def make_package(members: dict[str, bytes] = MEMBERS) -> bytes:
    buf = io.BytesIO()
    package.build_package(
        buf,
        header={"kind": "case", "case_uuid": "u-1", "case_version": 3},
        members=members,
        signing_key=SIGNER,
        recipient_public=ecies.raw_public(RECIPIENT),
    )
    return buf.getvalue()


def rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """The same outer zip with some members' bytes replaced."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in src.infolist():
            zf.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
    return out.getvalue()


def test_recipient_opens_the_package_and_gets_every_member_back() -> None:
    verified, members = package.open_package(make_package(), RECIPIENT)
    assert members == MEMBERS
    assert verified.envelope["case_version"] == 3
    assert verified.sender_fingerprint == ecies.fingerprint(ecies.raw_public(SIGNER))


def test_payload_is_not_readable_without_the_key() -> None:
    data = make_package()
    assert "王建国".encode() not in data
    assert b"applicant" not in data


def test_verify_needs_no_private_key() -> None:
    verified, _ = package.verify(make_package())
    assert verified.recipient_fingerprint == ecies.fingerprint(ecies.raw_public(RECIPIENT))


def test_package_for_another_key_is_refused_naming_the_key() -> None:
    with pytest.raises(package.PackageError, match="encrypted for key"):
        package.open_package(make_package(), X25519PrivateKey.generate())


def test_altered_envelope_fails_the_signature() -> None:
    data = make_package()
    envelope = json.loads(zipfile.ZipFile(io.BytesIO(data)).read(package.ENVELOPE))
    envelope["case_version"] = 4
    forged = rezip(data, {package.ENVELOPE: json.dumps(envelope).encode()})
    with pytest.raises(package.PackageError, match="signature"):
        package.verify(forged)


def test_missing_signature_is_refused() -> None:
    data = make_package()
    with pytest.raises(package.PackageError, match="signature"):
        package.verify(rezip(data, {package.SIGNATURE: b""}))


def test_altered_payload_fails_its_hash() -> None:
    data = make_package()
    payload = bytearray(zipfile.ZipFile(io.BytesIO(data)).read(package.PAYLOAD))
    payload[10] ^= 0xFF
    with pytest.raises(package.PackageError, match="hash"):
        package.verify(rezip(data, {package.PAYLOAD: bytes(payload)}))


def test_truncated_package_is_refused() -> None:
    data = make_package()
    with pytest.raises(package.PackageError):
        package.verify(data[: len(data) // 2])


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "a/../../b", "c:\\x", "x\\..\\y"])
def test_member_paths_that_escape_are_refused(name: str) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(name, b"x")
        zf.writestr(package.SIGNATURE, b"x")
        zf.writestr(package.PAYLOAD, b"x")
    with pytest.raises(package.PackageError, match="outside"):
        package.verify(buf.getvalue())


def test_symbolic_link_member_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        info = zipfile.ZipInfo("link")
        info.external_attr = (0o120777) << 16
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(package.PackageError, match="link"):
        package.verify(buf.getvalue())


def test_zip_bomb_is_refused_before_decompression() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("payload.bin", b"\0" * (50 * 1024 * 1024))
    with pytest.raises(package.PackageError, match="zip bomb"):
        package.verify(buf.getvalue())


def test_too_many_members_is_refused() -> None:
    limits = package.Limits(max_members=2)
    with pytest.raises(package.PackageError, match="too many"):
        package.verify(make_package(), limits=limits)


def test_inner_member_altered_after_encryption_is_caught_by_aead() -> None:
    # Re-encrypting is impossible without the content key, so any change to the
    # payload bytes is caught by the hash or, failing that, by AES-GCM.
    data = make_package()
    env = json.loads(zipfile.ZipFile(io.BytesIO(data)).read(package.ENVELOPE))
    assert env["content_key"]["alg"] == ecies.ALG


def test_failed_export_leaves_no_file(tmp_path) -> None:
    target = tmp_path / "case.fcwpkg"

    with pytest.raises(ValueError):
        package.write_package_file(
            target,
            header={"kind": "case"},
            members={"../bad": b"x"},  # refused while writing the inner zip
            signing_key=SIGNER,
            recipient_public=ecies.raw_public(RECIPIENT),
        )
    assert list(tmp_path.iterdir()) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_bytes_either_open_identically_or_fail_cleanly(data: st.DataObject) -> None:
    original = make_package()
    mutated = bytearray(original)
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(mutated) - 1))
        mutated[pos] = data.draw(st.integers(0, 255))
    try:
        _, members = package.open_package(bytes(mutated), RECIPIENT)
    except package.PackageError:
        return
    assert members == MEMBERS
