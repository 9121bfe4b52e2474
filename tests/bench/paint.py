"""Report the first paint of a window on stdout (one JSON line) and quit."""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer


def peak_rss_mb() -> float:
    """This process's RSS high-water mark. ``VmHWM`` rather than ``ru_maxrss``:
    on Linux a child's ``ru_maxrss`` starts at its parent's at fork time, so
    a subprocess of a large benchmark would report the benchmark's size."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _FirstPaint(QObject):
    def __init__(self, report: Callable[[str], None]) -> None:
        super().__init__()
        self._report = report

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._report("paint")
        return False


def report_first_paint(
    window: Any,
    extra: dict[str, Any],
    then: Callable[[], dict[str, Any]] | None = None,
    since: dict[str, float] | None = None,
) -> None:
    """Install the watcher on ``window`` (before ``show``): at the first paint
    event, or when the loop first turns after ``show`` if no paint comes, print
    ``{"event": ..., "modules": [...], **extra}`` (plus, for each
    ``since`` name, the seconds from its ``perf_counter()`` mark) and quit. ``then`` runs after
    the line is printed (not timed) and its dict is printed as a second line."""
    done: list[bool] = []

    def report(how: str) -> None:
        if done:
            return
        done.append(True)
        loaded = sorted(sys.modules)
        line = {"event": how, "modules": loaded, **extra}
        now = time.perf_counter()
        for name, start in (since or {}).items():  # seconds from a perf_counter() mark
            line[name] = now - start
        print(json.dumps(line), flush=True)
        if then is not None:
            print(json.dumps(then()), flush=True)
        print(json.dumps({"maxrss_mb": peak_rss_mb()}), flush=True)
        QTimer.singleShot(0, QCoreApplication.quit)

    watcher = _FirstPaint(report)
    window.installEventFilter(watcher)
    window._bench_watcher = watcher  # keep it alive with the window
    # No paint under some platforms: the first turn of the loop after show().
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: report("timer")))
