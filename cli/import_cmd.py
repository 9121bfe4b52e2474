"""``main.py import --workspace DIR --key KEYFILE [--trusted-key ENROLMENT_FILE]... PACKAGE...``:
take case packages in.

Only packages signed by a trusted key are taken in: this workspace's own
signing key, and the workstations whose enrolment files are named with
``--trusted-key`` (repeatable; each file's self-signature is checked first).
Any other signer is refused before its package is decrypted, naming the key's
fingerprint (docs/SECURITY.md, "Attribution").

Each package is decrypted with the private key file (passphrase from
``FCW_KEY_PASSPHRASE`` or standard input), its signature, every hash, the
case schema and the audit chain inside are checked, and only then is the
case written, with its attachments and history, in one transaction. A case
already here at the same version is left as it is; a newer version replaces
it (history kept); an older one is refused.

Whatever a package holds fails that package alone (named, with the member
and path at fault) and the next one is taken; an unexpected error (a bug) is
logged with its traceback and the batch goes on. The closing line counts
exactly what was committed (docs/FORMATS.md, "import").

Exit 0 all done, 2 invalid input (or every package failed), 3 wrong password,
wrong key passphrase or busy workspace (the batch stops there), 4 some
packages failed (each listed), 1 a bug met on some package.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from cli.common import (
    EXIT_BUG,
    EXIT_INVALID,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_PARTIAL,
    key_passphrase,
    say,
)

log = logging.getLogger("fcw.cli.import")


def register(sub: Any) -> None:
    parser = sub.add_parser("import", help="import case packages into a workspace")
    parser.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    parser.add_argument("--key", metavar="KEYFILE", type=Path, required=True)
    parser.add_argument(
        "--trusted-key",
        metavar="ENROLMENT_FILE",
        type=Path,
        action="append",
        default=[],
        help="a workstation enrolment file whose packages are trusted (repeatable)",
    )
    parser.add_argument("packages", metavar="PACKAGE", type=Path, nargs="+")
    parser.set_defaults(handler=run)


def _trust_list(workspace: Any, files: list[Path]) -> dict[str, str] | None:
    """The signing keys trusted here, or None (said why) when a file is unusable."""
    from storage.keys import KeyFileError
    from storage.package_trust import trusted_signers

    try:
        return trusted_signers(workspace, files)
    except KeyFileError as exc:
        say(f"import: {exc.message.render()}")
        return None


def run(args: argparse.Namespace) -> int:
    from cli.export import open_workspace_for
    from storage.keys import KeyFileError, load_private_x25519

    try:
        private = load_private_x25519(args.key, key_passphrase)
    except KeyFileError as exc:
        say(f"import: {exc.message.render()}")
        wrong = "passphrase" in exc.message.msg_id.lower()
        return EXIT_LOCKED if wrong else EXIT_INVALID
    workspace, code = open_workspace_for("import", getattr(args, "workspace", None))
    if workspace is None:
        return code
    from domain.errors import DomainError, WorkspaceError
    from storage.import_case import import_package

    counts = {"imported": 0, "replaced": 0, "unchanged": 0, "failed": 0, "bug": 0}
    stopped = False
    with workspace:
        trusted = _trust_list(workspace, args.trusted_key)
        if trusted is None:
            return EXIT_INVALID
        for n, path in enumerate(args.packages):
            try:
                if not path.is_file():
                    raise FileNotFoundError(path)
                result = import_package(workspace, path, private, enrolled_senders=trusted)
            except WorkspaceError as exc:  # busy, disk full, read-only: stop here
                say(f"import: stopped at {path}: {exc.message.render()}")
                stopped, untried = True, len(args.packages) - n
                break
            except DomainError as exc:  # PackageError, ...: this package only
                counts["failed"] += 1
                say(f"import: FAILED {path}: {exc.message.render()}")
                continue
            except OSError as exc:
                counts["failed"] += 1
                say(f"import: FAILED {path}: cannot read it ({exc.strerror or 'no such file'})")
                continue
            except Exception as exc:  # a bug: logged, named, and the batch goes on
                log.exception("import: unexpected error on %s", path.name)
                counts["bug"] += 1
                say(
                    f"import: FAILED {path}: an unexpected error ({type(exc).__name__}) "
                    "stopped this package; it is a bug: please report it with the log file"
                )
                continue
            counts[result.outcome] += 1
            say(f"import: {path.name}: {result.case_number} v{result.version} {result.outcome}")
    written = counts["imported"] + counts["replaced"]
    say(
        f"import: {written} package(s) committed ({counts['imported']} new, "
        f"{counts['replaced']} replaced); {counts['unchanged']} held already; "
        f"{counts['failed'] + counts['bug']} failed"
        + (f"; {untried} not tried." if stopped else ".")
    )
    if stopped:
        return EXIT_LOCKED
    if counts["bug"]:
        return EXIT_BUG
    if counts["failed"] == 0:
        return EXIT_OK
    return EXIT_PARTIAL if counts["failed"] < len(args.packages) else EXIT_INVALID
