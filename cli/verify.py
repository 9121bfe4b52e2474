"""``main.py verify [--key KEYFILE] [--json] PACKAGE``: check a package.

Without a key: the signature and the payload hash. With ``--key`` (a private
X25519 key file, passphrase from ``FCW_KEY_PASSPHRASE`` or standard input):
also decrypt and check every member against the inner manifest.
Exit 0 when everything checked is good, 2 when anything is wrong.
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
    parser.add_argument("--json", action="store_true", help="print the result as JSON on stdout")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from storage import package
    from storage.keys import KeyFileError, load_private_x25519

    checked: list[str] = []
    result: dict[str, Any] = {"package": str(args.package), "ok": False, "checked": checked}
    try:
        if not args.package.is_file():
            raise package.PackageError(
                Message(tr_noop("No such file: {path}"), {"path": str(args.package)})
            )
        verified, _ = package.verify(args.package)
        checked += ["format", "signature", "payload_sha256"]
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
        return EXIT_OK
    say(f"FAILED: {args.package}: {result['error']}")
    sys.stderr.flush()
    return EXIT_INVALID
