"""Print the credit memo of a case: assess, build the content, render the PDF.

The one call the command line and the GUI (through ``main.py``) use:
:func:`print_case_memo`. The rule pack defaults to the shipped one; the
assessment includes the fraud flags when ``domain.fraud`` is present.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from domain.case import Case
from domain.i18n import Translate
from domain.memo import Memo, PrintMeta, build_memo
from domain.version import APP_VERSION
from storage.memo_pdf import BatchFailure, Progress, Target, render_memo
from storage.memo_texts import DEFAULT_LANGUAGE, memo_text_file, memo_translate


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
    )
    render_memo(memo, target, memo_translate(language, base_translate))
    return memo


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
