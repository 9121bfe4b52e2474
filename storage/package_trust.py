"""Whose signature a package must carry to be taken in (docs/SECURITY.md, "Attribution").

A valid signature alone says only that the envelope was not changed since
*someone* signed it: the package carries its signer's public key, so anybody
can make one. What makes it worth importing is that the signing key is one
this side trusts:

* a workstation's ``main.py import`` trusts its own signing key and the
  workstations named with ``--trusted-key ENROLMENT_FILE`` (self-signed
  enrolment files, :func:`storage.keys.read_enrolment`);
* replies and rule packs are trusted only from head office's enrolled key
  (``storage.headoffice.replies``, ``storage.rulepack_active``);
* head office trusts the workstation keys it enrolled
  (``storage.headoffice.officers``) and, per case, only the case's owner
  (``storage.headoffice.ownership``);
* ``main.py verify --trusted-key FILE`` names the signer when it matches.

The check runs on the verified envelope, before the payload is decrypted or
unpacked: nothing from an unknown signer is decompressed or parsed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

from domain.i18n import Message, tr_noop
from storage import ecies
from storage.keys import Enrolment, KeyFileError, read_enrolment
from storage.package import PackageError, VerifiedEnvelope

#: The label of the workspace's own key in a trust list.
OWN_KEY = "this workstation"


class UntrustedSigner(PackageError):
    """A package signed by a key that is not on the trust list."""


def signer_label(enrolment: Enrolment) -> str:
    """``name (branch)`` of an enrolment, for messages."""
    return f"{enrolment.name} ({enrolment.branch})" if enrolment.branch else enrolment.name


def read_trusted_keys(paths: Iterable[Path]) -> dict[str, str]:
    """Signing fingerprint → who, from enrolment files (each self-signature
    checked: an edited file raises ``KeyFileError``)."""
    trusted: dict[str, str] = {}
    for path in paths:
        enrolment = read_enrolment(path)
        trusted[enrolment.signing_fingerprint] = signer_label(enrolment)
    return trusted


def trusted_signers(workspace: Any, enrolment_files: Iterable[Path]) -> dict[str, str]:
    """A workstation's trust list for case packages: its own signing key and
    the keys of the enrolment files given. Raises ``KeyFileError``."""
    signing_public, _ = workspace.public_keys()
    trusted = {ecies.fingerprint(signing_public): OWN_KEY}
    for fingerprint, who in read_trusted_keys(enrolment_files).items():
        trusted.setdefault(fingerprint, who)
    return trusted


def require_trusted(
    verified: VerifiedEnvelope, trusted: Mapping[str, str] | Collection[str]
) -> str:
    """The signer's label when its key is on the list; else :class:`UntrustedSigner`
    naming the key's full fingerprint."""
    names = trusted if isinstance(trusted, Mapping) else {fp: fp for fp in trusted}
    fingerprint = verified.sender_fingerprint
    if fingerprint not in names:
        raise UntrustedSigner(
            Message(
                tr_noop(
                    "The package is signed by key {fingerprint}, which is not trusted here: "
                    "not imported. Only this workstation's own key and the keys named with "
                    "--trusted-key ENROLMENT_FILE are trusted."
                ),
                {"fingerprint": fingerprint},
            )
        )
    return str(names[fingerprint])


def trust_step(
    trusted: Mapping[str, str] | Collection[str] | None,
) -> Callable[[VerifiedEnvelope], object] | None:
    """:func:`require_trusted` as the ``accept`` step of
    ``storage.package.open_package``; None (no check) when no list is given."""
    if trusted is None:
        return None
    return lambda verified: require_trusted(verified, trusted)


__all__ = [
    "OWN_KEY",
    "KeyFileError",
    "UntrustedSigner",
    "read_trusted_keys",
    "require_trusted",
    "signer_label",
    "trust_step",
    "trusted_signers",
]
