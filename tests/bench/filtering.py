"""Filtering the case list: three characters typed, one query per keystroke.

Drives ``CaseTableModel.set_filter_now`` directly (the store's count and first
page, and the model reset) — the debounce pause is not counted. The text is
the first three characters of a case's registered name from the middle of
the list, typed one at a time; the filter is cleared (untimed) between runs.
"""

from __future__ import annotations

import statistics
import time

from domain.ports import CaseFilter
from storage.synthetic import BENCH_PASSWORD
from storage.workspace import open_workspace
from tests.bench.common import Config, Result


class _ManualDebouncer:
    def connect(self, callback: object) -> None:
        pass

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass


def measure(config: Config) -> list[Result]:
    assert config.workspace is not None
    from PySide6.QtWidgets import QApplication

    from ui.case_table_model import CaseTableModel

    app = QApplication.instance() or QApplication([])
    timings: list[float] = []
    with open_workspace(config.workspace, BENCH_PASSWORD, read_only=True) as ws:
        total = ws.store.count()
        middle = ws.store.summaries(offset=total // 2, limit=1)[0]
        word = ws.store.load(middle.uuid).applicant.registered_name[:3]
        model = CaseTableModel(ws.store, debouncer=_ManualDebouncer())
        for _ in range(config.repeats):
            for length in range(1, len(word) + 1):
                start = time.perf_counter()
                model.set_filter_now(CaseFilter(text=word[:length]))
                timings.append(time.perf_counter() - start)
            model.set_filter_now(CaseFilter())
            app.processEvents()
        matches = model.total
        model.set_filter_now(CaseFilter(text=word))
        matches = model.total
    return [
        Result(
            f"filter the list, per keystroke, {total:,} cases",
            statistics.median(timings),
            "s",
            limit=0.050,
            notes=[
                f"typed {word!r}: {matches:,} matches; slowest keystroke "
                f"{max(timings) * 1000:.0f} ms"
            ],
        )
    ]
