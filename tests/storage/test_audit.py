"""The hash-chained audit log: hashes, verification, tampering found by seq."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from domain.case import Case
from domain.ports import AuditEntry
from storage.audit import GENESIS_HASH, changed_leaves, entry_hash, hash_of, verify_chain
from tests.storage.workspace_fixtures import BEIJING, OFFICER, new_workspace

AT = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


def _entry(seq: int, prev_hash: str, new: str) -> AuditEntry:
    draft = AuditEntry(
        seq=seq,
        case_uuid="c1",
        at=AT,
        actor="王小明 (S0421)",
        action="edit",
        field="notes",
        old="",
        new=new,
        reason="",
        prev_hash=prev_hash,
        hash="",
    )
    return replace(draft, hash=hash_of(draft))


def _chain(*values: str) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    prev = GENESIS_HASH
    for seq, value in enumerate(values, start=1):
        entries.append(_entry(seq, prev, value))
        prev = entries[-1].hash
    return entries


def test_the_hash_is_sha256_of_the_previous_hash_and_the_canonical_json_of_the_fields() -> None:
    # Keys sorted, no spaces, UTF-8, time in UTC with microseconds:
    canonical = (
        '{"action":"create","actor":"王小明 (S0421)","at":"2026-11-27T02:00:00.000000+00:00",'
        '"case_uuid":"c1","field":"","new":"3301-20261127-0001","old":"","reason":"","seq":1}'
    )
    expected = hashlib.sha256(("0" * 64 + canonical).encode("utf-8")).hexdigest()

    got = entry_hash(
        "0" * 64,
        case_uuid="c1",
        seq=1,
        at=datetime(2026, 11, 27, 10, 0, tzinfo=BEIJING),  # 02:00 UTC
        actor="王小明 (S0421)",
        action="create",
        field="",
        old="",
        new="3301-20261127-0001",
        reason="",
    )
    assert got == expected


def test_an_intact_chain_verifies() -> None:
    assert verify_chain(_chain("a", "b", "c")).ok


def test_an_edited_entry_is_named_by_its_seq() -> None:
    entries = _chain("a", "b", "c")
    entries[1] = replace(entries[1], new="forged")

    result = verify_chain(entries)

    assert (result.ok, result.first_broken_seq) == (False, 2)


def test_a_removed_entry_in_the_middle_is_found_where_the_gap_is() -> None:
    entries = _chain("a", "b", "c")
    del entries[1]

    assert verify_chain(entries).first_broken_seq == 2


def test_a_rehashed_forgery_still_breaks_the_link_to_the_next_entry() -> None:
    entries = _chain("a", "b", "c")
    forged = replace(entries[1], new="forged")
    entries[1] = replace(forged, hash=hash_of(forged))

    assert verify_chain(entries).first_broken_seq == 3


def test_entries_cut_off_the_end_are_found_through_the_remembered_head() -> None:
    entries = _chain("a", "b", "c")

    result = verify_chain(entries[:2], expected_head=entries[2].hash)

    assert (result.ok, result.first_broken_seq) == (False, 3)


def test_tampering_with_a_stored_row_is_reported_with_its_seq(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        case = ws.store.create(Case(), OFFICER)
        case.notes, case.applicant.owner.name = "first visit", "陈立"
        ws.store.save(case, OFFICER)
        assert ws.store.verify_history(case.uuid).ok
        with ws.engine.begin() as conn:
            conn.execute(
                text("UPDATE audit_entry SET new = '李四' WHERE case_uuid = :u AND seq = 2"),
                {"u": case.uuid},
            )

        result = ws.store.verify_history(case.uuid)

    assert (result.ok, result.first_broken_seq) == (False, 2)


def test_deleting_the_last_stored_row_is_reported(tmp_path: Path) -> None:
    with new_workspace(tmp_path / "ws") as ws:
        case = ws.store.create(Case(), OFFICER)
        case.notes = "first visit"
        ws.store.save(case, OFFICER)
        with ws.engine.begin() as conn:
            conn.execute(
                text("DELETE FROM audit_entry WHERE case_uuid = :u AND seq = 2"), {"u": case.uuid}
            )

        assert ws.store.verify_history(case.uuid).first_broken_seq == 2


def test_changed_leaves_name_nested_paths_list_items_and_emptied_lists() -> None:
    old = {"version": 1, "notes": "", "visits": [], "applicant": {"owner": {"phone": ""}}}
    new = {
        "version": 2,
        "notes": "",
        "visits": [{"place": "店里"}],
        "applicant": {"owner": {"phone": "139"}},
    }

    assert changed_leaves(old, new) == [
        ("visits/0/place", "", "店里"),
        ("applicant/owner/phone", "", "139"),
        ("visits", "[]", ""),
    ]


def test_changed_leaves_tell_false_from_absent_and_zero() -> None:
    assert changed_leaves({"a": None}, {"a": False}) == [("a", "", "false")]
    assert changed_leaves({"a": 0}, {"a": False}) == [("a", "0", "false")]
