"""``domain.ports.WorkspaceGateway`` for the workstation: how the UI creates,
unlocks and opens workspaces. A light module: opening goes through
:mod:`storage.quick_open` (the case list paints before SQLAlchemy loads);
creating a workspace and read-only opens load :mod:`storage.workspace`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storage.keyfile import DEFAULT_SCRYPT, KEY_FILE_NAME, ScryptParams
from storage.quick_open import open_workspace_quickly
from storage.sqlcipher_conn import DB_FILE_NAME

if TYPE_CHECKING:
    from storage.workspace import Workspace


class SqlWorkspaceGateway:
    """``domain.ports.WorkspaceGateway`` over :mod:`storage.workspace`."""

    def __init__(
        self,
        *,
        kdf: ScryptParams = DEFAULT_SCRYPT,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._kdf = kdf
        self._clock = clock

    def exists(self, directory: Path) -> bool:
        """True when ``directory`` holds a key file and a database (not checked further)."""
        return (directory / KEY_FILE_NAME).is_file() and (directory / DB_FILE_NAME).is_file()

    def create(
        self, directory: Path, password: str, officer_name: str, staff_no: str, branch: str
    ) -> Workspace:
        from storage.workspace import create_workspace

        extra: dict[str, Any] = {} if self._clock is None else {"clock": self._clock}
        return create_workspace(
            directory, password, officer_name, staff_no, branch, kdf=self._kdf, **extra
        )

    def open(self, directory: Path, password: str) -> Any:
        """The unlocked workspace (a ``QuickWorkspace`` when its schema is current)."""
        return open_workspace_quickly(directory, password, clock=self._clock)

    def open_read_only(self, directory: Path, password: str) -> Workspace:
        """For the WorkspaceBusy dialog's "open read-only": no lock, writes refused."""
        from storage.workspace import open_workspace

        extra: dict[str, Any] = {} if self._clock is None else {"clock": self._clock}
        return open_workspace(directory, password, read_only=True, **extra)


__all__ = ["SqlWorkspaceGateway"]
