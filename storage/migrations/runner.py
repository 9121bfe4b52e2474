"""Run the workspace's Alembic revisions from code (no alembic.ini).

``storage.workspace`` calls :func:`upgrade` on every open, after copying the
database when a revision is pending. Alembic itself is imported only when a
migration runs: :func:`head_revision` and :func:`is_known_revision`, which
every open asks, read the revision ids from the scripts' source, so that
unlocking an up-to-date workspace does not load the migration tool (about a
third of a second of start-up on an office laptop).
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent
VERSIONS_DIR = MIGRATIONS_DIR / "versions"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def revision_graph() -> dict[str, str | None]:
    """``revision → down_revision`` of every script in ``versions/``, read from
    the module-level assignments (the scripts are not imported)."""
    graph: dict[str, str | None] = {}
    for path in sorted(VERSIONS_DIR.glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                target, value = node.target, node.value
            else:
                continue
            if isinstance(target, ast.Name) and isinstance(value, ast.Constant):
                values[target.id] = value.value
        revision = values.get("revision")
        if isinstance(revision, str):
            down = values.get("down_revision")
            graph[revision] = down if isinstance(down, str) else None
    return graph


def head_revision() -> str:
    graph = revision_graph()
    parents = {down for down in graph.values() if down is not None}
    heads = sorted(rev for rev in graph if rev not in parents)
    assert len(heads) == 1, f"storage/migrations must have one head, has {heads}"
    return heads[0]


def is_known_revision(revision: str) -> bool:
    """True when this version of the application has ``revision`` among its scripts."""
    return revision in revision_graph()


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at; None when it has never been migrated."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), target)


def downgrade(connection: Connection, target: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(connection), target)
