"""The workstation process: unlock a workspace and show ``MainWindow``.

``FCW_PASSWORD=... python -m tests.bench.harness_window WORKSPACE [--scroll]``
does what ``main.py`` does once the officer has typed the password in the
unlock dialog (``ui.app.run_gui``: QApplication, logging, translator, font,
style, ``gateway.open``, :func:`ui.app.build_main_window` with the case
editor and the File/Tools actions of ``main.py``) and prints one JSON line at
the first paint. With ``--scroll`` it then fetches the whole case list page by
page (``fetchMore``, as scrolling to the end does) and prints a second line
with the row count (stopping after ``--scroll-seconds``: fetching by OFFSET
costs more with every page). The last line gives the process's peak RSS.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
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
    from storage.gateway import SqlWorkspaceGateway
    from ui.app import (
        apply_style,
        build_main_window,
        choose_language,
        create_application,
        install_translator,
        register_font,
        setup_logging,
    )
    from ui.interaction import Interaction
    from ui.settings import Settings

    app = create_application()
    setup_logging(Path(tempfile.mkdtemp(prefix="fcw-bench-log-")))
    settings = Settings()
    install_translator(app, choose_language("zh_CN", settings))
    register_font(app)
    apply_style(app)
    unlock_started = time.perf_counter()  # the officer pressed 解锁
    session = SqlWorkspaceGateway().open(Path(args.workspace), os.environ["FCW_PASSWORD"])
    window = build_main_window(
        session,
        Interaction(),
        settings,
        open_case_factory=composition.case_editor_factory,
        actions_factory=composition.workspace_actions_factory,
        start_idle_timer=False,
    )

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

    report_first_paint(
        window, {}, scroll if args.scroll else None, since={"unlock_to_paint": unlock_started}
    )
    window.show()
    try:
        return app.exec()
    finally:
        session.close()


if __name__ == "__main__":
    sys.exit(main())
