"""Rule packs: published at head office with the blacklist, installed at the workstation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from domain.fraud.engine import evaluate_fraud
from storage import ecies
from storage.headoffice.blacklist import add_entry, entries, remove_entry
from storage.headoffice.officers import enrol_officer
from storage.headoffice.rulepack_publish import PublishRefused, publish_rule_pack
from storage.keys import KeyPairs
from storage.rulepack_active import (
    RulePackRefused,
    install_rule_pack,
    load_active_rule_pack,
    previous_rule_pack,
)
from tests.headoffice.pg_fixtures import add_case, engine, needs_pg, pg_url, station
from tests.storage.export_fixtures import HEAD_OFFICE

pytestmark = needs_pg
__all__ = ["engine", "pg_url"]


def test_the_blacklist_keeps_values_normalised_and_once(engine: Engine) -> None:
    assert add_entry(engine, "phone", "+86 139 1234 5678", "骗贷", "李审批")
    assert not add_entry(engine, "phone", "13912345678", "骗贷团伙", "李审批")
    (entry,) = entries(engine)
    assert (entry.kind, entry.value, entry.reason) == ("phone", "13912345678", "骗贷团伙")
    assert remove_entry(engine, "phone", "139-1234-5678")
    assert entries(engine) == []


def test_a_published_pack_is_one_signed_file_per_enrolled_workstation(
    engine: Engine, tmp_path: Path
) -> None:
    a = station(tmp_path / "a")
    b = station(tmp_path / "b", name="赵敏", staff_no="S0777", branch="3302")
    for st in (a, b):
        enrol_officer(engine, st.enrolment())
    result = publish_rule_pack(engine, HEAD_OFFICE, "2026.12.1", tmp_path / "p" / "dec.fcwpack")
    names = sorted(p.name for p in result.files)
    assert len(names) == 2
    assert names[0].startswith("dec-3301-") and names[1].startswith("dec-3302-")
    with pytest.raises(PublishRefused, match="published before"):
        publish_rule_pack(engine, HEAD_OFFICE, "2026.12.1", tmp_path / "q" / "dec.fcwpack")
    assert not (tmp_path / "q").exists() or not list((tmp_path / "q").iterdir())


def test_the_workstation_installs_the_pack_and_its_blacklist_flags_a_case(
    engine: Engine, tmp_path: Path
) -> None:
    st = station(tmp_path / "a")
    enrol_officer(engine, st.enrolment())
    case = add_case(st)
    add_entry(engine, "id_number", case.applicant.owner.id_number, "冒名贷款", "李审批")
    (pack_file,) = publish_rule_pack(engine, HEAD_OFFICE, "2026.12.1", tmp_path / "p").files

    before = load_active_rule_pack(st.ws)
    installed = install_rule_pack(st.ws, pack_file)

    pack = load_active_rule_pack(st.ws)
    assert (before.id, installed.pack_id, installed.version) == (
        "default",
        "headoffice",
        "2026.12.1",
    )
    assert (pack.id, pack.version) == ("headoffice", "2026.12.1")
    assert installed.previous is None
    flags = evaluate_fraud(case, None, pack, today=date(2026, 11, 27))
    hit = [f for f in flags if f.rule == "business.blacklisted"]
    assert hit and hit[0].field_paths == ["/applicant/owner/id_number"]
    assert "business.blacklisted" not in {
        f.rule for f in evaluate_fraud(case, None, before, today=date(2026, 11, 27))
    }


def test_a_newer_pack_keeps_the_previous_an_older_one_is_refused_the_same_changes_nothing(
    engine: Engine, tmp_path: Path
) -> None:
    st = station(tmp_path / "a")
    enrol_officer(engine, st.enrolment())
    (first,) = publish_rule_pack(engine, HEAD_OFFICE, "2026.12.1", tmp_path / "1").files
    (second,) = publish_rule_pack(engine, HEAD_OFFICE, "2026.12.2", tmp_path / "2").files
    install_rule_pack(st.ws, first)
    assert install_rule_pack(st.ws, second).previous == ("headoffice", "2026.12.1")
    assert previous_rule_pack(st.ws) == ("headoffice", "2026.12.1")
    assert not install_rule_pack(st.ws, second).changed
    with pytest.raises(RulePackRefused, match=r"older than the installed 2026\.12\.2"):
        install_rule_pack(st.ws, first)
    assert load_active_rule_pack(st.ws).version == "2026.12.2"


def test_a_pack_signed_by_an_unknown_key_is_refused_and_nothing_is_installed(
    engine: Engine, tmp_path: Path
) -> None:
    st = station(tmp_path / "a")
    enrol_officer(engine, st.enrolment())
    impostor = KeyPairs.generate()
    (forged,) = publish_rule_pack(engine, impostor, "2026.12.9", tmp_path / "p").files
    with pytest.raises(RulePackRefused, match=ecies.fingerprint(impostor.signing_public)):
        install_rule_pack(st.ws, forged)
    assert load_active_rule_pack(st.ws).id == "default"


def test_publishing_with_no_workstation_enrolled_is_refused(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(PublishRefused, match="No workstation is enrolled"):
        publish_rule_pack(engine, HEAD_OFFICE, "2026.12.1", tmp_path / "p")


def test_after_installing_a_pack_the_next_export_records_its_id_and_version(
    engine: Engine, tmp_path: Path
) -> None:
    from storage.package import verify

    st = station(tmp_path / "a")
    enrol_officer(engine, st.enrolment())
    (pack_file,) = publish_rule_pack(engine, HEAD_OFFICE, "2026.12.1", tmp_path / "p").files
    install_rule_pack(st.ws, pack_file)
    verified, _ = verify(st.export(add_case(st)))
    header = verified.envelope
    assert (header["rule_pack_id"], header["rule_pack_version"]) == ("headoffice", "2026.12.1")
