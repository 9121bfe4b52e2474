"""Alembic revisions of the workspace schema, run by ``storage.workspace`` on open."""
