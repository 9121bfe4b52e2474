"""Headless sub-commands of ``main.py`` (CONTRACTS.md, "Command line").

Each module exposes ``register(subparsers)``, which adds its sub-parser and
sets ``handler=run`` with ``run(args) -> int`` returning an exit code. main.py
imports a module only when its command runs, so that start-up stays light.
Commands may use ``domain`` and ``storage``; never ``ui``.
"""

from __future__ import annotations

#: (command name, module, one-line help). The module is imported lazily.
COMMANDS: list[tuple[str, str, str]] = [
    ("init", "cli.init", "create a new, empty workspace (the first run without a screen)"),
    ("demo", "cli.demo", "create a demo workspace without a screen"),
    ("case", "cli.case", "a case's steps without a screen: create, finish, complete, answer"),
    ("assess", "cli.assess", "print the assessment of a case file as JSON"),
    ("memo", "cli.memo", "print the credit memo of a case as PDF"),
    ("verify", "cli.verify", "verify a case package's signature and hashes"),
    ("audit", "cli.audit", "verify the audit chains of a workspace"),
    ("export", "cli.export", "export case packages for head office, or a spreadsheet"),
    ("import", "cli.import_cmd", "import case packages into a workspace"),
    ("keys", "cli.keys", "enrolment files and head office's key"),
    ("backup", "cli.backup", "write an encrypted backup of a workspace"),
    ("restore", "cli.restore", "restore a workspace from a checked backup"),
    ("password", "cli.password", "change or recover the workspace password"),
    ("archive", "cli.archive", "archive a case (cases are never deleted)"),
    ("purge", "cli.purge", "purge archived cases past the retention period"),
    ("import-reply", "cli.reply", "import head office's replies to returned cases"),
    ("rulepack", "cli.rulepack", "install head office's signed rule packs"),
    ("headoffice", "cli.headoffice", "head office: portfolio, review, rule packs (PostgreSQL)"),
]
