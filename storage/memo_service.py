"""Print the credit memo of a case: assess, build the content, render the PDF.

The one call the command line and the GUI (through ``main.py``) use:
:func:`print_case_memo`. The rule pack defaults to the shipped one; the
assessment includes the fraud flags when ``domain.fraud`` is present.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from domain.case import Case
from domain.i18n import Message, Translate
from domain.memo import Memo, PrintMeta, build_memo
from domain.version import APP_VERSION
from storage.memo_pdf import BatchFailure, Progress, Target, render_memo
from storage.memo_texts import DEFAULT_LANGUAGE, memo_text_file, memo_translate

if TYPE_CHECKING:
    from storage.workspace import Workspace


def assess_case(case: Case, pack: Any, today: Any, other_cases: Sequence[Case] = ()) -> Any | None:
    """The case's assessment with its fraud flags, or ``None`` when the
    assessment module is not available (the memo then says "not assessed")."""
    try:
        assessment = importlib.import_module("domain.assessment")
    except ImportError:
        return None
    return assessment.assess_with_fraud(case, pack, today=today, other_cases=other_cases)


def case_memo(
    case: Case,
    *,
    print_time: datetime,
    language: str = DEFAULT_LANGUAGE,
    printed_by: str = "",
    pack: Any | None = None,
    other_cases: Sequence[Case] = (),
    draft: bool = False,
    draft_reason: Message | None = None,
) -> Memo:
    """The memo content of ``case`` as printed at ``print_time``.

    Raises ``domain.memo.MemoBlocked`` while a red flag is pending without an
    override reason, unless ``draft`` (the memo is then marked DRAFT)."""
    if pack is None:
        from storage.rulepack_files import load_rule_pack

        pack = load_rule_pack()
    assessment = assess_case(case, pack, print_time.date(), other_cases)
    meta = PrintMeta(
        print_time=print_time,
        language=language,
        printed_by=printed_by,
        rule_pack_id=str(getattr(pack, "id", "")),
        rule_pack_version=str(getattr(pack, "version", "")),
        app_version=APP_VERSION,
        draft=draft,
        draft_reason=draft_reason,
    )
    return build_memo(case, meta, assessment=assessment, pack=pack, texts=memo_text_file().texts)


def print_case_memo(
    case: Case,
    target: Target,
    *,
    print_time: datetime,
    language: str = DEFAULT_LANGUAGE,
    printed_by: str = "",
    pack: Any | None = None,
    base_translate: Translate | None = None,
    other_cases: Sequence[Case] = (),
    draft: bool = False,
    draft_reason: Message | None = None,
) -> Memo:
    """Assess ``case``, build its memo and write the PDF to ``target``.

    ``base_translate`` is the GUI's Qt translate function; the memo's own
    Chinese table fills what it lacks (the command line passes none).
    """
    memo = case_memo(
        case,
        print_time=print_time,
        language=language,
        printed_by=printed_by,
        pack=pack,
        other_cases=other_cases,
        draft=draft,
        draft_reason=draft_reason,
    )
    render_memo(memo, target, memo_translate(language, base_translate))
    return memo


def write_memo_file(case: Case, target: Path, **options: Any) -> Memo:
    """:func:`print_case_memo` into the file ``target``, written whole: a
    temporary file first, renamed over the target once complete (on Windows
    retried while a viewer holds the old file; ``storage.fsops``). Nothing is
    left behind when it fails."""
    from storage import fsops

    partial = target.with_name(target.name + ".part")
    try:
        with partial.open("wb") as stream:
            memo = print_case_memo(case, stream, **options)
        fsops.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return memo


def print_workspace_memo(
    workspace: Workspace,
    case_id: str,
    target: Path,
    *,
    print_time: datetime,
    language: str = DEFAULT_LANGUAGE,
    base_translate: Translate | None = None,
    draft: bool = False,
) -> Path:
    """Print the memo of a workspace case to ``target``, written whole
    (a temporary file, then renamed).

    The final memo (not ``draft``) is printed only when
    :func:`domain.lifecycle.final_memo_blockers` finds nothing in the way
    (``MemoBlocked`` says what is, otherwise); printing it moves an analysed
    case to 报告已打印, with an audit entry naming the file. A draft is always
    printed, marked as such, and moves nothing. Every print is written to the
    case's access log."""
    from domain import lifecycle
    from domain.memo import MemoBlocked
    from storage.rulepack_active import load_active_rule_pack
    from storage.workflow_files import load_applicability

    case = workspace.store.load(case_id)
    pack = load_active_rule_pack(workspace)  # head office's installed pack, else the default
    today = print_time.date()
    assessment = assess_case(case, pack, today)
    facts = lifecycle.Facts.of(assessment, today, load_applicability())
    found = lifecycle.final_memo_blockers(case, facts)
    if found and not draft:
        raise MemoBlocked(lifecycle.explain(found))
    write_memo_file(
        case,
        target,
        print_time=print_time,
        language=language,
        printed_by=workspace.actor.name,
        pack=pack,
        base_translate=base_translate,
        draft=draft,
        draft_reason=lifecycle.explain(found) if found else None,
    )
    if not draft:
        change = lifecycle.record_print(case, facts, target.name)
        if change is not None:
            workspace.store.save(case, workspace.actor, reason=change.reason)
    workspace.store.record_access(case.uuid, workspace.actor, "print")
    return target


def print_case_memos(
    jobs: Iterable[tuple[Case, Target]],
    *,
    print_time: datetime,
    language: str = DEFAULT_LANGUAGE,
    printed_by: str = "",
    pack: Any | None = None,
    base_translate: Translate | None = None,
    draft: bool = False,
    progress: Progress | None = None,
    on_printed: Callable[[Case], None] | None = None,
) -> list[BatchFailure]:
    """Print the memo of each ``(case, target)``; a failing case (blocked by a
    pending red flag, unwritable target, …) is reported and the batch goes on.

    ``progress(done, total)`` follows each case; returning ``False`` stops.
    ``on_printed(case)`` lets the caller write the access log.
    """
    from domain.errors import DomainError

    if pack is None:
        from storage.rulepack_files import load_rule_pack

        pack = load_rule_pack()
    items = list(jobs)
    failures: list[BatchFailure] = []
    translate = memo_translate(language, base_translate)
    for done, (case, target) in enumerate(items, start=1):
        try:
            memo = case_memo(
                case,
                print_time=print_time,
                language=language,
                printed_by=printed_by,
                pack=pack,
                draft=draft,
            )
            render_memo(memo, target, translate)
            if on_printed is not None:
                on_printed(case)
        except DomainError as exc:
            failures.append(BatchFailure(str(target), exc.message.render(translate)))
        except Exception as exc:  # one bad case must not sink the batch
            failures.append(BatchFailure(str(target), f"{type(exc).__name__}: {exc}"))
        if progress is not None and progress(done, len(items)) is False:
            break
    return failures
