"""Review at head office, the signed reply, and its import at the workstation."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from domain.enums import CaseStatus
from storage import ecies
from storage.headoffice.officers import enrol_officer
from storage.headoffice.portfolio import import_into_portfolio
from storage.headoffice.replies import ReplyRefused, import_reply, read_reply
from storage.headoffice.review import ReviewRefused, record_review, reviews_of
from storage.keys import KeyPairs
from storage.package import PackageError, verify
from tests.headoffice.pg_fixtures import (
    REVIEWER,
    Station,
    add_case,
    engine,
    needs_pg,
    pg_url,
    station,
)
from tests.storage.export_fixtures import HEAD_OFFICE

pytestmark = needs_pg
__all__ = ["engine", "pg_url"]
QUESTIONS = ("请补充近六个月电费单", "担保人收入证明是否原件？")


def _in_portfolio(engine: Engine, tmp_path: Path) -> tuple[Station, str]:
    st = station(tmp_path / "a")
    enrol_officer(engine, st.enrolment())
    case = add_case(st)
    import_into_portfolio(engine, st.export(case), HEAD_OFFICE, REVIEWER)
    return st, case.uuid


def test_a_return_writes_a_reply_signed_by_head_office_for_the_officers_key(
    engine: Engine, tmp_path: Path
) -> None:
    st, case_uuid = _in_portfolio(engine, tmp_path)
    result = record_review(
        engine, case_uuid, "return", "材料不全", REVIEWER,
        questions=QUESTIONS, keys=HEAD_OFFICE, out_dir=tmp_path / "replies",
    )  # fmt: skip
    assert result.reply is not None
    verified, _ = verify(result.reply)
    assert verified.envelope["kind"] == "reply"
    assert verified.sender_fingerprint == ecies.fingerprint(HEAD_OFFICE.signing_public)
    assert verified.recipient_fingerprint == _encryption_fp(st)
    (stored,) = reviews_of(engine, case_uuid)
    assert (stored.decision, stored.comment) == ("return", "材料不全")
    assert stored.questions == list(QUESTIONS)
    assert stored.reply_file == result.reply.name


def _encryption_fp(st: Station) -> str:
    from storage.keys import parse_enrolment

    return parse_enrolment(st.enrolment()).encryption_fingerprint


def test_the_workstation_takes_the_reply_the_case_is_returned_with_the_questions_in_its_history(
    engine: Engine, tmp_path: Path
) -> None:
    st, case_uuid = _in_portfolio(engine, tmp_path)
    result = record_review(
        engine, case_uuid, "return", "材料不全", REVIEWER,
        questions=QUESTIONS, keys=HEAD_OFFICE, out_dir=tmp_path / "replies",
    )  # fmt: skip
    assert result.reply is not None
    before = len(st.ws.store.history(case_uuid))

    done = import_reply(st.ws, result.reply)

    case = st.ws.store.load(case_uuid)
    assert done.added == 2
    assert case.status == CaseStatus.RETURNED
    assert [q.question for q in case.questions] == list(QUESTIONS)
    assert {q.asked_by for q in case.questions} == {"李审批 (H0007)"}
    history = st.ws.store.history(case_uuid)
    assert len(history) > before
    status_change = next(e for e in history[before:] if e.field == "status")
    assert (status_change.old, status_change.new) == ("exported", "returned")
    assert status_change.reason == "returned by head office (李审批 (H0007)): 材料不全"
    assert st.ws.store.verify_history(case_uuid).ok
    # the same reply again changes nothing
    assert import_reply(st.ws, result.reply).added == 0
    assert len(st.ws.store.history(case_uuid)) == len(history)


def test_the_answered_case_goes_back_and_head_office_stores_the_answers(
    engine: Engine, tmp_path: Path
) -> None:
    st, case_uuid = _in_portfolio(engine, tmp_path)
    reply = record_review(
        engine, case_uuid, "return", "", REVIEWER,
        questions=QUESTIONS[:1], keys=HEAD_OFFICE, out_dir=tmp_path / "replies",
    ).reply  # fmt: skip
    assert reply is not None
    import_reply(st.ws, reply)
    case = st.ws.store.load(case_uuid)
    case.questions[0].answer = "已补充 2026年5-10月电费单"
    st.ws.store.save(case, st.ws.actor)
    again = import_into_portfolio(
        engine, st.export(st.ws.store.load(case_uuid)), HEAD_OFFICE, REVIEWER
    )
    assert again.result.outcome == "replaced"
    with engine.connect() as conn:
        payload = conn.execute(text("SELECT payload FROM case_row")).scalar_one()
    assert "已补充 2026年5-10月电费单" in payload


def test_a_reply_for_a_case_not_in_the_workspace_is_refused_and_changes_nothing(
    engine: Engine, tmp_path: Path
) -> None:
    st, case_uuid = _in_portfolio(engine, tmp_path)
    reply = record_review(
        engine, case_uuid, "return", "", REVIEWER,
        questions=QUESTIONS, keys=HEAD_OFFICE, out_dir=tmp_path / "replies",
    ).reply  # fmt: skip
    assert reply is not None
    # another workstation of the same head office cannot even decrypt it
    other = station(tmp_path / "b")
    with pytest.raises(PackageError, match="encrypted for key"):
        import_reply(other.ws, reply)
    # the right workstation, but the case is no longer there
    with st.ws.engine.begin() as conn:
        conn.execute(text("DELETE FROM access_entry WHERE case_uuid = :u"), {"u": case_uuid})
        conn.execute(text("DELETE FROM attachment WHERE case_uuid = :u"), {"u": case_uuid})
        conn.execute(text("DELETE FROM audit_entry WHERE case_uuid = :u"), {"u": case_uuid})
        conn.execute(text("DELETE FROM case_row WHERE uuid = :u"), {"u": case_uuid})
    with pytest.raises(ReplyRefused, match="not in this workspace"):
        import_reply(st.ws, reply)


def test_a_reply_signed_by_an_unknown_key_is_refused_naming_the_fingerprint(
    engine: Engine, tmp_path: Path
) -> None:
    st, case_uuid = _in_portfolio(engine, tmp_path)
    impostor = KeyPairs.generate()
    reply = record_review(
        engine, case_uuid, "return", "", REVIEWER,
        questions=QUESTIONS, keys=impostor, out_dir=tmp_path / "replies",
    ).reply  # fmt: skip
    assert reply is not None
    fp = ecies.fingerprint(impostor.signing_public)
    with pytest.raises(ReplyRefused, match=fp):
        read_reply(st.ws, reply)
    assert st.ws.store.load(case_uuid).questions == []


def test_a_return_without_questions_is_refused_and_nothing_is_recorded(
    engine: Engine, tmp_path: Path
) -> None:
    _, case_uuid = _in_portfolio(engine, tmp_path)
    with pytest.raises(ReviewRefused, match="at least one question"):
        record_review(engine, case_uuid, "return", "", REVIEWER, keys=HEAD_OFFICE, out_dir=tmp_path)
    record_review(engine, case_uuid, "approve", "同意", REVIEWER)
    assert [r.decision for r in reviews_of(engine, case_uuid)] == ["approve"]
    assert not list(tmp_path.glob("*.fcwreply"))
