"""Head office's blacklist: identifiers it refuses (``headoffice blacklist``).

Stored normalised (:func:`domain.fraud.blacklist.normalise`) in
``ho_blacklist``; published in every rule pack as ``blacklist.toml`` for the
fraud rule ``business.blacklisted`` at the workstations.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from domain.errors import ValidationError
from domain.fraud.blacklist import KINDS, normalise
from domain.i18n import Message, tr_noop
from storage.headoffice.db import HeadOfficeUnitOfWork
from storage.headoffice.tables import blacklist


@dataclass(frozen=True)
class BlacklistEntry:
    kind: str
    value: str
    reason: str
    added_by: str
    added_at: datetime


def _checked(kind: str, value: str) -> str:
    if kind not in KINDS:
        raise ValidationError(
            Message(
                tr_noop("Unknown blacklist kind {kind}: use one of {kinds}."),
                {"kind": kind, "kinds": ", ".join(KINDS)},
            ),
            field="kind",
        )
    norm = normalise(kind, value)
    if len(norm) < 5:
        raise ValidationError(
            Message(
                tr_noop("{value} is too short to be a {kind}."), {"value": value, "kind": kind}
            ),
            field="value",
        )
    return norm


def add_entry(
    engine: Engine, kind: str, value: str, reason: str, by: str, *, now: datetime | None = None
) -> bool:
    """Add (or re-word the reason of) an entry; True when it is new."""
    norm = _checked(kind, value)
    stamp = now or datetime.now().astimezone()
    with HeadOfficeUnitOfWork(engine) as uow:
        existed = uow.session.execute(
            select(blacklist.c.kind).where(blacklist.c.kind == kind, blacklist.c.value == norm)
        ).first()
        stmt = pg_insert(blacklist).values(
            kind=kind, value=norm, reason=reason, added_by=by, added_at=stamp
        )
        uow.session.execute(
            stmt.on_conflict_do_update(index_elements=["kind", "value"], set_={"reason": reason})
        )
        uow.commit()
    return existed is None


def remove_entry(engine: Engine, kind: str, value: str) -> bool:
    norm = _checked(kind, value)
    with HeadOfficeUnitOfWork(engine) as uow:
        result = uow.session.execute(
            delete(blacklist).where(blacklist.c.kind == kind, blacklist.c.value == norm)
        )
        uow.commit()
    return bool(getattr(result, "rowcount", 0))


def entries(engine: Engine) -> list[BlacklistEntry]:
    with HeadOfficeUnitOfWork(engine) as uow:
        rows = uow.session.execute(
            select(blacklist).order_by(blacklist.c.kind, blacklist.c.value)
        ).all()
    return [BlacklistEntry(r.kind, r.value, r.reason, r.added_by, r.added_at) for r in rows]


def blacklist_toml(items: list[BlacklistEntry]) -> str:
    """The ``blacklist.toml`` of a rule pack (strings written JSON-escaped,
    which TOML basic strings read alike)."""
    lines = [
        "# Head office's blacklist (fraud rule business.blacklisted). Values normalised.",
        "",
    ]
    for e in items:
        lines += [
            "[[entries]]",
            f"kind = {json.dumps(e.kind)}",
            f"value = {json.dumps(e.value, ensure_ascii=False)}",
            f"reason = {json.dumps(e.reason, ensure_ascii=False)}",
            "",
        ]
    if not items:
        lines.append("entries = []")
    return "\n".join(lines) + "\n"
