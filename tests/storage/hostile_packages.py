"""Hostile but validly signed case packages, by attack class (issue 20).

Each attack takes a good package's envelope and inner members and returns
altered ones; :func:`build` signs them with a given (enrolled) key and
encrypts them for head office, so the attack reaches the checks behind the
signature. Used by the import tests, the fuzz tests and
``tests/tools/attack_run.py``.
"""

from __future__ import annotations

import hashlib
import io
import json
import secrets
import zipfile
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage import ecies, package
from tests.storage.export_fixtures import HEAD_OFFICE

Members = dict[str, bytes]
Envelope = dict[str, Any]
#: (envelope, members) → (envelope, members, inner zip bytes or None)
Attack = Callable[[Envelope, Members], tuple[Envelope, Members, bytes | None]]

_OWN = (
    "format", "sender_public_key", "sender_fingerprint", "recipient_fingerprint",
    "content_key", "payload_nonce", "payload_sha256", "payload_size",
)  # fmt: skip


def inner_zip(members: Members, *, compress: bool = True, manifest: bool = True) -> bytes:
    """The payload's inner zip, with a manifest of the members' hashes."""
    buffer = io.BytesIO()
    kind = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(buffer, "w", compression=kind) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        if manifest:
            sums = {n: hashlib.sha256(d).hexdigest() for n, d in members.items()}
            zf.writestr("manifest.json", json.dumps({"sha256": sums}))
    return buffer.getvalue()


def build(
    envelope: Envelope,
    members: Members,
    signer: Ed25519PrivateKey,
    *,
    inner: bytes | None = None,
    recipient_public: bytes = HEAD_OFFICE.encryption_public,
) -> bytes:
    """A package signed by ``signer``, encrypted for ``recipient_public``;
    the envelope's own fields (format_version included) are kept as given."""
    content_key = AESGCM.generate_key(bit_length=256)
    nonce = secrets.token_bytes(12)
    plain = inner if inner is not None else inner_zip(members)
    payload = AESGCM(content_key).encrypt(nonce, plain, package._AAD)
    sender_public = ecies.raw_public(signer)
    env = {k: v for k, v in envelope.items() if k not in _OWN}
    env.update(
        format=package.FORMAT,
        sender_public_key=ecies.b64(sender_public),
        sender_fingerprint=ecies.fingerprint(sender_public),
        recipient_fingerprint=ecies.fingerprint(recipient_public),
        content_key=ecies.seal(content_key, recipient_public, package._INFO, package._AAD),
        payload_nonce=ecies.b64(nonce),
        payload_sha256=hashlib.sha256(payload).hexdigest(),
        payload_size=len(payload),
    )
    env.setdefault("format_version", package.FORMAT_VERSION)
    raw = json.dumps(env, sort_keys=True, indent=1).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr(package.ENVELOPE, raw)
        zf.writestr(package.PAYLOAD, payload)
        zf.writestr(package.SIGNATURE, ecies.sign(signer, raw))
    return out.getvalue()


# --- attacks ------------------------------------------------------------------


def _case(members: Members) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(members["case.json"])
    return data


def _with_case(members: Members, data: Any) -> Members:
    return {**members, "case.json": json.dumps(data, ensure_ascii=True).encode()}


def case_edit(edit: Callable[[dict[str, Any]], None]) -> Attack:
    def attack(env: Envelope, members: Members) -> tuple[Envelope, Members, bytes | None]:
        data = _case(members)
        edit(data)
        return env, _with_case(members, data), None

    return attack


def member(name: str, raw: bytes) -> Attack:
    def attack(env: Envelope, members: Members) -> tuple[Envelope, Members, bytes | None]:
        return env, {**members, name: raw}, None

    return attack


def envelope_edit(**fields: Any) -> Attack:
    def attack(env: Envelope, members: Members) -> tuple[Envelope, Members, bytes | None]:
        return {**env, **fields}, members, None

    return attack


def _nested(depth: int) -> bytes:
    return b'{"uuid": "x", "deep": ' + b"[" * depth + b"]" * depth + b"}"


def nested_case(depth: int) -> Attack:
    def attack(env: Envelope, members: Members) -> tuple[Envelope, Members, bytes | None]:
        data = json.dumps(_case(members)).encode()
        deep = b"[" * depth + b"]" * depth
        return env, {**members, "case.json": data[:-1] + b', "x_deep": ' + deep + b"}"}, None

    return attack


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    keys = path.split("/")

    def edit(data: dict[str, Any]) -> None:
        node = data
        for key in keys[:-1]:
            node = node.setdefault(key, {})
        node[keys[-1]] = value

    return edit


def zip_bomb(size: int) -> Attack:
    """An extra member of ``size`` zero bytes (deflates about 1000 to 1)."""

    def attack(env: Envelope, members: Members) -> tuple[Envelope, Members, bytes | None]:
        bomb = {**members, "attachments/bomb": bytes(size)}
        return env, members, inner_zip(bomb)

    return attack


def many_members(count: int, size: int) -> Attack:
    """``count`` members of ``size`` bytes deflating about 100 to 1 (under
    the ratio) whose sum is over the limit of the contents."""

    def attack(env: Envelope, members: Members) -> tuple[Envelope, Members, bytes | None]:
        blob = secrets.token_bytes(size // 100) + bytes(size - size // 100)
        extra = {f"attachments/m{i}": blob for i in range(count)}
        return env, members, inner_zip({**members, **extra})

    return attack


LONG = 1000
TEN_MB = secrets.token_hex(5_000_000)
#: attack class → [(name, attack)]
ATTACKS: dict[str, list[tuple[str, Attack]]] = {
    "wrong types": [
        ("flags not a list", member("assessment.json", b'{"flags": 5}')),
        ("flags items not objects", member("assessment.json", b'{"flags": [1, "x"]}')),
        ("assessment a list", member("assessment.json", b"[1, 2]")),
        ("audit a list", member("audit.json", b"[]")),
        ("audit seq as text", member("audit.json", b'{"head": "x", "entries": [{"seq": "1"}]}')),
        ("case a list", member("case.json", b"[]")),
        ("loan a list", case_edit(_set("loan", []))),
        ("applicant text", case_edit(_set("applicant", "x"))),
        ("amount a float", case_edit(_set("loan/amount", 1.5))),
        ("term as text", case_edit(_set("loan/term_months", "12"))),
        ("version 1.0 in case", case_edit(_set("version", 1.0))),
        ("envelope case_uuid a number", envelope_edit(case_uuid=5)),
        ("envelope kind a list", envelope_edit(kind=["case"])),
    ],
    "nested JSON": [
        ("case 40 deep", nested_case(40)),
        ("case 100000 deep", nested_case(100_000)),
        ("assessment 5000 deep", member("assessment.json", _nested(5000))),
        ("audit 100000 deep", member("audit.json", _nested(100_000))),
    ],
    "huge numbers": [
        ("40-digit amount", case_edit(_set("loan/amount", "1" * 40))),
        ("40-digit fraction", case_edit(_set("loan/amount", "1." + "1" * 40))),
        ("term 10^30", case_edit(_set("loan/term_months", 10**30))),
        ("version 2^40", case_edit(_set("version", 2**40))),
        (
            "5000-digit integer",
            member("assessment.json", b'{"flags": [], "n": ' + b"9" * 5000 + b"}"),
        ),
        ("NaN", member("assessment.json", b'{"flags": [], "n": NaN}')),
    ],
    "surrogates": [
        ("lone surrogate in name", case_edit(_set("applicant/registered_name", "\ud800"))),
        ("lone surrogate in notes", case_edit(_set("notes", "a\udfffb"))),
        ("lone surrogate in a key", case_edit(_set("x_\ud800", 1))),
        ("NUL in owner name", case_edit(_set("applicant/owner/name", "王\x00明"))),
        ("surrogate in flags", member("assessment.json", b'{"flags": [{"rule": "\\ud800"}]}')),
    ],
    "long strings": [
        ("1000-char registered name", case_edit(_set("applicant/registered_name", "名" * LONG))),
        ("1000-char owner name", case_edit(_set("applicant/owner/name", "x" * LONG))),
        ("100-char number", case_edit(_set("number", "9" * 100))),
        ("100-char industry", case_edit(_set("business/industry", "i" * 100))),
        ("1000-char branch", case_edit(_set("branch", "b" * LONG))),
        ("1000-char phone", case_edit(_set("applicant/owner/phone", "1" * LONG))),
        ("1000-char payee account", case_edit(_set("loan/payee/bank_account", "6" * LONG))),
    ],
    "10MB field": [
        # random text: it does not deflate like a zip bomb, it reaches the schema
        ("10 MB notes", case_edit(_set("notes", TEN_MB))),
        ("10 MB registered name", case_edit(_set("applicant/registered_name", TEN_MB))),
    ],
    "bad versions": [
        ("format_version 0", envelope_edit(format_version=0)),
        ("format_version -5", envelope_edit(format_version=-5)),
        ("format_version true", envelope_edit(format_version=True)),
        ("format_version 1.0", envelope_edit(format_version=1.0)),
        ('format_version "1"', envelope_edit(format_version="1")),
        ("format_version 2", envelope_edit(format_version=2)),
        ("case_version 1.0", envelope_edit(case_version=1.0)),
        ("case_version true", envelope_edit(case_version=True)),
        ("case_package_version true", envelope_edit(case_package_version=True)),
        ('case schema_version "1"', case_edit(_set("schema_version", "1"))),
        ("envelope over 64 KB", envelope_edit(padding="p" * 70_000)),
    ],
    "zip bombs": [
        ("40 MB of zeros", zip_bomb(40 * 1024 * 1024)),
        ("100 MB of zeros", zip_bomb(100 * 1024 * 1024)),
        ("100 x 1 MB members", many_members(100, 1024 * 1024)),
    ],
}


def hostile(
    attack: Attack, envelope: Envelope, members: Members, signer: Ed25519PrivateKey
) -> bytes:
    """The package ``attack`` makes of a good one, signed by ``signer``."""
    env, altered, inner = attack(dict(envelope), dict(members))
    return build(env, altered, signer, inner=inner)


def all_attacks() -> list[tuple[str, str, Attack]]:
    return [(cls, name, attack) for cls, items in ATTACKS.items() for name, attack in items]


__all__ = ["ATTACKS", "all_attacks", "build", "hostile", "inner_zip"]
