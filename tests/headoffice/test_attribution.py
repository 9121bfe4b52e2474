"""Head office: who sent what (issue 20, defect 2; docs/SECURITY.md "Attribution").

Officer B is enrolled like A. B knows A's case (a colleague's) and sends it
again under B's own key: the same UUID, a higher version, a forged amount,
the same audit chain (so nothing but the key differs). Every package is made
from a real export: opened with head office's key and rebuilt, signed by B.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text

from storage import ecies, package
from storage.audit_anchor import ENVELOPE_KEY, SignedHead
from storage.headoffice.officers import enrol_officer
from storage.headoffice.ownership import (
    AttributionRefused,
    TransferRefused,
    transfer_case,
    transfers_of,
)
from storage.headoffice.portfolio import import_into_portfolio, matches_of
from storage.headoffice.tables import case_meta
from storage.import_case import IMPORTED, REPLACED
from storage.keys import parse_enrolment
from tests.headoffice.pg_fixtures import (
    REVIEWER,
    Station,
    add_case,
    engine,
    needs_pg,
    pg_url,
    station,
)
from tests.storage.export_fixtures import HEAD_OFFICE, rebuild

pytestmark = needs_pg
__all__ = ["engine", "pg_url"]

FORGED = "9130000"


def fingerprint(st: Station) -> str:
    return parse_enrolment(st.enrolment()).signing_fingerprint


def resent(owner: Station, by: Station, *, amount: str = FORGED, **sender: str) -> bytes:
    """A whole, consistent package of ``owner``'s last case, one version up
    with ``amount`` (the owner changed it and exported it), then signed by
    ``by``: the envelope and the change log's signed head, as a holder of
    ``by``'s key who got hold of the package can do. Only the key differs
    from an honest package. The envelope's ``sender`` is ``by``'s officer
    unless given."""
    case = owner.ws.store.load(owner.cases[-1].uuid)
    case.loan.amount = Decimal(amount)
    owner.ws.store.save(case, owner.ws.actor)
    path = owner.export(owner.ws.store.load(case.uuid))
    verified, members = package.open_package(path, HEAD_OFFICE.encryption)
    envelope = dict(verified.envelope)
    actor = by.ws.actor
    envelope["sender"] = {
        "name": actor.name,
        "staff_no": actor.staff_no,
        "branch": actor.branch,
        **sender,
    }
    head = envelope[ENVELOPE_KEY]  # signed again by the sender (storage/audit_anchor.py)
    unsigned = SignedHead(**{**head, "signature": ""})
    signature = ecies.b64(ecies.sign(by.ws.signing_key(), unsigned.statement()))
    envelope[ENVELOPE_KEY] = {**head, "signature": signature}
    return rebuild(envelope, members, by.ws.signing_key())


def _amount(engine: Engine) -> Decimal:
    with engine.connect() as conn:
        return Decimal(conn.execute(text("SELECT amount_fen FROM case_row")).scalar_one()) / 100


def _state(engine: Engine) -> tuple[Any, ...]:
    with engine.connect() as conn:
        return tuple(
            conn.execute(text(f"SELECT * FROM {t} ORDER BY 1")).all()
            for t in ("case_row", "audit_entry", "ho_case_meta", "ho_identifier", "ho_match")
        )


@pytest.fixture
def two(engine: Engine, tmp_path: Path) -> tuple[Station, Station, Path]:
    a = station(tmp_path / "a")
    b = station(tmp_path / "b", name="赵敏", staff_no="S0777")  # same branch 3301
    for st in (a, b):
        enrol_officer(engine, st.enrolment())
    first = a.export(add_case(a))
    assert import_into_portfolio(engine, first, HEAD_OFFICE, REVIEWER).result.outcome == IMPORTED
    return a, b, first


def test_another_enrolled_key_cannot_replace_a_case_with_a_higher_version(
    engine: Engine, two: tuple[Station, Station, Path]
) -> None:
    a, b, _ = two
    before = _state(engine)
    hijack = resent(a, b)
    with pytest.raises(AttributionRefused, match=f"belongs to key {fingerprint(a)}"):
        import_into_portfolio(engine, hijack, HEAD_OFFICE, REVIEWER)
    assert _state(engine) == before
    assert _amount(engine) == Decimal("300000")
    # the very same change signed by the owner goes in: only the key differed
    honest = resent(a, a)
    assert import_into_portfolio(engine, honest, HEAD_OFFICE, REVIEWER).result.outcome == REPLACED


def test_a_transfer_hands_the_case_over_and_is_recorded(
    engine: Engine, two: tuple[Station, Station, Path]
) -> None:
    a, b, _ = two
    case_uuid = a.cases[0].uuid
    done = transfer_case(engine, case_uuid, fingerprint(b), "王小明调岗，案件移交赵敏", REVIEWER)
    assert (done.from_fingerprint, done.to_fingerprint) == (fingerprint(a), fingerprint(b))

    now_b = import_into_portfolio(engine, resent(a, b), HEAD_OFFICE, REVIEWER)
    assert now_b.result.outcome == REPLACED and _amount(engine) == Decimal(FORGED)
    with engine.connect() as conn:
        meta = conn.execute(select(case_meta)).one()
    assert (meta.sender_fingerprint, meta.officer) == (fingerprint(b), "赵敏 (S0777)")
    # the old owner is refused now
    with pytest.raises(AttributionRefused, match=f"belongs to key {fingerprint(b)}"):
        import_into_portfolio(engine, resent(a, a, amount="1"), HEAD_OFFICE, REVIEWER)
    [recorded] = transfers_of(engine, case_uuid)
    assert recorded.reason == "王小明调岗，案件移交赵敏"
    assert recorded.recorded_by == "李审批 (H0007)"
    assert recorded.case_number == a.cases[0].number


def test_a_transfer_needs_a_reason_an_enrolled_key_and_a_new_owner(
    engine: Engine, two: tuple[Station, Station, Path]
) -> None:
    from storage.headoffice.officers import UnknownOfficerKey

    a, b, _ = two
    case_uuid = a.cases[0].uuid
    with pytest.raises(TransferRefused, match="reason"):
        transfer_case(engine, case_uuid, fingerprint(b), "  ", REVIEWER)
    with pytest.raises(UnknownOfficerKey):
        transfer_case(engine, case_uuid, "0" * 64, "移交", REVIEWER)
    with pytest.raises(TransferRefused, match="already"):
        transfer_case(engine, case_uuid, fingerprint(a), "移交", REVIEWER)
    with pytest.raises(KeyError):
        transfer_case(engine, "6f1c2d3e-0000-4000-8000-00000000ffff", fingerprint(b), "x", REVIEWER)
    assert transfers_of(engine, case_uuid) == []


def test_an_envelope_that_names_another_officer_than_the_enrolment_is_refused(
    engine: Engine, tmp_path: Path
) -> None:
    """B, enrolled as 赵敏 (S0777), claims to be A (王小明, S0421): the
    claim that used to switch the cross-officer match rule off."""
    a = station(tmp_path / "a")
    b = station(tmp_path / "b", name="赵敏", staff_no="S0777")
    for st in (a, b):
        enrol_officer(engine, st.enrolment())
    import_into_portfolio(engine, a.export(add_case(a, 1)), HEAD_OFFICE, REVIEWER)
    before = _state(engine)
    own = b.export(add_case(b, 2, name="张三"))  # A's applicant's ID and phone
    lie = resent(b, b, amount="300000", name="王小明", staff_no="S0421")
    with pytest.raises(AttributionRefused, match="says it comes from 王小明 \\(S0421\\)"):
        import_into_portfolio(engine, lie, HEAD_OFFICE, REVIEWER)
    assert _state(engine) == before
    # the honest package goes in, under the enrolment's name, and matches A's case
    done = import_into_portfolio(engine, own, HEAD_OFFICE, REVIEWER)
    assert done.matches > 0
    with engine.connect() as conn:
        officers = set(conn.execute(select(case_meta.c.officer)).scalars())
    assert officers == {"王小明 (S0421)", "赵敏 (S0777)"}


def test_a_malformed_sender_is_refused(engine: Engine, two: tuple[Station, Station, Path]) -> None:
    a, _, first = two
    verified, members = package.open_package(first, HEAD_OFFICE.encryption)
    envelope = {**verified.envelope, "sender": "王小明 (S0421)"}
    with pytest.raises(AttributionRefused, match="says it comes from"):
        import_into_portfolio(
            engine, rebuild(envelope, members, a.ws.signing_key()), HEAD_OFFICE, REVIEWER
        )


def test_two_keys_enrolled_under_the_same_name_still_match_each_other(
    engine: Engine, tmp_path: Path
) -> None:
    """The match rule compares keys, not names: a second key enrolled with A's
    very name, staff number and branch is another sender."""
    a = station(tmp_path / "a")
    twin = station(tmp_path / "twin")  # 王小明, S0421, 3301 as well
    for st in (a, twin):
        enrol_officer(engine, st.enrolment())
    case_a, case_t = add_case(a, 1), add_case(twin, 2, name="张三")
    import_into_portfolio(engine, a.export(case_a), HEAD_OFFICE, REVIEWER)
    done = import_into_portfolio(engine, twin.export(case_t), HEAD_OFFICE, REVIEWER)
    assert done.matches > 0
    assert {m.other_uuid for m in matches_of(engine, case_t.uuid)} == {case_a.uuid}


def test_two_keys_racing_with_the_same_new_case_leave_exactly_one_owner(
    engine: Engine, tmp_path: Path
) -> None:
    """The owner check runs under the case's lock: whichever import goes first
    owns the case, the other is refused, however the two interleave."""
    from concurrent.futures import ThreadPoolExecutor

    a = station(tmp_path / "a")
    b = station(tmp_path / "b", name="赵敏", staff_no="S0777")
    for st in (a, b):
        enrol_officer(engine, st.enrolment())
    mine = a.export(add_case(a))
    theirs = resent(a, b)  # the same new UUID, one version up, B's key
    senders = {"a": fingerprint(a), "b": fingerprint(b)}

    def attempt(item: tuple[str, Any]) -> tuple[str, str]:
        who, source = item
        try:
            import_into_portfolio(engine, source, HEAD_OFFICE, REVIEWER)
            return who, "in"
        except AttributionRefused:
            return who, "refused"

    with ThreadPoolExecutor(2) as pool:
        outcomes = dict(pool.map(attempt, [("a", mine), ("b", theirs)]))
    assert sorted(outcomes.values()) == ["in", "refused"]
    [winner] = [who for who, result in outcomes.items() if result == "in"]
    with engine.connect() as conn:
        owners = conn.execute(select(case_meta.c.sender_fingerprint)).scalars().all()
    assert owners == [senders[winner]]
