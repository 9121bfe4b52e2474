"""The workspace key file: the data key, wrapped (CONTRACTS.md, "Workspace encryption").

A random 256-bit *data key* keys the SQLCipher database. It never touches the
disk in clear: ``workspace.key`` (JSON) holds it wrapped with AES-256-GCM under
a key derived from the officer's password with scrypt, and optionally wrapped
for head office (X25519 + HKDF-SHA256 + AES-256-GCM) so that head office can
recover a workspace whose password is lost. Changing the password re-wraps the
data key; the database is not touched.

The key file is replaced atomically (temporary file, fsync, rename, fsync of
the folder) so a crash leaves the old or the new file, never half of one. It is
created 0600 (owner only) on POSIX; on Windows, where modes mean nothing, the
user profile's ACL protects it (:mod:`storage.fsops`, docs/WINDOWS.md).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import errno
import hashlib
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from domain.errors import (
    DiskFull,
    NotAWorkspace,
    WorkspaceError,
    WorkspaceNotWritable,
    WrongPassword,
)
from domain.i18n import Message, tr_noop
from storage import fsops

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

KEY_FILE_NAME = "workspace.key"
KEY_FILE_FORMAT = "fcw-workspace-key"
KEY_FILE_VERSION = 1
DATA_KEY_BYTES = 32
WRAP_ALG = "AES-256-GCM"
RECOVERY_ALG = "X25519-HKDF-SHA256-AES-256-GCM"
_RECOVERY_INFO = b"fcw workspace recovery v1"


@dataclass(frozen=True)
class ScryptParams:
    """Cost of deriving the wrapping key from the password.

    n=2**15, r=8 uses 32 MiB and about a tenth of a second on an office
    laptop: slow enough to make guessing expensive, quick enough to unlock
    after the idle lock. Tests pass cheaper parameters.
    """

    n: int = 2**15
    r: int = 8
    p: int = 1


DEFAULT_SCRYPT = ScryptParams()


@dataclass
class KeyFile:
    """The parsed contents of ``workspace.key``."""

    workspace_id: str
    kdf: ScryptParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    recovery: list[dict[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "workspace_id": self.workspace_id,
            "kdf": {
                "name": "scrypt",
                "n": self.kdf.n,
                "r": self.kdf.r,
                "p": self.kdf.p,
                "length": DATA_KEY_BYTES,
                "salt": _b64(self.salt),
            },
            "wrap": {
                "alg": WRAP_ALG,
                "nonce": _b64(self.nonce),
                "ciphertext": _b64(self.wrapped_key),
            },
            "recovery": self.recovery,
        }


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aad(workspace_id: str) -> bytes:
    # Binds the wrapped key to this workspace: a key file copied from another
    # workspace does not unlock this one's database by accident.
    return f"fcw-workspace-key-v1:{workspace_id}".encode()


def _not_a_workspace(path: Path, why: str) -> NotAWorkspace:
    return NotAWorkspace(
        Message(
            tr_noop("{path} is not a workspace key file ({why})."),
            {"path": str(path), "why": why},
        )
    )


def derive_wrapping_key(password: str, salt: bytes, params: ScryptParams) -> bytes:
    kdf = Scrypt(salt=salt, length=DATA_KEY_BYTES, n=params.n, r=params.r, p=params.p)
    return kdf.derive(password.encode("utf-8"))


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def wrap_with_password(
    data_key: bytes, password: str, workspace_id: str, params: ScryptParams = DEFAULT_SCRYPT
) -> KeyFile:
    """A new key file whose password wrap holds ``data_key`` (no recovery wraps)."""
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = derive_wrapping_key(password, salt, params)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(workspace_id))
    return KeyFile(workspace_id, params, salt, nonce, wrapped)


def unwrap_with_password(key_file: KeyFile, password: str) -> bytes:
    """The data key; raises :class:`WrongPassword` when the password does not fit."""
    kek = derive_wrapping_key(password, key_file.salt, key_file.kdf)
    try:
        return AESGCM(kek).decrypt(
            key_file.nonce, key_file.wrapped_key, _aad(key_file.workspace_id)
        )
    except InvalidTag:
        raise WrongPassword(Message(tr_noop("The password is not correct."))) from None


def rewrap(key_file: KeyFile, data_key: bytes, new_password: str) -> KeyFile:
    """The same key file with the password wrap renewed (fresh salt and nonce)."""
    fresh = wrap_with_password(data_key, new_password, key_file.workspace_id, key_file.kdf)
    fresh.recovery = list(key_file.recovery)
    return fresh


def public_key_fingerprint(public_bytes: bytes) -> str:
    """SHA-256 (hex) of a raw 32-byte public key."""
    return hashlib.sha256(public_bytes).hexdigest()


def _recovery_key(shared: bytes, salt: bytes) -> bytes:
    # Recovery only: these modules stay out of the officer's unlock (start-up).
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_RECOVERY_INFO).derive(shared)


def recovery_wrap(data_key: bytes, workspace_id: str, recipient_public: bytes) -> dict[str, str]:
    """The data key wrapped for head office's X25519 public key (ECIES style)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    recipient = X25519PublicKey.from_public_bytes(recipient_public)
    ephemeral = X25519PrivateKey.generate()
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    key = _recovery_key(ephemeral.exchange(recipient), salt)
    ciphertext = AESGCM(key).encrypt(nonce, data_key, _aad(workspace_id))
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return {
        "alg": RECOVERY_ALG,
        "recipient": public_key_fingerprint(recipient_public),
        "ephemeral_public": _b64(ephemeral_public),
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "ciphertext": _b64(ciphertext),
    }


def recovery_unwrap(key_file: KeyFile, private_key: X25519PrivateKey) -> bytes:
    """The data key from the recovery wrap made for ``private_key``'s public half."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    own_public = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    wanted = public_key_fingerprint(own_public)
    for wrap in key_file.recovery:
        if wrap.get("recipient") != wanted:
            continue
        try:
            ephemeral = X25519PublicKey.from_public_bytes(_unb64(wrap["ephemeral_public"]))
            key = _recovery_key(private_key.exchange(ephemeral), _unb64(wrap["salt"]))
            return AESGCM(key).decrypt(
                _unb64(wrap["nonce"]), _unb64(wrap["ciphertext"]), _aad(key_file.workspace_id)
            )
        except (InvalidTag, KeyError, ValueError, binascii.Error):
            break
    raise WrongPassword(
        Message(
            tr_noop("This workspace holds no recovery key for head office key {fingerprint}."),
            {"fingerprint": wanted[:16]},
        )
    )


def read_key_file(directory: Path) -> KeyFile:
    """Parse ``DIR/workspace.key``; :class:`NotAWorkspace` when absent or malformed."""
    path = directory / KEY_FILE_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _not_a_workspace(path, "missing") from None
    except OSError as exc:
        raise _not_a_workspace(path, exc.strerror or "unreadable") from None
    try:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != KEY_FILE_FORMAT:
            raise ValueError("format")
        if data.get("version") != KEY_FILE_VERSION:
            raise ValueError("version")
        kdf = data["kdf"]
        if kdf.get("name") != "scrypt":
            raise ValueError("kdf")
        params = ScryptParams(n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"]))
        wrap = data["wrap"]
        recovery = data.get("recovery", [])
        if not isinstance(recovery, list):
            raise ValueError("recovery")
        return KeyFile(
            workspace_id=str(data["workspace_id"]),
            kdf=params,
            salt=_unb64(kdf["salt"]),
            nonce=_unb64(wrap["nonce"]),
            wrapped_key=_unb64(wrap["ciphertext"]),
            recovery=[dict(w) for w in recovery],
        )
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error):
        raise _not_a_workspace(path, "corrupt") from None


def os_error_to_workspace_error(exc: OSError, path: Path) -> WorkspaceError:
    """Name what went wrong with a write: disk full, not writable, or other."""
    params = {"path": str(path)}
    if isinstance(exc, fsops.FileInUse):
        return WorkspaceNotWritable(
            Message(
                tr_noop(
                    "{path} is open in another program. Close it there and try again; "
                    "nothing was changed."
                ),
                {"path": str(exc.filename)},
            )
        )
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(Message(tr_noop("The disk is full; {path} was not changed."), params))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc, PermissionError):
        return WorkspaceNotWritable(
            Message(tr_noop("{path} cannot be written (no permission or read-only disk)."), params)
        )
    return WorkspaceError(
        Message(
            tr_noop("Writing {path} failed: {reason}"),
            {**params, "reason": exc.strerror or str(exc)},
        )
    )


def write_key_file(directory: Path, key_file: KeyFile) -> None:
    """Replace ``DIR/workspace.key`` atomically: the old or the new file, never half."""
    path = directory / KEY_FILE_NAME
    tmp = directory / (KEY_FILE_NAME + ".tmp")
    payload = json.dumps(key_file.to_json(), indent=2, sort_keys=True).encode("utf-8")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
        fsops.replace(tmp, path)
        fsops.fsync_directory(directory)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise os_error_to_workspace_error(exc, path) from exc
