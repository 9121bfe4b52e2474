"""Screenshots of the workstation for the README (issue 19).

    xvfb-run -a uv run python tools/screenshots.py [--out DIR]

Builds a demo workspace in a temporary folder, opens it as ``main.py`` does
(the unlock step skipped: the demo password is known), and saves PNGs of the
main window, every stage of a demo case with flags, and the views that exist
in this version (the spreading view, the flags view, the site-evidence plot,
the conclusion summary, head office's case page). The standard set is made at
1366×768 in Chinese, plus the main window and the cross-check stage at
1920×1080 and in English. Without a display and without ``xvfb-run`` Qt's
offscreen platform draws the same widgets.

Every file name says what it shows: ``zh_CN-1366x768-stage-verification.png``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Shot:
    language: str
    width: int
    height: int
    #: stage ids to take (empty: every stage), or None for the main window only
    stages: tuple[str, ...] | None = ()


STANDARD = (
    Shot("zh_CN", 1366, 768),
    Shot("zh_CN", 1920, 1080, ("verification", "conclusion")),
    Shot("en_US", 1366, 768, ("verification", "conclusion")),
)


def _under_a_display(argv: Sequence[str]) -> None:
    """Re-run under xvfb-run when there is no display; offscreen otherwise."""
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if shutil.which("xvfb-run") and not os.environ.get("FCW_SCREENSHOTS_CHILD"):
        env = dict(os.environ, FCW_SCREENSHOTS_CHILD="1")
        command = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", sys.executable, *argv]
        raise SystemExit(subprocess.call(command, env=env))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _settle(app: Any, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _save(widget: Any, path: Path, app: Any) -> Path:
    _settle(app)
    widget.repaint()
    _settle(app)
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)
    return path


def _demo_case(session: Any) -> str:
    """The demo case furthest on with the most flags (the richest screens)."""
    rows = session.store.summaries(limit=500)
    best = max(rows, key=lambda r: (r.progress, r.red, r.amber))
    return str(best.uuid)


def _editors() -> Iterator[Any]:
    from PySide6.QtWidgets import QApplication

    from ui.case_editor import CaseEditor

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CaseEditor) and widget.isVisible():
            yield widget


def take(shots: Sequence[Shot], out: Path) -> list[Path]:
    import main as composition
    from storage.demo_workspace import DEMO_PASSWORD, create_demo_workspace
    from storage.gateway import SqlWorkspaceGateway
    from ui.app import (
        apply_style,
        build_main_window,
        create_application,
        install_translator,
        register_font,
    )
    from ui.interaction import Interaction
    from ui.settings import Settings

    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    register_font(app)
    apply_style(app)
    folder = Path(tempfile.mkdtemp(prefix="fcw-shots-"))
    create_demo_workspace(folder).close()
    written: list[Path] = []
    translator: Any = None
    for shot in shots:
        if translator is not None:
            app.removeTranslator(translator)
        translator = install_translator(app, shot.language)
        prefix = f"{shot.language}-{shot.width}x{shot.height}"
        session = SqlWorkspaceGateway().open(folder, DEMO_PASSWORD)
        window = build_main_window(
            session,
            Interaction(),
            Settings(),
            open_case_factory=composition.case_editor_factory,
            actions_factory=composition.workspace_actions_factory,
            start_idle_timer=False,
        )
        window.resize(shot.width, shot.height)
        window.show()
        written.append(_save(window, out / f"{prefix}-main-window.png", app))
        if shot.stages is not None:
            written += _stages(window, session, shot, out / prefix, app)
        for editor in list(_editors()):
            editor.close()
        window.close()
        session.close()
        _settle(app)
    shutil.rmtree(folder, ignore_errors=True)
    return written


def _stages(window: Any, session: Any, shot: Shot, prefix: Path, app: Any) -> list[Path]:
    window.open_case(_demo_case(session))
    _settle(app, 20)
    editor = next(_editors())
    editor.resize(shot.width, shot.height)
    written = []
    wanted = shot.stages or tuple(s.id for s in editor.stages)
    for stage_id in wanted:
        if stage_id not in {s.id for s in editor.stages}:
            continue
        editor.show_stage(stage_id)
        written.append(_save(editor, Path(f"{prefix}-stage-{stage_id}.png"), app))
        for name, view in _extra_views(editor, stage_id):
            written.append(_save(view, Path(f"{prefix}-{name}.png"), app))
    if "verification" in wanted and editor.show_flags():  # the flags dock beside a stage
        written.append(_save(editor, Path(f"{prefix}-flags-view.png"), app))
    if not shot.stages:
        written.append(_headoffice_page(editor, Path(f"{prefix}-headoffice-case-page.png"), app))
        written.append(_history(editor, Path(f"{prefix}-case-history.png"), app))
    return written


def _history(editor: Any, path: Path, app: Any) -> Path:
    """The case's change log and access log, as Tools → Case history shows them."""
    from ui.case_history_dialog import CaseHistoryDialog
    from ui.interaction import Interaction

    store, uuid = editor.store, editor.case.uuid
    dialog = CaseHistoryDialog(
        editor.case.number,
        store.history(uuid),
        store.access_log(uuid),
        store.verify_history(uuid),
        Interaction(),
    )
    dialog.resize(1200, 700)
    dialog.show()
    try:
        return _save(dialog, path, app)
    finally:
        dialog.close()


def _headoffice_page(editor: Any, path: Path, app: Any) -> Path:
    """Head office's page of the case, from the case and its change log as a
    package brings them (head office adds matches and reviews of its own)."""
    from datetime import date

    from domain.assessment import assess_with_fraud
    from storage.headoffice.service import CaseDetail
    from storage.rulepack_files import load_rule_pack
    from ui.headoffice.case_view import CaseViewDialog

    case = editor.store.load(editor.case.uuid)
    detail = CaseDetail(case, list(editor.store.history(case.uuid)), [], [])
    pack = load_rule_pack()
    dialog = CaseViewDialog(detail, lambda c: assess_with_fraud(c, pack, today=date.today()))
    dialog.resize(1000, 740)
    dialog.show()
    try:
        return _save(dialog, path, app)
    finally:
        dialog.close()


def _child(stage_id: str, kind: type) -> Callable[[Any], Any]:
    return lambda editor: editor.page_by_id[stage_id].findChild(kind)


def _extra_views(editor: Any, stage_id: str) -> Iterator[tuple[str, Any]]:
    """Views beyond the stages, by stage: (file name, the widget)."""
    from ui.site_plot import SitePlotView
    from ui.spreading_view import SpreadingView

    views: dict[str, list[tuple[str, Callable[[Any], Any]]]] = {
        "visit": [("site-plot", _child("visit", SitePlotView))],
        "verification": [("spreading-view", _child("verification", SpreadingView))],
        "conclusion": [("conclusion-summary", lambda e: e.page_by_id["conclusion"].summary)],
    }
    for name, reach in views.get(stage_id, []):
        widget = reach(editor)
        if widget is not None:
            yield name, widget


def _main_window_shot(text: str) -> Shot:
    language, _, size = text.partition(":")
    width, _, height = size.partition("x")
    return Shot(language, int(width), int(height), None)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--main-window",
        metavar="LANG:WxH",
        action="append",
        help="only the main window, in this language and size (repeatable)",
    )
    args = parser.parse_args(argv)
    _under_a_display([str(Path(__file__).resolve()), *(argv or sys.argv[1:])])
    shots = STANDARD
    if args.main_window:
        shots = tuple(_main_window_shot(text) for text in args.main_window)
    written = take(shots, args.out)
    print(f"{len(written)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
