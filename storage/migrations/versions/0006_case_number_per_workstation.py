"""Case numbers are unique on a workstation, not across a bank.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27

A case number (``BRANCH-YYYYMMDD-NNNN``, CONTRACTS.md) is handed out by one
officer's workstation; two officers of the same branch can hand out the same
number on the same day. The case's identity is its UUID. At head office
(PostgreSQL) the unique constraint on ``case_row.number`` therefore goes, and a
plain index keeps lookups by number fast; a number that names several cases is
reported as ambiguous (``storage.case_store.AmbiguousCaseNumber``).

On a workstation (SQLite) the 0001 constraint stays: there a number names one
case, and dropping it would copy the whole table (gigabytes of payload on a
large workspace) for nothing. The workstation's import refuses a second case
with a number already in use, as before.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision: str | None = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("case_row_number_key", "case_row", type_="unique")
    op.create_index("ix_case_row_number", "case_row", ["number"])


def downgrade() -> None:
    op.drop_index("ix_case_row_number", table_name="case_row")
    if op.get_bind().dialect.name != "sqlite":
        op.create_unique_constraint("case_row_number_key", "case_row", ["number"])
