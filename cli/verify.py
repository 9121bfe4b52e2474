"""``main.py verify [--key KEYFILE] [--trusted-key ENROLMENT_FILE]... [--json] PACKAGE``.

Without a key: the signature and the payload hash. The signature is checked
against the public key the package itself carries, so on its own it proves
only that nobody changed the envelope since *some* key signed it: the output
says so plainly, naming the signer's fingerprint. With ``--trusted-key``
(enrolment files, repeatable) the signer must be one of them, and its name is
printed (docs/SECURITY.md, "Attribution"). With ``--key`` (a private X25519
key file, passphrase from ``FCW_KEY_PASSPHRASE`` or standard input): also
decrypt and check every member against the inner manifest.
Exit 0 when everything checked is good, 2 when anything is wrong (a signer
that is none of the trusted keys included).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cli.common import EXIT_INVALID, EXIT_OK, say
from domain.i18n import Message, tr_noop


def register(sub: Any) -> None:
    parser = sub.add_parser("verify", help="verify a case package's signature and hashes")
    parser.add_argument("package", type=Path)
    parser.add_argument("--key", type=Path, help="private key file: also decrypt and check members")
    parser.add_argument(
        "--trusted-key",
        metavar="ENROLMENT_FILE",
        type=Path,
        action="append",
        default=[],
        help="an enrolment file of a key that may have signed it (repeatable)",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON on stdout")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from storage import package
    from storage.keys import KeyFileError, load_private_x25519
    from storage.package_trust import read_trusted_keys

    checked: list[str] = []
    result: dict[str, Any] = {"package": str(args.package), "ok": False, "checked": checked}
    try:
        if not args.package.is_file():
            raise package.PackageError(
                Message(tr_noop("No such file: {path}"), {"path": str(args.package)})
            )
        trusted = read_trusted_keys(args.trusted_key)
        verified, _ = package.verify(args.package)
        checked += ["format", "signature", "payload_sha256"]
        result["signer"] = _signer(verified, trusted if args.trusted_key else None)
        if result["signer"]["trusted"]:
            checked.append("signer")
        result["envelope"] = {
            k: v
            for k, v in verified.envelope.items()
            if k not in ("content_key", "sender_public_key", "payload_nonce")
        }
        if args.key is not None:
            from cli.common import key_passphrase

            private = load_private_x25519(args.key, key_passphrase)
            _, members = package.open_package(args.package, private)
            checked += ["decrypted", "manifest"]
            result["members"] = sorted(members)
        result["ok"] = True
    except (package.PackageError, KeyFileError) as exc:
        result["error"] = exc.message.render()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True))
    if result["ok"]:
        say(f"OK: {args.package} ({', '.join(checked)})")
        say(_signer_line(result["signer"]))
        return EXIT_OK
    say(f"FAILED: {args.package}: {result['error']}")
    sys.stderr.flush()
    return EXIT_INVALID


def _signer(verified: Any, trusted: dict[str, str] | None) -> dict[str, Any]:
    """Who signed, as far as it was checked; a signer that is none of the
    trusted keys raises ``UntrustedSigner`` (a failed verification)."""
    from storage.package_trust import UntrustedSigner

    fingerprint = verified.sender_fingerprint
    if trusted is None:
        return {"fingerprint": fingerprint, "trusted": None, "name": None}
    if fingerprint not in trusted:
        raise UntrustedSigner(
            Message(
                tr_noop(
                    "The package is signed by key {fingerprint}, which is none of the "
                    "trusted keys given."
                ),
                {"fingerprint": fingerprint},
            )
        )
    return {"fingerprint": fingerprint, "trusted": True, "name": trusted[fingerprint]}


def _signer_line(signer: dict[str, Any]) -> str:
    if signer["trusted"]:
        return Message(
            tr_noop("Signed by {name}, key {fingerprint} (one of the trusted keys given)."),
            {"name": signer["name"], "fingerprint": signer["fingerprint"]},
        ).render()
    return Message(
        tr_noop(
            "WHO SIGNED IS NOT CHECKED: the signature is valid for the key the package "
            "carries ({fingerprint}), and anyone can make a key. Name the keys you trust "
            "with --trusted-key ENROLMENT_FILE to check the signer."
        ),
        {"fingerprint": signer["fingerprint"]},
    ).render()
