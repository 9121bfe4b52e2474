"""``main.py headoffice transfer --db URL CASE --to FINGERPRINT --reason TEXT [--by NAME]``.

Hands a case (UUID or number) from the enrolled key that owns it to another
enrolled key: from then on head office takes that key's packages of the case
and refuses the old one's, and a return's reply is encrypted for the new
workstation. Each transfer is recorded in ``ho_case_transfer`` (case, old
key, new key, reason, who, when), and listed with ``--list``
(docs/SECURITY.md, "Attribution").

Exit 0 done, 2 no such case, a key not enrolled, no reason or nothing to
change, 3 database unreachable.
"""

from __future__ import annotations

import argparse
from typing import Any

from cli.common import EXIT_INVALID, EXIT_LOCKED, EXIT_OK, say


def register(actions: Any) -> None:
    parser = actions.add_parser(
        "transfer", help="hand a case over to another enrolled workstation key (audited)"
    )
    parser.add_argument("--db", metavar="URL", required=True)
    parser.add_argument("case", metavar="CASE", help="UUID or case number")
    parser.add_argument("--to", metavar="FINGERPRINT", help="the new owner's signing fingerprint")
    parser.add_argument("--reason", default="", help="why (required for a transfer)")
    parser.add_argument("--by", default="head office", help="who records the transfer")
    parser.add_argument("--list", action="store_true", help="list the case's transfers instead")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cli.headoffice import connect_or_report
    from domain.ports import Actor
    from storage.case_store import AmbiguousCaseNumber
    from storage.headoffice.db import HeadOfficeDbError
    from storage.headoffice.officers import UnknownOfficerKey
    from storage.headoffice.ownership import TransferRefused, transfer_case

    if not args.list and not args.to:
        say("headoffice transfer: name the new owner's key with --to FINGERPRINT")
        return EXIT_INVALID
    engine, code = connect_or_report("transfer", args.db)
    if engine is None:
        return code
    try:
        if args.list:
            return _list(engine, args.case)
        done = transfer_case(engine, args.case, args.to, args.reason, Actor(args.by, ""))
    except KeyError:
        say(f"headoffice transfer: no case {args.case} in the portfolio")
        return EXIT_INVALID
    except (TransferRefused, UnknownOfficerKey, AmbiguousCaseNumber) as exc:
        say(f"headoffice transfer: {exc.message.render()}")
        return EXIT_INVALID
    except HeadOfficeDbError as exc:
        say(f"headoffice transfer: {exc.message.render()}")
        return EXIT_LOCKED
    finally:
        engine.dispose()
    say(
        f"headoffice transfer: {done.case_number} ({done.case_uuid}) "
        f"{done.from_fingerprint} → {done.to_fingerprint}: {done.reason}"
    )
    return EXIT_OK


def _list(engine: Any, case_id: str) -> int:
    from storage.case_store import SqlCaseStore
    from storage.headoffice.ownership import transfers_of

    case = SqlCaseStore(engine).load(case_id)
    for t in transfers_of(engine, case.uuid):
        print(
            f"{t.at.isoformat()}\t{t.from_fingerprint}\t{t.to_fingerprint}\t"
            f"{t.recorded_by}\t{t.reason}"
        )
    return EXIT_OK
