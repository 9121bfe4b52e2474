"""A throw-away workspace filled with realistic demo cases (``--demo``, ``demo``).

The demo cases come from :mod:`domain.demo`; they are stored through the same
case store as real work, assessed with the default rule pack so the case list
shows real progress and flag counts, and given a spread of statuses.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

from domain.assessment import assess_with_fraud
from domain.case import Case
from domain.demo import demo_cases
from domain.enums import CaseStatus, DispositionStatus, Severity
from domain.fraud.dispositions import record_disposition
from domain.ports import Actor
from domain.rulepack import RulePack
from domain.workflow import progress_percent, stage_ids
from storage.keyfile import ScryptParams
from storage.rulepack_files import load_rule_pack
from storage.workspace import Workspace, create_workspace

DEMO_PASSWORD = "Demo-2026-taizhou"
#: The demo head office's key files, left in the demo folder, and the key's passphrase.
DEMO_HEADOFFICE_STEM = "demo-headoffice"
DEMO_HEADOFFICE_PASSPHRASE = "Demo-HO-2026"
DEMO_OFFICER = ("林晓燕", "TZ0417", "3301")

#: How far along the method a case of each status is: stages finished.
_STAGES_DONE = {
    CaseStatus.DRAFT: 0,
    CaseStatus.IN_FIELD: 3,
    CaseStatus.ANALYSED: 7,
    CaseStatus.MEMO_PRINTED: 8,
    CaseStatus.EXPORTED: 8,
    CaseStatus.RETURNED: 7,
}

_STATUS_CYCLE = (
    CaseStatus.IN_FIELD,
    CaseStatus.DRAFT,
    CaseStatus.ANALYSED,
    CaseStatus.IN_FIELD,
    CaseStatus.MEMO_PRINTED,
    CaseStatus.EXPORTED,
    CaseStatus.RETURNED,
)


def populate_demo(
    workspace: Workspace,
    *,
    count: int = 60,
    seed: int = 2026,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add ``count`` demo cases to ``workspace``; returns how many were added."""
    today = today or date.today()
    pack = load_rule_pack()
    cases = demo_cases(seed, count, today, norms=pack.industries)
    actor = workspace.actor
    stage_order = stage_ids()
    for i, case in enumerate(cases):
        case.status = _STATUS_CYCLE[i % len(_STATUS_CYCLE)]
        case.branch = case.branch or actor.branch
        done = _STAGES_DONE.get(case.status, 0) - (i // len(_STATUS_CYCLE)) % 2
        case.stages_finished = stage_order[: max(done, 0)]
        if case.status in _PAST_THE_PRINT_GATE:
            _decide_red_flags(case, pack, today, actor)
    stored = workspace.store.create_many(cases, actor)
    for i, case in enumerate(stored):
        assessment = assess_with_fraud(case, pack, today=today)
        red = sum(1 for f in assessment.flags if f.severity == Severity.RED)
        amber = sum(1 for f in assessment.flags if f.severity == Severity.AMBER)
        workspace.store.set_summary_metrics(case.uuid, progress_percent(case), red, amber)
        if progress is not None:
            progress(i + 1, len(stored))
    return len(stored)


#: Statuses a case reaches only once its memo could be printed: no red flag
#: may still be pending there (domain.fraud.dispositions.can_finalise).
_PAST_THE_PRINT_GATE = (CaseStatus.MEMO_PRINTED, CaseStatus.EXPORTED, CaseStatus.RETURNED)
_CONFIRMED_REASON = "已实地核实，信号属实，已在调查报告中如实披露并据此提出授信建议。"


def _decide_red_flags(case: Case, pack: RulePack, today: date, actor: Actor) -> None:
    """The officer's decision on each red flag of a case whose memo was printed:
    confirmed with a reason, as the print gate requires."""
    ended = [v.ended_at for v in case.visits if v.ended_at is not None]
    at = max(ended) if ended else datetime.combine(today, time(17, 30)).astimezone()
    for flag in assess_with_fraud(case, pack, today=today).flags:
        if flag.severity == Severity.RED:
            record_disposition(
                case,
                flag.rule,
                DispositionStatus.CONFIRMED,
                by=f"{actor.name} ({actor.staff_no})",
                at=at,
                reason=_CONFIRMED_REASON,
            )


def create_demo_workspace(
    directory: Path,
    *,
    password: str = DEMO_PASSWORD,
    count: int = 60,
    seed: int = 2026,
    today: date | None = None,
    kdf: ScryptParams | None = None,
) -> Workspace:
    """A new workspace in ``directory`` holding ``count`` demo cases, unlocked."""
    name, staff_no, branch = DEMO_OFFICER
    workspace = (
        create_workspace(directory, password, name, staff_no, branch)
        if kdf is None
        else create_workspace(directory, password, name, staff_no, branch, kdf=kdf)
    )
    try:
        populate_demo(workspace, count=count, seed=seed, today=today)
        add_demo_headoffice(workspace, password)
    except BaseException:
        workspace.close()
        raise
    return workspace


def add_demo_headoffice(workspace: Workspace, password: str) -> None:
    """A demo head office: ``demo-headoffice.key`` (passphrase
    :data:`DEMO_HEADOFFICE_PASSPHRASE`) and ``demo-headoffice.enrol.json`` in the
    workspace folder, its enrolment imported, so demo cases can be exported
    and imported again."""
    from storage.headoffice_keys import generate_headoffice_files, import_headoffice_enrolment

    _, enrolment, _ = generate_headoffice_files(
        workspace.directory, DEMO_HEADOFFICE_PASSPHRASE, name="演示总行", stem=DEMO_HEADOFFICE_STEM
    )
    import_headoffice_enrolment(workspace, enrolment.read_bytes(), password)


def demo_actor() -> Actor:
    name, staff_no, branch = DEMO_OFFICER
    return Actor(name=name, staff_no=staff_no, branch=branch)
