"""``main.py import-reply --workspace DIR REPLY...``: head office's replies in.

Each reply is verified against head office's enrolment stored in the
workspace and decrypted with the workstation's key; a reply for a case not
here, or signed by another key, is refused. A return adds the questions to
the case and reopens it (status ``returned``); the change is in the case's
history. Exit 0 done, 2 refused or damaged, 3 wrong password or busy
workspace, 4 some of several replies failed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.common import EXIT_INVALID, EXIT_OK, EXIT_PARTIAL, say


def register(sub: Any) -> None:
    parser = sub.add_parser("import-reply", help="import head office's replies to returned cases")
    parser.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    parser.add_argument("replies", metavar="REPLY", type=Path, nargs="+")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cli.export import open_workspace_for
    from storage.headoffice.replies import ReplyRefused, import_reply
    from storage.headoffice_keys import HeadOfficeKeyError
    from storage.package import PackageError

    workspace, code = open_workspace_for("import-reply", getattr(args, "workspace", None))
    if workspace is None:
        return code
    failed = 0
    with workspace:
        for path in args.replies:
            try:
                if not path.is_file():
                    raise FileNotFoundError(path)
                result = import_reply(workspace, path)
            except (ReplyRefused, PackageError, HeadOfficeKeyError) as exc:
                failed += 1
                say(f"import-reply: FAILED {path}: {exc.message.render()}")
                continue
            except OSError as exc:
                failed += 1
                say(f"import-reply: FAILED {path}: cannot read it ({exc.strerror or exc})")
                continue
            if result.added:
                say(
                    f"import-reply: {result.case_number}: {result.decision}, "
                    f"{result.added} question(s) from head office; the case is open again"
                )
            else:
                say(f"import-reply: {result.case_number}: already imported, nothing changed")
    if failed == 0:
        return EXIT_OK
    return EXIT_PARTIAL if failed < len(args.replies) else EXIT_INVALID
