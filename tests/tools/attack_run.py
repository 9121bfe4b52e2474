"""The attack run of issue 20: every hostile package of
``tests/storage/hostile_packages.py``, signed by an enrolled key, into the
workstation's import and (with ``FCW_TEST_PG_URL``) head office's, counted by
attack class: tried / refused / wrongly accepted / crashed.

``refused``: a named error (``DomainError``) and nothing written.
``crashed``: any other exception, an outage reading, or rows written by a
refused package. Run: ``uv run python -m tests.tools.attack_run``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from domain.errors import DomainError
from storage import package
from storage.export import export_case
from storage.import_case import import_package
from tests.storage.export_fixtures import HEAD_OFFICE, snapshot, walked_case, workstation
from tests.storage.hostile_packages import ATTACKS, hostile
from tests.storage.workspace_fixtures import StepClock, new_workspace


def _fresh(env: Any, members: Any, version: int) -> tuple[Any, Any]:
    """The good package as a newer version: an attack taken in before cannot
    make the next one look "unchanged" (and so accepted)."""
    data = json.loads(members["case.json"])
    data["version"] = version
    return {**env, "case_version": version}, {**members, "case.json": json.dumps(data).encode()}


def _classify(run: Any, state: Any) -> str:
    before = state()
    try:
        run()
    except DomainError as exc:
        if getattr(exc, "unavailable", False):
            return "crashed"
        return "refused" if state() == before else "crashed"
    except Exception:
        return "crashed"
    return "wrongly accepted"


def _headoffice(tmp: Path) -> tuple[Any, Any, Any] | None:
    url = os.environ.get("FCW_TEST_PG_URL", "")
    if not url:
        return None
    from sqlalchemy import create_engine, text

    from storage.headoffice.db import connect
    from storage.headoffice.officers import enrol_officer
    from storage.headoffice.portfolio import import_into_portfolio
    from tests.headoffice.pg_fixtures import REVIEWER, add_case, scoped_url, station

    schema = f"fcw_attack_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = connect(scoped_url(schema))
    st = station(tmp / "station")
    enrol_officer(engine, st.enrolment())
    good = st.export(add_case(st))
    verified, members = package.open_package(good, HEAD_OFFICE.encryption)

    def state() -> tuple[int, ...]:
        with engine.connect() as conn:
            return tuple(
                int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
                for t in ("case_row", "audit_entry", "attachment", "ho_case_meta")
            )

    def attack(data: bytes) -> Any:
        return lambda: import_into_portfolio(engine, data, HEAD_OFFICE, REVIEWER)

    def drop() -> None:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return (verified.envelope, members, st.ws.signing_key()), (attack, state), drop


def main() -> int:
    results: dict[str, dict[str, Counter[str]]] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        with workstation(tmp / "ws") as ws:
            case = walked_case(ws)
            path = export_case(ws, case.uuid, tmp / "out", clock=StepClock()).path
            verified, members = package.open_package(path, HEAD_OFFICE.encryption)
            signer = ws.signing_key()
        with new_workspace(tmp / "target") as target:
            targets: list[tuple[str, Any, Any, Any]] = [
                (
                    "workstation import",
                    (verified.envelope, members, signer),
                    lambda data: lambda: import_package(target, data, HEAD_OFFICE.encryption),
                    lambda: snapshot(target),
                )
            ]
            ho = _headoffice(tmp)
            if ho is not None:
                good, (attack, state), drop = ho
                targets.append(("headoffice import", good, attack, state))
            try:
                for where, (env, mem, key), make, state in targets:
                    table = results.setdefault(where, {})
                    version = 100
                    for cls, items in ATTACKS.items():
                        for name, fn in items:
                            version += 1
                            fresh_env, fresh = _fresh(env, mem, version)
                            data = hostile(fn, fresh_env, fresh, key)
                            verdict = _classify(make(data), state)
                            table.setdefault(cls, Counter())[verdict] += 1
                            if verdict != "refused":
                                print(f"  {where}: {cls} / {name}: {verdict}", file=sys.stderr)
            finally:
                if ho is not None:
                    drop()
    for where, table in results.items():
        print(f"\n{where}\n")
        print("| attack class | tried | refused | wrongly accepted | crashed |")
        print("| --- | --- | --- | --- | --- |")
        total: Counter[str] = Counter()
        for cls, counts in table.items():
            tried = sum(counts.values())
            total.update(counts)
            print(
                f"| {cls} | {tried} | {counts['refused']} | {counts['wrongly accepted']} "
                f"| {counts['crashed']} |"
            )
        print(
            f"| all | {sum(total.values())} | {total['refused']} | "
            f"{total['wrongly accepted']} | {total['crashed']} |"
        )
    bad = sum(c["wrongly accepted"] + c["crashed"] for t in results.values() for c in t.values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
