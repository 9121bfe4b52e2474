"""``main.py case ACTION --workspace DIR ...``: a case's journey without a screen.

The same steps the officer takes in the case editor, for scripts and for
officers who prefer the terminal::

    case create   --workspace DIR CASE.json          a new 草稿 case from a case file
    case show     --workspace DIR --case ID [--json] status, next step, what blocks it
    case attach   --workspace DIR --case ID FILE     a site photo (or --kind document)
    case finish   --workspace DIR --case ID (--stage S ... | --all)
    case flags    --workspace DIR --case ID          the fraud flags and their decisions
    case decide   --workspace DIR --case ID --rule R (--confirm | --dismiss | --override)
                  [--reason TEXT]
    case complete --workspace DIR --case ID          完成调查: → 已分析
    case reopen   --workspace DIR --case ID --reason TEXT
    case answer   --workspace DIR --case ID --question N --text TEXT

The memo is printed with ``memo --workspace DIR --case ID`` (the final memo
moves an analysed case to 报告已打印) and the package written with
``export``. Every move goes through :mod:`domain.lifecycle` and is saved with
its audit reason. ``create`` prints the new case's UUID and number on
standard output; ``show --json`` prints the state as JSON. Exit codes: 0 done,
2 refused (the message lists what is in the way), 3 wrong password or busy
workspace.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cli.common import EXIT_INVALID, EXIT_OK, CommandExit, open_cli_workspace, say

ACTIONS = ("create", "show", "attach", "finish", "flags", "decide", "complete", "reopen", "answer")


def register(sub: Any) -> None:
    parser = sub.add_parser("case", help="a case's steps without a screen (create, finish, …)")
    actions = parser.add_subparsers(dest="case_action", metavar="ACTION", required=True)

    def action(name: str, text: str, *, needs_case: bool = True) -> argparse.ArgumentParser:
        p = actions.add_parser(name, help=text)
        p.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS)
        if needs_case:
            p.add_argument("--case", metavar="ID", required=True, help="UUID or case number")
        return p

    create = action("create", "a new draft case from a case file", needs_case=False)
    create.add_argument("case_file", metavar="CASE.json", type=Path)
    show = action("show", "status, next step and what blocks it")
    show.add_argument("--json", action="store_true", help="machine output on standard output")
    attach = action("attach", "attach a site photo or a document")
    attach.add_argument("file", metavar="FILE", type=Path)
    attach.add_argument("--kind", choices=("photo", "document"), default="photo")
    attach.add_argument("--caption", default="")
    finish = action("finish", "finish stages of the method")
    which = finish.add_mutually_exclusive_group(required=True)
    which.add_argument("--stage", action="append", metavar="STAGE", help="a stage id")
    which.add_argument("--all", action="store_true", help="every stage, in order")
    action("flags", "the fraud flags and the decisions on them")
    decide = action("decide", "confirm, dismiss or override a fraud flag")
    decide.add_argument("--rule", required=True, help="the flag's rule id (see: case flags)")
    verdict = decide.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--confirm", action="store_true")
    verdict.add_argument("--dismiss", action="store_true")
    verdict.add_argument("--override", action="store_true", help="go ahead with it pending")
    decide.add_argument("--reason", default="", help="required to dismiss or override")
    action("complete", "complete the investigation (→ analysed)")
    reopen = action("reopen", "reopen an analysed or printed case to change it")
    reopen.add_argument("--reason", required=True)
    answer = action("answer", "answer head office's question")
    answer.add_argument("--question", type=int, required=True, metavar="N", help="1, 2, …")
    answer.add_argument("--text", required=True)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    directory = getattr(args, "workspace", None)
    workspace = open_cli_workspace(directory, "case")
    with workspace:
        try:
            return int(_ACTIONS[args.case_action](workspace, args))
        except KeyError as exc:
            say(f"case: no case {exc.args[0] if exc.args else ''} in {directory}")
            return EXIT_INVALID
        except CommandExit as stop:
            return stop.code


def _refused(error: Any) -> int:
    from domain.lifecycle import MoveRefused

    if isinstance(error, MoveRefused):
        say("case: not done; still needed:")
        for blocker in error.blockers:
            say(f"  - {blocker.message.render()}")
    else:
        say(f"case: {error.message.render()}")
    return EXIT_INVALID


def _context(workspace: Any, case: Any, today: date | None = None) -> Any:
    """The lifecycle's facts for ``case``: its flags under the workspace's rule pack."""
    from domain import lifecycle
    from domain.assessment import assess_with_fraud
    from storage.rulepack_active import load_active_rule_pack
    from storage.workflow_files import load_applicability

    today = today or date.today()
    pack = load_active_rule_pack(workspace)
    assessment = assess_with_fraud(case, pack, today=today)
    return lifecycle.Facts.of(assessment, today, load_applicability())


def _save(workspace: Any, case: Any, reason: str = "", facts: Any = None) -> None:
    """Save with the list's progress and open flag counts, as the editor does."""
    from domain.fraud.dispositions import open_flag_counts
    from domain.workflow import progress_percent

    extra: dict[str, int] = {}
    if facts is not None:
        red, amber = open_flag_counts(case, ((f.rule, f.severity) for f in facts.flags))
        extra = {"progress": progress_percent(case, facts.rules), "red": red, "amber": amber}
    workspace.store.save(case, workspace.actor, reason, **extra)


# ---------------------------------------------------------------- actions


def _create(workspace: Any, args: argparse.Namespace) -> int:
    from domain.case import Officer
    from domain.errors import CaseFormatError
    from domain.lifecycle import new_case_from
    from domain.serialization import case_from_dict
    from storage.export import schema_errors

    try:
        data = json.loads(Path(args.case_file).read_text(encoding="utf-8"))
    except OSError as exc:
        say(f"case: cannot read {args.case_file}: {exc.strerror or exc}")
        return EXIT_INVALID
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        say(f"case: {args.case_file} is not a UTF-8 JSON case file: {exc}")
        return EXIT_INVALID
    problems = schema_errors(data)
    if problems:
        say(f"case: {args.case_file} does not fit the case schema: {'; '.join(problems)}")
        return EXIT_INVALID
    try:
        template = case_from_dict(data)
    except CaseFormatError as exc:
        say(f"case: {exc.message.render()}")
        return EXIT_INVALID
    case = new_case_from(template)
    actor = workspace.actor
    case.officer = Officer(actor.name, actor.staff_no)
    stored = workspace.store.create(case, actor)
    print(json.dumps({"uuid": stored.uuid, "number": stored.number}, ensure_ascii=False))
    say(f"case: created {stored.number} (draft) from {args.case_file}")
    return EXIT_OK


def _show(workspace: Any, args: argparse.Namespace) -> int:
    from domain import lifecycle
    from domain.enums import label
    from domain.workflow import completeness, progress_percent

    case = workspace.store.load(args.case)
    facts = _context(workspace, case)
    move = lifecycle.next_move(case)
    found = lifecycle.blockers(case, move, facts) if move is not None else []
    status = completeness(case, facts.rules)
    state = {
        "uuid": case.uuid,
        "number": case.number,
        "version": case.version,
        "status": str(case.status),
        "status_label": label(case.status),
        "progress": progress_percent(case, facts.rules),
        "stages": {
            sid: {
                "finished": sid in case.stages_finished and st.complete,
                "missing": st.missing_fields,
            }
            for sid, st in status.items()
        },
        "next": str(move) if move is not None else None,
        "blockers": [
            {"message": b.message.render(), "stage": b.stage, "path": b.path, "rule": b.rule}
            for b in found
        ],
        "questions": [{"question": q.question, "answer": q.answer} for q in case.questions],
    }
    if args.json:
        print(json.dumps(state, ensure_ascii=False, indent=1))
        return EXIT_OK
    say(f"{case.number}  {case.display_name}  v{case.version}  {label(case.status)}")
    say(f"progress {state['progress']}%")
    if move is None:
        say("next: nothing to do here (waiting for head office, or archived)")
    else:
        say(f"next: {move}" + (" (possible now)" if not found else ""))
        for b in found:
            say(f"  - {b.message.render()}")
    return EXIT_OK


def _attach(workspace: Any, args: argparse.Namespace) -> int:
    from domain.case import Attachment
    from storage.photo_files import NotAPhoto, read_photo

    case = workspace.store.load(args.case)
    if not _editable(case):
        return EXIT_INVALID
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        say(f"case: cannot read {args.file}: {exc.strerror or exc}")
        return EXIT_INVALID
    attachment = Attachment(filename=Path(args.file).name, kind=args.kind, caption=args.caption)
    if args.kind == "photo":
        try:
            exif, mime = read_photo(data)
        except NotAPhoto:
            say(f"case: {args.file} is not a picture")
            return EXIT_INVALID
        attachment.mime = mime
        attachment.exif_time = exif.taken_at
        attachment.exif_latitude, attachment.exif_longitude = exif.latitude, exif.longitude
    stored = workspace.store.add_attachment(case.uuid, attachment, data, workspace.actor)
    case.attachments.append(stored)
    _save(workspace, case)
    say(f"case: {stored.filename} attached to {case.number}")
    return EXIT_OK


def _finish(workspace: Any, args: argparse.Namespace) -> int:
    from domain import lifecycle
    from domain.invalid_values import invalid_values
    from domain.workflow import finish_stage, stage_ids

    case = workspace.store.load(args.case)
    if not _editable(case):
        return EXIT_INVALID
    facts = _context(workspace, case)
    wanted = stage_ids() if args.all else list(args.stage)
    unknown = [s for s in wanted if s not in stage_ids()]
    if unknown:
        say(f"case: unknown stage {', '.join(unknown)}; stages: {', '.join(stage_ids())}")
        return EXIT_INVALID
    for stage in wanted:
        missing = finish_stage(case, stage, facts.rules)
        wrong = [
            v
            for v in invalid_values(case, facts.today, facts.rules.bounds)
            if lifecycle.stage_of(case, v.path, facts.rules) == stage
        ]
        if missing is not None or wrong:
            if stage in case.stages_finished:
                case.stages_finished.remove(stage)
            say(f"case: stage {stage} not finished:")
            if missing is not None:
                say(f"  - {missing.render()}")
            for value in wrong:
                say(f"  - {lifecycle.invalid_message(value).render()}")
            _save(workspace, case, facts=facts)  # the stages finished before it stay finished
            return EXIT_INVALID
    started = lifecycle.start(case)
    _save(workspace, case, started.reason if started is not None else "", facts)
    say(f"case: {case.number}: finished {', '.join(wanted)}")
    return EXIT_OK


def _flags(workspace: Any, args: argparse.Namespace) -> int:
    from domain.enums import label
    from domain.fraud.dispositions import disposition_of

    case = workspace.store.load(args.case)
    facts = _context(workspace, case)
    for flag in facts.flags:
        d = disposition_of(case, flag.rule)
        decided = label(d.status) if d is not None else "Pending"
        if d is not None and d.override_reason:
            decided += " (override)"
        print(f"{flag.severity}\t{flag.rule}\t{decided}\t{flag.message.render()}")
    return EXIT_OK


def _decide(workspace: Any, args: argparse.Namespace) -> int:
    from domain.enums import DispositionStatus
    from domain.errors import ValidationError
    from domain.fraud.dispositions import record_disposition, record_override

    case = workspace.store.load(args.case)
    if not _editable(case):
        return EXIT_INVALID
    facts = _context(workspace, case)
    if args.rule not in {f.rule for f in facts.flags}:
        say(f"case: {case.number} has no flag {args.rule} (see: case flags)")
        return EXIT_INVALID
    by = f"{workspace.actor.name} ({workspace.actor.staff_no})"
    at = datetime.now().astimezone()
    try:
        if args.override:
            record_override(case, args.rule, reason=args.reason, by=by, at=at)
        else:
            status = DispositionStatus.CONFIRMED if args.confirm else DispositionStatus.DISMISSED
            record_disposition(case, args.rule, status, by=by, at=at, reason=args.reason)
    except ValidationError as exc:
        return _refused(exc)
    _save(workspace, case, facts=facts)
    say(f"case: {args.rule} recorded on {case.number}")
    return EXIT_OK


def _complete(workspace: Any, args: argparse.Namespace) -> int:
    from domain import lifecycle

    case = workspace.store.load(args.case)
    facts = _context(workspace, case)
    try:
        change = lifecycle.complete(case, facts)
    except lifecycle.MoveRefused as refused:
        return _refused(refused)
    _save(workspace, case, change.reason, facts)
    say(f"case: {case.number} is analysed")
    return EXIT_OK


def _reopen(workspace: Any, args: argparse.Namespace) -> int:
    from domain import lifecycle

    case = workspace.store.load(args.case)
    try:
        change = lifecycle.reopen(case, args.reason)
    except lifecycle.MoveRefused as refused:
        return _refused(refused)
    _save(workspace, case, change.reason)
    say(f"case: {case.number} is reopened")
    return EXIT_OK


def _answer(workspace: Any, args: argparse.Namespace) -> int:
    from domain import lifecycle

    case = workspace.store.load(args.case)
    if not _editable(case):
        return EXIT_INVALID
    if not 1 <= args.question <= len(case.questions):
        say(f"case: {case.number} has {len(case.questions)} questions from head office")
        return EXIT_INVALID
    if not args.text.strip():
        say("case: the answer is empty")
        return EXIT_INVALID
    lifecycle.answer(case, args.question, args.text, datetime.now().astimezone())
    _save(workspace, case)
    say(f"case: question {args.question} of {case.number} answered")
    return EXIT_OK


def _editable(case: Any) -> bool:
    from domain import lifecycle
    from domain.enums import label

    if case.status in lifecycle.EDITABLE:
        return True
    say(
        f"case: {case.number} is {label(case.status)} and cannot be changed"
        + (" (reopen it first)" if case.status in lifecycle.FROM[lifecycle.Move.REOPEN] else "")
    )
    return False


_ACTIONS = {
    "create": _create,
    "show": _show,
    "attach": _attach,
    "finish": _finish,
    "flags": _flags,
    "decide": _decide,
    "complete": _complete,
    "reopen": _reopen,
    "answer": _answer,
}

if __name__ == "__main__":  # pragma: no cover
    sys.exit("run through main.py: uv run main.py case --help")
