"""The demo workspace tells a consistent story."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from domain.assessment import assess_with_fraud
from domain.enums import CaseStatus, DispositionStatus, Severity
from domain.fraud.dispositions import can_finalise, status_of
from storage.demo_workspace import create_demo_workspace
from storage.rulepack_files import load_rule_pack
from tests.storage.workspace_fixtures import FAST_KDF

TODAY = date(2026, 11, 27)
PRINTED = (CaseStatus.MEMO_PRINTED, CaseStatus.EXPORTED, CaseStatus.RETURNED)


def test_no_case_whose_memo_was_printed_still_has_a_pending_red_flag(tmp_path: Path) -> None:
    pack = load_rule_pack()
    confirmed = 0
    with create_demo_workspace(tmp_path / "demo", kdf=FAST_KDF, today=TODAY) as ws:
        for uuid, _number in ws.store.case_ids():
            case = ws.store.load(uuid)
            if case.status not in PRINTED:
                continue
            flags = assess_with_fraud(case, pack, today=TODAY).flags
            allowed, message = can_finalise(case, flags)
            assert allowed, (case.number, message.render())
            for flag in flags:
                if flag.severity == Severity.RED:
                    assert status_of(case, flag.rule) == DispositionStatus.CONFIRMED
                    confirmed += 1
    assert confirmed > 0  # the demo does carry printed cases with red flags
