"""``main.py rulepack import --workspace DIR PACK`` / ``rulepack show --workspace DIR``.

A pack is installed only when signed by the head-office key stored in the
workspace (``keys import-headoffice``) and encrypted for this workstation;
the pack it replaces is kept as the previous one. Assessments then record
the new pack's id and version. Exit 0 done, 2 refused or damaged, 3 wrong
password or busy workspace.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.common import EXIT_INVALID, EXIT_OK, say


def register(sub: Any) -> None:
    parser = sub.add_parser("rulepack", help="install head office's signed rule packs")
    actions = parser.add_subparsers(dest="rulepack_command", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="verify and install a rule pack")
    imp.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    imp.add_argument("pack", metavar="PACK", type=Path)
    imp.set_defaults(handler=run_import)
    show = actions.add_parser("show", help="the active and previous rule pack")
    show.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
    show.set_defaults(handler=run_show)


def run_import(args: argparse.Namespace) -> int:
    from cli.export import open_workspace_for
    from domain.errors import RulePackError
    from storage.headoffice_keys import HeadOfficeKeyError
    from storage.package import PackageError
    from storage.rulepack_active import RulePackRefused, install_rule_pack

    workspace, code = open_workspace_for("rulepack import", getattr(args, "workspace", None))
    if workspace is None:
        return code
    with workspace:
        try:
            if not args.pack.is_file():
                raise FileNotFoundError(args.pack)
            result = install_rule_pack(workspace, args.pack)
        except (RulePackRefused, PackageError, RulePackError, HeadOfficeKeyError) as exc:
            say(f"rulepack import: FAILED {args.pack}: {exc.message.render()}")
            return EXIT_INVALID
        except OSError as exc:
            say(f"rulepack import: cannot read {args.pack} ({exc.strerror or exc})")
            return EXIT_INVALID
    if not result.changed:
        say(f"rulepack import: {result.pack_id} {result.version} is installed already")
    else:
        kept = (
            f"; previous {result.previous[0]} {result.previous[1]} kept" if result.previous else ""
        )
        say(f"rulepack import: {result.pack_id} {result.version} installed{kept}")
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    from cli.export import open_workspace_for
    from storage.rulepack_active import load_active_rule_pack, previous_rule_pack

    workspace, code = open_workspace_for("rulepack show", getattr(args, "workspace", None))
    if workspace is None:
        return code
    with workspace:
        pack = load_active_rule_pack(workspace)
        previous = previous_rule_pack(workspace)
    print(f"active\t{pack.id}\t{pack.version}")
    if previous is not None:
        print(f"previous\t{previous[0]}\t{previous[1]}")
    return EXIT_OK
