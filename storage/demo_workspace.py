"""A throw-away workspace filled with realistic demo cases (``--demo``, ``demo``).

The demo cases come from :mod:`domain.demo`; they are stored through the same
case store as real work, assessed with the default rule pack so the case list
shows real progress and flag counts, and given a spread of statuses.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from random import Random

from domain.assessment import assess_with_fraud
from domain.case import Attachment, Case, HeadOfficeQuestion
from domain.demo import demo_cases
from domain.enums import CaseStatus, DispositionStatus, Severity
from domain.fraud.dispositions import open_flag_counts, record_disposition
from domain.lifecycle import seed_status
from domain.ports import Actor
from domain.rulepack import RulePack
from domain.workflow import progress_percent, stage_ids
from storage.keyfile import ScryptParams
from storage.rulepack_files import load_rule_pack
from storage.synthetic import small_jpeg, store_photo_bytes
from storage.workspace import Workspace, create_workspace

DEMO_PASSWORD = "Demo-2026-taizhou"
#: The demo head office's key files, left in the demo folder, and the key's passphrase.
DEMO_HEADOFFICE_STEM = "demo-headoffice"
DEMO_HEADOFFICE_PASSPHRASE = "Demo-HO-2026"
DEMO_OFFICER = ("林晓燕", "TZ0417", "3301")

#: Stages an in-field case has finished (the others have all or none).
_IN_FIELD_STAGES = 3

_STATUS_CYCLE = (
    CaseStatus.IN_FIELD,
    CaseStatus.DRAFT,
    CaseStatus.ANALYSED,
    CaseStatus.IN_FIELD,
    CaseStatus.MEMO_PRINTED,
    CaseStatus.EXPORTED,
    CaseStatus.RETURNED,
)

#: Head office's question on the demo's returned cases (the officer answers it).
_DEMO_QUESTION = "请补充经营场所租赁合同的到期日，并说明续租安排。"


def populate_demo(
    workspace: Workspace,
    *,
    count: int = 60,
    seed: int = 2026,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add ``count`` demo cases to ``workspace``; returns how many were added.

    Each case is as far along as its status says, as if an officer had walked
    it through :mod:`domain.lifecycle`: a case past 调查中 has every stage
    finished, its site photo and its red flags decided; a returned case
    carries head office's question, still to answer."""
    today = today or date.today()
    pack = load_rule_pack()
    cases = demo_cases(seed, count, today, norms=pack.industries)
    actor = workspace.actor
    stage_order = stage_ids()
    photos: list[tuple[Case, bytes]] = []
    for i, case in enumerate(cases):
        status = _STATUS_CYCLE[i % len(_STATUS_CYCLE)]
        case.branch = case.branch or actor.branch
        if status == CaseStatus.IN_FIELD:
            case.stages_finished = stage_order[: _IN_FIELD_STAGES - (i // 7) % 2]
        elif status != CaseStatus.DRAFT:
            photos.append((case, _site_photo(case, seed, i)))
            case.stages_finished = list(stage_order)
            _decide_red_flags(case, pack, today, actor)
        if status == CaseStatus.RETURNED:
            asked = datetime.combine(today, time(9, 30)).astimezone()
            case.questions.append(
                HeadOfficeQuestion(
                    question=_DEMO_QUESTION, asked_by="总行授信审批部", asked_at=asked
                )
            )
        seed_status(case, status)
    stored = workspace.store.create_many(cases, actor)
    store_photo_bytes(workspace, photos)
    for i, case in enumerate(stored):
        assessment = assess_with_fraud(case, pack, today=today)
        red, amber = open_flag_counts(case, ((f.rule, f.severity) for f in assessment.flags))
        workspace.store.set_summary_metrics(case.uuid, progress_percent(case), red, amber)
        if progress is not None:
            progress(i + 1, len(stored))
    return len(stored)


def _site_photo(case: Case, seed: int, index: int) -> bytes:
    """The shop-front photo of a visited demo case, taken during its first visit
    where the visit was recorded (its attachment entry is added to the case)."""
    data = small_jpeg(seed, index)
    visit = case.visits[0] if case.visits else None
    taken = visit.started_at + timedelta(minutes=20) if visit and visit.started_at else None
    case.attachments.append(
        Attachment(
            id=str(uuid.UUID(int=Random(seed * 31 + index).getrandbits(128), version=4)),
            filename="经营场所门头.jpg",
            kind="photo",
            mime="image/jpeg",
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            caption="经营场所门头",
            exif_time=taken,
            exif_latitude=visit.latitude if visit else None,
            exif_longitude=visit.longitude if visit else None,
            added_at=taken,
        )
    )
    return data


_CONFIRMED_REASON = "已实地核实，信号属实，已在调查报告中如实披露并据此提出授信建议。"


def _decide_red_flags(case: Case, pack: RulePack, today: date, actor: Actor) -> None:
    """The officer's decision on each red flag of a case past 调查中: confirmed
    with a reason, as the move to 已分析 requires."""
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
    progress: Callable[[int, int], None] | None = None,
) -> Workspace:
    """A new workspace in ``directory`` holding ``count`` demo cases, unlocked.
    ``progress(done, total)`` is told after each case is stored."""
    name, staff_no, branch = DEMO_OFFICER
    workspace = (
        create_workspace(directory, password, name, staff_no, branch)
        if kdf is None
        else create_workspace(directory, password, name, staff_no, branch, kdf=kdf)
    )
    try:
        populate_demo(workspace, count=count, seed=seed, today=today, progress=progress)
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
