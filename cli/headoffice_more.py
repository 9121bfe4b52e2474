"""The review, export, blacklist, pack and gui actions of ``main.py headoffice``
(kept apart from :mod:`cli.headoffice` to keep each module small)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.common import EXIT_INVALID, EXIT_LOCKED, EXIT_OK, say


def register(actions: Any) -> None:
    rev = actions.add_parser("review", help="record a decision; a return writes a signed reply")
    rev.add_argument("--db", metavar="URL", required=True)
    rev.add_argument("--case", metavar="ID", required=True, help="UUID or case number")
    rev.add_argument(
        "--decision",
        required=True,
        choices=["approve", "approve_with_changes", "return", "decline"],
    )
    rev.add_argument("--comment", default="")
    rev.add_argument("--question", action="append", default=[], help="repeat for each question")
    rev.add_argument("--reviewer", default="head office", help="reviewer's name")
    rev.add_argument("--key", metavar="KEYFILE", type=Path, help="head office's key (for a return)")
    rev.add_argument("-o", "--output", metavar="DIR", type=Path, default=Path("."))
    rev.set_defaults(handler=run_review)


def run_review(args: argparse.Namespace) -> int:
    from cli.headoffice import connect_or_report, load_keys_or_report
    from domain.ports import Actor
    from storage.case_store import AmbiguousCaseNumber
    from storage.headoffice.db import HeadOfficeDbError
    from storage.headoffice.officers import UnknownOfficerKey
    from storage.headoffice.review import RETURN, ReviewRefused, record_review

    keys = None
    if args.decision == RETURN:
        if args.key is None:
            say("headoffice review: a return is signed: give head office's key with --key")
            return EXIT_INVALID
        keys, code = load_keys_or_report("review", args.key)
        if keys is None:
            return code
    engine, code = connect_or_report("review", args.db)
    if engine is None:
        return code
    try:
        result = record_review(
            engine,
            args.case,
            args.decision,
            args.comment,
            Actor(name=args.reviewer, staff_no=""),
            questions=tuple(args.question),
            keys=keys,
            out_dir=args.output,
        )
    except KeyError:
        say(f"headoffice review: no case {args.case} in the portfolio")
        return EXIT_INVALID
    except (ReviewRefused, UnknownOfficerKey, AmbiguousCaseNumber) as exc:
        say(f"headoffice review: {exc.message.render()}")
        return EXIT_INVALID
    except HeadOfficeDbError as exc:
        say(f"headoffice review: {exc.message.render()}")
        return EXIT_LOCKED
    except OSError as exc:
        say(f"headoffice review: cannot write the reply: {exc.strerror or exc}")
        return EXIT_INVALID
    finally:
        engine.dispose()
    where = f"; reply → {result.reply}" if result.reply is not None else ""
    say(f"headoffice review: {result.case_number} v{result.case_version} {result.decision}{where}")
    return EXIT_OK


def register_more(actions: Any) -> None:
    bl = actions.add_parser("blacklist", help="identifiers head office refuses")
    bl_actions = bl.add_subparsers(dest="blacklist_command", metavar="ACTION", required=True)
    for name, text in (("add", "add an identifier"), ("remove", "remove an identifier")):
        p = bl_actions.add_parser(name, help=text)
        p.add_argument("--db", metavar="URL", required=True)
        p.add_argument(
            "--kind", required=True, choices=["id_number", "uscc", "phone", "bank_account"]
        )
        p.add_argument("value")
        if name == "add":
            p.add_argument("--reason", default="")
            p.add_argument("--by", default="head office")
        p.set_defaults(handler=run_blacklist, blacklist_action=name)
    lst = bl_actions.add_parser("list", help="list the blacklist")
    lst.add_argument("--db", metavar="URL", required=True)
    lst.set_defaults(handler=run_blacklist, blacklist_action="list")

    pack = actions.add_parser("pack", help="publish a signed rule pack (or --propose norms)")
    pack.add_argument("--db", metavar="URL", required=True)
    pack.add_argument("--key", metavar="KEYFILE", type=Path)
    # dest differs from main.py's own --version flag (which prints the app version)
    pack.add_argument("--version", dest="pack_version", metavar="V")
    pack.add_argument("--id", dest="pack_id", default="headoffice", help="pack id")
    pack.add_argument("--from", dest="source", type=Path, help="folder of TOML files")
    pack.add_argument("-o", "--output", metavar="PACK.fcwpack", type=Path)
    pack.add_argument(
        "--propose", action="store_true", help="print norms derived from the portfolio"
    )
    pack.set_defaults(handler=run_pack)

    exp = actions.add_parser("export", help="the portfolio as a spreadsheet (XLSX)")
    exp.add_argument("--db", metavar="URL", required=True)
    exp.add_argument("-o", "--output", metavar="FILE.xlsx", type=Path, required=True)
    exp.add_argument("--branch", default="")
    exp.add_argument("--industry", default="")
    exp.add_argument("--status", default="")
    exp.set_defaults(handler=run_export)


def run_blacklist(args: argparse.Namespace) -> int:
    from cli.headoffice import connect_or_report
    from domain.errors import ValidationError
    from storage.headoffice.blacklist import add_entry, entries, remove_entry
    from storage.headoffice.db import HeadOfficeDbError

    engine, code = connect_or_report("blacklist", args.db)
    if engine is None:
        return code
    try:
        if args.blacklist_action == "list":
            for e in entries(engine):
                print(f"{e.kind}\t{e.value}\t{e.reason}")
            return EXIT_OK
        if args.blacklist_action == "add":
            new = add_entry(engine, args.kind, args.value, args.reason, args.by)
            say(f"headoffice blacklist: {args.kind} {'added' if new else 'reason updated'}")
            return EXIT_OK
        if not remove_entry(engine, args.kind, args.value):
            say(f"headoffice blacklist: {args.kind} {args.value} is not on the blacklist")
            return EXIT_INVALID
        say(f"headoffice blacklist: {args.kind} removed")
        return EXIT_OK
    except ValidationError as exc:
        say(f"headoffice blacklist: {exc.message.render()}")
        return EXIT_INVALID
    except HeadOfficeDbError as exc:
        say(f"headoffice blacklist: {exc.message.render()}")
        return EXIT_LOCKED
    finally:
        engine.dispose()


def run_pack(args: argparse.Namespace) -> int:
    from cli.headoffice import connect_or_report, load_keys_or_report
    from domain.errors import RulePackError
    from storage.headoffice.db import HeadOfficeDbError
    from storage.headoffice.rulepack_publish import PublishRefused, publish_rule_pack

    if not args.propose and (args.key is None or not args.pack_version or args.output is None):
        say("headoffice pack: give --key KEYFILE --version V -o PACK.fcwpack (or --propose)")
        return EXIT_INVALID
    keys = None
    if not args.propose:
        keys, code = load_keys_or_report("pack", args.key)
        if keys is None:
            return code
    engine, code = connect_or_report("pack", args.db)
    if engine is None:
        return code
    try:
        if args.propose:
            from cli.headoffice_propose import print_proposal

            return print_proposal(engine)
        result = publish_rule_pack(
            engine,
            keys,
            args.pack_version,
            args.output,
            pack_id=args.pack_id,
            source_dir=args.source,
        )
    except (PublishRefused, RulePackError) as exc:
        say(f"headoffice pack: {exc.message.render()}")
        return EXIT_INVALID
    except HeadOfficeDbError as exc:
        say(f"headoffice pack: {exc.message.render()}")
        return EXIT_LOCKED
    except OSError as exc:
        say(f"headoffice pack: cannot write {args.output}: {exc.strerror or exc}")
        return EXIT_INVALID
    finally:
        engine.dispose()
    say(
        f"headoffice pack: {result.pack_id} {result.version} signed for "
        f"{len(result.files)} workstation(s):"
    )
    for path in result.files:
        say(f"  {path}")
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from cli.headoffice import connect_or_report
    from storage.headoffice.db import HeadOfficeDbError
    from storage.headoffice.portfolio_export import export_portfolio
    from storage.headoffice.queries import PortfolioFilter

    if args.output.suffix.lower() != ".xlsx":
        say("headoffice export: the output must be an .xlsx file")
        return EXIT_INVALID
    engine, code = connect_or_report("export", args.db)
    if engine is None:
        return code
    flt = PortfolioFilter(branch=args.branch, industry=args.industry, status=args.status)
    try:
        n = export_portfolio(engine, args.output, flt)
    except HeadOfficeDbError as exc:
        say(f"headoffice export: {exc.message.render()}")
        return EXIT_LOCKED
    except OSError as exc:
        say(f"headoffice export: cannot write {args.output}: {exc.strerror or exc}")
        return EXIT_INVALID
    finally:
        engine.dispose()
    say(f"headoffice export: {n} case(s) → {args.output}")
    return EXIT_OK
