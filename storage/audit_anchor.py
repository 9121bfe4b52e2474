"""The signed head of a case's audit chain (docs/SECURITY.md, "Audit chain and
tamper evidence").

A local holder of the data key can rewrite a chain and its head in the
database, so the head is also anchored outside it: every case package carries,
in its envelope, ``audit_signed_head`` — the case, the number of entries
(``seq``), the last entry's hash (``head``) and the case state it recorded,
signed with the workstation's Ed25519 key. Head office keeps the last one it
accepted per case (``storage.headoffice.audit_heads``) and refuses a later
package whose chain no longer holds that head at that place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from domain.i18n import Message, tr_noop
from domain.ports import AuditEntry
from domain.serialization import canonical_json
from storage import ecies
from storage.audit import GENESIS_HASH

KIND = "fcw-audit-head"
ENVELOPE_KEY = "audit_signed_head"


@dataclass(frozen=True)
class SignedHead:
    """``seq`` entries of case ``case_uuid`` end in ``head``; ``state`` is the
    payload hash the last entry recorded (empty for a legacy entry)."""

    case_uuid: str
    seq: int
    head: str
    state: str
    signature: str  # base64 Ed25519 over :meth:`statement`

    def statement(self) -> bytes:
        return canonical_json(
            {
                "kind": KIND,
                "case_uuid": self.case_uuid,
                "seq": self.seq,
                "head": self.head,
                "state": self.state,
            }
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "case_uuid": self.case_uuid,
            "seq": self.seq,
            "head": self.head,
            "state": self.state,
            "signature": self.signature,
        }


class SignedHeadError(ValueError):
    def __init__(self, message: Message) -> None:
        super().__init__(message.msg_id)
        self.message = message


def sign_head(key: Ed25519PrivateKey, case_uuid: str, entries: Sequence[AuditEntry]) -> SignedHead:
    """The signed head of ``entries`` (one case's whole chain, in order)."""
    last = entries[-1] if entries else None
    unsigned = SignedHead(
        case_uuid=case_uuid,
        seq=last.seq if last else 0,
        head=last.hash if last else GENESIS_HASH,
        state=last.state_hash if last else "",
        signature="",
    )
    signature = ecies.b64(ecies.sign(key, unsigned.statement()))
    return SignedHead(unsigned.case_uuid, unsigned.seq, unsigned.head, unsigned.state, signature)


def read_signed_head(envelope: Mapping[str, Any], signer_public: bytes) -> SignedHead | None:
    """The envelope's signed head checked against ``signer_public``; None when
    the package predates it. :class:`SignedHeadError` when it is malformed or
    its signature does not hold."""
    data = envelope.get(ENVELOPE_KEY)
    if data is None:
        return None
    bad = SignedHeadError(Message(tr_noop("The signed head of the change log is not valid.")))
    if not isinstance(data, dict):
        raise bad
    case_uuid, seq, head = data.get("case_uuid"), data.get("seq"), data.get("head")
    state, signature = data.get("state"), data.get("signature")
    if not (
        isinstance(case_uuid, str)
        and isinstance(seq, int)
        and not isinstance(seq, bool)
        and seq >= 0
        and isinstance(head, str)
        and isinstance(state, str)
        and isinstance(signature, str)
    ):
        raise bad
    signed = SignedHead(case_uuid, seq, head, state, signature)
    try:
        raw = ecies.unb64(signature)
    except ValueError:
        raise bad from None
    if not ecies.verify_signature(signer_public, raw, signed.statement()):
        raise bad
    return signed


def check_head_names_chain(
    signed: SignedHead, case_uuid: str, entries: Sequence[AuditEntry]
) -> None:
    """The signed head must name exactly the end of the chain the package holds."""
    last = entries[-1] if entries else None
    actual = (case_uuid, last.seq if last else 0, last.hash if last else GENESIS_HASH)
    if (signed.case_uuid, signed.seq, signed.head) != actual:
        raise SignedHeadError(
            Message(tr_noop("The signed head does not name the end of the change log it carries."))
        )


__all__ = [
    "ENVELOPE_KEY",
    "SignedHead",
    "SignedHeadError",
    "check_head_names_chain",
    "read_signed_head",
    "sign_head",
]
