"""The case lifecycle: which moves are possible from which status, and what blocks them."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from domain import lifecycle
from domain.audit_reasons import audit_message
from domain.case import Attachment, Case, HeadOfficeQuestion
from domain.enums import CaseStatus, DispositionStatus, FraudCategory, Severity
from domain.fraud.base import FraudFlag
from domain.fraud.dispositions import record_disposition, record_override
from domain.i18n import Message
from domain.lifecycle import Facts, Move, MoveRefused
from domain.paths import resource_path
from domain.serialization import case_from_dict
from domain.workflow import stage_ids

TODAY = date(2026, 12, 7)
FACTS = Facts(today=TODAY)
AT = datetime(2026, 12, 7, 10, 0)


def ready_case() -> Case:
    """The clean restaurant example with its site photo and every stage finished."""
    data = json.loads(resource_path("examples", "clean_restaurant.json").read_text("utf-8"))
    case = case_from_dict(data)
    lifecycle.seed_status(case, CaseStatus.IN_FIELD)
    case.attachments.append(Attachment(id="p1", kind="photo", filename="门面.jpg"))
    case.stages_finished = stage_ids()
    return case


def red_flag(rule: str = "site.photo_far") -> FraudFlag:
    return FraudFlag(rule, FraudCategory.SITE, Severity.RED, Message("x"))


def test_a_case_with_every_stage_finished_and_no_flags_completes_to_analysed() -> None:
    case = ready_case()
    change = lifecycle.complete(case, FACTS)
    assert case.status == CaseStatus.ANALYSED
    assert (change.old, change.new, change.move) == (
        CaseStatus.IN_FIELD,
        CaseStatus.ANALYSED,
        Move.COMPLETE,
    )
    assert audit_message(change.reason) == Message("investigation completed", {})


def test_an_unfinished_stage_blocks_completion_and_names_the_stage() -> None:
    case = ready_case()
    case.stages_finished.remove("meters")
    with pytest.raises(MoveRefused) as refused:
        lifecycle.complete(case, FACTS)
    assert case.status == CaseStatus.IN_FIELD  # nothing moved
    (blocker,) = refused.value.blockers
    assert blocker.stage == "meters"
    assert blocker.message.render() == "Stage Meters is not finished."


def test_a_finished_stage_whose_required_field_was_emptied_blocks_completion() -> None:
    case = ready_case()
    case.attachments.clear()  # the site photos are required in 下户调查
    found = lifecycle.blockers(case, Move.COMPLETE, FACTS)
    assert [b.stage for b in found] == ["visit"]


def test_a_wrong_id_check_digit_blocks_completion_and_points_at_the_field() -> None:
    case = ready_case()
    case.applicant.owner.id_number = "110105194912310021"  # DOMAIN.md §8: not valid
    found = lifecycle.blockers(case, Move.COMPLETE, FACTS)
    assert [(b.path, b.stage) for b in found] == [("applicant/owner/id_number", "visit")]
    assert found[0].message.render().startswith("Owner ID number: ")


def test_a_ten_digit_mobile_and_a_visit_ending_before_it_starts_both_block() -> None:
    case = ready_case()
    case.applicant.owner.phone = "1380013800"
    case.visits[0].started_at = datetime(2026, 12, 1, 14, 0)
    case.visits[0].ended_at = datetime(2026, 12, 1, 9, 0)
    paths = [b.path for b in lifecycle.blockers(case, Move.COMPLETE, FACTS)]
    assert paths == ["applicant/owner/phone", "visits/0/ended_at"]


def test_a_pending_red_flag_blocks_until_it_is_confirmed_dismissed_or_overridden() -> None:
    flag = red_flag()
    for settle in ("confirm", "dismiss", "override"):
        case = ready_case()
        facts = Facts(flags=[flag], today=TODAY)
        (blocker,) = lifecycle.blockers(case, Move.COMPLETE, facts)
        assert (blocker.rule, blocker.stage) == (flag.rule, "verification")
        if settle == "confirm":
            record_disposition(case, flag.rule, DispositionStatus.CONFIRMED, by="王", at=AT)
        elif settle == "dismiss":
            record_disposition(
                case, flag.rule, DispositionStatus.DISMISSED, by="王", at=AT, reason="照片在仓库拍"
            )
        else:
            record_override(case, flag.rule, reason="总行同意先行上报", by="王", at=AT)
        assert lifecycle.blockers(case, Move.COMPLETE, facts) == []


def test_an_amber_flag_never_blocks() -> None:
    case = ready_case()
    amber = FraudFlag("income.round_sums", FraudCategory.INCOME, Severity.AMBER, Message("x"))
    assert lifecycle.blockers(case, Move.COMPLETE, Facts(flags=[amber], today=TODAY)) == []


def test_the_journey_of_statuses_from_draft_to_returned_and_back_to_exported() -> None:
    case = ready_case()
    lifecycle.seed_status(case, CaseStatus.DRAFT)
    assert lifecycle.start(case) is not None and case.status == CaseStatus.IN_FIELD
    assert lifecycle.start(case) is None  # only once
    assert lifecycle.next_move(case) == Move.COMPLETE
    lifecycle.complete(case, FACTS)
    assert lifecycle.next_move(case) == Move.PRINT
    change = lifecycle.record_print(case, FACTS, "memo.pdf")
    assert change is not None and case.status == CaseStatus.MEMO_PRINTED
    assert lifecycle.record_print(case, FACTS, "memo2.pdf") is None  # a reprint keeps the status
    assert lifecycle.next_move(case) == Move.EXPORT
    lifecycle.record_export(case, FACTS, "3301-x-v5.fcwpkg")
    assert case.status == CaseStatus.EXPORTED and lifecycle.next_move(case) is None
    case.questions.append(HeadOfficeQuestion(question="租约到期日？", asked_by="李"))
    lifecycle.record_return(case, reviewer="李审批", comment="请补充")
    assert case.status == CaseStatus.RETURNED
    (blocker,) = lifecycle.blockers(case, Move.EXPORT, FACTS)
    assert blocker.path == "questions/0/answer"
    case.questions[0].answer = "2028-06-30"
    lifecycle.record_export(case, FACTS, "3301-x-v7.fcwpkg")
    assert case.status == CaseStatus.EXPORTED


def test_an_analysed_case_cannot_be_exported_before_its_memo_is_printed() -> None:
    case = ready_case()
    lifecycle.complete(case, FACTS)
    with pytest.raises(MoveRefused) as refused:
        lifecycle.record_export(case, FACTS, "x.fcwpkg")
    assert refused.value.blockers[0].message.render() == "Not possible while the case is Analysed."
    assert case.status == CaseStatus.ANALYSED


def test_the_final_memo_is_refused_while_an_invalid_value_is_in_the_case() -> None:
    case = ready_case()
    lifecycle.complete(case, FACTS)
    case.applicant.owner.phone = "12345"
    with pytest.raises(MoveRefused):
        lifecycle.record_print(case, FACTS, "memo.pdf")
    assert case.status == CaseStatus.ANALYSED


def test_reopening_needs_a_reason_and_goes_back_to_in_field() -> None:
    case = ready_case()
    lifecycle.complete(case, FACTS)
    with pytest.raises(MoveRefused):
        lifecycle.reopen(case, "  ")
    change = lifecycle.reopen(case, "客户补充了租赁合同")
    assert case.status == CaseStatus.IN_FIELD
    assert audit_message(change.reason) == Message(
        "reopened: {reason}", {"reason": "客户补充了租赁合同"}
    )


def test_only_draft_in_field_and_returned_cases_are_edited() -> None:
    assert {CaseStatus.DRAFT, CaseStatus.IN_FIELD, CaseStatus.RETURNED} == lifecycle.EDITABLE


def test_an_archived_case_cannot_be_archived_again_and_every_other_status_can() -> None:
    for status in CaseStatus:
        case = ready_case()
        lifecycle.seed_status(case, status)
        if status == CaseStatus.ARCHIVED:
            with pytest.raises(MoveRefused):
                lifecycle.archive(case, "x")
        else:
            assert lifecycle.archive(case, "客户撤回申请").new == CaseStatus.ARCHIVED


def test_the_status_order_follows_the_method() -> None:
    assert tuple(CaseStatus) == lifecycle.ORDER
    assert set(lifecycle.ORDER) == set(CaseStatus)


def test_approving_over_a_decline_reason_without_a_justification_blocks_and_points_at_it() -> None:
    from types import SimpleNamespace

    case = ready_case()
    # the assessment asks for a justification (e.g. an instalment above the limit)
    assessment = SimpleNamespace(flags=[], justification_needed=["instalment"])
    facts = Facts.of(assessment, TODAY)
    (blocker,) = lifecycle.blockers(case, Move.COMPLETE, facts)
    assert (blocker.stage, blocker.path) == ("conclusion", "proposal/justification")
    case.proposal.justification = "配偶另有稳定工资收入，已核实银行流水"
    assert lifecycle.blockers(case, Move.COMPLETE, facts) == []
