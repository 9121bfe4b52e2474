"""Write the small workspace that ``tests/storage/test_workspace_format.py`` opens.

    PYTHONPATH=/path/to/other-binding uv run python -m tests.tools.make_workspace_fixture DIR

Run it with the *other* SQLCipher binding first on the import path (the folder
holding its ``sqlcipher3`` package): the committed fixture was written by
``sqlcipher3`` 0.6.4, the binding Windows and macOS install, built from its
sdist on Linux (its SQLCipher 4.19.0 amalgamation, the library in its Windows
and macOS wheels, against the system's OpenSSL); see docs/WINDOWS.md. The case
holds characters outside the Basic Multilingual Plane and CJK extension A so
that their encoding is checked too.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from domain.case import Case
from storage.workspace import create_workspace
from tests.storage.workspace_fixtures import FAST_KDF, OFFICER, PASSWORD, StepClock

APPLICANT = "龑䶮𠮷记小吃店"
OWNER = "𠮷䶮"


def make(directory: Path) -> dict[str, str]:
    """The workspace in ``directory`` and what the test expects of it."""
    ws = create_workspace(
        directory,
        PASSWORD,
        OFFICER.name,
        OFFICER.staff_no,
        OFFICER.branch,
        kdf=FAST_KDF,
        clock=StepClock(),
    )
    with ws:
        case = Case()
        case.applicant.registered_name = APPLICANT
        case.applicant.owner.name = OWNER
        created = ws.store.create(case, OFFICER)
        raw = ws.engine.raw_connection()
        try:
            (cipher_version,) = raw.driver_connection.execute("PRAGMA cipher_version").fetchone()
        finally:
            raw.close()
    (directory / "workspace.lock").unlink(missing_ok=True)
    return {"case_uuid": created.uuid, "sqlcipher": str(cipher_version)}


if __name__ == "__main__":
    target = Path(sys.argv[1])
    print(json.dumps(make(target), ensure_ascii=False, indent=2))
