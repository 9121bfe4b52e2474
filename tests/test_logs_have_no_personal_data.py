"""A whole headless day at DEBUG leaves no applicant's name, ID, phone or account in the log."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import main as main_module
from domain.assessment import assess_with_fraud
from domain.log_filter import PersonalDataFilter, redact
from storage.archive import archive_case
from storage.backup import create_backup
from storage.demo_workspace import create_demo_workspace
from storage.export import export_cases
from storage.headoffice_keys import HeadOfficeKeyError, import_headoffice_enrolment
from storage.logging_setup import setup_file_logging
from storage.memo_service import print_case_memo
from storage.rulepack_files import load_rule_pack
from storage.workspace import open_workspace
from tests.storage.export_fixtures import headoffice_enrolment
from tests.storage.workspace_fixtures import FAST_KDF, PASSWORD


def _main(argv: list[str]) -> int:
    saved = sys.argv
    sys.argv = ["main.py", *argv]
    try:
        return main_module.main()
    finally:
        sys.argv = saved


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "logs" / "fcw.log"
    root = logging.getLogger()
    level = root.level
    handler = setup_file_logging(path, logging.DEBUG)
    # As someone chasing a bug would: every SQL statement, its parameters and rows.
    sql = logging.getLogger("sqlalchemy.engine")
    sql.setLevel(logging.DEBUG)
    try:
        yield path
    finally:
        sql.setLevel(logging.NOTSET)
        root.removeHandler(handler)
        handler.close()
        root.setLevel(level)


def test_the_redaction_masks_ids_mobiles_and_account_numbers_but_not_amounts() -> None:
    text = "ID 33010219900307123X tel 138-1234-5678 acct 6222 0212 3456 7890 123 amount 1234567.89"
    assert redact(text) == "ID <id> tel <phone> acct <account> amount 1234567.89"


def test_a_case_passed_as_an_argument_is_withheld_not_rendered() -> None:
    from domain.case import Case

    case = Case()
    case.applicant.owner.name = "陈立"
    record = logging.LogRecord("fcw", logging.INFO, __file__, 1, "saving %s", (case,), None)
    PersonalDataFilter().filter(record)
    assert record.getMessage() == "saving <withheld>"


def test_a_full_headless_flow_at_debug_logs_no_applicant_personal_data(
    tmp_path: Path, debug_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "ws"
    today = datetime(2026, 11, 27, tzinfo=UTC).date()
    with create_demo_workspace(
        directory, password=PASSWORD, count=14, today=today, kdf=FAST_KDF
    ) as ws:
        with contextlib.suppress(HeadOfficeKeyError):  # the demo may bring its own
            import_headoffice_enrolment(ws, headoffice_enrolment(), PASSWORD)
        pack = load_rule_pack()
        cases = [ws.store.load(u) for u, _ in ws.store.case_ids()]
        for case in cases:
            assess_with_fraud(case, pack, today=today)
        for case in cases[:3]:
            print_case_memo(
                case,
                tmp_path / f"{case.number}.pdf",
                print_time=datetime.now(UTC),
                pack=pack,
                draft=True,
            )
        export_cases(ws, [c.uuid for c in cases], tmp_path / "out", pack=pack)
        create_backup(ws, now=datetime.now(UTC))
        archive_case(ws, cases[0].uuid, ws.actor, reason="撤回")
        # Careless log calls elsewhere in the code base must not leak either.
        owner = cases[1].applicant.owner
        logging.getLogger("fcw.test").debug("loaded %s", cases[1])
        logging.getLogger("fcw.test").info("owner phone %s id %s", owner.phone, owner.id_number)
        try:
            raise ValueError(f"bad account {owner.bank_account}")
        except ValueError:
            logging.getLogger("fcw.test").exception("failed")
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    assert _main(["audit", "verify", "--workspace", str(directory)]) == 0
    assert (
        _main(
            [
                "memo",
                "--workspace",
                str(directory),
                "--case",
                cases[2].number,
                "-o",
                str(tmp_path / "cli.pdf"),
                "--draft",
            ]
        )
        == 0
    )

    for handler in logging.getLogger().handlers:
        handler.flush()
    log_text = debug_log.read_text("utf-8")
    assert "sqlalchemy" in log_text  # DEBUG really was on
    assert "<withheld>" in log_text and "<phone>" in log_text
    secrets: set[str] = set()
    for case in cases:
        people = [case.applicant.owner]
        if case.applicant.spouse is not None:
            people.append(case.applicant.spouse)
        for person in people:
            secrets |= {person.name, person.id_number, person.phone, person.bank_account}
    secrets.discard("")
    assert len(secrets) > 40  # 14 applicants, most with a spouse
    leaked = sorted(s for s in secrets if s in log_text)
    assert leaked == []
    with open_workspace(directory, PASSWORD):
        pass
