"""``main.py keys``: enrolment files and head office's key.

    main.py keys export --workspace DIR -o FILE
        this workstation's enrolment file (public halves, self-signed) for head office
    main.py keys import-headoffice --workspace DIR [--replace] FILE
        store head office's enrolment once; a different one only with --replace
        (logged); the workspace is also made recoverable by head office
    main.py keys generate-headoffice -o DIR [--name NAME]
        head office's new private key file DIR/headoffice.key (passphrase from
        FCW_KEY_PASSPHRASE or standard input) and DIR/headoffice.enrol.json

Exit 0 done, 2 invalid input, 3 wrong password or busy workspace.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.common import EXIT_INVALID, EXIT_OK, key_passphrase, open_cli_workspace, say


def register(sub: Any) -> None:
    parser = sub.add_parser("keys", help="enrolment files and head office's key")
    actions = parser.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write this workstation's enrolment file")
    export.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    export.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    export.set_defaults(handler=run_export)
    imp = actions.add_parser("import-headoffice", help="store head office's enrolment file")
    imp.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    imp.add_argument("--replace", action="store_true", help="replace a different stored key")
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.set_defaults(handler=run_import)
    gen = actions.add_parser("generate-headoffice", help="make head office's key files")
    gen.add_argument("-o", "--output", metavar="DIR", type=Path, required=True)
    gen.add_argument("--name", default="Head office", help="name written in the enrolment")
    gen.set_defaults(handler=run_generate)


def run_export(args: argparse.Namespace) -> int:
    from cli.export import open_workspace_for
    from storage import fsops
    from storage.headoffice_keys import workstation_enrolment_bytes

    workspace, code = open_workspace_for("keys export", getattr(args, "workspace", None))
    if workspace is None:
        return code
    with workspace:
        data = workstation_enrolment_bytes(workspace)
    try:
        tmp = args.output.with_name(args.output.name + ".part")
        tmp.write_bytes(data)
        fsops.replace(tmp, args.output)
    except OSError as exc:
        say(f"keys export: cannot write {args.output}: {exc.strerror or exc}")
        return EXIT_INVALID
    say(f"keys export: enrolment → {args.output}")
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    from cli.common import workspace_password
    from storage.headoffice_keys import HeadOfficeKeyError, import_headoffice_enrolment
    from storage.keys import KeyFileError

    directory = getattr(args, "workspace", None)
    if not directory:
        say("keys import-headoffice: give the workspace folder with --workspace DIR")
        return EXIT_INVALID
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        say(f"keys import-headoffice: cannot read {args.file}: {exc.strerror or exc}")
        return EXIT_INVALID
    password = workspace_password()
    workspace = open_cli_workspace(directory, "keys import-headoffice", password=password)
    with workspace:
        try:
            result = import_headoffice_enrolment(workspace, data, password, replace=args.replace)
        except (HeadOfficeKeyError, KeyFileError) as exc:
            say(f"keys import-headoffice: {exc.message.render()}")
            return EXIT_INVALID
    fp = result.enrolment.signing_fingerprint[:16]
    if not result.changed:
        say(f"keys import-headoffice: head office's key {fp} is already stored")
    elif result.replaced:
        say(f"keys import-headoffice: head office's key replaced by {fp} (logged)")
    else:
        say(f"keys import-headoffice: head office's key {fp} stored; recovery wrap added")
    return EXIT_OK


def run_generate(args: argparse.Namespace) -> int:
    from storage.headoffice_keys import HeadOfficeKeyError, generate_headoffice_files

    try:
        key_path, enrol_path, _ = generate_headoffice_files(
            args.output, key_passphrase(), name=args.name
        )
    except HeadOfficeKeyError as exc:
        say(f"keys generate-headoffice: {exc.message.render()}")
        return EXIT_INVALID
    except OSError as exc:
        say(f"keys generate-headoffice: cannot write {args.output}: {exc.strerror or exc}")
        return EXIT_INVALID
    say(f"keys generate-headoffice: private key → {key_path}; enrolment → {enrol_path}")
    return EXIT_OK
