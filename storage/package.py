"""Signed, encrypted packages: the envelope every case, reply and rule pack
travels in (CONTRACTS.md, "Keys and packages").

A package is a zip of three members:

``envelope.json``
    format and version, kind, case identity, sender's signing key (public) and
    fingerprint, the recipient's fingerprint, the content key sealed for the
    recipient, the payload nonce and the SHA-256 of ``payload.bin``.
``payload.bin``
    AES-256-GCM of an inner zip (``case.json``, attachments, memo, assessment,
    audit chain, …) that ends with ``manifest.json``: SHA-256 of every member.
``envelope.sig``
    Ed25519 signature of the exact bytes of ``envelope.json``.

``verify`` needs no private key (signature and payload hash); ``open`` also
decrypts and checks the inner manifest. Inner members are read into memory
and never extracted by name, so a hostile path cannot escape; sizes, counts
and compression ratios are bounded before anything is decompressed.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import secrets
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from domain.errors import CaseFormatError, DomainError
from domain.i18n import Message, tr_noop
from domain.json_guard import parse_bounded
from storage import ecies, fsops
from storage.keyfile import os_error_to_workspace_error

FORMAT = "fcw-package"
FORMAT_VERSION = 1
_INFO = b"fcw package content key v1"
_AAD = b"fcw-package-v1"

ENVELOPE = "envelope.json"
PAYLOAD = "payload.bin"
SIGNATURE = "envelope.sig"
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Limits:
    """Bounds that stop zip bombs and absurd packages (docs/FORMATS.md,
    "Package limits"). Declared sizes are checked before anything is
    decompressed, and the bytes actually produced are counted while they are
    read, so one import job never holds more than about twice
    ``max_payload_bytes`` of package data (:data:`MEMORY_BOUND`)."""

    max_members: int = 5000
    max_member_bytes: int = 48 * 1024 * 1024
    #: all inner members together, as decompressed
    max_total_bytes: int = 64 * 1024 * 1024
    #: the encrypted payload (``payload.bin``)
    max_payload_bytes: int = 64 * 1024 * 1024
    max_ratio: int = 200
    #: members smaller than this are not judged by their ratio (a small JSON
    #: may compress well); the running total still bounds them
    ratio_floor_bytes: int = 1024 * 1024
    max_envelope_bytes: int = 64 * 1024


DEFAULT_LIMITS = Limits()
#: What one import job may hold in memory, stated in docs/FORMATS.md: the
#: ciphertext and the decrypted inner zip (or the inner zip and its members)
#: at once, each at most 64 MB, plus the program itself (~100 MB): measured
#: 243 MB at the peak for a 63 MB package (docs/FORMATS.md).
MEMORY_BOUND = 256 * 1024 * 1024
_CHUNK = 256 * 1024


class PackageError(DomainError):
    """The package is damaged, altered, not for us, or breaks a limit."""


def _error(text: str, **params: Any) -> PackageError:
    return PackageError(Message(text, params))


@dataclass(frozen=True)
class VerifiedEnvelope:
    envelope: dict[str, Any]
    sender_fingerprint: str
    recipient_fingerprint: str


def _safe_member_name(name: str) -> bool:
    if not name or "\\" in name or name.startswith("/") or "\x00" in name:
        return False
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and ":" not in path.parts[0]


def _check_infos(
    infos: list[zipfile.ZipInfo], limits: Limits, where: str, total_limit: int, member_limit: int
) -> None:
    if len(infos) > limits.max_members:
        raise _error(tr_noop("{where}: too many members ({count})."), where=where, count=len(infos))
    total = 0
    for info in infos:
        if not _safe_member_name(info.filename):
            raise _error(
                tr_noop("{where}: member name {name!r} points outside the package."),
                where=where,
                name=info.filename,
            )
        mode = (info.external_attr >> 16) & 0o170000
        if mode == 0o120000:  # a symbolic link
            raise _error(
                tr_noop("{where}: member {name!r} is a link."), where=where, name=info.filename
            )
        if info.file_size > member_limit:
            raise _error(
                tr_noop("{where}: member {name!r} is too large."), where=where, name=info.filename
            )
        if info.compress_size and info.file_size / info.compress_size > limits.max_ratio:
            raise _error(
                tr_noop("{where}: member {name!r} expands suspiciously (zip bomb?)."),
                where=where,
                name=info.filename,
            )
        total += info.file_size
    if total > total_limit:
        raise _error(tr_noop("{where}: the contents are too large."), where=where)


def _too_large(name: str, size: int, limit: int) -> PackageError:
    return _error(
        tr_noop("Member {name!r} is too large ({size} bytes; at most {limit})."),
        name=name,
        size=size,
        limit=limit,
    )


def _read_member(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    limit: int,
    limits: Limits = DEFAULT_LIMITS,
    budget: list[int] | None = None,
) -> bytes:
    """Read one member, checking while it is read: its size against ``limit``
    (a declared size over it is "too large" before anything is read; more
    bytes than declared is "larger than it says"), its expansion against
    ``limits.max_ratio``, and the bytes left in ``budget`` (shared by all the
    members of one payload)."""
    if info.file_size > limit:
        raise _too_large(info.filename, info.file_size, limit)
    out = io.BytesIO()
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            out.write(chunk)
            got = out.tell()
            if got > limit or got > info.file_size:
                raise _error(tr_noop("Member {name!r} is larger than it says."), name=info.filename)
            if got > limits.ratio_floor_bytes and got > limits.max_ratio * max(
                info.compress_size, 1
            ):
                raise _error(
                    tr_noop("Member {name!r} expands suspiciously (zip bomb?)."),
                    name=info.filename,
                )
            if budget is not None:
                budget[0] -= len(chunk)
                if budget[0] < 0:
                    raise _error(tr_noop("{where}: the contents are too large."), where="payload")
    return out.getvalue()


def _inner_zip(members: Mapping[str, bytes]) -> bytes:
    manifest = {name: hashlib.sha256(data).hexdigest() for name, data in sorted(members.items())}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as zf:
        for name in sorted(members):
            if not _safe_member_name(name) or name == MANIFEST:
                raise ValueError(f"bad member name {name!r}")
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            # Photos and PDFs are compressed already; JSON compresses well.
            info.compress_type = (
                zipfile.ZIP_DEFLATED if name.endswith(".json") else zipfile.ZIP_STORED
            )
            zf.writestr(info, members[name])
        info = zipfile.ZipInfo(MANIFEST, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, json.dumps({"sha256": manifest}, sort_keys=True, indent=1))
    return buffer.getvalue()


def build_package(
    out: BinaryIO,
    *,
    header: Mapping[str, Any],
    members: Mapping[str, bytes],
    signing_key: Ed25519PrivateKey,
    recipient_public: bytes,
) -> dict[str, Any]:
    """Write a package to ``out``; returns the envelope written.

    ``header`` holds the kind-specific identity (``kind``, ``case_uuid``,
    ``case_number``, ``case_version``, ``created_at``, ``app_version`` …).
    """
    content_key = AESGCM.generate_key(bit_length=256)
    nonce = secrets.token_bytes(12)
    payload = AESGCM(content_key).encrypt(nonce, _inner_zip(members), _AAD)
    sender_public = ecies.raw_public(signing_key)
    envelope: dict[str, Any] = {
        **header,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "sender_public_key": ecies.b64(sender_public),
        "sender_fingerprint": ecies.fingerprint(sender_public),
        "recipient_fingerprint": ecies.fingerprint(recipient_public),
        "content_key": ecies.seal(content_key, recipient_public, _INFO, _AAD),
        "payload_nonce": ecies.b64(nonce),
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
        "payload_size": len(payload),
    }
    envelope_bytes = json.dumps(envelope, sort_keys=True, indent=1, ensure_ascii=False).encode()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in (
            (ENVELOPE, envelope_bytes),
            (PAYLOAD, payload),
            (SIGNATURE, ecies.sign(signing_key, envelope_bytes)),
        ):
            zf.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return envelope


def write_package_file(path: Path, **kwargs: Any) -> dict[str, Any]:
    """:func:`build_package` to ``path`` via a temporary name and a rename, so a
    cancelled or failed export leaves no half-written file."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        with open(tmp, "wb") as fh:
            envelope = build_package(fh, **kwargs)
            fh.flush()
            os.fsync(fh.fileno())
        fsops.replace(tmp, path)
    except fsops.FileInUse as exc:
        tmp.unlink(missing_ok=True)
        raise os_error_to_workspace_error(exc, path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return envelope


def _outer(source: Path | bytes, limits: Limits) -> tuple[bytes, dict[str, Any], bytes, bytes]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise _error(
            tr_noop("Not a package, or the file is damaged: {why}."), why=str(exc)
        ) from exc
    with zf:
        infos = zf.infolist()
        _check_infos(
            infos,
            limits,
            "package",
            limits.max_payload_bytes + limits.max_envelope_bytes + 1024,
            limits.max_payload_bytes,
        )
        names = sorted(i.filename for i in infos)
        if names != sorted([ENVELOPE, PAYLOAD, SIGNATURE]):
            raise _error(tr_noop("The package holds unexpected members: {names}."), names=names)
        try:
            envelope_bytes = _read_member(
                zf, zf.getinfo(ENVELOPE), limits.max_envelope_bytes, limits
            )
            signature = _read_member(zf, zf.getinfo(SIGNATURE), 1024, limits)
            payload = _read_member(zf, zf.getinfo(PAYLOAD), limits.max_payload_bytes, limits)
        # A damaged header can also name an unknown compression method or
        # "encryption" (NotImplementedError) or a bad password (RuntimeError).
        except (
            zipfile.BadZipFile,
            OSError,
            EOFError,
            ValueError,
            NotImplementedError,
            RuntimeError,
        ) as exc:
            raise _error(tr_noop("The package is damaged: {why}."), why=str(exc)) from exc
    try:
        envelope = parse_bounded(envelope_bytes)
    except CaseFormatError as exc:
        raise _error(
            tr_noop("The envelope is not valid JSON: {why}"), why=exc.message.render()
        ) from exc
    if not isinstance(envelope, dict):
        raise _error(tr_noop("The envelope is not a JSON object."))
    return envelope_bytes, envelope, signature, payload


def whole_number(value: Any, where: str, *, newest: int | None = None) -> int:
    """``value`` as a version or count: a JSON whole number of at least 1 (not
    ``true``, ``1.0`` or ``"1"``), at most ``newest`` when given; else
    :class:`PackageError` naming ``where`` (member/path) and what it holds
    (docs/FORMATS.md, "Strict formats")."""
    if type(value) is not int or value < 1 or value > 2**31 - 1:
        shown = "nothing" if value is None else json.dumps(value, ensure_ascii=False)[:40]
        raise _error(
            tr_noop("{where} must be a whole number of at least 1, not {value}."),
            where=where,
            value=shown,
        )
    if newest is not None and value > newest:
        raise _error(
            tr_noop(
                "{where} is {version}, newer than this program reads ({supported}): "
                "install a newer version."
            ),
            where=where,
            version=value,
            supported=newest,
        )
    return value


def envelope_int(envelope: Mapping[str, Any], key: str, *, newest: int | None = None) -> int:
    """The envelope's ``key`` by :func:`whole_number`."""
    return whole_number(envelope.get(key), f"{ENVELOPE}/{key}", newest=newest)


def envelope_str(envelope: Mapping[str, Any], key: str) -> str:
    """The envelope's ``key``: text, else :class:`PackageError` naming it."""
    value = envelope.get(key)
    if not isinstance(value, str):
        raise _error(tr_noop("{where} must be text."), where=f"{ENVELOPE}/{key}")
    return value


#: Envelope fields every package has, each with its exact JSON type.
_ENVELOPE_TEXT = (
    "format", "sender_public_key", "sender_fingerprint", "recipient_fingerprint",
    "payload_nonce", "payload_sha256",
)  # fmt: skip


def verify(
    source: Path | bytes, *, limits: Limits = DEFAULT_LIMITS
) -> tuple[VerifiedEnvelope, bytes]:
    """Check signature and payload hash (no private key needed).

    Returns the verified envelope and the still-encrypted payload.
    """
    envelope_bytes, envelope, signature, payload = _outer(source, limits)
    if envelope.get("format") != FORMAT:
        raise _error(tr_noop("This is not a workstation package."))
    envelope_int(envelope, "format_version", newest=FORMAT_VERSION)
    for key in _ENVELOPE_TEXT:
        envelope_str(envelope, key)
    if not isinstance(envelope.get("content_key"), dict):
        raise _error(tr_noop("{where} must be an object."), where=f"{ENVELOPE}/content_key")
    if "payload_size" in envelope and (
        type(envelope["payload_size"]) is not int or envelope["payload_size"] != len(payload)
    ):
        raise _error(tr_noop("The payload is not the size the envelope says."))
    try:
        sender_public = ecies.unb64(envelope["sender_public_key"])
    except (KeyError, ValueError) as exc:
        raise _error(tr_noop("The envelope names no valid sender key.")) from exc
    if ecies.fingerprint(sender_public) != envelope.get("sender_fingerprint"):
        raise _error(tr_noop("The sender fingerprint does not match the sender key."))
    if not ecies.verify_signature(sender_public, signature, envelope_bytes):
        raise _error(tr_noop("The signature is not valid: the envelope was altered."))
    if hashlib.sha256(payload).hexdigest() != envelope.get("payload_sha256"):
        raise _error(tr_noop("The payload does not match its hash: it was altered or damaged."))
    return (
        VerifiedEnvelope(
            envelope=envelope,
            sender_fingerprint=str(envelope["sender_fingerprint"]),
            recipient_fingerprint=str(envelope.get("recipient_fingerprint", "")),
        ),
        payload,
    )


def open_package(
    source: Path | bytes,
    private_key: X25519PrivateKey,
    *,
    limits: Limits = DEFAULT_LIMITS,
    accept: Callable[[VerifiedEnvelope], object] | None = None,
) -> tuple[VerifiedEnvelope, dict[str, bytes]]:
    """Verify, decrypt and check every member against the inner manifest.

    ``accept`` sees the verified envelope before anything is decrypted and
    raises to refuse it (the signer check, ``storage.package_trust``)."""
    verified, payload = verify(source, limits=limits)
    if accept is not None:
        accept(verified)
    envelope = verified.envelope
    own = ecies.fingerprint(ecies.raw_public(private_key))
    if verified.recipient_fingerprint != own:
        raise _error(
            tr_noop("This package is encrypted for key {wanted}, not for this key ({own})."),
            wanted=verified.recipient_fingerprint[:16],
            own=own[:16],
        )
    try:
        content_key = ecies.unseal(envelope["content_key"], private_key, _INFO, _AAD)
        inner = AESGCM(content_key).decrypt(ecies.unb64(envelope["payload_nonce"]), payload, _AAD)
    except (ecies.SealError, KeyError, ValueError, TypeError) as exc:
        raise _error(tr_noop("The package cannot be decrypted with this key.")) from exc
    except Exception as exc:  # InvalidTag from AESGCM
        raise _error(tr_noop("The package cannot be decrypted with this key.")) from exc
    del payload  # the ciphertext is not needed any more (docs/FORMATS.md, memory bound)
    members: dict[str, bytes] = {}
    budget = [limits.max_total_bytes]
    try:
        with zipfile.ZipFile(io.BytesIO(inner)) as zf:
            infos = zf.infolist()
            _check_infos(infos, limits, "payload", limits.max_total_bytes, limits.max_member_bytes)
            for info in infos:
                if info.filename in members:
                    raise _error(tr_noop("Member {name!r} appears twice."), name=info.filename)
                members[info.filename] = _read_member(
                    zf, info, limits.max_member_bytes, limits, budget
                )
    except (
        zipfile.BadZipFile,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        raise _error(tr_noop("The payload is damaged: {why}."), why=str(exc)) from exc
    del inner
    try:
        manifest = parse_bounded(members.pop(MANIFEST))["sha256"]
    except (KeyError, TypeError, CaseFormatError) as exc:
        raise _error(tr_noop("The payload has no readable manifest.")) from exc
    if not isinstance(manifest, dict) or sorted(manifest) != sorted(members):
        raise _error(tr_noop("The manifest does not list exactly the members present."))
    for name, data in members.items():
        if hashlib.sha256(data).hexdigest() != manifest[name]:
            raise _error(tr_noop("Member {name!r} does not match its hash."), name=name)
    return verified, members
