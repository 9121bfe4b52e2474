"""The same journey through the command line, from an empty folder.

Every step is a ``main.py`` command as an officer or head office would type it
(run in-process through ``main.main``): ``init``, head office's key files,
``case create`` from a case file, ``case attach``/``finish``/``decide``/
``complete``, ``memo``, ``export``, head office's ``keys add``/``import``/
``review``, ``import-reply``, ``case answer``, ``export`` again. No status is
seeded; every move is the lifecycle's own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import main as main_module
from domain.enums import CaseStatus
from storage.headoffice.db import connect
from storage.headoffice.service import PortfolioService
from storage.synthetic import small_jpeg
from storage.workspace import open_workspace
from tests.headoffice.pg_fixtures import needs_pg, pg_url

pytestmark = needs_pg
__all__ = ["pg_url"]

PASSWORD = "Taizhou-2026!field"
PASSPHRASE = "Head-Office-2026!"
QUESTION = "请补充近三个月的食材采购发票。"
ANSWER = "已补充2026年9至11月采购发票共42张，金额与账面一致。"


def main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main_module.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_journey_from_an_empty_folder_through_the_command_line(
    tmp_path: Path,
    pg_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FCW_PASSWORD", PASSWORD)
    monkeypatch.setenv("FCW_KEY_PASSPHRASE", PASSPHRASE)
    ws, ho = tmp_path / "workspace", tmp_path / "headoffice"

    # head office makes its keys; the officer's first run; head office's key once
    assert main(["keys", "generate-headoffice", "-o", str(ho)], capsys)[0] == 0
    (ho_key,) = ho.glob("*.key")
    (ho_enrol,) = ho.glob("*.json")
    code, _, err = main(["init", "--workspace", str(ws), "--name", "王建国",
                         "--staff-no", "TZ0423", "--branch", "3301"], capsys)  # fmt: skip
    assert code == 0, err
    assert (
        main(
            ["init", "--workspace", str(ws), "--name", "x", "--staff-no", "1", "--branch", "3301"],
            capsys,
        )[0]
        == 2
    )  # fmt: skip  (never over a workspace)
    args = ["keys", "import-headoffice", "--workspace", str(ws), str(ho_enrol)]
    assert main(args, capsys)[0] == 0

    # a case from the officer's case file, as a new draft
    case_file = Path("resources/examples/clean_restaurant.json")
    code, out, err = main(["case", "create", "--workspace", str(ws), str(case_file)], capsys)
    assert code == 0, err
    made = json.loads(out)
    number = made["number"]
    assert number.startswith("3301-")
    w = ["--workspace", str(ws), "--case", number]

    def state() -> dict[str, object]:
        code, out, err = main(["case", "show", *w, "--json"], capsys)
        assert code == 0, err
        return dict(json.loads(out))

    assert state()["status"] == "draft" and state()["next"] == "complete"
    # the visit stage needs its site photo: finishing everything stops there
    code, _, err = main(["case", "finish", *w, "--all"], capsys)
    assert code == 2 and "visit" in err
    photo = tmp_path / "门头.jpg"
    photo.write_bytes(small_jpeg(7, 1))
    assert main(["case", "attach", *w, str(photo)], capsys)[0] == 0
    code, _, err = main(["case", "finish", *w, "--all"], capsys)
    assert code == 0, err
    assert state()["status"] == "in_field"

    # every red flag decided before 完成调查
    code, out, _ = main(["case", "flags", *w], capsys)
    reds = [line.split("\t")[1] for line in out.splitlines() if line.startswith("red\t")]
    for rule in reds:
        assert main(["case", "complete", *w], capsys)[0] == 2
        args = ["case", "decide", *w, "--rule", rule, "--dismiss",
                "--reason", "已实地核实：外卖平台流水另行入账，有平台对账单。"]  # fmt: skip
        assert main(args, capsys)[0] == 0
    code, _, err = main(["case", "complete", *w], capsys)
    assert code == 0, err
    assert state()["status"] == "analysed"

    # not exportable before the memo; the memo moves it to 报告已打印
    assert main(["export", *w, "-o", str(tmp_path / "early")], capsys)[0] == 2
    code, _, err = main(["memo", *w, "-o", str(tmp_path / "memo.pdf")], capsys)
    assert code == 0, err
    assert state()["status"] == "memo_printed"
    code, _, err = main(["export", *w, "-o", str(tmp_path / "out")], capsys)
    assert code == 0, err
    (package,) = (tmp_path / "out").glob("*.fcwpkg")
    assert state()["status"] == "exported"

    # head office: enrol the workstation, import, return with a question
    enrolment = tmp_path / "me.enrol.json"
    assert main(["keys", "export", "--workspace", str(ws), "-o", str(enrolment)], capsys)[0] == 0
    db = ["--db", pg_url]
    assert main(["headoffice", "keys", "add", *db, str(enrolment)], capsys)[0] == 0
    imp = ["headoffice", "import", *db, "--key", str(ho_key), "--jobs", "1"]
    code, _, err = main([*imp, str(package)], capsys)
    assert code == 0, err
    review = ["headoffice", "review", *db, "--case", made["uuid"], "--decision", "return",
              "--comment", "材料不全", "--question", QUESTION, "--key", str(ho_key),
              "-o", str(tmp_path / "replies")]  # fmt: skip
    code, _, err = main(review, capsys)
    assert code == 0, err
    (reply,) = (tmp_path / "replies").glob("*.fcwreply")

    # the officer takes the reply, answers, exports again
    code, _, err = main(["import-reply", "--workspace", str(ws), str(reply)], capsys)
    assert code == 0, err
    after = state()
    assert after["status"] == "returned"
    assert after["questions"] == [{"question": QUESTION, "answer": ""}]
    assert main(["export", *w, "-o", str(tmp_path / "unanswered")], capsys)[0] == 2
    assert main(["case", "answer", *w, "--question", "1", "--text", ANSWER], capsys)[0] == 0
    code, _, err = main(["export", *w, "-o", str(tmp_path / "again")], capsys)
    assert code == 0, err
    (package2,) = (tmp_path / "again").glob("*.fcwpkg")
    code, _, err = main([*imp, str(package2)], capsys)
    assert code == 0, err

    # head office sees the second version with the exchange; the workstation's
    # history holds every move, and its chain verifies
    engine = connect(pg_url)
    service = PortfolioService(engine)
    try:
        detail = service.case_detail(made["uuid"])
    finally:
        service.close()
        engine.dispose()
    assert detail.case.version == int(package2.stem.rsplit("-v", 1)[1])
    assert detail.case.version > int(package.stem.rsplit("-v", 1)[1])
    (q,) = detail.case.questions
    assert (q.question, q.answer) == (QUESTION, ANSWER) and q.answered_at is not None
    with open_workspace(ws, PASSWORD) as opened:
        case = opened.store.load(number)
        assert case.status == CaseStatus.EXPORTED
        moves = [(e.old, e.new) for e in opened.store.history(case.uuid) if e.field == "status"]
        assert moves == [
            ("draft", "in_field"),
            ("in_field", "analysed"),
            ("analysed", "memo_printed"),
            ("memo_printed", "exported"),
            ("exported", "returned"),
            ("returned", "exported"),
        ]
        assert opened.store.verify_history(case.uuid).ok
