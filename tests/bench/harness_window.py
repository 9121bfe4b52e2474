"""The workstation process: unlock a workspace and show ``MainWindow``.

``FCW_PASSWORD=... python -m tests.bench.harness_window WORKSPACE [--scroll]``
does what ``main.py`` does after the unlock dialog (QApplication, translator,
font, style, open the workspace, the main window with the case editor opener)
and prints one JSON line at the first paint. With ``--scroll`` it then fetches
the whole case list page by page (``fetchMore``, as scrolling to the end
does) and prints a second line with the row count (stopping after
``--scroll-seconds``: fetching by OFFSET costs more with every page). The last line gives the
process's peak RSS (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace")
    parser.add_argument("--scroll", action="store_true")
    parser.add_argument(
        "--scroll-seconds", type=float, default=900.0, help="stop scrolling after this long"
    )
    args = parser.parse_args()

    import main as composition
    from storage.workspace import SqlWorkspaceGateway
    from ui.app import apply_style, create_application, install_translator, register_font
    from ui.interaction import Interaction
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = create_application()
    install_translator(app, "zh_CN")
    register_font(app)
    apply_style(app)
    session = SqlWorkspaceGateway().open(Path(args.workspace), os.environ["FCW_PASSWORD"])
    window = MainWindow(session, Interaction(), Settings(), start_idle_timer=False)
    window.set_open_case(composition.case_editor_factory(window, session))

    def scroll() -> dict[str, Any]:
        model = window.model
        view = window.table
        deadline = time.monotonic() + args.scroll_seconds
        while model.canFetchMore() and time.monotonic() < deadline:
            model.fetchMore()
            if view is not None:
                view.scrollToBottom()
            app.processEvents()
        return {"rows": model.rowCount(), "total": model.total}

    from tests.bench.paint import report_first_paint

    report_first_paint(window, {}, scroll if args.scroll else None)
    window.show()
    try:
        return app.exec()
    finally:
        session.close()


if __name__ == "__main__":
    sys.exit(main())
