"""Key pairs, enrolment files and private key files (CONTRACTS.md, "Keys and packages").

An **enrolment file** (JSON) carries the public halves of a party's Ed25519
signing key and X25519 encryption key, with who it is, self-signed so that a
damaged or edited file is noticed. Workstations export theirs for head
office; head office's is imported once by every workstation.

A **private key file** (JSON) holds both private keys as PKCS#8 PEM encrypted
with the passphrase (head office's keys, and keys used in tests). A
workstation's own private keys never leave its encrypted workspace.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    PrivateFormat,
    load_pem_private_key,
)

from domain.errors import DomainError
from domain.i18n import Message, tr_noop
from storage import ecies

ENROLMENT_FORMAT = "fcw-enrolment"
PRIVATE_FORMAT = "fcw-private-keys"


class KeyFileError(DomainError):
    """A key or enrolment file that cannot be read, or the wrong passphrase."""


@dataclass(frozen=True)
class KeyPairs:
    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @classmethod
    def generate(cls) -> KeyPairs:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @property
    def signing_public(self) -> bytes:
        return ecies.raw_public(self.signing)

    @property
    def encryption_public(self) -> bytes:
        return ecies.raw_public(self.encryption)

    def raw_private(self) -> tuple[bytes, bytes]:
        return (
            self.signing.private_bytes_raw(),
            self.encryption.private_bytes_raw(),
        )

    @classmethod
    def from_raw(cls, signing: bytes, encryption: bytes) -> KeyPairs:
        return cls(
            Ed25519PrivateKey.from_private_bytes(signing),
            X25519PrivateKey.from_private_bytes(encryption),
        )


@dataclass(frozen=True)
class Enrolment:
    """The public identity of a workstation or of head office."""

    role: str  # "workstation" or "headoffice"
    name: str
    branch: str
    signing_public: bytes
    encryption_public: bytes
    created_at: str

    @property
    def signing_fingerprint(self) -> str:
        return ecies.fingerprint(self.signing_public)

    @property
    def encryption_fingerprint(self) -> str:
        return ecies.fingerprint(self.encryption_public)


def _enrolment_body(e: Enrolment) -> dict[str, Any]:
    return {
        "format": ENROLMENT_FORMAT,
        "version": 1,
        "role": e.role,
        "name": e.name,
        "branch": e.branch,
        "signing_public": ecies.b64(e.signing_public),
        "encryption_public": ecies.b64(e.encryption_public),
        "signing_fingerprint": e.signing_fingerprint,
        "encryption_fingerprint": e.encryption_fingerprint,
        "created_at": e.created_at,
    }


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def enrolment_bytes(enrolment: Enrolment, keys: KeyPairs) -> bytes:
    """The enrolment file's bytes, self-signed with the signing key."""
    if keys.signing_public != enrolment.signing_public:
        raise ValueError("the enrolment must be signed by its own signing key")
    body = _enrolment_body(enrolment)
    body["signature"] = ecies.b64(ecies.sign(keys.signing, _canonical(body)))
    return json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True).encode()


def _bad(path: Path | str, why: str) -> KeyFileError:
    return KeyFileError(
        Message(tr_noop("{path} is not a usable key file: {why}"), {"path": str(path), "why": why})
    )


def parse_enrolment(data: bytes, where: str = "enrolment") -> Enrolment:
    try:
        body = json.loads(data)
        if body.get("format") != ENROLMENT_FORMAT:
            raise _bad(where, "not an enrolment file")
        signature = ecies.unb64(body.pop("signature"))
        signing_public = ecies.unb64(body["signing_public"])
        enrolment = Enrolment(
            role=str(body["role"]),
            name=str(body["name"]),
            branch=str(body.get("branch", "")),
            signing_public=signing_public,
            encryption_public=ecies.unb64(body["encryption_public"]),
            created_at=str(body.get("created_at", "")),
        )
    except KeyFileError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _bad(where, "damaged or incomplete") from exc
    if not ecies.verify_signature(signing_public, signature, _canonical(body)):
        raise _bad(where, "its self-signature does not match (edited or damaged)")
    return enrolment


def read_enrolment(path: Path) -> Enrolment:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _bad(path, exc.strerror or "cannot be read") from exc
    return parse_enrolment(data, str(path))


def private_key_bytes(keys: KeyPairs, passphrase: str, *, label: str = "") -> bytes:
    """Both private keys as passphrase-encrypted PKCS#8 PEM in one JSON file."""
    enc = BestAvailableEncryption(passphrase.encode())
    body = {
        "format": PRIVATE_FORMAT,
        "version": 1,
        "label": label,
        "signing_pem": keys.signing.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, enc).decode(),
        "encryption_pem": keys.encryption.private_bytes(
            Encoding.PEM, PrivateFormat.PKCS8, enc
        ).decode(),
        "signing_fingerprint": ecies.fingerprint(keys.signing_public),
        "encryption_fingerprint": ecies.fingerprint(keys.encryption_public),
    }
    return json.dumps(body, indent=2, sort_keys=True).encode()


def load_private_keys(path: Path, passphrase: Callable[[], str]) -> KeyPairs:
    """Read a private key file; the passphrase is asked only when needed."""
    try:
        body = json.loads(path.read_bytes())
    except OSError as exc:
        raise _bad(path, exc.strerror or "cannot be read") from exc
    except ValueError as exc:
        raise _bad(path, "not JSON") from exc
    if not isinstance(body, dict) or body.get("format") != PRIVATE_FORMAT:
        raise _bad(path, "not a private key file")
    secret = passphrase().encode()
    try:
        signing = load_pem_private_key(body["signing_pem"].encode(), secret)
        encryption = load_pem_private_key(body["encryption_pem"].encode(), secret)
    except (ValueError, TypeError, KeyError) as exc:
        raise KeyFileError(
            Message(tr_noop("Wrong passphrase for the key file {path}."), {"path": str(path)})
        ) from exc
    if not isinstance(signing, Ed25519PrivateKey) or not isinstance(encryption, X25519PrivateKey):
        raise _bad(path, "unexpected key types")
    return KeyPairs(signing, encryption)


def load_private_x25519(path: Path, passphrase: Callable[[], str]) -> X25519PrivateKey:
    return load_private_keys(path, passphrase).encryption
