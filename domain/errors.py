"""Named domain errors that carry the field and a message a person can read."""

from __future__ import annotations

from domain.i18n import Message


class DomainError(Exception):
    """Base class: an error an officer can act on, with the field it concerns."""

    def __init__(self, message: Message, field: str = "") -> None:
        super().__init__(message.render())
        self.message = message
        self.field = field


class ValidationError(DomainError):
    """Input that breaks an input rule (DOMAIN.md §8)."""


class CaseFormatError(DomainError):
    """A case document that does not follow the case-file format."""


class RulePackError(DomainError):
    """A rule pack that is missing a key or holds a value of the wrong kind."""


class WorkspaceError(DomainError):
    """Opening, unlocking or writing the workspace failed; the files are unchanged."""


class WrongPassword(WorkspaceError):
    """The password does not unwrap the workspace's data key."""


class NotAWorkspace(WorkspaceError):
    """The folder holds no workspace, or its files are corrupt or not encrypted."""


class WorkspaceTooNew(WorkspaceError):
    """The workspace was written by a newer version of the application."""


class WorkspaceNotWritable(WorkspaceError):
    """The workspace folder or file cannot be written."""


class DiskFull(WorkspaceError):
    """The disk filled up during a write; the previous state was kept."""


class WorkspaceBusy(WorkspaceError):
    """Another process holds the workspace open for writing."""
