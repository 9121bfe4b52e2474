"""Erasing the personal data in a case's audit values without breaking its
chain (PIPL art. 47; docs/SECURITY.md, "Audit chain and tamper evidence").

Every entry's ``old``, ``new`` and ``reason`` and its salt are blanked and
``erased_at`` set; the chain keeps verifying through each entry's salted
``value_digest`` (legacy entries, written before revision 0009, through their
stored hash). An ``erase`` entry appended afterwards records up to which entry
values were erased and when: :func:`storage.audit.verify_chain` reports
erased values without such a record as tampering.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from storage.audit import ERASE_ACTION, ERASE_FIELD, ChainAppender
from storage.tables import AuditRow


def erase_audit_values(
    session: Session, chain: ChainAppender, *, at: datetime, actor: str, state: str
) -> int:
    """Erase the values of every entry of ``chain``'s case so far and append
    the ``erase`` record (with ``state``, the payload's hash). Returns how many
    entries had values erased. Runs in the caller's transaction."""
    if session.get_bind().dialect.name == "sqlite":
        # Overwrite freed pages rather than leave the old values in them.
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
    through = chain.last_seq
    rows = session.exec(
        select(AuditRow).where(
            AuditRow.case_uuid == chain.case_uuid,
            col(AuditRow.seq) <= through,
            col(AuditRow.erased_at).is_(None),
            AuditRow.action != ERASE_ACTION,
        )
    ).all()
    for row in rows:
        row.old = row.new = row.reason = row.salt = ""
        row.erased_at = at
        session.add(row)
    chain.append(
        at=at, actor=actor, action=ERASE_ACTION, state=state, field=ERASE_FIELD, new=str(through)
    )
    return len(rows)


__all__ = ["erase_audit_values"]
