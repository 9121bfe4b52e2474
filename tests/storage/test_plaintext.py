"""Nothing personal is readable in any file of the workspace folder."""

from __future__ import annotations

from pathlib import Path

from domain.case import Attachment, Case
from storage.workspace import open_workspace
from tests.storage.workspace_fixtures import OFFICER, PASSWORD, new_workspace

NAME = "欧阳铁柱"
ID_NUMBER = "33010619850712401X"
PHONE = "13957106234"
PHOTO = b"EXIF-unique-photo-bytes-7f3a9c"


def _leaks(directory: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(directory.iterdir()):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for value in (NAME, ID_NUMBER, PHONE):
            if value.encode("utf-8") in data:
                found.append((path.name, value))
        if PHOTO in data:
            found.append((path.name, "photo"))
    return found


def test_no_file_in_the_workspace_folder_holds_name_id_or_phone_in_plain_text(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        case = Case()
        case.applicant.owner.name = NAME
        case.applicant.owner.id_number = ID_NUMBER
        case.applicant.owner.phone = PHONE
        ws.store.create(case, OFFICER)
        case.notes = f"met {NAME}, phone {PHONE}"
        ws.store.save(case, OFFICER)
        ws.store.add_attachment(case.uuid, Attachment(filename="id.jpg"), PHOTO, OFFICER)
        # While open the WAL (and -shm) hold the latest pages: scanned too.
        names_while_open = {p.name for p in directory.iterdir()}
        assert _leaks(directory) == []

    assert {"workspace.db-wal", "workspace.db-shm"} <= names_while_open
    assert _leaks(directory) == []  # after close and WAL checkpoint
    with open_workspace(directory, PASSWORD) as ws:  # the values are there, encrypted
        assert ws.store.load(case.uuid).applicant.owner.id_number == ID_NUMBER
