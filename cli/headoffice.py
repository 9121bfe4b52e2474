"""``main.py headoffice …``: head office's portfolio on PostgreSQL.

    headoffice keys add --db URL ENROLMENT_FILE     enrol a workstation's key
    headoffice keys list --db URL
    headoffice keys remove --db URL SIGNING_FINGERPRINT
    headoffice import --db URL --key KEYFILE [--jobs N] PACKAGE_OR_DIR...
    headoffice review --db URL --case ID --decision D --comment TEXT
                      [--question TEXT]... --key KEYFILE [-o DIR]
    headoffice export --db URL -o FILE.xlsx [--branch B] [--industry I]
    headoffice blacklist add|remove|list --db URL ...
    headoffice pack --db URL --key KEYFILE --version V -o PACK.fcwpack [--propose]
    headoffice transfer --db URL CASE --to FINGERPRINT --reason TEXT   hand a case over
    headoffice gui --db URL

The URL is ``postgresql+psycopg://user@host:port/db``; its password, if any,
belongs in ``~/.pgpass`` or ``PGPASSWORD``, not in the URL. Key passphrases
come from ``FCW_KEY_PASSPHRASE`` or standard input.

Exit 0 done, 2 invalid input or failed verification, 3 database unreachable
(or gone mid-way: nothing half-written, run again) or wrong key passphrase,
4 some packages of a batch failed (each listed), 130 import stopped by Ctrl+C
(each package is its own transaction: run it again for the rest).

``import --jobs N`` runs N worker processes (default: the CPU cores, at most
8; ``--jobs 1`` imports in this process): see :mod:`cli.headoffice_import`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.common import (
    EXIT_INVALID,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_PARTIAL,
    key_passphrase,
    say,
)

PACKAGE_SUFFIX = ".fcwpkg"


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", required=True, help="postgresql+psycopg://…")


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of jobs (1 or more)")
    return value


def register(sub: Any) -> None:
    parser = sub.add_parser("headoffice", help="head office: portfolio, review, rule packs")
    actions = parser.add_subparsers(dest="headoffice_command", metavar="ACTION", required=True)

    keys = actions.add_parser("keys", help="enrol workstation keys")
    key_actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    add = key_actions.add_parser("add", help="enrol a workstation's enrolment file")
    _db(add)
    add.add_argument("files", metavar="ENROLMENT_FILE", type=Path, nargs="+")
    add.set_defaults(handler=run_keys_add)
    lst = key_actions.add_parser("list", help="list enrolled workstation keys")
    _db(lst)
    lst.set_defaults(handler=run_keys_list)
    rm = key_actions.add_parser(
        "remove", help="withdraw an enrolled key (its packages are refused)"
    )
    _db(rm)
    rm.add_argument("fingerprint", metavar="SIGNING_FINGERPRINT")
    rm.set_defaults(handler=run_keys_remove)

    imp = actions.add_parser("import", help="import case packages into the portfolio")
    _db(imp)
    imp.add_argument("--key", metavar="KEYFILE", type=Path, required=True)
    imp.add_argument(
        "--jobs",
        metavar="N",
        type=_jobs,
        default=None,
        help="worker processes importing at once (default: the CPU cores, at most 8)",
    )
    imp.add_argument("sources", metavar="PACKAGE_OR_DIR", type=Path, nargs="+")
    imp.set_defaults(handler=run_import)

    gui = actions.add_parser("gui", help="the portfolio window")
    _db(gui)
    gui.set_defaults(handler=run_gui_elsewhere)

    from cli import headoffice_more

    headoffice_more.register(actions)
    headoffice_more.register_more(actions)
    from cli import headoffice_transfer

    headoffice_transfer.register(actions)


def run_gui_elsewhere(args: argparse.Namespace) -> int:
    """The window is started by main.py (the only module that wires ui in)."""
    say("headoffice gui: start it through main.py")
    return EXIT_INVALID


def connect_or_report(command: str, url: str) -> tuple[Any, int]:
    """(engine, 0) or (None, exit code) with the message said."""
    from storage.headoffice.db import HeadOfficeDbError, connect

    try:
        return connect(url), EXIT_OK
    except HeadOfficeDbError as exc:
        say(f"headoffice {command}: {exc.message.render()}")
        return None, EXIT_LOCKED if exc.unavailable else EXIT_INVALID


def load_keys_or_report(command: str, path: Path) -> tuple[Any, int]:
    from storage.keys import KeyFileError, load_private_keys

    try:
        return load_private_keys(path, key_passphrase), EXIT_OK
    except KeyFileError as exc:
        say(f"headoffice {command}: {exc.message.render()}")
        wrong = "passphrase" in exc.message.msg_id.lower()
        return None, EXIT_LOCKED if wrong else EXIT_INVALID


def run_keys_add(args: argparse.Namespace) -> int:
    from storage.headoffice.db import HeadOfficeDbError
    from storage.headoffice.officers import UnknownOfficerKey, enrol_officer
    from storage.keys import KeyFileError

    engine, code = connect_or_report("keys add", args.db)
    if engine is None:
        return code
    failed = 0
    try:
        for path in args.files:
            try:
                officer = enrol_officer(engine, path.read_bytes())
            except OSError as exc:
                failed += 1
                say(f"headoffice keys add: cannot read {path}: {exc.strerror or exc}")
                continue
            except (KeyFileError, UnknownOfficerKey) as exc:
                failed += 1
                say(f"headoffice keys add: {path}: {exc.message.render()}")
                continue
            say(
                f"headoffice keys add: {officer.name} ({officer.branch}) "
                f"{officer.signing_fingerprint} enrolled"
            )
    except HeadOfficeDbError as exc:
        say(f"headoffice keys add: {exc.message.render()}")
        return EXIT_LOCKED
    finally:
        engine.dispose()
    if failed == 0:
        return EXIT_OK
    return EXIT_PARTIAL if failed < len(args.files) else EXIT_INVALID


def run_keys_list(args: argparse.Namespace) -> int:
    from storage.headoffice.officers import officers

    engine, code = connect_or_report("keys list", args.db)
    if engine is None:
        return code
    try:
        for o in officers(engine):
            print(f"{o.signing_fingerprint}\t{o.branch}\t{o.name}")
    finally:
        engine.dispose()
    return EXIT_OK


def run_keys_remove(args: argparse.Namespace) -> int:
    from storage.headoffice.officers import remove_officer

    engine, code = connect_or_report("keys remove", args.db)
    if engine is None:
        return code
    try:
        removed = remove_officer(engine, args.fingerprint)
    finally:
        engine.dispose()
    if not removed:
        say(f"headoffice keys remove: no enrolled key {args.fingerprint}")
        return EXIT_INVALID
    say(f"headoffice keys remove: {args.fingerprint} withdrawn")
    return EXIT_OK


def package_paths(sources: list[Path]) -> list[Path]:
    """Files as given; folders give their ``*.fcwpkg`` files, sorted."""
    out: list[Path] = []
    for source in sources:
        if source.is_dir():
            out += sorted(p for p in source.iterdir() if p.name.endswith(PACKAGE_SUFFIX))
        else:
            out.append(source)
    return out


def run_import(args: argparse.Namespace) -> int:
    from cli.headoffice_import import default_jobs, import_packages

    keys, code = load_keys_or_report("import", args.key)
    if keys is None:
        return code
    paths = package_paths(args.sources)
    if not paths:
        say("headoffice import: no packages found")
        return EXIT_INVALID
    engine, code = connect_or_report("import", args.db)
    if engine is None:
        return code
    jobs = args.jobs if args.jobs is not None else default_jobs()
    try:
        return import_packages(args.db, engine, keys, paths, jobs)
    finally:
        engine.dispose()
