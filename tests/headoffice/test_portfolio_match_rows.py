"""Portfolio matches written in one statement per import (PostgreSQL), and the
case read only as far as its identifiers (no server needed)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, text

from domain.demo import demo_case
from domain.enums import DispositionStatus
from domain.fraud.dispositions import record_disposition
from domain.serialization import case_to_dict
from storage.headoffice.officers import enrol_officer
from storage.headoffice.portfolio import (
    case_identifiers,
    identity_case,
    import_into_portfolio,
    matches_of,
)
from tests.domain.memo_sample import sample_case
from tests.headoffice.pg_fixtures import REVIEWER, add_case, engine, needs_pg, pg_url, station
from tests.storage.export_fixtures import HEAD_OFFICE
from tests.storage.workspace_fixtures import BEIJING

__all__ = ["engine", "pg_url"]


def test_the_identity_read_from_case_json_gives_the_same_identifiers_as_the_whole_case() -> None:
    cases = [sample_case()] + [demo_case(3, i, date(2026, 11, 27), light=True) for i in range(40)]
    cases[0].loan.payee.phone = "13812345678"
    cases[0].loan.payee.name = "台州市路桥五金批发部"
    for case in cases:
        part = identity_case(case_to_dict(case))
        assert case_identifiers(part) == case_identifiers(case)
        assert (part.uuid, part.branch) == (case.uuid, case.branch)
    # the sample: 9 identifiers of the applicant and business, plus the payee's phone and name
    assert len(case_identifiers(identity_case(case_to_dict(cases[0])))) == 11


@needs_pg[0]
@needs_pg[1]
def test_a_value_the_other_case_holds_at_two_places_is_counted_twice_and_stored_once_per_place(
    engine: Engine, tmp_path: Path
) -> None:
    a = station(tmp_path / "a")
    b = station(tmp_path / "b", name="赵敏", staff_no="S0777", branch="3302")
    for st in (a, b):
        enrol_officer(engine, st.enrolment())
    case_a = add_case(a, 1)
    case_a.loan.payee.phone = case_a.applicant.owner.phone  # 13812345678 twice in A
    # the officer looked into the payee sharing the applicant's phone (a red flag)
    record_disposition(
        case_a,
        "purpose.payee_related",
        DispositionStatus.DISMISSED,
        by="王小明",
        at=datetime(2026, 11, 27, 10, tzinfo=BEIJING),
        reason="收款人为申请人之兄，电话为家庭座机，已核实",
    )
    a.ws.store.save(case_a, a.ws.actor)
    case_a = a.ws.store.load(case_a.uuid)
    case_b = add_case(b, 2)  # the same sample applicant: all 9 identifiers equal A's
    import_into_portfolio(engine, a.export(case_a), HEAD_OFFICE, REVIEWER)
    done = import_into_portfolio(engine, b.export(case_b), HEAD_OFFICE, REVIEWER)

    # B's 9 identifiers each meet A once, and B's phone meets A's payee phone too: 9 + 1
    assert done.matches == 10
    # B's rows: one per (other case, kind, value, B's place): the phone once → 9
    assert len(matches_of(engine, case_b.uuid)) == 9
    # A's rows: one per place in A: the phone at the owner and at the payee → 10
    assert len(matches_of(engine, case_a.uuid)) == 10
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM ho_match")).scalar_one() == 9 + 10


@needs_pg[0]
@needs_pg[1]
def test_a_newer_version_replaces_the_cases_identifiers_instead_of_adding_to_them(
    engine: Engine, tmp_path: Path
) -> None:
    a = station(tmp_path / "a")
    enrol_officer(engine, a.enrolment())
    case = add_case(a, 1)
    import_into_portfolio(engine, a.export(case), HEAD_OFFICE, REVIEWER)
    newer = a.ws.store.load(case.uuid)
    newer.applicant.owner.phone = "13700000000"  # a new phone in version 2
    a.ws.store.save(newer, a.ws.actor)
    import_into_portfolio(engine, a.export(a.ws.store.load(case.uuid)), HEAD_OFFICE, REVIEWER)
    with engine.connect() as conn:
        phones = conn.execute(
            text("SELECT value FROM ho_identifier WHERE kind = 'phone' ORDER BY value")
        ).all()
        held = conn.execute(text("SELECT count(*) FROM ho_identifier")).scalar_one()
        origins = conn.execute(text("SELECT count(*) FROM ho_case_meta")).scalar_one()
    # the owner's new phone and the spouse's 13987654321; the old 13812345678 is gone
    assert [p[0] for p in phones] == ["13700000000", "13987654321"]
    assert (held, origins) == (9, 1)  # the sample's 9 identifiers, once; one origin row
