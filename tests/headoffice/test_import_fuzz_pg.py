"""Fuzzing head office's import on PostgreSQL (issue 20): mutated case JSON,
example cases and envelopes signed by an enrolled officer. Each package is
taken in or refused with a :class:`DomainError` naming what is wrong, never
another exception (exit 1), never an outage (exit 3), and a refusal leaves
every table as it was."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text

from domain.errors import DomainError
from storage import package
from storage.headoffice.db import HeadOfficeDbError
from storage.headoffice.officers import enrol_officer
from storage.headoffice.portfolio import import_into_portfolio
from tests.headoffice.pg_fixtures import REVIEWER, add_case, engine, needs_pg, pg_url, station
from tests.storage.export_fixtures import HEAD_OFFICE
from tests.storage.fuzz_mutations import dumps, examples, mutated
from tests.storage.hostile_packages import build

pytestmark = needs_pg
__all__ = ["engine", "pg_url"]

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TABLES = ("case_row", "audit_entry", "attachment", "access_entry", "ho_case_meta", "ho_identifier")


def _rows(engine: Engine) -> tuple[int, ...]:
    with engine.connect() as conn:
        return tuple(
            int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in TABLES
        )


def _setup(engine: Engine, tmp_path: Path) -> tuple[dict[str, Any], dict[str, bytes], Any]:
    st_ = station(tmp_path / "a")
    enrol_officer(engine, st_.enrolment())
    good = st_.export(add_case(st_))
    verified, members = package.open_package(good, HEAD_OFFICE.encryption)
    return verified.envelope, members, st_.ws.signing_key()


def _import_or_refuse(engine: Engine, data: bytes) -> None:
    before = _rows(engine)
    try:
        import_into_portfolio(engine, data, HEAD_OFFICE, REVIEWER)
    except HeadOfficeDbError as exc:
        raise AssertionError(f"read as an outage: {exc}") from exc
    except DomainError as exc:
        assert exc.message.render()
        assert _rows(engine) == before
        return
    assert _rows(engine)[0] >= 1


def test_mutated_cases_examples_and_envelopes_are_taken_in_or_refused_never_a_crash(
    engine: Engine, tmp_path: Path
) -> None:
    envelope, members, signer = _setup(engine, tmp_path)
    case = json.loads(members["case.json"])
    header = {k: v for k, v in envelope.items() if k != "format"}

    @FUZZ
    @given(data=st.data(), which=st.sampled_from(["case", "example", "envelope", "audit"]))
    def one(data: st.DataObject, which: str) -> None:
        env, parts = dict(envelope), dict(members)
        if which == "case":
            parts["case.json"] = dumps(data.draw(mutated(case)))
        elif which == "example":
            example = data.draw(st.sampled_from(examples()))
            env.update(
                case_uuid=example.get("uuid"),
                case_number=example.get("number"),
                case_version=example.get("version"),
            )
            parts["case.json"] = dumps(data.draw(mutated(example)))
        elif which == "envelope":
            env = data.draw(mutated(header))
        else:
            parts["audit.json"] = dumps(data.draw(mutated(json.loads(members["audit.json"]))))
        _import_or_refuse(engine, build(env, parts, signer))

    one()
