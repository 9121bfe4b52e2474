"""``headoffice import``'s batch (issue 20): an outage stops it with exit 3 and
a closing line that counts exactly what was committed before; a bug in one
package is exit 1 without stopping the rest. The import itself is replaced
by a stand-in: these are the batch's rules, not PostgreSQL's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import cli.headoffice_import as batch
from domain.i18n import Message
from storage.headoffice.db import HeadOfficeDbError

PATHS = [Path(f"p{i}.fcwpkg") for i in range(6)]


def _stand_in(outcomes: dict[str, Any]) -> Any:
    def import_one(engine: Any, path: Path, keys: Any, actor: Any) -> batch.Result:
        what = outcomes.get(path.name, "imported")
        if what == "gone":
            raise HeadOfficeDbError(Message("the server went away"), unavailable=True)
        if what == "bug":
            return batch.BUG, f"headoffice import: FAILED {path}: bug", ""
        if what == "failed":
            return batch.FAILED, f"headoffice import: FAILED {path}: refused", ""
        return batch.OK, f"headoffice import: {path.name}: {what}", what

    return import_one


def _run(monkeypatch: pytest.MonkeyPatch, outcomes: dict[str, Any]) -> int:
    monkeypatch.setattr(batch, "import_one", _stand_in(outcomes))
    return batch.import_packages("postgresql+psycopg://x@127.0.0.1:1/x", None, None, PATHS, 1)


def test_an_outage_stops_the_batch_with_3_and_counts_what_was_committed_before(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(monkeypatch, {"p1.fcwpkg": "replaced", "p2.fcwpkg": "failed", "p3.fcwpkg": "gone"})
    lines = capsys.readouterr().err.splitlines()
    assert code == 3
    assert lines[-2] == "headoffice import: stopped: the server went away"
    assert lines[-1] == (
        "headoffice import: 2 package(s) committed (1 new, 1 replaced); "
        "0 held already; 1 failed; 3 not tried."
    )


def test_a_bug_in_one_package_is_exit_1_and_the_batch_goes_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(monkeypatch, {"p0.fcwpkg": "bug", "p4.fcwpkg": "unchanged"})
    lines = capsys.readouterr().err.splitlines()
    assert code == 1
    assert lines[-1] == (
        "headoffice import: 4 package(s) committed (4 new, 0 replaced); "
        "1 held already; 1 failed; 0 not tried."
    )


def test_refusals_alone_end_with_4(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(monkeypatch, {"p5.fcwpkg": "failed"}) == 4


def test_a_real_import_one_turns_an_unexpected_exception_into_a_named_bug(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import storage.headoffice.portfolio as portfolio

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise KeyError("surprise")

    monkeypatch.setattr(portfolio, "import_into_portfolio", boom)
    path = tmp_path / "a.fcwpkg"
    path.write_bytes(b"x")
    status, line, _ = batch.import_one(None, path, None, None)
    assert status == batch.BUG
    assert "an unexpected error (KeyError) stopped this package; it is a bug" in line
    assert any(r.exc_info for r in caplog.records)
