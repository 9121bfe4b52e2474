"""Head office keeps the last signed head of each case's audit chain and
refuses a package whose chain was rewound or rewritten since (issue 20,
defect 4; docs/SECURITY.md, "Audit chain and tamper evidence")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from storage import ecies
from storage.audit_anchor import sign_head
from storage.headoffice.audit_heads import ChainRewound, last_signed_head
from storage.headoffice.officers import enrol_officer
from storage.headoffice.portfolio import import_into_portfolio
from storage.import_case import IMPORTED, UNCHANGED
from storage.package import open_package
from tests.headoffice.pg_fixtures import REVIEWER, Station, add_case, engine, needs_pg, pg_url
from tests.headoffice.pg_fixtures import station as make_station
from tests.storage.export_fixtures import HEAD_OFFICE, rebuild

pytestmark = needs_pg
__all__ = ["engine", "pg_url"]


def _entry_count(engine: Engine, case_uuid: str) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(
                text("SELECT count(*) FROM audit_entry WHERE case_uuid = :u"), {"u": case_uuid}
            ).scalar_one()
        )


def _rewound(st: Station, package: Path, drop: int) -> bytes:
    """``package`` re-signed by its own workstation with the last ``drop``
    entries of the chain cut off and the head reset to match: what a holder of
    the workstation's keys can produce."""
    verified, members = open_package(package, HEAD_OFFICE.encryption)
    envelope = dict(verified.envelope)
    audit = json.loads(members["audit.json"])
    kept = audit["entries"][:-drop]
    audit["entries"], audit["head"] = kept, kept[-1]["hash"]
    members["audit.json"] = json.dumps(audit).encode()
    chain = st.ws.store.history(envelope["case_uuid"])[: len(kept)]
    envelope["audit_head"] = kept[-1]["hash"]
    envelope["audit_signed_head"] = sign_head(
        st.ws.signing_key(), envelope["case_uuid"], chain
    ).to_json()
    return rebuild(envelope, members, st.ws.signing_key())


def test_head_office_keeps_the_signed_head_of_each_case_it_imports(
    engine: Engine, tmp_path: Path
) -> None:
    st = make_station(tmp_path / "a")
    enrol_officer(engine, st.enrolment())
    case = add_case(st)
    sent = st.ws.store.history(case.uuid)  # the chain as exported (before export's own entry)
    package = st.export(case)

    assert import_into_portfolio(engine, package, HEAD_OFFICE, REVIEWER).result.outcome == IMPORTED

    seen = last_signed_head(engine, case.uuid)
    assert seen is not None
    assert (seen.seq, seen.head, seen.state) == (len(sent), sent[-1].hash, sent[-1].state_hash)
    public = ecies.raw_public(st.ws.signing_key())
    assert ecies.verify_signature(public, ecies.unb64(seen.signature), seen.statement())


def test_a_rewound_chain_under_the_same_version_is_refused_not_taken_as_unchanged(
    engine: Engine, tmp_path: Path
) -> None:
    st = make_station(tmp_path / "a")
    enrol_officer(engine, st.enrolment())
    case = add_case(st)
    package = st.export(case)
    import_into_portfolio(engine, package, HEAD_OFFICE, REVIEWER)
    entries_before = _entry_count(engine, case.uuid)
    forged = _rewound(st, package, drop=1)

    with pytest.raises(ChainRewound, match="rewound"):
        import_into_portfolio(engine, forged, HEAD_OFFICE, REVIEWER)

    assert _entry_count(engine, case.uuid) == entries_before
    # the genuine package is still the same version: nothing to do
    again = import_into_portfolio(engine, package, HEAD_OFFICE, REVIEWER)
    assert again.result.outcome == UNCHANGED


def test_the_upgrade_leaves_head_offices_copies_of_the_chains_as_they_were(
    pg_url: str,
) -> None:
    from datetime import UTC, datetime

    from domain.case import Case
    from domain.serialization import canonical_json, case_to_dict
    from storage.audit import GENESIS_HASH, entry_hash
    from storage.case_store import SqlCaseStore
    from storage.headoffice.db import connect
    from storage.migrations import runner

    at = datetime(2026, 11, 20, 1, 0, tzinfo=UTC)
    case = Case(number="3301-20261120-0001", version=1)
    first = entry_hash(
        GENESIS_HASH, case_uuid=case.uuid, seq=1, at=at, actor="王小明 (S0421)",
        action="create", field="", old="", new=case.number, reason="",
    )  # fmt: skip
    old = connect(pg_url, migrate=False)
    with old.begin() as conn:
        runner.upgrade(conn, "0008")
        conn.execute(
            text(
                "INSERT INTO case_row (uuid, number, version, status, name, industry, progress, "
                "red, amber, created_at, updated_at, archived, search, payload, audit_head) "
                "VALUES (:u, :n, 1, 'draft', '', '', 0, 0, 0, :at, :at, false, '', :p, :h)"
            ),
            {"u": case.uuid, "n": case.number, "at": at, "h": first,
             "p": canonical_json(case_to_dict(case)).decode()},
        )  # fmt: skip
        conn.execute(
            text(
                "INSERT INTO audit_entry (case_uuid, seq, at, actor, action, field, old, new, "
                "reason, prev_hash, hash) VALUES (:u, 1, :at, '王小明 (S0421)', 'create', '', "
                "'', :n, '', :g, :h)"
            ),
            {"u": case.uuid, "at": at, "n": case.number, "g": GENESIS_HASH, "h": first},
        )
    old.dispose()

    engine = connect(pg_url)  # upgrades to 0009
    try:
        store = SqlCaseStore(engine)
        history = store.history(case.uuid)
        assert [(e.seq, e.hash) for e in history] == [(1, first)]  # no migrate entry here
        assert store.verify_history(case.uuid).ok
    finally:
        engine.dispose()
