"""Alembic environment: configured in code by ``storage.migrations.runner``, never by alembic.ini.

The caller passes an open connection (keyed SQLCipher, or PostgreSQL) in
``config.attributes["connection"]``; there is no offline (SQL script) mode.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection)
with context.begin_transaction():
    context.run_migrations()
