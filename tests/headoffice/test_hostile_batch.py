"""Issue 20 at head office: a hostile package signed by an enrolled key fails
alone (named, nothing of it written), the batch goes on and ends with exit 4
and an exact count; a value PostgreSQL refuses is not read as an outage."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy import exc as sa_exc

from domain.errors import DomainError
from storage import package
from storage.db import rejected_data
from storage.headoffice.db import connect, translate
from storage.headoffice.officers import enrol_officer
from storage.headoffice.portfolio import import_into_portfolio
from storage.headoffice_keys import generate_headoffice_files
from tests.headoffice.pg_fixtures import REVIEWER, add_case, engine, needs_pg, pg_url, station
from tests.headoffice.test_import_jobs_cli import PASSPHRASE, run
from tests.storage.export_fixtures import HEAD_OFFICE
from tests.storage.hostile_packages import ATTACKS, build, hostile

pytestmark = needs_pg
__all__ = ["engine", "pg_url"]

#: One or two of each attack class (the whole list runs in tests/storage and
#: in tests/tools/attack_run.py).
POISON = [
    ("wrong types", "flags not a list"),
    ("wrong types", "assessment a list"),
    ("nested JSON", "case 100000 deep"),
    ("huge numbers", "40-digit amount"),
    ("surrogates", "lone surrogate in name"),
    ("long strings", "1000-char registered name"),
    ("10MB field", "10 MB registered name"),
    ("bad versions", "case_version 1.0"),
    ("zip bombs", "40 MB of zeros"),
]


def _rows(engine: Engine) -> tuple[int, ...]:
    with engine.connect() as conn:
        return tuple(
            int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
            for t in ("case_row", "audit_entry", "attachment", "ho_case_meta", "ho_identifier")
        )


@pytest.mark.parametrize(("cls", "name"), POISON)
def test_a_hostile_package_from_an_enrolled_officer_is_refused_and_writes_nothing(
    engine: Engine, tmp_path: Path, cls: str, name: str
) -> None:
    st = station(tmp_path / "a")
    enrol_officer(engine, st.enrolment())
    good = st.export(add_case(st))
    verified, members = package.open_package(good, HEAD_OFFICE.encryption)
    signer = st.ws.signing_key()
    before = _rows(engine)
    poison = hostile(dict(ATTACKS[cls])[name], verified.envelope, members, signer)
    with pytest.raises(DomainError):
        import_into_portfolio(engine, poison, HEAD_OFFICE, REVIEWER)
    assert _rows(engine) == before
    # and the good package still goes in afterwards
    assert import_into_portfolio(engine, good, HEAD_OFFICE, REVIEWER).result.outcome == "imported"


def test_a_value_postgresql_refuses_is_the_datas_fault_not_an_outage(engine: Engine) -> None:
    """An index row too large raises SQLSTATE 54000, which the driver files under
    OperationalError like a lost connection: it must not read as "cannot be reached"."""
    with engine.connect() as conn, pytest.raises(sa_exc.OperationalError) as caught:
        conn.execute(text("CREATE TEMP TABLE t (v text)"))
        conn.execute(text("CREATE INDEX ON t (v)"))
        conn.execute(text("INSERT INTO t VALUES (:v)"), {"v": secrets.token_hex(500_000)})
    assert rejected_data(caught.value)
    assert translate(caught.value) is None
    with pytest.raises(sa_exc.DataError) as too_long, engine.connect() as conn:
        conn.execute(text("CREATE TEMP TABLE u (v varchar(3))"))
        conn.execute(text("INSERT INTO u VALUES (:v)"), {"v": "abcd"})
    assert rejected_data(too_long.value) and translate(too_long.value) is None


def test_a_server_that_is_not_there_is_still_an_outage() -> None:
    from storage.headoffice.db import HeadOfficeDbError

    with pytest.raises(HeadOfficeDbError) as caught:
        connect("postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert caught.value.unavailable


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_batch_with_poison_packages_takes_in_every_good_one_and_exits_4_with_an_exact_count(
    pg_url: str, tmp_path: Path, jobs: str
) -> None:
    key, _, ho_keys = generate_headoffice_files(tmp_path / "keys", PASSPHRASE)
    st = station(tmp_path / "a", headoffice=ho_keys)
    enrol = tmp_path / "a.enrol.json"
    enrol.write_bytes(st.enrolment())
    assert run("headoffice", "keys", "add", "--db", pg_url, str(enrol)).returncode == 0
    folder = tmp_path / "in"
    folder.mkdir()
    goods = [st.export(add_case(st, n)) for n in (1, 2, 3)]
    verified, members = package.open_package(goods[0], ho_keys.encryption)
    for i, (cls, name) in enumerate(POISON):
        env, altered, inner = dict(ATTACKS[cls])[name](dict(verified.envelope), dict(members))
        raw = build(
            env,
            altered,
            st.ws.signing_key(),
            inner=inner,
            recipient_public=ho_keys.encryption_public,
        )
        # the poison sorts before, between and after the good packages
        (folder / f"{'0' if i % 2 else '4'}poison-{i}.fcwpkg").write_bytes(raw)
    for good in goods:
        (folder / good.name).write_bytes(good.read_bytes())

    result = run(
        "headoffice", "import", "--db", pg_url, "--key", str(key), "--jobs", jobs, str(folder)
    )

    assert result.returncode == 4, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert sum("FAILED" in line and "poison" in line for line in lines) == len(POISON)
    assert lines[-1] == (
        f"headoffice import: 3 package(s) committed (3 new, 0 replaced); "
        f"0 held already; {len(POISON)} failed; 0 not tried."
    )
    engine = connect(pg_url)
    try:
        assert _rows(engine)[0] == 3
    finally:
        engine.dispose()
