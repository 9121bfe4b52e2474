"""The identifier index: refreshed with every create, save and import, and
queried for cross-case matches without loading the other cases."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from domain.case import Case, Guarantor
from storage.matching_index import case_of_payload, matches_for, rebuild
from tests.storage.workspace_fixtures import OFFICER, new_workspace

PHONE = "13857601234"


def _case(name: str, phone: str = "", uscc: str = "", id_number: str = "") -> Case:
    case = Case()
    case.applicant.registered_name = name
    case.applicant.uscc = uscc
    case.applicant.owner.name = "某人"
    case.applicant.owner.phone = phone
    case.applicant.owner.id_number = id_number
    return case


def test_a_saved_phone_is_found_in_another_applicants_case(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        first = ws.store.create(_case("临海市鑫源五金店", phone="138-5760-1234"), OFFICER)
        second = ws.store.create(_case("临海市百佳便利店"), OFFICER)
        assert ws.store.matches_for(second) == []
        # The editor asks with the unsaved state too: the phone typed just now.
        second.applicant.owner.phone = "+86 138 5760 1234"
        [match] = ws.store.matches_for(second)
        assert (match.kind, match.value, match.here) == ("phone", PHONE, "/applicant/owner/phone")
        assert (match.other_uuid, match.other_number) == (first.uuid, first.number)
        assert match.other_name == "临海市鑫源五金店"
        # The first case sees the second only once the second is saved.
        assert ws.store.matches_for(first) == []
        ws.store.save(second, OFFICER)
        assert [m.other_uuid for m in ws.store.matches_for(first)] == [second.uuid]


def test_a_save_that_removes_the_value_removes_the_match(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        first = ws.store.create(_case("临海市鑫源五金店", phone=PHONE), OFFICER)
        second = ws.store.create(_case("临海市百佳便利店", phone=PHONE), OFFICER)
        assert len(ws.store.matches_for(second)) == 1
        first.applicant.owner.phone = "13900000000"
        ws.store.save(first, OFFICER)
        assert ws.store.matches_for(second) == []


def test_the_same_applicants_earlier_case_and_the_case_itself_are_not_matches(
    tmp_path: Path,
) -> None:
    uscc = "92331082MA2B3C4D5X"
    with new_workspace(tmp_path / "ws") as ws:
        ws.store.create(_case("临海市百佳便利店", phone=PHONE, uscc=uscc), OFFICER)
        again = ws.store.create(_case("临海市百佳便利店", phone=PHONE, uscc=uscc), OFFICER)
        assert ws.store.matches_for(again) == []


def test_a_guarantor_found_as_another_owner_is_a_match(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        owner = ws.store.create(_case("临海市陈记面馆", id_number="33108219800101123X"), OFFICER)
        case = _case("临海市百佳便利店")
        case.guarantors = [Guarantor(name="陈伟", id_number="33108219800101123X")]
        [match] = ws.store.matches_for(case)
        assert (match.here, match.there, match.other_uuid) == (
            "/guarantors/0/id_number",
            "/applicant/owner/id_number",
            owner.uuid,
        )


def test_rebuilding_from_the_payloads_gives_the_same_matches(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        ws.store.create(_case("临海市鑫源五金店", phone=PHONE), OFFICER)
        probe = _case("临海市百佳便利店", phone=PHONE)
        before = ws.store.matches_for(probe)
        with ws.engine.begin() as conn:
            conn.execute(text("DELETE FROM case_identifier"))
        assert ws.store.matches_for(probe) == []
        with ws.engine.begin() as conn:
            payloads = [r[0] for r in conn.execute(text("SELECT payload FROM case_row"))]
            assert rebuild(conn, [*payloads, "{not json"], case_of_payload) == 1
        assert ws.store.matches_for(probe) == before
        assert len(before) == 1


def test_the_query_uses_the_kind_value_index_and_stays_fast_with_many_cases(
    tmp_path: Path,
) -> None:
    # 3,000 cases with distinct phones; one shares the probe's phone.
    with new_workspace(tmp_path / "ws") as ws:
        cases = [_case(f"临海市第{i}号商店", phone=f"139{i:08d}") for i in range(3000)]
        cases[1234].applicant.owner.phone = PHONE
        ws.store.create_many(cases, OFFICER)
        probe = _case("临海市百佳便利店", phone=PHONE)
        with ws.engine.connect() as conn:
            plan = " ".join(
                str(row[-1])
                for row in conn.execute(
                    text(
                        "EXPLAIN QUERY PLAN SELECT case_uuid FROM case_identifier "
                        "WHERE kind = 'phone' AND value = :v"
                    ),
                    {"v": PHONE},
                )
            )
            # an indexed lookup, not a scan of 3,000 payloads (speed is the benchmark's)
            assert "ix_case_identifier_kind_value" in plan
            found = matches_for(conn, probe)
        assert [m.other_uuid for m in found] == [cases[1234].uuid]


def test_upgrading_an_older_workspace_indexes_its_cases(tmp_path: Path) -> None:
    from storage.migrations.runner import current_revision, downgrade, upgrade

    with new_workspace(tmp_path / "ws") as ws:
        first = ws.store.create(_case("临海市鑫源五金店", phone=PHONE), OFFICER)
        with ws.engine.begin() as conn:
            downgrade(conn, "0003")
            assert current_revision(conn) == "0003"
        with ws.engine.begin() as conn:
            upgrade(conn)
            count = conn.execute(
                text("SELECT COUNT(*) FROM case_identifier WHERE case_uuid = :u"),
                {"u": first.uuid},
            ).scalar_one()
        # The phone, the registered name, and the name key.
        assert count == 3
        [match] = ws.store.matches_for(_case("临海市百佳便利店", phone=PHONE))
        assert match.other_uuid == first.uuid
