"""Packages from many officers into head office's PostgreSQL portfolio."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text

from domain.enums import CaseStatus
from storage.headoffice.officers import UnknownOfficerKey, enrol_officer
from storage.headoffice.portfolio import import_into_portfolio, matches_of
from storage.headoffice.tables import case_meta, match
from storage.import_case import IMPORTED, REPLACED, UNCHANGED
from storage.keys import KeyPairs
from storage.package import PackageError
from tests.headoffice.pg_fixtures import REVIEWER, add_case, engine, needs_pg, pg_url, station
from tests.storage.export_fixtures import HEAD_OFFICE

pytestmark = needs_pg
__all__ = ["engine", "pg_url"]


def _count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_an_enrolled_officers_package_is_imported_once_and_a_newer_version_replaces_it(
    engine: Engine, tmp_path: Path
) -> None:
    st = station(tmp_path / "a")
    enrol_officer(engine, st.enrolment())
    case = add_case(st)
    first = st.export(case)

    done = import_into_portfolio(engine, first, HEAD_OFFICE, REVIEWER)
    again = import_into_portfolio(engine, first, HEAD_OFFICE, REVIEWER)
    assert (done.result.outcome, again.result.outcome) == (IMPORTED, UNCHANGED)

    # back at the workstation: returned, edited, exported again → a newer version
    newer = st.ws.store.load(case.uuid)
    newer.status = CaseStatus.RETURNED
    newer.notes = "补充了水电单据"
    st.ws.store.save(newer, st.ws.actor)
    second = st.export(st.ws.store.load(case.uuid))
    replaced = import_into_portfolio(engine, second, HEAD_OFFICE, REVIEWER)
    assert replaced.result.outcome == REPLACED
    assert replaced.result.previous_version == done.result.version
    assert _count(engine, "case_row") == 1
    with engine.connect() as conn:
        meta = conn.execute(select(case_meta)).one()
    assert (meta.branch, meta.officer) == ("3301", "王小明 (S0421)")
    assert meta.sender_fingerprint == done.officer.signing_fingerprint
    # the history came along: the workstation's chain up to the export (recording
    # the export adds one entry after the file is written, so all but the last)
    local = st.ws.store.history(case.uuid)
    assert _count(engine, "audit_entry") == len(local) - 1
    with engine.connect() as conn:
        head = conn.execute(text("SELECT audit_head FROM case_row")).scalar_one()
    assert head == local[-2].hash


def test_an_older_version_is_refused_and_leaves_the_portfolio_as_it_was(
    engine: Engine, tmp_path: Path
) -> None:
    st = station(tmp_path / "a")
    enrol_officer(engine, st.enrolment())
    case = add_case(st)
    old = st.export(case)
    newer = st.ws.store.load(case.uuid)
    newer.status = CaseStatus.RETURNED
    st.ws.store.save(newer, st.ws.actor)
    new = st.export(st.ws.store.load(case.uuid))
    import_into_portfolio(engine, new, HEAD_OFFICE, REVIEWER)
    audit_before = _count(engine, "audit_entry")

    with pytest.raises(PackageError, match="older version"):
        import_into_portfolio(engine, old, HEAD_OFFICE, REVIEWER)
    assert _count(engine, "audit_entry") == audit_before


def test_a_package_signed_by_a_key_not_enrolled_is_refused_naming_its_fingerprint(
    engine: Engine, tmp_path: Path
) -> None:
    st = station(tmp_path / "a")
    package = st.export(add_case(st))
    fingerprint = st.enrolment()  # the workstation's key was never enrolled
    from storage.keys import parse_enrolment

    fp = parse_enrolment(fingerprint).signing_fingerprint
    with pytest.raises(UnknownOfficerKey, match=fp):
        import_into_portfolio(engine, package, HEAD_OFFICE, REVIEWER)
    assert _count(engine, "case_row") == 0


def test_a_package_for_another_banks_key_is_refused_and_nothing_is_written(
    engine: Engine, tmp_path: Path
) -> None:
    other_bank = KeyPairs.generate()
    st = station(tmp_path / "a", headoffice=other_bank)
    enrol_officer(engine, st.enrolment())
    package = st.export(add_case(st))
    with pytest.raises(PackageError, match="encrypted for key"):
        import_into_portfolio(engine, package, HEAD_OFFICE, REVIEWER)
    assert _count(engine, "case_row") == 0
    assert _count(engine, "ho_case_meta") == 0


def test_the_same_id_and_phone_in_another_branchs_case_are_stored_as_matches_both_ways(
    engine: Engine, tmp_path: Path
) -> None:
    a = station(tmp_path / "a")
    b = station(tmp_path / "b", name="赵敏", staff_no="S0777", branch="3302")
    for st in (a, b):
        enrol_officer(engine, st.enrolment())
    case_a = add_case(a, 1)
    # officer B's applicant gives the same ID and phone as A's applicant
    case_b = add_case(b, 2, name="张三")
    import_into_portfolio(engine, a.export(case_a), HEAD_OFFICE, REVIEWER)
    done = import_into_portfolio(engine, b.export(case_b), HEAD_OFFICE, REVIEWER)

    assert done.matches > 0
    seen_from_b = {(m.kind, m.here) for m in matches_of(engine, case_b.uuid)}
    assert ("id_number", "/applicant/owner/id_number") in seen_from_b
    assert ("phone", "/applicant/owner/phone") in seen_from_b
    from_a = matches_of(engine, case_a.uuid)
    assert {m.other_number for m in from_a} == {case_b.number}
    assert {m.other_branch for m in from_a} == {"3302"}
    # A is stored again as a newer version: its matches are found again, not doubled
    before = _count(engine, "ho_match")
    newer = a.ws.store.load(case_a.uuid)
    newer.status = CaseStatus.RETURNED
    a.ws.store.save(newer, a.ws.actor)
    import_into_portfolio(engine, a.export(a.ws.store.load(case_a.uuid)), HEAD_OFFICE, REVIEWER)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(match)).scalar_one() == before


def test_cases_of_the_same_officer_do_not_match_each_other(engine: Engine, tmp_path: Path) -> None:
    st = station(tmp_path / "a")
    enrol_officer(engine, st.enrolment())
    one, two = add_case(st, 1), add_case(st, 2)
    import_into_portfolio(engine, st.export(one), HEAD_OFFICE, REVIEWER)
    done = import_into_portfolio(engine, st.export(two), HEAD_OFFICE, REVIEWER)
    assert done.matches == 0
    assert matches_of(engine, two.uuid) == []


def test_a_server_gone_mid_import_leaves_nothing_written_and_the_import_can_run_again(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storage.headoffice.portfolio as portfolio
    from storage.headoffice.db import HeadOfficeDbError

    st = station(tmp_path / "a")
    enrol_officer(engine, st.enrolment())
    package = st.export(add_case(st))
    real = portfolio._record

    def connection_dies(session, *args, **kwargs):  # type: ignore[no-untyped-def]
        # the case row and its history are written; then the server drops us
        session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))

    monkeypatch.setattr(portfolio, "_record", connection_dies)
    with pytest.raises(HeadOfficeDbError, match="cannot be reached or went away") as caught:
        import_into_portfolio(engine, package, HEAD_OFFICE, REVIEWER)
    assert caught.value.unavailable
    assert _count(engine, "case_row") == 0
    assert _count(engine, "audit_entry") == 0

    monkeypatch.setattr(portfolio, "_record", real)
    assert import_into_portfolio(engine, package, HEAD_OFFICE, REVIEWER).result.outcome == IMPORTED


def test_two_officers_of_one_branch_may_hand_out_the_same_number_and_both_cases_are_kept(
    engine: Engine, tmp_path: Path
) -> None:
    from storage.case_store import AmbiguousCaseNumber, SqlCaseStore
    from storage.headoffice.review import APPROVE, record_review

    a = station(tmp_path / "a")
    b = station(tmp_path / "b", name="赵敏", staff_no="S0777")  # same branch 3301
    for st in (a, b):
        enrol_officer(engine, st.enrolment())
    case_a, case_b = add_case(a, 7), add_case(b, 7)
    assert case_a.number == case_b.number == "3301-20261127-0007"
    assert case_a.uuid != case_b.uuid

    first = import_into_portfolio(engine, a.export(case_a), HEAD_OFFICE, REVIEWER)
    second = import_into_portfolio(engine, b.export(case_b), HEAD_OFFICE, REVIEWER)

    assert (first.result.outcome, second.result.outcome) == (IMPORTED, IMPORTED)
    with engine.connect() as conn:
        origins = dict(conn.execute(select(case_meta.c.case_uuid, case_meta.c.officer)).all())
    assert origins == {case_a.uuid: "王小明 (S0421)", case_b.uuid: "赵敏 (S0777)"}
    # the number alone no longer names one case: asked for the UUID, not a guess
    with pytest.raises(AmbiguousCaseNumber) as caught:
        SqlCaseStore(engine).load(case_a.number)
    assert set(caught.value.uuids) == {case_a.uuid, case_b.uuid}
    with pytest.raises(AmbiguousCaseNumber):
        record_review(engine, case_a.number, APPROVE, "", REVIEWER)
    done = record_review(engine, case_b.uuid, APPROVE, "材料齐全", REVIEWER)
    assert (done.case_uuid, done.case_number) == (case_b.uuid, case_b.number)
