"""SqlCaseStore: numbers, versions, audit entries per changed field, the case list."""

from __future__ import annotations

import hashlib
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from domain.case import Attachment, Case
from domain.enums import CaseStatus
from domain.ports import CaseFilter
from domain.serialization import copy_case
from storage import audit
from storage.case_store import CaseConflict, SqlCaseStore
from storage.workspace import Workspace
from tests.storage.workspace_fixtures import BEIJING, OFFICER, StepClock, new_workspace


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = new_workspace(tmp_path / "ws")
    yield workspace  # type: ignore[misc]
    workspace.close()


def _case(
    name: str = "陈立",
    industry: str = "restaurant",
    amount: str | None = None,
    status: CaseStatus = CaseStatus.DRAFT,
) -> Case:
    case = Case(status=status)
    case.applicant.owner.name = name
    case.business.industry = industry
    case.loan.amount = None if amount is None else Decimal(amount)
    return case


def test_new_cases_get_branch_local_date_and_a_running_number(ws: Workspace) -> None:
    first = ws.store.create(_case(), OFFICER)
    second = ws.store.create(_case(), OFFICER)

    # clock: 2026-11-27 10:00 Beijing; branch 3301 from the workspace
    assert (first.number, second.number) == ("3301-20261127-0001", "3301-20261127-0002")
    assert first.version == 1 and first.branch == "3301"


def test_the_case_number_uses_the_local_date_not_utc(tmp_path: Path) -> None:
    # 00:30 in Beijing is still 26 November in UTC; the number says 27 November.
    clock = StepClock(datetime(2026, 11, 27, 0, 30, tzinfo=BEIJING))
    with new_workspace(tmp_path / "ws", clock) as ws:
        assert ws.store.create(_case(), OFFICER).number == "3301-20261127-0001"


def test_a_case_loads_by_uuid_and_by_number_and_an_unknown_id_is_a_key_error(
    ws: Workspace,
) -> None:
    case = ws.store.create(_case(name="周芳"), OFFICER)

    assert ws.store.load(case.uuid).applicant.owner.name == "周芳"
    assert ws.store.load(case.number).uuid == case.uuid
    with pytest.raises(KeyError):
        ws.store.load("3301-20261127-9999")


def test_saving_bumps_the_version_and_logs_each_changed_field(ws: Workspace) -> None:
    case = ws.store.create(_case(), OFFICER)
    case.applicant.owner.phone = "13912345678"
    case.loan.amount = Decimal("500000")

    result = ws.store.save(case, OFFICER, reason="visit notes")

    assert result.version == 2 and case.version == 2
    assert result.changes == ["applicant/owner/phone", "loan/amount"]
    history = ws.store.history(case.uuid)
    assert [(e.seq, e.action, e.field, e.old, e.new) for e in history] == [
        (1, "create", "", "", "3301-20261127-0001"),
        (2, "edit", "applicant/owner/phone", "", "13912345678"),
        (3, "edit", "loan/amount", "", "500000"),
    ]
    assert {e.reason for e in history[1:]} == {"visit notes"}
    assert {e.actor for e in history} == {"王小明 (S0421)"}
    assert ws.store.load(case.uuid).applicant.owner.phone == "13912345678"


def test_a_status_change_is_logged_as_a_status_action(ws: Workspace) -> None:
    case = ws.store.create(_case(), OFFICER)
    case.status = CaseStatus.IN_FIELD
    ws.store.save(case, OFFICER)

    last = ws.store.history(case.uuid)[-1]
    assert (last.action, last.field, last.old, last.new) == (
        "status",
        "status",
        "draft",
        "in_field",
    )


def test_saving_an_unchanged_case_writes_nothing(ws: Workspace) -> None:
    case = ws.store.create(_case(), OFFICER)

    result = ws.store.save(case, OFFICER)

    assert result.version == 1 and result.changes == []
    assert len(ws.store.history(case.uuid)) == 1


def test_saving_a_stale_copy_is_refused_and_changes_nothing(ws: Workspace) -> None:
    case = ws.store.create(_case(), OFFICER)
    stale = copy_case(case)
    case.notes = "first"
    ws.store.save(case, OFFICER)
    stale.notes = "second"

    with pytest.raises(CaseConflict):
        ws.store.save(stale, OFFICER)

    assert ws.store.load(case.uuid).notes == "first"
    assert len(ws.store.history(case.uuid)) == 2


def test_a_failure_while_logging_leaves_neither_the_case_nor_the_log_changed(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = ws.store.create(_case(), OFFICER)
    case.applicant.owner.phone = "13912345678"
    case.notes = "x"
    calls = {"n": 0}
    real_append = audit.ChainAppender.append

    def fail_on_second(self: audit.ChainAppender, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk trouble")
        return real_append(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(audit.ChainAppender, "append", fail_on_second)
    with pytest.raises(RuntimeError):
        ws.store.save(case, OFFICER)

    stored = ws.store.load(case.uuid)
    assert stored.version == 1 and stored.applicant.owner.phone == ""
    assert len(ws.store.history(case.uuid)) == 1
    assert case.version == 1  # the caller's copy did not move on either


def test_summary_metrics_change_the_list_but_not_the_version(ws: Workspace) -> None:
    case = ws.store.create(_case(), OFFICER)
    ws.store.set_summary_metrics(case.uuid, progress=40, red=1, amber=2)
    ws.store.save(case, OFFICER, progress=55)

    (summary,) = ws.store.summaries()
    assert (summary.progress, summary.red, summary.amber, summary.version) == (55, 1, 2, 1)


def test_the_summary_shows_the_loan_amount_to_the_fen(ws: Workspace) -> None:
    ws.store.create(_case(amount="300000.5"), OFFICER)

    (summary,) = ws.store.summaries()
    # 300000.5 yuan = 30000050 fen, shown back as 300000.50
    assert summary.amount == Decimal("300000.50")
    assert summary.name == "陈立" and summary.status == CaseStatus.DRAFT


def _list_fixture(store: SqlCaseStore) -> None:
    store.create(_case("ABC Trading 张", "wholesale", "100000"), OFFICER)
    store.create(_case("李记面馆", "restaurant", "50000", CaseStatus.IN_FIELD), OFFICER)
    store.create(_case("王氏五金", "wholesale", "200000"), OFFICER)
    store.create(_case("老店", "restaurant", "80000", CaseStatus.ARCHIVED), OFFICER)


def test_the_list_filters_by_text_status_and_industry_and_hides_archived(ws: Workspace) -> None:
    _list_fixture(ws.store)

    assert ws.store.count() == 3
    assert ws.store.count(CaseFilter(include_archived=True)) == 4
    assert [s.name for s in ws.store.summaries(CaseFilter(text="abc"))] == ["ABC Trading 张"]
    assert ws.store.count(CaseFilter(text="面馆")) == 1
    assert ws.store.count(CaseFilter(text="20261127-0003")) == 1  # by case number
    assert ws.store.count(CaseFilter(status=CaseStatus.IN_FIELD)) == 1
    assert ws.store.count(CaseFilter(industry="wholesale")) == 2
    assert ws.store.count(CaseFilter(text="%")) == 0  # LIKE wildcards are literal


def test_the_list_sorts_and_pages(ws: Workspace) -> None:
    _list_fixture(ws.store)

    by_amount = ws.store.summaries(order_by="amount", descending=False)
    assert [s.amount for s in by_amount] == [
        Decimal("50000.00"),
        Decimal("100000.00"),
        Decimal("200000.00"),
    ]
    page_two = ws.store.summaries(order_by="number", descending=False, offset=1, limit=1)
    assert [s.number for s in page_two] == ["3301-20261127-0002"]
    # latest change first by default: the third case was created last of the visible ones
    assert ws.store.summaries()[0].name == "王氏五金"
    with pytest.raises(ValueError):
        ws.store.summaries(order_by="payload")


def test_attachment_bytes_come_back_with_size_and_hash(ws: Workspace) -> None:
    case = ws.store.create(_case(), OFFICER)
    data = b"\xff\xd8\xff photo of the shop front"

    stored = ws.store.add_attachment(case.uuid, Attachment(filename="门头.jpg"), data, OFFICER)

    assert stored.size == len(data) == 27
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.mime == "image/jpeg"
    assert ws.store.attachment_bytes(case.uuid, stored.id) == data
    assert ws.store.history(case.uuid)[-1].action == "attach"
    with pytest.raises(KeyError):
        ws.store.attachment_bytes("another-case", stored.id)


def test_the_access_log_lists_who_did_what_in_order(ws: Workspace) -> None:
    case = ws.store.create(_case(), OFFICER)
    ws.store.record_access(case.uuid, OFFICER, "open")
    ws.store.record_access(case.uuid, OFFICER, "print")

    log = ws.store.access_log(case.uuid)
    assert [(a.actor, a.action) for a in log] == [
        ("王小明 (S0421)", "open"),
        ("王小明 (S0421)", "print"),
    ]
    assert log[0].at < log[1].at


def test_create_many_creates_all_cases_in_one_go_with_running_numbers(ws: Workspace) -> None:
    cases = ws.store.create_many([_case(f"店{i}") for i in range(3)], OFFICER)

    assert [c.number[-4:] for c in cases] == ["0001", "0002", "0003"]
    assert ws.store.count() == 3


def test_access_and_attachments_for_an_unknown_case_are_key_errors(ws: Workspace) -> None:
    with pytest.raises(KeyError):
        ws.store.record_access("no-such-case", OFFICER, "open")
    with pytest.raises(KeyError):
        ws.store.add_attachment("no-such-case", Attachment(filename="a.jpg"), b"x", OFFICER)


def test_an_attachment_added_by_case_number_belongs_to_the_case(ws: Workspace) -> None:
    case = ws.store.create(_case(), OFFICER)

    stored = ws.store.add_attachment(case.number, Attachment(filename="a.pdf"), b"%PDF", OFFICER)

    assert ws.store.attachment_bytes(case.uuid, stored.id) == b"%PDF"
    assert stored.mime == "application/pdf"
