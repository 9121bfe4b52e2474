"""`main.py memo`: a case file or a workspace case to PDF; exit codes 0, 2, 3."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

import main as main_module
from domain.enums import CaseStatus
from domain.serialization import case_to_dict
from tests.domain.memo_sample import FULL_ID, sample_case
from tests.storage.export_fixtures import walked_case
from tests.storage.workspace_fixtures import PASSWORD, new_workspace

PRINT_TIME = "2026-11-27T10:30:00+08:00"


def main(argv: list[str]) -> int:
    """Run ``main.py`` as the shell would (it registers a command by ``sys.argv``)."""
    saved = sys.argv
    sys.argv = ["main.py", *argv]
    try:
        return main_module.main()
    finally:
        sys.argv = saved


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in reader.pages))


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case_to_dict(sample_case()), ensure_ascii=False), "utf-8")
    return path


def test_case_file_prints_a_chinese_memo_by_default(case_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "memo.pdf"

    code = main(["memo", str(case_file), "-o", str(out), "--print-time", PRINT_TIME])

    assert code == 0
    text = text_of(out)
    assert "授信调查报告" in text
    assert "路桥建国五金店" in text
    assert "人民币叁拾万元整" in text
    assert "报告语言简体中文" in text
    assert FULL_ID not in text
    assert not list(tmp_path.glob("*.part"))


def test_same_case_and_print_time_give_the_same_bytes(case_file: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert main(["memo", str(case_file), "-o", str(a), "--print-time", PRINT_TIME]) == 0
    assert main(["memo", str(case_file), "-o", str(b), "--print-time", PRINT_TIME]) == 0
    assert a.read_bytes() == b.read_bytes()


def test_lang_en_us_prints_english_labels(case_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "memo.pdf"
    args = ["memo", str(case_file), "-o", str(out), "--print-time", PRINT_TIME, "--lang", "en_US"]

    assert main(args) == 0

    text = text_of(out)
    assert "Creditinvestigationreport" in text
    assert "MemolanguageEnglish" in text


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (None, "cannot read"),
        ("{not json", "not a UTF-8 JSON case file"),
        ('{"loan": {"amount": 1.5}}', "/loan/amount"),
    ],
)
def test_bad_case_file_exits_2_saying_what_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, why: str
) -> None:
    path = tmp_path / "case.json"
    if content is not None:
        path.write_text(content, "utf-8")
    out = tmp_path / "memo.pdf"

    code = main(["memo", str(path), "-o", str(out)])

    assert code == 2
    assert why in capsys.readouterr().err
    assert not out.exists()


def test_bad_print_time_exits_2(case_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "memo.pdf"
    assert main(["memo", str(case_file), "-o", str(out), "--print-time", "yesterday"]) == 2
    assert not out.exists()


def test_unwritable_output_exits_2(case_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "memo.pdf"
    assert main(["memo", str(case_file), "-o", str(out), "--print-time", PRINT_TIME]) == 2


def test_no_case_given_exits_2(tmp_path: Path) -> None:
    assert main(["memo", "-o", str(tmp_path / "m.pdf")]) == 2


@pytest.fixture
def workspace_dir(tmp_path: Path) -> tuple[Path, str]:
    """A workspace holding one analysed case and one draft (number ``…-0002``)."""
    directory = tmp_path / "ws"
    with new_workspace(directory) as ws:
        case = walked_case(ws, CaseStatus.ANALYSED)
        walked_case(ws, CaseStatus.DRAFT, n=2)
    return directory, case.number


def _memo_args(directory: Path, number: str, out: Path, *more: str) -> list[str]:
    return ["memo", "--workspace", str(directory), "--case", number, "-o", str(out), *more]


def test_workspace_case_prints_and_is_written_to_the_access_log(
    workspace_dir: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory, number = workspace_dir
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    out = tmp_path / "memo.pdf"

    code = main(
        [
            "memo",
            "--workspace",
            str(directory),
            "--case",
            number,
            "-o",
            str(out),
            "--print-time",
            PRINT_TIME,
        ]
    )

    assert code == 0
    assert "路桥建国五金店" in text_of(out)
    from storage.workspace import open_workspace

    with open_workspace(directory, PASSWORD) as ws:
        case = ws.store.load(number)
        assert "print" in [r.action for r in ws.store.access_log(case.uuid)]
        assert case.status == CaseStatus.MEMO_PRINTED  # the final memo moves the case
        last = ws.store.history(case.uuid)[-1]
        assert (last.field, last.old, last.new) == ("status", "analysed", "memo_printed")
        assert last.reason == "memo printed as memo.pdf"


def test_a_draft_case_prints_only_a_draft_and_stays_a_draft(
    workspace_dir: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    directory, _ = workspace_dir
    draft_number = "3301-20261127-0002"
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    out = tmp_path / "memo.pdf"

    assert main(_memo_args(directory, draft_number, out, "--print-time", PRINT_TIME)) == 2
    said = capsys.readouterr().err
    assert "The final memo is printed once the investigation is completed" in said
    assert "Stage Site visit is not finished" in said
    assert not out.exists()

    args = _memo_args(directory, draft_number, out, "--print-time", PRINT_TIME, "--draft")
    assert main(args) == 0
    from storage.workspace import open_workspace

    with open_workspace(directory, PASSWORD) as ws:
        assert ws.store.load(draft_number).status == CaseStatus.DRAFT


def test_workspace_wrong_password_exits_3(
    workspace_dir: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory, number = workspace_dir
    monkeypatch.setenv("FCW_PASSWORD", "wrong")
    out = tmp_path / "memo.pdf"
    args = ["memo", "--workspace", str(directory), "--case", number, "-o", str(out)]
    assert main(args) == 3
    assert not out.exists()


def test_workspace_unknown_case_exits_2(
    workspace_dir: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory, _ = workspace_dir
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    args = ["memo", "--workspace", str(directory), "--case", "9999", "-o", str(tmp_path / "m.pdf")]
    assert main(args) == 2


def test_pending_red_flag_exits_2_unless_a_draft_is_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = sample_case()
    case.dispositions.clear()  # purpose.request_exceeds_need (red) is pending again
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case_to_dict(case), ensure_ascii=False), "utf-8")
    out = tmp_path / "memo.pdf"

    assert main(["memo", str(path), "-o", str(out), "--print-time", PRINT_TIME]) == 2
    assert "Request exceeds loan need" in capsys.readouterr().err  # the rule's title
    assert not out.exists()

    args = ["memo", str(path), "-o", str(out), "--print-time", PRINT_TIME, "--draft"]
    assert main(args) == 0
    assert "草稿，不得用于审批" in text_of(out)


def test_a_draft_printed_before_the_case_is_analysed_says_so_on_its_cover(
    workspace_dir: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory, _ = workspace_dir
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    out = tmp_path / "draft.pdf"
    args = _memo_args(directory, "3301-20261127-0002", out, "--print-time", PRINT_TIME, "--draft")
    assert main(args) == 0
    cover = text_of(out)
    assert "DRAFT, not for approval" in cover or "草稿" in cover
    # the reason is the lifecycle's: the case has not been through 完成调查
    assert "final memo is printed once the investigation is completed" in cover or (
        "完成调查后打印" in cover
    )
