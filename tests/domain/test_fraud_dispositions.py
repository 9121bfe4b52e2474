"""Officer dispositions and the finalise gate."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from domain.enums import DispositionStatus, FraudCategory, Severity
from domain.errors import ValidationError
from domain.fraud.base import make_flag
from domain.fraud.dispositions import (
    can_finalise,
    record_disposition,
    record_override,
    status_of,
    tick_checklist,
)
from domain.i18n import Message
from tests.domain.fraud_support import clean_case

AT = datetime(2026, 11, 2, 10, 30, tzinfo=timezone(timedelta(hours=8)))
RED = make_flag("seal.name_mismatch", FraudCategory.SEAL, Severity.RED, Message("x"))
AMBER = make_flag("site.photo_far_from_visit", FraudCategory.SITE, Severity.AMBER, Message("y"))


def test_a_pending_red_flag_blocks_finalising_and_is_named() -> None:
    ok, message = can_finalise(clean_case(), [RED, AMBER])
    assert not ok
    # named by the rule's title, not its machine id
    assert "Seal name differs from the licence" in message.render()
    assert "seal.name_mismatch" not in message.render()
    assert "site.photo_far_from_visit" not in message.render()


def test_a_pending_amber_flag_does_not_block() -> None:
    assert can_finalise(clean_case(), [AMBER])[0]


def test_dismissing_needs_a_written_reason() -> None:
    case = clean_case()
    with pytest.raises(ValidationError):
        record_disposition(
            case, RED.rule, DispositionStatus.DISMISSED, by="张敏", at=AT, reason=" "
        )
    assert case.dispositions == []


def test_a_dismissed_red_flag_records_who_when_and_why_and_unblocks() -> None:
    case = clean_case()
    record_disposition(
        case, RED.rule, DispositionStatus.DISMISSED, by="张敏", at=AT, reason="分店印章，已核对备案"
    )
    (d,) = case.dispositions
    assert (d.rule, d.status, d.by, d.at, d.reason) == (
        "seal.name_mismatch",
        DispositionStatus.DISMISSED,
        "张敏",
        AT,
        "分店印章，已核对备案",
    )
    assert can_finalise(case, [RED])[0]


def test_a_confirmed_red_flag_no_longer_blocks_finalising() -> None:
    case = clean_case()
    record_disposition(case, RED.rule, DispositionStatus.CONFIRMED, by="张敏", at=AT)
    assert status_of(case, RED.rule) == DispositionStatus.CONFIRMED
    assert can_finalise(case, [RED])[0]


def test_an_override_reason_lets_a_pending_red_flag_through() -> None:
    case = clean_case()
    record_override(case, RED.rule, reason="总行要求先上报", by="张敏", at=AT)
    assert status_of(case, RED.rule) == DispositionStatus.PENDING
    assert case.dispositions[0].override_reason == "总行要求先上报"
    assert can_finalise(case, [RED])[0]


def test_an_empty_override_reason_is_refused() -> None:
    with pytest.raises(ValidationError):
        record_override(clean_case(), RED.rule, reason="", by="张敏", at=AT)


def test_deciding_again_replaces_the_earlier_decision() -> None:
    case = clean_case()
    record_disposition(case, RED.rule, DispositionStatus.DISMISSED, by="张敏", at=AT, reason="a")
    record_disposition(case, RED.rule, DispositionStatus.PENDING, by="陈立", at=AT)
    assert len(case.dispositions) == 1
    assert not can_finalise(case, [RED])[0]


def test_a_checklist_tick_records_who_and_when() -> None:
    case = clean_case()
    tick_checklist(case, FraudCategory.SEAL, "registered_seal", True, by="陈立", at=AT)
    tick_checklist(case, FraudCategory.SEAL, "registered_seal", False, by="张敏", at=AT)
    (t,) = case.checklist
    assert (t.category, t.item, t.checked, t.by, t.at) == (
        FraudCategory.SEAL,
        "registered_seal",
        False,
        "张敏",
        AT,
    )
