"""The workspace password's strength rule, shared by the first-run and
change-password dialogs and the command line: at least 10 characters, using
at least three of lower case, upper case, digits and symbols."""

from __future__ import annotations

MIN_PASSWORD_LENGTH = 10
MIN_CHARACTER_CLASSES = 3

RULE_LENGTH = "length"
RULE_CLASSES = "classes"


def character_classes(password: str) -> int:
    """How many of lower case, upper case, digit and symbol the password uses."""
    return sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )


def password_rule_failures(password: str) -> list[str]:
    """Ids of the password rules the text breaks (empty list: acceptable)."""
    failures = []
    if len(password) < MIN_PASSWORD_LENGTH:
        failures.append(RULE_LENGTH)
    if character_classes(password) < MIN_CHARACTER_CLASSES:
        failures.append(RULE_CLASSES)
    return failures
