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
    except (ReviewRefused, UnknownOfficerKey) as exc:
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
