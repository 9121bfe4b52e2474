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
