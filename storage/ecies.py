"""Sealing a content key for a recipient's X25519 public key, and signatures.

ECIES-style (CONTRACTS.md, "Keys and packages"): an ephemeral X25519 key pair,
HKDF-SHA256 over the shared secret, AES-256-GCM around the content key. The
same envelope carries case packages, head-office replies and rule packs.
Everything comes from the ``cryptography`` library.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

ALG = "X25519-HKDF-SHA256-AES-256-GCM"


class SealError(Exception):
    """The sealed key cannot be opened with this private key (or was altered)."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def raw_public(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(public_bytes: bytes) -> str:
    """SHA-256 (hex) of a raw 32-byte public key: how keys are named everywhere."""
    return hashlib.sha256(public_bytes).hexdigest()


def _kek(shared: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(shared)


def seal(secret: bytes, recipient_public: bytes, info: bytes, aad: bytes) -> dict[str, str]:
    """``secret`` (a content key) sealed for the holder of ``recipient_public``."""
    recipient = X25519PublicKey.from_public_bytes(recipient_public)
    ephemeral = X25519PrivateKey.generate()
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    key = _kek(ephemeral.exchange(recipient), salt, info)
    return {
        "alg": ALG,
        "recipient": fingerprint(recipient_public),
        "ephemeral_public": b64(raw_public(ephemeral)),
        "salt": b64(salt),
        "nonce": b64(nonce),
        "ciphertext": b64(AESGCM(key).encrypt(nonce, secret, aad)),
    }


def unseal(sealed: dict[str, Any], private_key: X25519PrivateKey, info: bytes, aad: bytes) -> bytes:
    """Open what :func:`seal` made; :class:`SealError` when it is not ours or altered."""
    if sealed.get("recipient") != fingerprint(raw_public(private_key)):
        raise SealError("sealed for another key")
    try:
        ephemeral = X25519PublicKey.from_public_bytes(unb64(sealed["ephemeral_public"]))
        key = _kek(private_key.exchange(ephemeral), unb64(sealed["salt"]), info)
        return AESGCM(key).decrypt(unb64(sealed["nonce"]), unb64(sealed["ciphertext"]), aad)
    except (InvalidTag, KeyError, ValueError, binascii.Error) as exc:
        raise SealError("sealed key altered or unreadable") from exc


def sign(private_key: Ed25519PrivateKey, data: bytes) -> bytes:
    return private_key.sign(data)


def verify_signature(public_bytes: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_bytes).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
